"""Benchmark: a store of N synthetic consolidated events (default 1,000,000), written through the
store's writer, then the dossier, profile and event-filter queries timed (p50/p95 over repeats, wall
and the process's CPU time: the second less moved by other jobs on the machine).
Not a test: run it by hand, `python benchmarks/bench_queries.py [--events N] [--db PATH]`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from dipnet.query import EVENT_TYPES, Query
from dipnet.store import Store

CHANNELS = ["party", "state", "defence", "security", "people", "other"]
LEVELS = ["diplomatic_relations", "comprehensive_partnership", "strategic_partnership",
          "comprehensive_strategic_partnership"]


def generate(db: Path, n: int, seed: int = 7) -> None:
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    countries = [f"country:C{i:03d}" for i in range(200)]
    countries[0] = "country:VN"
    people = [f"person:p{i:05d}" for i in range(20_000)]
    person_country = rng.integers(0, 200, len(people))
    person_country[:2000] = 0  # a fifth of the people are Vietnamese
    ents = {"entity_id": countries + people, "type": ["COUNTRY"] * 200 + ["PERSON"] * len(people),
            "name": [f"国家{i}" for i in range(200)] + [f"人物{i}" for i in range(len(people))],
            "kb_id": countries + [None] * len(people),
            "country": [c.split(":")[1] for c in countries] + [countries[c].split(":")[1] for c in person_country],
            "sector": ["state"] * (200 + len(people)), "external": ["{}"] * (200 + len(people)),
            "variants": ["[]"] * (200 + len(people)), "n_docs": [1] * (200 + len(people))}
    base = dt.date(1990, 1, 1)
    days = rng.integers(0, 365 * 36, n)
    lo = np.array([base + dt.timedelta(int(d)) for d in days], dtype="datetime64[D]")
    p1 = rng.zipf(1.6, n) % len(people)  # a few people in many events
    p2 = rng.integers(0, len(people), n)
    c1 = person_country[p1]
    c2 = rng.integers(1, 200, n)
    types = rng.integers(0, len(EVENT_TYPES), n)
    chans = rng.integers(0, len(CHANNELS), n)
    ids = [f"ev:{i:016x}" for i in range(n)]
    type_names = [EVENT_TYPES[t] for t in types]
    pids = [json.dumps([people[a], people[b], countries[c]]) for a, b, c in zip(p1, p2, c2, strict=True)]
    events = pa.table({
        "event_id": ids, "type": type_names, "status": ["occurred"] * n,
        "date": lo.astype(str), "date_precision": ["day"] * n, "end_date": [None] * n,
        "day_lo": pa.array(lo), "day_hi": pa.array(lo), "year": lo.astype("datetime64[Y]").astype(int) + 1970,
        "participants": pids, "participant_ids": pids, "source_actors": ["[]"] * n, "target_actors": ["[]"] * n,
        "location": [None] * n, "location_id": [None] * n, "channel": [CHANNELS[c] for c in chans],
        "attributes": ["{}"] * n, "cameo": ["040"] * n, "plover": [None] * n, "n_mentions": [1] * n, "n_pages": [1] * n,
        "evidence": [f"第{i}号事件 会谈 合作" for i in range(n)],
    })
    actor_ids = np.concatenate([np.array(people)[p1], np.array(people)[p2], np.array(countries)[c2],
                                np.array(countries)[c1]])
    kinds = ["participant"] * (3 * n) + ["country"] * n
    actors = pa.table({"event_id": ids * 4, "entity_id": actor_ids, "name": actor_ids, "kind": kinds,
                       "day_lo": pa.array(np.concatenate([lo] * 4)), "day_hi": pa.array(np.concatenate([lo] * 4)),
                       "type": type_names * 4, "channel": [CHANNELS[c] for c in chans] * 4,
                       "year": np.concatenate([events.column("year").to_numpy()] * 4)})
    mentions = pa.table({"event_id": ids, "mention_id": ids, "doc_id": [f"d{i % 200_000:06d}" for i in range(n)],
                         "idx": [0] * n, "source": [f"page{i % 200_000}.html" for i in range(n)],
                         "url": [None] * n, "brief": [None] * n, "evidence": ["……"] * n, "start_char": [0] * n,
                         "end_char": [10] * n, "date": lo.astype(str), "published": lo.astype(str)})
    roles = {"person_id": people[:5000] * 4, "person": ["x"] * 20000, "title": [f"职务{i % 40}" for i in range(20000)],
             "body": [None] * 20000, "country": ["VN"] * 20000,
             "first_seen": [f"{2000 + i % 25}" for i in range(20000)], "last_seen": [None] * 20000,
             "n_docs": [1] * 20000, "doc_ids": ["[]"] * 20000, "evidence": [None] * 20000, "origin": ["pages"] * 20000}
    rel = {"pair_a": countries[1:], "pair_b": ["country:VN"] * 199, "a": ["x"] * 199, "b": ["越南"] * 199,
           "level": [LEVELS[i % 4] for i in range(199)], "since": [f"{1950 + i % 70}" for i in range(199)],
           "attested": [None] * 199, "in_force": [dt.date(1950 + i % 70, 1, 1) for i in range(199)],
           "event_id": [None] * 199, "doc_ids": ["[]"] * 199, "evidence": [None] * 199}
    with Store(db) as store:
        t = time.perf_counter()
        print(f"generated {n:,} events in {t - t0:.1f} s", file=sys.stderr)
        # the store derives its precomputed tables (actor_stats, pair_exchanges, event_text) as it writes
        store.replace_consolidated({"kb_entities": ents, "kb_events": events, "event_actors": actors,
                                    "event_mentions": mentions, "role_timeline": roles, "relation_timeline": rel})
        print(f"wrote {n:,} events, {actors.num_rows:,} actor rows (and the tables derived from them) in "
              f"{time.perf_counter() - t:.1f} s", file=sys.stderr)


def measure(db: Path, repeats: int, only: str | None = None) -> dict[str, dict[str, float]]:
    rnd = random.Random(3)
    out = {}
    with Store(db, read_only=True) as store:
        q = Query(store)
        cases = {
            "dossier (country VN)": lambda: q.country("country:VN"),
            "dossier (other country)": lambda: q.country(f"country:C{rnd.randrange(1, 200):03d}"),
            "profile (busy person)": lambda: q.person(f"person:p{rnd.randrange(0, 5):05d}"),
            "profile (any person)": lambda: q.person(f"person:p{rnd.randrange(0, 20000):05d}"),
            "events: country+type+dates": lambda: q.events(country=f"country:C{rnd.randrange(1, 200):03d}",
                                                           type=rnd.choice(EVENT_TYPES), date_from="2010",
                                                           date_to="2015"),
            "events: actor": lambda: q.events(actor=f"person:p{rnd.randrange(0, 20000):05d}"),
            "events: type+channel+year": lambda: q.events(type=rnd.choice(EVENT_TYPES), channel=rnd.choice(CHANNELS),
                                                          date_from=str(rnd.randrange(1990, 2025)),
                                                          date_to=str(rnd.randrange(1990, 2025) + 1)),
            "events: text": lambda: q.events(text=f"第{rnd.randrange(0, 1000)}号"),
            "registry VN as of date": lambda: q.registry("country:VN", f"{rnd.randrange(1995, 2026)}-06-30"),
        }
        for name, call in cases.items():
            if only and only not in name:
                continue
            call()  # warm
            times, cpu = [], []
            for _ in range(repeats):
                t, c = time.perf_counter(), time.process_time()
                call()
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)  # every thread's: less moved by other jobs
            times.sort()
            cpu.sort()
            p95 = min(len(times) - 1, int(0.95 * len(times)))
            out[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[p95], 1),
                         "cpu_p50_ms": round(statistics.median(cpu), 1), "cpu_p95_ms": round(cpu[p95], 1)}
            print(f"{name:32s} p50 {out[name]['p50_ms']:8.1f} ms   p95 {out[name]['p95_ms']:8.1f} ms   "
                  f"CPU p50 {out[name]['cpu_p50_ms']:8.1f} ms   p95 {out[name]['cpu_p95_ms']:8.1f} ms", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="bench.duckdb")
    ap.add_argument("--repeats", type=int, default=40)
    ap.add_argument("--reuse", action="store_true", help="measure an existing store")
    ap.add_argument("--only", help="the queries whose name holds this text alone")
    args = ap.parse_args()
    db = Path(args.db)
    if not args.reuse:
        for f in (db, db.with_name(db.name + ".wal")):
            f.unlink(missing_ok=True)
        generate(db, args.events)
    print(json.dumps(measure(db, args.repeats, args.only)))


if __name__ == "__main__":
    main()
