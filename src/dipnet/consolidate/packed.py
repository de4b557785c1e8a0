"""The whole build's reports of one type held packed while they are clustered (changes.merge_events):
each report as the text the replay compares it by (compared.encode), its mention id, page, index and
row id, in flat arrays and one buffer of bytes (~130 bytes a report, not the ~600 of a decoded Report
and its row), and made a Report again (compared.decode) when the clustering reads it; the most recent
ones kept made. The clustering itself (`greedy`) keeps each cluster as its reports' numbers and makes
the members of a candidate cluster as it compares them: clustering.cluster runs the same loop over
reports held whole. At 10,000 pages the largest type's decoded reports took ~41 MB (600 bytes
each), ~420 MB at 100,000 (docs/scale.md, cb2)."""

from __future__ import annotations

from array import array
from datetime import date
from typing import Any

from dipnet.consolidate import compared
from dipnet.consolidate.clustering import greedy
from dipnet.consolidate.events import SEP, Report
from dipnet.consolidate.pages import Stories

CACHE = 20_000  # reports kept made at once (then every one made is let go)
UNDATED = date.max.toordinal()  # an undated report's day in the order (events.order_key)


class Packed:
    """One type's reports, packed (see the module's docstring). `add` them (a full Report: its order is
    read from it), then `cluster` gives each cluster's row ids, in the order clustering.cluster makes them."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.docs: list[str] = []  # each page once; a report keeps its number
        self.doc_no: dict[str, int] = {}
        self.texts = bytearray()  # every report's compared.encode text, UTF-8, one after another
        self.ends = array("q")  # where each one's ends in `texts`
        self.mids = array("Q")  # the mention id (16 hex digits) as a number
        self.doc = array("q")
        self.idx = array("q")
        self.rid = array("q")
        self.rank = array("b")  # its order (events.order_key: precision, first day, mention id)
        self.day = array("q")
        self.made: list[Report | None] = []  # by number: those made (None: not, or let go)
        self.kept: list[int] = []  # the numbers of those made
        self.one: dict[Any, Any] = {}  # the strings and objects the reports made share (compared.decode)

    def __len__(self) -> int:
        return len(self.mids)

    def add(self, rep: Report, rid: int) -> None:
        doc = rep.row["doc_id"]
        if (d := self.doc_no.get(doc)) is None:
            d = self.doc_no[doc] = len(self.docs)
            self.docs.append(doc)
        self.texts += compared.encode(rep).encode()
        self.ends.append(len(self.texts))
        self.mids.append(int(rep.mention_id, 16))
        self.doc.append(d)
        self.idx.append(rep.row["idx"])
        self.rid.append(rid)
        self.rank.append(rep.rank)
        self.day.append(rep.span[0].toordinal() if rep.span else UNDATED)
        self.made.append(None)

    def report(self, k: int) -> Report:
        """Report number k, as compared.decode makes it of its text."""
        got = self.made[k]
        if got is None:
            if len(self.kept) >= CACHE:  # let go of those made (their shared strings too): made again if read
                for x in self.kept:
                    self.made[x] = None
                self.kept.clear()
                self.one.clear()
            start = self.ends[k - 1] if k else 0
            got = self.made[k] = compared.decode(f"{self.mids[k]:016x}", self.kind + SEP, self.docs[self.doc[k]],
                                                 self.idx[k], self.texts[start:self.ends[k]].decode(), self.one)
            self.kept.append(k)
        return got

    def cluster(self, stories: Stories, dominant: frozenset[str]) -> tuple[array[int], array[int]]:
        """clustering.cluster of these reports: every report's row id, cluster by cluster in the order they
        were made (each cluster's in the order they joined it), and each one's cluster (numbered from 0)."""
        import numpy as np

        n = len(self)
        # the order of events.order_key's strings: one type, a one-digit precision, a 7-digit day, then the
        # mention id's 16 hex digits (numbers of one width sort as their digits); stable, as sorted() is
        keys = (np.frombuffer(self.mids, np.uint64, n), np.frombuffer(self.day, np.int64, n),
                np.frombuffer(self.rank, np.int8, n)) if n else ()
        order = array("q", np.lexsort(keys).tobytes()) if n else array("q")
        got = greedy(n, self.report, stories, dominant, order, self.made)
        for x in self.kept:  # let go of those made
            self.made[x] = None
        self.kept.clear()
        self.one.clear()
        rids, numbers = array("q"), array("q")
        for c, members in enumerate(got):
            got[c] = []
            for k in members:
                rids.append(self.rid[k])
                numbers.append(c)
        return rids, numbers
