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
from dipnet.consolidate.components import groups, kind_of, numbered, parts
from dipnet.consolidate.events import SEP, Report, _coarse, blocks
from dipnet.consolidate.pages import Stories

CACHE = 20_000  # reports kept made at once (then every one made is let go)
PART = 20_000  # reports clustered at once (whole groups: a part may hold more, a group larger than this alone)
UNITS = 1 << 32  # a report's unit as a number: its page's number times this, plus its teaser's + 1
UNDATED = date.max.toordinal()  # an undated report's day in the order (events.order_key)


def day_of(rep: Report) -> int:
    """A report's first day as an ordinal, UNDATED without one (its place in events.order_key)."""
    return rep.span[0].toordinal() if rep.span else UNDATED


class Packed:
    """One type's reports, packed (see the module's docstring). `add` them (a full Report: its order is
    read from it), then `cluster` gives each cluster's row ids, in the order clustering.cluster makes them.
    Given the stories and the dominant countries, each report's blocks are hashed as it is added (else as
    the clustering starts, of the report made again)."""

    def __init__(self, kind: str, stories: Stories | None = None, dominant: frozenset[str] | None = None) -> None:
        self.kind = kind
        self.stories, self.dominant = stories, dominant
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
        self.keys = array("q")  # every report's blocks' hashes, one report's after another
        self.kinds = array("b")  # each one's kind (components.KINDS)
        self.key_end = array("q")  # where each report's end in `keys`
        self.unit = array("q")  # its page and teaser as a number (UNITS)
        self.coarse = array("b")  # whether it is coarse (events._coarse)
        self.made: list[Report | None] = []  # by number: those made (None: not, or let go)
        self.kept: list[int] = []  # the numbers of those made
        self.one: dict[Any, Any] = {}  # the strings and objects the reports made share (compared.decode)

    def __len__(self) -> int:
        return len(self.mids)

    def add(self, rep: Report, rid: int) -> None:
        d = self.add_text(int(rep.mention_id, 16), rep.row["doc_id"], rep.row["idx"], compared.encode(rep), rid)
        self.rank.append(rep.rank)
        self.day.append(day_of(rep))
        b = rep.unit[1] + 1  # its unit (page, teaser or -1); a teaser number past the range: a unit of its own
        self.unit.append(d * UNITS + b if 0 <= b < UNITS else -len(self.unit) - 1)
        if self.stories is not None and self.dominant is not None:
            self._file(rep)

    def add_text(self, mid: int, doc: str, idx: int, text: str, rid: int) -> int:
        """Add a report by its mention id (as a number), page, index, compared.encode text and row id (what
        `report` reads): its page's number."""
        if (d := self.doc_no.get(doc)) is None:
            d = self.doc_no[doc] = len(self.docs)
            self.docs.append(doc)
        self.texts += text.encode()
        self.ends.append(len(self.texts))
        self.mids.append(mid)
        self.doc.append(d)
        self.idx.append(idx)
        self.rid.append(rid)
        self.made.append(None)
        return d

    def _file(self, rep: Report) -> None:
        """Keep the report's blocks (their hashes and kinds) and whether it is coarse."""
        assert self.stories is not None and self.dominant is not None
        for b in blocks(rep, self.dominant, self.stories.find(rep.unit)):
            self.keys.append(hash(b))
            self.kinds.append(kind_of(b))
        self.key_end.append(len(self.keys))
        self.coarse.append(_coarse(rep))

    def keys_of(self, k: int) -> array[int]:
        """Report k's blocks' hashes."""
        return self.keys[self.key_end[k - 1] if k else 0:self.key_end[k]]

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

    def cluster(self, stories: Stories | None = None, dominant: frozenset[str] | None = None
                ) -> tuple[array[int], array[int]]:
        """clustering.cluster of these reports: every report's row id, cluster by cluster in the order they
        were made (each cluster's in the order they joined it), and each one's cluster (numbered from 0).
        Clustered a part at a time (PART: whole groups, components.parts), each part alone in the order, so
        that the candidate index and the clusters held are a part's; a cluster is made where its first
        report comes in the order, so the clusters are numbered by where that is. `stories` and `dominant`:
        those given when made unless given here (as storedpack.StoredPack.cluster, which takes them when made)."""
        import numpy as np

        n = len(self)
        if not n:
            return array("q"), array("q")
        stories = self.stories if stories is None else stories
        dominant = self.dominant if dominant is None else dominant
        assert stories is not None and dominant is not None, "Packed.cluster needs the stories and dominant countries"
        if self.stories is not stories or self.dominant != dominant:  # blocks not hashed as added: now
            self.stories, self.dominant = stories, dominant
            self.keys, self.kinds, self.key_end, self.coarse = array("q"), array("b"), array("q"), array("b")
            for k in range(n):
                self._file(self.report(k))
        # the order of events.order_key's strings: one type, a one-digit precision, a 7-digit day, then the
        # mention id's 16 hex digits (numbers of one width sort as their digits); stable, as sorted() is
        keys = (np.frombuffer(self.mids, np.uint64, n), np.frombuffer(self.day, np.int64, n),
                np.frombuffer(self.rank, np.int8, n))
        order = np.lexsort(keys)
        owners = np.repeat(np.arange(n, dtype=np.int32), np.diff(np.r_[0, np.frombuffer(self.key_end, np.int64, n)]))
        labels = groups(n, np.frombuffer(self.keys, np.int64), np.frombuffer(self.kinds, np.int8), owners,
                        np.frombuffer(self.unit, np.int64, n), np.frombuffer(self.coarse, np.int8, n))
        del owners
        pos = np.empty(n, dtype=np.int64)
        pos[order] = np.arange(n, dtype=np.int64)
        firsts, members, of = array("q"), array("q"), array("q")  # each cluster's first place; each member's cluster
        for part in parts(labels, order, PART):
            got = greedy(len(part), self.report, stories, dominant, array("q", part.tobytes()), self.made, self.keys_of)
            for c, ms in enumerate(got):
                got[c] = []
                firsts.append(int(pos[ms[0]]))
                members.extend(ms)
                of.extend([len(firsts) - 1] * len(ms))
        for x in self.kept:  # let go of those made
            self.made[x] = None
        self.kept.clear()
        self.one.clear()
        rid = np.frombuffer(self.rid, np.int64, n)
        got, numbers = numbered(np.frombuffer(firsts, np.int64), rid[np.frombuffer(members, np.int64)], np.frombuffer(of, np.int64))
        return array("q", got.tobytes()), array("q", numbers.tobytes())
