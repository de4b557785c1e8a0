"""Consolidation at scale: what keeps its memory bounded and its cost per page flat decides as the
plain way does (the LSH index, the event merge a type at a time, event_text in chunks, DuckDB's
memory capped while consolidating)."""

from __future__ import annotations

from pathlib import Path

from dipnet.kb import load_kb
from dipnet.store import Store
from test_consolidate import build_store


def test_lsh_candidates_are_the_pairs_sharing_a_band():
    """The banded index (numpy, a band at a time) finds exactly the pairs whose signatures agree on
    every row of some band: near-copies of one report, a page sharing one band only, none else."""
    from dipnet.consolidate.minhash import BANDS, ROWS, candidates, shingles, signature

    text = "越南政府总理范明政会见新加坡总理黄循财,双方同意深化两国全面战略伙伴关系并加强数字经济合作。"
    sigs = {"a": signature(shingles(text)), "b": signature(shingles(text + "双方还交换了意见。")),
            "c": signature(shingles("老挝国家主席通伦·西苏里在万象会见柬埔寨首相洪玛奈。")), "d": signature([]),
            "e": signature([])}
    one_band = sigs["c"].copy()
    one_band[ROWS:] = sigs["a"][ROWS:] + 1  # agrees with c on band 0 only
    sigs["f"] = one_band

    def brute() -> set[tuple[str, str]]:
        keys = sorted(sigs)
        return {(x, y) for i, x in enumerate(keys) for y in keys[i + 1:]
                if any((sigs[x][b * ROWS:(b + 1) * ROWS] == sigs[y][b * ROWS:(b + 1) * ROWS]).all()
                       for b in range(BANDS))}

    got = candidates(sigs)
    assert got == brute()
    assert {("c", "f"), ("d", "e")} <= got and ("a", "c") not in got
    assert candidates({}) == set()


def test_events_merged_a_type_at_a_time_equal_all_reports_clustered_at_once(tmp_path):
    """The whole merge reads one type's reports at a time (only one type's reports are compared):
    the clusters are those of clustering every report together."""
    from dipnet.consolidate.changes import _reports, merge_events
    from dipnet.consolidate.clustering import cluster
    from dipnet.consolidate.entities import merge_entities
    from dipnet.consolidate.pages import link_pages
    from dipnet.store import state

    with Store(build_store(tmp_path / "kb.duckdb"), read_only=True) as store:
        docs, briefs = store.rows("documents"), store.rows("briefs")
        _, stories = link_pages(docs, store.rows("segments"), briefs)
        _, _, res = merge_entities(store.rows("entities"), load_kb())
        published = {(d["doc_id"], -1): d["published_text"] for d in docs}
        types = state.event_types(store.con)
        got = merge_events(lambda t, cols: store.rows("events", cols, kind=t), types, res, stories,
                           {d["doc_id"]: d for d in docs}, published)
        whole = cluster(_reports(store.rows("events"), res, published), stories)
    by_event: dict[str, list[str]] = {}
    for m, e in zip(got.state["mention_id"], got.state["event_id"], strict=True):
        by_event.setdefault(e, []).append(m)
    assert len(types) > 3 and len(whole) < len(got.state["mention_id"])  # several types, some reports merged
    assert sorted(map(sorted, by_event.values())) == sorted(sorted(r.mention_id for r in c) for c in whole)


def test_event_text_made_a_chunk_of_events_at_a_time_is_the_same(tmp_path, monkeypatch):
    """event_text is made TEXT_CHUNK events at a time (never every event's text in Python at once):
    chunks of three events give the rows one chunk gives, one per event."""
    from dipnet.store import derived

    def texts(db: Path) -> list[tuple]:
        with Store(db, read_only=True) as store:
            return store.con.execute("SELECT * FROM event_text ORDER BY ALL").fetchall()

    whole = texts(build_store(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(derived, "TEXT_CHUNK", 3)
    chunked = texts(build_store(tmp_path / "chunked.duckdb"))
    assert len(whole) > 3 * 3 and chunked == whole
    assert len({r[0] for r in chunked}) == len(chunked)


def test_event_text_of_events_whose_texts_outgrow_duckdbs_memory(tmp_path, monkeypatch):
    """event_text's chunks are found by numbering the event ids alone: numbering every event with its
    text (a window over all the texts) ran out of a whole build's memory at 100,000 pages. Here
    30,000 events of ~3.6 KB each (~100 MB of text) within 40 MB: every event gets its one row."""
    from dipnet.store import derived

    monkeypatch.setattr(derived, "TEXT_CHUNK", 1000)
    with Store(tmp_path / "long.duckdb") as store:
        store.con.execute("INSERT INTO kb_events (event_id, evidence, participants) SELECT "
                          "'ev:' || lpad(CAST(i AS VARCHAR), 6, '0'), repeat('两国部长会谈', 200) || CAST(i AS VARCHAR), "
                          "'[\"甲国\"]' FROM range(30000) t(i)")
        with store.capped("40MB", threads=1):
            derived._event_text(store.con)
        got = store.con.execute("SELECT count(*), count(DISTINCT event_id), min(event_id), max(event_id) "
                                "FROM event_text").fetchall()[0]
    assert got == (30000, 30000, "ev:000000", "ev:029999")


def test_duckdb_memory_is_capped_while_consolidating_then_restored(tmp_path):
    """Store.capped limits DuckDB's memory meanwhile (its sorts spill to disk) and gives the default
    back after, also when the work inside fails."""
    import pytest

    with Store(tmp_path / "cap.duckdb") as store:
        def limit() -> str:
            return store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]

        before = limit()
        with store.capped("100MB"):
            assert limit() != before and limit().endswith("MiB") and float(limit().split()[0]) < 100
        assert limit() == before
        with pytest.raises(RuntimeError), store.capped("100MB"):
            raise RuntimeError("failed midway")
        assert limit() == before


def test_an_add_merges_entities_without_reading_every_entity_row(tmp_path, monkeypatch):
    """After an add, the entities are merged from the new pages' rows and the stored state
    (consolidate.added): the entities table is read for the new pages and those relinked only,
    never whole, and the tables end as a whole consolidation's (the reversed order renames a
    rule-found person on a stored page: 图尔钦 stored first, 亚历山大·图尔钦 added)."""
    import itertools

    import dipnet.consolidate as consolidation
    from dipnet.consolidate import consolidate, update
    from test_consolidate import _same_as_whole, pages

    docs = list(reversed(pages()))
    whole_reads: list[str] = []
    relinked: list[str] = []
    real_rows, real_merge = Store.rows, consolidation.merge_added

    def merge_added(store, kb, new):  # type: ignore[no-untyped-def]
        got = real_merge(store, kb, new)
        assert got is not None
        relinked.extend(set(got.docs) - new)
        return got

    def rows(self, table, columns=None, doc_ids=None, kind=None):  # type: ignore[no-untyped-def]
        if table == "entities" and doc_ids is None:
            whole_reads.append(table)
        return real_rows(self, table, columns, doc_ids, kind)

    inc, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    with Store(inc) as store:
        store.add_many(docs[:4])
        consolidate(store)
        monkeypatch.setattr(Store, "rows", rows)
        monkeypatch.setattr(consolidation, "merge_added", merge_added)
        for lo, hi in itertools.pairwise([4, 6, len(docs)]):
            store.add_many(docs[lo:hi])
            update(store)
        monkeypatch.undo()
        assert store.con.execute("SELECT count(*) FROM rule_names").fetchall()[0][0] > 0
    assert whole_reads == [] and relinked  # a stored page's entity renamed by an add
    _same_as_whole(inc, whole, docs)


def test_an_add_links_pages_without_reading_every_signature(tmp_path, monkeypatch):
    """After an add, page links come from the new pages' band keys and headlines looked up in the
    store (consolidate.links), never from every page's signatures: pages added one batch after
    another (a mirror of a stored page, teasers of stored pages) link as one whole consolidation
    links them, and the link state ends the same too."""
    import itertools

    from dipnet.consolidate import consolidate, update
    from test_consolidate import _consolidated, pages

    def no_features(self):  # type: ignore[no-untyped-def]
        raise AssertionError("every signature read")

    docs = pages()
    inc, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    with Store(inc) as store:
        store.add_many(docs[:3])
        consolidate(store)
        monkeypatch.setattr(Store, "features", no_features)
        for lo, hi in itertools.pairwise([3, 5, len(docs)]):
            store.add_many(docs[lo:hi])
            update(store)
        monkeypatch.undo()
    with Store(whole) as store:
        store.add_many(docs)
        consolidate(store)
    got, want = _consolidated(inc), _consolidated(whole)
    assert want["story_edges"] and {r[2] for r in want["page_links"]} >= {"near_duplicate", "teaser_of"}
    for table in want:
        assert got[table] == want[table], table


def test_teasers_like_a_stored_page_or_of_a_page_added_later_link_as_a_whole_build(tmp_path):
    """A teaser whose headline is not a page's title but reads like its opening links to it by
    likeness (LSH): added after the page, and stored before the page is added; the update finds
    both through the stored band keys and links as a whole consolidation does."""
    from dipnet.consolidate import consolidate, update
    from test_consolidate import _consolidated, make_doc

    lead_a = "越南政府总理范明政在河内会见新加坡总理黄循财，双方同意深化全面战略伙伴关系并加强数字经济合作。"
    lead_d = "老挝国家主席通伦·西苏里在万象会见柬埔寨首相洪玛奈，双方表示将推动两国传统友好关系不断发展。"
    page_a = make_doc("a.html", "越新加强数字经济合作", "2026-01-10", [(lead_a, None)])
    page_d = make_doc("d.html", "老柬推动传统友好关系", "2026-01-12", [(lead_d, None)])
    teaser_a = make_doc("b.html", "要闻一览", "2026-01-11", [("本报综合报道。", None)],
                        [("越新加强数字经济合作 " + lead_a, "2026-01-10", None)])
    teaser_d = make_doc("e.html", "要闻二览", "2026-01-11", [("本报综合消息。", None)],
                        [("老柬推动传统友好关系 " + lead_d, "2026-01-12", None)])
    inc, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    with Store(inc) as store:
        store.add_many([page_a, teaser_d])
        consolidate(store)
        store.add_many([teaser_a, page_d])
        update(store)
    with Store(whole) as store:
        store.add_many([page_a, teaser_d, teaser_a, page_d])
        consolidate(store)
    got, want = _consolidated(inc), _consolidated(whole)
    liked = {(r[0], r[1]) for r in want["page_links"] if r[2] == "teaser_of"}  # no headline is a title
    assert liked == {(teaser_a.doc_id, page_a.doc_id), (teaser_d.doc_id, page_d.doc_id)}
    for table in want:
        assert got[table] == want[table], table


def test_the_whole_build_stages_events_a_type_at_a_time(tmp_path, monkeypatch):
    """The whole build hands each type's merged events to the store as it goes (Store.stage), not
    every type's at the end, and the tables written from the staged rows are those the pages give
    one batch at a time (the incremental path, which does not stage)."""
    from dipnet.consolidate import consolidate, update
    from test_consolidate import _consolidated, pages

    calls: list[tuple[str, int]] = []
    real = Store.stage

    def stage(self, name, rows, staged):  # type: ignore[no-untyped-def]
        calls.append((name, len(rows["mention_id"]) if isinstance(rows, dict) else len(rows)))
        return real(self, name, rows, staged)

    docs = pages()
    with Store(tmp_path / "whole.duckdb") as store:
        store.add_many(docs)
        monkeypatch.setattr(Store, "stage", stage)
        consolidate(store)
        monkeypatch.undo()
        types = store.con.execute("SELECT count(DISTINCT type) FROM events").fetchall()[0][0]
    assert types > 3 and [n for n, _ in calls].count("kb_events") == types
    with Store(tmp_path / "inc.duckdb") as store:
        store.add_many(docs)
        update(store)
    got, want = _consolidated(tmp_path / "inc.duckdb"), _consolidated(tmp_path / "whole.duckdb")
    assert want["relation_timeline"] and want["event_reports"]
    for table in want:
        assert got[table] == want[table], table


def test_a_store_consolidated_before_the_entity_and_link_state_was_kept_is_linked_whole_once(tmp_path):
    """A store consolidated by a version that kept no rule_names and no link state: the next add
    merges entities and links pages over every page (the state cannot say what the add changes),
    keeps the state again, and the tables equal a whole consolidation's."""
    from dipnet.consolidate import update
    from dipnet.consolidate.links import usable
    from test_consolidate import _same_as_whole, pages

    docs = pages()
    old, whole = tmp_path / "old.duckdb", tmp_path / "whole.duckdb"
    with Store(old) as store:
        store.add_many(docs[:-2])
        from dipnet.consolidate import consolidate

        consolidate(store)
        for table in ("rule_names", "page_bands", "page_heads", "story_edges"):
            store.con.execute(f"DELETE FROM {table}")
        assert not usable(store.con)
        store.add_many(docs[-2:])
        update(store)
        assert usable(store.con)
    _same_as_whole(old, whole, docs)
