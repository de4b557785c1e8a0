"""Measure page and teaser dates against the development gold (for development only).

    python -m dipnet.timex.measure [--shared /work/shared] [-v]

The split into main article and teasers here is rough and for measuring only: teasers are
located by the gold headlines (the scorer pairs teasers by headline too), each joined with the
summary line after it and the caption line before it. Text is normalized the way the reader
does (NFKC width folding, Traditional -> Simplified).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

from ..model import DateValue
from .publication import infer_brief_dates, infer_published

try:
    import opencc

    _T2S = opencc.OpenCC("t2s")
except Exception:  # noqa: BLE001 - measuring still works on Simplified pages without it
    _T2S = None  # type: ignore[assignment]


def normalize(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return _T2S.convert(s) if _T2S else s


def agrees(gold: dict, pred: DateValue | None) -> bool:
    width = {"day": 10, "month": 7, "year": 4}[gold.get("precision") or "day"]
    return pred is not None and pred.date[:width] == gold["date"][:width]


def split(text: str, headlines: list[str]) -> tuple[str, list[str]]:
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    briefs, first = [], None
    for h in headlines:
        hits = [i for i in idx if lines[i].strip() == h.strip()]
        if not hits:
            hits = [i for i in idx if h.strip() and lines[i].strip().startswith(h.strip())]
        if not hits:
            briefs.append(h)
            continue
        i = hits[-1]  # a caption can repeat the headline: the headline is the last copy
        pos = idx.index(i)
        nxt = lines[idx[pos + 1]].strip() if pos + 1 < len(idx) else ""
        prev = lines[idx[pos - 1]].strip() if pos > 0 else ""
        summary = nxt if len(nxt) > 40 and nxt not in headlines else ""
        caption = prev if 0 < len(prev) <= 80 and prev not in headlines and prev != h else ""
        briefs.append("\n".join(x for x in (h, summary, caption) if x))
        start = idx[pos - 1] if caption else i
        first = start if first is None else min(first, start)
    cut = next((i for i, ln in enumerate(lines) if ln.strip() in ("更多", "相关新闻:", "相关新闻")), None)
    end = min(x for x in (first, cut) if x is not None) if first is not None or cut is not None else len(lines)
    return "\n".join(lines[:end]), briefs


def run(shared: Path, verbose: bool) -> dict[str, float]:
    seeds = {json.loads(ln)["source"]: json.loads(ln) for ln in open(shared / "eval/gold/seeds.jsonl", encoding="utf-8")}
    dev = {json.loads(ln)["source"]: json.loads(ln) for ln in open(shared / "eval/gold/dev.jsonl", encoding="utf-8")}
    pages = [json.loads(ln) for ln in open(shared / "corpus/dev/pages.jsonl", encoding="utf-8")]
    sets = {"seeds": [(seeds[p.name], p.read_text(encoding="utf-8"), None)
                      for p in sorted((shared / "corpus/seeds").glob("*.txt")) if p.name in seeds],
            "dev": [(dev[f"d{i:02d}.txt"], rec["text"], rec["url"]) for i, rec in enumerate(pages, 1)
                    if f"d{i:02d}.txt" in dev]}
    scores: dict[str, float] = {}
    for name, items in sets.items():
        pr = pn = br = bn = 0
        for gold, raw, url in items:
            text = normalize(raw)
            heads = [normalize(b.get("headline", "")) for b in gold.get("briefs", [])]
            main, briefs = split(text, heads)
            title = main.strip().split("\n")[0] if main.strip() else ""
            page = infer_published(text=main, url=url, meta=None, title=title)
            g = gold.get("published") or {}
            if g.get("date"):
                ok = agrees(g, page)
                pr += ok
                pn += 1
                if verbose and not ok:
                    print(f"  PAGE MISS {name} {gold['source']}: gold {g['date']}/{g['precision']} "
                          f"pred {page and (page.date, page.precision, page.evidence)}")
            bd = infer_brief_dates(briefs, page)
            for b, pred in zip(gold.get("briefs", []), bd, strict=False):
                gb = b.get("published") or {}
                if not gb.get("date"):
                    continue
                ok = agrees(gb, pred)
                br += ok
                bn += 1
                if verbose and not ok:
                    print(f"  BRIEF MISS {name} {b['headline'][:24]}: gold {gb['date']} pred {pred and (pred.date, pred.evidence)}")
        scores[f"{name}_dates_pages"] = round(pr / pn, 3) if pn else 0.0
        scores[f"{name}_dates_briefs"] = round(br / bn, 3) if bn else 0.0
        scores[f"{name}_n"] = pn + bn
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    print(json.dumps(run(Path(args.shared), args.v), ensure_ascii=False))


if __name__ == "__main__":
    main()
