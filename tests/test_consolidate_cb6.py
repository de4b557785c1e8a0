"""What the whole build holds after its event merge (issue 17, cb6): the timelines fold a stream of their
source rows a part at a time (store.iter_rows), not every roles, relations and facts row as dicts at once,
with the same rows as over the list; the RELATION_CHANGE events the relation timeline reads are read back
from the kb_events rows staged, not kept in Python through the merge; the heap each type's clustering freed is given back before its reread.
Invented people, lands and pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dipnet.consolidate import bounded, changes, timelines
from dipnet.consolidate.bounded import staged_changes
from dipnet.consolidate.entities import Resolver, normalize
from dipnet.consolidate.timelines import fact_claims, relation_timeline, role_timeline
from dipnet.kb import load_kb
from dipnet.store import Store
from test_consolidate import _consolidated, build_store

PEOPLE = {"person:x-jia": "甲小明", "person:x-yi": "乙大山"}
LANDS = {"甲兰国": "country:XA", "乙兰国": "country:XB", "丙兰国": "country:XC"}


def _resolver(seen: list[set[str]]) -> Resolver:
    entities = {pid: {"name": name, "type": "PERSON", "country": None} for pid, name in PEOPLE.items()}
    by_name = {normalize(n): pid for pid, n in PEOPLE.items()} | {normalize(n): i for n, i in LANDS.items()}
    res = Resolver(load_kb(), entities, {}, by_name)
    res.hooks.append(lambda docs: seen.append(set(docs)))  # the pages prefetched, part by part
    return res


def _roles() -> list[dict[str, Any]]:
    """Two people's posts over six pages: the first rows of a post without a body or a country, dates
    out of order, a title written two ways."""
    rows = []
    for i in range(6):
        rows.append({"doc_id": f"页{i}", "person": "甲小明", "title": "新任外长" if i % 2 else "外长",
                     "as_of": f"2031-0{9 - i}-01" if i != 3 else None, "body": "外交部" if i >= 2 else None,
                     "country": None if i < 4 else "甲兰国", "evidence": f"甲小明第{i}句"})
        rows.append({"doc_id": f"页{i}", "person": "乙大山", "title": "总理", "as_of": None,
                     "body": "" if i < 5 else "政府", "country": "乙兰国", "evidence": f"乙大山第{i}句"})
    return rows


def _relations() -> list[dict[str, Any]]:
    return [{"doc_id": f"页{i}", "a": "甲兰国", "b": "乙兰国" if i % 2 else "丙兰国", "level": "全面伙伴关系",
             "since": "2030" if i == 2 else None, "evidence": f"两国于2030年建立全面伙伴关系{i}", "brief": None}
            for i in range(5)]


def _facts() -> list[dict[str, Any]]:
    return [{"doc_id": f"页{i}", "subject": "甲兰国", "predicate": "人口", "value": json.dumps(100 + i % 2),
             "unit": "万", "as_of": "2030" if i % 3 else None, "evidence": f"人口第{i}句", "brief": None}
            for i in range(7)]


PUBLISHED = {(f"页{i}", -1): f"2031-01-0{i + 1}" for i in range(8)}


def _stream(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from (dict(r) for r in rows)


@pytest.mark.parametrize("part", [1, 3, 100])
def test_timelines_of_a_stream_are_those_of_the_list(part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_kb()
    listed: list[set[str]] = []
    want = (role_timeline(_roles(), _resolver(listed), kb),
            relation_timeline(_relations(), [], _resolver(listed), PUBLISHED),
            fact_claims(_facts(), _resolver(listed), PUBLISHED))
    assert want[0] and want[1] and want[2]
    assert len(listed) == 3  # a list: its pages prefetched at once
    monkeypatch.setattr(timelines, "PART", part)
    streamed: list[set[str]] = []
    got = (role_timeline(_stream(_roles()), _resolver(streamed), kb),
           relation_timeline(_stream(_relations()), [], _resolver(streamed), PUBLISHED),
           fact_claims(_stream(_facts()), _resolver(streamed), PUBLISHED))
    assert got == want
    # a stream: each part's pages prefetched before its rows are read
    assert len(streamed) == sum(-(-n // part) for n in (len(_roles()), len(_relations()), len(_facts())))


def test_a_posts_body_and_country_are_its_first_rows_that_have_one() -> None:
    got = {r["person_id"]: r for r in role_timeline(_stream(_roles()), _resolver([]), load_kb())
           if r["origin"] == "pages" and r["title"] == "总理"}
    yi = got["person:x-yi"]
    assert (yi["body"], yi["country"], yi["evidence"], yi["n_docs"]) == ("政府", "乙兰国", "乙大山第0句", 6)


def _event(i: int, kind: str, status: str, date: str | None) -> dict[str, Any]:
    return {"event_id": f"ev{i:02d}", "type": kind, "status": status, "date": date,
            "attributes": json.dumps({"level": "全面伙伴关系"}), "evidence": f"甲乙两国宣布关系升级{i}",
            "participant_ids": json.dumps(["country:XA", "country:XB"]), "participants": json.dumps(["甲兰国", "乙兰国"])}


def test_staged_relation_changes_are_those_the_timeline_reads(tmp_path: Path) -> None:
    events = [_event(5, "RELATION_CHANGE", "occurred", "2031-03-01"), _event(1, "MEET", "occurred", "2031-01-01"),
              _event(3, "RELATION_CHANGE", "occurred", "2030-05-01"), _event(4, "RELATION_CHANGE", "planned", "2032"),
              _event(2, "RELATION_CHANGE", "occurred", None)]
    with Store(tmp_path / "s.duckdb") as store:
        staged = store.stage("kb_events", events[:2], None)
        staged = store.stage("kb_events", events[2:], staged)
        got = staged_changes(store, staged)
    assert [e["event_id"] for e in got] == ["ev03", "ev05"]  # occurred, dated, by id: all a pair comes of
    changes = sorted((e for e in events if e["type"] == "RELATION_CHANGE"), key=lambda e: e["event_id"])
    rows = _relations()
    want = relation_timeline(rows, changes, _resolver([]), PUBLISHED)
    assert relation_timeline(rows, got, _resolver([]), PUBLISHED) == want
    assert any(r["event_id"] == "ev03" for r in want)


def test_the_whole_build_with_timelines_streamed_and_staged_by_small_parts_gives_the_same_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _consolidated(build_store(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(timelines, "PART", 1)
    monkeypatch.setattr(bounded.stage_rows, "__defaults__", (2,))
    trims: list[int] = []
    monkeypatch.setattr(changes, "trim_heap", lambda: trims.append(1))
    parts = _consolidated(build_store(tmp_path / "parts.duckdb"))
    assert len(whole["role_timeline"]) > 2 and whole["fact_claims"] and whole["kb_events"]
    for table in whole:
        assert parts[table] == whole[table], table
    assert trims  # after each type's clustering
