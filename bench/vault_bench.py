"""Vault benchmark: our API next to the bare sqlcipher3 floor for the same work, in one run.

    .venv/bin/python bench/vault_bench.py [--years 10] [--repeat 30] [--scale]

Builds vaults from journal/dataset.py in a temporary folder with the real Argon2id
profile and measures, for each operation, the median of `--repeat` runs of:
- ours:  what the app and the command line call (`Vault.open`, `recent_checkins`, `search`,
         `stats`, `import_data`);
- floor: bare sqlcipher3 doing the same work: the same key derivation and key pragma, the same
         SQL statements on the same schema, turned into the same result objects by the same
         row-mapping functions, but with no Vault layer around them (no lock, error mapping,
         query building, HMAC pre-check, paging or validation). The ratio is what our layer costs.
`--scale` also builds 1-year and 30-year vaults and compares the queries' medians between them.
Not part of the test suite: timings belong here, not in unit tests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import median_seconds  # noqa: E402
from journal import cipher, kdf, paths, schema  # noqa: E402
from journal.cipher import check_passphrase_on_file  # noqa: E402
from journal.vault import Vault, fts_query  # noqa: E402

# journal/dataset.py as a command, run from the checkout so it needs no install.
DATASET = [sys.executable, "-m", "journal.dataset"]
PASSPHRASE = "benchmark passphrase"
SEARCH_WORD = "lighthouse"  # a rare word: about 1 note in 100
COMMON_WORD = "sponsor"  # fills a whole page of 200 results at any size
END = "2026-11-21"
PERIOD = ("2026-10-25", "2026-11-21")


def make_dataset(folder: Path, days: int) -> Path:
    out = folder / f"data-{days}.json"
    subprocess.run(
        [*DATASET, "--days", str(days), "--end", END, "-o", str(out)],
        check=True, capture_output=True, cwd=ROOT,
    )
    return out


def build_vault(folder: Path, data: dict[str, Any]) -> Path:
    with Vault.create(folder, PASSPHRASE) as vault:
        vault.import_data(data)
        vault.make_recovery_key()  # as a journal is now: the unlock must not notice it
    return folder


# ---- the floor: bare sqlcipher3 --------------------------------------------------------------


def floor_connect(path: Path) -> Any:
    """Same KDF and key pragma as the vault, nothing else."""
    with open(path, "rb") as handle:
        salt = handle.read(16)
    key = kdf.derive_key(PASSPHRASE, salt)
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return connection


def floor_recent(connection: Any) -> list[Any]:
    from journal.vault.rows import row_to_record

    rows = connection.execute(
        "SELECT id, at, mood, hope, craving, peer_contact, tags, note FROM checkins"
        " ORDER BY at_utc DESC, seq DESC LIMIT 10"
    ).fetchall()
    return [row_to_record("checkin", row) for row in rows]


def floor_search(connection: Any, word: str = SEARCH_WORD) -> list[Any]:
    from journal.vault.timeline import describe

    heads = connection.execute(
        "SELECT t.kind, t.record_id, t.ord, t.day FROM search s JOIN timeline t ON t.ord = s.rowid"
        " WHERE s.search MATCH ? AND t.kind IN ('agenda', 'checkin', 'gratitude', 'trigger')"
        " ORDER BY s.rowid DESC LIMIT 200",
        (fts_query(word),),
    ).fetchall()
    return describe(connection, heads)


def floor_stats(connection: Any) -> Any:
    """The same statements and arithmetic as Vault.stats, straight on the bare connection."""
    from journal.stats import compute_period_stats
    from journal.vault.queries import period_rows

    return compute_period_stats(period_rows(connection, *PERIOD))


FLOOR_IMPORT_TABLES = (
    ("checkins", "checkins",
     ("id", "at", "at_utc", "day", "mood", "hope", "craving", "peer_contact", "tags", "note")),
    ("triggers", "triggers",
     ("id", "at", "at_utc", "day", "situation", "category", "intensity", "response", "outcome", "note")),
    ("gratitude", "gratitude", ("id", "date", "items")),
    ("contacts", "contacts", ("id", "name", "role", "phone", "email", "notes", "support", "crisis")),
    ("agenda", "agenda", ("id", "created", "created_utc", "text", "done")),
)


def _utc(text: str) -> tuple[str, str]:
    import datetime as dt

    moment = dt.datetime.fromisoformat(text)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), text[:10]


def _floor_row(section: str, item: dict[str, Any]) -> tuple[Any, ...]:
    """The least code that turns an export record into a row: no checks at all."""
    if section == "checkins":
        utc, day = _utc(item["at"])
        return (item["id"], item["at"], utc, day, item["mood"], item["hope"], item["craving"],
                int(item["peer_contact"]), json.dumps(item["tags"], ensure_ascii=False), item["note"])
    if section == "triggers":
        utc, day = _utc(item["at"])
        return (item["id"], item["at"], utc, day, item["situation"], item["category"],
                item["intensity"], item["response"], item["outcome"], item["note"])
    if section == "gratitude":
        return (item["id"], item["date"], json.dumps(item["items"], ensure_ascii=False))
    if section == "contacts":
        return (item["id"], item["name"], item["role"], item["phone"], item["email"], item["notes"],
                json.dumps(item["support"], ensure_ascii=False), int(item["crisis"]))
    utc, _ = _utc(item["created"])
    return (item["id"], item["created"], utc, item["text"], int(item["done"]))


def floor_import(folder: Path, data: dict[str, Any]) -> None:
    """Same schema and pragmas; rows straight from the parsed JSON in one transaction, unchecked."""

    salt = kdf.new_salt()
    key = kdf.derive_key(PASSPHRASE, salt)
    folder.mkdir(parents=True)
    connection = sqlcipher3.connect(str(paths.vault_path(folder)), isolation_level=None)
    connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
    for pragma in ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
                   "PRAGMA temp_store = MEMORY"):
        connection.execute(pragma)
    connection.execute("BEGIN")
    schema.migrate(connection, 0)
    connection.execute("COMMIT")
    start = time.perf_counter()
    connection.execute("BEGIN")
    for section, table, columns in FLOOR_IMPORT_TABLES:
        rows = [_floor_row(section, item) for item in data[section]]
        if rows:
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                rows,
            )
    connection.execute("COMMIT")
    floor_import.last = time.perf_counter() - start  # type: ignore[attr-defined]
    connection.close()


def ours_import(folder: Path, data: dict[str, Any]) -> None:
    with Vault.create(folder, PASSPHRASE) as vault:
        start = time.perf_counter()
        vault.import_data(data)
        ours_import.last = time.perf_counter() - start  # type: ignore[attr-defined]


# ---- measuring ----------------------------------------------------------------------------------


def measure_queries(folder: Path, repeat: int) -> dict[str, tuple[float, float]]:
    path = paths.vault_path(folder)
    results: dict[str, tuple[float, float]] = {}

    def ours_unlock() -> None:
        Vault.open(folder, PASSPHRASE).close()

    def floor_unlock() -> None:
        floor_connect(path).close()

    unlock_repeat = max(5, repeat // 4)
    ours_times, floor_times = [], []
    for _ in range(unlock_repeat):  # interleaved, so both see the same machine load
        ours_times.append(median_seconds(ours_unlock, 1))
        floor_times.append(median_seconds(floor_unlock, 1))
    results["unlock"] = (statistics.median(ours_times), statistics.median(floor_times))
    vault = Vault.open(folder, PASSPHRASE)
    floor = floor_connect(path)
    try:
        for name, ours, bare in (
            ("last 10 check-ins", lambda: vault.recent_checkins(10), lambda: floor_recent(floor)),
            (f"search '{SEARCH_WORD}' (rare word)", lambda: vault.search(SEARCH_WORD),
             lambda: floor_search(floor)),
            (f"search '{COMMON_WORD}' (a full page of 200)", lambda: vault.search(COMMON_WORD),
             lambda: floor_search(floor, COMMON_WORD)),
            ("28-day stats", lambda: vault.stats(*PERIOD), lambda: floor_stats(floor)),
        ):
            ours()
            bare()  # warm both caches alike
            # Interleave so both see the same machine state.
            ours_times, floor_times = [], []
            for _ in range(repeat):
                ours_times.append(median_seconds(ours, 1))
                floor_times.append(median_seconds(bare, 1))
            results[name] = (statistics.median(ours_times), statistics.median(floor_times))
    finally:
        vault.close()
        floor.close()
    return results


def measure_import(work: Path, data: dict[str, Any], repeat: int) -> tuple[float, float]:
    ours_times, floor_times = [], []
    for i in range(repeat):
        ours_import(work / f"ours-{i}", data)
        floor_import(work / f"floor-{i}", data)
        ours_times.append(ours_import.last)  # type: ignore[attr-defined]
        floor_times.append(floor_import.last)  # type: ignore[attr-defined]
    return statistics.median(ours_times), statistics.median(floor_times)


def row(name: str, ours: float, floor: float) -> str:
    ratio = ours / floor if floor else float("nan")
    return f"| {name} | {ours * 1000:.2f} ms | {floor * 1000:.2f} ms | {ratio:.2f}× |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--import-repeat", type=int, default=3)
    parser.add_argument("--scale", action="store_true", help="also compare 1-year and 30-year vaults")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rj-bench-") as temp:
        work = Path(temp)
        data = json.loads(make_dataset(work, args.years * 365).read_text())
        folder = build_vault(work / "main", data)
        size_mb = paths.vault_path(folder).stat().st_size / 1e6
        print(f"{args.years}-year vault: {len(data['checkins']):,} check-ins, "
              f"{len(data['triggers']):,} triggers, {len(data['gratitude']):,} gratitude lists, "
              f"{size_mb:.1f} MB; KDF profile {kdf.DEFAULT_PROFILE.name}\n")
        print("| operation | ours | bare sqlcipher3 floor | ratio |")
        print("|---|---|---|---|")
        for name, (ours, floor) in measure_queries(folder, args.repeat).items():
            print(row(name, ours, floor))
        print(row("import (whole file)", *measure_import(work / "imports", data, args.import_repeat)))

        if args.scale:
            print("\n| query | 1 year | 30 years | 30y / 1y |")
            print("|---|---|---|---|")
            one_year = build_vault(work / "y1", json.loads(make_dataset(work, 365).read_text()))
            thirty_years = build_vault(work / "y30", json.loads(make_dataset(work, 30 * 365).read_text()))
            small = measure_queries(one_year, args.repeat)
            large = measure_queries(thirty_years, args.repeat)
            for name in small:
                if name == "unlock":
                    continue
                one, thirty = small[name][0], large[name][0]
                print(f"| {name} | {one * 1000:.2f} ms | {thirty * 1000:.2f} ms | {thirty / one:.2f}× |")
            for word in (SEARCH_WORD, COMMON_WORD):
                found = []
                for folder in (one_year, thirty_years):
                    with Vault.open(folder, PASSPHRASE) as vault:
                        found.append(len(vault.search(word)))
                print(f"\nresults for '{word}': {found[0]} at 1 year, {found[1]} at 30 years")
    _ = check_passphrase_on_file  # the unlock path measured above starts with this check


if __name__ == "__main__":
    main()
