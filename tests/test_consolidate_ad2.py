"""The 100k add's Python side (issue 17, ad2): `compatible` asks whether two reports share a story only once their
dates do not part them, `choose` makes each candidate's members once, and an add's replay runs with what was alive
before it frozen (consolidate.gcfrozen). None decides anything differently: the decisions are checked against the
forms they replace on invented reports of every kind (dated, coarse, undated, one story or not)."""

from __future__ import annotations

import gc
import random
import weakref
from datetime import date, timedelta

import pytest

from dipnet.consolidate import events
from dipnet.consolidate.events import TYPE_WINDOW, WINDOW, Report, _coarse, _gap, _once, _sets_agree, _year, _year_only
from dipnet.consolidate.gcfrozen import frozen
from dipnet.consolidate.pages import Stories


def _old_compatible(a: Report, b: Report, stories: Stories, dominant: frozenset[str] = frozenset()) -> bool:
    """events.compatible as it was before ad2 (the story asked first, for every pair)."""
    if a.row["type"] != b.row["type"] or a.unit == b.unit:
        return False
    same_story = stories.same(a.unit, b.unit)
    window = TYPE_WINDOW.get(a.row["type"], WINDOW)
    if a.span and b.span:
        if a.span[0] - window > b.span[1] or b.span[0] - window > a.span[1]:
            return False
    elif not same_story and not (a.span is None and b.span is None and set(a.ids) == set(b.ids)):
        return False
    if not same_story and (_coarse(a) or _coarse(b)):
        if _year(a) != _year(b) or a.countries != b.countries or not a.countries - dominant:
            return False
        paged = (a.soft or b.soft) and not (_year_only(a) or _year_only(b))
        if not (a.people & b.people or _once(a, b) or paged):
            return False
    if not (_sets_agree(a.people, b.people) and _sets_agree(a.countries, b.countries)):
        return False
    if a.people and b.people and not a.people & b.people:
        return False
    if a.sources and b.sources and not a.sources & b.sources:
        return False
    if a.location and b.location and a.location != b.location:
        if a.location_country != b.location_country:
            return False
        if not (a.location.startswith("country:") or b.location.startswith("country:")):
            return False
    if same_story:
        return bool(set(a.ids) & set(b.ids) or a.countries & b.countries)
    shared = (set(a.ids) & set(b.ids)) - dominant
    if shared & (a.people | b.people):
        return True
    if any(not i.startswith("country:") and a.home.get(i) not in dominant for i in shared) \
            and not (a.people and b.people):
        return True
    other_a, other_b = a.countries - dominant, b.countries - dominant
    return bool(other_a) and other_a == other_b and not (a.people and b.people)


def _old_choose(rep: Report, candidates, stories: Stories, dominant: frozenset[str]) -> int | None:
    best, best_score = None, None
    for c, members in enumerate(candidates):
        if all(_old_compatible(rep, m, stories, dominant) for m in members):
            shared = max(len(set(rep.ids) & set(m.ids)) for m in members)
            gap = min(_gap(rep.span, m.span) for m in members)
            score = (stories.same(rep.unit, members[0].unit), shared, -gap)
            if best_score is None or score > best_score:
                best, best_score = c, score
    return best


PEOPLE = ["person:甲", "person:乙", "person:丙"]
BODIES = ["org:东盟", "org:外交部"]
LANDS = ["country:VN", "country:LA", "country:KH"]


def _report(rnd: random.Random, n: int) -> Report:
    people = set(rnd.sample(PEOPLE, rnd.randint(0, 2)))
    countries = set(rnd.sample(LANDS, rnd.randint(0, 2)))
    ids = [*sorted(people), *rnd.sample(BODIES, rnd.randint(0, 1)), *sorted(countries)]
    kind = rnd.choice(["day", "day", "month", "year", "none", "paged"])
    day = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 500))
    span = {"day": (day, day), "month": (day.replace(day=1), day.replace(day=28)), "year": (date(day.year, 1, 1), date(day.year, 12, 31)),
            "none": None, "paged": (day, day + timedelta(days=3))}[kind]
    rank = {"day": 0, "month": 1, "year": 2, "none": 3, "paged": 0}[kind]
    loc = rnd.choice([None, "country:VN", "city:河内", "city:万象"])
    return Report(row={"type": rnd.choice(["VISIT", "MEETING", "RELATION_CHANGE"])}, mention_id=f"m{n}",
                  unit=(f"d{rnd.randint(0, 12)}", rnd.choice([-1, -1, 0, 1])), ids=ids, people=people,
                  countries=countries, sources=set(rnd.sample(sorted(people), min(1, len(people)))), location=loc,
                  location_country=None if loc is None else ("country:VN" if loc in ("country:VN", "city:河内") else "country:LA"),
                  span=span, rank=rank, soft=kind == "paged", home={i: ("country:VN" if i.startswith("org:外") else None) for i in ids},
                  attrs={"level": "全面战略伙伴"} if rnd.random() < 0.3 else {})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_compatible_and_choose_decide_as_before(seed):
    rnd = random.Random(seed)
    reports = [_report(rnd, n) for n in range(90)]
    stories = Stories()
    for _ in range(12):  # some pages' units in one story
        stories.union((f"d{rnd.randint(0, 12)}", -1), (f"d{rnd.randint(0, 12)}", rnd.choice([-1, 0])))
    told = set()
    for dominant in (frozenset(), frozenset({"country:VN"})):
        for a in reports:
            for b in reports:
                got = events.compatible(a, b, stories, dominant)
                assert got == _old_compatible(a, b, stories, dominant), (a, b, dominant)
                told.add(got)
        clusters = [reports[i:i + rnd.randint(1, 4)] for i in range(0, 60, 4)]
        for rep in reports[60:]:
            assert events.choose(rep, clusters, stories, dominant) == _old_choose(rep, clusters, stories, dominant)
    assert told == {True, False}


def test_choose_with_an_empty_candidate_fails_as_before():
    rnd = random.Random(5)
    rep = _report(rnd, 0)
    with pytest.raises(ValueError):
        _old_choose(rep, [[]], Stories(), frozenset())
    with pytest.raises(ValueError):
        events.choose(rep, [[]], Stories(), frozenset())


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_frozen_collects_the_cycles_made_in_it_and_unfreezes():
    before = _Node()
    before.other = before  # a cycle alive before the block: frozen inside it
    with frozen():
        assert gc.get_freeze_count() > 0
        made = _Node()
        made.other = made
        gone = weakref.ref(made)
        del made
    assert gone() is None  # collected as the block ended
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), frozen():
        raise RuntimeError("the replay failed")
    assert gc.get_freeze_count() == 0
    assert before.other is before


def test_frozen_in_a_process_frozen_already_leaves_its_freeze_as_it_was():
    gc.freeze()  # as the server does at its start
    try:
        held = gc.get_freeze_count()
        with frozen():
            made = _Node()
            made.other = made
            gone = weakref.ref(made)
            del made
        assert gone() is None
        assert gc.get_freeze_count() >= held > 0
    finally:
        gc.unfreeze()


def _reports_sql(con) -> str:
    return con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'event_reports'").fetchall()[0][0]


def test_event_reports_keeps_its_looked_up_texts_uncompressed_and_an_older_store_is_upgraded(tmp_path):
    """A new store's event_reports keeps stateupgrade.PLAIN's columns uncompressed, and so does the whole build's
    (the table made again by its own statement); an older store's (DuckDB's compression: a table made by CREATE
    AS) is made again when it is opened, its rows the same in the same order."""
    import duckdb

    from dipnet.consolidate import consolidate
    from dipnet.store import Store, stateupgrade
    from test_consolidate_cs13 import _stored

    db = _stored(tmp_path)
    con = duckdb.connect(str(db))
    assert all(f"{c} VARCHAR USING COMPRESSION" in _reports_sql(con) for c in stateupgrade.PLAIN)
    con.execute("CREATE TABLE _old AS FROM event_reports")
    con.execute("DROP TABLE event_reports")
    con.execute("ALTER TABLE _old RENAME TO event_reports")
    assert "USING COMPRESSION" not in _reports_sql(con)
    before = con.execute("SELECT * FROM event_reports ORDER BY rowid").fetchall()
    assert len(before) > 10
    con.close()
    with Store(db) as store:
        assert all(f"{c} VARCHAR USING COMPRESSION" in _reports_sql(store.con) for c in stateupgrade.PLAIN)
        assert store.con.execute("SELECT * FROM event_reports ORDER BY rowid").fetchall() == before
        consolidate(store)  # the whole build writes it again: still uncompressed
        assert all(f"{c} VARCHAR USING COMPRESSION" in _reports_sql(store.con) for c in stateupgrade.PLAIN)
        assert sorted(store.con.execute("SELECT * FROM event_reports").fetchall(), key=str) == sorted(before, key=str)
