"""The text filter's second signature (runs of 3 and 4 characters, dipnet.textsig.gram_signatures):
it never rules out a text holding the query; the filter's answers equal a plain contains() scan of
kb_events (needles of 1 and 2 characters, Latin letters, digits, Traditional characters, U+001F);
a store made before it (event_text without g0..) answers the same read-only and gains it when
opened for writing; after an add that merges pages again, every row's signature is its text's.
Invented events and texts only."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from dipnet.query import GRAMS, Query
from dipnet.store import Store
from dipnet.store.derived import EVENT_TEXT, has_grams
from dipnet.textsig import GRAM_WORDS, gram_mask, gram_signatures

# invented words: simplified and Traditional characters, Latin letters, digits, the parts' separator
WORDS = ["两国", "會談", "兩國", "合作", "第", "号", "號", "AB", "xy", "12", "345", "0", "關係", "关系", "\x1f", " "]


def test_gram_signatures_never_rule_out_a_text_that_contains_the_query():
    rng = random.Random(4)
    alphabet = "两国會談合作第号號ABxy0123456789\"[], \x1f"
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 70))) for _ in range(400)]
    sig = gram_signatures(texts)
    assert sig.shape == (400, GRAM_WORDS)
    ruled_out = 0
    for _ in range(400):
        q = "".join(rng.choices(alphabet, k=rng.randint(1, 7)))
        m = gram_mask(q)
        for t, s in zip(texts, sig, strict=True):
            passes = all(int(s[w]) & v == v for w, v in enumerate(m))
            assert passes or q not in t, (q, t)
            ruled_out += not passes
    assert ruled_out > 0
    assert gram_mask("两国") == [0] * GRAM_WORDS  # two characters: no run of three
    assert sum(bin(v).count("1") for v in gram_mask("两国會談")) in (2, 3)  # two runs of 3, one of 4


def _store(path: Path, n: int = 2500, seed: int = 3) -> Path:
    rng = random.Random(seed)
    ev = {"event_id": [], "evidence": [], "participants": [], "location": [], "type": [], "status": [], "day_lo": [],
          "day_hi": [], "channel": []}
    for i in range(n):
        ev["event_id"].append(f"ev:{i:06d}")
        ev["evidence"].append(None if rng.random() < 0.03 else "".join(rng.choices(WORDS, k=6)) + f"第{i}号")
        ev["participants"].append(json.dumps(rng.sample(["甲國", "乙国", "Tom", "人物7"], 2), ensure_ascii=False))
        ev["location"].append(rng.choice([None, "河内", "萬象", "Q3"]))
        ev["type"].append("MEET")
        ev["status"].append("occurred")
        day = dt.date(2000, 1, 1) + dt.timedelta(rng.randrange(9000))
        ev["day_lo"].append(day)
        ev["day_hi"].append(day)
        ev["channel"].append("state")
    with Store(path) as store:
        store.replace_consolidated({"kb_events": ev})
    return path


def _needles(texts: list[str], rng: random.Random) -> list[str]:
    out = {"x", "0", "號", "两国", "AB", "12", "兩國會談", "第7号", "第17号", "第1号", "Tom", "國\"", "\x1f", "\x1f河",
           "火星人", "第99999号"}
    for _ in range(120):
        t = rng.choice(texts)
        if t:
            i = rng.randrange(len(t))
            out.add(t[i:i + rng.randint(1, 6)])
    return sorted(s for s in out if s.strip() or "\x1f" in s)


def _plain(q: Query, needle: str) -> list[str]:
    """The events holding `needle`, by a plain contains() over every event's evidence, participants, location."""
    rows = q._all("SELECT event_id FROM kb_events WHERE contains(evidence, ?) OR contains(CAST(participants AS VARCHAR), ?) "
                  "OR contains(location, ?) ORDER BY event_id", [needle] * 3)
    return [r["event_id"] for r in rows]


def _filtered(q: Query, needle: str) -> list[str]:
    cond, params = q._text_filter(needle)
    return [r["event_id"] for r in q._all(f"SELECT event_id FROM kb_events WHERE {cond} ORDER BY event_id", params)]


def test_the_text_filter_answers_as_a_plain_scan_and_on_a_store_made_before(tmp_path):
    db = _store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store:
        q = Query(store)
        assert GRAMS in q.table_names
        texts = [r["text"] for r in q._all(EVENT_TEXT)]
        needles = _needles(texts, random.Random(8))
        want = {s: _plain(q, s) for s in needles}
        assert any(len(v) > 300 for v in want.values()) and sum(len(v) == 1 for v in want.values()) > 5
        for s, ids in want.items():
            assert _filtered(q, s) == ids, s
        assert q.events(text="第17号", limit=5)["total"] == 1
    # a store made before the runs' signature: event_text as it was written then
    with Store(db) as store:
        for w in range(GRAM_WORDS):
            store.con.execute(f"ALTER TABLE event_text DROP COLUMN g{w}")
        assert not has_grams(store.con)
    with Store(db, read_only=True) as store:  # read-only: no upgrade, the pairs' signature alone
        q = Query(store)
        assert GRAMS not in q.table_names
        for s, ids in want.items():
            assert _filtered(q, s) == ids, s
    with Store(db) as store:  # opened for writing: event_text made again with the runs
        assert has_grams(store.con) and store.count("event_text") == 2500
    with Store(db, read_only=True) as store:
        q = Query(store)
        assert GRAMS in q.table_names
        for s, ids in want.items():
            assert _filtered(q, s) == ids, s


def _signatures_are_their_texts(store: Store) -> int:
    rows = store.con.execute(f"SELECT t.text, {', '.join(f't.g{w}' for w in range(GRAM_WORDS))}, k.text "
                             f"FROM event_text t FULL JOIN ({EVENT_TEXT}) k USING (event_id) ORDER BY event_id").fetchall()
    sig = gram_signatures([r[0] or "" for r in rows])
    for r, s in zip(rows, sig, strict=True):
        assert r[0] == r[-1] and list(r[1:-1]) == [int(x) for x in s], r[0]
    return len(rows)


def test_the_runs_signature_is_kept_after_an_add_and_a_merge_again(tmp_path):
    from dipnet.consolidate import consolidate, update
    from test_consolidate import pages

    docs = pages()
    with Store(tmp_path / "a.duckdb") as store:
        store.add_many(docs[:-2])
        consolidate(store)
        before = {r[0]: r[1] for r in store.con.execute("SELECT event_id, text FROM event_text").fetchall()}
        store.add_many(docs[-2:])
        update(store)
        after = {r[0]: r[1] for r in store.con.execute("SELECT event_id, text FROM event_text").fetchall()}
        assert set(before) - set(after) or any(before[k] != after[k] for k in set(before) & set(after)), \
            "the add merged no stored event again"
        assert _signatures_are_their_texts(store) == store.count("kb_events") > 5
        q = Query(store)
        for s in {t[i:i + 3] for t in after.values() for i in range(0, len(t), 17)}:
            assert _filtered(q, s) == _plain(q, s), s
