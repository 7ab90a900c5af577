"""The code runs on Windows and macOS too: no glibc-only date format, and no POSIX-only call
outside a short list of modules that guard each use with a `sys.platform` check.

Only `sys.platform` counts as a guard: `os.name` or `hasattr` would hold at run time, but mypy
(which .github/workflows/build.yml runs on a Windows runner) understands only `sys.platform`,
and would report `os.fchmod` and friends as missing there.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("journal", "ui", "build", "bench")

# strftime's "%-d" (no leading zero) is glibc's, "%#d" is Microsoft's: each fails on the other.
PLATFORM_FORMAT = re.compile(r"%[-#][A-Za-z]")

POSIX_ONLY_MODULES = frozenset({
    "fcntl", "resource", "pwd", "grp", "termios", "tty", "pty", "posix", "crypt", "syslog",
})
POSIX_ONLY_NAMES = {
    "os": frozenset({
        "fchmod", "fchown", "chown", "lchown", "lchmod", "getuid", "geteuid", "getgid", "getegid",
        "getgroups", "setuid", "setgid", "O_NOFOLLOW", "O_CLOEXEC", "O_DIRECTORY", "statvfs",
        "fstatvfs", "ST_RDONLY", "sync", "fork", "forkpty", "setsid", "getsid", "killpg", "getpgid",
        "setpgrp", "getpgrp", "nice", "mkfifo", "mknod", "pipe2", "sched_getaffinity",
        "getloadavg", "uname", "wait3", "wait4", "WNOHANG", "openpty", "ttyname", "ctermid",
        "posix_fadvise", "posix_fallocate", "pread", "pwrite", "sendfile", "fdatasync",
    }),
    "signal": frozenset({
        "SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGCONT",
        "SIGSTOP", "SIGTSTP", "SIGPIPE", "alarm", "pause", "setitimer", "siginterrupt", "killpg",
    }),
    "time": frozenset({"tzset", "clock_gettime", "clock_settime"}),
    "shutil": frozenset({"chown"}),
}

# Modules allowed to use POSIX-only calls, each use inside `if sys.platform ...`.
GUARDED = frozenset({
    "journal/files.py", "journal/locking.py", "journal/process.py", "ui/idle.py", "ui/theme.py",
    "bench/translations_bench.py", "bench/unlock_screen.py",
})


def sources() -> Iterator[Path]:
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "work" not in path.relative_to(ROOT).parts:  # build/work is PyInstaller's
                yield path


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of docstring nodes: prose may name "%-d" to warn about it."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def platform_formats(tree: ast.AST) -> Iterator[tuple[int, str]]:
    skip = docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            match = PLATFORM_FORMAT.search(node.value)
            if match:
                yield node.lineno, f"format {match.group()!r}"


def is_platform_guard(test: ast.expr) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr == "platform"
               and isinstance(n.value, ast.Name) and n.value.id == "sys" for n in ast.walk(test))


def posix_only_uses(tree: ast.AST) -> Iterator[tuple[int, str, bool]]:
    """(line, what, guarded) for every POSIX-only module imported or name used."""

    def visit(node: ast.AST, guarded: bool) -> Iterator[tuple[int, str, bool]]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_ONLY_MODULES:
                    yield node.lineno, f"import {alias.name}", guarded
        elif isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top in POSIX_ONLY_MODULES:
                yield node.lineno, f"from {node.module} import", guarded
            for alias in node.names:
                if alias.name in POSIX_ONLY_NAMES.get(node.module, ()):
                    yield node.lineno, f"from {node.module} import {alias.name}", guarded
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
              and node.attr in POSIX_ONLY_NAMES.get(node.value.id, ())):
            yield node.lineno, f"{node.value.id}.{node.attr}", guarded
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")):
            module = str(node.args[0].value)
            if module.split(".")[0] in POSIX_ONLY_MODULES:
                yield node.lineno, f"import_module({module!r})", guarded
        if isinstance(node, ast.If | ast.IfExp) and is_platform_guard(node.test):
            yield from visit(node.test, guarded)
            for child in ([node.body] if isinstance(node, ast.IfExp) else node.body):
                yield from visit(child, True)
            for child in ([node.orelse] if isinstance(node, ast.IfExp) else node.orelse):
                yield from visit(child, True)
            return
        for child in ast.iter_child_nodes(node):
            yield from visit(child, guarded)

    yield from visit(tree, False)


def problems_in(path: Path) -> list[str]:
    name = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=name)
    found = [f"{name}:{line}: {what}" for line, what in platform_formats(tree)]
    for line, what, guarded in posix_only_uses(tree):
        if name not in GUARDED:
            found.append(f"{name}:{line}: {what} (POSIX only; not a guarded module)")
        elif not guarded:
            found.append(f"{name}:{line}: {what} (POSIX only; not inside `if sys.platform ...`)")
    return found


def test_no_glibc_only_format_and_no_unguarded_posix_only_call() -> None:
    scanned = list(sources())
    assert len(scanned) > 100  # the folders are really there
    problems = [problem for path in scanned for problem in problems_in(path)]
    assert problems == []


def test_every_guarded_module_still_needs_its_guard() -> None:
    """The list stays short: a module that no longer uses a POSIX-only call leaves it."""
    for name in GUARDED:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        assert any(guarded for _line, _what, guarded in posix_only_uses(tree)), name


@pytest.mark.parametrize(("code", "expected"), [
    ('day.strftime("%A %-d %B")', "format '%-d'"),
    ('f"{day:%#d}"', "format '%#d'"),
    ("import fcntl", "import fcntl"),
    ("from resource import getrusage", "from resource import"),
    ("os.fchmod(fd, 0o600)", "os.fchmod"),
    ("flags = os.O_RDONLY | os.O_NOFOLLOW", "os.O_NOFOLLOW"),
    ("os.kill(pid, signal.SIGKILL)", "signal.SIGKILL"),
    ('importlib.import_module("fcntl")', "import_module('fcntl')"),
    ('if os.name == "posix":\n    os.fchmod(fd, 0o600)', "os.fchmod"),  # os.name: mypy cannot see it
])
def test_the_scan_finds(code: str, expected: str, tmp_path: Path) -> None:
    tree = ast.parse(code)
    found = [what for _line, what in platform_formats(tree)]
    found += [what for _line, what, guarded in posix_only_uses(tree) if not guarded]
    assert found == [expected]


def test_the_scan_accepts_a_platform_guard_and_portable_formats() -> None:
    code = '''
"""Docs may warn that "%-d" fails on Windows."""
if sys.platform != "win32":
    os.fchmod(fd, 0o600)
flags = getattr(os, "O_NOFOLLOW", 0)
label = f"{100:-d}" + "%-5s" % name + day.strftime("%Y-%m-%d %H:%M")
'''
    tree = ast.parse(code)
    assert list(platform_formats(tree)) == []
    assert [guarded for _line, _what, guarded in posix_only_uses(tree)] == [True]


def test_every_file_name_the_app_makes_is_valid_on_windows(tmp_path: Path) -> None:
    """No `:` (a time in a name), no reserved device name, no trailing dot or space."""
    import datetime as dt

    from journal import paths

    now = dt.datetime(2026, 11, 30, 9, 15, 0)
    vault = paths.vault_path(tmp_path)
    made = [
        vault, paths.recovery_path(tmp_path), paths.lock_path(vault), paths.wal_path(vault),
        paths.shm_path(vault), paths.partial_path(vault), paths.unique_partial_path(vault),
        *(paths.beside(vault, end) for end in (*paths.VAULT_TEMP_SUFFIXES, *paths.SQLITE_SIDE_SUFFIXES)),
        paths.before_restore_path(tmp_path, now), paths.before_upgrade_path(tmp_path, 3, now),
        tmp_path / paths.manual_backup_name(now), tmp_path / paths.export_file_name(now.date()),
        paths.daily_backup_path(tmp_path, now.date()), paths.weekly_backup_path(tmp_path, now.date()),
        tmp_path / paths.RECOVERY_SHEET_FILE,
    ]
    reserved = {"CON", "PRN", "AUX", "NUL", *(f"{port}{i}" for port in ("COM", "LPT") for i in range(1, 10))}
    for path in made:
        for part in path.relative_to(tmp_path).parts:
            assert not set(part) & set('<>:"/\\|?*'), part
            assert part.isascii() and part == part.rstrip(". "), part
            assert part.split(".")[0].upper() not in reserved, part
            assert len(str(path.relative_to(tmp_path))) < 80
