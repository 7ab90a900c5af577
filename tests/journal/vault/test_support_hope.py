"""Hope on days with each kind of support: the figure Trends draws to show the person that hope
grows on the days they meet people in recovery."""

from __future__ import annotations

from journal.records import CheckIn, Contact
from journal.vault import Vault


def at(day: str, hour: int = 9) -> str:
    return f"2026-11-{day}T{hour:02d}:00:00+00:00"


def test_hope_by_support_counts_days_and_averages_every_checkin_on_them(vault: Vault) -> None:
    sam = vault.save(Contact(name="Sam", role="sponsor", support=("emotional", "practical")))
    na = vault.save(Contact(name="NA Tuesday", role="group", support=("company",)))
    gone = vault.save(Contact(name="Old friend", role="friend", support=("information",)))
    vault.save(CheckIn(hope=8, peer_contact=True, with_ids=(sam.id,), at=at("02")))
    vault.save(CheckIn(hope=6, at=at("02", 20)))  # same day: counts towards that day's hope
    vault.save(CheckIn(hope=9, peer_contact=True, with_ids=(sam.id, na.id), at=at("03")))
    vault.save(CheckIn(mood=4, peer_contact=True, with_ids=(na.id,), at=at("04")))  # hope unanswered
    vault.save(CheckIn(hope=3, at=at("05")))  # no one named: in no kind
    vault.save(CheckIn(hope=5, peer_contact=True, with_ids=(gone.id,), at=at("06")))
    vault.delete("contact", gone.id)

    found = {row.kind: row for row in vault.hope_by_support("2026-11-01", "2026-11-30")}

    assert list(found) == ["emotional", "practical", "company", "group"]
    assert found["emotional"].days == 2 and found["emotional"].hope == (8 + 6 + 9) / 3
    assert found["practical"] == found["emotional"].__class__("practical", 2, (8 + 6 + 9) / 3)
    assert found["company"].days == 2 and found["company"].hope == 9  # the 4th answered no hope
    assert found["group"].days == 2 and found["group"].hope == 9
    assert vault.hope_by_support("2026-11-04", "2026-11-05") == [
        found["company"].__class__("company", 1, None),
        found["company"].__class__("group", 1, None),
    ]
