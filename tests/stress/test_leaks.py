"""Issue 6, test 5: unique marker strings written through the command line and through the Vault
API the app uses, in a session that includes a SIGKILL mid-write → 0 hits outside the vault bytes
(data folder, temp folders, config, cache, state, logs: raw bytes in UTF-8, UTF-16 and UTF-32);
strace shows the only files opened for writing are the vault, its WAL/shm/journal, backups and
the files the person chose; 0 connect() and 0 send calls.

Each session runs once (a module fixture), under strace where strace works; the marker scan needs
no strace and always runs, the strace checks need it (skipped without it on a developer's
machine, failed in CI). tests/stress/strace_log.py reads the logs; the first test here proves it
counts a multi-threaded burst exactly."""

from __future__ import annotations

import collections
import json
import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from journal import kdf
from journal.vault import Vault
from tests.conftest import require_tool, unavailable

from . import strace_log
from .common import PYTHON, REPO, record, scale


def isolated_env(home: Path, tmp: Path) -> dict[str, str]:
    """An environment whose home, temp and XDG folders are all ours to search afterwards."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
        "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1",
    }


def working_strace() -> str | None:
    """strace, installed and allowed to trace here (a container may forbid ptrace): else a skip on
    a developer's machine and a failure in CI."""
    found = shutil.which("strace")
    if found is None:
        return None
    probe = subprocess.run([found, "-qq", "-e", "trace=none", "true"], capture_output=True, timeout=30)
    return found if probe.returncode == 0 else None


def need_strace() -> str:
    """The working strace, or the reason this test cannot run (a failure in CI)."""
    found = require_tool("strace")
    if working_strace() is None:
        unavailable(f"{found} may not trace here (ptrace is forbidden, as in some containers)")
    return found


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


_BURST = r"""
import os, socket, sys, threading, time
folder, per_thread = sys.argv[1], int(sys.argv[2])
# Two calls certainly split in the log: an open of a FIFO for writing waits inside the kernel until
# a reader opens it, and a datagram send waits while the other end's queue is full.
fifo = os.path.join(folder, "fifo")
os.mkfifo(fifo)
waiting_open = threading.Thread(target=lambda: os.close(os.open(fifo, os.O_WRONLY)))
waiting_open.start()
big_a, big_b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
waiting_send = threading.Thread(target=lambda: [big_a.send(bytes(100_000)) for _ in range(5)])
waiting_send.start()
small_a, small_b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
start = threading.Barrier(4)

def burst(number):
    start.wait()
    for i in range(per_thread):
        name = os.path.join(folder, f"t{number}-{i}")
        os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        if i % (per_thread // 5) == 0:
            small_a.send(b"x")
    small_a.sendmsg([b"z"])

threads = [threading.Thread(target=burst, args=(n,)) for n in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
time.sleep(0.3)  # both waiting calls are surely inside the kernel now
os.close(os.open(fifo, os.O_RDONLY))
for _ in range(5):
    big_b.recv(100_000)
waiting_open.join()
waiting_send.join()
print("done", flush=True)
"""


def test_the_strace_reader_counts_a_multithreaded_burst_exactly(tmp_path: Path) -> None:
    """4 threads × N write-opens, 1 write-open that waits, 25 sendto (5 of them waiting on a full
    queue) and 4 sendmsg: every one is counted, whichever thread's line strace split in two."""
    strace = need_strace()
    per_thread = scale(300, 1000)
    folder, log = tmp_path / "burst", tmp_path / "burst.log"
    folder.mkdir()
    done = subprocess.run([*strace_log.strace_command(strace, log), PYTHON, "-c", _BURST, str(folder),
                           str(per_thread)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout == "done\n", done.stderr
    raw = log.read_text()
    split = raw.count("<unfinished ...>")
    assert split >= 2 and raw.count(" resumed>") >= 2  # the log really has calls in two halves
    calls = strace_log.read_log(log)
    written = [p for p in strace_log.opens_for_writing(calls, tmp_path) if p.parent == folder]
    network = collections.Counter(call.name for call in strace_log.network_calls(calls))
    record("strace-reader", threads=4, write_opens_expected=4 * per_thread + 1,
           write_opens_counted=len(written), split_lines=split, network_calls=dict(network))
    assert len(written) == 4 * per_thread + 1
    assert len(set(written)) == 4 * per_thread + 1
    assert network == {"sendto": 4 * 5 + 5, "sendmsg": 4}


@dataclass
class Session:
    """What one traced session left: its folders, markers, and the strace logs (none without strace)."""

    words: list[str]
    data: Path
    home: Path
    tmp: Path
    chosen: Path
    evidence: Path
    started: float
    logs: list[Path] = field(default_factory=list)
    traced: bool = False

    def strace_calls(self) -> list[strace_log.Call]:
        if not self.traced:
            need_strace()  # skips (or fails in CI) with the reason
        return [call for log in self.logs for call in strace_log.read_log(log)]


@pytest.fixture(scope="module")
def cli_session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    """The command line and the Vault API through a whole life: init, check-ins, import, a writer
    SIGKILLed mid-write, check, backup, export, passwd, summary."""
    root = tmp_path_factory.mktemp("leaks")
    words = markers(20)
    old_pw, new_pw = f"pass {words[18]}", f"pass {words[19]}"
    session = Session(words, *(root / n for n in ("data", "home", "tmp", "chosen", "evidence")),
                      started=time.time())
    home, tmp, data = session.home, session.tmp, session.data
    chosen, evidence = session.chosen, session.evidence
    for folder in (home, tmp, chosen, evidence):
        folder.mkdir()
    env = isolated_env(home, tmp)
    (tmp / "runtime").mkdir(mode=0o700)
    strace = working_strace()
    session.traced = strace is not None

    def prefix() -> list[str]:
        if strace is None:
            return []
        log = evidence / f"strace-{len(session.logs)}.log"
        session.logs.append(log)
        return strace_log.strace_command(strace, log)

    def rj(*args: str, stdin: str) -> None:
        done = subprocess.run([*prefix(), PYTHON, "-m", "ui.launcher", "--data-dir", str(data),
                               "--passphrase-stdin", *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=tmp, timeout=300)
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
    writer = subprocess.Popen([*prefix(), PYTHON, "-c", _KILLED_WRITER, str(data), *words[12:16]],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=tmp)
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(old_pw + "\n")
    writer.stdin.close()
    assert writer.stdout.readline().strip() == "saved"
    time.sleep(0.3)
    python_pid = writer.pid
    if strace is not None:  # the app process dies mid-write, not strace
        children = Path(f"/proc/{writer.pid}/task/{writer.pid}/children").read_text()
        python_pid = int(children.split()[0])
    os.kill(python_pid, signal.SIGKILL)
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
    return session


SHARED_PLACES = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), Path("/var/log")]


def test_markers_never_leave_the_vault(cli_session: Session) -> None:
    s = cli_session
    hits = scan([s.data, s.home, s.tmp, *SHARED_PLACES], s.words, s.started, exclude=[s.chosen, s.evidence])
    record("leaks-markers", markers=len(s.words), killed_mid_write=True, marker_hits_outside_vault=len(hits),
           hits=hits[:5])
    assert hits == []


# vault.db.lock: empty, locked by whoever has the journal open (journal/locking.py).
ALLOWED_IN_DATA = re.compile(r"^(vault\.db(-wal|-shm|-journal|\.lock)?|vault\.db\.(rekey|restore|create)-tmp"
                             r"(-wal|-shm|-journal)?|backups/.*)$")


def test_nothing_else_is_written_and_nothing_reaches_a_network(cli_session: Session) -> None:
    s = cli_session
    calls = s.strace_calls()
    writes = strace_log.opens_for_writing(calls, s.tmp)
    bad_writes: list[str] = []
    for path in writes:
        if path.is_relative_to(s.data):
            ok = bool(ALLOWED_IN_DATA.match(str(path.relative_to(s.data))))
        else:
            ok = path.is_relative_to(s.chosen) or str(path) in ("/dev/null", "/dev/tty")
        if not ok:
            bad_writes.append(str(path))
    network = [f"{c.name}({c.args[:120]}) = {c.result}" for c in strace_log.network_calls(calls)]
    kinds = sorted({re.sub(r"[0-9a-f]{8,}|\d{8}-\d{6}", "*", _short(p, s.data, s.chosen)) for p in writes})
    record("leaks-strace", processes_traced=len(s.logs), calls_read=len(calls),
           files_opened_for_writing=kinds, write_opens=len(writes),
           writes_outside_allowed=sorted(set(bad_writes)), network_calls=len(network),
           network_lines=network[:5])
    assert len(s.logs) == 15 and any(p.name == "vault.db-wal" for p in writes)  # the logs were read
    assert sorted(set(bad_writes)) == []
    assert network == []


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


@pytest.fixture(scope="module")
def app_session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    """Five markers typed into the real app window (offscreen), saved, locked and closed."""
    pytest.importorskip("PySide6.QtWidgets")
    root = tmp_path_factory.mktemp("leaks-app")
    session = Session(markers(5), *(root / n for n in ("data", "home", "tmp", "chosen", "evidence")),
                      started=0.0)
    for folder in (session.home, session.tmp, session.evidence):
        folder.mkdir()
    (session.tmp / "runtime").mkdir(mode=0o700)
    env = isolated_env(session.home, session.tmp)
    Vault.create(session.data, "app passphrase", profile=kdf.TEST_PROFILE).close()
    session.started = time.time()
    strace = working_strace()
    session.traced = strace is not None
    prefix: list[str] = []
    if strace is not None:
        session.logs.append(session.evidence / "strace-app.log")
        prefix = strace_log.strace_command(strace, session.logs[0])
    done = subprocess.run([*prefix, PYTHON, "-c", _APP_SESSION, str(session.data), "app passphrase",
                           *session.words], capture_output=True, text=True, env=env, cwd=session.tmp,
                          timeout=300)
    assert done.returncode == 0 and "done" in done.stdout, done.stderr[-2000:]
    with Vault.open(session.data, "app passphrase") as vault:  # the app saved what was typed
        notes = " ".join(c.note for c in vault.list("checkin"))
    assert all(w in notes for w in session.words)
    return session


def test_markers_typed_into_the_app_never_leave_the_vault(app_session: Session) -> None:
    s = app_session
    hits = scan([s.data, s.home, s.tmp, *SHARED_PLACES], s.words, s.started, exclude=[s.evidence])
    record("leaks-app-markers", markers=len(s.words), marker_hits_outside_vault=len(hits), hits=hits[:5])
    assert hits == []


def test_the_app_writes_only_its_files_and_reaches_no_network(app_session: Session) -> None:
    s = app_session
    calls = s.strace_calls()
    settings = s.home / ".config" / "RecoveryJournal"
    allowed_data = re.compile(r"^(vault\.db(-wal|-shm|-journal|\.lock)?|backups/.*)$")
    writes = strace_log.opens_for_writing(calls, s.tmp)
    bad = set()
    for path in writes:
        if path.is_relative_to(s.data):
            ok = bool(allowed_data.match(str(path.relative_to(s.data))))
        else:  # non-personal settings (ui.ini and the lock/temp files QSettings writes beside it)
            ok = path.is_relative_to(settings) or str(path) in ("/dev/null", "/dev/tty")
        if not ok:
            bad.add(str(path))
    network = [f"{c.name}({c.args[:120]}) = {c.result}" for c in strace_log.network_calls(calls)]
    threads = len({call.pid for call in calls})
    record("leaks-app-strace", calls_read=len(calls), threads_seen=threads,
           files_opened_for_writing=sorted({_short(w, s.data, s.home) for w in writes}),
           writes_outside_allowed=sorted(bad), network_calls=len(network), network_lines=network[:5])
    assert any(p.name == "vault.db-wal" for p in writes)  # the log was read
    assert sorted(bad) == []
    assert network == []
