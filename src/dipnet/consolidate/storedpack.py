"""The whole build's reports of one type held in the store while they are clustered (changes.merge_events),
not in Python: each report's compared.encode text, mention id, page, index, row id and order staged in a
temporary table as they are added (a batch at a time), its blocks' keys (hash and kind, components) in
another. The groups no cluster spans (consolidate.components) are found a 16th of the keys at a time
(DuckDB groups them and tells which can link), the reports read back a part at a time in the order, and
each part clustered as packed.Packed clusters one (its reports packed, made again as read). What Python
holds for the whole type is a few numbers a report (its group, part and place: ~40 bytes, while
clustering) and the clusters' row ids; packed.Packed held ~190 bytes a report in all, the clustering as
it was ~600 (docs/scale.md, clu)."""

from __future__ import annotations

from array import array
from typing import Any

from dipnet.consolidate import compared
from dipnet.consolidate.clustering import greedy
from dipnet.consolidate.components import CHUNKS, COUNTRY, PARTY, STORY, joined, kind_of, numbered, part_of
from dipnet.consolidate.events import Report, _coarse, blocks
from dipnet.consolidate.packed import PART, Packed, day_of
from dipnet.consolidate.pages import Stories

PACK, KEYS, READ = "_pack", "_pack_keys", "_pack_read"  # the temporary tables
BATCH = 5_000  # reports staged at once
COLUMNS = ("no", "rid", "mid", "doc", "idx", "brief", "rank", "day", "coarse", "cmp")
TYPES = ("BIGINT", "BIGINT", "UBIGINT", "VARCHAR", "BIGINT", "BIGINT", "TINYINT", "BIGINT", "BOOLEAN", "VARCHAR")


class StoredPack:
    """One type's reports staged in the store (see the module's docstring): `add` them, then `cluster` gives
    what packed.Packed.cluster gives."""

    def __init__(self, con: Any, kind: str, stories: Stories, dominant: frozenset[str]) -> None:
        self.con = con.cursor()  # its temporary tables are this cursor's (closed once clustered)
        self.kind, self.stories, self.dominant = kind, stories, dominant
        self.n = 0
        self.rows: dict[str, list[Any]] = {c: [] for c in COLUMNS}
        self.keys: dict[str, list[int]] = {"no": [], "key": []}
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {PACK} ({', '.join(f'{c} {t}' for c, t in zip(COLUMNS, TYPES, strict=True))})")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {KEYS} (no BIGINT, key BIGINT)")

    def __len__(self) -> int:
        return self.n

    def add(self, rep: Report, rid: int) -> None:
        for c, v in zip(COLUMNS, (self.n, rid, int(rep.mention_id, 16), rep.row["doc_id"], rep.row["idx"], rep.unit[1],
                                  rep.rank, day_of(rep), _coarse(rep),
                                  compared.encode(rep)), strict=True):
            self.rows[c].append(v)
        for b in blocks(rep, self.dominant, self.stories.find(rep.unit)):  # the kind in the lowest two bits
            self.keys["no"].append(self.n)
            self.keys["key"].append((hash(b) & ~3) | kind_of(b))
        self.n += 1
        if len(self.rows["no"]) >= BATCH:
            self._stage()

    def _stage(self) -> None:
        import pyarrow as pa

        types = dict(zip(COLUMNS, (pa.int64(), pa.int64(), pa.uint64(), pa.string(), pa.int64(), pa.int64(), pa.int8(),
                                   pa.int64(), pa.bool_(), pa.string()), strict=True)) | {"key": pa.int64()}
        for table, cols in ((PACK, self.rows), (KEYS, self.keys)):
            if cols["no"]:
                self.con.register("_packing", pa.table({c: pa.array(v, types[c]) for c, v in cols.items()}))
                self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _packing")
                self.con.unregister("_packing")
            for v in cols.values():
                v.clear()

    def groups(self) -> Any:
        """Each report's group (components.groups), the blocks read a 16th of their keys at a time."""
        import numpy as np

        labels = np.arange(self.n, dtype=np.int64)
        for c in range(CHUNKS):  # bits 2-5 of a key: a 16th of the blocks (the kind is in bits 0-1)
            got = self.con.execute(
                f"WITH g AS (SELECT k.key, min(k.no) AS root FROM {KEYS} k JOIN {PACK} p ON p.no = k.no "
                "WHERE k.key & 60 = ? GROUP BY k.key HAVING count(*) > 1 AND (k.key & 3 = ? "
                "OR (k.key & 3 = ? AND count(DISTINCT (p.doc, p.brief)) > 1) OR (k.key & 3 = ? AND bool_or(p.coarse))))"
                f"SELECT k.no, g.root FROM {KEYS} k JOIN g ON g.key = k.key WHERE k.no <> g.root",
                [c << 2, PARTY, STORY, COUNTRY]).fetchnumpy()
            labels = joined(labels, got["no"].astype(np.int64), got["root"].astype(np.int64))
        return labels

    def cluster(self) -> tuple[array[int], array[int]]:
        """Every report's row id, cluster by cluster in the order clustering.cluster makes them (each cluster's
        in the order they joined it), and each one's cluster (numbered from 0); the tables dropped."""
        import numpy as np
        import pyarrow as pa

        self._stage()
        self.rows, self.keys = {}, {}
        con = self.con
        try:
            if not self.n:
                return array("q"), array("q")
            labels = self.groups()
            # the order of events.order_key's strings (packed.Packed.cluster)
            order = con.execute(f"SELECT no FROM {PACK} ORDER BY rank, day, mid, no").fetchnumpy()["no"].astype(np.int64)
            parts = part_of(labels, order, PART)
            del labels
            pos = np.empty(self.n, dtype=np.int64)
            pos[order] = np.arange(self.n, dtype=np.int64)
            del order
            con.register("_parts", pa.table({"no": np.arange(self.n, dtype=np.int64), "part": parts, "pos": pos}))
            con.execute(f"CREATE OR REPLACE TEMP TABLE {READ} AS SELECT p.no, p.rid, p.mid, p.doc, p.idx, p.cmp, r.part, "
                        f"r.pos FROM {PACK} p JOIN _parts r ON r.no = p.no ORDER BY r.part, r.pos")
            con.unregister("_parts")
            del parts, pos
            con.execute(f"DROP TABLE {PACK}")
            con.execute(f"DROP TABLE {KEYS}")
            firsts, members, of = array("q"), array("q"), array("q")
            for pk, at in self._parts():
                got = greedy(len(pk), pk.report, self.stories, self.dominant, array("q", range(len(pk))), pk.made)
                for c, ms in enumerate(got):
                    got[c] = []
                    firsts.append(at[ms[0]])
                    members.extend(pk.rid[m] for m in ms)
                    of.extend([len(firsts) - 1] * len(ms))
                del pk, got
            rids, numbers = numbered(np.frombuffer(firsts, np.int64), np.frombuffer(members, np.int64),
                                     np.frombuffer(of, np.int64))
            return array("q", rids.tobytes()), array("q", numbers.tobytes())
        finally:
            try:
                for t in (PACK, KEYS, READ):
                    con.execute(f"DROP TABLE IF EXISTS {t}")
            finally:
                con.close()

    def _parts(self) -> Any:
        """Each part's reports packed (in the order), with each one's place in the order of the whole."""
        cur = self.con
        cur.execute(f"SELECT no, rid, mid, doc, idx, cmp, part, pos FROM {READ}")  # in its order (the parts')
        pk, at, part = Packed(self.kind), array("q"), None
        while batch := cur.fetchmany(BATCH):
            for _no, rid, mid, doc, idx, cmp, p, pos in batch:
                if p != part and len(pk):
                    yield pk, at
                    pk, at = Packed(self.kind), array("q")
                part = p
                pk.add_text(mid, doc, idx, cmp, rid)
                at.append(pos)
        if len(pk):
            yield pk, at
