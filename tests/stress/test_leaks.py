"""Issue 6, test 5: unique marker strings written through the command line and through the Vault
API the app uses, in a session that includes a SIGKILL mid-write → 0 hits outside the vault bytes
(data folder, temp folders, config, cache, state, logs: raw bytes in UTF-8, UTF-16 and UTF-32);
strace shows the only files opened for writing are the vault, its WAL/shm/journal, backups and
the files the person chose; 0 connect() calls."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from journal import kdf
from journal.vault import Vault

from .common import PYTHON, REPO, record


def isolated_env(home: Path, tmp: Path) -> dict[str, str]:
    """An environment whose home, temp and XDG folders are all ours to search afterwards."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
        "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1",
    }


def _working_strace() -> str | None:
    """strace, if it is installed and allowed to trace here (containers may forbid ptrace)."""
    found = shutil.which("strace")
    if found is None:
        return None
    probe = subprocess.run([found, "-qq", "-e", "trace=none", "true"], capture_output=True, timeout=30)
    return found if probe.returncode == 0 else None


STRACE = _working_strace()
NO_STRACE = "strace is not installed or may not trace here (make system-deps installs it)"
_OPEN = re.compile(
    r'^(\d+)\s+(?:openat|open|creat)\((?:AT_FDCWD|\d+)?,?\s*"([^"]*)",\s*([A-Z_|]+)[^)]*\)\s*=\s*(-?\d+)'
)
_CONNECT = re.compile(r"^(\d+)\s+connect\((.*)\)\s*=\s*(-?\d+)")
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC")

_KILLED_WRITER = """
import sys
from pathlib import Path
from journal.records import AgendaItem, CheckIn, Contact
from journal.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
markers = sys.argv[2:]
vault.set_setting("name", markers[0])
vault.save(Contact(name=markers[1], role="sponsor", phone="07700 900123", notes=markers[2]))
vault.save(AgendaItem(text=markers[3]))
print("saved", flush=True)
n = 0
while True:  # busy writing when the kill lands
    vault.save(CheckIn(mood=5, hope=5, note=markers[3] + " again " * (n % 500)))
    n += 1
"""


def markers(count: int) -> list[str]:
    """Unique strings no program would write by chance; some with accents, one Cyrillic/CJK."""
    styles = ["LEAKMARK{}", "Ünïcødé-MARK{}", "Маркер{}", "标记MARK{}", "lowercase-mark-{}"]
    return [styles[i % len(styles)].format(uuid.uuid4().hex[:10]) for i in range(count)]


def needles(marker: str) -> list[bytes]:
    found = []
    for text in {marker, marker.lower(), marker.upper()}:
        for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            found.append(text.encode(codec))
    return found


def _short(path: Path, data: Path, other: Path) -> str:
    """A path as the report shows it: <journal>/vault.db, <chosen>/export.json, <home>/.config/…"""
    if path.is_relative_to(data):
        return f"<journal>/{path.relative_to(data)}"
    if path.is_relative_to(other):
        return f"<{other.name}>/{path.relative_to(other)}"
    return str(path)


def scan(roots: list[Path], words: list[str], since: float, exclude: list[Path]) -> list[str]:
    """Every file under `roots` (changed since `since` for shared places) holding a marker."""
    hits = []
    patterns = [(w, n) for w in words for n in needles(w)]
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            if not path.is_file() or path.is_symlink() or any(path.is_relative_to(e) for e in exclude):
                continue
            try:
                if path.stat().st_mtime < since - 1 and not any(path.is_relative_to(r) for r in roots[:3]):
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            hits.extend(f"{path}: {word}" for word, needle in patterns if needle in data)
    return hits


@pytest.mark.skipif(STRACE is None, reason=NO_STRACE)
def test_markers_never_leave_the_vault_and_nothing_else_is_written(tmp_path: Path) -> None:
    words = markers(20)
    old_pw, new_pw = f"pass {words[18]}", f"pass {words[19]}"
    home, tmp, data, chosen, evidence = (tmp_path / n for n in ("home", "tmp", "data", "chosen", "evidence"))
    for folder in (home, tmp, chosen, evidence):
        folder.mkdir()
    env = isolated_env(home, tmp)
    (tmp / "runtime").mkdir(mode=0o700)
    started = time.time()
    logs: list[Path] = []

    def traced(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
        log = evidence / f"strace-{len(logs)}.log"
        logs.append(log)
        return subprocess.run([str(STRACE), "-f", "-qq", "-e", "trace=open,openat,creat,connect",
                               "-o", str(log), PYTHON, *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=tmp, timeout=300)

    def rj(*args: str, stdin: str) -> None:
        done = traced(["-m", "ui.launcher", "--data-dir", str(data), "--passphrase-stdin", *args], stdin)
        assert done.returncode == 0, (args, done.stderr)

    rj("init", stdin=old_pw + "\n")
    for i in range(4):  # check-ins from the command line: notes and tags
        rj("checkin", "--mood", "6", "--hope", "7", "--tag", words[4 + i], "--note", f"I felt {words[i]}",
           stdin=old_pw + "\n")
    import_file = chosen / "import.json"
    import_file.write_text(json.dumps({"format": "recovery-journal", "version": 1, "exported_at": "x",
        "triggers": [{"id": str(uuid.uuid4()), "at": "2026-11-21T20:15:00+00:00", "situation": words[8],
                      "category": "people", "intensity": 7, "response": words[9], "outcome": "resisted",
                      "note": words[10]}],
        "gratitude": [{"id": str(uuid.uuid4()), "date": "2026-11-21", "items": [words[11]]}]},
        ensure_ascii=False), encoding="utf-8")
    rj("import", str(import_file), stdin=old_pw + "\n")

    # The Vault API the app uses (settings, contacts, agenda), killed mid-write.
    log = evidence / f"strace-{len(logs)}.log"
    logs.append(log)
    writer = subprocess.Popen([str(STRACE), "-f", "-qq", "-e", "trace=open,openat,creat,connect", "-o",
                               str(log), PYTHON, "-c", _KILLED_WRITER, str(data), *words[12:16]],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=tmp)
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(old_pw + "\n")
    writer.stdin.close()
    assert writer.stdout.readline().strip() == "saved"
    time.sleep(0.3)
    python_pid = int(subprocess.run(["pgrep", "-P", str(writer.pid)], capture_output=True,
                                    text=True).stdout.split()[0])
    os.kill(python_pid, signal.SIGKILL)  # the app process dies mid-write, not strace
    writer.wait(timeout=30)

    rj("check", stdin=old_pw + "\n")
    rj("backup", "--out", str(chosen / "backup.db"), stdin=old_pw + "\n")
    rj("export", "--out", str(chosen / "export.json"), stdin=old_pw + "\n")
    rj("checkin", "--mood", "5", "--hope", "5", "--note", words[16], stdin=old_pw + "\n")
    rj("passwd", stdin=f"{old_pw}\n{new_pw}\n")
    rj("checkin", "--mood", "5", "--hope", "5", "--note", words[17], stdin=new_pw + "\n")
    rj("summary", "--out", str(chosen / "summary.pdf"), "--days", "3650", stdin=new_pw + "\n")
    rj("check", stdin=new_pw + "\n")

    # Sanity: the scan finds markers where they are meant to be (the person's own export).
    exported = chosen / "export.json"
    in_export = words[:12] + words[13:16]  # the name setting is not exported; 16-17 come later
    assert all(any(n in exported.read_bytes() for n in needles(w)) for w in in_export)
    with Vault.open(data, new_pw) as vault:
        assert vault.setting("name") == words[12]

    roots = [data, home, tmp, Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), Path("/var/log")]
    hits = scan(roots, words, started, exclude=[chosen, evidence])
    writes: dict[str, int] = {}
    bad_writes: list[str] = []
    connects: list[str] = []
    allowed_data = re.compile(r"^(vault\.db(-wal|-shm|-journal)?|vault\.db\.(rekey|restore|create)-tmp"
                              r"(-wal|-shm|-journal)?|backups/.*)$")
    for log in logs:
        for line in log.read_text(errors="replace").splitlines():
            opened = _OPEN.match(line)
            if opened and any(f in opened.group(3) for f in WRITE_FLAGS) and int(opened.group(4)) >= 0:
                path = Path(opened.group(2)) if opened.group(2).startswith("/") else tmp / opened.group(2)
                writes[str(path)] = writes.get(str(path), 0) + 1
                if path.is_relative_to(data):
                    ok = bool(allowed_data.match(str(path.relative_to(data))))
                else:
                    ok = path.is_relative_to(chosen) or str(path) in ("/dev/null", "/dev/tty")
                if not ok:
                    bad_writes.append(str(path))
            connected = _CONNECT.match(line)
            if connected:
                connects.append(line)
    kinds = sorted({re.sub(r"[0-9a-f]{8,}|\d{8}-\d{6}", "*", _short(Path(p), data, chosen)) for p in writes})
    record("leaks", markers=len(words), processes_traced=len(logs), killed_mid_write=True,
           marker_hits_outside_vault=len(hits), hits=hits[:5], files_opened_for_writing=kinds,
           writes_outside_allowed=sorted(set(bad_writes)), connect_calls=len(connects),
           connect_lines=connects[:5])
    assert hits == []
    assert sorted(set(bad_writes)) == []
    assert connects == []


_APP_SESSION = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from journal import kdf, paths
kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)
from ui.app import make_application
from ui.main_window import MainWindow
from ui.crash import CrashHandler
from ui.theme import UiSettings, apply_theme

data, passphrase, words = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
app = make_application(["recovery-journal"])
settings = UiSettings(paths.settings_dir(data))
apply_theme(app, settings.theme, settings.text_scale)
crash = CrashHandler(paths.settings_dir(data))
crash.install()
window = MainWindow(data, ui_settings=settings, crash=crash, profile=kdf.TEST_PROFILE)
window.show()

def wait(condition, seconds=20):
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.01)

field = window.unlock_screen.passphrase
QTest.keyClicks(field, passphrase)
QTest.keyClick(field, Qt.Key.Key_Return)
wait(lambda: window.is_unlocked)
for word in words:
    page = window.shell.go("Today")
    editor = [w for w in page.findChildren(QPlainTextEdit) if w.isVisible() and not w.isReadOnly()][0]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" " + word)  # typed through an input method (QTest only types ASCII)
    wait(lambda: any(word in c.note for c in window.session.runner.vault.list("checkin")))
window.shell.go("Journal")
app.processEvents()
window.lock()
window.close()
crash.uninstall()
print("done", flush=True)
"""


@pytest.mark.skipif(STRACE is None, reason=NO_STRACE)
def test_markers_typed_into_the_app_never_leave_the_vault(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtWidgets")
    words = markers(5)
    home, tmp, data, evidence = (tmp_path / n for n in ("home", "tmp", "data", "evidence"))
    for folder in (home, tmp, evidence):
        folder.mkdir()
    (tmp / "runtime").mkdir(mode=0o700)
    env = isolated_env(home, tmp)
    Vault.create(data, "app passphrase", profile=kdf.TEST_PROFILE).close()
    started = time.time()
    log = evidence / "strace-app.log"
    done = subprocess.run([str(STRACE), "-f", "-qq", "-e", "trace=open,openat,creat,connect", "-o", str(log),
                           PYTHON, "-c", _APP_SESSION, str(data), "app passphrase", *words],
                          capture_output=True, text=True, env=env, cwd=tmp, timeout=300)
    assert done.returncode == 0 and "done" in done.stdout, done.stderr[-2000:]
    with Vault.open(data, "app passphrase") as vault:  # the app saved what was typed
        notes = " ".join(c.note for c in vault.list("checkin"))
    assert all(w in notes for w in words)
    settings = home / ".config" / "RecoveryJournal"
    hits = scan([data, home, tmp, Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), Path("/var/log")],
                words, started, exclude=[evidence])
    allowed_data = re.compile(r"^(vault\.db(-wal|-shm|-journal)?|backups/.*)$")
    writes, bad, connects = set(), set(), []
    for line in log.read_text(errors="replace").splitlines():
        opened = _OPEN.match(line)
        if opened and any(f in opened.group(3) for f in WRITE_FLAGS) and int(opened.group(4)) >= 0:
            path = Path(opened.group(2)) if opened.group(2).startswith("/") else tmp / opened.group(2)
            writes.add(str(path))
            if path.is_relative_to(data):
                ok = bool(allowed_data.match(str(path.relative_to(data))))
            else:  # non-personal settings (ui.ini and the lock/temp files QSettings writes beside it)
                ok = path.is_relative_to(settings) or str(path) in ("/dev/null", "/dev/tty")
            if not ok:
                bad.add(str(path))
        if _CONNECT.match(line):
            connects.append(line)
    record("leaks-app", markers=len(words), marker_hits_outside_vault=len(hits), hits=hits[:5],
           files_opened_for_writing=sorted({_short(Path(w), data, home) for w in writes}),
           writes_outside_allowed=sorted(bad), connect_calls=len(connects), connect_lines=connects[:5])
    assert hits == []
    assert sorted(bad) == []
    assert connects == []
