"""Read Qt's compiled translation files (.qm) without Qt, for the command line.

The app and the command line share one catalogue per language: `pyside6-lrelease` compiles the
Qt Linguist sources (resources/translations/*.ts) into .qm files, Qt's QTranslator reads them in
the app, and this module reads the very same files where Qt is not loaded. Reading the compiled
file rather than the .ts XML means both sides see exactly what lrelease produced: the same
finished/unfinished decision, and the plural rules lrelease wrote for the language (a few bytes of
byte code, interpreted here as QTranslator interprets them), so Polish's one/few/many choice can
never drift between the app and the command line.

The lookup follows QTranslator step by step (qtbase src/corelib/kernel/qtranslator.cpp): an
ELF hash of source text + disambiguation finds candidate messages, each candidate is checked
against the fields lrelease kept, and a miss with a disambiguation is retried without it.
The desktop tests compare this reader with QTranslator on every message and many counts.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Block tags of the file.
_CONTEXTS = 0x2F
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
_DEPENDENCIES = 0x96
_LANGUAGE = 0xA7

# Field tags inside one message.
_TAG_END = 1
_TAG_TRANSLATION = 3
_TAG_OBSOLETE1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8

# Numerus rule byte code (qtbase src/corelib/kernel/qtranslator_p.h).
_Q_EQ, _Q_LT, _Q_LEQ, _Q_BETWEEN = 0x01, 0x02, 0x03, 0x04
_Q_NOT, _Q_MOD_10, _Q_MOD_100, _Q_LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_Q_AND, _Q_OR, _Q_NEWRULE = 0xFD, 0xFE, 0xFF
_Q_OP_MASK = 0x07


class QmFormatError(ValueError):
    """The file is not a .qm file this reader understands (then the caller falls back to English)."""


def elf_hash(data: bytes) -> int:
    """The hash QTranslator files messages under (of UTF-8 source text followed by disambiguation)."""
    h = 0
    for byte in data:
        if byte == 0:  # Qt hashes C strings: it stops at a NUL
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def numerus_form(rules: bytes, n: int) -> int:
    """Which plural form (0, 1, 2, ...) the language's rules choose for the count `n`.

    A transcription of QTranslator's numerusHelper: rules separated by NEWRULE are tried in
    order, each an OR of ANDs of comparisons on n, n % 10, n % 100 or n's leading group of three
    digits; the first rule that holds gives its index, and none holding gives the last form.
    """
    if not rules:
        return 0
    result = 0
    i = 0
    size = len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _Q_MOD_10:
                    left %= 10
                elif opcode & _Q_MOD_100:
                    left %= 100
                elif opcode & _Q_LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _Q_OP_MASK
                right = rules[i]
                i += 1
                if op == _Q_EQ:
                    truth = left == right
                elif op == _Q_LT:
                    truth = left < right
                elif op == _Q_LEQ:
                    truth = left <= right
                else:  # _Q_BETWEEN
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                if opcode & _Q_NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _Q_AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _Q_OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _Q_NEWRULE


def _valid_rules(rules: bytes) -> bool:
    """QTranslator's isValidNumerusRules: refuses byte code that numerus_form could misread."""
    if not rules:
        return True
    offset = 0
    size = len(rules)
    while True:
        opcode = rules[offset]
        if opcode & 0x80:
            return False
        offset += 1
        if offset == size:
            return False
        offset += 1
        op = opcode & _Q_OP_MASK
        if op == _Q_BETWEEN:
            if offset == size:
                return False
            offset += 1
        elif op not in (_Q_EQ, _Q_LT, _Q_LEQ):
            return False
        if offset == size:
            return True
        if rules[offset] not in (_Q_AND, _Q_OR, _Q_NEWRULE):
            return False
        offset += 1
        if offset == size:
            return False


def _same(stored: bytes, wanted: bytes) -> bool:
    """QTranslator's match(): a stored field may carry one trailing NUL."""
    if stored.endswith(b"\0"):
        stored = stored[:-1]
    return stored == wanted


class Catalogue:
    """One loaded .qm file: `lookup` answers as QTranslator.translate would (None = not there)."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmFormatError("not a Qt translation file")
        self._data = data
        self._messages = b""
        self._contexts = b""
        self._rules = b""
        self.language = ""
        hashes = b""
        pos = len(MAGIC)
        end = len(data)
        while pos < end - 5:
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            pos += 5
            if not tag or not length:
                break
            if end - pos < length:
                raise QmFormatError("the file is cut short")
            block = data[pos : pos + length]
            if tag == _CONTEXTS:
                self._contexts = block
            elif tag == _HASHES:
                hashes = block
            elif tag == _MESSAGES:
                self._messages = block
            elif tag == _NUMERUS_RULES:
                self._rules = block
            elif tag == _LANGUAGE:
                self.language = block.decode("utf-8", "replace")
            elif tag == _DEPENDENCIES:
                raise QmFormatError("catalogues with dependencies are not supported")
            pos += length
        if not _valid_rules(self._rules):
            raise QmFormatError("the plural rules are damaged")
        # hash -> offsets of the messages filed under it, in file order (as the binary search
        # followed by "go back on equal key" visits them).
        self._offsets: dict[int, list[int]] = {}
        for index in range(len(hashes) // 8):
            key, offset = struct.unpack_from(">II", hashes, index * 8)
            self._offsets.setdefault(key, []).append(offset)

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(path.read_bytes())

    def plural_form(self, n: int) -> int:
        return numerus_form(self._rules, n)

    def lookup(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not self._offsets:
            return None
        context_bytes = context.encode("utf-8")
        if self._contexts and not self._has_context(context_bytes):
            return None
        source_bytes = source.encode("utf-8")
        comment = (disambiguation or "").encode("utf-8")
        numerus = self.plural_form(n) if n >= 0 else 0
        while True:
            for offset in self._offsets.get(elf_hash(source_bytes + comment), ()):
                found = self._message(offset, context_bytes, source_bytes, comment, numerus)
                if found is not None:
                    return found
            if not comment:
                return None
            comment = b""

    def _has_context(self, context: bytes) -> bool:
        table = self._contexts
        (size,) = struct.unpack_from(">H", table, 0)
        if size == 0:
            return False
        (slot,) = struct.unpack_from(">H", table, 2 + (elf_hash(context) % size) * 2)
        if slot == 0:
            return False
        pos = 2 + size * 2 + slot * 2
        while pos < len(table):
            length = table[pos]
            pos += 1
            if length == 0:
                return False
            if _same(table[pos : pos + length], context):
                return True
            pos += length
        return False

    def _message(
        self, offset: int, context: bytes, source: bytes, comment: bytes, numerus: int
    ) -> str | None:
        """QTranslator's getMessage: the `numerus`th translation if every kept field matches."""
        m = self._messages
        pos = offset
        found: bytes | None = None
        while True:
            tag = m[pos] if pos < len(m) else 0
            pos += 1
            if tag == _TAG_END:
                break
            if tag == _TAG_OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TAG_TRANSLATION, _TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT):
                return None
            (length,) = struct.unpack_from(">I", m, pos)
            pos += 4
            value = m[pos : pos + length]
            if tag == _TAG_TRANSLATION:
                if numerus == 0:
                    found = value
                numerus -= 1
            elif tag == _TAG_SOURCE_TEXT:
                if not _same(value, source):
                    return None
            elif tag == _TAG_CONTEXT:
                if not _same(value, context):
                    return None
            elif m[pos : pos + 1] != b"\0" and not _same(value, comment):
                # As in Qt: a field starting with NUL is not compared (an empty field is, and
                # matches only an empty disambiguation; the retry below supplies that).
                return None
            pos += length
        if found is None:
            return None
        return found.decode("utf-16-be")
