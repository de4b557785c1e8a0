"""The query module on the consolidated test pages: the registry as of dates, event filters,
profiles, dossiers, pairs, timelines, search in Chinese (two-character words too)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

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
    assert set(hit["items"][0]) == {"doc_id", "source", "url", "title", "published", "pos", "snippet"}
    past = q.search("古巴", limit=1, offset=5)  # a page past the end still says how many there are
    assert past["total"] == 2 and past["items"] == []
    assert [i["doc_id"] for i in q.search("古巴", limit=1, offset=1)["items"]] == [hit["items"][1]["doc_id"]]


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


# ---- the precomputed tables answer exactly as the statements they replace -------------------------
DERIVED = frozenset({"pair_exchanges", "pair_exchanges_years", "event_text"})


def _old(store: Store) -> Query:
    """A Query that reads the store as one without the precomputed tables does: the registry's
    exchanges by joining event_actors, the text filter by reading kb_events whole."""
    old = Query(store)
    old.table_names = old.table_names - DERIVED
    return old


def _needles(texts: list[str], rng: random.Random, n: int) -> list[str]:
    """Substrings of the texts (one to five characters, across a part boundary too), and a few
    strings found nowhere."""
    out = {"火星", "x", "会谈会谈会谈"}
    for _ in range(n):
        t = rng.choice(texts)
        if t:
            i = rng.randrange(len(t))
            out.add(t[i:i + rng.randint(1, 5)])
    return sorted(s for s in out if s.strip())


def test_precomputed_registry_and_text_filter_match_the_old_statements(tmp_path):
    db = build_store(tmp_path / "kb.duckdb")
    with Store(db, read_only=True) as store:
        new, old = Query(store), _old(store)
        assert DERIVED <= new.table_names and store.count("pair_exchanges") > 0
        countries = [r["entity_id"] for r in new._all("SELECT DISTINCT entity_id FROM event_actors "
                                                      "WHERE entity_id LIKE 'country:%'")]
        days = sorted({str(r["day_lo"]) for r in new._all("SELECT DISTINCT day_lo FROM event_actors "
                                                          "WHERE day_lo IS NOT NULL")})
        dates = ["1970", "2022", "2023-09-09", "2023-12-31", "2024-01-01", "2026-12-31", *days]
        dates += [(dt.date.fromisoformat(d) - dt.timedelta(days=1)).isoformat() for d in days]
        assert len(countries) >= 5
        for c in countries:
            for d in dates:
                assert new.registry(c, d) == old.registry(c, d), (c, d)
        texts = [r["t"] for r in new._all("SELECT concat_ws(' ', evidence, CAST(participants AS VARCHAR), "
                                          "location) AS t FROM kb_events")]
        for s in [*_needles(texts, random.Random(5), 80), "老撾", "越南 与"]:
            for kw in ({}, {"type": "VISIT"}, {"country": "VN", "limit": 2, "offset": 1}, {"offset": 40}):
                assert new.events(text=s, **kw) == old.events(text=s, **kw), (s, kw)


def _invented_store(path: Path, n: int = 3000, seed: int = 11) -> Path:
    """Consolidated tables written directly, with what pages rarely give: a country twice in one
    event on different days, events without a day or channel, bodies beside states, text in the
    location and participants only."""
    rng = random.Random(seed)
    countries = ["country:VN", "country:LA", "country:KH", "country:US", "country:CN", "org:asean", "org:eu"]
    chans = ["party", "state", "defence", None, "other"]
    words = ["会谈", "访问", "合作", "越南", "老挝", "大米", "援助", "国事访问", "第", "号"]
    ev, act = [], []
    for i in range(n):
        eid = f"ev:{i:06d}"
        day = None if rng.random() < 0.05 else dt.date(1990, 1, 1) + dt.timedelta(rng.randrange(36 * 365))
        chan = rng.choice(chans)
        parts = rng.sample(countries, rng.randint(1, 3))
        ev.append({"event_id": eid, "type": rng.choice(["MEET", "VISIT"]), "status": "occurred", "day_lo": day,
                   "day_hi": day, "participants": json.dumps(parts + [f"人物{rng.randrange(50)}"], ensure_ascii=False),
                   "location": rng.choice([None, "万象", "河内"]), "channel": chan or "other",
                   "evidence": None if rng.random() < 0.05 else "".join(rng.choices(words, k=4)) + f"第{i}号"})
        for p in parts:
            act.append({"event_id": eid, "entity_id": p, "kind": "participant", "day_lo": day, "channel": chan})
        if rng.random() < 0.1:  # the same country again, earlier, as the event's country
            d2 = day - dt.timedelta(days=rng.randrange(1, 800)) if day else None
            act.append({"event_id": eid, "entity_id": parts[0], "kind": "country", "day_lo": d2, "channel": chan})
    cols = lambda rows, names: {k: [r.get(k) for r in rows] for k in names}  # noqa: E731
    with Store(path) as store:
        store.replace_consolidated({
            "kb_entities": {"entity_id": countries, "type": ["COUNTRY"] * 5 + ["ORG"] * 2, "name": countries},
            "kb_events": cols(ev, ("event_id", "type", "status", "day_lo", "day_hi", "participants", "location",
                                   "channel", "evidence")),
            "event_actors": cols(act, ("event_id", "entity_id", "kind", "day_lo", "channel"))})
    return path


def _rows(q: Query, c: str, d: str) -> list[tuple]:
    from dipnet.query.registry import exchanges_sql

    return sorted((r["partner"], r["channel"] or "", r["n"]) for r in q._all(*exchanges_sql(q.table_names, c, d)))


def test_precomputed_tables_match_on_an_invented_store_and_after_migration(tmp_path):
    db = _invented_store(tmp_path / "inv.duckdb")
    rng = random.Random(2)
    dates = [f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for y in range(1989, 2028)] + ["2000-01-01"]
    with Store(db, read_only=True) as store:
        new, old = Query(store), _old(store)
        # the days of a country's second row, and the day before: where the first of its days decides
        twice = new._all("SELECT min(day_lo) AS d FROM event_actors WHERE entity_id IN ('country:VN', 'country:LA') "
                         "GROUP BY event_id, entity_id HAVING count(*) > 1 AND min(day_lo) IS NOT NULL")
        dates += [x for r in twice[:30] for x in (r["d"], str(dt.date.fromisoformat(r["d"]) - dt.timedelta(days=1)))]
        expect = {(c, d): _rows(old, c, d) for c in ("country:VN", "country:LA", "country:US") for d in dates}
        assert sum(len(v) for v in expect.values()) > 100
        for (c, d), rows in expect.items():
            assert _rows(new, c, d) == rows, (c, d)
        texts = [r["t"] or "" for r in new._all("SELECT evidence || location AS t FROM kb_events")]
        needles = _needles(texts, rng, 150) + ["人物1", "\"人物", "万象", "物4\"]"]
        answers = {s: old.events(text=s, limit=500) for s in needles}
        assert any(a["total"] > 50 for a in answers.values()) and any(0 < a["total"] < 5 for a in answers.values())
        for s, a in answers.items():
            assert new.events(text=s, limit=500) == a, s
    # a store written before the tables existed gets them when next opened for writing
    with Store(db) as store:
        store.con.execute("DROP TABLE pair_exchanges; DROP TABLE pair_exchanges_years; DROP TABLE event_text")
    with Store(db) as store:
        assert store.count("event_text") == store.count("kb_events")
    with Store(db, read_only=True) as store:
        new = Query(store)
        for (c, d), rows in expect.items():
            assert _rows(new, c, d) == rows
        for s, a in answers.items():
            assert new.events(text=s, limit=500) == a, s


def test_signatures_never_rule_out_a_text_that_contains_the_query():
    from dipnet.textsig import mask, signatures

    rng = random.Random(9)
    alphabet = "越南老挝会谈访问合作第号0123456789ab\"[], \x1f"
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(400)]
    sig = signatures(texts)
    ruled_out = 0
    for _ in range(400):
        q = "".join(rng.choices(alphabet, k=rng.randint(1, 6)))
        m = mask(q)
        for t, s in zip(texts, sig, strict=True):
            passes = all(int(s[w]) & v == v for w, v in enumerate(m))
            assert passes or q not in t, (q, t)
            ruled_out += not passes
    assert ruled_out > 0  # the signatures do rule texts out
    assert mask("越") == [0] * 8 and sum(bin(v).count("1") for v in mask("越南")) == 1
