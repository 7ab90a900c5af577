"""Smoke test of the frozen app: version, the command line headless, the window opens and closes."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import pytest
from dist_support import (
    EXE,
    GUI_EXE,
    LINUX,
    MACOS,
    ROOT,
    WINDOWS,
    X11,
    clean_env,
    error_lines,
    host_dirs,
    run,
    xvfb,
)

from journal import messages
from journal.locking import VaultLock
from tests.conftest import require_tool, unavailable

sys.path.insert(0, str(ROOT / "build"))
import release  # build/release.py: the names of this platform's downloads

PASSPHRASE = "amber lantern beside slow rivers"  # zxcvbn knows the famous one


def pdf_text(pdf: Path) -> str:
    """The words of a PDF as a reader sees them: pdftotext (poppler) where the set-up installs it
    (Linux), QtPdf from the test's own PySide6 elsewhere. A reader that fails is a failure."""
    if LINUX:
        done = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout
    from tests.ui.printing.test_summary_pdf import read_pdf

    return read_pdf(pdf)[1]


def test_version_is_the_package_metadata_and_the_build_date(frozen_app: Path, tmp_path: Path) -> None:
    """Updates come as a new package or folder, never from the network: `--version` says which."""
    result = run(["--version"], clean_env(host_dirs(tmp_path)))
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(r"recovery-journal (\S+) \(built (\d{4}-\d\d-\d\d)\)", result.stdout.strip())
    assert match, result.stdout
    assert match.group(1) == metadata.version("recovery-journal")
    built = dt.date.fromisoformat(match.group(2))
    assert built <= dt.date.today() + dt.timedelta(days=1)  # UTC may be a day ahead
    assert result.stderr == ""


def test_no_symbolic_links_and_no_unused_qt(frozen_app: Path) -> None:
    """The folder must unzip onto a FAT32 stick (no links) and carry no network or QML code.
    (On macOS the Qt frameworks keep their links; the .app is what ships there.)"""
    links = [p for p in frozen_app.rglob("*") if p.is_symlink()]
    assert MACOS or links == []
    names = {p.name for p in frozen_app.rglob("*")}
    unwanted = re.compile(r"(Qt6?(Network|Qml|Quick|WebEngine\w*|3D\w*|Multimedia\w*|Pdf)\b)|libav")
    assert sorted(n for n in names if unwanted.search(n)) == []


def test_folder_fits_its_size_budget(frozen_app: Path) -> None:
    """125 MB unpacked (issue 17): it is copied to USB sticks and old laptops."""
    size = sum(p.stat().st_size for p in frozen_app.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= 125_000_000, f"{size / 1e6:.1f} MB: dist/size.txt shows what takes the room"


@pytest.mark.skipif(not LINUX, reason="ldd and ELF libraries: Linux")
def test_every_library_resolves(frozen_app: Path) -> None:
    """Each bundled library and plugin finds its dependencies (in the folder or on the host)."""
    missing = {}
    for path in frozen_app.rglob("*.so*"):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(frozen_app))] = lost
    assert missing == {}, "install the host libraries with `make system-deps`"


def test_command_line_headless(frozen_app: Path, tmp_path: Path) -> None:
    env = clean_env(host_dirs(tmp_path / "host"))
    folder = tmp_path / "journal"
    common = ["--data-dir", str(folder), "--passphrase-stdin"]

    result = run([*common, "init"], env, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert (folder / "vault.db").is_file()

    for mood, hope in ((4, 5), (6, 7), (7, 8)):
        result = run([*common, "checkin", "--mood", str(mood), "--hope", str(hope), "--peer",
                      "--tag", "meeting", "--note", "Called my sponsor. Ça va mieux — 希望"],
                     env, stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""

    result = run([*common, "check"], env, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr

    result = run([*common, "check"], env, stdin="wrong passphrase\n")
    assert result.returncode == 3

    # The frozen app's lock works and is the one the source takes (on Windows: LockFileEx
    # through ctypes): with the journal held open here, its passwd is refused.
    held = VaultLock.shared(folder / "vault.db")
    try:
        result = run([*common, "passwd"], env, stdin=f"{PASSPHRASE}\nsomething new\n")
    finally:
        held.release()
    assert result.returncode == 1 and result.stderr.strip() == messages.OPEN_ELSEWHERE, result.stderr

    pdf = tmp_path / "summary.pdf"
    result = run([*common, "summary", "--out", str(pdf)], env, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Shared by choice" in pdf_text(pdf)

    # With fontconfig shown no fonts at all, the bundled Noto Sans still writes the same words.
    no_fonts = tmp_path / "no-fonts.conf"
    no_fonts.write_text(f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n")
    bare = tmp_path / "bare.pdf"
    result = run([*common, "summary", "--out", str(bare)], {**env, "FONTCONFIG_FILE": str(no_fonts)},
                 stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert b"NotoSans-Regular" in bare.read_bytes()
    assert "Shared by choice" in pdf_text(bare)


def test_recovery_key_in_the_frozen_app(frozen_app: Path, tmp_path: Path) -> None:
    """libsodium (PyNaCl) is bundled: the sheet's key, read off the PDF, resets the passphrase."""
    env = clean_env(host_dirs(tmp_path / "host"))
    folder = tmp_path / "journal"
    common = ["--data-dir", str(folder), "--passphrase-stdin"]
    assert run([*common, "init"], env, stdin=PASSPHRASE + "\n").returncode == 0
    sheet = tmp_path / "sheet.pdf"
    result = run([*common, "recovery-key", "--out", str(sheet)], env, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=False)
    if text.returncode != 0:
        pytest.skip("pdftotext (poppler-utils, `make system-deps`) reads the key off the sheet")
    (line,) = [line for line in text.stdout.splitlines() if line.startswith("Recovery key:")]
    key = line.removeprefix("Recovery key:").strip()
    result = run([*common, "reset-passphrase"], env, stdin=f"{key.lower()}\nnew words today\n")
    assert result.returncode == 0, result.stderr
    assert run([*common, "check"], env, stdin="new words today\n").returncode == 0


@pytest.mark.parametrize("with_vault", [False, True], ids=["first-run", "unlock"])
def test_window_offscreen_without_error_output(frozen_app: Path, tmp_path: Path, with_vault: bool) -> None:
    """Start the desktop app offscreen, let it settle, stop it; nothing may be printed."""
    env = clean_env(host_dirs(tmp_path / "host"))
    folder = tmp_path / "journal"
    if with_vault:
        created = run(["--data-dir", str(folder), "--passphrase-stdin", "init"], env, stdin=f"{PASSPHRASE}\n")
        assert created.returncode == 0, created.stderr
    process = subprocess.Popen([str(GUI_EXE), "--data-dir", str(folder)], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(float(os.environ.get("RJ_SMOKE_SECONDS", "4")))
    still_running = process.poll() is None
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert still_running, f"the app exited early with {process.returncode}: {err}"
    assert error_lines(err, offscreen=True) == []
    assert out == ""


def test_window_on_x11_opens_and_closes_cleanly(frozen_app: Path, tmp_path: Path) -> None:
    """On a real X server (Xvfb) the xcb plugin shows the window; closing it quits with 0."""
    require_tool("Xvfb")
    display_cm = xvfb()
    display = display_cm.__enter__()
    try:
        env = clean_env(host_dirs(tmp_path / "host"), DISPLAY=display, QT_QPA_PLATFORM="xcb")
        process = subprocess.Popen([str(EXE), "--data-dir", str(tmp_path / "journal")], env=env,
                                   text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        x = X11(display)
        try:
            window = x.wait_for_window("Recovery Journal", timeout=30)
            if window is None:
                process.kill()
                pytest.fail(f"no window appeared: {process.communicate()[1]}")
            time.sleep(0.5)
            x.request_close(window)
            out, err = process.communicate(timeout=30)
        finally:
            x.close()
        assert process.returncode == 0, err
        assert err == ""
        assert out == ""
    finally:
        display_cm.__exit__(None, None, None)


def test_zips_plain_and_portable(frozen_app: Path) -> None:
    """`make dist` writes both zips; only the portable one has the marker beside the executable.
    On macOS it writes one zip of the .app instead."""
    import stat
    import zipfile

    version = metadata.version("recovery-journal")
    base = frozen_app.parent / f"recovery-journal-{version}-{release.platform_tag()}"
    if MACOS:
        with zipfile.ZipFile(base.with_name(base.name + ".zip")) as archive:
            assert "Recovery Journal.app/Contents/Info.plist" in archive.namelist()
        return
    exe_name = GUI_EXE.name
    for path, portable in ((base.with_name(base.name + ".zip"), False),
                           (base.with_name(base.name + "-portable.zip"), True)):
        assert path.is_file(), f"{path.name} is missing: run `make dist`"
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist()}
        exe = infos[f"recovery-journal/{exe_name}"]
        assert WINDOWS or (exe.external_attr >> 16) & stat.S_IXUSR, "the executable lost its executable bit"
        assert ("recovery-journal/portable" in infos) == portable
        assert ("recovery-journal/recovery-journal.desktop" in infos) == LINUX
        assert not any(stat.S_ISLNK(info.external_attr >> 16) for info in infos.values())


def test_window_on_wayland_without_error_output(frozen_app: Path, tmp_path: Path) -> None:
    """Under a Wayland compositor (headless Weston) the wayland plugin starts the app cleanly."""
    weston = require_tool("weston")
    dirs = host_dirs(tmp_path / "host")
    socket = dirs["XDG_RUNTIME_DIR"] / "wayland-rj"
    compositor = subprocess.Popen(
        [weston, "--backend=headless-backend.so", "--socket=wayland-rj", "--idle-time=0"],
        env=clean_env(dirs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not socket.exists():
            unavailable("headless Weston did not start here")
        env = clean_env(dirs, WAYLAND_DISPLAY="wayland-rj", QT_QPA_PLATFORM="wayland")
        process = subprocess.Popen([str(EXE), "--data-dir", str(tmp_path / "journal")], env=env,
                                   text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(4)
        still_running = process.poll() is None
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
        assert still_running, f"the app exited early with {process.returncode}: {err}"
        assert err == ""
        assert out == ""
    finally:
        compositor.terminate()
        compositor.wait(timeout=10)


def test_icons_fonts_and_desktop_entry_are_bundled(frozen_app: Path) -> None:
    """ui.resources.resources_dir() reads _MEIPASS/resources in the frozen app: icons, fonts there."""
    source = Path(__file__).resolve().parents[2] / "resources"
    bundled = frozen_app / "_internal" / "resources"
    expected = sorted(p.name for p in (source / "icons").glob("*.svg"))
    assert sorted(p.name for p in (bundled / "icons").glob("*.svg")) == expected
    fonts = sorted(p.name for p in (source / "fonts").iterdir())
    assert "OFL.txt" in fonts and sorted(p.name for p in (bundled / "fonts").iterdir()) == fonts
    if LINUX:
        assert (frozen_app / "recovery-journal.desktop").read_text() == (
            source / "recovery-journal.desktop"
        ).read_text()
        assert (frozen_app / "recovery-journal.svg").is_file()


def test_the_command_line_speaks_polish(frozen_app: Path, tmp_path: Path) -> None:
    """The catalogues and Qt's qtbase_pl.qm are in the folder; LANG=pl_PL.UTF-8 is heard."""
    assert (frozen_app / "_internal" / "resources" / "translations" / "recovery_journal_pl.qm").is_file()
    qt_translations = sorted(p.name for p in frozen_app.rglob("Qt/translations/*.qm"))
    assert qt_translations == ["qtbase_pl.qm"]
    env = clean_env(host_dirs(tmp_path / "host"), LANG="pl_PL.UTF-8", LC_ALL="")
    result = run(["--data-dir", str(tmp_path / "journal"), "--lang", "xx"], env)
    assert result.returncode == 2
    assert "Ta aplikacja nie ma języka „xx”" in result.stderr


@pytest.mark.skipif(not MACOS, reason="the .app bundle is built on macOS")
def test_macos_app_bundle(frozen_app: Path) -> None:
    import plistlib

    bundle = frozen_app.parent / f"{release.TITLE}.app"
    info = plistlib.loads((bundle / "Contents" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == release.APP_ID
    assert info["CFBundleShortVersionString"] == metadata.version("recovery-journal")
    assert info["NSHighResolutionCapable"] is True
    assert "LSBackgroundOnly" not in info, "a console build would hide the app from the Dock"
    assert (bundle / "Contents" / "Resources" / "recovery-journal.icns").is_file()


@pytest.mark.skipif(not WINDOWS, reason="Windows executables are built on Windows")
def test_windows_executables_and_version_resource(frozen_app: Path) -> None:
    import pefile  # requirements-platform.lock (PyInstaller needs it on Windows)

    for exe, subsystem in ((GUI_EXE, 2), (EXE, 3)):  # 2: windowed (no console), 3: console
        pe = pefile.PE(str(exe))
        assert pe.OPTIONAL_HEADER.Subsystem == subsystem, exe.name
        strings = {}
        for group in getattr(pe, "FileInfo", []):
            for entry in group:
                for table in getattr(entry, "StringTable", []):
                    strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
        assert strings["ProductName"] == release.TITLE
        assert strings["FileVersion"] == metadata.version("recovery-journal")
