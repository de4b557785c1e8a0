"""What the whole build holds of every page and entity, bounded (issue 17, cb3): entity_links staged as the
entity merge makes them and sorted by DuckDB (the order Arrow's sort gave), kb_entities staged a chunk at a
time, the pages' rows slimmed to what the event merge reads. The tables are those of before."""

from __future__ import annotations

from typing import Any

from dipnet.consolidate import bounded, entities
from dipnet.consolidate.entities import merge_entities
from dipnet.kb import load_kb
from dipnet.store import Store
from test_consolidate import _consolidated, build_store
from test_consolidate_cs24 import _row


def _rows() -> list[dict[str, Any]]:
    """Pages whose ids sort otherwise by code point than by their first character's (Latin, CJK, a
    supplementary-plane character), local ids of several rows, pages whose rows do not come together."""
    out = []
    for i, doc in enumerate(["页乙", "a页", "页甲", "Z页", "𠀀页", "页甲甲", "页", "b"]):
        out += [_row(doc, f"e{i % 3}", "PERSON", f"黎明光{i}"), _row(doc, "e10", "ORG", "青松协会"),
                _row(doc, f"e{i % 3}", "COUNTRY", "越南", "country:VN"), _row(doc, "e2", "ORG", f"白云基金{i % 2}")]
    return out[5:] + out[:5]


def test_entity_links_staged_as_made_and_sorted_by_duckdb_are_arrows_rows_in_its_order(tmp_path, monkeypatch):
    rows = _rows()
    kb = load_kb()
    ents, table, _ = merge_entities(rows, kb, arrow=True)
    monkeypatch.setattr(entities, "LINK_CHUNK", 3)  # several parts, the last one short
    parts: list[Any] = []
    with Store(tmp_path / "s.duckdb") as store:
        sink = bounded.LinkSink(store, "64MB")

        def given(part: Any) -> None:
            parts.append(part.num_rows)
            sink(part)

        ents2, none, _ = merge_entities(rows, kb, arrow=True, sink=given)
        staged = sink.sorted()
        got = store.con.execute(f"SELECT doc_id, local_id, entity_id FROM {staged.table}").fetchall()
    assert none is None and ents2 == ents and parts[:-1] == [3] * (len(parts) - 1) and len(parts) > 3
    assert staged.rows == len(rows) == table.num_rows
    assert got == [(r["doc_id"], r["local_id"], r["entity_id"]) for r in table.to_pylist()]


def test_no_link_at_all_stages_an_empty_table(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        sink = bounded.LinkSink(store, "64MB")
        _, none, _ = merge_entities([], load_kb(), arrow=True, sink=sink)
        staged = sink.sorted()
        assert none is None and staged.rows == 0
        assert store.con.execute(f"SELECT count(*) FROM {staged.table}").fetchall() == [(0,)]


def test_rows_staged_a_chunk_at_a_time_are_those_staged_at_once(tmp_path):
    rows = merge_entities(_rows(), load_kb())[0]
    assert any(r["kb_id"] is None for r in rows[:2]) or any(r["kb_id"] is None for r in rows[2:4])
    with Store(tmp_path / "s.duckdb") as store:
        whole = store.stage("kb_entities", list(rows), None)
        kept = list(rows)
        parts = bounded.stage_rows(store, "kb_entities", kept, 2)  # chunks with a column all NULL
        read = lambda t: store.con.execute(f"SELECT * FROM {t}").fetchall()  # noqa: E731
        assert kept == [] and parts.rows == whole.rows == len(rows) and read(parts.table) == read(whole.table)


def test_the_pages_rows_keep_what_the_event_merge_reads():
    docs = [{"doc_id": "页甲", "source": "vna", "url": "https://x/1", "title": "标题", "published_text": "2026-02-06"},
            {"doc_id": "页乙", "source": "v" + "na", "url": None, "title": None, "published_text": None}]
    ids, by_doc = bounded.slim_pages(docs)
    assert ids == ["页甲", "页乙"] and by_doc == {"页甲": {"source": "vna", "url": "https://x/1"},
                                              "页乙": {"source": "vna", "url": None}}
    assert by_doc["页甲"]["source"] is by_doc["页乙"]["source"]  # one string a source
    lazy = object()
    assert bounded.slim_pages(docs, lazy) == (["页甲", "页乙"], lazy)


def test_the_whole_build_with_links_and_entities_staged_by_small_parts_gives_the_same_tables(tmp_path, monkeypatch):
    whole = _consolidated(build_store(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(entities, "LINK_CHUNK", 2)
    monkeypatch.setattr(bounded, "ENTITY_CHUNK", 2)
    monkeypatch.setattr(bounded.stage_rows, "__defaults__", (2,))
    parts = _consolidated(build_store(tmp_path / "parts.duckdb"))
    assert len(whole["entity_links"]) > 4 and len(whole["kb_entities"]) > 4
    for table in whole:
        assert parts[table] == whole[table], table
    with Store(tmp_path / "whole.duckdb", read_only=True) as a, Store(tmp_path / "parts.duckdb", read_only=True) as b:
        for t in ("entity_links", "kb_entities"):  # and in the same order
            assert a.con.execute(f"SELECT * FROM {t}").fetchall() == b.con.execute(f"SELECT * FROM {t}").fetchall()
