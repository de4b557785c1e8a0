"""A country's relation groups after an add merged from their stored rows, the new rows and the
events before and after (consolidate.relmerge), not recounted over every page they cite: the same
relation_timeline (and every other table) as one whole consolidation, whichever pages come first,
whichever of them state a start (and how precisely) and whichever upgrade events come and go."""

from __future__ import annotations

import random
import sys

from dipnet.model import Document
from test_consolidate import VISIT_LA, _batches_against_whole, ev, make_doc

PAIRS = (("越南", "老挝", "越老"), ("越南", "中国", "越中"))


def _sentence(rng: random.Random, i: int) -> tuple[str, dict]:
    a, b, short = rng.choice(PAIRS)
    y, m, d = rng.choice([1950, 1962, 1977, 1991]), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.randrange(5)
    if kind == 0:
        return f"{a}与{b}于{y}年建交。", {"relation": (a, b, "diplomatic_relations", str(y))}
    if kind == 1:
        return (f"{a}与{b}于{y}年{m}月{d}日正式建交。",
                {"relation": (a, b, "diplomatic_relations", f"{y}-{m:02d}-{d:02d}")})
    if kind == 2:
        return f"{short}两国外交关系第{i}次得到巩固。", {"relation": (a, b, "diplomatic_relations", None)}
    if kind == 3:
        return f"{short}外交关系稳步发展。", {"relation": (a, b, "diplomatic_relations", "2026-03")}
    return (f"{a}和{b}{y}年宣布建交。",
            ev("RELATION_CHANGE", f"rc-{short}-{y}", [a, b], str(y), attributes={"level": "diplomatic_relations"}))


def _pages(n: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [make_doc(f"outlet{i}", f"外交周刊第{i}期", f"2026-03-{1 + i % 28:02d}",
                     [_sentence(rng, i), _sentence(rng, i), ("苏林抵达万象，开始对老挝进行国事访问。", VISIT_LA)])
            for i in range(n)]


def test_relation_groups_merged_after_an_add_equal_a_whole_rebuild(tmp_path, monkeypatch):
    relmerge = sys.modules["dipnet.consolidate.relmerge"]
    merge = relmerge.merge_relations
    seen: list[tuple[int, int]] = []

    def spy(store, groups, *args):
        rows, again = merge(store, groups, *args)
        seen.append((len(groups), len(again)))
        return rows, again

    monkeypatch.setattr(relmerge, "merge_relations", spy)
    for seed in range(5):
        docs = _pages(10, seed)
        for cut in (3, 7):
            (tmp_path / f"{seed}-{cut}").mkdir()
            _batches_against_whole(tmp_path / f"{seed}-{cut}", docs, [cut])
    assert sum(n - again for n, again in seen) > 0  # groups were merged, not recounted
