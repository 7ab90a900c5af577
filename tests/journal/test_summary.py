"""The summary's content: every figure checked against a plain, independent computation.

The expected figures are worked out here straight from the export file (Fractions, no SQL, no
`journal.stats`), so a mistake in the queries or in rounding cannot hide behind itself.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from journal.records import AgendaItem, CheckIn, Contact, Trigger
from journal.summary import SECTION_KEYS, SummaryOptions, build_summary, period_text
from journal.vault import Vault
from tests.conftest import filled_vault

END = dt.date(2026, 11, 21)


# ---- the independent computation ------------------------------------------------------------


def one_decimal(value: Fraction | None) -> str:
    if value is None:
        return "–"
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def signed(value: Fraction | None) -> str:
    if value is None:
        return "–"
    text = one_decimal(value)
    if text in ("0.0", "-0.0"):
        return "no change"
    return "−" + text[1:] if text.startswith("-") else "+" + text


def mean(values: list[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


def days_back(end: str, count: int) -> tuple[str, str]:
    last = dt.date.fromisoformat(end)
    return (last - dt.timedelta(days=count - 1)).isoformat(), last.isoformat()


def expected_figures(data: dict[str, Any], start: str, end: str) -> dict[str, Any]:
    """What the page must say, from the export alone. A check-in's day is the date in its `at`."""
    length = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    before_start, before_end = days_back(
        (dt.date.fromisoformat(start) - dt.timedelta(days=1)).isoformat(), length
    )

    def checkins(a: str, b: str) -> list[dict[str, Any]]:
        return [c for c in data["checkins"] if a <= c["at"][:10] <= b]

    now, before = checkins(start, end), checkins(before_start, before_end)
    out: dict[str, Any] = {"checkins": len(now), "days": len({c["at"][:10] for c in now})}
    for key in ("hope", "mood", "craving"):
        current = mean([c[key] for c in now if c[key] is not None])
        previous = mean([c[key] for c in before if c[key] is not None])
        out[key] = one_decimal(current)
        out[key + "_before"] = one_decimal(previous)
        # the change printed is the printed average minus the printed before (issue 11), so a
        # reader's own subtraction always agrees with the page
        out[key + "_change"] = (
            "–" if current is None or previous is None
            else signed(Fraction(Decimal(out[key]) - Decimal(out[key + "_before"])))
        )
    peer_days = {c["at"][:10] for c in now if c["peer_contact"]}
    out["peer_days"] = len(peer_days)
    hopes = [c for c in now if c["hope"] is not None]
    out["hope_peer"] = one_decimal(mean([c["hope"] for c in hopes if c["at"][:10] in peer_days]))
    out["hope_other"] = one_decimal(
        mean([c["hope"] for c in hopes if c["at"][:10] not in peer_days])
    )
    triggers = [t for t in data["triggers"] if start <= t["at"][:10] <= end]
    out["triggers"] = len(triggers)
    out["intensity"] = one_decimal(mean([t["intensity"] for t in triggers]))
    order = ["people", "places", "feelings", "things", "times", "other"]
    categories = Counter(t["category"] for t in triggers)
    out["categories"] = sorted(
        ((c.capitalize(), n) for c, n in categories.items()),
        key=lambda item: (-item[1], order.index(item[0].lower())),
    )
    outcomes = Counter(t["outcome"] for t in triggers)
    words = {"resisted": "Got through it", "partly": "Partly", "used": "Used"}
    out["outcomes"] = [(words[o], outcomes.get(o, 0)) for o in ("resisted", "partly", "used")]
    worked = Counter(
        t["response"].strip()
        for t in triggers
        if t["outcome"] == "resisted" and t["response"].strip()
    )
    out["worked"] = sorted(worked.items(), key=lambda item: (-item[1], item[0]))
    lists = [g for g in data["gratitude"] if start <= g["date"] <= end]
    out["gratitude_lists"] = len(lists)
    roles = Counter(c["role"] for c in data["contacts"])
    out["roles"] = dict(roles)
    out["contacts"] = len(data["contacts"])
    out["agenda"] = [
        a["text"]
        for a in sorted(data["agenda"], key=lambda a: dt.datetime.fromisoformat(a["created"]))
        if not a["done"]
    ]
    return out


# ---- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, Any]]]:
    """A ten-year journal, built once for the module (importing it takes about a second)."""
    vault, data = filled_vault(
        tmp_path_factory.mktemp("ten-years"), 3650, name="Sam Example", keyworker="Jo Keyworker"
    )
    yield vault, data
    vault.close()


# ---- tests --------------------------------------------------------------------------------------


def test_journal_summary_does_not_import_qt() -> None:
    source = Path(__file__).resolve().parents[2] / "journal" / "summary.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in getattr(node, "names", [])
    ]
    assert not [n for n in names if n and ("PySide" in n or "Qt" in n)]


def test_default_period_is_the_last_28_days(vault: Vault) -> None:
    content = build_summary(vault, SummaryOptions(), today=END)
    assert (content.start_day, content.end_day) == ("2026-10-25", "2026-11-21")
    assert content.header.period_text == "25 October – 21 November 2026 (28 days)"
    assert content.header.printed_text == "21 November 2026"
    assert content.header.shared_text == "Shared by choice"
    assert content.page == "a4"
    days7 = build_summary(vault, SummaryOptions(days=7), today=END)
    assert (days7.start_day, days7.end_day) == ("2026-11-15", "2026-11-21")


@pytest.mark.parametrize(
    ("start", "end"),
    [("2026-10-25", "2026-11-21"), ("2026-11-15", "2026-11-21"), ("2025-12-30", "2026-01-05"),
     ("2016-11-24", "2026-11-21")],
)
def test_every_figure_matches_an_independent_computation(
    ten_years: tuple[Vault, dict[str, Any]], start: str, end: str
) -> None:
    vault, data = ten_years
    want = expected_figures(data, start, end)
    content = build_summary(vault, SummaryOptions(start_day=start, end_day=end), today=END)
    scores, connection, triggers = content.scores, content.connection, content.triggers
    assert scores is not None and connection is not None and triggers is not None
    assert scores.checkins == want["checkins"]
    assert scores.days_with_checkins == want["days"]
    for measure in scores.measures:
        assert measure.average == want[measure.key], measure.key
        assert measure.previous == want[measure.key + "_before"], measure.key
        assert measure.change.replace("−", "-") == want[measure.key + "_change"].replace("−", "-")
    assert connection.peer_days == want["peer_days"]
    assert connection.hope_on_peer_days == want["hope_peer"]
    assert connection.hope_on_other_days == want["hope_other"]
    assert triggers.count == want["triggers"]
    assert triggers.average_intensity == want["intensity"]
    assert list(triggers.categories) == want["categories"]
    assert list(triggers.outcomes) == want["outcomes"]
    assert list(triggers.responses) == want["worked"][: len(triggers.responses)]
    assert len(triggers.responses) + triggers.more_responses == len(want["worked"])
    assert content.gratitude is not None
    assert content.gratitude.lists == want["gratitude_lists"]
    assert content.support is not None
    assert content.support.total == want["contacts"]
    assert {g.role: g.count for g in content.support.roles} == want["roles"]
    assert content.agenda is not None
    assert list(content.agenda.items) == want["agenda"]
    assert content.header.name == "Sam Example"
    assert content.header.keyworker == "Jo Keyworker"


def test_gratitude_is_recent_and_each_item_said_once(
    ten_years: tuple[Vault, dict[str, Any]]
) -> None:
    vault, data = ten_years
    content = build_summary(vault, SummaryOptions(), today=END)
    assert content.gratitude is not None
    recent: list[str] = []
    for entry in sorted(data["gratitude"], key=lambda g: g["date"], reverse=True):
        if "2026-10-25" <= entry["date"] <= "2026-11-21":
            recent += [i for i in entry["items"] if i.strip() and i not in recent]
    shown = [text for _, text in content.gratitude.items]
    assert shown == recent[: len(shown)]
    assert len(shown) + content.gratitude.more_items == len(recent)


def test_sections_switched_off_are_absent(ten_years: tuple[Vault, dict[str, Any]]) -> None:
    vault, _ = ten_years
    for key in SECTION_KEYS:
        content = build_summary(
            vault, SummaryOptions(sections=frozenset(SECTION_KEYS) - {key}), today=END
        )
        if key == "header":
            assert not content.show_header
        else:
            if key == "notes":
                assert not content.show_notes
            else:
                assert getattr(content, key) is None, key


def test_names_and_journal_text_only_when_chosen(vault: Vault) -> None:
    note = CheckIn(mood=5, hope=6, note="SECRETNOTE about my week", at="2026-11-20T09:00:00+00:00")
    other = CheckIn(mood=5, hope=6, note="OTHERNOTE", at="2026-11-21T09:00:00+00:00")
    trigger = Trigger("SECRETTRIGGER at the bus stop", "places", 6, response="walked on",
                      at="2026-11-19T18:00:00+00:00")
    for record in (note, other, trigger, Contact("Alex Private", role="sponsor")):
        vault.save(record)
    plain = build_summary(vault, SummaryOptions(sections=frozenset(SECTION_KEYS)), today=END)
    assert plain.support is not None and plain.support.roles[0].names == ()
    assert plain.excerpts == ()
    named = build_summary(
        vault, SummaryOptions(include_names=True, excerpt_ids=(trigger.id, note.id),
                              sections=frozenset(SECTION_KEYS)), today=END
    )
    assert named.support is not None and named.support.roles[0].names == ("Alex Private",)
    assert named.excerpts is not None
    assert [e.id for e in named.excerpts] == [trigger.id, note.id]  # oldest first
    assert "SECRETNOTE" in named.excerpts[1].text
    assert "OTHERNOTE" not in repr(named)
    assert named.excerpts[0].heading.startswith("Trigger · Thu 19 Nov 2026, 18:00")


def test_huge_note_is_cut_and_open_agenda_only(vault: Vault) -> None:
    huge = CheckIn(mood=1, hope=2, note="word " * 20_000, at="2026-11-21T09:00:00+00:00")
    vault.save(huge)
    vault.save(AgendaItem("Still to talk about"))
    vault.save(AgendaItem("Already talked about", done=True))
    content = build_summary(vault, SummaryOptions(excerpt_ids=(huge.id,), sections=frozenset(SECTION_KEYS)),
                            today=END)
    assert content.excerpts is not None
    assert len(content.excerpts[0].text) <= 1_500
    assert content.agenda is not None and content.agenda.items == ("Still to talk about",)


def test_one_day_and_period_words() -> None:
    assert period_text("2026-11-21", "2026-11-21") == "21 November 2026 (1 day)"
    assert period_text("2026-11-01", "2026-11-21") == "1 – 21 November 2026 (21 days)"
    assert period_text("2025-12-30", "2026-01-05") == "30 December 2025 – 5 January 2026 (7 days)"


def test_page_words_are_warm_and_neutral() -> None:
    """No shaming or alarming words anywhere in the fixed text of the page."""
    root = Path(__file__).resolve().parents[2]
    words = ("relapse", "fail", "addict", "warning", "alert", "danger", "streak")
    for name in ("journal/summary.py", "ui/printing/summary_pdf.py"):
        tree = ast.parse(root.joinpath(name).read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        strings = [
            node.value.lower()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
        for word in words:
            assert not [s for s in strings if word in s], (name, word)
