"""The use record (off until turned on in Settings; Today's rows; undo) and Trends (averages that
skip unanswered scales, month labels that say which month, the connection sentence when there
are too few days, hope by kind of support, the use calendar)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from journal import barc
from journal.records import CapitalCheck, CheckIn, Contact, UseRecord, UseTracking
from journal.stats import PeriodStats
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui import operations
from ui.main_window import MainWindow
from ui.pages import trends_text
from ui.pages.settings import SettingsPage
from ui.pages.today import TodayPage
from ui.pages.today_cards import AMOUNT_DELAY_MS
from ui.pages.trends import ALL_TIME, TrendsPage
from ui.pages.trends_charts import averages_by, time_labels


def go(window: MainWindow, name: str, request: object = None):  # type: ignore[no-untyped-def]
    assert window.shell is not None
    return window.shell.go(name, request)


def at(day: dt.date, hour: int = 12) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00+00:00"


# ---- the use record -------------------------------------------------------------------------------


def test_use_rows_appear_only_once_turned_on_and_answers_undo(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    today = go(window, "Today")
    assert isinstance(today, TodayPage)
    settle(qtbot, window)
    assert not today.use_card.isVisible()

    settings = go(window, "Settings")
    assert isinstance(settings, SettingsPage)
    settle(qtbot, window)
    assert not settings.use_on.isChecked() and not settings.use_names.isEnabled()
    qtbot.mouseClick(settings.use_on, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(settings.use_names, "alcohol, Cannabis, alcohol")
    settings.flush()
    settle(qtbot, window)
    assert app_vault(window).use_tracking() == UseTracking(True, ("alcohol", "Cannabis"))

    today = go(window, "Today")
    qtbot.waitUntil(lambda: today.use_card.isVisible() and len(today.use_card.rows) == 2)
    alcohol = today.use_card.rows[0]
    assert alcohol.name.text() == "alcohol" and not alcohol.amount.isEnabled()
    day = dt.date.today().isoformat()

    def answer() -> tuple[bool, str] | None:
        found = [r for r in app_vault(window).use_on(day) if r.substance == "alcohol"]
        return (found[0].used, found[0].amount) if found else None

    qtbot.mouseClick(alcohol.yes, Qt.MouseButton.LeftButton)  # added
    assert alcohol.amount.isEnabled() and alcohol.amount.hasFocus()
    qtbot.keyClicks(alcohol.amount, "2 cans")
    qtbot.waitUntil(lambda: answer() == (True, "2 cans"), timeout=3000)
    qtbot.mouseClick(alcohol.no, Qt.MouseButton.LeftButton)  # edited
    settle(qtbot, window)
    assert answer() == (False, "")
    assert app_vault(window).count("use") == 1  # one answer a day, changed in place
    qtbot.mouseClick(alcohol.clear, Qt.MouseButton.LeftButton)  # deleted
    settle(qtbot, window)
    assert answer() is None

    def undo() -> None:
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)

    undo()
    assert answer() == (False, "")
    qtbot.waitUntil(lambda: alcohol.no.isChecked())
    undo()
    assert answer() == (True, "2 cans")  # the amount typing was one step
    qtbot.waitUntil(lambda: alcohol.yes.isChecked() and alcohol.amount.text() == "2 cans")
    undo()
    assert answer() is None
    qtbot.waitUntil(lambda: not alcohol.yes.isChecked() and not alcohol.no.isChecked())

    # Turned off again: the rows go, the answers stay.
    settings = go(window, "Settings")
    settle(qtbot, window)
    qtbot.mouseClick(settings.use_on, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    today = go(window, "Today")
    settle(qtbot, window)
    assert not today.use_card.isVisible()


def test_an_amount_being_typed_survives_the_rows_being_built_again(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    """What is tracked changed (Settings, or an undo of it) while an amount was being typed: the
    amount is saved, and its timer does not fire later on the deleted row."""
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.set_use_tracking(UseTracking(True, ("alcohol", "Cannabis")))
    window = make_window()
    unlock(qtbot, window)
    today = go(window, "Today")
    qtbot.waitUntil(lambda: len(today.use_card.rows) == 2)
    alcohol = today.use_card.rows[0]
    qtbot.mouseClick(alcohol.yes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(alcohol.amount, "2 cans")
    assert alcohol.timer.isActive()
    today.use_card.show_day(operations.UseDay(UseTracking(True, ("alcohol", "Cannabis", "tobacco")), []))
    assert len(today.use_card.rows) == 3
    qtbot.wait(AMOUNT_DELAY_MS + 200)  # an exception in the old row's timer would fail the test
    settle(qtbot, window)
    day = dt.date.today().isoformat()
    assert [(r.substance, r.used, r.amount) for r in app_vault(window).use_on(day)] == [
        ("alcohol", True, "2 cans")
    ]


def test_trends_show_a_neutral_use_calendar(qtbot, make_window, closed_vault: Path) -> None:
    today = dt.date.today()
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.set_use_tracking(UseTracking(True, ("alcohol", "benzodiazepines")))
        for offset in range(28):
            if offset % 9 == 4:
                continue  # 3 days not answered
            used = offset in (1, 10, 20)
            vault.save(UseRecord("alcohol", used, "a few" if used else "",
                                 (today - dt.timedelta(days=offset)).isoformat()))
    window = make_window()
    unlock(qtbot, window)
    trends = go(window, "Trends")
    assert isinstance(trends, TrendsPage)
    settle(qtbot, window)
    assert trends.use_text.isVisible()
    assert "alcohol: used on 3 of 28 days (answered on 25)." in trends.use_text.text()
    model = trends.use_model
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(7)]
    tips = [str(index.data(Qt.ItemDataRole.ToolTipRole) or "") for index in cells]
    assert sum(tip.endswith(": used (a few)") for tip in tips) == 3
    assert sum(tip.endswith(": not answered") for tip in tips) == 3
    colours = [c for c in (index.data(Qt.ItemDataRole.BackgroundRole) for index in cells) if c is not None]
    assert len(colours) == 3 and all(c.red() <= c.green() + 10 for c in colours)  # a grey, never a red
    text = " ".join(str(index.data()) for index in cells).lower() + trends.use_text.text().lower()
    assert "streak" not in text and "reset" not in text
    # Every week of the 28 days at once, without a scroll bar of its own; each name whole in the choice.
    view = trends.use_view
    assert model.rowCount() >= 4 and view.verticalScrollBar().maximum() == 0
    choice = trends.use_choice
    assert choice.isVisible() and choice.width() >= choice.fontMetrics().horizontalAdvance("benzodiazepines")


# ---- Trends: averages, labels, sentences ------------------------------------------------------------


def test_unanswered_scales_are_null_and_averages_skip_them(qtbot, make_window, closed_vault: Path) -> None:
    today = dt.date.today()
    window = make_window()
    unlock(qtbot, window)
    page = go(window, "Today")
    qtbot.keyClick(page.checkin.hope.slider, Qt.Key.Key_End)  # hope 10, nothing else
    qtbot.waitUntil(lambda: app_vault(window).count("checkin") == 1, timeout=3000)
    settle(qtbot, window)
    (saved,) = app_vault(window).list("checkin")
    assert isinstance(saved, CheckIn) and (saved.mood, saved.craving) == (None, None)
    app_vault(window).save(CheckIn(mood=2, at=at(today - dt.timedelta(days=1))))
    trends = go(window, "Trends")
    qtbot.waitUntil(lambda: trends.data is not None and trends.data.stats.current.checkins == 2)
    sentence = trends.lines.sentence.text()
    # Each average is of the check-ins that answered it: hope 10 (not 5), mood 2 (not 1).
    assert "hope averaged 10.0" in sentence and "mood averaged 2.0" in sentence
    assert "craving" not in sentence
    table = trends.lines.table_model
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [row[1:] for row in rows] == [["–", "2.0", "–"], ["10.0", "–", "–"]]
    # The chart draws a point only where a scale was answered: no 0 standing in for "not set".
    points = {series.name(): series.count() for series in trends.lines.chart.series()}
    assert points == {"Hope": 1, "Mood": 1, "Craving": 0}


def test_the_year_axis_labels_every_month_and_says_which_year() -> None:
    locale = QLocale()
    start, end = dt.date(2025, 12, 1), dt.date(2026, 11, 30)
    labels = time_labels(start, end)
    days = [day for day, _text in labels]
    assert days == [dt.date(2025, 12, 1)] + [dt.date(2026, month, 1) for month in range(1, 12)]
    texts = [text for _day, text in labels]
    assert texts[0] == locale.toString(QDate(2025, 12, 1), "MMM yyyy")  # "Dec 2025", not "Dec 25"
    assert texts[1] == locale.toString(QDate(2026, 1, 1), "MMM yyyy")
    assert texts[2:] == [locale.toString(QDate(2026, m, 1), "MMM") for m in range(2, 12)]
    # Wherever the year starts, each month is labelled once, evenly: one label per month.
    for end in (dt.date(2026, 3, 17), dt.date(2027, 1, 1), dt.date(2026, 12, 31)):
        labels = time_labels(end - dt.timedelta(days=364), end)
        months = [(d.year, d.month) for d, _t in labels]
        assert all(d.day == 1 for d, _t in labels)
        assert len(months) == len(set(months)) >= 12
        gaps = {(b[0] * 12 + b[1]) - (a[0] * 12 + a[1]) for a, b in itertools.pairwise(months)}
        assert gaps == {1}
        assert str(labels[0][0].year) in labels[0][1]
        assert len({t for _d, t in labels}) == len(labels)


def test_the_year_chart_uses_those_labels_with_a_weekly_average(qtbot, make_window, closed_vault) -> None:
    today = dt.date.today()
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        for offset in range(0, 360, 3):
            vault.save(CheckIn(hope=5 + offset % 4, at=at(today - dt.timedelta(days=offset))))
    window = make_window()
    unlock(qtbot, window)
    trends = go(window, "Trends")
    settle(qtbot, window)
    qtbot.mouseClick(trends.group.button(365), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trends.data is not None and trends.data.stats.days == 365)
    chart = trends.lines.chart
    (axis,) = chart.axes(Qt.Orientation.Horizontal)
    start = today - dt.timedelta(days=364)
    assert axis.categoriesLabels() == [text for _d, text in time_labels(start, today)]
    names = [series.name() for series in chart.series()]
    assert "Hope, weekly average" in names
    weekly = next(series for series in chart.series() if series.name() == "Hope, weekly average")
    assert weekly.count() == len(averages_by(((p.day, p.hope) for p in trends.data.stats.series), True))
    qtbot.mouseClick(trends.group.button(ALL_TIME), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trends.days == ALL_TIME and trends.data is not None
                    and trends.data.stats.start_day <= (today - dt.timedelta(days=357)).isoformat())


def stats_with(peer_days: int, other_days: int, peer_hope: float | None = 8.0,
               other_hope: float | None = 5.0) -> PeriodStats:
    from journal.stats import Averages

    return PeriodStats(
        "2026-11-03", "2026-11-30", 28, Averages(peer_days + other_days, 5, 6, 3),
        Averages(0, None, None, None), (), peer_days + other_days, peer_days, peer_hope, other_hope,
        0, (), None, (), (), 0, (),
    )


def test_the_connection_sentence_says_plainly_when_there_are_too_few_days() -> None:
    few = trends_text.connection_sentence(stats_with(2, 9))
    assert "too few days to compare" in few and "2 days" in few and "9 other days" in few
    assert "averaged" not in few
    assert "too few" in trends_text.connection_sentence(stats_with(6, 1))
    assert "too few" in trends_text.connection_sentence(stats_with(5, 5, other_hope=None))
    enough = trends_text.connection_sentence(stats_with(5, 4))
    assert "On the 5 days you spent time with someone in recovery, your hope averaged 8.0" in enough
    assert "against 5.0 on the other days you checked in" in enough


def test_hope_by_kind_of_support_shows_on_trends(qtbot, make_window, closed_vault: Path) -> None:
    today = dt.date.today()
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        na = vault.save(Contact(name="NA Tuesday", role="group", support=("company",)))
        for offset in range(8):
            day = today - dt.timedelta(days=offset)
            if offset % 2:
                vault.save(CheckIn(hope=8, peer_contact=True, with_ids=(na.id,), at=at(day)))
            else:
                vault.save(CheckIn(hope=4, at=at(day)))
    window = make_window()
    unlock(qtbot, window)
    trends = go(window, "Trends")
    qtbot.waitUntil(lambda: trends.data is not None)
    sentence = trends.support.sentence.text()
    assert "Company 8.0 (4 days)" in sentence and "At a group or meeting 8.0 (4 days)" in sentence
    assert "On other days with a check-in: 4.0." in sentence
    table = trends.support.table_model
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Company", "At a group or meeting", "Other days with a check-in",
    ]
    qtbot.mouseClick(trends.support.toggle, Qt.MouseButton.LeftButton)
    assert trends.support.table.isVisible() and not trends.support.view.isVisible()


def test_trends_show_the_capital_score_with_strengths_first(qtbot, make_window, closed_vault: Path) -> None:
    today = dt.date.today()
    earlier = (1, 2, 1, 2, 1, 1, 2, 1, 2, 1)  # a hard month: 14
    latest = (5, 4, 6, 3, 5, 4, 5, 6, 4, 2)  # 44; agreed most with statements 3, 8 and 1
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.save(CapitalCheck(answers=earlier, at=at(today - dt.timedelta(days=70))))
        vault.save(CapitalCheck(answers=latest, at=at(today - dt.timedelta(days=5))))
    window = make_window()
    unlock(qtbot, window)
    trends = go(window, "Trends")
    qtbot.waitUntil(lambda: trends.data is not None)
    block = trends.capital
    (series,) = block.chart.series()
    assert [series.at(i).y() for i in range(series.count())] == [14.0, 44.0]
    sentence = block.sentence.text()
    assert "Your latest score: 44 of 60" in sentence and "The time before: 14." in sentence
    highest = sentence.split("Your highest: ", 1)[1]
    assert {s for s in barc.STATEMENTS if s in highest} == {barc.STATEMENTS[i] for i in (2, 7, 0)}
    places = [highest.index(barc.STATEMENTS[i]) for i in (2, 7, 0)]
    assert places == sorted(places)  # highest first
    assert "Vilsaint" in trends.capital_credit.text()
    table = block.table_model
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["14", "44"]


def test_a_low_capital_score_is_not_judged(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.save(CapitalCheck(answers=(1, 2, 1, 3, 1, 1, 2, 1, 2, 1), at=at(dt.date.today())))
    window = make_window()
    unlock(qtbot, window)
    trends = go(window, "Trends")
    qtbot.waitUntil(lambda: trends.data is not None)
    sentence = trends.capital.sentence.text()
    assert "Your latest score: 15 of 60" in sentence
    # No statement answered 4 or more: nothing is dressed up as a strength, and nothing is judged.
    assert "highest" not in sentence.lower()
    assert not any(word in sentence.lower() for word in ("low", "poor", "bad", "worse", "only"))
    assert "what is growing" in sentence
