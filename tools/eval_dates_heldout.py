"""Page dates and strict events of the open sets as if each page came from an outlet, or was a page,
never calibrated: the site article-id table (timex/data/site_ids.json) is built from the same gold,
so scoring with it flatters the dates. Modes:

  empty       no calibration at all (an unseen outlet);
  leave-site  each page read against a table built without its own site (the same figures as
              `empty`, since a page's id is read only against its own site's ids: kept as a check);
  leave-page  each page read against a table built from every other open page (a known outlet whose
              store has learned from the pages it dated before);
  bundled     the shipped table (the page's own id included: an upper bound, not a measure);
  stripped    no URL, no metadata and the page's own stamp lines removed (a timestamp with a clock, a
              '发布时间:' label, a leading 'date' line): what the text alone gives (a page of an unseen
              outlet whose header the reader lost). Read for page dates only.

Usage: python tools/eval_dates_heldout.py [--sets dev dev2] [--modes empty leave-site leave-page bundled]
Never reads the sealed check set.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

OPEN_SETS = ("seeds", "dev", "dev2")


# lines that print the page's own date: a date beside a clock, a publication label, a 'date' line
_STAMP_LINE = re.compile(r"(?m)^.*(?:\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?\s*[|,]?\s*\d{1,2}:\d{2}"
                         r"|\d{1,2}:\d{2}\s*\|?\s*\d{1,2}/\d{1,2}/\d{4}|(?:发布|發佈|发表|發表|更新)(?:时间|時間|日期|于|於)).*$")


def _strip_stamps(text: str) -> str:
    return _STAMP_LINE.sub("", re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", text))


def _gold(gold_dir: Path, name: str) -> list[dict]:
    return [json.loads(x) for x in (gold_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def _points(gold: list[dict]) -> list[tuple[str, str]]:
    return [(g["url"], g["published"]["date"]) for g in gold
            if g.get("url") and (g.get("published") or {}).get("precision") in ("day", "month")]


def main() -> None:
    from dipnet.contract import to_record
    from dipnet.errors import InputError
    from dipnet.normalize import normalize
    from dipnet.pipeline import run_stages
    from dipnet.read import read_inputs
    from dipnet.timex.siteclock import DATA, SiteClock, site_of

    shared = Path(os.environ.get("DIPNET_SHARED") or Path(__file__).resolve().parents[2] / "shared")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["dev", "dev2"], choices=["dev", "dev2"])
    ap.add_argument("--modes", nargs="+", default=["empty", "leave-site", "leave-page", "bundled"],
                    choices=["empty", "leave-site", "leave-page", "bundled", "stripped"])
    args = ap.parse_args()
    gold_dir = shared / "eval" / "gold"
    every = {name: _gold(gold_dir, name) for name in OPEN_SETS}
    all_points = [p for name in OPEN_SETS for p in _points(every[name])]
    with tempfile.TemporaryDirectory(prefix="dipnet-heldout-") as tmp:
        def table(points: list[tuple[str, str]], tag: str) -> str:
            clock = SiteClock()
            clock.learn(points)
            path = Path(tmp) / f"{tag}.json"
            path.write_text(json.dumps(clock.dump()), encoding="utf-8")
            return str(path)

        empty = table([], "empty")
        for name in args.sets:
            pages = [p for p in read_inputs([str(shared / "corpus" / name / "pages.jsonl")]) if not isinstance(p, InputError)]
            for mode in args.modes:
                records = []
                for i, page in enumerate(pages):
                    if mode == "stripped":
                        page = dataclasses.replace(page, url=None, published=None, text=_strip_stamps(page.text))
                    if mode in ("empty", "stripped"):
                        path = empty
                    elif mode == "bundled":
                        path = str(DATA)
                    elif mode == "leave-site":
                        own = site_of(page.url or "")
                        path = table([p for p in all_points if own is None or (site_of(p[0]) or ("",))[0] != own[0]],
                                     f"site-{name}-{i}")
                    else:
                        path = table([p for p in all_points if p[0] != page.url], f"page-{name}-{i}")
                    os.environ["DIPNET_SITE_IDS"] = path
                    records.append(to_record(run_stages(normalize(page))))
                pred = Path(tmp) / f"{name}-{mode}.jsonl"
                pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
                out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold_dir / f"{name}.jsonl"),
                                      "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
                got = json.loads(out.stdout)
                print(f"{name:5} {mode:11} page dates {got['dates_pages']['f1']:.3f}  events strict {got['events_strict']['f1']:.3f}"
                      f"  relaxed {got['events_relaxed']['f1']:.3f}  brief dates {got['dates_briefs']['f1']:.3f}")


if __name__ == "__main__":
    main()
