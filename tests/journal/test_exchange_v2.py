"""Export format version 2: the recovery plan round-trips exactly, version 1 files still import,
bad files are refused whole with the first bad field named, and nothing in a file can crash the
reader or be echoed back at length."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import dataset, exchange, kdf
from journal.cli import main
from journal.errors import InvalidInput
from journal.records import (
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    Naloxone,
    Plan,
    SafetyPlan,
    UseRecord,
)
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.test_migration import as_version_2

AT = "2026-11-21T20:15:00+00:00"
MIXED = "Hope 🌱💪🏽 أمل وسلام שלום ותקווה 希望と回復 "


@pytest.fixture(scope="module")
def year() -> dict[str, Any]:
    return json.loads(exchange.dumps(dataset.generate(365, end="2026-11-21")))


def new_vault(folder: Path) -> Vault:
    return Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE)


def round_trip(first: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Import `first` into a new vault and export it again."""
    with new_vault(folder) as other:
        other.import_data(json.loads(exchange.dumps(first)))
        return other.export_data(exported_at=first["exported_at"])


def test_a_version_2_file_imports_and_exports_back_byte_for_byte(vault: Vault, year: dict) -> None:
    assert year["version"] == 2 and year["safety_plan"] and year["goals"] and year["use"]
    assert any(c["mood"] is None for c in year["checkins"]) and any(c["with"] for c in year["checkins"])
    report = vault.import_data(year)
    assert report.total_added == exchange.count_records(year)
    assert exchange.dumps(vault.export_data(exported_at=year["exported_at"])) == exchange.dumps(year)
    again = vault.import_data(year)
    assert again.total_added == 0 and again.unchanged == exchange.count_records(year)
    assert not again.safety_plan_kept


def test_a_version_1_file_still_imports(vault: Vault) -> None:
    old = json.loads(exchange.dumps(dataset.generate(60, end="2026-11-21", version=1)))
    assert old["version"] == 1 and "goals" not in old
    vault.import_data(old)
    assert vault.export_data(exported_at=old["exported_at"]) == as_version_2(old)
    with pytest.raises(InvalidInput, match=r"checkins\[0\]\.mood: null is not a whole number"):
        bad = copy.deepcopy(old)
        bad["checkins"][0]["mood"] = None  # version 1 always answered mood and hope
        vault.import_data(bad)


def extreme(vault: Vault) -> None:
    """Long lists, emoji, right-to-left text, nulls: all at once."""
    group = vault.save(Contact(name="AA " + MIXED, role="group", notes="Tuesdays 19:30 " + MIXED * 20))
    people = [vault.save(Contact(name=f"{MIXED} {n}")) for n in range(40)]
    ids = tuple(p.id for p in people)
    vault.save(CheckIn(note=MIXED * 300, at=AT))  # every scale unanswered
    vault.save(CheckIn(hope=0, peer_contact=True, with_ids=(group.id, *ids), at=AT))
    vault.save(CheckIn(craving=10, tags=(MIXED.strip(), "😊"), at="2026-11-21T23:59:59-09:30"))
    vault.set_safety_plan(SafetyPlan(
        warning_signs=tuple(f"{MIXED} sign {n}" for n in range(500)), coping=("",) * 3,
        distractions=(MIXED * 100,), ask_for_help=ids, professionals=(group.id, *ids[:3]),
        safer_surroundings=(), reasons=("‏מהילדים שלי‎", "🧒🏽👧🏻"),
        naloxone=Naloxone(True, None, MIXED), updated=AT,
    ))
    for n in range(100):
        vault.save(Goal(text=f"{MIXED} goal {n}", why=MIXED * (n % 3),
                        status=("active", "done", "paused")[n % 3],
                        target=None if n % 2 else "2027-01-31", created=AT,
                        steps=tuple(GoalStep(f"{MIXED} {n}.{s}", s % 2 == 0) for s in range(50))))
    for n in range(200):
        vault.save(Plan(if_part=f"{MIXED} if {n}", then_part="" if n % 5 else MIXED, created=AT,
                        category=(None, "people", "places")[n % 3]))
    vault.save(CapitalCheck(answers=(1, 6) * 5, at=AT))
    for substance in ("alcohol", MIXED.strip(), "🍺", "кокаин"):
        vault.save(UseRecord(substance=substance, used=True, amount=MIXED * 10, date="2026-11-21"))


def test_extreme_content_round_trips_exactly(vault: Vault, tmp_path: Path) -> None:
    extreme(vault)
    first = vault.export_data(exported_at=AT)
    second = round_trip(first, tmp_path / "other")
    assert exchange.dumps(second) == exchange.dumps(first)
    assert len(first["goals"]) == 100 and len(first["plans"]) == 200
    assert first["checkins"][0]["mood"] is None and first["checkins"][0]["hope"] is None


def test_no_safety_plan_round_trips_as_null(vault: Vault, tmp_path: Path) -> None:
    vault.save(CheckIn(hope=3, at=AT))
    first = vault.export_data(exported_at=AT)
    assert first["safety_plan"] is None and first["goals"] == []
    assert exchange.dumps(round_trip(first, tmp_path / "other")) == exchange.dumps(first)


# ---- round trips of anything a person could write (hypothesis) ---------------------------------

text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
words = text.filter(lambda t: t.strip() != "")
scale = st.none() | st.integers(0, 10)
moments = st.sampled_from([AT, "1999-12-31T23:59:59+14:00", "2026-03-29T01:30:00-09:30"])
days = st.dates().map(lambda d: d.isoformat())


@st.composite
def journals(draw: st.DrawFn) -> dict[str, Any]:
    contacts = draw(st.lists(st.builds(Contact, name=words, role=st.just("group")), max_size=3))
    ids = [c.id for c in contacts]
    named = st.lists(st.sampled_from(ids), unique=True) if ids else st.just([])
    checkins = draw(st.lists(st.builds(
        CheckIn, mood=scale, hope=scale, craving=scale, peer_contact=st.booleans(),
        tags=st.lists(words, max_size=3).map(tuple), note=words, at=moments,
        with_ids=named.map(tuple)), max_size=5))
    plan = draw(st.none() | st.builds(
        SafetyPlan, warning_signs=st.lists(text, max_size=4).map(tuple), reasons=st.lists(text).map(tuple),
        ask_for_help=named.map(tuple), updated=moments,
        naloxone=st.builds(Naloxone, kit=st.booleans(), expires=st.none() | days, where=text)))
    goals = draw(st.lists(st.builds(
        Goal, text=words, why=text, status=st.sampled_from(["active", "done", "paused"]),
        target=st.none() | days, created=moments,
        steps=st.lists(st.builds(GoalStep, text=text, done=st.booleans()), max_size=5).map(tuple)),
        max_size=3))
    plans = draw(st.lists(st.builds(
        Plan, if_part=words, then_part=text, created=moments,
        category=st.none() | st.sampled_from(["people", "times"])), max_size=3))
    capital = draw(st.lists(st.builds(
        CapitalCheck, answers=st.lists(st.integers(1, 6), min_size=10, max_size=10).map(tuple), at=moments),
        max_size=3))
    use = draw(st.lists(st.builds(UseRecord, substance=words, used=st.booleans(), amount=text, date=days),
                        max_size=4, unique_by=lambda u: (u.date, u.substance)))
    return {"contacts": contacts, "checkins": checkins, "plan": plan, "goals": goals, "plans": plans,
            "capital": capital, "use": use}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(journal=journals())
def test_anything_written_round_trips(tmp_path_factory: pytest.TempPathFactory, journal: dict) -> None:
    folder = tmp_path_factory.mktemp("round-trip")
    with new_vault(folder / "a") as vault:
        for record in (*journal["contacts"], *journal["checkins"], *journal["goals"], *journal["plans"],
                       *journal["capital"], *journal["use"]):
            vault.save(record)
        if journal["plan"] is not None:
            vault.set_safety_plan(journal["plan"])
        first = vault.export_data(exported_at=AT)
    assert exchange.dumps(round_trip(first, folder / "b")) == exchange.dumps(first)


# ---- refused whole, the first bad field named ---------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["capital"][3]["answers"].__setitem__(2, 7),
         "capital[3].answers[2]: 7 is out of range 1-6"),
        (lambda d: d["capital"][0]["answers"].pop(), "capital[0].answers: 9 answers, expected 10"),
        (lambda d: d["goals"][1].__setitem__("status", "maybe"),
         'goals[1].status: "maybe" is not one of active, done, paused'),
        (lambda d: d["use"][4].pop("date"), "use[4].date: this field is missing"),
        (lambda d: d["use"][4].__setitem__("used", "no"), "use[4].used: expected true or false"),
        (lambda d: d["use"][5].update(date=d["use"][4]["date"], substance=d["use"][4]["substance"]),
         "use[5].substance:"),
        (lambda d: d["plans"][0].__setitem__("category", "weather"),
         'plans[0].category: "weather" is not one of'),
        (lambda d: d["plans"][0].update({"if": "", "then": " "}), "plans[0]: write the 'if' or the 'then'"),
        (lambda d: d["goals"][0]["steps"].append({"text": "x"}), "goals[0].steps["),
        (lambda d: d["safety_plan"]["naloxone"].__setitem__("expires", "soon"),
         'safety_plan.naloxone.expires: "soon" is not a date'),
        (lambda d: d["safety_plan"].pop("reasons"), "safety_plan.reasons: this field is missing"),
        (lambda d: d["checkins"][2].update(mood=None, hope=None, craving=None, peer_contact=False, tags=[],
                                            note=""), "checkins[2]: a check-in needs at least one answer"),
        (lambda d: d["checkins"][1].__setitem__("with", ["nobody-has-this-id"]),
         'checkins[1].with[0]: "nobody-has-this-id" is not a contact in this file or in your journal'),
        (lambda d: d["safety_plan"]["ask_for_help"].insert(0, "gone"),
         'safety_plan.ask_for_help[0]: "gone" is not a contact in this file or in your journal'),
        (lambda d: d["contacts"][0].__setitem__("role", "boss"), 'contacts[0].role: "boss" is not one of'),
        (lambda d: d.__setitem__("goals", {}), "goals: expected a list"),
    ],
)
def test_one_bad_field_refuses_the_whole_file(vault: Vault, year: dict, change, message: str,
                                             tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    vault.save(CheckIn(hope=5, note="mine"))
    before = vault.export_data(exported_at="x")
    bad = copy.deepcopy(year)
    change(bad)
    with pytest.raises(InvalidInput) as caught:
        vault.import_data(bad)
    assert message in caught.value.message and caught.value.exit_code == 5
    assert vault.export_data(exported_at="x") == before
    # the same through the command line: exit 5, the field named, nothing written
    file = tmp_path / "bad.json"
    file.write_text(exchange.dumps(bad), encoding="utf-8")
    folder = vault.folder
    vault.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["--data-dir", str(folder), "--passphrase-stdin", "import", str(file)])
    assert code == 5 and message in capsys.readouterr().err
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.export_data(exported_at="x") == before


def test_a_contact_named_by_id_may_be_in_the_journal_instead_of_the_file(vault: Vault) -> None:
    group = vault.save(Contact(name="NA Friday", role="group"))
    file = {"format": "recovery-journal", "version": 2, "exported_at": AT,
            "checkins": [{"id": "c1", "at": AT, "mood": None, "hope": 7, "craving": None,
                          "peer_contact": True, "with": [group.id], "tags": [], "note": ""}],
            "safety_plan": {"updated": AT, "warning_signs": [], "coping": [], "distractions": [],
                            "ask_for_help": [group.id], "professionals": [], "safer_surroundings": [],
                            "reasons": [], "naloxone": {"kit": False, "expires": None, "where": ""}}}
    report = vault.import_data(file)
    assert report.added["checkin"] == 1 and report.added["safety_plan"] == 1
    assert vault.get("checkin", "c1").with_ids == (group.id,)


def test_the_journals_safety_plan_is_kept_and_the_report_says_so(vault: Vault, year: dict) -> None:
    mine = vault.set_safety_plan(SafetyPlan(reasons=("my own words",), updated=AT))
    report = vault.import_data(year)
    assert report.safety_plan_kept and vault.safety_plan() == mine
    assert "safety plan was kept" in report.sentence()
    again = vault.import_data({**year, "safety_plan": exchange.record_to_json(mine)})
    assert not again.safety_plan_kept


def test_a_use_answer_already_given_for_that_day_is_kept(vault: Vault) -> None:
    mine, _ = vault.answer_use("2026-11-21", "alcohol", False)
    file = {"format": "recovery-journal", "version": 2, "exported_at": AT,
            "use": [{"id": "other", "date": "2026-11-21", "substance": "alcohol", "used": True, "amount": ""},
                    {"id": "same", "date": "2026-11-21", "substance": "alcohol", "used": False, "amount": ""}
                    ][:1]}
    report = vault.import_data(file)
    assert report.kept_different == 1 and vault.use_on("2026-11-21") == [mine]
    file["use"] = [{"id": "same", "date": "2026-11-21", "substance": "alcohol", "used": False, "amount": ""}]
    assert vault.import_data(file).unchanged == 1


def test_a_deleted_contact_is_left_out_of_the_export_so_it_still_imports(
    vault: Vault, tmp_path: Path
) -> None:
    sam = vault.save(Contact(name="Sam"))
    checkin = vault.save(CheckIn(hope=7, peer_contact=True, with_ids=(sam.id,), at=AT))
    vault.set_safety_plan(SafetyPlan(ask_for_help=(sam.id,), updated=AT))
    vault.delete("contact", sam.id)
    first = vault.export_data(exported_at=AT)
    assert first["checkins"][0]["with"] == [] and first["safety_plan"]["ask_for_help"] == []
    assert exchange.dumps(round_trip(first, tmp_path / "other")) == exchange.dumps(first)
    report = vault.import_data(first)  # the journal's copies still name Sam, and match the file
    assert report.kept_different == 0 and not report.safety_plan_kept
    vault.save(sam)  # undoing the delete brings every mention back
    assert vault.export_data(exported_at=AT)["checkins"][0]["with"] == [sam.id]
    assert vault.get("checkin", checkin.id) == checkin


# ---- hostile files (issue 12, point 10) -------------------------------------------------------------


def test_a_huge_string_is_never_echoed(vault: Vault, year: dict) -> None:
    bad = copy.deepcopy(year)
    bad["goals"][0]["status"] = "m" * 30_000_000
    with pytest.raises(InvalidInput) as caught:
        vault.import_data(bad)
    assert caught.value.message.startswith("goals[0].status:") and len(caught.value.message) < 200


def test_a_number_of_five_thousand_digits_is_invalid_input(tmp_path: Path, data_dir: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidInput, match="invalid input"):
        exchange.loads('{"format": "recovery-journal", "version": ' + "9" * 5000 + "}")
    file = tmp_path / "digits.json"
    file.write_text('{"checkins": [{"mood": ' + "1" * 5000 + "}]}", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(file)]) == 5
    err = capsys.readouterr().err
    assert "invalid input" in err and len(err) < 300


@pytest.mark.parametrize("content", [b"\xff\xfe", b"[" * 100_000, b'{"a": 1e999999}', b"", b"nul\x00"])
def test_every_parse_failure_is_invalid_input(content: bytes) -> None:
    with pytest.raises(InvalidInput):
        exchange.parse_export(exchange.loads(content))


def test_a_file_too_large_for_any_journal_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 1000)
    file = tmp_path / "big.json"
    file.write_bytes(b" " * 1001)
    with pytest.raises(InvalidInput, match=r"larger than .* MB, far more than any journal"):
        exchange.read_file(file)
    file.write_bytes(b" " * 1000)
    assert exchange.read_file(file) == b" " * 1000
