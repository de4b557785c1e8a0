"""Build src/dipnet/timex/data/site_ids.json: article ids of pages whose date the annotated sets give.

Reads the gold of the open sets only (seeds, dev, dev2; never the sealed check set) and keeps pages
dated to the day or the month. `--only dev` (repeatable) or `--out FILE` make held-out tables for
evaluation: build from dev, score dev2 with DIPNET_SITE_IDS=FILE, and the other way round.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dipnet.timex.siteclock import DATA, SiteClock

OPEN_SETS = ("seeds", "dev", "dev2")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold-dir", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "gold"))
    ap.add_argument("--only", action="append", choices=OPEN_SETS, help="use these sets (default: all open sets)")
    ap.add_argument("--out", default=str(DATA))
    args = ap.parse_args()
    clock = SiteClock()
    pairs = []
    for name in args.only or OPEN_SETS:
        for line in (Path(args.gold_dir) / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            pub = rec.get("published") or {}
            if rec.get("url") and pub.get("date") and pub.get("precision") in ("day", "month"):
                pairs.append((rec["url"], pub["date"]))
    n = clock.learn(pairs)
    Path(args.out).write_text(json.dumps(clock.dump(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {n} points on {len(clock.points)} site series")


if __name__ == "__main__":
    main()
