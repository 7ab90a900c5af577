"""`make dist`: the one-folder app in dist/recovery-journal/ and its two zips.

1. The translation catalogues (.qm) are compiled (build/translations.py), then PyInstaller builds
   build/recovery-journal.spec (work files in build/work, ignored by git), with today's date (or
   SOURCE_DATE_EPOCH's) as the build date `--version` shows.
2. A short README for people is copied beside the executable; on Linux also the desktop entry and
   the app icon.
3. Two zips are written in dist/: the plain folder, and a portable one with the `portable` marker
   beside the executable (the journal then lives in `data/` beside it, e.g. on a USB stick). On
   macOS one zip instead, of `Recovery Journal.app` (by ditto, which keeps the bundle's links).
4. The folder size and what dominates it are printed and written to dist/size.txt.

The same script runs on Windows and macOS (.github/workflows/build.yml): `python build/build.py`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import release  # build/release.py, beside this file

ROOT = Path(__file__).resolve().parents[1]
NAME = "recovery-journal"
DIST = ROOT / "dist"
APP = DIST / NAME
WORK = ROOT / "build" / "work"

PORTABLE_NOTE = """\
This file turns on portable mode: Recovery Journal keeps your journal in the "data" folder beside
this program (for example on your USB stick) and writes nothing to the computer it runs on.
Delete this file to keep the journal in your home folder instead.
"""


def run_pyinstaller() -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--workpath", str(WORK), "--distpath", str(DIST), str(ROOT / "build" / f"{NAME}.spec"),
    ]
    # The real build date, taken before SOURCE_DATE_EPOCH is pinned below for PyInstaller.
    built = release.build_date().isoformat()
    # Reproducible archives inside the executable (PyInstaller honours SOURCE_DATE_EPOCH).
    env = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1700000000"),
               RJ_BUILD_DATE=built)
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def add_desktop_files() -> None:
    shutil.copy2(ROOT / "build" / "README.txt", APP / "README.txt")
    if sys.platform.startswith("linux"):
        shutil.copy2(ROOT / "resources" / f"{NAME}.desktop", APP / f"{NAME}.desktop")
        shutil.copy2(ROOT / "resources" / "icons" / "app.svg", APP / f"{NAME}.svg")


def zip_macos_app(target: Path) -> None:
    """The .app as macOS' own Finder would zip it (ditto keeps the frameworks' symbolic links)."""
    bundle = DIST / f"{release.TITLE}.app"
    subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(target)],
                   check=True)


def write_zip(target: Path, *, portable: bool) -> None:
    """Zip the folder under `recovery-journal/`, keeping the executable bit; no symbolic links."""
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(APP.rglob("*")):
            if path.is_symlink():
                raise SystemExit(f"{path} is a symbolic link; the folder must have none (FAT32 sticks).")
            if path.is_dir():
                continue
            info = zipfile.ZipInfo.from_file(path, f"{NAME}/{path.relative_to(APP).as_posix()}")
            info.compress_type = zipfile.ZIP_DEFLATED
            with path.open("rb") as source, archive.open(info, "w") as sink:
                shutil.copyfileobj(source, sink, 1 << 20)
        if portable:
            info = zipfile.ZipInfo(f"{NAME}/portable", date_time=time.localtime()[:6])
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, PORTABLE_NOTE)
    tmp.replace(target)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report() -> str:
    internal = APP / "_internal"
    total = folder_size(APP)
    groups: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(internal).parts
        if rel[:3] == ("PySide6", "Qt", "lib"):
            key = "Qt libraries: " + ("ICU (Unicode data)" if path.name.startswith("libicu") else "Qt 6")
        elif rel[:2] == ("PySide6", "Qt"):
            key = f"Qt {rel[2]}"
        elif rel[0] in ("PySide6", "shiboken6") or rel[0].startswith("libpyside6"):
            key = "PySide6 bindings"
        elif rel[0] == "sqlcipher3":
            key = "sqlcipher3 (SQLCipher + its crypto)"
        elif rel[0].startswith(("libpython", "python3")) or rel[0] == "base_library.zip":
            key = "Python runtime"
        elif rel[0].startswith("lib") and ".so" in rel[0]:
            key = "other shared libraries (OpenSSL, zlib, libffi ...)"
        else:
            key = "app code, icons, metadata"
        groups[key] = groups.get(key, 0) + path.stat().st_size
    groups["executable, desktop entry, README"] = total - sum(groups.values())
    lines = [f"dist/{NAME}/: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB) unpacked"]
    for key, size in sorted(groups.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {size / 1e6:6.1f} MB  {key}")
    biggest = sorted((p for p in internal.rglob("*") if p.is_file()), key=lambda p: -p.stat().st_size)[:8]
    lines.append("largest files:")
    for path in biggest:
        lines.append(f"  {path.stat().st_size / 1e6:6.1f} MB  {path.relative_to(APP)}")
    for zip_path in sorted(DIST.glob("*.zip")):
        lines.append(f"{zip_path.name}: {zip_path.stat().st_size / 1e6:.1f} MB")
    return "\n".join(lines) + "\n"


def main() -> int:
    version = release.version()
    started = time.monotonic()
    # The translation catalogues are build outputs (make does this too; cheap to repeat).
    subprocess.run([sys.executable, str(ROOT / "build" / "translations.py"), "release"], check=True)
    run_pyinstaller()
    add_desktop_files()
    for old in DIST.glob(f"{NAME}-*.zip"):
        old.unlink()
    base = f"{NAME}-{version}-{release.platform_tag()}"
    if sys.platform == "darwin":  # the folder holds the frameworks' links: only the .app is shipped
        zip_macos_app(DIST / f"{base}.zip")
    else:
        write_zip(DIST / f"{base}.zip", portable=False)
        write_zip(DIST / f"{base}-portable.zip", portable=True)
    report = size_report()
    (DIST / "size.txt").write_text(report, encoding="utf-8")
    sys.stdout.write(report)
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
