"""Vault benchmark: our API next to the bare sqlcipher3 floor for the same work, in one run.

    .venv/bin/python bench/vault_bench.py [--years 10] [--repeat 30] [--scale] [--v2-years 30]

Builds vaults from journal/dataset.py in a temporary folder with the real Argon2id
profile and measures, for each operation, the median of `--repeat` runs of:
- ours:  what the app and the command line call (`Vault.open`, `recent_checkins`, `search`,
         `stats`, `import_data`);
- floor: bare sqlcipher3 and nothing of journal/ (its profile's three numbers aside): Argon2id
         from argon2-cffi with the same costs, the same key and cipher pragmas, then SQL written
         plainly for each question and rows turned into plain tuples and dicts. Both sides must
         give the same answers (checked first). The ratio is what our layer costs, slow SQL and
         slow row mapping included; which side runs first alternates from one run to the next.
`--scale` also builds 1-year and 30-year vaults and compares the queries' medians between them.
The rows above use version 1 export files (`--format 1`), as they always have; the last row
imports a version 2 file of `--v2-years` (every kind of record, export format v2) against its own
floor: plain SQL inserting the same rows, built from the parsed JSON with the least code and no
checks (target: ours ≤ 1.2× the floor).
Not part of the test suite: timings belong here, not in unit tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import median_seconds  # noqa: E402
from journal import kdf, paths, schema  # noqa: E402
from journal.vault import Vault  # noqa: E402

# journal/dataset.py as a command, run from the checkout so it needs no install.
DATASET = [sys.executable, "-m", "journal.dataset"]
PASSPHRASE = "benchmark passphrase"
SEARCH_WORD = "lighthouse"  # a rare word: about 1 note in 100
COMMON_WORD = "sponsor"  # fills a whole page of 200 results at any size
END = "2026-11-21"
PERIOD = ("2026-10-25", "2026-11-21")


def make_dataset(folder: Path, days: int, version: int = 1) -> Path:
    out = folder / f"data-{days}-v{version}.json"
    subprocess.run(
        [*DATASET, "--days", str(days), "--end", END, "--format", str(version), "-o", str(out)],
        check=True, capture_output=True, cwd=ROOT,
    )
    return out


def build_vault(folder: Path, data: dict[str, Any]) -> Path:
    with Vault.create(folder, PASSPHRASE) as vault:
        vault.import_data(data)
        vault.make_recovery_key()  # as a journal is now: the unlock must not notice it
    return folder


# ---- the floor: bare sqlcipher3, plain SQL, plain rows ------------------------------------------
# Nothing here comes from journal/: the least any program must do to get the same answers from the
# same file (the key derived with the same Argon2id numbers, the same cipher settings, then SQL
# written for the question and rows turned into plain tuples and dicts). So a slow query or slow
# row mapping in our layer shows up in the ratio instead of being paid on both sides.

CIPHER_PRAGMAS = (  # SQLCipher 4's settings, as the vault states them on every connection
    "PRAGMA cipher_page_size = 4096", "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512", "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA cipher_plaintext_header_size = 0",
)


def floor_key(salt: bytes) -> bytes:
    """Argon2id with the default profile's numbers, straight from argon2-cffi."""
    profile = kdf.DEFAULT_PROFILE  # only its numbers: time, memory, lanes
    return hash_secret_raw(unicodedata.normalize("NFC", PASSPHRASE).encode(), salt, profile.time_cost,
                           profile.memory_kib, profile.parallelism, 32, Type.ID)


def floor_connect(path: Path) -> Any:
    """Derive the key, open, key and set the cipher; a first read proves the key."""
    with open(path, "rb") as handle:
        salt = handle.read(16)
    key = floor_key(salt)
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
    for pragma in CIPHER_PRAGMAS:
        connection.execute(pragma)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return connection


CHECKIN_COLUMNS = ("id", "at", "mood", "hope", "craving", "peer_contact", "tags", "note", "with_ids")


def floor_recent(connection: Any) -> list[dict[str, Any]]:
    rows = connection.execute(
        f"SELECT {', '.join(CHECKIN_COLUMNS)} FROM checkins ORDER BY at_utc DESC, seq DESC LIMIT 10"
    ).fetchall()
    found = []
    for row in rows:
        item = dict(zip(CHECKIN_COLUMNS, row, strict=True))
        item["tags"] = json.loads(item["tags"])
        item["with_ids"] = json.loads(item["with_ids"])
        item["peer_contact"] = bool(item["peer_contact"])
        found.append(item)
    return found


# One row of the Journal page per kind: its time, a title and the start of its text.
FLOOR_DESCRIBE = {
    "checkin": "SELECT id, at, mood, hope, craving, peer_contact, tags, substr(note, 1, 300) FROM checkins",
    "trigger": "SELECT id, at, category, intensity, outcome, substr(situation || ' — ' || response, 1, 300)"
               " FROM triggers",
    "gratitude": "SELECT id, date, items FROM gratitude",
    "agenda": "SELECT id, created, done, substr(text, 1, 300) FROM agenda",
}


def floor_title(kind: str, row: tuple[Any, ...]) -> tuple[str, str]:
    if kind == "checkin":
        _, _, mood, hope, craving, peer, tags, note = row
        title = f"Mood {mood} · Hope {hope}" + (f" · Craving {craving}" if craving is not None else "")
        title += " · time with someone in recovery" if peer else ""
        title += "".join(" · " + tag for tag in json.loads(tags))
        return title, note
    if kind == "trigger":
        _, _, category, intensity, outcome, text = row
        return f"Trigger · {category} · intensity {intensity} · {outcome}", text
    if kind == "gratitude":
        items = json.loads(row[2])
        return f"Grateful for {len(items)} things", " · ".join(items)[:300]
    return "To talk about" + (" (done)" if row[2] else ""), row[3]


def floor_search(connection: Any, word: str = SEARCH_WORD) -> list[tuple[str, ...]]:
    """The newest 200 matches (the word as a prefix), each with its time, title and text."""
    # The app's answer holds the words around each match (FTS5 snippet()), so the floor's does too.
    heads = connection.execute(
        "SELECT t.kind, t.record_id, t.day, snippet(search, 0, '[', ']', '…', 12)"
        " FROM search s JOIN timeline t ON t.ord = s.rowid"
        " WHERE s.search MATCH ? ORDER BY s.rowid DESC LIMIT 200",
        (f'"{word}"*',),
    ).fetchall()
    ids: dict[str, list[str]] = {}
    for kind, record_id, _day, _snippet in heads:
        ids.setdefault(kind, []).append(record_id)
    words: dict[tuple[str, str], tuple[str, str, str]] = {}
    for kind, wanted in ids.items():
        marks = ", ".join("?" for _ in wanted)
        for row in connection.execute(f"{FLOOR_DESCRIBE[kind]} WHERE id IN ({marks})", wanted):
            words[(kind, row[0])] = (row[1], *floor_title(kind, row))
    return [(kind, record_id, day, snippet, *words[(kind, record_id)])
            for kind, record_id, day, snippet in heads]


PREVIOUS = ("2026-09-27", "2026-10-24")  # the 28 days before PERIOD


def floor_stats(connection: Any) -> dict[str, Any]:
    """The 28-day figures the Trends page and the summary show, in plain SQL and plain Python."""
    start, end = PERIOD
    by_day = {day: rest for day, *rest in connection.execute(
        "SELECT day, avg(mood), avg(hope), avg(craving), count(*), max(peer_contact) FROM checkins"
        " WHERE day BETWEEN ? AND ? GROUP BY day", PERIOD)}
    averages = "SELECT count(*), avg(mood), avg(hope), avg(craving) FROM checkins WHERE day BETWEEN ? AND ?"
    current = connection.execute(averages, PERIOD).fetchone()
    previous = connection.execute(averages, PREVIOUS).fetchone()
    peer_days = [day for day, rest in by_day.items() if rest[4]]
    hope = {True: [], False: []}  # type: dict[bool, list[int]]
    for day, value in connection.execute("SELECT day, hope FROM checkins WHERE day BETWEEN ? AND ?", PERIOD):
        hope[day in peer_days].append(value)
    categories: dict[str, int] = {}
    outcomes: dict[str, int] = {}
    worked: dict[str, int] = {}
    intensities = []
    for category, outcome, intensity, response in connection.execute(
        "SELECT category, outcome, intensity, trim(response) FROM triggers WHERE day BETWEEN ? AND ?", PERIOD
    ):
        categories[category] = categories.get(category, 0) + 1
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        intensities.append(intensity)
        if outcome == "resisted" and response:
            worked[response] = worked.get(response, 0) + 1
    gratitude_lists = connection.execute(
        "SELECT count(*) FROM gratitude WHERE date BETWEEN ? AND ?", PERIOD).fetchone()[0]
    recent = connection.execute(
        "SELECT g.date, j.value FROM gratitude g, json_each(g.items) j WHERE g.date BETWEEN ? AND ?"
        " ORDER BY g.date DESC, g.seq DESC, j.key LIMIT 12", PERIOD).fetchall()
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    return {
        "current": current, "previous": previous, "series": [(day, by_day.get(day)) for day in days],
        "peer_days": len(peer_days),
        "hope_on_peer_days": sum(hope[True]) / len(hope[True]) if hope[True] else None,
        "hope_on_other_days": sum(hope[False]) / len(hope[False]) if hope[False] else None,
        "triggers": len(intensities),
        "intensity": sum(intensities) / len(intensities) if intensities else None,
        "categories": sorted(categories.items(), key=lambda item: -item[1]),
        "outcomes": outcomes, "responses": sorted(worked.items(), key=lambda item: (-item[1], item[0]))[:8],
        "gratitude_lists": gratitude_lists, "recent_gratitude": recent,
    }


def same_answers(vault: Vault, floor: Any) -> None:
    """Both sides answer the same questions the same way, or the ratio would compare two jobs."""
    assert [c.id for c in vault.recent_checkins(10)] == [r["id"] for r in floor_recent(floor)]
    for word in (SEARCH_WORD, COMMON_WORD):
        assert [e.id for e in vault.search(word)] == [r[1] for r in floor_search(floor, word)], word
    ours, bare = vault.stats(*PERIOD), floor_stats(floor)
    assert (ours.current.checkins, ours.current.hope, ours.previous.hope) == (
        bare["current"][0], bare["current"][2], bare["previous"][2])
    assert (ours.hope_on_peer_days, ours.triggers, list(ours.responses_that_worked)) == (
        bare["hope_on_peer_days"], bare["triggers"], bare["responses"])
    assert len(ours.recent_gratitude) == len(bare["recent_gratitude"])


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

    salt = os.urandom(16)
    key = floor_key(salt)
    folder.mkdir(parents=True)
    connection = sqlcipher3.connect(str(paths.vault_path(folder)), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
    for pragma in (*CIPHER_PRAGMAS, "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                   "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY"):
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


# ---- version 2: every kind of record ---------------------------------------------------------------


def _v2_rows(data: dict[str, Any]) -> list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    """(table, columns, rows) for every kind in a version 2 file: plain code, no checks."""
    def text(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    checkins = []
    for c in data["checkins"]:
        utc, day = _utc(c["at"])
        checkins.append((c["id"], c["at"], utc, day, c["mood"], c["hope"], c["craving"],
                         int(c["peer_contact"]), text(c["tags"]), c["note"], text(c["with"])))
    tables = [("checkins", ("id", "at", "at_utc", "day", "mood", "hope", "craving", "peer_contact", "tags",
                            "note", "with_ids"), checkins)]
    for section, table, columns in FLOOR_IMPORT_TABLES[1:]:
        tables.append((table, columns, [_floor_row(section, item) for item in data[section]]))
    goals, plans, capital = [], [], []
    for g in data["goals"]:
        goals.append((g["id"], g["created"], _utc(g["created"])[0], g["text"], g["why"], g["status"],
                      g["target"], text(g["steps"])))
    for p in data["plans"]:
        plans.append((p["id"], p["created"], _utc(p["created"])[0], p["if"], p["then"], p["category"]))
    for c in data["capital"]:
        utc, day = _utc(c["at"])
        capital.append((c["id"], c["at"], utc, day, text(c["answers"]), sum(c["answers"])))
    use = [(u["id"], u["date"], u["substance"], int(u["used"]), u["amount"]) for u in data["use"]]
    tables += [
        ("goals", ("id", "created", "created_utc", "text", "why", "status", "target", "steps"), goals),
        ("plans", ("id", "created", "created_utc", "if_part", "then_part", "category"), plans),
        ("capital", ("id", "at", "at_utc", "day", "answers", "score"), capital),
        ("use_records", ("id", "date", "substance", "used", "amount"), use),
    ]
    plan = data["safety_plan"]
    if plan is not None:
        lists = ("warning_signs", "coping", "distractions", "ask_for_help", "professionals",
                 "safer_surroundings", "reasons")
        tables.append(("safety_plan", ("id", "updated", *lists, "naloxone"),
                       [("safety-plan", plan["updated"], *(text(plan[n]) for n in lists),
                         text(plan["naloxone"]))]))
    return tables


def floor_import_v2(folder: Path, data: dict[str, Any]) -> None:
    """The same schema and pragmas; every table's rows inserted in one transaction, unchecked."""
    salt = os.urandom(16)
    key = floor_key(salt)
    folder.mkdir(parents=True)
    connection = sqlcipher3.connect(str(folder / "vault.db"), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
    for pragma in (*CIPHER_PRAGMAS, "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                   "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY"):
        connection.execute(pragma)
    connection.execute("BEGIN")
    schema.migrate(connection, 0)  # the tables both sides write into
    connection.execute("COMMIT")
    start = time.perf_counter()
    connection.execute("BEGIN")
    for table, columns, rows in _v2_rows(data):
        if rows:
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", rows
            )
    connection.execute("COMMIT")
    floor_import_v2.last = time.perf_counter() - start  # type: ignore[attr-defined]
    connection.close()


def ours_import(folder: Path, data: dict[str, Any]) -> None:
    with Vault.create(folder, PASSPHRASE) as vault:
        start = time.perf_counter()
        vault.import_data(data)
        ours_import.last = time.perf_counter() - start  # type: ignore[attr-defined]


# ---- measuring ----------------------------------------------------------------------------------


CLOCK = time.perf_counter  # main() sets time.process_time with --cpu


def paired(ours: Any, bare: Any, repeat: int) -> tuple[float, float]:
    """Medians of `repeat` runs of each, side by side; which side goes first alternates, so a
    warm cache or a burst of load favours neither."""
    ours_times: list[float] = []
    floor_times: list[float] = []
    for i in range(repeat):
        for side in ((ours, bare) if i % 2 == 0 else (bare, ours)):
            seconds = median_seconds(side, 1, CLOCK)
            (ours_times if side is ours else floor_times).append(seconds)
    return statistics.median(ours_times), statistics.median(floor_times)


def measure_queries(folder: Path, repeat: int) -> dict[str, tuple[float, float]]:
    path = paths.vault_path(folder)
    results: dict[str, tuple[float, float]] = {}

    def ours_unlock() -> None:
        Vault.open(folder, PASSPHRASE).close()

    def floor_unlock() -> None:
        floor_connect(path).close()

    results["unlock"] = paired(ours_unlock, floor_unlock, max(6, repeat // 4))
    vault = Vault.open(folder, PASSPHRASE)
    floor = floor_connect(path)
    try:
        same_answers(vault, floor)
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
            results[name] = paired(ours, bare, repeat)
    finally:
        vault.close()
        floor.close()
    return results


def measure_import(work: Path, data: dict[str, Any], repeat: int) -> tuple[float, float]:
    ours_times, floor_times = [], []
    for i in range(repeat):
        order = (("ours", ours_import), ("floor", floor_import))
        for name, run in order if i % 2 == 0 else order[::-1]:
            run(work / f"{name}-{i}", data)
        ours_times.append(ours_import.last)  # type: ignore[attr-defined]
        floor_times.append(floor_import.last)  # type: ignore[attr-defined]
    return statistics.median(ours_times), statistics.median(floor_times)


def measure_import_v2(work: Path, data: dict[str, Any], repeat: int) -> tuple[float, float]:
    ours_times, floor_times = [], []
    for i in range(repeat):
        ours_import(work / f"ours-v2-{i}", data)
        floor_import_v2(work / f"floor-v2-{i}", data)
        ours_times.append(ours_import.last)  # type: ignore[attr-defined]
        floor_times.append(floor_import_v2.last)  # type: ignore[attr-defined]
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
    parser.add_argument("--v2-years", type=int, default=30,
                        help="years of the version 2 file imported in the last row (0: skip it)")
    parser.add_argument("--cpu", action="store_true",
                        help="time this process's CPU instead of the wall clock (a shared machine)")
    args = parser.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time

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
        if args.v2_years:
            v2 = json.loads(make_dataset(work, args.v2_years * 365, version=2).read_text())
            sections = ("checkins", "triggers", "gratitude", "contacts", "agenda", "goals", "plans",
                        "capital", "use")
            records = sum(len(v2[s]) for s in sections)
            print(row(f"import of a {args.v2_years}-year v2 file ({records:,} records, validated)",
                      *measure_import_v2(work / "imports-v2", v2, args.import_repeat)))

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


if __name__ == "__main__":
    main()
