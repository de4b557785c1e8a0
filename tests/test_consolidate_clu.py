"""The whole build's clustering of a type a part at a time (issue 17, clu): the reports fall in groups no
cluster spans (consolidate.components: reports sharing a block through which two could be of one
event), and each part of whole groups is clustered alone, so that the candidate index and the clusters
held are a part's. The same-event rule it rests on (every pair `compatible` accepts shares a linking
block), the groups of hand-made blocks, and the clusters: those of the clustering of the whole type,
with parts of one group, with blocks' hashes colliding and on a whole build. Invented reports and pages."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from dipnet.consolidate import clustering, components, packed, storedpack
from dipnet.consolidate.events import SEP, Report, _coarse, blocks, compatible, dominant_countries
from dipnet.consolidate.pages import Stories
from test_consolidate import _consolidated, build_store
from test_consolidate_cb2 import _ids, _invented, _old_cluster, _packed_clusters

PEOPLE = ["person:赵一", "person:钱二", "person:孙三", "person:李四", "person:周五", "person:吴六"]
BODIES = ["org:联盟", "org:外务省", "org:国会"]
LANDS = ["country:VN"] * 8 + [f"country:X{c}" for c in "ABCDEFGHIJKL"]


def _spread(seed: int, n: int = 500) -> tuple[list[Report], Stories]:
    """Invented reports over eight years and 150 pages (so that they fall in many groups), every kind of date."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        people = set(rnd.sample(PEOPLE, rnd.random() < 0.3))
        ids = [*sorted(people), *rnd.sample(BODIES, rnd.random() < 0.2), *sorted(set(rnd.sample(LANDS, rnd.randint(1, 2))))]
        home = {x: x if x.startswith("country:") else rnd.choice(["country:VN", "country:XA", None]) for x in ids}
        kind = rnd.choice(["day"] * 16 + ["month", "year", "none", "paged"])
        day = date(2020, 1, 1) + timedelta(days=rnd.randint(0, 3000))
        span = {"day": (day, day + timedelta(days=rnd.choice([0, 0, 3]))), "month": (day.replace(day=1), day.replace(day=28)),
                "year": (date(day.year, 1, 1), date(day.year, 12, 31)), "none": None,
                "paged": (day - timedelta(days=3), day)}[kind]
        doc, brief = f"页{rnd.randint(0, 150)}", rnd.choice([None, None, None, 0, 1])
        loc = rnd.choice([None, None, "country:VN", "city:甲城"])
        out.append(Report(row={"type": "声明", "doc_id": doc, "idx": i, "brief": brief, "location": loc},
                          mention_id=f"{rnd.getrandbits(64):016x}", unit=(doc, brief if brief is not None else -1),
                          ids=ids, people=people, countries={c for c in home.values() if c}, sources=set(),
                          location=loc, location_country=None if loc is None else "country:VN", span=span,
                          rank={"day": 0, "month": 1, "year": 2, "none": 3, "paged": 0}[kind], soft=kind == "paged",
                          home=home, attrs={}))
    stories = Stories()
    for _ in range(40):  # a teaser and its article, near-duplicate pages: one story
        stories.union((f"页{rnd.randint(0, 150)}", -1), (f"页{rnd.randint(0, 150)}", rnd.choice([-1, 0, 1])))
    return out, stories


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_pair_compatible_accepts_shares_a_linking_block(seed: int) -> None:
    """What the parts rest on: two reports that can be of one event share a party block, or a story block
    (they are of two units: one unit's reports never are), or a country block one of them is coarse in."""
    checked = 0
    for reports, stories in (_spread(seed, 300), _invented(seed, 300)):
        for dominant in (frozenset(), frozenset({"country:VN"}), dominant_countries(reports)):
            kinds = [{b: b.split(SEP, 2)[1] for b in blocks(r, dominant, stories.find(r.unit))} for r in reports]
            for i, j in combinations(range(len(reports)), 2):
                a, b = reports[i], reports[j]
                if not compatible(a, b, stories, dominant):
                    continue
                checked += 1
                assert a.unit != b.unit
                shared = {kinds[i][k] for k in kinds[i].keys() & kinds[j].keys()}
                assert "k" in shared or "s" in shared or ("c" in shared and (_coarse(a) or _coarse(b))), (a, b)
    assert checked > 50


def test_groups_link_only_through_blocks_that_can_hold_a_pair() -> None:
    # reports 0..5; (key, kind, owner): hashes apart in their bits above the lowest two (where the kind goes)
    rows = [(40, components.PARTY, 0), (40, components.PARTY, 1),  # a party block: 0-1
            (80, components.STORY, 2), (80, components.STORY, 3),  # one unit's story block: no link
            (84, components.STORY, 3), (84, components.STORY, 4),  # two units': 3-4
            (120, components.COUNTRY, 0), (120, components.COUNTRY, 5),  # no coarse report: no link
            (124, components.COUNTRY, 2), (124, components.COUNTRY, 1),  # 2 is coarse: 1-2
            (40, components.STORY, 5), (1 << 62, components.PARTY, 5)]  # the party block's hash, another kind: not that block
    keys, kinds, owners = (np.array([r[k] for r in rows], dt) for k, dt in ((0, np.int64), (1, np.int8), (2, np.int64)))
    units = np.array([100, 101, 102, 102, 103, 104], np.int64)
    coarse = np.array([0, 0, 1, 0, 0, 0], np.int8)
    labels = components.groups(6, keys, kinds, owners, units, coarse)
    assert labels.tolist() == [0, 0, 0, 3, 3, 5]
    order = np.array([5, 3, 0, 4, 1, 2], np.int64)
    assert [p.tolist() for p in components.parts(labels, order, 1)] == [[5], [3, 4], [0, 1, 2]]
    assert [p.tolist() for p in components.parts(labels, order, 3)] == [[5, 3, 4], [0, 1, 2]]


def _held(monkeypatch: pytest.MonkeyPatch, module: Any = packed) -> list[int]:
    """The size of each part the packed clustering clusters (what its index and clusters hold at once)."""
    sizes: list[int] = []
    greedy = module.greedy

    def counted(n: int, *args: Any, **kw: Any) -> Any:
        sizes.append(n)
        return greedy(n, *args, **kw)
    monkeypatch.setattr(module, "greedy", counted)
    return sizes


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_clusters_by_part_are_those_of_the_whole_type(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    reports, stories = _spread(seed)
    sizes = _held(monkeypatch)
    for dominant in (frozenset(), frozenset({"country:VN"}), dominant_countries(reports)):
        old = _ids(_old_cluster(reports, stories, dominant))
        assert _ids(clustering.cluster(reports, stories, dominant)) == old
        for part in (1, 7, 10_000):
            monkeypatch.setattr(packed, "PART", part)
            sizes.clear()
            assert _packed_clusters(reports, stories, dominant) == old
            assert sum(sizes) == len(reports)
            if part == 1 and dominant:  # one group a part: many, and none near the type's size
                assert len(sizes) > 20 and max(sizes) < len(reports) / 2, sizes
        assert any(len(c) > 1 for c in old)


def test_clusters_by_part_with_blocks_colliding_and_few_reports_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of one hash are one block to the groups (they can only join groups) and to the index (cb2)."""
    monkeypatch.setattr(packed, "PART", 1)
    monkeypatch.setattr(packed, "CACHE", 3)
    for reports, stories in (_spread(5), _invented(6)):
        dominant = frozenset({"country:VN"})
        old = _ids(_old_cluster(reports, stories, dominant))
        assert _packed_clusters(reports, stories, dominant) == old
        monkeypatch.setattr(packed, "hash", lambda k: len(k) % 4, raising=False)
        assert _packed_clusters(reports, stories, dominant) == old
        monkeypatch.delattr(packed, "hash")


def test_blocks_hashed_as_added_or_as_the_clustering_starts() -> None:
    reports, stories = _spread(8, 200)
    dominant = dominant_countries(reports)
    late, early = packed.Packed("声明"), packed.Packed("声明", stories, dominant)
    for i, rep in enumerate(reports):
        late.add(rep, i)
        early.add(rep, i)
    assert early.cluster(stories, dominant) == late.cluster(stories, dominant)
    assert early.keys == late.keys and early.kinds == late.kinds and early.coarse == late.coarse


def test_the_whole_build_clustered_a_group_a_part_gives_the_same_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _consolidated(build_store(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(storedpack, "PART", 1)
    monkeypatch.setattr(storedpack, "BATCH", 3)
    sizes = _held(monkeypatch, storedpack)
    parts = _consolidated(build_store(tmp_path / "parts.duckdb"))
    assert whole["kb_events"] and len(sizes) > len(whole["kb_events"]) / 4  # many parts, not one a type
    for table in whole:
        assert parts[table] == whole[table], table


def _stored_clusters(reports: list[Report], stories: Stories, dominant: frozenset[str]) -> list[list[str]]:
    """The clusters of the reports staged in a store (storedpack), as mention ids."""
    import duckdb

    p = storedpack.StoredPack(duckdb.connect(), "声明", stories, dominant)
    out = _packed_clusters(reports, stories, dominant, p)
    with pytest.raises(duckdb.ConnectionException):  # its cursor (and its temporary tables) closed
        p.con.execute("SELECT 1")
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_clusters_staged_in_the_store_by_part_are_those_of_the_whole_type(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storedpack, "BATCH", 37)
    for reports, stories in (_spread(seed), _invented(seed)):
        for dominant in (frozenset(), frozenset({"country:VN"}), dominant_countries(reports)):
            old = _ids(_old_cluster(reports, stories, dominant))
            for part in (1, 7, 10_000):
                monkeypatch.setattr(storedpack, "PART", part)
                assert _stored_clusters(reports, stories, dominant) == old
    monkeypatch.setattr(storedpack, "hash", lambda k: len(k) % 8, raising=False)  # keys colliding: groups joined
    assert _stored_clusters(reports, stories, dominant) == old
