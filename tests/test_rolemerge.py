"""A person's role groups after an add merged from their stored rows and the new ones
(consolidate.rolemerge), not recounted over every page they cite: the same role_timeline (and
every other table) as one whole consolidation, whichever pages come first in the rows' order and
whichever of them give a body or a country."""

from __future__ import annotations

import random
import sys

from dipnet.model import Document
from test_consolidate import VISIT_LA, _batches_against_whole, make_doc


def _pages(n: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        day = f"2026-03-{1 + i % 28:02d}"
        doc = make_doc(f"outlet{i}", f"河内晚报第{i}期", day,
                       [(f"越共中央总书记苏林第{i}次会见来访客人。", {"role": ("苏林", "越共中央总书记"), "as_of": day}),
                        (f"公安部部长苏林第{i}次视察基层。", {"role": ("苏林", "公安部部长"), "as_of": day}),
                        ("苏林抵达万象，开始对老挝进行国事访问。", VISIT_LA)])
        for r in doc.roles:
            r.body = rng.choice([None, f"中央第{i}办公厅"])
            r.country = rng.choice([None, "VN", "KH"])
        docs.append(doc)
    return docs


def test_role_groups_merged_after_an_add_equal_a_whole_rebuild(tmp_path, monkeypatch):
    regroup = sys.modules["dipnet.consolidate.regroup"]
    merge = regroup.merge_roles
    seen: list[tuple[int, int]] = []

    def spy(store, groups, *args):
        rows, again = merge(store, groups, *args)
        seen.append((len(groups), len(again)))
        return rows, again

    monkeypatch.setattr(regroup, "merge_roles", spy)
    for seed in range(4):
        docs = _pages(10, seed)
        random.Random(seed).shuffle(docs)
        for cut in (2, 5, 8):  # the tables compared after the add that merges
            (tmp_path / f"{seed}-{cut}").mkdir()
            _batches_against_whole(tmp_path / f"{seed}-{cut}", docs, [cut])
    merged = sum(n - again for n, again in seen)
    assert merged > 0  # groups were merged, not recounted
    assert any(again for _, again in seen)  # and some could not be (the stored body's page unknown)
