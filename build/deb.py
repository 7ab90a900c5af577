"""`make deb`: dist/recovery-journal_<version>_<arch>.deb from the standalone folder (`make dist`).

Built with Debian's own tools, the way a packager would lay it out by hand:

- the frozen folder under /opt/recovery-journal (it is self-contained and finds its libraries
  through its own RUNPATHs) and /usr/bin/recovery-journal, a symbolic link to its executable;
- the desktop entry, the icon at the hicolor sizes plus the SVG, the AppStream metadata and the
  manual page in their standard places (dpkg triggers of desktop-file-utils, hicolor-icon-theme,
  man-db and AppStream refresh their caches: no maintainer script is needed for them);
- Depends worked out by dpkg-shlibdeps from every ELF file in the folder, with the libraries the
  folder carries itself (Qt, ICU, Python, OpenSSL ...) given as private ones, so only what the
  host must provide is listed (libc, X11/xcb, Wayland, fontconfig, GL, D-Bus, CUPS ...);
- /usr/share/doc (copyright, changelog) and lintian overrides, each with its reason.

No postinst or postrm: the package writes nothing outside its own files, and the journal and the
settings live in each person's home folder, which a package must never touch; `dpkg --purge`
therefore leaves exactly the journals behind (tests/dist/test_deb.py checks it).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import app_icons
import release

ROOT = Path(__file__).resolve().parents[1]
NAME = release.NAME
APP = ROOT / "dist" / NAME
DIST = ROOT / "dist"
WORK = ROOT / "build" / "work" / "deb"
INSTALL_DIR = Path("opt") / NAME
RESOURCES = ROOT / "resources"
METAINFO = f"{release.APP_ID}.metainfo.xml"
# Beside the executable in the folder for people who unzip it; the package installs these in the
# standard places instead (or has no use for them: portable mode is for the zip).
NOT_INSTALLED = {"README.txt", f"{NAME}.desktop", f"{NAME}.svg", "portable", "data"}

SYNOPSIS = "private, encrypted journal for recovery that never goes online"
DESCRIPTION = """\
A private, encrypted journal for people in recovery from drugs or alcohol:
hope and mood check-ins, triggers and what helped, gratitude lists, support
contacts and notes for the next session, and a one-page summary to bring to a
keyworker with only the parts the person chooses.
.
Everything is saved as it is typed, in one file encrypted with the person's
passphrase (SQLCipher). It never goes online: no account, no update check, no
telemetry. The command line (recovery-journal --help) shares the same core for
backups and scripts."""

# Why each lintian tag that remains is expected (see also `make deb-test`, which runs lintian).
LINTIAN_OVERRIDES = """\
# The standalone app is one self-contained folder (PyInstaller), installed the way third-party
# applications are: under /opt, with /usr/bin/recovery-journal linking to it. It is not meant for
# the Debian archive, where /opt is reserved for the local administrator.
recovery-journal: dir-or-file-in-opt [opt/recovery-journal/*]
# The folder carries its own Python, Qt, ICU, OpenSSL and zlib so that it runs the same on every
# distribution it is installed on; Depends lists only what the host must provide.
recovery-journal: embedded-library * [opt/recovery-journal/*]
# Python's own extension modules and libpython, built by pyenv on the build machine, keep the
# build's library folder in their RUNPATH; that folder does not exist on the computers it runs on
# and nothing is loaded from it.
recovery-journal: custom-library-search-path * [opt/recovery-journal/*]
# Private libraries of the app (bundled Qt, ICU, Python): not for other packages to link against,
# so they have no shlibs/symbols files or ldconfig trigger.
recovery-journal: shared-library-lacks-prerequisites [opt/recovery-journal/*]
# Python extension modules that call no C library function, only into libpython.
recovery-journal: library-not-linked-against-libc [opt/recovery-journal/_internal/python3.*/lib-dynload/*]
# The executable is PyInstaller's prebuilt bootloader, which is not position independent; it only
# finds and starts libpython. Everything that handles the journal is in shared libraries, which are.
recovery-journal: hardening-no-pie [opt/recovery-journal/recovery-journal]
# The app carries the exact Noto Sans files it was built and tested with, so the one-page summary
# lays out line for line the same as the Windows and macOS builds and never depends on the
# version of fonts-noto-core a computer happens to have (a different version can wrap a line).
recovery-journal: duplicate-font-file * [opt/recovery-journal/_internal/resources/fonts/*]
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Recovery Journal
Comment: The folder under /opt/recovery-journal also carries the libraries the
 app runs on, each under its own licence: Python (PSF licence), Qt 6 and
 PySide6 (LGPL-3.0), ICU, SQLCipher and sqlcipher3, argon2-cffi, platformdirs,
 OpenSSL, zlib, libffi, bzip2 and xz; and the Noto Sans fonts (SIL Open Font
 License 1.1, _internal/resources/fonts/OFL.txt). The Python packages' licence
 texts are in the folder's *.dist-info directories.

Files: *
Copyright: 2026 the Recovery Journal authors
License: GPL-3.0-or-later

License: GPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation, either version 3 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in "/usr/share/common-licenses/GPL-3".
"""


def maintainer() -> str:
    """Who answers for the package: DEBFULLNAME and DEBEMAIL, as Debian's own tools read them."""
    name = os.environ.get("DEBFULLNAME", "Recovery Journal authors")
    # A reserved domain (RFC 2606) until the project has an address; set DEBEMAIL to publish.
    address = os.environ.get("DEBEMAIL", "maintainers@recovery-journal.invalid")
    return f"{name} <{address}>"


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def gzip_file(text: bytes, target: Path) -> None:
    """gzip -9n: no name and no time stamp in the header, so the same input gives the same bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=9,
                                                 fileobj=raw, mtime=0) as packed:
        packed.write(text)


def copy_app(root: Path) -> Path:
    target = root / INSTALL_DIR

    def ignore(folder: str, names: list[str]) -> set[str]:
        return NOT_INSTALLED & set(names) if Path(folder) == APP else set()

    shutil.copytree(APP, target, symlinks=True, ignore=ignore)
    executable = target / NAME
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            raise SystemExit(f"{path} is a symbolic link; the folder must have none (see the spec).")
        path.chmod(0o755 if path.is_dir() or path == executable else 0o644)
    link = root / "usr" / "bin" / NAME
    link.parent.mkdir(parents=True)
    link.symlink_to(Path("/") / INSTALL_DIR / NAME)  # absolute: /usr/bin and /opt are separate trees
    return target


def add_desktop_integration(root: Path, version: str, built: dt.date) -> None:
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(RESOURCES / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")

    rendered = app_icons.write_pngs(WORK / "icons")
    for size, png in rendered.items():
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(png, folder / f"{NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(app_icons.SOURCE, scalable / f"{NAME}.svg")

    (share / "metainfo").mkdir(parents=True)
    text = (RESOURCES / METAINFO).read_text(encoding="utf-8")
    (share / "metainfo" / METAINFO).write_text(fill(text, version, built), encoding="utf-8")

    manual = (RESOURCES / f"{NAME}.1.in").read_text(encoding="utf-8")
    gzip_file(fill(manual, version, built).encode("utf-8"), share / "man" / "man1" / f"{NAME}.1.gz")


def fill(text: str, version: str, built: dt.date) -> str:
    return text.replace("@VERSION@", version).replace("@DATE@", built.isoformat())


def add_docs(root: Path, package_version: str, built: dt.date) -> None:
    docs = root / "usr" / "share" / "doc" / NAME
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    when = email.utils.format_datetime(dt.datetime.combine(built, dt.time(12, 0), dt.UTC))
    changelog = (
        f"{NAME} ({package_version}) unstable; urgency=medium\n\n"
        f"  * Recovery Journal {package_version}, built from the project's own sources.\n\n"
        f" -- {maintainer()}  {when}\n"
    )
    gzip_file(changelog.encode("utf-8"), docs / "changelog.gz")
    overrides = root / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / NAME).write_text(LINTIAN_OVERRIDES, encoding="utf-8")


def needed(path: Path) -> set[str]:
    """The DT_NEEDED names of one ELF file (its direct dependencies)."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def private_libraries(app: Path) -> dict[str, str]:
    """Libraries the folder carries and its files load from it: soname -> (name, version).

    Not the ones the executable itself needs: the PyInstaller bootloader starts before it points
    the loader at the folder, so it takes those (zlib) from the host like any program.
    """
    host_first = needed(app / NAME)
    private = {}
    for path in app.rglob("*"):
        match = re.fullmatch(r"(lib.+)\.so\.([\d.]+)", path.name)
        if match and path.is_file() and path.name not in host_first:
            private[path.name] = f"{match.group(1)} {match.group(2)}"
    return private


def shared_library_depends(stage: Path, app: Path) -> str:
    """dpkg-shlibdeps over every ELF file in the folder; the folder's own libraries are private.

    dpkg-shlibdeps wants a source tree (debian/control) around the package tree, so the staging
    folder is laid out as one: `stage/debian/control` and the package in `stage/debian/<name>`.
    Left to itself it would map a bundled library to the host package that has the same one
    (libcrypto.so.3 -> libssl3); debian/shlibs.local says each is provided by this package, and
    -x drops this package from the result.
    """
    debian = stage / "debian"
    (debian / "control").write_text(
        f"Source: {NAME}\n\nPackage: {NAME}\nArchitecture: any\n", encoding="utf-8"
    )
    (debian / "shlibs.local").write_text(
        "".join(f"{entry} {NAME}\n" for entry in sorted(private_libraries(app).values())),
        encoding="utf-8",
    )
    elf_files = sorted(p for p in app.rglob("*") if p.is_file() and is_elf(p))
    private_dirs = sorted({p.parent for p in elf_files if ".so" in p.name})
    command = ["dpkg-shlibdeps", "-O", "--warnings=1", f"-x{NAME}",
               *(f"-l{d}" for d in private_dirs), *(f"-e{p}" for p in elf_files)]
    result = subprocess.run(command, cwd=stage, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed:\n{result.stderr}")
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.split("=", 1)[1]
    raise SystemExit(f"dpkg-shlibdeps printed no dependencies:\n{result.stdout}{result.stderr}")


def installed_size_kib(root: Path) -> int:
    """What dpkg reports as Installed-Size: file sizes rounded up to KiB, one per folder and link."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts:
            continue
        if path.is_file() and not path.is_symlink():
            total += -(-path.stat().st_size // 1024)
        else:
            total += 1
    return total


def write_control(root: Path, package_version: str, depends: str) -> None:
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    fields = {
        "Package": NAME,
        "Version": package_version,
        "Architecture": architecture(),
        "Maintainer": maintainer(),
        "Installed-Size": str(installed_size_kib(root)),
        "Depends": depends,
        "Section": "utils",
        "Priority": "optional",
        "Description": f"{SYNOPSIS}\n" + "\n".join(
            f" {line}" for line in DESCRIPTION.splitlines()
        ),
    }
    text = "".join(f"{key}: {value}\n" for key, value in fields.items())
    (control_dir / "control").write_text(text, encoding="utf-8")
    sums = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative.as_posix()}\n")
    (control_dir / "md5sums").write_text("".join(sums), encoding="utf-8")
    for path in control_dir.iterdir():
        path.chmod(0o644)


def build_deb(root: Path, target: Path, built: dt.date) -> None:
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(
        dt.datetime.combine(built, dt.time(12, 0), dt.UTC).timestamp())))
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
                   check=True, env=env, stdout=subprocess.DEVNULL)


def main() -> int:
    if not (APP / NAME).is_file():
        raise SystemExit(f"{APP} is not built: run `make dist` first (`make deb` does).")
    for tool in ("dpkg-deb", "dpkg-shlibdeps"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: run `make deb-deps` as root (it installs dpkg-dev).")
    version = release.version()
    package_version = release.debian_version(version)
    built = release.build_date()
    if WORK.exists():
        shutil.rmtree(WORK)
    stage = WORK / "source"
    root = stage / "debian" / NAME
    root.mkdir(parents=True)

    app = copy_app(root)
    add_desktop_integration(root, version, built)
    add_docs(root, package_version, built)
    depends = shared_library_depends(stage, app)
    write_control(root, package_version, depends)
    target = DIST / f"{NAME}_{package_version}_{architecture()}.deb"
    for old in DIST.glob(f"{NAME}_*.deb"):
        old.unlink()
    build_deb(root, target, built)

    installed = installed_size_kib(root) * 1024
    line = (f"{target.name}: {target.stat().st_size / 1e6:.1f} MB "
            f"({installed / 1e6:.1f} MB installed)\nDepends: {depends}\n")
    with (DIST / "size.txt").open("a", encoding="utf-8") as sizes:
        sizes.write(line)
    sys.stdout.write(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
