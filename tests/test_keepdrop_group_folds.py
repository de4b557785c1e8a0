"""The learned-model tools' folds (tools/keepdrop.py, issue 13): by page, or with --group-folds by whole
group (a pool's pages, an official set), so a held-out fold is an outlet the model never saw. Invented rows."""

from __future__ import annotations

import importlib.util
from typing import Any

from conftest import ROOT


def _keepdrop() -> Any:
    spec = importlib.util.spec_from_file_location("keepdrop", ROOT / "tools" / "keepdrop.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _Row:
    def __init__(self, name: str) -> None:
        self.name = name


ROWS = [_Row(f"{g}/{i:03d}") for g, n in (("pa", 4), ("dev", 3), ("pb", 2), ("pc", 5)) for i in range(n)]


def _groups(kd: Any, folds: list[list[int]]) -> list[set[str]]:
    return [{kd.group_of(ROWS[j]) for j in f} for f in folds]


def test_page_folds_deal_pages_so_a_group_spreads_over_folds() -> None:
    kd = _keepdrop()
    folds = kd.folds_of(ROWS, 3)
    assert sorted(j for f in folds for j in f) == list(range(len(ROWS)))
    assert any(len(g) > 1 for g in _groups(kd, folds))
    assert sum("pa" in g for g in _groups(kd, folds)) > 1  # one pool's pages in several folds


def test_group_folds_hold_each_group_out_whole() -> None:
    kd = _keepdrop()
    kd.GROUPED = True
    folds = kd.folds_of(ROWS, 2)
    assert sorted(j for f in folds for j in f) == list(range(len(ROWS)))
    for g in ("pa", "dev", "pb", "pc"):
        assert sum(g in gs for gs in _groups(kd, folds)) == 1  # a group sits in one fold only
    one_each = kd.folds_of(ROWS, len(ROWS))  # more folds than groups: one group per fold
    assert len(one_each) == 4 and all(len(g) == 1 for g in _groups(kd, one_each))
