"""Argon2id written out from RFC 9106 in plain Python, for the key-derivation tests only.

The key derivation calls argon2-cffi (the reference C code). A test that compares it with itself
proves nothing, so the tests compare it with this separate implementation, which they first check
against the RFC's own test vector. Slow (pure Python): fine for the few hundred kibibytes the tests
use, never for a real profile.
"""

from __future__ import annotations

import hashlib
import struct

VERSION = 0x13
ARGON2ID = 2
BLOCK_WORDS = 128  # a block is 1 KiB: 128 words of 64 bits
SYNC_POINTS = 4
MASK = (1 << 64) - 1


def _le32(value: int) -> bytes:
    return struct.pack("<I", value)


def _blake2b(data: bytes, size: int = 64) -> bytes:
    return hashlib.blake2b(data, digest_size=size).digest()


def long_hash(data: bytes, size: int) -> bytes:
    """H' (RFC 9106, 3.3): a hash of any length built from BLAKE2b."""
    if size <= 64:
        return _blake2b(_le32(size) + data, size)
    rounds = -(-size // 32) - 2
    block = _blake2b(_le32(size) + data)
    out = block[:32]
    for _ in range(rounds - 1):
        block = _blake2b(block)
        out += block[:32]
    return out + _blake2b(block, size - 32 * rounds)


def _mix(v: list[int], a: int, b: int, c: int, d: int) -> None:
    """GB (RFC 9106, 3.6): BLAKE2b's G with the multiplications that make Argon2 memory-hard."""
    def rotr(x: int, n: int) -> int:
        return ((x >> n) | (x << (64 - n))) & MASK

    v[a] = (v[a] + v[b] + 2 * (v[a] & 0xFFFFFFFF) * (v[b] & 0xFFFFFFFF)) & MASK
    v[d] = rotr(v[d] ^ v[a], 32)
    v[c] = (v[c] + v[d] + 2 * (v[c] & 0xFFFFFFFF) * (v[d] & 0xFFFFFFFF)) & MASK
    v[b] = rotr(v[b] ^ v[c], 24)
    v[a] = (v[a] + v[b] + 2 * (v[a] & 0xFFFFFFFF) * (v[b] & 0xFFFFFFFF)) & MASK
    v[d] = rotr(v[d] ^ v[a], 16)
    v[c] = (v[c] + v[d] + 2 * (v[c] & 0xFFFFFFFF) * (v[d] & 0xFFFFFFFF)) & MASK
    v[b] = rotr(v[b] ^ v[c], 63)


def _round(v: list[int], i: list[int]) -> None:
    """P on 16 words (given by their positions in the block)."""
    for a, b, c, d in ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                       (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)):
        _mix(v, i[a], i[b], i[c], i[d])


def compress(x: list[int], y: list[int]) -> list[int]:
    """G (RFC 9106, 3.5): P over the rows, then the columns, of X xor Y, xor X xor Y."""
    r = [p ^ q for p, q in zip(x, y, strict=True)]
    z = list(r)
    for row in range(8):
        _round(z, list(range(16 * row, 16 * row + 16)))
    for column in range(8):
        _round(z, [2 * column + 16 * k + half for k in range(8) for half in (0, 1)])
    return [p ^ q for p, q in zip(z, r, strict=True)]


def _words(data: bytes) -> list[int]:
    return list(struct.unpack(f"<{BLOCK_WORDS}Q", data))


def argon2id(password: bytes, salt: bytes, time_cost: int, memory_kib: int, lanes: int, size: int,
             secret: bytes = b"", associated: bytes = b"") -> bytes:
    """The Argon2id tag (version 0x13) of RFC 9106, section 3."""
    h0 = _blake2b(b"".join((
        _le32(lanes), _le32(size), _le32(memory_kib), _le32(time_cost), _le32(VERSION),
        _le32(ARGON2ID), _le32(len(password)), password, _le32(len(salt)), salt,
        _le32(len(secret)), secret, _le32(len(associated)), associated,
    )))
    blocks = 4 * lanes * (memory_kib // (4 * lanes))
    lane_length = blocks // lanes
    segment = lane_length // SYNC_POINTS
    memory = [[[0] * BLOCK_WORDS for _ in range(lane_length)] for _ in range(lanes)]
    for lane in range(lanes):
        for first in (0, 1):
            memory[lane][first] = _words(long_hash(h0 + _le32(first) + _le32(lane), 1024))
    zero = [0] * BLOCK_WORDS
    for pass_number in range(time_cost):
        for slice_number in range(SYNC_POINTS):
            independent = pass_number == 0 and slice_number < 2  # Argon2id: Argon2i first
            for lane in range(lanes):
                addresses: list[int] = []
                counter = 0
                start = 2 if pass_number == 0 and slice_number == 0 else 0
                for index in range(start, segment):
                    if independent:
                        if not addresses or (index % BLOCK_WORDS == 0 and index != start):
                            counter += 1
                            z = [pass_number, lane, slice_number, blocks, time_cost, ARGON2ID, counter]
                            addresses = compress(zero, compress(zero, z + [0] * (BLOCK_WORDS - 7)))
                        pseudo = addresses[index % BLOCK_WORDS]
                    position = slice_number * segment + index
                    previous = memory[lane][(position - 1) % lane_length]
                    if not independent:
                        pseudo = previous[0]
                    j1, j2 = pseudo & 0xFFFFFFFF, pseudo >> 32
                    ref_lane = lane if pass_number == 0 and slice_number == 0 else j2 % lanes
                    same = ref_lane == lane
                    # How many blocks may be referenced (RFC 9106, 3.4.2).
                    done = slice_number * segment if pass_number == 0 else lane_length - segment
                    area = done + index - 1 if same else done - (index == 0)
                    relative = area - 1 - ((area * ((j1 * j1) >> 32)) >> 32)
                    first_position = 0 if pass_number == 0 or slice_number == SYNC_POINTS - 1 else (
                        (slice_number + 1) * segment)
                    reference = memory[ref_lane][(first_position + relative) % lane_length]
                    new = compress(previous, reference)
                    if pass_number > 0:
                        new = [p ^ q for p, q in zip(memory[lane][position], new, strict=True)]
                    memory[lane][position] = new
    final = memory[0][-1]
    for lane in range(1, lanes):
        final = [p ^ q for p, q in zip(final, memory[lane][-1], strict=True)]
    return long_hash(struct.pack(f"<{BLOCK_WORDS}Q", *final), size)
