"""The whole build's memory by phase (issue 17; docs/scale.md, cb6): one whole build (`consolidate`, not
incremental) of STORE in this process, `threads 1`, with a marker at each phase: the phase's own peak RSS
(VmHWM, reset at its start by writing 5 to /proc/self/clear_refs), its RSS and DuckDB's memory at its end, its
CPU and wall time, the load; with ACCT=1 also glibc's heap (mallinfo2), pyarrow's pool and Python's allocated
blocks. The phases are found by wrapping the build's steps (consolidate's, changes', the writes'), so a renamed
step drops its marker, no more. A line of JSON a phase, appended to LOG. SIZES: phases at whose start the deep
sizes of the build's locals are logged (a walk of every object: it raises the RSS of what follows by tens of MB,
so measure peaks in a run without it). On a copy of an unconsolidated store (bench_consolidate's copy_pages):

    PYTHONPATH=src PYTHONHASHSEED=0 nice -n 5 python benchmarks/prof_consolidate.py STORE LOG ["phase,phase"]
"""
from __future__ import annotations

import ctypes
import gc
import json
import os
import resource
import sys
import time

import duckdb

STORE, LOG = sys.argv[1], sys.argv[2]
SIZES = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[3] else set()
out = open(LOG, "a")
ACCT = os.environ.get("ACCT") == "1"


def status() -> tuple[int, int]:
    got = {}
    for ln in open("/proc/self/status"):
        if ln.startswith(("VmHWM:", "VmRSS:")):
            got[ln.split(":")[0]] = int(ln.split()[1]) // 1024
    return got["VmHWM"], got["VmRSS"]


def cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


STATE = {"phase": "start", "cpu": cpu(), "t": time.time(), "store": None}


def duck_mb() -> int:
    st = STATE["store"]
    if st is None:
        return -1
    try:
        return int(st.con.execute("SELECT coalesce(sum(memory_usage_bytes),0) FROM duckdb_memory()").fetchall()[0][0]) // 2**20
    except duckdb.Error:  # a connection closed
        return -2


class _MI(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                                                "uordblks", "fordblks", "keepcost")]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = _MI


def accounting() -> dict:
    mi = _libc.mallinfo2()
    import pyarrow as pa
    pool = pa.default_memory_pool()
    return {"glibc_heap": mi.arena >> 20, "glibc_used": mi.uordblks >> 20, "glibc_free": mi.fordblks >> 20,
            "glibc_mmap": mi.hblkhd >> 20, "arrow": pool.bytes_allocated() >> 20,
            "pyobj_blocks": sys.getallocatedblocks()}


def mark(name: str) -> None:
    hwm, rss = status()
    c = cpu()
    line = {"phase": STATE["phase"], "hwm": hwm, "rss_end": rss, "cpu": round(c - STATE["cpu"], 1),
            "wall": round(time.time() - STATE["t"], 1), "duck_end": duck_mb(), "load": round(os.getloadavg()[0], 2),
            **(accounting() if ACCT else {})}
    out.write(json.dumps(line) + "\n")
    out.flush()
    if name in SIZES:
        sizes(name)
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    STATE.update(phase=name, cpu=cpu(), t=time.time())


# ---- deep sizes
def _skip_ids() -> set[int]:
    from dipnet.kb import load_kb
    seen: set[int] = set()
    stack = [load_kb()]
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        stack.extend(gc.get_referents(o))
    return seen


SKIP: set[int] | None = None
SKIP_TYPES = (type, type(sys), type(mark), type(mark.__code__))


def deep(o: object, seen: set[int]) -> int:
    total = 0
    stack = [o]
    while stack:
        x = stack.pop()
        i = id(x)
        if i in seen or isinstance(x, SKIP_TYPES):
            continue
        seen.add(i)
        try:
            total += sys.getsizeof(x)
        except TypeError:
            continue
        stack.extend(gc.get_referents(x))
    return total


def sizes(name: str) -> None:
    global SKIP
    if SKIP is None:
        SKIP = _skip_ids()
    f = sys._getframe()
    frames = []
    while f is not None:
        if f.f_code.co_name in ("build", "_consolidate", "merge_events", "replace_consolidated"):
            frames.append(f)
        f = f.f_back
    seen = set(SKIP)
    res = {}
    for fr in reversed(frames):  # outermost first
        for k, v in list(fr.f_locals.items()):
            if k in ("self", "store", "kb", "con"):
                continue
            s = deep(v, seen)
            if s > 512 * 1024:
                res[f"{fr.f_code.co_name}.{k}"] = round(s / 2**20, 1)
    # the resolver's parts
    for fr in frames:
        r = fr.f_locals.get("res")
        if r is not None:
            s2 = set(SKIP)
            res["(res parts)"] = {a: round(deep(getattr(r, a), s2) / 2**20, 1) for a in vars(r)
                                  if deep(getattr(r, a), set(SKIP)) > 512 * 1024}
            break
    out.write(json.dumps({"sizes_at": name, **res, "gc_objects": len(gc.get_objects())}) + "\n")
    out.flush()


# ---- phase markers
import dipnet.consolidate as C  # noqa: E402
import dipnet.consolidate.changes as CH  # noqa: E402
import dipnet.store.writes as W  # noqa: E402
from dipnet.store import BulkStore, namewrites, state  # noqa: E402


def before(mod, name, phase):
    fn = getattr(mod, name)

    def wrapped(*a, **k):
        mark(phase(*a, **k) if callable(phase) else phase)
        return fn(*a, **k)
    setattr(mod, name, wrapped)


def around(mod, name, phase, after):
    fn = getattr(mod, name)

    def wrapped(*a, **k):
        mark(phase(*a, **k) if callable(phase) else phase)
        r = fn(*a, **k)
        mark(after)
        return r
    setattr(mod, name, wrapped)


before(C, "edges_of", "edges_of, write_links, state_rows, early stage")
before(C, "merge_entities", "entity merge")
before(C.LinkSink, "sorted", "links sorted, kb_entities staged")
around(C, "merge_events", "event merge: actors' pass", "after event merge: RelationEvents")
before(CH, "dominant_of", "event merge by type")
before(CH, "_packed", lambda kind, *a, **k: f"type {kind}: pack+cluster")
before(CH, "_reread", lambda reread, kind, *a, **k: f"type {kind}: reread+merge+stage")
before(C, "role_timeline", "role_timeline")
before(C, "relation_timeline", "relation_timeline")
before(C, "fact_claims", "fact_claims")
before(C, "pair_rows", "columns done; pair_rows")
before(C, "_give_back", "_give_back")
before(C, "feature_rows", "feature_rows, index_rows")
orig_insert = W.ConsolidatedWrites._insert


def _insert(self, name, data, copy=None):
    mark(f"write {name}")
    return orig_insert(self, name, data, copy)


W.ConsolidatedWrites._insert = _insert
before(state, "write_reports", "write event_reports (state)")
before(namewrites, "write_names", "write names")
before(namewrites, "write_rule_names", "write rule names")
orig_rd = W.ConsolidatedWrites._rebuild_derived


def _rd(self, source):
    from dipnet.store.derived import DERIVED
    if source in DERIVED:
        mark(f"derived of {source}")
    return orig_rd(self, source)


W.ConsolidatedWrites._rebuild_derived = _rd

t0 = time.time()
out.write(json.dumps({"run": STORE, "src": C.__file__, "start": time.strftime("%H:%M:%S"),
                      "load": os.getloadavg()[0]}) + "\n")
with BulkStore(STORE) as store:
    store.con.execute("SET threads = 1")
    STATE["store"] = store
    mark("prepare")
    counts = C.consolidate(store, incremental=False)
    mark("end (commit done)")
hwm = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
out.write(json.dumps({"end": time.strftime("%H:%M:%S"), "cpu": round(cpu(), 1), "wall": round(time.time() - t0, 1),
                      "load": os.getloadavg()[0], "kb_events": counts.get("kb_events")}) + "\n")
out.close()
