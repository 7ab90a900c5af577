"""Summary v2 on paper: every combination of sections is one page on an empty journal, ten years
and extreme data, nothing ticked is dropped without a word, and the new figures read back from
the PDF (pdftotext) equal a plain computation from the same data.

The extreme journal is built once for the whole run (about ten seconds): 100 goals of 50 steps,
200 plans, a BARC-10 every month for 30 years, four substances answered every day for 30 years,
a safety plan of long lists, and everything test_summary_pdf.fill_extreme puts in (huge notes,
300 contacts, 40 agenda items, other alphabets).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from journal import kdf
from journal.records import SAFETY_PLAN_LISTS
from journal.summary import DEFAULT_SECTIONS, SECTION_KEYS, SummaryOptions, build_summary
from journal.vault import Vault
from tests.conftest import PASSPHRASE, filled_vault
from tests.pdf_text import pdf_pages, pdf_text

pytest.importorskip("PySide6.QtPdf")

from tests.ui.printing.test_summary_pdf import END, MIXED, fill_extreme, one_page, render
from ui.printing.summary import write_summary_pdf

ALL = frozenset(SECTION_KEYS)
# The heading each section prints: a ticked section must show at least this.
HEADINGS = {
    "header": "Shared by choice", "scores": "Hope, mood and craving",
    "connection": "Time with others in recovery", "triggers": "Triggers", "gratitude": "Gratitude",
    "support": "Support network", "agenda": "What I want to talk about", "goals": "My goals",
    "plans": "My if-then plans", "capital": "Recovery capital (BARC-10)", "use": "My use record",
    "safety": "My safety plan", "excerpts": "From my journal, chosen to share",
    "notes": "Notes from our session",
}


def extreme_plan(days: int = 30 * 365) -> dict[str, Any]:
    """The recovery plan at its largest, as an export file's version 2 sections."""
    at = "2026-11-01T10:00:00+00:00"
    first = END - dt.timedelta(days=days - 1)
    groups = [{"id": f"group-{n}", "name": f"{MIXED[:20]} group {n}", "role": "group", "phone": "",
               "email": "", "notes": "Tuesdays 19:30 " * 20, "support": ["company"], "crisis": False}
              for n in range(30)]
    use = [
        {"id": f"use-{i}-{s}", "date": (first + dt.timedelta(days=i)).isoformat(), "substance": substance,
         "used": (i * 7 + s) % 5 == 0, "amount": MIXED if (i + s) % 9 == 0 else ""}
        for i in range(days) for s, substance in enumerate(("alcohol", "cannabis", "кокаин", MIXED.strip()))
    ]
    capital = []
    month = dt.date(first.year, first.month, 1)
    while month <= END:
        capital.append({"id": f"barc-{month}", "at": f"{month.isoformat()}T09:00:00+00:00",
                        "answers": [(month.month + q) % 6 + 1 for q in range(10)]})
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    ids = [g["id"] for g in groups]
    return {
        "format": "recovery-journal", "version": 2, "exported_at": at,
        "contacts": groups,
        "checkins": [{"id": f"with-{n}", "at": f"{(END - dt.timedelta(days=n)).isoformat()}T22:00:00+00:00",
                      "mood": None, "hope": None, "craving": None, "peer_contact": True, "with": ids,
                      "tags": [], "note": ""} for n in range(28)],
        "safety_plan": {"updated": at, **{name: [f"{MIXED} {name} {n}" for n in range(300)]
                                          for name in SAFETY_PLAN_LISTS
                                          if name not in ("ask_for_help", "professionals")},
                        "ask_for_help": ids, "professionals": ids[:10],
                        "naloxone": {"kit": True, "expires": "2027-03-01", "where": MIXED}},
        "goals": [{"id": f"goal-{n}", "created": at, "text": f"{MIXED} goal {n} " * 3, "why": MIXED * 5,
                   "status": ("active", "paused", "done")[n % 3], "target": "2027-01-31",
                   "steps": [{"text": f"{MIXED} step {s}", "done": s < n % 50} for s in range(50)]}
                  for n in range(100)],
        "plans": [{"id": f"plan-{n}", "created": at, "if": f"{MIXED} if {n} " * 4,
                   "then": f"{MIXED} then " * 4, "category": (None, "people", "places", "feelings")[n % 4]}
                  for n in range(200)],
        "capital": capital,
        "use": use,
    }


@pytest.fixture(scope="session")
def extreme_v2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, list[str]]]:
    folder = tmp_path_factory.mktemp("extreme-v2")
    vault = Vault.create(folder / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE)
    ticked = fill_extreme(vault, END)
    vault.import_data(extreme_plan())
    yield vault, ticked
    vault.close()


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, Any]]]:
    vault, data = filled_vault(tmp_path_factory.mktemp("ten-years-v2-pdf"), 3650, name="Sam Example")
    yield vault, data
    vault.close()


def combinations() -> list[frozenset[str]]:
    """All on; all off; each alone; all but each; the default; and random mixes (seeded)."""
    rng = random.Random(2026)
    found = [ALL, frozenset(), DEFAULT_SECTIONS]
    found += [frozenset({key}) for key in SECTION_KEYS]
    found += [ALL - {key} for key in SECTION_KEYS]
    found += [frozenset(rng.sample(SECTION_KEYS, rng.randint(2, len(SECTION_KEYS) - 2))) for _ in range(8)]
    return found


def check_combinations(vault: Vault, ticked: tuple[str, ...], folder: Path, days: int = 28) -> int:
    """Every combination: one page, nothing overflowing, each ticked section's heading there."""
    checked = 0
    for index, sections in enumerate(combinations()):
        options = SummaryOptions(sections=sections, excerpt_ids=ticked, page=("a4", "letter")[index % 2],
                                 days=days, include_names=index % 3 == 0,
                                 safety_parts=frozenset(SAFETY_PLAN_LISTS) if index % 2 else frozenset())
        name = f"combination-{index}.pdf"
        one_page(render(build_summary(vault, options, today=END), folder, name))
        text = pdf_text(folder / name)  # poppler keeps the two columns' lines apart; QtPdf may not
        for key in sections:
            assert HEADINGS[key] in text, (sorted(sections), key)
        checked += 1
    return checked


def test_every_combination_is_one_page_on_an_empty_journal(vault: Vault, tmp_path: Path) -> None:
    assert check_combinations(vault, (), tmp_path) == 3 + 2 * len(SECTION_KEYS) + 8


def test_every_combination_is_one_page_on_ten_years(ten_years: tuple[Vault, dict[str, Any]],
                                                     tmp_path: Path) -> None:
    vault, data = ten_years
    ticked = tuple(c["id"] for c in data["checkins"][-6:])
    check_combinations(vault, ticked, tmp_path)
    check_combinations(vault, ticked, tmp_path, days=3650)


def test_every_combination_is_one_page_on_extreme_data(extreme_v2: tuple[Vault, list[str]],
                                                       tmp_path: Path) -> None:
    vault, ticked = extreme_v2
    assert vault.count("use") == 4 * 30 * 365 and vault.count("goal") == 100
    check_combinations(vault, tuple(ticked), tmp_path)


def test_ticked_entries_never_push_out_the_notes_or_shrink_to_a_letter(
    extreme_v2: tuple[Vault, list[str]], tmp_path: Path
) -> None:
    """Issue 11: with huge entries ticked the notes are still there, and each entry shown keeps
    whole lines, ending "… continues in the journal" when cut; what does not fit says so."""
    vault, ticked = extreme_v2
    for sections in (DEFAULT_SECTIONS | {"excerpts"}, frozenset({"header", "excerpts", "notes"})):
        options = SummaryOptions(sections=sections, excerpt_ids=tuple(ticked))
        page = render(build_summary(vault, options, today=END), tmp_path)
        one_page(page)
        assert "Notes from our session" in page.text
        assert "continues in the journal" in page.text
        shown = len(re.findall(r"Check-in · |Trigger · ", page.text))
        assert shown >= 1
        assert f"+ {len(ticked) - shown} more" in page.text
        for chunk in re.split(r"Check-in · |Trigger · ", page.text)[1:]:
            words = chunk.split("+ ")[0]
            assert len(words) > 120, chunk[:200]  # a heading and at least two lines of words


# ---- the figures, read back from the PDF with pdftotext ---------------------------------------------


def test_the_new_figures_on_paper_equal_a_plain_count(ten_years: tuple[Vault, dict[str, Any]],
                                                      tmp_path: Path) -> None:
    vault, data = ten_years
    start, end = "2026-10-25", "2026-11-21"
    out = tmp_path / "figures.pdf"
    sections = frozenset({"header", "scores", "connection", "goals", "capital", "use", "notes"})
    write_summary_pdf(build_summary(vault, SummaryOptions(sections=sections), today=END), out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    # goals: done of total
    statuses = [g["status"] for g in data["goals"]]
    assert (f"{statuses.count('done')} of {len(statuses)} goals done ({statuses.count('active')} active, "
            f"{statuses.count('paused')} paused).") in text
    # BARC-10: the newest sheet's total and the change since the one before
    sheets = [c for c in data["capital"] if c["at"][:10] <= end]
    latest, before = sum(sheets[-1]["answers"]), sum(sheets[-2]["answers"])
    assert f"{latest} of 60 on " in text
    change = latest - before
    assert (f"{'+' if change > 0 else '−'}{abs(change)} since" if change else "no change since") in text
    # the use record: days used per substance and days answered
    for substance in sorted({u["substance"] for u in data["use"]}):
        mine = [u for u in data["use"] if u["substance"] == substance and start <= u["date"] <= end]
        used = sum(u["used"] for u in mine)
        assert f"used on {used} of 28 days (answered on {len(mine)})" in text
    assert "not the official form" in text
    # averages over the check-ins that answered each scale
    now = [c for c in data["checkins"] if start <= c["at"][:10] <= end]
    answered = {key: [c[key] for c in now if c[key] is not None] for key in ("hope", "mood", "craving")}
    assert all(len(values) < len(now) for values in answered.values())  # some were left unanswered
    for key, label in (("hope", "Hope"), ("mood", "Mood"), ("craving", "Craving")):
        mean = (Decimal(sum(answered[key])) / Decimal(len(answered[key]))).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP)
        assert f"{label} {mean} " in text
    assert (f"(hope {len(answered['hope'])}, mood {len(answered['mood'])}, "
            f"craving {len(answered['craving'])})") in text
    # group meetings named in check-ins' "with"
    groups = {c["id"] for c in data["contacts"] if c["role"] == "group"}
    meetings = sum(len({c["at"][:10] for c in now if g in c["with"]}) for g in groups)
    assert f"Who I was with ({meetings} group meetings):" in text
