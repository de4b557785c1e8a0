"""The whole build's event clustering held packed (issue 17, cb2): a type's reports as compared.encode's
text in flat arrays, made Reports again as the clustering reads them (consolidate.packed), the candidate
index keyed by the blocks' hashes (blockindex). The clusters are those of the clustering as it was (a
copy below: string blocks, every report held whole), on invented reports of every kind, with the most
recent reports kept made as few as 3, and with hashes that collide on purpose."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from dipnet.consolidate import clustering, compared, packed
from dipnet.consolidate.events import Report, blocks, choose, dominant_countries, order_key
from dipnet.consolidate.pages import Stories

PEOPLE = ["person:甲", "person:乙", "person:丙", "person:丁"]
BODIES = ["org:东盟", "org:外交部", "org:议会"]
LANDS = ["country:VN", "country:LA", "country:KH", "country:TH"]


def _old_cluster(reports: list[Report], stories: Stories, dominant: frozenset[str]) -> list[list[Report]]:
    """clustering.cluster as it was before cb2 (blocks as texts, clusters as lists of reports)."""
    reports = sorted(reports, key=order_key)
    clusters: list[list[Report]] = []
    index: dict[str, set[int]] = {}
    for rep in reports:
        keys = blocks(rep, dominant, stories.find(rep.unit))
        cands = sorted({c for k in keys for c in index.get(k, ())})
        got = choose(rep, [clusters[c] for c in cands], stories, dominant)
        if got is None:
            clusters.append([rep])
            best = len(clusters) - 1
        else:
            best = cands[got]
            clusters[best].append(rep)
        for k in keys:
            index.setdefault(k, set()).add(best)
    return clusters


def _report(rnd: random.Random, n: int) -> Report:
    """An invented report of one type: dated to the day, month or year, by its page, or not at all."""
    people = set(rnd.sample(PEOPLE, rnd.randint(0, 2)))
    ids = [*sorted(people), *rnd.sample(BODIES, rnd.randint(0, 1)), *sorted(rnd.sample(LANDS, rnd.randint(0, 2)))]
    home = {i: i if i.startswith("country:") else "country:VN" if i.startswith("org:外") else
            rnd.choice([None, "country:LA"]) for i in ids}  # each actor's country, as the resolver gives it
    countries = {c for c in home.values() if c}
    kind = rnd.choice(["day", "day", "day", "month", "year", "none", "paged"])
    day = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 120))
    span = {"day": (day, day), "month": (day.replace(day=1), day.replace(day=28)),
            "year": (date(day.year, 1, 1), date(day.year, 12, 31)), "none": None, "paged": (day - timedelta(days=3), day)}[kind]
    rank = {"day": 0, "month": 1, "year": 2, "none": 3, "paged": 0}[kind]
    loc = rnd.choice([None, None, "country:VN", "city:河内", "city:万象"])
    doc, brief = f"页{rnd.randint(0, 40)}", rnd.choice([None, None, 0, 1])
    return Report(row={"type": "会见", "doc_id": doc, "idx": n, "brief": brief, "location": loc},
                  mention_id=f"{rnd.getrandbits(64):016x}", unit=(doc, brief if brief is not None else -1), ids=ids,
                  people=people, countries=countries, sources=set(rnd.sample(sorted(people), min(1, len(people)))),
                  location=loc, location_country=None if loc is None else ("country:VN" if loc in ("country:VN", "city:河内")
                                                                           else "country:LA"),
                  span=span, rank=rank, soft=kind == "paged",
                  home=home,
                  attrs={"level": "全面战略伙伴"} if rnd.random() < 0.2 else {})


def _invented(seed: int, n: int = 400) -> tuple[list[Report], Stories]:
    rnd = random.Random(seed)
    reports = [_report(rnd, i) for i in range(n)]
    reports.append(Report(**{**{f: getattr(reports[0], f) for f in Report.__slots__}, "mention_id": "0" * 16}))
    reports.append(Report(**{**{f: getattr(reports[1], f) for f in Report.__slots__}, "mention_id": "f" * 16}))
    stories = Stories()
    for _ in range(15):  # some pages' units in one story
        stories.union((f"页{rnd.randint(0, 40)}", -1), (f"页{rnd.randint(0, 40)}", rnd.choice([-1, 0, 1])))
    return reports, stories


def _ids(clusters: list[list[Report]]) -> list[list[str]]:
    return [[r.mention_id for r in c] for c in clusters]


def _packed_clusters(reports: list[Report], stories: Stories, dominant: frozenset[str],
                     pack: Any = None) -> list[list[str]]:
    """The packed clustering's clusters, as mention ids (each report's row id is its number here); `pack`:
    an empty pack made with the stories and dominant countries (storedpack.StoredPack), packed.Packed unless given."""
    p = packed.Packed("会见") if pack is None else pack
    for i, rep in enumerate(reports):
        p.add(rep, 1000 + i)
    rids, numbers = p.cluster(stories, dominant) if pack is None else p.cluster()
    out: list[list[str]] = []
    for rid, c in zip(rids, numbers, strict=True):
        if c == len(out):
            out.append([])
        out[c].append(reports[rid - 1000].mention_id)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_clusters_as_before(seed: int) -> None:
    reports, stories = _invented(seed)
    for dominant in (frozenset(), frozenset({"country:VN"}), dominant_countries(reports)):
        old = _ids(_old_cluster(reports, stories, dominant))
        assert _ids(clustering.cluster(reports, stories, dominant)) == old
        # what the whole build clustered before (changes._compact: each report decoded of its text)
        lean = [compared.decode(r.mention_id, order_key(r), r.row["doc_id"], r.row["idx"], compared.encode(r))
                for r in reports]
        assert _ids(_old_cluster(lean, stories, dominant)) == old
        assert _packed_clusters(reports, stories, dominant) == old
    assert any(len(c) > 2 for c in old) and any(len(c) == 1 for c in old)  # some joined, some alone


def test_packed_with_few_reports_kept_made_and_hashes_colliding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports let go and made again as read (CACHE 3), and blocks sharing a hash (4 hashes in all):
    colliding blocks only add candidates that compatible turns down, or that share another block anyway."""
    reports, stories = _invented(7)
    dominant = frozenset({"country:VN"})
    old = _ids(_old_cluster(reports, stories, dominant))
    monkeypatch.setattr(packed, "CACHE", 3)
    assert _packed_clusters(reports, stories, dominant) == old
    monkeypatch.setattr(packed, "hash", lambda k: len(k) % 4, raising=False)
    assert _packed_clusters(reports, stories, dominant) == old
    assert _ids(clustering.cluster(reports, stories, dominant)) == old


def test_packed_reports_read_back_as_decoded() -> None:
    reports, _ = _invented(9, 50)
    p = packed.Packed("会见")
    for i, rep in enumerate(reports):
        p.add(rep, i)
    for i, rep in enumerate(reports):
        got = p.report(i)
        want = compared.decode(rep.mention_id, order_key(rep), rep.row["doc_id"], rep.row["idx"], compared.encode(rep))
        fields: dict[str, Any] = {f: getattr(got, f) for f in Report.__slots__}
        assert fields == {f: getattr(want, f) for f in Report.__slots__}
