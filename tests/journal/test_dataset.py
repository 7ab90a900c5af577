"""The made-up journal the other tests and the benchmarks stand on: stable, importable, lifelike."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from statistics import mean
from zoneinfo import ZoneInfo

import pytest

from journal import dataset, exchange
from journal.vault import Vault

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ten_years() -> dict:
    return dataset.generate(3650, end="2026-11-21")


def daily_means(data: dict, scale: str) -> dict[str, float]:
    by_day: dict[str, list[int]] = defaultdict(list)
    for checkin in data["checkins"]:
        if checkin[scale] is not None:
            by_day[checkin["at"][:10]].append(checkin[scale])
    return {day: mean(values) for day, values in sorted(by_day.items())}


def test_the_same_arguments_write_the_same_bytes(tmp_path: Path) -> None:
    def run(seed: str, name: str) -> bytes:
        out = tmp_path / name
        subprocess.run(
            [sys.executable, "-m", "journal.dataset", "--days", "90", "--seed", seed,
             "--end", "2026-03-31", "-o", str(out)],
            check=True, capture_output=True, cwd=REPO,
        )
        return out.read_bytes()

    first = run("7", "a.json")
    assert run("7", "b.json") == first
    assert run("8", "c.json") != first
    assert first == exchange.dumps(dataset.generate(90, seed=7, end="2026-03-31")).encode()


def test_the_file_imports_and_exports_back_unchanged(vault: Vault) -> None:
    data = json.loads(exchange.dumps(dataset.generate(120, end="2026-11-21")))
    report = vault.import_data(data)
    assert report.total_added == exchange.count_records(data)
    assert vault.export_data(exported_at=data["exported_at"]) == data


def test_each_day_holds_what_a_day_of_journaling_would(ten_years: dict) -> None:
    per_day = Counter(c["at"][:10] for c in ten_years["checkins"])
    assert len(per_day) == 3650 and set(per_day.values()) == {1, 2, 3}
    assert [g["date"] for g in ten_years["gratitude"]] == sorted(per_day)
    assert all(1 <= len(g["items"]) <= 5 for g in ten_years["gratitude"])
    trigger_days = {t["at"][:10] for t in ten_years["triggers"]}
    assert 0.4 < len(trigger_days) / 3650 < 0.6  # about every other day
    outcomes = Counter(t["outcome"] for t in ten_years["triggers"])
    assert outcomes.most_common(1)[0][0] == "resisted" and set(outcomes) == {"resisted", "partly", "used"}
    assert len({t["response"] for t in ten_years["triggers"]}) > 5
    assert Counter(len(c["tags"]) for c in ten_years["checkins"]).keys() == {0, 1, 2, 3}
    assert any(c["craving"] is None for c in ten_years["checkins"])


def test_contacts_and_agenda(ten_years: dict) -> None:
    contacts = ten_years["contacts"]
    groups = [c for c in contacts if c["role"] == "group"]
    assert len(contacts) == dataset.CONTACT_COUNT + len(groups) and len(groups) >= 3
    assert all(c["notes"] for c in groups)  # when and where the group meets
    assert [c["role"] for c in contacts[:2]] == ["sponsor", "keyworker"]
    assert len({c["role"] for c in contacts}) >= 6 and any(c["crisis"] for c in contacts)
    people = [c for c in contacts if c["role"] != "group"]
    assert all(c["email"].isascii() and c["phone"].startswith("07700 900") for c in people)
    agenda = ten_years["agenda"]
    assert 3 <= len(agenda) <= 8
    assert any(a["done"] for a in agenda) and any(not a["done"] for a in agenda)
    assert all(a["created"][:10] <= "2026-11-21" for a in agenda)


def test_times_carry_the_uk_offset_of_their_date(ten_years: dict) -> None:
    london = ZoneInfo("Europe/London")
    offsets = Counter()
    for checkin in ten_years["checkins"]:
        moment = dt.datetime.fromisoformat(checkin["at"])
        assert moment.utcoffset() == moment.astimezone(london).utcoffset(), checkin["at"]
        offsets[moment.utcoffset()] += 1
    assert set(offsets) == {dt.timedelta(0), dt.timedelta(hours=1)}
    for day in (dt.date(1996, 3, 31) + dt.timedelta(days=n) for n in range(40 * 365)):
        at_six = dt.datetime.combine(day, dt.time(6), london)
        assert dataset.uk_offset(day) == at_six.utcoffset(), day


@pytest.mark.parametrize("scale", ["mood", "hope"])
def test_mood_and_hope_walk_slowly_and_rise_over_the_years(ten_years: dict, scale: str) -> None:
    levels = list(daily_means(ten_years, scale).values())
    day_to_day = mean(abs(b - a) for a, b in itertools.pairwise(levels))
    across = mean(abs(b - a) for a, b in zip(levels, levels[365:], strict=False))
    assert across > 1.25 * day_to_day  # a walk: neighbouring days are alike, a year apart less so
    assert mean(levels[-365:]) > mean(levels[:365]) + 1


def test_hope_is_higher_on_peer_days_and_those_grow_more_common(ten_years: dict) -> None:
    answered = [c for c in ten_years["checkins"] if c["hope"] is not None]
    peer = [c["hope"] for c in answered if c["peer_contact"]]
    other = [c["hope"] for c in answered if not c["peer_contact"]]
    assert mean(peer) > mean(other) + 0.3
    checkins = ten_years["checkins"]
    first, last = (mean(c["peer_contact"] for c in part) for part in (checkins[:700], checkins[-700:]))
    assert last > first  # more time with people in recovery as the years go on


def test_notes_read_like_notes(ten_years: dict) -> None:
    notes = [c["note"] for c in ten_years["checkins"]]
    lengths = [len(note.split()) for note in notes]
    assert min(lengths) >= 10 and 40 < mean(lengths) < 200
    assert sum(n > 300 for n in lengths) > 20  # a few long ones, in paragraphs
    assert any("\n\n" in note for note in notes)
    assert any(not note.isascii() for note in notes)
    assert any(not c["name"].isascii() for c in ten_years["contacts"])
    rare = sum("lighthouse" in note for note in notes) / len(notes)
    assert 0.002 < rare < 0.03  # a rare word to search for
    assert sum("sponsor" in note for note in notes) > 200  # and a common one
    assert all(t["situation"] for t in ten_years["triggers"])


def test_end_today_and_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dataset.main(["--days", "2", "--end", "today"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["gratitude"][-1]["date"] == dt.date.today().isoformat()
    for bad in (["--days", "0"], ["--end", "yesterday"]):
        with pytest.raises(SystemExit) as stopped:
            dataset.main(bad)
        assert stopped.value.code == 2
