"""Add calibration points from the pools' open tune halves to src/dipnet/timex/data/site_ids_pool.json.

Reads POOLS/fp*/tune.gold.jsonl only (--pools) (never a pool's blind half, never the sealed check set) and
keeps pages whose gold date is at day or month precision and whose URL carries a site id. A point
that would cross the calibration already in force (an id below a later date or above an earlier one)
or a point taken before it is left out: such ids run on another counter; so is a site whose one id
stands on pages of different days (items numbered per day). `--exclude fpNN` leaves a
pool out and `--out FILE` writes a whole table for DIPNET_SITE_IDS (held-out checks, one pool at a
time).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import glob
import json
from pathlib import Path
from urllib.parse import unquote

from dipnet.timex.siteclock import POOL, SiteClock, bundled, site_of


def _crosses(pts: list[tuple[int, dt.date]], i: int, day: dt.date) -> bool:
    k = bisect.bisect_left(pts, (i, dt.date.min))
    below = [d for j, d in pts[:k] if j < i]
    above = [d for j, d in pts[k:] if j > i]
    same = [d for j, d in pts if j == i]
    return any(d > day for d in below) or any(d < day for d in above) or any(d != day for d in same)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pools", required=True, help="the folder of the evaluation pools (fpNN/tune.gold.jsonl)")
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--out", help="write the whole calibration (bundled + pool points) here instead")
    args = ap.parse_args()
    force = bundled()
    have = {k: sorted(v) for k, v in force.points.items()}
    added: dict[tuple[str, str], list[tuple[int, dt.date]]] = {}
    sources: list[str] = []
    # a site whose one id stands on pages of different days numbers its items per day: no counter
    seen: dict[tuple[str, str, int], set[str]] = {}
    for f in sorted(glob.glob(f"{args.pools}/fp*/tune.gold.jsonl")):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else {}
            got = site_of(rec.get("url") or rec.get("source") or "") if rec else None
            if got and (rec.get("published") or {}).get("date"):
                seen.setdefault(got, set()).add(rec["published"]["date"][:10])
    daily = {(h, k) for (h, k, _i), days in seen.items() if len(days) > 1}
    for f in sorted(glob.glob(f"{args.pools}/fp*/tune.gold.jsonl")):
        pool = Path(f).parent.name
        if pool in args.exclude:
            continue
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            url = rec.get("url") or rec.get("source") or ""
            pub = rec.get("published") or {}
            date = pub.get("date") or ""
            if pub.get("precision") not in ("day", "month") or len(date) < 7:
                continue
            got = site_of(url)
            if got is None:
                continue
            day = dt.date(int(date[:4]), int(date[5:7]), int(date[8:10]) if len(date) >= 10 else 15)
            key = (got[0], got[1])
            if key in daily:
                continue
            pts = have.setdefault(key, [])
            if (got[2], day) in pts or _crosses(pts, got[2], day):
                continue
            bisect.insort(pts, (got[2], day))
            added.setdefault(key, []).append((got[2], day))
            sources.append(f"{unquote(url)} ({pool} tune gold published {date})")
    if args.out:
        clock = SiteClock(have)
        Path(args.out).write_text(json.dumps(clock.dump(), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {sum(len(v) for v in added.values())} pool points added")
        return
    data = json.loads(POOL.read_text(encoding="utf-8"))
    for (host, kind), pts in added.items():
        lst = data["sites"].setdefault(host, {}).setdefault(kind, [])
        lst.extend([i, d.isoformat()] for i, d in pts)
        lst.sort()
    data["sources"].extend(sources)
    POOL.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {POOL}: {len(sources)} points on {len(added)} site series")


if __name__ == "__main__":
    main()
