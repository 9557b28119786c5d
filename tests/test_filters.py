"""Tests of stancegraph.analysis.filters on hand-built rows and tables: which statements a view keeps, roll-ups."""
import datetime as dt

import pytest

from stancegraph.analysis.filters import (
    STATUSES, StatementFilter, endpoints, filter_from_options, parse_date_range, parse_day, roll_up_targets,
    statement_filter, wanted_types,
)
from stancegraph.analysis.table import StatementTable
from stancegraph.errors import InputError
from stancegraph.kb.codebook import load_codebook


def row(type_="DEMAND", *, status="asserted", date=None, statement_date=None, speaker="biden", speaker_state=None,
        targets=(), target_states=()):
    return {"type": type_, "status": status, "date": date, "statement_date": statement_date, "speaker": speaker,
            "speaker_state": speaker_state, "targets": tuple(targets), "target_states": tuple(target_states)}


ACTORS = {a: {"label": a, "kind": kind} for a, kind in
          [("USA", "state"), ("UKR", "state"), ("RUS", "state"), ("biden", "person"), ("zelensky", "person"),
           ("kremlin", "organ")]}
TABLE = StatementTable(rows=(), actors=ACTORS, documents={},
                       state_of={"zelensky": frozenset({"UKR"}), "kremlin": frozenset({"RUS"})})


def test_filters_default_keeps_every_row():
    keep = statement_filter()
    assert keep == StatementFilter(None, None, None, None, True)
    assert keep.keep(row()) and keep.keep(row("UNKNOWN", status=None))
    assert keep.attrs() == {"types": None, "start": None, "end": None}


@pytest.mark.parametrize("types, kept, dropped", [
    (["demand"], "DEMAND", "REJECT"),
    ("verbal-coop", "AGREE", "DEMAND"),
    (["material-conflict", "AGREE"], "FIGHT", "DEMAND"),
])
def test_filters_types_by_name_or_quad_class(types, kept, dropped):
    keep = statement_filter(types=types)
    assert keep.keep(row(kept)) and not keep.keep(row(dropped))


def test_filters_wanted_types_expands_quad_classes():
    book = load_codebook()
    assert wanted_types(None, book) is None
    assert wanted_types("verbal-conflict", book) == {n for n, e in book.items() if e.quad == "verbal-conflict"}
    with pytest.raises(InputError, match="unknown event type 'DEMANDS'; use code-book names"):
        wanted_types(["DEMANDS"], book)


def test_filters_statuses_are_checked_and_applied():
    keep = statement_filter(statuses="Reported")
    assert keep.statuses == {"reported"}
    assert keep.keep(row(status="reported")) and not keep.keep(row(status="asserted"))
    with pytest.raises(InputError, match=f"unknown status 'likely'; use {', '.join(STATUSES)}"):
        statement_filter(statuses=["likely"])


def test_filters_dates_drop_undated_rows_and_follow_document_dates():
    keep = statement_filter(start="2022-01-01", end=dt.date(2022, 1, 31))
    assert keep.attrs() == {"types": None, "start": "2022-01-01", "end": "2022-01-31"}
    assert keep.keep(row(date="2022-01-15"))
    assert not keep.keep(row(date="2022-02-01")) and not keep.keep(row(date=None))
    own_dates = statement_filter(start="2022-01-01", document_dates=False)
    assert not own_dates.keep(row(date="2022-01-15"))  # a document date only
    assert own_dates.keep(row(date="2022-01-15", statement_date="2022-01-15"))


@pytest.mark.parametrize("value, expected", [
    (None, None), ("", None), ("2022-01-31", dt.date(2022, 1, 31)), ("2022-01-31T23:59:00", dt.date(2022, 1, 31)),
    (dt.datetime(2022, 1, 31, 12), dt.date(2022, 1, 31)), (dt.date(2022, 1, 31), dt.date(2022, 1, 31)),
])
def test_filters_parse_day(value, expected):
    assert parse_day(value, "start") == expected


def test_filters_bad_dates_name_the_parameter():
    with pytest.raises(InputError, match="end='soon' is not an ISO date"):
        parse_day("soon", "end")
    with pytest.raises(InputError, match="start=2022-02-01 is after end=2022-01-01"):
        parse_date_range("2022-02-01", "2022-01-01")
    assert parse_date_range(None, "2022-01-01") == (None, dt.date(2022, 1, 1))


def test_filters_from_options_pops_filters_and_refuses_the_rest():
    options = {"types": ["DEMAND"], "start": "2022-01-01", "roll_up": True}
    with pytest.raises(InputError, match=r"^export_rows: unknown options \['roll_up'\]$"):
        filter_from_options(options, "export_rows")
    assert options == {"roll_up": True}  # the filter keywords were taken out
    assert filter_from_options({"document_dates": False}, "f").document_dates is False


def test_filters_endpoints_without_roll_up_are_the_statement_s():
    r = row(speaker="biden", speaker_state="USA", targets=["zelensky"], target_states=["UKR"])
    assert endpoints(r, TABLE, False) == ("biden", ["zelensky"])


def test_filters_endpoints_roll_persons_up_to_their_states():
    r = row(speaker="biden", speaker_state="USA", targets=["zelensky"], target_states=["UKR"])
    assert endpoints(r, TABLE, True) == ("USA", ["UKR"])


def test_filters_endpoints_keep_targets_without_a_state():
    # the organ is part of one state: rolled up; the persons' posts carry no date here: kept as they are
    r = row(speaker="biden", targets=["zelensky", "kremlin"])
    assert endpoints(r, TABLE, True) == ("biden", ["RUS", "zelensky"])
    assert endpoints(row(speaker="kremlin", targets=["biden"]), TABLE, True) == ("RUS", ["biden"])


@pytest.mark.parametrize("targets, on_behalf, expected", [
    (["zelensky"], {"UKR"}, ["UKR"]),  # via state_of
    (["USA", "zelensky"], {"USA", "UKR"}, ["USA", "UKR"]),  # a state stays itself
    (["biden"], {"USA"}, ["USA"]),  # the one left pairs with the one free state
    (["biden", "someone"], {"USA"}, ["biden", "someone"]),  # two left: no pairing
    (["biden"], set(), ["biden"]),
])
def test_filters_roll_up_targets(targets, on_behalf, expected):
    states = {"USA", "UKR", "RUS"}
    assert roll_up_targets(targets, on_behalf, states, TABLE.state_of) == expected
