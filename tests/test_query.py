"""The query module on the consolidated test pages: the registry as of dates, event filters,
profiles, dossiers, pairs, timelines, search in Chinese (two-character words too)."""

from __future__ import annotations

import pytest

from dipnet.errors import QueryError
from dipnet.query import Query
from dipnet.store import Store
from test_consolidate import build_store


@pytest.fixture(scope="module")
def q(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("q") / "kb.duckdb")
    store = Store(db, read_only=True)
    yield Query(store)
    store.close()


def test_registry_as_of_dates(q):
    before = {p["partner"]: p for p in q.registry("VN", "2023-06-30")["partners"]}
    assert before["country:US"]["level"] == "comprehensive_partnership"
    assert "country:JP" not in before
    after = q.registry("越南", "2024")
    partners = {p["partner"]: p for p in after["partners"]}
    us = partners["country:US"]
    assert us["level"] == "comprehensive_strategic_partnership" and us["since"] == "2023-09-10"
    assert us["event_id"] and q.event(us["event_id"])["type"] == "RELATION_CHANGE"
    assert partners["country:LA"]["level"] == "special_relationship"
    assert after["counts"]["diplomatic_relations_count"] == 4
    claim = next(c for c in after["claims"] if c["claimed"] == 193)
    assert claim["registry"] == 4 and claim["difference"] == 189
    old = next(c for c in after["claims"] if c["claimed"] == 190)
    assert old["registry"] == 3  # as of 2022: no Japan, no US CSP; CN, LA, US comprehensive
    later = {p["partner"]: p for p in q.registry("VN", "2026-12-31")["partners"]}
    assert later["country:LA"]["exchanges"]["party"] >= 2  # the visit and the talks
    assert q.registry("VN", "1970")["counts"]["diplomatic_relations_count"] == 1


def test_event_filters(q):
    laos = q.events(country="老挝", date_from="2026-02", date_to="2026-02-28")
    assert laos["total"] == 4 and {e["type"] for e in laos["items"]} == {"VISIT", "MEET"}
    visits = q.events(actor="person:to-lam", type="visit")
    assert {e["participants"][1] for e in visits["items"]} == {"老挝", "柬埔寨"}
    assert q.events(channel="party", type="VISIT")["total"] == 1
    assert q.events(text="大米")["total"] == 1
    page = q.events(limit=2, offset=2)
    assert len(page["items"]) == 2 and page["total"] == q.events()["total"]
    one = q.events(actor="苏林", type="VISIT", country="LA")["items"][0]
    assert {s["source"] for s in one["sources"]} >= {"vna_2026-02-06.html", "vov_lao.txt", "nhandan_0207.txt"}
    with pytest.raises(QueryError):
        q.events(type="PARTY")
    with pytest.raises(QueryError):
        q.events(date_from="Feb 2026")


def test_person_country_pair_timeline(q):
    p = q.person("苏林")
    assert p["entity"]["entity_id"] == "person:to-lam"
    assert ("越共中央总书记", "pages") in {(r["title"], r["origin"]) for r in p["positions"]}
    assert p["events"]["total"] >= 4
    c = q.country("VN")
    assert {r["partner"] for r in c["relations"]} >= {"country:US", "country:JP", "country:LA", "country:CN"}
    assert any(r["type"] == "VISIT" and r["year"] == 2026 for r in c["events_by_type_year"])
    assert {f["value"] for f in c["facts"] if f["predicate"] == "diplomatic_relations_count"} == {190, 193}
    pair = q.pair("越南", "美国")
    assert [r["level"] for r in pair["levels"]] == ["comprehensive_partnership", "comprehensive_strategic_partnership"]
    assert {e["type"] for e in pair["events"]} >= {"RELATION_CHANGE", "MEET"}
    t = q.timeline("苏林")
    days = [e["date"] for e in t["items"] if e["date"]]
    assert days == sorted(days)
    assert q.entity("亚历山大·图尔钦")["entity_id"] == q.entity("图尔钦")["entity_id"]
    with pytest.raises(QueryError):
        q.person("越南")
    with pytest.raises(QueryError, match="no such entity"):
        q.entity("火星")


def test_search_finds_two_character_words_and_phrases(q):
    hit = q.search("古巴")
    assert hit["method"] == "bigram" and hit["total"] == 2
    assert q.search("古巴 大米")["total"] == 2
    assert q.search("国事访问")["total"] == 3  # the page, its mirror and the report of the arrival
    assert q.search("老撾")["total"] >= 1 or q.search("老挝")["total"] >= 1  # traditional folded
    assert q.search("火星")["total"] == 0
    assert "古巴" in hit["items"][0]["snippet"]


def test_search_falls_back_to_like_without_the_index(tmp_path):
    db = build_store(tmp_path / "kb.duckdb")
    with Store(db) as store:
        store.replace_consolidated({"page_grams": {"gram": [], "doc_id": []}})
    with Store(db, read_only=True) as store:
        res = Query(store).search("古巴")
    assert res["method"] == "like" and res["total"] == 2


def test_a_store_without_consolidation_says_so(tmp_path):
    with Store(tmp_path / "raw.duckdb") as store:
        store.con.execute("DROP TABLE kb_events")
        with pytest.raises(QueryError, match="consolidate"):
            Query(store)


def test_events_filter_by_status(q):
    planned = q.events(status="planned", limit=500)
    occurred = q.events(status="occurred", limit=500)
    assert planned["total"] + occurred["total"] == q.events(limit=500)["total"]
    assert all(e["status"] == "planned" for e in planned["items"])
    with pytest.raises(QueryError):
        q.events(status="maybe")
