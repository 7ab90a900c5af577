"""Period figures, checked against a straightforward computation from the exported data."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from statistics import mean

import pytest

from journal import kdf
from journal.stats import RESPONSES_LIMIT, last_days, one_decimal, previous_period, signed_one_decimal
from journal.vault import Vault
from tests.conftest import PASSPHRASE, dataset_path


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("stats")
    data = json.loads(dataset_path(folder, 400).read_text())
    vault = Vault.create(folder / "j", PASSPHRASE, profile=kdf.TEST_PROFILE)
    vault.import_data(data)
    yield vault, data
    vault.close()


def _in(day: str, start: str, end: str) -> bool:
    return start <= day <= end


@pytest.mark.parametrize(("start", "end"), [("2026-10-25", "2026-11-21"), ("2026-11-15", "2026-11-21"),
                                              ("2025-12-01", "2026-02-28")])
def test_figures_match_an_independent_computation(filled, start: str, end: str) -> None:
    vault, data = filled
    stats = vault.stats(start, end)
    checkins = [c for c in data["checkins"] if _in(c["at"][:10], start, end)]
    assert stats.current.checkins == len(checkins)
    # Unanswered scales (None) are left out of each average, and counted as not answered.
    moods = [c["mood"] for c in checkins if c["mood"] is not None]
    hopes = [c["hope"] for c in checkins if c["hope"] is not None]
    assert len(moods) < len(checkins) or len(hopes) < len(checkins)  # the data has some
    assert (stats.current.mood_answers, stats.current.hope_answers) == (len(moods), len(hopes))
    assert one_decimal(stats.current.mood) == f"{mean(moods) + 1e-12:.1f}"
    assert one_decimal(stats.current.hope) == f"{mean(hopes) + 1e-12:.1f}"
    cravings = [c["craving"] for c in checkins if c["craving"] is not None]
    assert one_decimal(stats.current.craving) == f"{mean(cravings) + 1e-12:.1f}"

    p_start, p_end = previous_period(start, end)
    length = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    assert (dt.date.fromisoformat(p_end) - dt.date.fromisoformat(p_start)).days + 1 == length
    assert p_end == (dt.date.fromisoformat(start) - dt.timedelta(days=1)).isoformat()
    before = [c for c in data["checkins"] if _in(c["at"][:10], p_start, p_end)]
    expected_change = mean(hopes) - mean(c["hope"] for c in before if c["hope"] is not None)
    assert stats.change("hope") == pytest.approx(expected_change)

    peer_days = {c["at"][:10] for c in checkins if c["peer_contact"]}
    assert stats.peer_days == len(peer_days)
    on_peer_days = [c["hope"] for c in checkins if c["at"][:10] in peer_days and c["hope"] is not None]
    assert stats.hope_on_peer_days == pytest.approx(mean(on_peer_days))
    assert stats.hope_on_other_days == pytest.approx(
        mean(c["hope"] for c in checkins if c["at"][:10] not in peer_days and c["hope"] is not None)
    )

    triggers = [t for t in data["triggers"] if _in(t["at"][:10], start, end)]
    assert stats.triggers == len(triggers)
    assert dict(stats.trigger_categories) == Counter(t["category"] for t in triggers)
    assert dict(stats.outcomes) == {o: sum(t["outcome"] == o for t in triggers)
                                    for o in ("resisted", "partly", "used")}
    assert stats.trigger_intensity == pytest.approx(mean(t["intensity"] for t in triggers))
    worked = Counter(t["response"].strip() for t in triggers
                     if t["outcome"] == "resisted" and t["response"].strip())
    most_often = sorted(worked.items(), key=lambda item: (-item[1], item[0]))[:RESPONSES_LIMIT]
    assert list(stats.responses_that_worked) == most_often  # which responses, how often, in order

    assert len(stats.series) == length
    assert sum(p.checkins for p in stats.series) == len(checkins)
    newest_list = max((g for g in data["gratitude"] if _in(g["date"], start, end)), key=lambda g: g["date"])
    assert stats.recent_gratitude[0] == (newest_list["date"], newest_list["items"][0])


def test_an_empty_period_has_no_figures_rather_than_zeros(vault: Vault) -> None:
    stats = vault.stats(*last_days(28, dt.date(2026, 11, 22)))
    assert stats.current.checkins == 0 and stats.current.hope is None
    assert stats.change("hope") is None and stats.triggers == 0
    assert one_decimal(stats.current.mood) == "–"
    assert len(stats.series) == 28 and stats.series[-1].day == "2026-11-22"


def test_rounding_is_to_one_decimal_half_up() -> None:
    assert one_decimal(6.25) == "6.3" and one_decimal(6.349) == "6.3" and one_decimal(7.0) == "7.0"
    assert signed_one_decimal(0.44) == "+0.4" and signed_one_decimal(-1.05) == "-1.1"
    assert signed_one_decimal(0.01) == "no change"


def test_days_follow_the_local_date_the_entry_was_written(vault: Vault) -> None:
    from journal.records import CheckIn

    # 00:30 in London summer time is still the previous day in UTC: it belongs to the local day.
    vault.save(CheckIn(mood=4, hope=8, at="2026-07-02T00:30:00+01:00"))
    assert vault.stats("2026-07-02", "2026-07-02").current.checkins == 1
    assert vault.stats("2026-07-01", "2026-07-01").current.checkins == 0


def test_period_helpers(tmp_path: Path) -> None:
    assert last_days(7, dt.date(2026, 11, 22)) == ("2026-11-16", "2026-11-22")
    assert previous_period("2026-11-16", "2026-11-22") == ("2026-11-09", "2026-11-15")
