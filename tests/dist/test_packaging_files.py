"""The packaging inputs keep up with the code (runs in `make dist-test`; needs no build).

The manual page is written by hand from the command line, the AppStream metadata and desktop entry
must name each other, the Windows version resource and macOS Info.plist are generated for
machines this project cannot build on, and a Windows or macOS install needs a few packages the
Linux-compiled lock leaves out. Each of these drifts silently unless something checks it here.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest
from dist_support import ROOT

from tests.conftest import require_tool

sys.path.insert(0, str(ROOT / "build"))

import app_icons  # build/app_icons.py, and so on
import launch
import release

RESOURCES = ROOT / "resources"
MANUAL = RESOURCES / "recovery-journal.1.in"
METAINFO = RESOURCES / f"{release.APP_ID}.metainfo.xml"
DESKTOP = RESOURCES / "recovery-journal.desktop"


def _help(*args: str) -> str:
    """`recovery-journal [COMMAND] --help`, from the console script installed beside this Python."""
    scripts = Path(sys.executable).parent
    command = shutil.which("recovery-journal", path=str(scripts))
    assert command, f"no recovery-journal in {scripts}: run `make test` once to install the package"
    return subprocess.run([command, *args, "--help"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def _manual_entries() -> dict[str, str]:
    """The manual page's tagged paragraphs (.TP), by the first word of their tag line."""
    page = MANUAL.read_text(encoding="utf-8").replace("\\-", "-")
    entries = {}
    for block in page.split("\n.TP\n")[1:]:
        tag = re.sub(r"^\.B[IR]? ", "", block.split("\n", 1)[0]).lstrip('"')
        entries.setdefault(re.split(r"[\s\\\"]", tag, maxsplit=1)[0], block)
    return entries


def test_manual_page_covers_every_command_and_option() -> None:
    entries = _manual_entries()
    top = _help()
    commands = re.findall(r"^    ([\w-]+)\s", top, re.MULTILINE)
    assert {"init", "checkin", "summary", "check"} <= set(commands)
    missing = [option for option in re.findall(r"^  (--[\w-]+)", top, re.MULTILINE)
               if option not in entries]
    for command in commands:
        if command not in entries:
            missing.append(command)
            continue
        for option in sorted(set(re.findall(r"(--[\w-]+)", _help(command))) - {"--help"}):
            if not re.search(rf"{option}\b", entries[command]):
                missing.append(f"{command} {option}")
    assert missing == [], "add these to resources/recovery-journal.1.in"


def test_metainfo_desktop_entry_and_app_name_each_other() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == release.APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == release.NAME
    assert component.findtext("supports/internet") == "offline-only"
    assert component.find("content_rating[@type='oars-1.1']") is not None
    images = [e.text or "" for e in component.findall("screenshots/screenshot/image")]
    assert images, "software centres show these"
    for url in images:  # published from docs/screenshots/ (see the comment in the metainfo file)
        assert url.startswith("https://") and "/docs/screenshots/" in url
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    entry = DESKTOP.read_text(encoding="utf-8")
    assert re.search(rf"^Exec={release.NAME}$", entry, re.MULTILINE)
    assert re.search(rf"^Icon={release.NAME}$", entry, re.MULTILINE)
    # Wayland and the desktop match the window to this entry by the name the app gives Qt.
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "ui").rglob("*.py"))
    assert f'setDesktopFileName("{DESKTOP.stem}")' in code


def test_version_line_from_source_says_source(capsys: pytest.CaptureFixture[str]) -> None:
    """Outside a standalone build there is no build date to show, and the line says so."""
    from ui.launcher import main

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"recovery-journal {metadata.version('recovery-journal')} (source)\n"


@pytest.mark.parametrize(("python", "debian"), [
    ("0.1.0", "0.1.0"), ("0.2.0rc1", "0.2.0~rc1"), ("1.0.0b2", "1.0.0~b2"), ("1.0.0.dev3", "1.0.0~dev3"),
    ("1.0.0+local", "1.0.0+local"),
])
def test_debian_version_of_each_python_version(python: str, debian: str) -> None:
    assert release.debian_version(python) == debian


def test_a_release_candidate_package_upgrades_to_the_release() -> None:
    dpkg = require_tool("dpkg", "dpkg compares Debian versions; Debian and Ubuntu have it")
    candidate, final = release.debian_version("0.2.0rc1"), release.debian_version("0.2.0")
    assert subprocess.run([dpkg, "--compare-versions", candidate, "lt", final], check=False).returncode == 0


def test_windows_version_resource_is_what_pyinstaller_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read and encoded by PyInstaller's own code, as the Windows build does (its module imports
    two Windows-only packages at the top, which this reading does not use: stubbed here)."""
    import types

    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    text_file = tmp_path / "version.txt"
    text_file.write_text(release.windows_version_resource("1.2.3rc1", dt.date(2026, 11, 30)))
    info = versioninfo.load_version_info_from_text_file(str(text_file))
    assert info.ffi.fileVersionMS == (1 << 16) | 2 and info.ffi.fileVersionLS == 3 << 16
    strings = {s.name: s.val for table in info.kids[0].kids for s in table.kids}
    assert strings["ProductVersion"] == "1.2.3rc1 (2026-11-30)"
    assert strings["OriginalFilename"] == "recovery-journal.exe"
    assert "Recovery Journal".encode("utf-16-le") in info.toRaw()  # what goes into the .exe


def test_macos_info_plist_says_high_resolution_and_version() -> None:
    plist = release.macos_info_plist("0.1.0")
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == "0.1.0"


def test_icons_for_windows_and_macos_hold_every_size(tmp_path: Path) -> None:
    from PIL import Image

    ico = Image.open(app_icons.write_ico(tmp_path / "app.ico"))
    assert sorted(ico.info["sizes"]) == [(s, s) for s in app_icons.ICO_SIZES]
    icns = Image.open(app_icons.write_icns(tmp_path / "app.icns"))
    pixels = {w * scale for w, _h, scale in icns.info["sizes"]}
    assert {32, 64, 128, 256, 512, 1024} <= pixels
    small = Image.open(io.BytesIO(app_icons.render(16)))
    assert small.size == (16, 16) and small.getpixel((0, 0))[3] == 0  # transparent corners


def test_platform_lock_pins_what_windows_and_macos_need() -> None:
    """Every package the lock installs may need more on Windows or macOS (colorama for pytest,
    pefile for PyInstaller ...), and so may this app itself: those must be pinned in
    requirements-platform.lock."""
    from packaging.markers import default_environment
    from packaging.requirements import Requirement

    def pinned(path: Path) -> set[str]:
        return {m.lower().replace("_", "-") for m in
                re.findall(r"^([A-Za-z0-9_.-]+)==", path.read_text(encoding="utf-8"), re.MULTILINE)}

    locked = pinned(ROOT / "requirements.lock")
    platform_locked = pinned(ROOT / "requirements-platform.lock")
    missing = set()
    for platform, system, os_name in (("win32", "Windows", "nt"), ("darwin", "Darwin", "posix")):
        env = {**default_environment(), "sys_platform": platform, "platform_system": system,
               "os_name": os_name, "extra": ""}
        for name in sorted(locked | {"recovery-journal"}):  # and what pyproject.toml names itself
            try:
                requires = metadata.requires(name) or []
            except metadata.PackageNotFoundError:
                continue
            for line in requires:
                requirement = Requirement(line)
                if requirement.marker is not None and not requirement.marker.evaluate(env):
                    continue
                wanted = requirement.name.lower().replace("_", "-")
                if wanted not in locked | platform_locked:
                    missing.add(f"{wanted} (for {name} on {platform})")
    assert missing == set(), "pin these in requirements-platform.lock"
