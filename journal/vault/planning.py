"""The recovery plan's questions and answers as SQL: the safety plan, goals, if-then plans,
recovery capital (BARC-10), the use record and its setting, and who the time in recovery was
spent with.

Every function takes an open connection (the Vault's, under its lock; `Vault` has a thin door to
each). Saving and deleting go through rows.py like every other kind, so undo is the same for all:
a delete hands the record back and saving it again restores it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from ..errors import InvalidInput
from ..i18n import translate
from ..records import (
    SAFETY_PLAN_ID,
    CapitalCheck,
    Goal,
    Plan,
    SafetyPlan,
    UseRecord,
    UseTracking,
    check_use_tracking,
)
from . import rows

USE_TRACKING_KEY: Final = "use_tracking"


@dataclass(frozen=True)
class UseDays:
    """One substance over a period: on how many days it was used, and on how many answered."""

    substance: str
    days_used: int
    days_answered: int


@dataclass(frozen=True)
class Companion:
    """A contact named in the period's check-ins ("who I was with"): on how many days."""

    contact_id: str
    name: str
    role: str
    days: int


# ---- the safety plan ------------------------------------------------------------------------------


def safety_plan(connection: Any) -> SafetyPlan | None:
    return cast(SafetyPlan | None, rows.get(connection, "safety_plan", SAFETY_PLAN_ID))


# ---- goals and plans ------------------------------------------------------------------------------


def goals(connection: Any, status: str | None = None) -> list[Goal]:
    """Goals oldest first; only those with `status` when given."""
    found = cast(list[Goal], rows.list_records(connection, "goal"))
    return [goal for goal in found if status is None or goal.status == status]


def plans_for_category(connection: Any, category: str | None) -> list[Plan]:
    """If-then plans of one trigger category (None: the plans without one), newest first."""
    where = "category IS NULL" if category is None else "category = ?"
    params: tuple[Any, ...] = () if category is None else (category,)
    found = connection.execute(
        f"SELECT {rows.select_columns('plan')} FROM plans WHERE {where}"
        " ORDER BY created_utc DESC, seq DESC",
        params,
    ).fetchall()
    return [cast(Plan, rows.row_to_record("plan", row)) for row in found]


# ---- recovery capital -------------------------------------------------------------------------------


def capital_history(
    connection: Any, start_day: str | None = None, end_day: str | None = None
) -> list[CapitalCheck]:
    """BARC-10 answer sheets oldest first, within the days given."""
    return cast(
        list[CapitalCheck],
        rows.list_records(connection, "capital", start_day=start_day, end_day=end_day),
    )


def latest_capital(connection: Any, before_day: str | None = None) -> CapitalCheck | None:
    """The newest BARC-10 sheet (on or before `before_day` when given)."""
    found = rows.list_records(connection, "capital", end_day=before_day, newest_first=True, limit=1)
    return cast(CapitalCheck, found[0]) if found else None


# ---- the use record ---------------------------------------------------------------------------------


def use_records(
    connection: Any, start_day: str, end_day: str, substance: str | None = None
) -> list[UseRecord]:
    """The answers of a period, by day then substance; of one substance when given."""
    found = cast(
        list[UseRecord], rows.list_records(connection, "use", start_day=start_day, end_day=end_day)
    )
    return [record for record in found if substance is None or record.substance == substance]


def use_answer(connection: Any, day: str, substance: str) -> UseRecord | None:
    row = connection.execute(
        f"SELECT {rows.select_columns('use')} FROM use_records WHERE date = ? AND substance = ?",
        (day, substance),
    ).fetchone()
    return cast(UseRecord, rows.row_to_record("use", row)) if row else None


def refuse_second_answer(connection: Any, record: UseRecord) -> None:
    """One answer per day and substance: a second record for the same pair is refused plainly
    (the app edits the day's answer instead: `Vault.answer_use`)."""
    held = use_answer(connection, record.date, record.substance)
    if held is not None and held.id != record.id:
        message = translate(
            "planning", "use: there is already an answer for {substance} on {date}"
        )
        raise InvalidInput(message.format(substance=record.substance, date=record.date))


def use_days(connection: Any, start_day: str, end_day: str) -> list[UseDays]:
    """Days used and days answered per substance in the period, substances in name order."""
    found = connection.execute(
        "SELECT substance, sum(used), count(*) FROM use_records WHERE date BETWEEN ? AND ?"
        " GROUP BY substance ORDER BY substance",
        (start_day, end_day),
    ).fetchall()
    return [UseDays(str(name), int(used), int(answered)) for name, used, answered in found]


def use_tracking(connection: Any) -> UseTracking:
    text = rows.setting(connection, USE_TRACKING_KEY)
    if text is None:
        return UseTracking()
    value = json.loads(text)
    return UseTracking(bool(value.get("on", False)), tuple(value.get("substances", ())))


def set_use_tracking(connection: Any, setting: UseTracking) -> None:
    check_use_tracking(setting)
    text = json.dumps({"on": setting.on, "substances": list(setting.substances)}, ensure_ascii=False)
    rows.set_setting(connection, USE_TRACKING_KEY, text)


# ---- who the time in recovery was spent with --------------------------------------------------------


def companions(connection: Any, start_day: str, end_day: str) -> list[Companion]:
    """The contacts check-ins of the period name in `with`, most days first.

    A contact deleted since is left out (its id stays in the check-in, so undoing the delete
    brings it back).
    """
    found = connection.execute(
        "SELECT j.value, c.name, c.role, count(DISTINCT k.day) AS days"
        " FROM checkins k, json_each(k.with_ids) j JOIN contacts c ON c.id = j.value"
        " WHERE k.day BETWEEN ? AND ? GROUP BY j.value ORDER BY days DESC, c.seq",
        (start_day, end_day),
    ).fetchall()
    return [Companion(str(i), str(name), str(role), int(days)) for i, name, role, days in found]


def known_contact_ids(connection: Any, ids: Sequence[str]) -> set[str]:
    """Which of `ids` are contacts in the vault."""
    if not ids:
        return set()
    found = connection.execute(
        "SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)),),
    ).fetchall()
    return {str(row[0]) for row in found}


def all_contact_ids(connection: Any) -> set[str]:
    return {str(row[0]) for row in connection.execute("SELECT id FROM contacts").fetchall()}
