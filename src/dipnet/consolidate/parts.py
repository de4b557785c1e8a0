"""The blocks of the replay (consolidate.replay) with each year-wide country block (events.blocks' `c`
blocks) in two parts: its coarse reports' and its fine reports'. Every report is filed under its
c block, so that a coarse one finds what it can join; but a fine report can only be merged with a
cluster found there alone when that cluster's members before it are all coarse: two fine reports
`compatible` accepts share a party block (type, party, day bucket) or their story's block
(events.block_keys). So a fine report is filed under its c block's fine part and looks up only the
coarse part, a coarse one is filed under the coarse part and looks up both: the candidates it can
join are those of clustering.cluster, and the replay reads the coarse reports of a busy year's block, not
its thousands of fine ones (at 100,000 pages most of what an add read)."""

from __future__ import annotations

from collections.abc import Iterable

from dipnet.consolidate.events import SEP
from dipnet.store.state import COARSE_PART, FINE_PART


def _country_year(block: str) -> bool:
    return block.split(SEP, 2)[1] == "c"


def filed(blocks: Iterable[str], coarse: bool | None) -> tuple[str, ...]:
    """The blocks a report is filed under: its c block as the part of its kind (None: not known, whole)."""
    if coarse is None:
        return tuple(blocks)
    part = COARSE_PART if coarse else FINE_PART
    return tuple(b + part if _country_year(b) else b for b in blocks)


def looked_up(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """The blocks a report filed under these (`filed`) looks up: a fine one its c block's coarse part,
    a coarse one both parts."""
    out: list[str] = []
    for b in blocks:
        if b.endswith(FINE_PART):
            out.append(b[:-len(FINE_PART)] + COARSE_PART)
        elif b.endswith(COARSE_PART):
            out += [b, b[:-len(COARSE_PART)] + FINE_PART]
        else:
            out.append(b)
    return tuple(out)


def lookers(blocks: Iterable[str]) -> set[str]:
    """The blocks whose reports look up one of these (a cluster changed under these: who may decide
    otherwise): a fine part's are the coarse part's, a coarse part's both parts'."""
    out: set[str] = set()
    for b in blocks:
        if b.endswith(FINE_PART):
            out.add(b[:-len(FINE_PART)] + COARSE_PART)
        elif b.endswith(COARSE_PART):
            out |= {b, b[:-len(COARSE_PART)] + FINE_PART}
        else:
            out.add(b)
    return out
