"""What the Trends page says in words: every chart has a sentence beside it (read by screen readers
too), and these are they. Hope first; nothing here judges a number, counts a streak or says
"failed"; where there are too few days to compare, it says so plainly.

Figures come from journal.stats (averages skip unanswered scales) and journal.barc.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal import barc
from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import CapitalCheck
from journal.stats import PeriodStats, SupportHope
from journal.vault.planning import UseDays

from .. import words

# Fewer days than this on either side and hope is not compared (a mean of two days says little).
MIN_DAYS_TO_COMPARE: Final = 3


def decimal(value: float | None) -> str:
    """An average as every page shows it: one decimal, in the language's digits."""
    if value is None:
        return "–"
    from journal.stats import one_decimal

    return QLocale().toString(float(one_decimal(value)), "f", 1)


def day_words(day: str) -> str:
    return QLocale().toString(QDate.fromString(day, "yyyy-MM-dd"), "d MMMM yyyy")


# One sentence per scale and change, so each language can bend "averaged" to the scale's word.
AVERAGE_WORDS: Final = {
    ("hope", "plain"): QT_TRANSLATE_NOOP("trends", "hope averaged {value}"),
    ("mood", "plain"): QT_TRANSLATE_NOOP("trends", "mood averaged {value}"),
    ("craving", "plain"): QT_TRANSLATE_NOOP("trends", "craving averaged {value}"),
    ("hope", "same"): QT_TRANSLATE_NOOP("trends", "hope averaged {value} (the same as the period before)"),
    ("mood", "same"): QT_TRANSLATE_NOOP("trends", "mood averaged {value} (the same as the period before)"),
    ("craving", "same"): QT_TRANSLATE_NOOP(
        "trends", "craving averaged {value} (the same as the period before)"
    ),
    ("hope", "up"): QT_TRANSLATE_NOOP("trends", "hope averaged {value} (up {change} on the period before)"),
    ("mood", "up"): QT_TRANSLATE_NOOP("trends", "mood averaged {value} (up {change} on the period before)"),
    ("craving", "up"): QT_TRANSLATE_NOOP(
        "trends", "craving averaged {value} (up {change} on the period before)"
    ),
    ("hope", "down"): QT_TRANSLATE_NOOP(
        "trends", "hope averaged {value} (down {change} on the period before)"
    ),
    ("mood", "down"): QT_TRANSLATE_NOOP(
        "trends", "mood averaged {value} (down {change} on the period before)"
    ),
    ("craving", "down"): QT_TRANSLATE_NOOP(
        "trends", "craving averaged {value} (down {change} on the period before)"
    ),
}


def averages_sentence(s: PeriodStats) -> str:
    """Each answered scale's average (unanswered ones are skipped) and its change on the period
    before of the same length."""
    count = s.current.checkins
    if count == 0:
        return QCoreApplication.translate(
            "trends", "No check-ins in this period yet. A check-in takes a few seconds on the Today page."
        )
    parts = []
    for measure in ("hope", "mood", "craving"):
        value = getattr(s.current, measure)
        if value is None:
            continue
        difference = s.change(measure)
        change = decimal(abs(difference)) if difference is not None else ""
        if difference is None:
            how = "plain"
        elif change == decimal(0.0):
            how = "same"
        else:
            how = "up" if difference > 0 else "down"
        template = QCoreApplication.translate("trends", AVERAGE_WORDS[(measure, how)])
        parts.append(template.format(value=decimal(value), change=change))
    checkins = QCoreApplication.translate("trends", "From %n check-ins.", None, count)
    if not parts:
        return QCoreApplication.translate("trends", "No scale was answered in this period.") + " " + checkins
    listed = QCoreApplication.translate("trends", "; ").join(parts)
    averages = QCoreApplication.translate("trends", "In this period {averages}.").format(averages=listed)
    return averages + " " + checkins


def connection_sentence(s: PeriodStats) -> str:
    """Hope on days with time with someone in recovery against the other days with a check-in,
    or, plainly, why there is nothing to compare yet."""
    if s.days_with_checkins == 0:
        return QCoreApplication.translate(
            "trends",
            "Check in on a few days and you will see how time with others in recovery goes with your hope.",
        )
    if s.peer_days == 0:
        return QCoreApplication.translate(
            "trends",
            "You haven't noted time with someone in recovery in this period. "
            "Many people find a meeting or a call lifts their hope.",
        )
    other_days = s.days_with_checkins - s.peer_days
    too_few = (
        s.peer_days < MIN_DAYS_TO_COMPARE or other_days < MIN_DAYS_TO_COMPARE
        or s.hope_on_peer_days is None or s.hope_on_other_days is None
    )
    if too_few:
        return " ".join((
            QCoreApplication.translate(
                "trends", "You spent time with someone in recovery on %n days of this period.", None,
                s.peer_days,
            ),
            QCoreApplication.translate(
                "trends", "You checked in on %n other days.", None, other_days
            ),
            QCoreApplication.translate(
                "trends",
                "That is too few days to compare your hope yet: it takes at least {least} days of each, "
                "with hope answered.",
            ).format(least=MIN_DAYS_TO_COMPARE),
        ))
    return QCoreApplication.translate(
        "trends",
        "On the %n days you spent time with someone in recovery, your hope averaged {with_peers}, "
        "against {without} on the other days you checked in.",
        None, s.peer_days,
    ).format(with_peers=decimal(s.hope_on_peer_days), without=decimal(s.hope_on_other_days))


def support_sentence(rows: Sequence[SupportHope], s: PeriodStats) -> str:
    """Hope on days with each kind of support, highest first: meeting people in recovery is what
    grows hope, and this is where the person can see it in their own days."""
    enough = sorted(
        (row for row in rows if row.days >= MIN_DAYS_TO_COMPARE and row.hope is not None),
        key=lambda row: -(row.hope or 0.0),
    )
    if not enough:
        return QCoreApplication.translate(
            "trends",
            "When you name who you spent time with on a check-in, you will see here how your hope "
            "goes on days with each kind of support, and on days at a group or meeting.",
        )
    parts = [
        QCoreApplication.translate("trends", "{kind} {hope} (%n days)", None, row.days).format(
            kind=words.support(row.kind), hope=decimal(row.hope)
        )
        for row in enough
    ]
    text = QCoreApplication.translate("trends", "Your hope on days with each kind of support: {list}.")
    text = text.format(list=QCoreApplication.translate("trends", "; ").join(parts))
    other_days = s.days_with_checkins - s.peer_days
    if other_days >= MIN_DAYS_TO_COMPARE and s.hope_on_other_days is not None:
        text += " " + QCoreApplication.translate(
            "trends", "On other days with a check-in: {hope}."
        ).format(hope=decimal(s.hope_on_other_days))
    return text


def capital_sentence(sheets: Sequence[CapitalCheck]) -> str:
    """The newest BARC-10 score, the one before, and the statements agreed with most: strengths
    first, and never a word about a score being low."""
    complete = [sheet for sheet in sheets if len(sheet.answers) == len(barc.STATEMENTS)]
    if not complete:
        return QCoreApplication.translate(
            "trends",
            "Nothing answered in this time yet. Today offers the ten statements about once a month.",
        )
    latest = complete[-1]
    day = day_words(dt.datetime.fromisoformat(latest.at).date().isoformat())
    text = QCoreApplication.translate("trends", "Your latest score: {score} of {most}, on {day}.").format(
        score=latest.score, most=barc.SCORE_MAX, day=day
    )
    if len(complete) > 1:
        text += " " + QCoreApplication.translate("trends", "The time before: {score}.").format(
            score=complete[-2].score
        )
    strongest = barc.strengths(latest.answers)
    if strongest:
        quoted = QCoreApplication.translate("trends", "; ").join(
            QCoreApplication.translate("trends", "“{statement}”").format(statement=barc.STATEMENTS[index])
            for index in strongest
        )
        highest = QCoreApplication.translate("trends", "Your highest: {statements}")
        text += " " + highest.format(statements=quoted)
    else:
        text += " " + QCoreApplication.translate(
            "trends", "Each time you answer, you and your keyworker can see what is growing."
        )
    return text


def use_sentence(found: UseDays, days: int) -> str:
    """"alcohol: used on 3 of 28 days (answered on 25)" — a count, never a streak."""
    return QCoreApplication.translate(
        "trends", "{substance}: used on %n of {days} days (answered on {answered}).", None, found.days_used
    ).format(substance=found.substance, days=days, answered=found.days_answered)


def triggers_sentence(s: PeriodStats) -> str:
    if s.triggers == 0:
        return QCoreApplication.translate("trends", "No triggers logged in this period.")
    outcomes = dict(s.outcomes)
    text = QCoreApplication.translate("trends", "%n triggers logged.", None, s.triggers)
    if s.trigger_categories:
        text += " " + QCoreApplication.translate("trends", "Most often: {kind}.").format(
            kind=words.trigger_kind(s.trigger_categories[0][0]).lower()
        )
    text += " " + QCoreApplication.translate(
        "trends", "You got through %n of them without using.", None, outcomes.get("resisted", 0)
    )
    if s.responses_that_worked:
        helped = QCoreApplication.translate("trends", "; ").join(r for r, _n in s.responses_that_worked[:3])
        text += " " + QCoreApplication.translate("trends", "What helped most: {list}.").format(list=helped)
    return text


def kinds_sentence(s: PeriodStats) -> str:
    """The trigger kinds, most often first, with how many of each."""
    if not s.trigger_categories:
        return QCoreApplication.translate("trends", "No triggers logged in this period.")
    parts = [
        QCoreApplication.translate("trends", "{kind} %n", None, count).format(kind=words.trigger_kind(kind))
        for kind, count in s.trigger_categories
    ]
    listed = QCoreApplication.translate("trends", "; ").join(parts)
    return QCoreApplication.translate("trends", "By kind, most often first: {list}.").format(list=listed)


def outcomes_sentence(s: PeriodStats) -> str:
    """How triggers went, as counts: getting through one is said first."""
    if s.triggers == 0:
        return QCoreApplication.translate("trends", "No triggers logged in this period.")
    outcomes = dict(s.outcomes)
    text = QCoreApplication.translate(
        "trends", "You got through %n of {total} without using.", None, outcomes.get("resisted", 0)
    ).format(total=s.triggers)
    if outcomes.get("partly"):
        text += " " + QCoreApplication.translate("trends", "Partly: %n.", None, outcomes["partly"])
    if outcomes.get("used"):
        text += " " + QCoreApplication.translate("trends", "Used: %n.", None, outcomes["used"])
    return text
