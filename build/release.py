"""What every package of one build says about itself: version, build date, ids, platform names.

The spec, `make dist` and `make deb` all read these, so the Windows version resource, the macOS
Info.plist, the Debian control file, the AppStream release and `--version` of the frozen app can
never disagree. Only the standard library: the spec imports this module on Windows and macOS too.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sys
from importlib import metadata
from pathlib import Path

NAME = "recovery-journal"
TITLE = "Recovery Journal"
# Reverse-DNS id shared by the AppStream metadata and the macOS bundle (the desktop entry keeps
# the short name the app gives Qt: `setDesktopFileName("recovery-journal")`).
APP_ID = "io.github.recoveryjournal.RecoveryJournal"
COPYRIGHT = "Copyright the Recovery Journal authors. GPL-3.0-or-later."
# The generated module the frozen app reads its build date from (see build/launch.py).
BUILD_INFO_MODULE = "rj_build_info"


def version() -> str:
    return metadata.version(NAME)


def build_date() -> dt.date:
    """The day the build was made: RJ_BUILD_DATE (set by build.py), else SOURCE_DATE_EPOCH
    (reproducible builds), else today in UTC."""
    given = os.environ.get("RJ_BUILD_DATE")
    if given:
        return dt.date.fromisoformat(given)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def platform_tag() -> str:
    """`linux-x86_64`, `windows-x86_64`, `macos-arm64`: the part of a download's name that says
    which computers it runs on."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def debian_version(python_version: str) -> str:
    """PEP 440 to Debian: pre-releases sort before the release with `~` (0.2.0rc1 -> 0.2.0~rc1)."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(?:\.?(a|b|rc|dev)\.?(\d+))?(?:\+(.+))?", python_version)
    if not match:
        raise ValueError(f"{python_version!r} is not a version this script knows how to package")
    release, kind, number, local = match.groups()
    text = release + (f"~{kind}{number}" if kind else "")
    return text + (f"+{local}" if local else "")


def version_tuple(python_version: str) -> tuple[int, int, int, int]:
    """Four numbers for the Windows version resource (pre-release and local parts dropped)."""
    numbers = [int(n) for n in re.findall(r"\d+", python_version.split("+")[0].split("rc")[0])[:4]]
    while len(numbers) < 4:
        numbers.append(0)
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def write_build_info(folder: Path, when: dt.date, number: str) -> Path:
    """The small module frozen into the app so `--version` (and later the About page) can say
    when this copy was built; from source it does not exist and the app says "source"."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{BUILD_INFO_MODULE}.py"
    target.write_text(
        '"""Written by build/release.py at build time; not in git."""\n\n'
        f"VERSION = {number!r}\nBUILD_DATE = {when.isoformat()!r}\n",
        encoding="utf-8",
    )
    return target


def windows_version_resource(number: str, when: dt.date) -> str:
    """The text form of a VSVersionInfo that PyInstaller reads (`EXE(version=...)`): what Windows
    shows under Properties > Details, and what virus scanners and IT departments look at."""
    four = version_tuple(number)
    strings = {
        "CompanyName": "Recovery Journal",
        "FileDescription": TITLE,
        "FileVersion": number,
        "InternalName": NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": TITLE,
        "ProductVersion": f"{number} ({when.isoformat()})",
        "Comments": "Never goes online: no update check, nothing sent anywhere.",
    }
    rows = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={four!r}, prodvers={four!r}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{rows}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def macos_info_plist(number: str) -> dict[str, object]:
    """Keys PyInstaller's BUNDLE adds to the .app's Info.plist (it sets the bundle id, name and
    executable itself)."""
    return {
        "CFBundleDisplayName": TITLE,
        "CFBundleShortVersionString": number,
        "CFBundleVersion": number,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.lifestyle",
    }
