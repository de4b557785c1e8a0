"""Would a small learned filter ('is this trigger an event?') beat the rules? Leave-pages-out
cross-validation over seeds, dev and dev2 (issue 13).

Each predicted event is labelled by the scorer's relaxed matching (matched = a real event). A
logistic regression (plain Python, L2, deterministic full-batch gradient descent) over general
features — type, trigger word, the characters around the trigger, zone, counts — scores each event;
events under a threshold are dropped. Folds hold whole pages out; the threshold is chosen on the
training folds only. Prints strict and relaxed F1 of the rules alone and of rules + filter.

usage: python tools/event_filter_cv.py PRED_PREFIX   (reads PRED_PREFIX-{seeds,dev,dev2}.jsonl)
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from gold_pairs import load_scorer

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
if not EVAL.exists():
    EVAL = Path("/work/shared/eval")


def features(e: dict) -> list[str]:
    ev, trig = e.get("evidence", "") or "", (e.get("attributes") or {}).get("trigger", "")
    t = e["type"]
    k = ev.find(trig) if trig else -1
    out = [f"t={t}", f"t={t}|w={trig}", f"brief={e.get('brief') is not None}",
           f"t={t}|n={min(len(e.get('participants') or []), 4)}", f"t={t}|st={e.get('status')}",
           f"t={t}|prec={e.get('date_precision')}", f"quote={'“' in ev or '「' in ev}",
           f"t={t}|len={min(len(ev) // 40, 4)}"]
    if k != -1:
        before, after = ev[max(0, k - 4):k], ev[k + len(trig):k + len(trig) + 4]
        out += [f"b1={before[-1:]}", f"a1={after[:1]}", f"b2={before[-2:]}", f"a2={after[:2]}",
                f"t={t}|b1={before[-1:]}", f"t={t}|a1={after[:1]}"]
    return out


def train(rows: list[tuple[list[str], int]], l2: float = 5.0, steps: int = 300, lr: float = 0.5) -> dict[str, float]:
    w: dict[str, float] = {"_bias": 0.0}
    n = len(rows)
    for _ in range(steps):
        grad: dict[str, float] = {}
        for fs, y in rows:
            z = w["_bias"] + sum(w.get(f, 0.0) for f in fs)
            g = 1 / (1 + math.exp(-z)) - y
            grad["_bias"] = grad.get("_bias", 0.0) + g
            for f in fs:
                grad[f] = grad.get(f, 0.0) + g
        for f, g in grad.items():
            reg = l2 * w.get(f, 0.0) if f != "_bias" else 0.0
            w[f] = w.get(f, 0.0) - lr * (g + reg) / n
    return w


def prob(w: dict[str, float], fs: list[str]) -> float:
    return 1 / (1 + math.exp(-(w["_bias"] + sum(w.get(f, 0.0) for f in fs))))


def main() -> None:
    prefix = sys.argv[1]
    sc = load_scorer(str(EVAL / "gold" / "dev.jsonl"))
    pages = []  # (set, gold page, pred page)
    for s in ("seeds", "dev", "dev2"):
        gold, pred = sc.load(str(EVAL / "gold" / f"{s}.jsonl")), sc.load(f"{prefix}-{s}.jsonl")
        by_title = {sc.norm(r.get("title")): r for r in pred.values() if r.get("title")}
        for key, g in gold.items():
            p = next((pred[k] for k in (key, Path(str(g.get("url", "")).rstrip("/")).name) if k and k in pred),
                     by_title.get(sc.norm(g.get("title")), {}))
            pages.append((s, g, p))

    def labels(g: dict, p: dict) -> list[int]:
        amap = sc.with_pred_names(sc.alias_map(g), p)
        _, _, _, _, _, _ = sc.score_events(g, p, amap, False)
        matched = {j for _, j in sc.max_matching.pairs}
        return [int(j in matched) for j in range(len(p.get("events", [])))]

    def f1(subset: list[tuple[str, dict, dict]], keep) -> tuple[float, float]:
        out = []
        for strict in (True, False):
            tp = npred = ngold = 0
            for _, g, p in subset:
                q = dict(p, events=[e for e in p.get("events", []) if keep(e)])
                amap = sc.with_pred_names(sc.alias_map(g), q)
                a, b, c, *_ = sc.score_events(g, q, amap, strict)
                tp, npred, ngold = tp + a, npred + b, ngold + c
            pr, rc = tp / npred if npred else 0, tp / ngold if ngold else 0
            out.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
        return out[0], out[1]

    k_folds = 5
    folds = [pages[i::k_folds] for i in range(k_folds)]
    kept_all: dict[int, bool] = {}
    for i, test in enumerate(folds):
        train_pages = [x for j, f in enumerate(folds) if j != i for x in f]
        rows = [(features(e), y) for _, g, p in train_pages for e, y in zip(p.get("events", []), labels(g, p), strict=True)]
        w = train(rows)
        # the threshold that maximises relaxed F1 on the training pages
        best = max((f1(train_pages, lambda e, th=th, w=w: prob(w, features(e)) >= th)[1], -th, th)
                   for th in (0.0, 0.2, 0.3, 0.4, 0.5))[2]
        for _, _, p in test:
            for e in p.get("events", []):
                kept_all[id(e)] = prob(w, features(e)) >= best
        print(f"fold {i}: threshold {best}")
    for s in ("seeds", "dev", "dev2", None):
        sub = [x for x in pages if s is None or x[0] == s]
        rules = f1(sub, lambda e: True)
        learned = f1(sub, lambda e: kept_all.get(id(e), True))
        print(f"{s or 'all':6} rules strict {rules[0]:.3f} relaxed {rules[1]:.3f} | "
              f"+filter strict {learned[0]:.3f} relaxed {learned[1]:.3f}")


if __name__ == "__main__":
    main()
