"""A learned participant adder (candidates and features: tools/participant_candidates.py): trained on
the annotated pages and measured by leave-pages-out cross-validation against the rules alone.

The rules' output is read on seeds + dev + dev2 (and `--extra` pages with their gold, e.g. the pool's
tune2). At begun_visits, the step before own_sides in extract/merging/finish.py (wrapped here), the tool takes each page's
candidates (event, entity of the event's sentence the rules left out) with their features, from what
extraction holds at that point. A candidate is labelled 1 when the scorer's alias map puts it among the
participants of the gold event paired with its event: the one the scorer's relaxed matching pairs it
with, else the unmatched gold event of the type sharing the most actors with it (an event the rules
found with a participant missing is not matched until the participant is there). A logistic
regression (scikit-learn, lbfgs, L2, no randomness) is fitted; per outer fold of whole pages the
threshold is chosen on the training pages only (inner leave-pages-out folds, strict + relaxed F1,
with the actors' precision kept), and the held-out pages are scored with the scorer, pooled: events
strict, relaxed and event_actors against the rules alone.

usage: pip install -e '.[train]'
       python tools/train_participant_model.py [--folds K] [--C C ...] [--extra PAGES GOLD ...]
           [--model OUT.json] (the model of all pages, written only where the nested CV beats the rules)
Held out it has never beaten the rules (docs/participant_model.md): no model ships and extraction has no
hook; one would be a call after begun_visits in merging/finish.py applying `probability` to `candidates`.
Re-measuring after a change of the rules is one command:
       python tools/train_participant_model.py --extra POOL-PAGES.jsonl POOL-GOLD.jsonl
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import keepdrop  # noqa: E402
import participant_candidates as learned  # noqa: E402
from gold_pairs import load_scorer, pair_with_gold  # noqa: E402
from keepdrop import SETS, SHARED, cv_arguments, folds_of, parse_weights, part_of, weight_of  # noqa: E402

from dipnet.contract import to_record  # noqa: E402
from dipnet.errors import InputError  # noqa: E402
from dipnet.pipeline import process_inputs  # noqa: E402

finish_module = sys.modules["dipnet.extract.merging.finish"]  # (the page-level steps that end extract_events)
THRESHOLDS = (1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)  # 1.01: add nothing
MIN_ACTOR_PRECISION = 0.90
FLOOR_ON = "all"  # --actors-floor official: the precision floor is the official pages' (.90), not all pages'
LABEL = "paired"  # --label any: train on the looser label (the scorer still decides)
CLASS_WEIGHT: str | None = None  # --balanced: both classes weigh alike in training
WEIGHTS: dict[str, float] = {}  # --weight GROUP=W: a group's (set's) candidates weigh W in training
REACH = 0  # --reach: sentences after the event's own whose names are candidates too
_CAUGHT: dict[int, list[tuple[int, str, list[str]]]] = {}


_BEGUN_VISITS = finish_module.begun_visits


def _catch(page: Any, events: list[Any]) -> list[Any]:
    """begun_visits as the tool runs it: the rules' events as they are, their candidates noted."""
    events = _BEGUN_VISITS(page, events)
    _CAUGHT[id(page.doc)] = learned.candidates(page, events, REACH)
    return events


class PageRow:
    """One annotated page: gold and predicted records, its candidates (event index, name, features) and labels."""

    def __init__(self, name: str, gold: dict, pred: dict, cands: list[tuple[int, str, list[str]]], sc: Any) -> None:
        self.name, self.gold, self.pred, self.cands = name, gold, pred, cands
        amap = sc.with_pred_names(sc.alias_map(gold), pred)
        want = {j: {sc.canon(n, amap) for n in gold["events"][i].get("participants", []) if n}
                for j, i in paired_gold(sc, gold, pred, amap).items()}
        self.labels = [int(sc.canon(n, amap) in want.get(j, set())) for j, n, _ in cands]
        # (--label any) a participant of any gold event of the type sharing an actor with the event
        near: dict[int, set[str]] = {}
        for j, e in enumerate(pred.get("events", [])):
            have = sc.event_actors(e, amap)
            for x in gold.get("events", []):
                need = {sc.canon(n, amap) for n in x.get("participants", []) if n}
                if x.get("type") == e.get("type") and need & have:
                    near.setdefault(j, set()).update(need)
        self.any_labels = [int(sc.canon(n, amap) in near.get(j, set())) for j, n, _ in cands]


def paired_gold(sc: Any, gold: dict, pred: dict, amap: dict) -> dict[int, int]:
    """Each predicted event's gold event: the relaxed matching's pair, else the unmatched gold event
    of its type with the most actors in common (at least one)."""
    sc.score_events(gold, pred, amap, False)
    pairs = {j: i for i, j in sc.max_matching.pairs}
    free = [i for i in range(len(gold.get("events", []))) if i not in set(pairs.values())]
    for j, e in enumerate(pred.get("events", [])):
        if j in pairs:
            continue
        have = sc.event_actors(e, amap)
        best = max(((len(have & {sc.canon(n, amap) for n in gold["events"][i].get("participants", []) if n}), -i)
                    for i in free if gold["events"][i].get("type") == e.get("type")), default=(0, 0))
        if best[0] > 0:
            pairs[j] = -best[1]
    return pairs


def _docs(paths: list[str]) -> list[tuple[Any, dict, list[tuple[int, str, list[str]]]]]:
    out = []
    for d in process_inputs(paths):
        if isinstance(d, InputError):
            continue
        out.append((d, to_record(d), _CAUGHT.pop(id(d), [])))
    return out


def load_pages(sc: Any, extra: list[tuple[str, str]]) -> list[PageRow]:
    """The open sets' pages (paired with gold by file name, URL, title), then each extra set's (by URL)."""
    finish_module.begun_visits = _catch  # type: ignore[attr-defined]
    rows: list[PageRow] = []
    for name, paths in SETS.items():
        gold = sc.load(str(SHARED / "eval" / "gold" / f"{name}.jsonl"))
        got = [(str(d.source), r, (r, c)) for d, r, c in _docs(paths)]
        for label, g, (rec, cands) in pair_with_gold(sc, name, gold, got):
            rows.append(PageRow(label, g, rec, cands, sc))
    for pages_path, gold_path in extra:
        with open(gold_path, encoding="utf-8") as f:
            golds = [json.loads(line) for line in f if line.strip()]
        by_url = {str(d.url): (r, c) for d, r, c in _docs([pages_path])}
        for i, g in enumerate(golds):
            hit = by_url.get(str(g.get("url")))
            if hit is None:
                print(f"{gold_path}:{i + 1}: no prediction", file=sys.stderr)
                continue
            rows.append(PageRow(f"{Path(gold_path).stem}/{i + 1:03d}", g, hit[0], hit[1], sc))
    return rows


def fit(rows: list[PageRow], c: float) -> dict[str, Any]:
    """Logistic regression over the candidates' binary features: bias and a weight per feature."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs = [{f: 1 for f in fs} for r in rows for _, _, fs in r.cands]
    ys = [y for r in rows for y in (r.any_labels if LABEL == "any" else r.labels)]
    sw = [weight_of(WEIGHTS, r.name.split("/")[0]) for r in rows for _ in r.cands] if WEIGHTS else None
    vec = DictVectorizer(sort=True)
    lr = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8, class_weight=CLASS_WEIGHT)
    lr.fit(vec.fit_transform(xs), ys, sample_weight=sw)
    weights = {str(n): round(float(w), 6) for n, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
               if abs(w) >= 1e-6}
    return {"bias": round(float(lr.intercept_[0]), 6), "weights": weights}


def added(row: PageRow, probs: list[float], th: float) -> dict:
    """The page's record with the candidates scored at or over `th` added to their events."""
    events = [dict(e, participants=list(e.get("participants") or [])) for e in row.pred["events"]]
    for (j, name, _), p in zip(row.cands, probs, strict=True):
        if p >= th:
            events[j]["participants"].append(name)
    return dict(row.pred, events=events)


def pooled(sc: Any, rows: list[PageRow], probs: dict[str, list[float]] | None, th: dict[str, float] | float
           ) -> dict[str, float]:
    """Events strict and relaxed F1 and the actors' precision and recall, pooled over the pages."""
    n = [0] * 9
    for r in rows:
        t = th if isinstance(th, float) else th[r.name]
        pred = added(r, probs[r.name], t) if probs is not None else r.pred
        amap = sc.with_pred_names(sc.alias_map(r.gold), pred)
        for k, strict in ((0, True), (3, False)):
            tp, npred, ngold, _, _, args = sc.score_events(r.gold, pred, amap, strict)
            n[k], n[k + 1], n[k + 2] = n[k] + tp, n[k + 1] + npred, n[k + 2] + ngold
            if strict:
                n[6], n[7], n[8] = n[6] + args[0], n[7] + args[1], n[8] + args[2]

    def f1(tp: int, np_: int, ng: int) -> float:
        return 2 * tp / (np_ + ng) if np_ + ng else 0.0
    return {"strict": f1(*n[0:3]), "relaxed": f1(*n[3:6]), "actors_p": n[6] / n[7] if n[7] else 0.0,
            "actors_r": n[6] / n[8] if n[8] else 0.0, "counts": n}  # type: ignore[dict-item]


def held_out_probs(rows: list[PageRow], k: int, c: float) -> dict[str, list[float]]:
    p_of: dict[str, list[float]] = {}
    for test in folds_of(rows, k):
        held = set(test)
        model = fit([r for i, r in enumerate(rows) if i not in held], c)
        for i in test:
            p_of[rows[i].name] = [learned.probability(model, fs) for _, _, fs in rows[i].cands]
    return p_of


def choose_threshold(sc: Any, rows: list[PageRow], c: float, k: int = 5) -> float:
    """The threshold of the best strict + relaxed F1 on inner held-out pages whose actors' precision
    stays at MIN_ACTOR_PRECISION or the rules' own (1.01: add nothing)."""
    p_of = held_out_probs(rows, k, c)
    judged = [r for r in rows if FLOOR_ON == "all" or part_of(r.name.split("/")[0]) == "official"]
    floor = min(MIN_ACTOR_PRECISION, pooled(sc, judged, None, 1.01)["actors_p"])
    best = (-1.0, 0.0, 1.01)
    for th in THRESHOLDS:
        s = pooled(sc, rows, p_of, th)
        if th > 1 or (s if FLOOR_ON == "all" else pooled(sc, judged, p_of, th))["actors_p"] >= floor:
            best = max(best, (s["strict"] + s["relaxed"], th, th))
    return best[2]


def cross_validate(sc: Any, rows: list[PageRow], k: int, c: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """Outer folds of whole pages, the threshold chosen inside each: the rules' and the adder's
    held-out scores, pooled (printed, with fixed thresholds and per set)."""
    p_of: dict[str, list[float]] = {}
    chosen: dict[str, float] = {}
    for test in folds_of(rows, k):
        held = set(test)
        train = [r for i, r in enumerate(rows) if i not in held]
        model, th = fit(train, c), choose_threshold(sc, train, c)
        for i in test:
            p_of[rows[i].name] = [learned.probability(model, fs) for _, _, fs in rows[i].cands]
            chosen[rows[i].name] = th
    from sklearn.metrics import roc_auc_score
    ys = [y for r in rows for y in r.labels]
    auc = roc_auc_score(ys, [x for r in rows for x in p_of[r.name]])
    print(f"C={c} folds={k}: held-out ROC AUC {auc:.3f}; thresholds chosen {sorted(set(chosen.values()))}")
    rules, nested = pooled(sc, rows, None, 1.01), pooled(sc, rows, p_of, chosen)
    show("rules", rules)
    show("nested", nested)
    for th in THRESHOLDS[1:]:
        show(f"fixed {th}", pooled(sc, rows, p_of, th))
    parts = {g: [r for r in rows if r.name.startswith(g + "/")] for g in sorted({r.name.split("/")[0] for r in rows})}
    parts |= {pt: [r for r in rows if part_of(r.name.split("/")[0]) == pt] for pt in ("official", "silver")}
    for group, part in parts.items():
        if not part:
            continue
        show(f"{group} rules", pooled(sc, part, None, 1.01))
        show(f"{group} nested", pooled(sc, part, p_of, chosen))
    return rules, nested


def beats(rules: dict[str, Any], nested: dict[str, Any]) -> bool:
    """The adder ships only where held out it beats the rules on strict and relaxed and keeps the actors'
    precision at MIN_ACTOR_PRECISION (or the rules' own, where that is lower already)."""
    return nested["strict"] > rules["strict"] and nested["relaxed"] > rules["relaxed"] and \
        nested["actors_p"] >= min(MIN_ACTOR_PRECISION, rules["actors_p"])


def show(label: str, s: dict[str, Any]) -> None:
    n = s["counts"]
    print(f"  {label:<16} strict {s['strict']:.4f} ({n[0]}/{n[1]}/{n[2]})  relaxed {s['relaxed']:.4f} ({n[3]}/{n[4]}/{n[5]})"
          f"  actors P {s['actors_p']:.3f} R {s['actors_r']:.3f}")


def main() -> None:
    ap = cv_arguments(__doc__.split("\n")[0])
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    ap.add_argument("--label", choices=("paired", "any"), default="paired",
                    help="train on the paired gold event's participants, or any overlapping gold event's of the type")
    ap.add_argument("--force", action="store_true", help="--model even where the CV does not beat the rules")
    ap.add_argument("--actors-floor", choices=("all", "official"), default="all",
                    help="where the inner threshold must keep the actors' precision: all training pages, or the official ones")
    ap.add_argument("--reach", type=int, default=0, help="sentences after the event's own to take candidates from")
    args = ap.parse_args()
    global LABEL, CLASS_WEIGHT, REACH, WEIGHTS, FLOOR_ON
    FLOOR_ON = args.actors_floor
    LABEL, CLASS_WEIGHT, REACH = args.label, "balanced" if args.balanced else None, args.reach
    keepdrop.GROUPED = args.group_folds
    WEIGHTS = parse_weights(args.weight)
    sc = load_scorer(str(SHARED / "eval" / "gold" / "dev.jsonl"))
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            rows = pickle.load(f)
    else:
        rows = load_pages(sc, [(p, g) for p, g in args.extra])
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump(rows, f)
    n = sum(len(r.labels) for r in rows)
    print(f"{len(rows)} pages, {n} candidates, {sum(sum(r.labels) for r in rows)} of them gold participants "
          f"({sum(sum(r.any_labels) for r in rows)} by --label any)")
    k = len(folds_of(rows, args.folds or len(rows)))  # with --group-folds, at most one fold per group
    results = [cross_validate(sc, rows, k, c) for c in args.C] if not args.no_cv or args.model else []
    if args.model:  # the model of all pages, with its CV figures; only where the CV beat the rules
        c = args.C[0]
        rules, nested = results[0]
        if not beats(rules, nested) and not args.force:
            print(f"not written: held out the adder does not beat the rules (C={c})")
            return
        cv = {"folds": k, "rules": [round(rules[x], 4) for x in ("strict", "relaxed", "actors_p")],
              "adder": [round(nested[x], 4) for x in ("strict", "relaxed", "actors_p")]}
        model = {"C": c, "threshold": choose_threshold(sc, rows, c), "cv": cv, "reach": args.reach, **fit(rows, c)}
        Path(args.model).write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
