"""Reading what `strace -f -y` saw, every call whole whichever thread made it.

With `-f`, a call that one thread starts while another thread's call is printed is split in two
lines, `openat(…, O_WRONLY|O_CREAT <unfinished ...>` and later `<... openat resumed>) = 5`. A
reader that needs the call and its `= result` on one line loses those calls: on a 4-thread burst
the reader this module replaced matched 980 of 1,200 write-opens. The app has a worker, an Argon2
and a backup thread, so "no writes outside the allowed files" and "no network calls" could have
been undercounted. Here the halves are joined per thread, and a call whose thread was killed
before it returned is kept too (it may have created its file). `-y` makes strace print the real
path of every descriptor (`= 5</home/sam/x>`, `openat(3</data>, "x", …)`), so relative opens and
opens beside a directory descriptor are resolved by the kernel, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

OPEN_CALLS = ("open", "openat", "openat2", "creat")
# Every way a process could reach a network or another process's socket: connect, and the send
# calls that carry an address of their own (sendto on an unconnected socket, sendmsg, sendmmsg).
NETWORK_CALLS = ("connect", "sendto", "sendmsg", "sendmmsg")
TRACED = OPEN_CALLS + NETWORK_CALLS
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC")

_LINE = re.compile(r"^(\d+)\s+(.*)$")
_UNFINISHED = " <unfinished ...>"
_RESUMED = re.compile(r"^<\.\.\. (\w+) resumed>(.*)$")
_CALL = re.compile(r"^(\w+)\((.*)\)\s+=\s+(.*)$")
_STARTED = re.compile(r"^(\w+)\((.*)$")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DIR_FD = re.compile(r"^(?:AT_FDCWD|\d+)<((?:[^>\\]|\\.)*)>")
_RESULT_PATH = re.compile(r"^\d+<((?:[^>\\]|\\.)*)>")


def strace_command(strace: str, log: Path) -> list[str]:
    """The prefix that runs a program under strace as this module reads it."""
    return [strace, "-f", "-y", "-qq", "-e", f"trace={','.join(TRACED)}", "-e", "signal=none",
            "-o", str(log)]


@dataclass(frozen=True)
class Call:
    """One system call: its thread, name, argument text and result text ("?" if it never returned)."""

    pid: int
    name: str
    args: str
    result: str

    @property
    def failed(self) -> bool:
        return self.result.startswith("-")


def unescape(text: str) -> str:
    """A string as strace prints it (C escapes, octal for bytes it will not print) → the real one."""
    out = bytearray()
    i = 0
    simple = {"n": 10, "t": 9, "r": 13, "v": 11, "f": 12, "a": 7, "b": 8, "\\": 92, '"': 34, "'": 39}
    while i < len(text):
        char = text[i]
        if char != "\\" or i + 1 == len(text):
            out += char.encode("utf-8")
            i += 1
            continue
        following = text[i + 1]
        if following == "x":
            out.append(int(text[i + 2 : i + 4], 16))
            i += 4
        elif following in "01234567":
            digits = re.match(r"[0-7]{1,3}", text[i + 1 :])
            assert digits is not None
            out.append(int(digits.group(0), 8))
            i += 1 + len(digits.group(0))
        else:
            out.append(simple.get(following, ord(following)))
            i += 2
    return out.decode("utf-8", errors="surrogateescape")


def calls(lines: Iterable[str]) -> list[Call]:
    """Every traced call in a `strace -f -o` log, split halves joined, in the order they ended."""
    started: dict[int, str] = {}  # thread id -> the first half of its call in progress
    found: list[Call] = []
    for line in lines:
        numbered = _LINE.match(line.rstrip("\n"))
        if numbered is None:
            continue
        pid, rest = int(numbered.group(1)), numbered.group(2)
        if rest.startswith(("+++", "---")):  # exit and signal notes
            continue
        resumed = _RESUMED.match(rest)
        if resumed is not None:
            if pid not in started:
                raise ValueError(f"a resumed call whose start is not in the log: {line!r}")
            rest = started.pop(pid) + resumed.group(2)
        if rest.endswith(_UNFINISHED):
            started[pid] = rest[: -len(_UNFINISHED)]
            continue
        whole = _CALL.match(rest)
        if whole is None:
            raise ValueError(f"not a call strace prints: {line!r}")
        found.append(Call(pid, whole.group(1), whole.group(2), whole.group(3).strip()))
    for pid, first_half in started.items():  # killed inside the call: it may have happened
        begun = _STARTED.match(first_half)
        if begun is not None:
            found.append(Call(pid, begun.group(1), begun.group(2), "?"))
    return found


def read_log(path: Path) -> list[Call]:
    return calls(path.read_text(encoding="utf-8", errors="replace").splitlines())


def opened_path(call: Call, cwd: Path) -> Path | None:
    """The file an open call names: the kernel's own path when it succeeded, else as asked."""
    if call.name not in OPEN_CALLS:
        return None
    result = _RESULT_PATH.match(call.result)
    if result is not None:
        return Path(unescape(result.group(1)))
    quoted = _QUOTED.search(call.args)
    if quoted is None:
        return None
    asked = Path(unescape(quoted.group(1)))
    if asked.is_absolute():
        return asked
    directory = _DIR_FD.match(call.args) if call.name in ("openat", "openat2") else None
    return (Path(unescape(directory.group(1))) if directory else cwd) / asked


def opens_for_writing(calls_seen: Iterable[Call], cwd: Path) -> list[Path]:
    """Every file opened (or maybe opened, if killed mid-call) for writing; failed opens left out."""
    written = []
    for call in calls_seen:
        if call.name not in OPEN_CALLS or call.failed:
            continue
        after_path = call.args.split('"')[-1]  # the flags come after the quoted path
        if call.name == "creat" or any(flag in after_path for flag in WRITE_FLAGS):
            path = opened_path(call, cwd)
            if path is not None:
                written.append(path)
    return written


def network_calls(calls_seen: Iterable[Call]) -> list[Call]:
    """Every connect and send call, answered or not: an attempt is what the tests forbid."""
    return [call for call in calls_seen if call.name in NETWORK_CALLS]
