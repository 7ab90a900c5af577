"""The rendered page: always exactly one page, real text, no names or journal text unless chosen.

Each PDF is read back with QtPdf's QPdfDocument (page count and text), the way a person's PDF
viewer would see it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from journal import kdf
from journal.records import (
    CONTACT_ROLES,
    OUTCOMES,
    TRIGGER_CATEGORIES,
    AgendaItem,
    CheckIn,
    Contact,
    GratitudeList,
    Trigger,
)
from journal.summary import DEFAULT_SECTIONS, SECTION_KEYS, SummaryContent, SummaryOptions, build_summary
from journal.vault import Vault
from tests.conftest import PASSPHRASE, dataset_path, filled_vault
from tests.journal.test_summary import expected_figures

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtPdf import QPdfDocument

from ui.printing.summary_pdf import (
    PDF_CREATOR,
    PDF_TITLE,
    RenderReport,
    ensure_gui,
    summary_pdf_bytes,
    write_summary_pdf,
)

END = dt.date(2026, 11, 21)
MARKER = "ZQXMARKER"
# The default page plus the ticked journal entries (the contract: entries print only when chosen).
DEFAULT_WITH_EXCERPTS = DEFAULT_SECTIONS | {"excerpts"}
MIXED = "Hope 🌱💪🏽 أمل وسلام שלום ותקווה 希望と回復 희망 "


def fill_extreme(vault: Vault, end: dt.date) -> list[str]:
    """Everything at once: huge notes, 200 triggers in 28 days, 300 contacts, 40 agenda items,
    200-character names, emoji, Arabic, Hebrew and CJK. Returns ids worth ticking as excerpts."""
    long_name = (MIXED * 10)[:200]
    vault.set_setting("name", long_name)
    vault.set_setting("keyworker", ("שרה כהן-לוי " * 20)[:200])
    ticked: list[str] = []
    huge = (MIXED + "The day was long and I kept going. ") * 1500
    huge = huge[:100_000]
    for offset in range(28):
        day = end - dt.timedelta(days=offset)
        for hour in (8, 13, 21):
            record = CheckIn(
                mood=(offset + hour) % 11, hope=(offset * 3 + hour) % 11,
                craving=None if hour == 13 else (offset * 7) % 11, peer_contact=offset % 3 == 0,
                tags=("meeting", "😊"),
                note=f"{MARKER}-{offset}-{hour} " + huge,
                at=f"{day.isoformat()}T{hour:02d}:15:00+00:00",
            )
            vault.save(record)
            if hour == 21:
                ticked.append(record.id)
    for index in range(200):
        day = end - dt.timedelta(days=index % 28)
        record = Trigger(
            situation=f"{MARKER}-trigger-{index} " + ("مكان مزدحم 人が多い場所 " * 10)[:200],
            category=TRIGGER_CATEGORIES[index % 6], intensity=index % 11,
            response=(f"response {index} " + "התקשרתי לחבר 🌊 " * 20)[:200],
            outcome=OUTCOMES[index % 3], note=huge if index % 20 == 0 else "",
            at=f"{day.isoformat()}T{10 + index % 12:02d}:{index % 60:02d}:00+00:00",
        )
        vault.save(record)
        if index % 10 == 0:
            ticked.append(record.id)
    for offset in range(28):
        day = end - dt.timedelta(days=offset)
        vault.save(GratitudeList(
            items=tuple(f"{MIXED[:30]} {offset}-{i} " + "感謝 " * 60 for i in range(6)),
            date=day.isoformat()))
    for index in range(300):
        vault.save(Contact(
            name=(f"{MARKER}Contact{index} " + "محمد بن عبد الله 田中太郎 😀 " * 10)[:200],
            role=CONTACT_ROLES[index % len(CONTACT_ROLES)], phone="0", notes=huge[:2000]))
    for index in range(40):
        vault.save(AgendaItem(
            text=f"Agenda {index}: " + ("أريد أن أتحدث عن النوم 话题 🌙 " * 20)[: 50 + index * 12],
            done=index % 8 == 7,
            created=f"{(end - dt.timedelta(days=40 - index)).isoformat()}T09:00:00+00:00"))
    return ticked


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """A QApplication from pytest-qt first, so later widget tests can still make theirs."""


# ---- reading a PDF back ----------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    count: int
    text: str  # all whitespace folded to single spaces
    title: str
    author: str
    creator: str
    report: RenderReport


def read_pdf(path: Path) -> tuple[int, str, dict[str, str]]:
    ensure_gui()
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    field = QPdfDocument.MetaDataField
    meta = {name: str(document.metaData(getattr(field, name.capitalize())) or "")
            for name in ("title", "author", "creator", "subject", "keywords")}
    count = document.pageCount()
    document.close()
    return count, " ".join(text.split()), meta


def render(content: SummaryContent, folder: Path, name: str = "summary.pdf") -> Page:
    path = folder / name
    report = write_summary_pdf(content, path)
    count, text, meta = read_pdf(path)
    return Page(count, text, meta["title"], meta["author"], meta["creator"], report)


def one_page(page: Page) -> None:
    assert page.count == 1
    assert not page.report.overflowed, page.report
    assert page.report.used_height <= page.report.page_height


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, Any]]]:
    vault, data = filled_vault(
        tmp_path_factory.mktemp("ten-years-pdf"), 3650, name="Sam Example", keyworker="Jo Keyworker"
    )
    yield vault, data
    vault.close()


@pytest.fixture(scope="module")
def extreme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, list[str]]]:
    folder = tmp_path_factory.mktemp("extreme")
    vault = Vault.create(folder / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE)
    ticked = fill_extreme(vault, END)
    yield vault, ticked
    vault.close()


# ---- always one page ---------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_empty_vault_is_one_calm_page(vault: Vault, tmp_path: Path, paper: str) -> None:
    page = render(build_summary(vault, SummaryOptions(page=paper), today=END), tmp_path)
    one_page(page)
    assert "No check-ins in this period yet." in page.text
    assert "Shared by choice" in page.text
    assert "25 October – 21 November 2026 (28 days)" in page.text


def test_one_day(vault: Vault, tmp_path: Path) -> None:
    vault.import_data(json.loads(dataset_path(tmp_path, 1, END.isoformat()).read_text()))
    page = render(build_summary(vault, SummaryOptions(days=1), today=END), tmp_path)
    one_page(page)
    assert "21 November 2026 (1 day)" in page.text


@pytest.mark.parametrize(("paper", "days"), [("a4", 28), ("letter", 28), ("a4", 3650),
                                             ("letter", 7)])
def test_ten_years_is_one_page(ten_years: tuple[Vault, dict[str, Any]], tmp_path: Path,
                               paper: str, days: int) -> None:
    vault, _ = ten_years
    page = render(build_summary(vault, SummaryOptions(days=days, page=paper), today=END),
                  tmp_path)
    one_page(page)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("names", [False, True])
def test_extreme_data_is_one_page(extreme: tuple[Vault, list[str]], tmp_path: Path, paper: str,
                                  names: bool) -> None:
    vault, ticked = extreme
    options = SummaryOptions(page=paper, include_names=names, excerpt_ids=tuple(ticked),
                             sections=DEFAULT_WITH_EXCERPTS)
    page = render(build_summary(vault, options, today=END), tmp_path)
    one_page(page)
    content = build_summary(vault, options, today=END)
    cut_lists_add_up(page.text, content, ticked, names)


def cut_lists_add_up(text: str, content: SummaryContent, ticked: list[str], names: bool) -> None:
    """Every list cut short says exactly how many it left out: what the page shows plus its
    '+ N more' is the whole list, for the trigger categories, the chosen entries and (when names
    are on) each role's people."""
    assert content.triggers is not None and content.support is not None
    categories = re.search(r"Most often (.*?) \+ (\d+) more", text)
    assert categories is not None, "six categories cannot fit: the line must say how many more"
    shown = categories.group(1).rstrip(" ·").split(" · ")
    assert len(shown) + int(categories.group(2)) == len(content.triggers.categories)
    chosen = re.search(r"\+ ([\d,]+) more chosen entries", text)
    assert chosen is not None, f"{len(ticked)} long entries cannot fit: the page must say so"
    excerpts_shown = set(re.findall(MARKER + r"-(?:\d+-\d+|trigger-\d+)", text))
    assert len(excerpts_shown) + int(chosen.group(1).replace(",", "")) == len(ticked)
    for group in content.support.roles if names else ():
        label = group.role if group.role == "GP" else group.role.capitalize()
        line = re.search(rf"{label} {group.count} (.*?)\+ (\d+) more", text)
        assert line is not None, label
        named = set(re.findall(MARKER + r"Contact\d+", line.group(1)))
        assert len(named) + int(line.group(2)) == group.count, (label, line.group(0))


def test_every_section_alone_and_none_is_one_page(extreme: tuple[Vault, list[str]],
                                                  tmp_path: Path) -> None:
    vault, ticked = extreme
    for keys in [set(), *({key} for key in SECTION_KEYS)]:
        options = SummaryOptions(sections=frozenset(keys), excerpt_ids=tuple(ticked),
                                 page="letter")
        one_page(render(build_summary(vault, options, today=END), tmp_path))


# ---- the figures on the page ---------------------------------------------------------------------


def test_every_printed_figure_matches_an_independent_computation(
    ten_years: tuple[Vault, dict[str, Any]], tmp_path: Path
) -> None:
    vault, data = ten_years
    want = expected_figures(data, "2026-10-25", "2026-11-21")
    text = render(build_summary(vault, SummaryOptions(), today=END), tmp_path).text
    for label, key in (("Hope", "hope"), ("Mood", "mood"), ("Craving", "craving")):
        row = f"{label} {want[key]} {want[key + '_before']} {want[key + '_change']}"
        assert row in text
    assert f"{want['checkins']} check-ins on {want['days']} of 28 days" in text
    assert f"{want['peer_days']} of 28 days I spent time with someone in recovery" in text
    assert f"Average hope on those days {want['hope_peer']}" in text
    assert f"Average hope on the other days {want['hope_other']}" in text
    assert f"Triggers noted {want['triggers']}" in text
    # named for what it is, with the trigger form's own word (issue 11)
    assert f"Average trigger strength (0–10) {want['intensity']}" in text
    assert "craving intensity" not in text
    top = " · ".join(f"{c} {n}" for c, n in want["categories"][:3])
    assert f"Most often {top}" in text
    outcomes = " · ".join(f"{o} {n}" for o, n in want["outcomes"])
    assert f"Outcomes {outcomes}" in text
    for response, count in want["worked"][:2]:
        assert f"{response} ({count})" in text
    assert f"{want['gratitude_lists']} gratitude lists in this period" in text
    assert f"{want['contacts']} people and groups in my support network" in text
    for role, count in want["roles"].items():
        label = role if role == "GP" else role.capitalize()
        assert f"{label} {count}" in text
    for item in want["agenda"]:
        assert item in text
    assert "Sam Example" in text and "Jo Keyworker" in text


# ---- privacy -------------------------------------------------------------------------------------


def test_journal_text_only_for_ticked_entries(extreme: tuple[Vault, list[str]],
                                              tmp_path: Path) -> None:
    vault, ticked = extreme
    plain = render(build_summary(vault, SummaryOptions(), today=END), tmp_path, "plain.pdf")
    assert MARKER not in plain.text
    options = SummaryOptions(excerpt_ids=(ticked[0],), sections=DEFAULT_SECTIONS | {"excerpts"})
    one = render(build_summary(vault, options, today=END), tmp_path, "one.pdf")
    # the ticked check-in's note (the last day, 21:00), and no other entry's words
    assert set(re.findall(MARKER + r"-\d+-\d+", one.text)) == {f"{MARKER}-0-21"}
    assert "trigger-" not in one.text


def test_contact_names_only_when_chosen(extreme: tuple[Vault, list[str]], tmp_path: Path) -> None:
    vault, _ = extreme
    without = render(build_summary(vault, SummaryOptions(), today=END), tmp_path, "a.pdf")
    assert f"{MARKER}Contact" not in without.text
    named = render(build_summary(vault, SummaryOptions(include_names=True), today=END),
                   tmp_path, "b.pdf")
    assert f"{MARKER}Contact" in named.text


def test_metadata_names_no_person(ten_years: tuple[Vault, dict[str, Any]],
                                  tmp_path: Path) -> None:
    vault, _ = ten_years
    page = render(build_summary(vault, SummaryOptions(), today=END), tmp_path)
    assert (page.title, page.creator, page.author) == (PDF_TITLE, PDF_CREATOR, "")
    _, _, meta = read_pdf(tmp_path / "summary.pdf")
    assert (meta["subject"], meta["keywords"]) == ("", "")
    raw = (tmp_path / "summary.pdf").read_bytes()
    for personal in (b"Sam Example", b"Jo Keyworker", "Sam Example".encode("utf-16-be")):
        assert personal not in raw  # not in the Info dictionary, the XMP or plain text


def test_writes_only_the_chosen_file(vault: Vault, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    out = tmp_path / "out"
    out.mkdir()
    write_summary_pdf(build_summary(vault, SummaryOptions(), today=END), out / "mine.pdf")
    assert [p.name for p in out.iterdir()] == ["mine.pdf"]
    assert list(temp.iterdir()) == []


def test_same_content_gives_the_same_page(ten_years: tuple[Vault, dict[str, Any]]) -> None:
    vault, _ = ten_years
    content = build_summary(vault, SummaryOptions(), today=END)
    first, _ = summary_pdf_bytes(content)
    time.sleep(1.1)  # a later second: the dates written into the file differ
    second, _ = summary_pdf_bytes(content)
    assert first[:5] == b"%PDF-" and first != second
    assert without_dates_and_ids(first) == without_dates_and_ids(second)


# What Qt writes differently into each PDF of the same page: the creation and change times (Info
# and XMP) and the document's unique id (XMP and the trailer). Masked in place, so the byte
# offsets in the cross-reference table still have to agree.
VARYING = (rb"D:\d{14}Z", rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)",
           rb"uuid:[0-9a-f-]{36}", rb"/ID \[[^\]]*\]")


def without_dates_and_ids(pdf: bytes) -> bytes:
    for pattern in VARYING:
        pdf, found = re.subn(pattern, lambda m: b"#" * len(m.group(0)), pdf)
        assert found, pattern  # the mask only hides what it names
    return pdf


def page_points(path: Path) -> tuple[int, int]:
    """The first page's size in points, as the PDF declares it (A4 595×842, Letter 612×792)."""
    ensure_gui()
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    document.close()
    return round(size.width()), round(size.height())


def test_the_command_lines_period_and_paper_reach_the_page(tmp_path: Path) -> None:
    """`summary --from --to --page letter` through the installed command (ui.launcher): that
    period's figures on a US Letter page; without them, the last 28 days on A4."""
    import subprocess
    import sys

    folder = tmp_path / "journal"
    vault, data = filled_vault(tmp_path, 120)
    vault.close()
    command = [sys.executable, "-m", "ui.launcher", "--data-dir", str(folder), "--passphrase-stdin",
               "summary", "--out"]
    chosen, default = tmp_path / "october.pdf", tmp_path / "default.pdf"
    for out, extra in ((chosen, ["--from", "2026-10-01", "--to", "2026-10-31", "--page", "letter"]),
                       (default, [])):
        done = subprocess.run([*command, str(out), *extra], input=PASSPHRASE + "\n", capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert page_points(chosen) == (612, 792) and page_points(default) == (595, 842)
    count, text, _ = read_pdf(chosen)
    assert count == 1 and "1 – 31 October 2026 (31 days)" in text
    want = expected_figures(data, "2026-10-01", "2026-10-31")
    assert f"{want['checkins']} check-ins on {want['days']} of 31 days" in text
    assert f"Hope {want['hope']} {want['hope_before']} {want['hope_change']}" in text
    assert "(28 days)" in read_pdf(default)[1]
