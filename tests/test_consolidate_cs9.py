"""An add reads only what the groups it recomputes need, and gives the tables of a whole rebuild:
the stored RELATION_CHANGE events the relation timeline reads are only those that can set a level
(occurred, dated) naming a party of the groups recomputed (lookups.relation_changes)."""

from __future__ import annotations

from pathlib import Path

from dipnet.consolidate import consolidate, update
from dipnet.model import Document
from dipnet.store import Store, lookups, state
from test_consolidate import ev, make_doc, pages
from test_consolidate_cs7 import _same_as_whole

LEVEL = {"level": "comprehensive_strategic_partnership"}


def _relation_pages() -> list[Document]:
    """Pages whose RELATION_CHANGE events name several pairs: occurred and dated, planned, undated."""
    first = make_doc("rel_a.txt", "越南与美国关系", "2023-09-12", [
        ("越南与美国于2023年9月10日宣布建立全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-us", ["越南", "美国"], "2023-09-10", attributes=LEVEL)),
        ("越南与日本将于明年把关系提升为全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-jp-plan", ["越南", "日本"], "2024", status="planned", attributes=LEVEL)),
        ("越南与老挝宣布将关系提升为全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-la", ["越南", "老挝"], None, attributes=LEVEL)),
        ("越美全面伙伴关系自2013年。", {"relation": ("越南", "美国", "comprehensive_partnership", "2013")}),
        ("越南与美国于2013年7月25日建立全面伙伴关系。",
         ev("RELATION_CHANGE", "rc-us-2013", ["越南", "美国"], "2013-07-25",
            attributes={"level": "comprehensive_partnership"})),
    ])
    second = make_doc("rel_b.txt", "中老关系", "2023-10-02", [
        ("中国与老挝于2023年10月1日宣布建立全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-cn-la", ["中国", "老挝"], "2023-10-01", attributes=LEVEL)),
        ("越南与日本2023年11月将关系提升为全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-jp", ["越南", "日本"], "2023-11", attributes=LEVEL)),
    ])
    added = make_doc("rel_c.txt", "越美关系提升", "2023-09-11", [
        ("越美两国10日宣布将关系提升为全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-us", ["越南", "美国"], "2023-09-10", attributes=LEVEL)),
        ("越南和美国为全面战略伙伴。", {"relation": ("越南", "美国", "comprehensive_strategic_partnership", "2023-09-10")}),
        ("2013年7月30日,越美两国再次确认全面伙伴关系。",  # a later event of the level set in 2013
         ev("RELATION_CHANGE", "rc-us-2013b", ["越南", "美国"], "2013-07-30",
            attributes={"level": "comprehensive_partnership"})),
    ])
    return [first, second, added]


def test_relation_changes_reads_the_events_that_can_set_a_level_naming_a_party(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(_relation_pages()[:2])
        consolidate(store)
        stored = store.con.execute("SELECT event_id, status, date, participant_ids FROM kb_events "
                                   "WHERE type = 'RELATION_CHANGE'").fetchall()
        assert len(stored) == 6
        can = sorted(e for e, status, date, _ in stored if status == "occurred" and date)
        assert len(can) == 4  # not the planned one, not the undated one
        assert [e["event_id"] for e in lookups.relation_changes(store.con, [])] == can
        assert [e["event_id"] for e in lookups.relation_changes(store.con, can[:1])] == can[1:]
        us = sorted(e for e, _, _, ids in stored if e in can and "country:US" in ids)
        assert len(us) == 2
        assert [e["event_id"] for e in lookups.relation_changes(store.con, [], {"country:US"})] == us
        assert lookups.relation_changes(store.con, [], set()) == []
        assert lookups.relation_changes(store.con, [], {"country:ZZ"}) == []


def _add_after(tmp_path: Path, docs: list[Document], cut: int) -> None:
    inc = tmp_path / "inc.duckdb"
    with Store(inc) as store:
        store.add_many(docs[:cut])
        consolidate(store)
        store.add_many(docs[cut:])
        update(store)
    _same_as_whole(inc, tmp_path / "whole.duckdb", docs)


def test_an_add_recomputing_relation_groups_gives_the_whole_tables(tmp_path):
    docs = _relation_pages()
    _add_after(tmp_path, docs, 2)


def test_an_add_of_relation_pages_to_other_pages_gives_the_whole_tables(tmp_path):
    docs = pages() + _relation_pages()
    _add_after(tmp_path, docs, len(docs) - 2)


def test_unmerged_and_rerooted_are_read_in_one_join(tmp_path):
    docs = pages()
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(docs[:-2])
        consolidate(store)
        store.add_many(docs[-2:])  # stored, not consolidated: their events rows are merged by no report
        reports = store.con.execute(
            "SELECT r.mention_id, r.doc_id, coalesce(e.brief, -1), r.root FROM event_reports r "
            "JOIN events e ON e.doc_id = r.doc_id AND e.idx = r.idx").fetchall()
        unit = next((d, b) for _, d, b, _ in reports)
        kept = {(d, b): root for _, d, b, root in reports if root != f"{d}\x1f{b}"}
        for now in ({}, kept, {**kept, unit: "elsewhere\x1f-1"}):
            new, moved = state.unmerged_rerooted(store.con, now)
            assert new == state.unmerged_events(store.con)
            assert {r["doc_id"] for r in new} == {d.doc_id for d in docs[-2:]}
            want = sorted(m for m, d, b, root in reports if root != now.get((d, b), f"{d}\x1f{b}"))
            assert sorted(moved) == want and sorted(state.rerooted(store.con, now)) == want
        assert state.unmerged_rerooted(store.con, {**kept, unit: "elsewhere\x1f-1"})[1]


def test_an_event_leads_the_groups_of_the_lesser_party_of_each_of_its_pairs():
    from dipnet.consolidate.relevents import leads

    vn_us = '["country:VN", "country:US"]'
    assert leads(vn_us, {"country:US"}) and not leads(vn_us, {"country:VN"})
    # a person is no party: the pairs are those of the parties alone, the first of them with each other
    assert leads('["person:~a", "country:VN", "country:US"]', {"country:US"})
    assert leads('["country:VN", "country:JP", "country:US"]', {"country:JP"})
    assert not leads('["country:VN", "country:JP", "country:US"]', {"country:VN"})  # VN is first of neither
    assert not leads('["country:VN"]', {"country:VN"}) and not leads(None, {"country:VN"})


def test_relation_changes_reads_whole_only_the_events_kept(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(_relation_pages()[:2])
        consolidate(store)
        every = lookups.relation_changes(store.con, [], {"country:US", "country:JP"})
        assert len(every) == 3
        assert lookups.relation_changes(store.con, [], {"country:US", "country:JP"}, lambda ids: True) == every
        assert lookups.relation_changes(store.con, [], {"country:US"}, lambda ids: False) == []
        us = lookups.relation_changes(store.con, [], {"country:US", "country:JP"}, lambda ids: "country:US" in ids)
        assert us == [e for e in every if "country:US" in e["participant_ids"]] and len(us) == 2


def test_first_links_are_each_entitys_least_page_and_local_id(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        links = store.con.execute("SELECT entity_id, doc_id, local_id FROM entity_links").fetchall()
        many = {g for g, _, _ in links if sum(1 for x, _, _ in links if x == g) > 1}
        assert many  # entities linked on several pages
        want = {g: min((d, loc) for x, d, loc in links if x == g) for g, _, _ in links}
        assert lookups.first_links(store.con, set(want)) == want
        assert lookups.first_links(store.con, many) == {g: want[g] for g in many}
        assert lookups.first_links(store.con, set()) == {}
