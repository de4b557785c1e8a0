"""The whole build's memory (issue 17): each event type's reports clustered compact and streamed, each
cluster's rows read again to merge it; the entity merge without a tuple or a row dict a row. The
tables are those of before."""

from __future__ import annotations

from functools import partial
from typing import Any

from dipnet.consolidate.entities import PageNames, merge_entities, rule_id
from dipnet.kb import load_kb
from dipnet.store import Store
from test_consolidate import build_store


def _merge(store: Store, streamed: bool) -> Any:
    from dipnet.consolidate import _events_of
    from dipnet.consolidate.changes import merge_events
    from dipnet.consolidate.entities import COLUMNS
    from dipnet.consolidate.pages import link_pages
    from dipnet.store import clustered, state

    docs, briefs = store.rows("documents"), store.rows("briefs")
    _, stories = link_pages(docs, store.rows("segments"), briefs)
    _, _, res = merge_entities(lambda: store.iter_rows("entities", COLUMNS), load_kb())
    published = {(d["doc_id"], -1): d["published_text"] for d in docs}
    return merge_events(partial(_events_of, store, streamed), state.event_types(store.con), res, stories,
                        {d["doc_id"]: d for d in docs}, published, None,
                        partial(clustered.cluster_rows, store.con) if streamed else None)


def test_events_clustered_compact_and_read_again_by_cluster_are_the_same(tmp_path):
    """Streamed (each type's rows clustered as compact reports, each cluster's rows read again to
    merge it), the events, their mentions and actors and every report's state are those of merging
    each type's full reports in memory."""
    with Store(build_store(tmp_path / "kb.duckdb"), read_only=True) as store:
        whole, streamed = _merge(store, False), _merge(store, True)
    assert len(whole.events) < len(whole.state["mention_id"])  # some reports merged
    assert streamed.events == whole.events
    assert sorted(map(repr, streamed.mentions)) == sorted(map(repr, whole.mentions))
    assert sorted(map(repr, streamed.actors)) == sorted(map(repr, whole.actors))
    assert streamed.state == whole.state


def test_rows_read_again_come_by_cluster_in_cluster_order(tmp_path):
    """cluster_rows gives each cluster's rows together, clusters in their order, without the row id;
    rows of another type or in no cluster are not read."""
    from dipnet.store import clustered

    with Store(tmp_path / "s.duckdb") as store:
        for i, kind in enumerate(["会见", "会见", "访问", "会见", "会见"]):
            store.con.execute("INSERT INTO events (doc_id, idx, type, evidence) VALUES (?, ?, ?, ?)",
                              [f"页{i}", i, kind, f"证{i}"])
        rows = list(clustered.type_rows(store.con, "会见"))
        rid = {r["doc_id"]: r[clustered.RID] for r in rows}
        got = list(clustered.cluster_rows(store.con, "会见", [rid["页4"], rid["页0"], rid["页1"]], [1, 0, 1]))
    assert [r["doc_id"] for r in rows] == ["页0", "页1", "页3", "页4"]
    assert [sorted(r["doc_id"] for r in g) for g in got] == [["页0"], ["页1", "页4"]]
    assert all(clustered.RID not in r and r["evidence"] for g in got for r in g)


def _row(doc: str, local: str, type_: str, name: str, kb_id: str | None = None) -> dict[str, Any]:
    return {"doc_id": doc, "entity_id": local, "type": type_, "name": name, "kb_id": kb_id, "country": None,
            "sector": None, "mentions": "[]"}


def test_entity_links_as_arrow_are_the_row_dicts_and_a_local_ids_last_rule_row_wins():
    """merge_entities(arrow=True) gives entity_links as a pyarrow Table with the rows of the row dicts,
    in their order. A page's local id with several rows links as before: a rule-found row wins over a
    KB one, the last of the greatest type among those."""
    rows = [_row("页乙", "e1", "PERSON", "黎明光"), _row("页甲", "e2", "ORG", "青松协会"),
            _row("页甲", "e1", "PERSON", "范文同"), _row("页甲", "e1", "ORG", "白云基金"),
            _row("页甲", "e1", "COUNTRY", "越南", "country:VN"), _row("页甲", "e1", "PERSON", "阮明河"),
            _row("页乙", "e3", "COUNTRY", "越南", "country:VN")]
    kb = load_kb()
    _, dicts, res = merge_entities(rows, kb)
    _, table, _ = merge_entities(rows, kb, arrow=True)
    assert table.to_pylist() == dicts
    links = {(r["doc_id"], r["local_id"]): r["entity_id"] for r in dicts}
    assert links[("页甲", "e1")] == rule_id("PERSON", "阮明河")  # PERSON > ORG, the last PERSON row
    assert links[("页乙", "e3")] == "country:VN" and len(dicts) == len(rows)
    assert [r["doc_id"] for r in dicts] == sorted(r["doc_id"] for r in rows)
    assert res.resolve("阮明河", "页甲") == rule_id("PERSON", "阮明河")


def test_page_names_map_a_page_and_name_as_a_dict_of_pairs():
    names, pairs = PageNames(), {}
    for key, gid in [(("页甲", "河内"), "g1"), (("页乙", "河内"), "g2"), (("页甲", "河内"), "g3"), (("页甲", "顺化"), "g4")]:
        names[key] = gid
        pairs[key] = gid
    assert len(names) == len(pairs) == 3
    assert all(k in names and names[k] == v for k, v in pairs.items())
    assert ("页乙", "顺化") not in names and ("页丙", "河内") not in names and "页甲" not in names


def test_event_reports_written_by_small_parts_and_staged_early_give_the_same_tables(tmp_path, monkeypatch):
    """The whole build sorts the staged event_reports in parts of REPORT_PART_ROWS (a range of the sort
    key each) and stages its signatures, link state and entity links before merging events: with parts
    of two reports every consolidated, cache and state table is that of parts larger than the store."""
    from dipnet.store import state
    from test_consolidate import _consolidated

    whole = _consolidated(build_store(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(state, "REPORT_PART_ROWS", 2)
    parts = _consolidated(build_store(tmp_path / "parts.duckdb"))
    assert len(whole["kb_events"]) > 4 and whole["page_features"] and whole["entity_links"]
    for table in whole:
        assert parts[table] == whole[table], table


def test_the_whole_builds_duckdb_memory_grows_with_the_store_within_work_memory(tmp_path, monkeypatch):
    """bulk_memory: the indexes the writes build (by the extracted tables' rows) plus BULK_HEADROOM,
    never past WORK_MEMORY, never under BULK_FLOOR."""
    from dipnet.store import WORK_MEMORY, writes

    with Store(build_store(tmp_path / "kb.duckdb")) as store:
        small = int(store.bulk_memory().removesuffix("MB"))
        monkeypatch.setattr(writes, "INDEX_ROW_BYTES", 2**24)  # as if every row were 16 MB
        large = int(store.bulk_memory().removesuffix("MB"))
    assert writes.BULK_FLOOR <= small <= max(writes.BULK_FLOOR, writes.BULK_HEADROOM + 1) < large == int(WORK_MEMORY.removesuffix("MB"))


def test_an_entitys_pages_are_counted_alike_whether_a_pages_rows_come_together_or_not():
    """n_docs: counted as rows come when each page's rows are together (as the store reads them),
    from sets otherwise; either way each page once."""
    rows = [_row("页甲", "e1", "COUNTRY", "越南", "country:VN"), _row("页乙", "e1", "COUNTRY", "越南", "country:VN"),
            _row("页甲", "e2", "COUNTRY", "越南", "country:VN"), _row("页丙", "e1", "ORG", "青松协会"),
            _row("页甲", "e3", "ORG", "青松协会")]
    kb = load_kb()
    apart = {e["entity_id"]: e["n_docs"] for e in merge_entities(rows, kb)[0]}
    together = {e["entity_id"]: e["n_docs"] for e in merge_entities(sorted(rows, key=lambda r: r["doc_id"]), kb)[0]}
    assert apart == together and apart["country:VN"] == 2 and apart[rule_id("ORG", "青松协会")] == 2


def test_the_whole_builds_entity_merge_reads_within_its_own_limit(tmp_path, monkeypatch):
    """The whole build runs within Store.bulk_memory, and its entity merge (two sorted reads of every
    entity row) within ENTITY_READ_MEMORY; an add keeps its own limits."""
    import dipnet.consolidate as consolidation
    from dipnet.store import writes

    limits: list[str] = []
    real_capped, real_merge = Store.capped, consolidation.merge_entities

    def capped(self: Store, limit: str = "256MB", threads: int | None = None) -> Any:
        limits.append(limit)
        return real_capped(self, limit, threads)

    def merge(*args: Any, **kwargs: Any) -> Any:
        limits.append("merge")
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(Store, "capped", capped)
    # each phase's room as its limit (what DuckDB holds is added to it: tests/test_consolidate_cs27.py)
    monkeypatch.setattr(Store, "room_above_held", lambda self, room: room)
    monkeypatch.setattr(consolidation, "merge_entities", merge)
    with Store(tmp_path / "kb.duckdb") as store:
        bulk = store.bulk_memory()
    build_store(tmp_path / "kb.duckdb")
    # (the preparation within PREPARE_MEMORY and the early staging within EARLY_STAGE_MEMORY before it:
    # tests/test_consolidate_cs25.py and cs26.py)
    assert limits[:5] == [bulk, consolidation.PREPARE_MEMORY, writes.EARLY_STAGE_MEMORY,
                          consolidation.ENTITY_READ_MEMORY, "merge"]
