"""Consolidation across pages, on pages written for the tests: several outlets report the same
events in their own words, with dates given at different precisions and a day apart, beside
distractor events of the same type, days and actors. Scored as pairwise precision and recall of
"same event" decisions. `build_store` is reused by the query, API and export tests."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import needs_corpus
from dipnet.consolidate import consolidate, rule_id
from dipnet.kb import load_kb
from dipnet.model import Brief, DateValue, Document, Entity, Event, Fact, Relation, Role, Segment, Span
from dipnet.store import Store

HOME = {"图尔钦": "BY", "亚历山大·图尔钦": "BY", "阮文甲": "VN"}
GOLD: dict[tuple[str, int], str] = {}  # (source, evidence start) -> the real-world event reported


def make_doc(source: str, title: str, published: str, parts: list[tuple[str, dict | None]],
             teasers: list[tuple[str, str, dict | None]] = (), url: str | None = None) -> Document:
    """A page: a title, one sentence a paragraph (each with the event read from it, if any), and
    teasers (headline, date, event). Event dicts take Event's fields plus `gold` (the label of
    the real-world event), `role`, `fact` or `relation` to attach those instead."""
    kb = load_kb()
    text = title
    segments = [Segment("title", 0, len(title))]
    found: list[tuple[dict, int, int, int | None]] = []
    for sentence, ev in parts:
        text += "\n"
        start = len(text)
        text += sentence
        segments.append(Segment("body", start, len(text)))
        if ev:
            found.append((ev, start, len(text), None))
    briefs = []
    for i, (headline, day, ev) in enumerate(teasers):
        text += "\n"
        start = len(text)
        text += headline
        segments.append(Segment("brief_headline", start, len(text), brief=i))
        briefs.append(Brief(i, Span(start, len(text)),
                            published=DateValue(day, "day" if day.count("-") == 2 else "month", "inferred", 0.7)))
        if ev:
            found.append((ev, start, len(text), i))
    doc = Document(doc_id=hashlib.sha1(text.encode()).hexdigest()[:16], source=source, raw=text, text=text,
                   offsets=list(range(len(text) + 1)), url=url, language="zh-Hans", title=title,
                   segments=segments, briefs=briefs,
                   published=DateValue(published, "day" if published.count("-") == 2 else "month", "dateline", 0.9))
    names: set[str] = set()
    for ev, start, end, brief in found:
        ev = dict(ev)
        if "gold" in ev:
            GOLD[(source, start)] = ev.pop("gold")
        if "role" in ev:
            person, title_ = ev["role"]
            doc.roles.append(Role(person_id="", person=person, title=title_, as_of=ev.get("as_of", published),
                                  start=start, end=end, country="VN"))
            names.add(person)
        elif "fact" in ev:
            subject, predicate, value, as_of = ev["fact"]
            doc.facts.append(Fact(subject, predicate, value, "count", as_of, start, end, brief))
            names.add(subject)
        elif "relation" in ev:
            a, b, level, since = ev["relation"]
            doc.relations.append(Relation(a, b, level, since, start, end, brief))
            names |= {a, b}
        else:
            ev.setdefault("status", "occurred")
            doc.events.append(Event(start=start, end=end, brief=brief, **ev))
            names |= set(ev.get("participants", [])) | ({ev["location"]} if ev.get("location") else set())
    for n in sorted(names):
        hits = kb.by_name(n)
        if hits:
            e = hits[0]
            doc.entities.append(Entity(e.id, e.type, e.name, [n], kb_id=e.id, country=e.country, sector=e.sector,
                                       external=dict(e.external)))
        else:
            doc.entities.append(Entity(rule_id("PERSON", n), "PERSON", n, [n], country=HOME.get(n)))
    return doc


def ev(type_: str, gold: str, participants: list[str], date: str | None, precision: str | None = None,
       **kw: Any) -> dict:
    prec = precision or (None if date is None else {2: "day", 1: "month", 0: "year"}[date.count("-")])
    return {"type": type_, "gold": gold, "participants": participants, "date": date, "date_precision": prec, **kw}


VISIT_LA = ev("VISIT", "visit-la", ["苏林", "老挝"], "2026-02-05", end_date="2026-02-06", location="万象",
              source=["苏林"], target=["老挝"], channel="party", cameo="042", plover="CONSULT")


def pages() -> list[Document]:
    """Seven outlets' pages, one near-duplicate, and one teaser that is another page's article."""
    a = make_doc("vna_2026-02-06.html", "苏林总书记对老挝进行国事访问", "2026-02-06", [
        ("应老挝人民革命党中央总书记通伦·西苏里邀请,越共中央总书记苏林于2月5日至6日对老挝进行国事访问。", VISIT_LA),
        ("5日下午,苏林在万象同通伦·西苏里举行会谈。",
         ev("MEET", "meet-tl", ["苏林", "通伦·西苏里"], "2026-02-05", location="万象", channel="party")),
        ("同日,梁强会见了通伦·西苏里。", ev("MEET", "meet-lc", ["梁强", "通伦·西苏里"], "2026-02-05", location="万象")),
        ("越南与美国于2023年9月10日宣布建立全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-us", ["越南", "美国"], "2023-09-10",
            attributes={"level": "comprehensive_strategic_partnership"})),
        ("越南和美国为全面战略伙伴。",
         {"relation": ("越南", "美国", "comprehensive_strategic_partnership", "2023-09-10")}),
        ("越老特殊关系自1977年起。", {"relation": ("越南", "老挝", "special_relationship", "1977")}),
        ("越南与老挝于1962年建交。", {"relation": ("越南", "老挝", "diplomatic_relations", "1962")}),
        ("越共中央总书记苏林", {"role": ("苏林", "越共中央总书记"), "as_of": "2026-02-05"}),
    ], url="https://example.vn/vna/1")
    b = make_doc("vov_lao.txt", "越老两党总书记会谈", "2026-02", [
        ("越南领导人本月访问老挝。", ev("VISIT", "visit-la", ["苏林", "老挝"], "2026-02", location="老挝", target=["老挝"])),
        ("两党总书记苏林和通伦会谈,双方同意深化越老特殊关系。",
         ev("MEET", "meet-tl", ["苏林", "通伦", "越南", "老挝"], "2026-02-05")),
        ("越南与日本2023年11月将关系提升为全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-jp", ["越南", "日本"], "2023-11",
            attributes={"level": "comprehensive_strategic_partnership"})),
        ("越日关系提升。", {"relation": ("越南", "日本", "comprehensive_strategic_partnership", "2023-11-27")}),
        ("越南已同190个国家建立外交关系。", {"fact": ("越南", "diplomatic_relations_count", 190, "2022")}),
        ("公安部部长苏林", {"role": ("苏林", "公安部部长"), "as_of": "2020"}),
        ("阮富仲与拜登会谈", ev("MEET", "meet-us", ["阮富仲", "拜登", "越南", "美国"], "2023-09", location="越南")),
    ])
    c = make_doc("nhandan_0207.txt", "越南领导人抵达万象", "2026-02-07", [
        ("苏林一行6日抵达万象,开始对老挝的国事访问。",
         ev("VISIT", "visit-la", ["苏林", "老挝"], "2026-02-06", location="万象", source=["苏林"])),
        ("苏林将于2月7日对柬埔寨进行正式访问。",
         ev("VISIT", "visit-kh", ["苏林", "柬埔寨"], "2026-02-07", location="金边", status="planned")),
        ("越南领导人向白俄罗斯新任总理亚历山大·图尔钦致贺电。",
         ev("MESSAGE", "msg-vn-by", ["苏林", "梁强", "亚历山大·图尔钦"], "2025-12-04", source=["苏林", "梁强"],
            attributes={"kind": "congratulation"})),
        ("老挝领导人向图尔钦致贺电。",
         ev("MESSAGE", "msg-la-by", ["通伦·西苏里", "图尔钦"], "2025-12-04", source=["通伦·西苏里"])),
        ("越南向古巴援助大米。", ev("AID", "aid-cu-1", ["越南", "古巴"], "2026-02-13", source=["越南"], target=["古巴"],
                            attributes={"item": "rice"})),
        ("越南已同193个国家建立外交关系。", {"fact": ("越南", "diplomatic_relations_count", 193, "2024")}),
    ], teasers=[("越南支持古巴保障粮食安全", "2026-02-13",
                 ev("AID", "aid-cu-1", ["越南", "古巴"], None, source=["越南"]))])
    d = make_doc("https://example.com/news/cuba", "越南支持古巴保障粮食安全", "2026-02-12", [
        ("12日,越南向古巴移交大米援助。", ev("AID", "aid-cu-1", ["越南", "古巴"], "2026-02-12", source=["越南"])),
        ("越南6月再次向古巴提供援助。", ev("AID", "aid-cu-2", ["越南", "古巴"], "2026-06-20", source=["越南"])),
        ("白俄罗斯总理图尔钦收到越南领导人的贺电。",
         ev("MESSAGE", "msg-vn-by", ["越南", "白俄罗斯", "图尔钦"], "2025-12-05", source=["越南"])),
        ("越美2023年建立全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-us", ["越南", "美国"], "2023", attributes={"level": "comprehensive_strategic_partnership"})),
        ("越中全面战略合作伙伴关系自2008年。",
         {"relation": ("越南", "中国", "comprehensive_strategic_cooperative_partnership", "2008")}),
        ("越美全面伙伴关系自2013年。", {"relation": ("越南", "美国", "comprehensive_partnership", "2013")}),
        ("越南首相与日本领导人通话。", ev("CALL", "call-jp", ["范明政", "日本"], "2025-12-06")),
    ], url="https://example.com/news/cuba")
    e = make_doc("tuoitre_call.txt", "范明政与日本首相通电话", "2025-12-06", [
        ("5日,范明政总理与日本首相石破茂通电话。", ev("CALL", "call-jp", ["范明政", "石破茂"], "2025-12-05", channel="state")),
        ("拜登访问河内,与阮富仲会谈。", ev("MEET", "meet-us", ["阮富仲", "拜登"], "2023-09-10", location="河内")),
        ("阮文甲访问老挝。", ev("VISIT", "visit-nva", ["阮文甲", "老挝"], "2026-02-05", location="万象")),
    ])
    f = make_doc("thanhnien.txt", "越南与美国关系", "2023-09-11", [
        ("阮富仲总书记与美国总统拜登10日在河内会谈。", ev("MEET", "meet-us", ["阮富仲", "拜登"], "2023-09-10", location="河内")),
        ("两国宣布将关系提升为全面战略伙伴关系。",
         ev("RELATION_CHANGE", "rc-us", ["越南", "美国", "阮富仲", "拜登"], "2023-09",
            attributes={"level": "comprehensive_strategic_partnership"})),
        ("越日首脑电话。", ev("CALL", "call-jp-2", ["范明政", "石破茂"], "2025-03-01")),
    ])
    dup = make_doc("vna_2026-02-06_mirror.html", a.title, "2026-02-06",
                   [(a.text[s.start:s.end], None) for s in a.segments[1:]] + [("(完)", None)])
    dup.events = [Event(**vars(a.events[0]))]  # the mirror's extractor found only the visit
    GOLD[(dup.source, a.events[0].start)] = "visit-la"
    return [a, b, c, d, e, f, dup]


def build_store(path: Path) -> Path:
    with Store(path) as store:
        for d in pages():
            store.add(d)
        consolidate(store)
    return path


def pairwise(pred: dict[Any, str], gold: dict[Any, str]) -> tuple[float, float]:
    keys = sorted(gold)
    tp = fp = fn = 0
    for x, y in itertools.combinations(keys, 2):
        same_p, same_g = pred[x] == pred[y], gold[x] == gold[y]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def test_same_event_decisions_score_at_least_090(tmp_path):
    GOLD.clear()  # only this store's pages' labels (other test modules build pages with make_doc too)
    db = build_store(tmp_path / "kb.duckdb")
    with Store(db, read_only=True) as store:
        pred = {(m["source"], m["start_char"]): m["event_id"] for m in store.rows("event_mentions")}
        events = {e["event_id"]: e for e in store.rows("kb_events")}
    gold = dict(GOLD)
    assert set(pred) == set(gold)
    precision, recall = pairwise(pred, gold)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    visit = events[pred[("vna_2026-02-06.html", pages()[0].events[0].start)]]
    assert visit["n_pages"] == 4 and visit["date"] == "2026-02-05" and visit["end_date"] == "2026-02-06"
    assert json.loads(visit["participant_ids"])[:2] == ["person:to-lam", "country:LA"]
    assert visit["location"] == "万象"


def test_pages_are_linked_and_entities_merged(tmp_path):
    db = build_store(tmp_path / "kb.duckdb")
    with Store(db, read_only=True) as store:
        links = {(r["kind"], r["brief"]) for r in store.rows("page_links")}
        ents = {e["entity_id"]: e for e in store.rows("kb_entities")}
        linked = store.rows("entity_links")
    assert ("near_duplicate", None) in links and ("teaser_of", 0) in links
    turchin = [e for e in ents.values() if "图尔钦" in e["name"]]
    assert len(turchin) == 1 and turchin[0]["name"] == "亚历山大·图尔钦" and turchin[0]["country"] == "BY"
    assert json.loads(ents["country:VN"]["external"])["wikidata"] == "Q881"
    assert {r["entity_id"] for r in linked if "图尔钦" in r["local_id"] or r["local_id"].startswith("person:~")} <= set(ents)


def test_timelines_of_roles_relations_and_claims(tmp_path):
    db = build_store(tmp_path / "kb.duckdb")
    with Store(db, read_only=True) as store:
        roles = [r for r in store.rows("role_timeline") if r["person_id"] == "person:to-lam" and r["origin"] == "pages"]
        rel = store.rows("relation_timeline")
        facts = [f for f in store.rows("fact_claims") if f["predicate"] == "diplomatic_relations_count"]
    assert [(r["title"], r["first_seen"]) for r in sorted(roles, key=lambda r: r["first_seen"])] == [
        ("公安部部长", "2020"), ("越共中央总书记", "2026-02-05")]
    us = [r for r in rel if {r["pair_a"], r["pair_b"]} == {"country:US", "country:VN"}]
    assert {r["level"]: r["since"] for r in us} == {"comprehensive_strategic_partnership": "2023-09-10",
                                                    "comprehensive_partnership": "2013"}
    assert any(r["event_id"] for r in us if r["level"] == "comprehensive_strategic_partnership")
    assert sorted((f["value"], f["as_of"]) for f in facts) == [("190", "2022"), ("193", "2024")]


def test_reconsolidating_the_same_pages_gives_the_same_ids(tmp_path):
    one = build_store(tmp_path / "one.duckdb")
    two = tmp_path / "two.duckdb"
    with Store(two) as store:
        for d in reversed(pages()):  # another order of ingest
            store.add(d)
        consolidate(store)
        consolidate(store)  # and twice
    ids = []
    for db in (one, two):
        with Store(db, read_only=True) as store:
            ids.append((sorted(e["event_id"] for e in store.rows("kb_events")),
                        sorted(e["entity_id"] for e in store.rows("kb_entities")),
                        sorted(d["doc_id"] for d in store.rows("documents"))))
    assert ids[0] == ids[1]


@needs_corpus
def test_consolidates_real_seed_pages(tmp_path, seed_records):
    from conftest import SEEDS
    from dipnet.pipeline import extract

    with Store(tmp_path / "seeds.duckdb") as store:
        for p in SEEDS:
            store.add(extract(p))
        counts = consolidate(store)
    assert counts["kb_entities"] > 50 and counts["page_grams"] > 1000
    assert counts["role_timeline"] > 0


def _consolidated(db: Path) -> dict[str, list[tuple]]:
    from dipnet.store import CACHE_TABLES, CONSOLIDATED_TABLES

    def columns(con: Any, t: str) -> str:  # but where event_reports' rows are in events (erow: a rowid,
        # whose value depends on how the pages came in); its columns by name (an upgraded store gained
        # them in another order: eh after erow and cmp)
        if t != "event_reports":
            return "*"
        return ", ".join(sorted(r[0] for r in con.execute("DESCRIBE event_reports").fetchall() if r[0] != "erow"))

    with Store(db, read_only=True) as store:
        return {t: store.con.execute(f"SELECT {columns(store.con, t)} FROM {t} ORDER BY ALL").fetchall()
                for t in (*CONSOLIDATED_TABLES, *CACHE_TABLES)}


def _same_as_whole(db: Path, whole: Path, docs: list[Document]) -> None:
    """The consolidated tables (and cache) of `db` equal those of one whole consolidation of `docs`
    stored at `whole`."""
    with Store(whole) as store:
        store.add_many(docs)
        consolidate(store)
    got, want = _consolidated(db), _consolidated(whole)
    for table in want:
        assert got[table] == want[table], table


def _batches_against_whole(tmp_path: Path, docs: list[Document], cuts: list[int]) -> None:
    """Pages stored in batches, each followed by the incremental consolidation `ingest` runs, give
    the same consolidated tables (and cache) as one whole consolidation of all of them."""
    from dipnet.consolidate import update

    inc, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    bounds = [0, *cuts, len(docs)]
    with Store(inc) as store:
        for lo, hi in itertools.pairwise(bounds):
            store.add_many(docs[lo:hi])
            update(store)
    with Store(whole) as store:
        store.add_many(docs)
        consolidate(store)
    got, want = _consolidated(inc), _consolidated(whole)
    assert want["kb_events"] and want["page_grams"] and want["page_features"]
    for table in want:
        assert got[table] == want[table], table


def test_incremental_batches_equal_a_whole_rebuild(tmp_path):
    docs = pages()
    # the later batches join events of the earlier ones, rename a rule-found person (图尔钦 seen
    # first, 亚历山大·图尔钦 later) and link teasers to pages stored before them
    _batches_against_whole(tmp_path, docs, [len(docs) // 3, 2 * len(docs) // 3])
    (tmp_path / "reversed").mkdir()
    _batches_against_whole(tmp_path / "reversed", list(reversed(docs)), [1, len(docs) // 2])


@needs_corpus
def test_incremental_batches_of_real_pages_equal_a_whole_rebuild(tmp_path):
    from conftest import SEEDS
    from dipnet.pipeline import extract

    docs = [extract(p) for p in SEEDS]
    _batches_against_whole(tmp_path, docs, [len(docs) // 4, len(docs) // 2, len(docs) - 2])


@needs_corpus
def test_incremental_batches_of_seed_dev_and_dev2_pages_equal_a_whole_rebuild(tmp_path):
    """Seeds, dev and dev2 pages in a shuffled order, stored in seven batches (some of a few pages,
    as `ingest` of a crawler's trickle): every incremental consolidation re-merges only what its
    pages can change, and the tables (merge state included) end as one whole consolidation's."""
    import random

    from conftest import DEV, SEEDS
    from dipnet.pipeline import process_inputs

    dev2 = DEV.parent.parent / "dev2" / "pages.jsonl"
    if not dev2.is_file():
        pytest.skip(f"needs {dev2}")
    docs = [d for d in process_inputs([*map(str, SEEDS), str(DEV), str(dev2)]) if isinstance(d, Document)]
    random.Random(7).shuffle(docs)
    n = len(docs)
    _batches_against_whole(tmp_path, docs, [n // 2, n // 2 + 5, 2 * n // 3, 3 * n // 4, n - 10, n - 3])


def test_a_store_consolidated_before_the_merge_state_was_kept_is_merged_whole_once(tmp_path):
    """A store whose events were merged by a version that kept no merge state: the next update
    merges every event again (the state cannot be trusted to say what an add changes), and from
    then on the tables equal a whole consolidation's."""
    from dipnet.consolidate import update

    docs = pages()
    old, whole = tmp_path / "old.duckdb", tmp_path / "whole.duckdb"
    with Store(old) as store:
        store.add_many(docs[:-2])
        consolidate(store)
        for table in ("event_reports", "event_blocks", "name_index"):
            store.con.execute(f"DELETE FROM {table}")
        store.add_many(docs[-2:])
        update(store)
        kept = store.con.execute("SELECT count(*) FROM event_reports").fetchall()[0][0]
        assert kept == store.count("events")  # every report's state, kept again
    _same_as_whole(old, whole, docs)



def test_an_add_that_renames_a_person_moves_the_older_pages_rows_to_the_new_id(tmp_path):
    """A rule-found 图尔钦 stored first, then a page writing 亚历山大·图尔钦: the older page's entity
    links to the dotted name's id, and its role, fact and relation rows move to that id's groups,
    with the pages the add did not store re-read for the groups that changed (as a whole rebuild)."""
    first = make_doc("a.html", "图尔钦访问越南", "2026-01-10", [
        ("白俄罗斯总理图尔钦抵达河内。", {"role": ("图尔钦", "白俄罗斯总理")}),
        ("图尔钦表示,白俄罗斯有三个工业园。", {"fact": ("图尔钦", "industrial_parks", 3, "2026")}),
        ("阮文甲会见图尔钦。", ev("MEET", "meet-1", ["阮文甲", "图尔钦"], "2026-01-10")),
    ])
    other = make_doc("b.html", "阮文甲出席会议", "2026-01-12", [
        ("越南副总理阮文甲出席会议。", {"role": ("阮文甲", "越南副总理")}),
    ])
    second = make_doc("c.html", "亚历山大·图尔钦再访越南", "2026-03-02", [
        ("白俄罗斯总理亚历山大·图尔钦再次抵达河内。", {"role": ("亚历山大·图尔钦", "白俄罗斯政府总理")}),
        ("阮文甲会见亚历山大·图尔钦。", ev("MEET", "meet-2", ["阮文甲", "亚历山大·图尔钦"], "2026-03-02")),
    ])
    _batches_against_whole(tmp_path, [first, other, second], [2])
    with Store(tmp_path / "inc.duckdb", read_only=True) as store:
        people = {r[0] for r in store.con.execute("SELECT person FROM role_timeline").fetchall()}
    assert "亚历山大·图尔钦" in people and "图尔钦" not in people
