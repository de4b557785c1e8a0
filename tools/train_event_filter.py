"""A learned event filter (is this extracted event a real one?), trained on the annotated pages and
measured by leave-pages-out cross-validation against the rules alone (issue 13).

The rules' output is read on seeds + dev + dev2; each predicted event is labelled by the scorer's
relaxed matching (1: it meets a gold event). `event_features` describes each event by what the
rules already computed (type, status, trigger, zone, sentence, actors and their kinds, date and
its precision, same-type events on the page, the characters around the trigger), from the
`Event`s and the `Document` only, so extraction could compute them too. A logistic regression
(scikit-learn, lbfgs, L2; no randomness: two runs give the same weights) is trained on them and
applied in plain Python (`probability`). Folds hold whole pages out; per outer fold the threshold
under which an event is dropped is chosen on the training pages only (inner leave-pages-out
folds; 0 keeps all), and the held-out pages are scored by the scorer, strict and relaxed, pooled
over all pages. Fixed "precision-only" thresholds are reported too.

Result (docs/event_filter.md): the filter does not beat the rules, on the open sets alone (10 folds
and one page per fold: rules strict 0.8392 / relaxed 0.8722; the nested filter equal or lower;
held-out ROC AUC 0.59) nor with the pooled events pages of earlier helpers added (`--extra`, 228
pages: rules 0.7876 / 0.8239, nested filter equal or lower at every C, 10 and 20 folds; AUC 0.69),
so no model ships in the package. `--status` measures the same for the rules' status (occurred /
planned) of the events a gold event meets: 28 of 840 wrong, AUC 0.57, nested choice "never turn".
(An earlier plain-Python tool over the output JSON's fields only came to the same; this one
replaced it.)

usage: pip install -e '.[train]'
       python tools/train_event_filter.py [--folds K (0: one page per fold)] [--C C ...] [--model OUT.json]
           [--extra PAGES.jsonl GOLD.jsonl ...] [--balanced] [--status] [--group-folds]
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_left
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import keepdrop  # noqa: E402
from gold_pairs import load_scorer, pair_with_gold  # noqa: E402
from keepdrop import (  # noqa: E402
    SETS,
    SHARED,
    THRESHOLDS,
    bucket,
    cached_rows,
    cv_arguments,
    folds_of,
    parse_weights,
    part_of,
    probability,
    weight_of,
)

from dipnet.contract import to_record  # noqa: E402
from dipnet.errors import InputError  # noqa: E402
from dipnet.model import Document, Event  # noqa: E402
from dipnet.pipeline import process_inputs  # noqa: E402

_QUOTES = "“「『\"《"
_SENTENCE_END = re.compile(r"[。!?;]")
CLASS_WEIGHT: str | None = None  # "balanced" (--balanced): both classes weigh alike in training
WEIGHTS: dict[str, float] = {}  # --weight GROUP=W: a group's (set's) events weigh W in training


class _Page:
    """What the features of every event of one page share: entity kinds by name, the page's date,
    the sentence ends, and per type the events seen so far."""

    def __init__(self, doc: Document, events: list[Event]) -> None:
        self.doc = doc
        self.kinds: dict[str, str] = {}
        for e in doc.entities:
            for n in (e.name, *e.mentions):
                self.kinds.setdefault(n, e.type)
        self.published = doc.published.date if doc.published else None
        self.ends = [m.start() for m in _SENTENCE_END.finditer(doc.text)]
        self.by_type: dict[str, int] = {}
        for ev in events:
            self.by_type[ev.type] = self.by_type.get(ev.type, 0) + 1


def _actors(ev: Event) -> set[str]:
    return {*ev.participants, *ev.source, *ev.target}


def _sentence_no(page: _Page, pos: int, zone_start: int) -> int:
    """How many sentence ends stand between the start of the event's zone and the event."""
    return bisect_left(page.ends, pos) - bisect_left(page.ends, zone_start)


def event_features(doc: Document, events: list[Event]) -> list[list[str]]:
    """The features of each event of a page, in order (binary: the names of those that hold)."""
    page = _Page(doc, events)
    text, n_text = doc.text, max(len(doc.text), 1)
    out: list[list[str]] = []
    seen: list[Event] = []
    rank: dict[str, int] = {}
    for ev in events:
        t = ev.type
        trig = str(ev.attributes.get("trigger") or "")
        seg = doc.segment_at(ev.start)
        zone = seg.kind if seg is not None else "none"
        actors = _actors(ev)
        kinds = sorted({page.kinds.get(a, "?") for a in actors})
        rank[t] = rank.get(t, 0) + 1
        f = [f"t={t}", f"t={t}|st={ev.status}", f"t={t}|w={trig}", f"mode={ev.attributes.get('mode')}",
             f"t={t}|kind={ev.attributes.get('kind')}", f"zone={zone}", f"t={t}|zone={zone}",
             f"brief={ev.brief is not None}", f"chan={ev.channel}", f"t={t}|chan={ev.channel}",
             f"n={bucket(len(actors), (0, 1, 2, 3))}", f"t={t}|n={bucket(len(actors), (0, 1, 2, 3))}",
             f"src={bool(ev.source)}", f"tgt={bool(ev.target)}", f"loc={ev.location is not None}",
             f"t={t}|kinds={'+'.join(kinds)}", f"prec={ev.date_precision}", f"t={t}|prec={ev.date_precision}",
             f"pos={min(ev.start * 5 // n_text, 4)}", f"len={bucket(ev.end - ev.start, (20, 40, 80, 160))}",
             f"t={t}|same={bucket(page.by_type[t], (1, 2, 3, 5))}", f"t={t}|rank={bucket(rank[t], (1, 2, 4))}",
             f"named={'name' in ev.attributes}", f"instrument={'instrument' in ev.attributes}"]
        if seg is not None:
            f.append(f"zone={zone}|sent={bucket(_sentence_no(page, ev.start, seg.start), (0, 1, 3))}")
        if ev.date and page.published:
            w = {"day": 10, "month": 7, "year": 4}.get(ev.date_precision or "day", 10)
            rel = "same" if ev.date[:w] == page.published[:w] else "before" if ev.date < page.published else "after"
            f.append(f"t={t}|date={rel}")
        if any(a == ev.location for a in actors):
            f.append("loc_is_actor")
        if any(p.type == t and _actors(p) & actors for p in seen):
            f.append(f"t={t}|dup")
        if any(p.start < ev.end and ev.start < p.end and p.type != t for p in events if p is not ev):
            f.append("shares_span")
        k = text.find(trig, ev.start, ev.end) if trig else -1
        if k != -1:
            b1, a1 = text[k - 1:k] if k else "", text[k + len(trig):k + len(trig) + 1]
            f += [f"b1={b1}", f"a1={a1}", f"t={t}|b1={b1}", f"t={t}|a1={a1}",
                  f"quoted={any(q in text[ev.start:k] for q in _QUOTES)}"]
        seen.append(ev)
        out.append(f)
    return out


class PageRow:
    """One annotated page: its set, gold and predicted records, and per event features and label."""

    def __init__(self, name: str, gold: dict, pred: dict, feats: list[list[str]], sc: Any) -> None:
        self.name, self.gold, self.pred, self.feats = name, gold, pred, feats
        amap = sc.with_pred_names(sc.alias_map(gold), pred)
        sc.score_events(gold, pred, amap, False)
        pairs = {j: i for i, j in sc.max_matching.pairs}
        self.labels = [int(j in pairs) for j in range(len(pred["events"]))]
        # the status decision: for an event met by a gold event with a status, 1 when the rules' status is wrong
        self.status_labels: list[int | None] = []
        for j, e in enumerate(pred["events"]):
            want = gold["events"][pairs[j]].get("status") if j in pairs else None
            self.status_labels.append(None if not want else int((e.get("status") or "occurred") != want))


def load_pages(sc: Any, extra: tuple[tuple[str, str], ...] = ()) -> list[PageRow]:
    """The open sets' pages, then each extra (pages file, gold file) pair's; a gold page the rules
    give no record for is reported and left out."""
    sets = [(name, paths, str(SHARED / "eval" / "gold" / f"{name}.jsonl")) for name, paths in SETS.items()]
    rows: list[PageRow] = []
    for name, paths, gold_path in sets:
        gold = sc.load(gold_path)
        got = [(d, to_record(d)) for d in process_inputs(paths) if not isinstance(d, InputError)]
        for label, g, (doc, rec) in pair_with_gold(sc, name, gold, [(str(d.source), r, (d, r)) for d, r in got]):
            rows.append(PageRow(label, g, rec, event_features(doc, doc.events), sc))
    for pages_path, gold_path in extra:
        rows += extra_rows(sc, pages_path, gold_path)
    return rows


def extra_rows(sc: Any, pages_path: str, gold_path: str) -> list[PageRow]:
    """The rows of a pages file (JSONL with url and text) and its gold, paired by the full URL: the
    pooled gold repeats file names ("p04" from several helpers), which the scorer's pairing by file
    name would fold into one page. Rows are named after the gold file and line."""
    with open(gold_path, encoding="utf-8") as f:
        golds = [json.loads(line) for line in f if line.strip()]
    by_url = {str(d.url): d for d in process_inputs([pages_path]) if not isinstance(d, InputError)}
    rows: list[PageRow] = []
    for i, g in enumerate(golds):
        doc = by_url.get(str(g.get("url")))
        if doc is None:
            print(f"{gold_path}:{i + 1}: no prediction", file=sys.stderr)
            continue
        rows.append(PageRow(f"{Path(gold_path).stem}/{i + 1:03d}", g, to_record(doc), event_features(doc, doc.events), sc))
    return rows


def fit(rows: list[PageRow], c: float, status: bool = False) -> dict[str, Any]:
    """Logistic regression over the binary features of the rows' events: bias and weight per feature.
    `status`: learn "the rules' status is wrong" over the events with a status label instead."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [(fs, y, weight_of(WEIGHTS, r.name.split("/")[0])) for r in rows
             for fs, y in zip(r.feats, r.status_labels if status else r.labels, strict=True) if y is not None]
    xs = [{f: 1 for f in fs} for fs, _, _ in pairs]
    ys = [y for _, y, _ in pairs]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(xs)
    lr = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8, class_weight=CLASS_WEIGHT)
    lr.fit(x, ys, sample_weight=[w for _, _, w in pairs])
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, lr.coef_[0], strict=True) if abs(w) >= 1e-6}
    return {"bias": round(float(lr.intercept_[0]), 6), "weights": weights}


def probs(model: dict[str, Any], row: PageRow) -> list[float]:
    return [probability(model, fs) for fs in row.feats]


_OTHER_STATUS = {"occurred": "planned", "planned": "occurred"}


def pooled_f1(sc: Any, rows: list[PageRow], kept: dict[str, list[bool]] | None,
              etype: str | None = None, flip: dict[str, list[bool]] | None = None) -> tuple[float, float, list[int]]:
    """Strict and relaxed F1 over the pages, with each page's events filtered by `kept` (None: all),
    and the strict then relaxed (tp, predicted, gold) counts; `etype`: that event type's only;
    `flip`: the events whose status turns to the other one (occurred / planned)."""
    out: list[float] = []
    counts: list[int] = []
    actors = [0, 0]  # event_actors of the strict matching: overlap, predicted (counts[6:8])
    for strict in (True, False):
        tp = npred = ngold = 0
        for r in rows:
            evs = r.pred["events"]
            if flip is not None:
                evs = [dict(e, status=_OTHER_STATUS.get(e.get("status") or "occurred", e.get("status"))) if f else e
                       for e, f in zip(evs, flip[r.name], strict=True)]
            if kept is not None:
                evs = [e for e, k in zip(evs, kept[r.name], strict=True) if k]
            g = r.gold
            if etype is not None:
                evs = [e for e in evs if e.get("type") == etype]
                g = dict(g, events=[e for e in g.get("events", []) if e.get("type") == etype])
            q = dict(r.pred, events=evs)
            amap = sc.with_pred_names(sc.alias_map(g), q)
            a, b, c, _, _, args = sc.score_events(g, q, amap, strict)
            tp, npred, ngold = tp + a, npred + b, ngold + c
            if strict:
                actors[0], actors[1] = actors[0] + args[0], actors[1] + args[1]
        p, rc = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
        out.append(2 * p * rc / (p + rc) if p + rc else 0.0)
        counts += [tp, npred, ngold]
    return out[0], out[1], counts + actors


STATUS_THRESHOLDS = (1.01, 0.9, 0.8, 0.7, 0.6, 0.5)  # 1.01: never change a status


def choose_status_threshold(sc: Any, rows: list[PageRow], c: float, k: int = 5) -> float:
    """The probability above which a status is turned, maximising strict F1 on inner held-out pages."""
    p_of: dict[str, list[float]] = {}
    for test in folds_of(rows, k):
        held = set(test)
        model = fit([r for i, r in enumerate(rows) if i not in held], c, status=True)
        for i in test:
            p_of[rows[i].name] = probs(model, rows[i])
    best = max((pooled_f1(sc, rows, None, flip={n: [x >= th for x in ps] for n, ps in p_of.items()})[0], th, th)
               for th in STATUS_THRESHOLDS)
    return best[2]


def cross_validate_status(sc: Any, rows: list[PageRow], k: int, c: float) -> None:
    """Outer folds of whole pages for the status model: held-out strict F1, rules against model."""
    p_of: dict[str, list[float]] = {}
    chosen: dict[str, float] = {}
    for test in folds_of(rows, k):
        held = set(test)
        train = [r for i, r in enumerate(rows) if i not in held]
        model, th = fit(train, c, status=True), choose_status_threshold(sc, train, c)
        for i in test:
            p_of[rows[i].name], chosen[rows[i].name] = probs(model, rows[i]), th
    from sklearn.metrics import roc_auc_score
    ys = [(y, x) for r in rows for y, x in zip(r.status_labels, p_of[r.name], strict=True) if y is not None]
    rules = pooled_f1(sc, rows, None)
    flip = {n: [x >= chosen[n] for x in ps] for n, ps in p_of.items()}
    model_f1 = pooled_f1(sc, rows, None, flip=flip)
    print(f"status C={c} folds={k}: {len(ys)} events with a gold status, {sum(y for y, _ in ys)} wrong by the rules; "
          f"held-out ROC AUC {roc_auc_score([y for y, _ in ys], [x for _, x in ys]):.3f}; "
          f"thresholds chosen {sorted(set(chosen.values()))}")
    print(f"  rules strict {rules[0]:.4f} ({rules[2][0]}/{rules[2][1]}/{rules[2][2]})  "
          f"model strict {model_f1[0]:.4f} ({model_f1[2][0]}/{model_f1[2][1]}/{model_f1[2][2]}); "
          f"{sum(sum(f) for f in flip.values())} statuses turned")
    for th in STATUS_THRESHOLDS[1:]:
        f = pooled_f1(sc, rows, None, flip={n: [x >= th for x in ps] for n, ps in p_of.items()})
        print(f"  fixed threshold {th}: strict {f[0]:.4f} ({f[2][0]}/{f[2][1]}/{f[2][2]})")


def choose_threshold(sc: Any, rows: list[PageRow], c: float, k: int = 5) -> float:
    """The threshold that maximises strict + relaxed F1 on inner held-out pages of `rows` (0: keep all)."""
    p_of: dict[str, list[float]] = {}
    for test in folds_of(rows, k):
        held = set(test)
        model = fit([r for i, r in enumerate(rows) if i not in held], c)
        for i in test:
            p_of[rows[i].name] = probs(model, rows[i])
    best = max((sum(pooled_f1(sc, rows, {n: [x >= th for x in ps] for n, ps in p_of.items()})[:2]), -th, th)
               for th in THRESHOLDS)
    return best[2]


def cross_validate(sc: Any, rows: list[PageRow], k: int, c: float) -> dict[str, Any]:
    """Outer folds of whole pages: the nested-threshold filter and fixed thresholds, held-out scores."""
    p_of: dict[str, list[float]] = {}
    chosen: dict[str, float] = {}
    per_fold = []
    for fi, test in enumerate(folds_of(rows, k)):
        held = set(test)
        train = [r for i, r in enumerate(rows) if i not in held]
        model = fit(train, c)
        th = choose_threshold(sc, train, c)
        test_rows = [rows[i] for i in test]
        for r in test_rows:
            p_of[r.name] = probs(model, r)
            chosen[r.name] = th
        base = pooled_f1(sc, test_rows, None)
        filt = pooled_f1(sc, test_rows, {r.name: [x >= th for x in p_of[r.name]] for r in test_rows})
        per_fold.append({"fold": fi, "pages": len(test), "threshold": th,
                         "rules": [round(base[0], 3), round(base[1], 3)], "filter": [round(filt[0], 3), round(filt[1], 3)]})
    result: dict[str, Any] = {"folds": per_fold, "C": c, "k": k}
    result["rules"] = pooled_f1(sc, rows, None)
    result["nested"] = pooled_f1(sc, rows, {n: [x >= chosen[n] for x in ps] for n, ps in p_of.items()})
    result["fixed"] = {th: pooled_f1(sc, rows, {n: [x >= th for x in ps] for n, ps in p_of.items()})
                       for th in (0.05, 0.1, 0.2, 0.3, 0.5)}
    nested = {n: [x >= chosen[n] for x in ps] for n, ps in p_of.items()}
    types = sorted({e.get("type") for r in rows for e in (*r.gold.get("events", []), *r.pred["events"])} - {None})
    result["types"] = {t: (pooled_f1(sc, rows, None, t), pooled_f1(sc, rows, nested, t)) for t in types}
    groups = sorted({r.name.split("/")[0] for r in rows})
    parts = {gr: [r for r in rows if r.name.startswith(gr + "/")] for gr in groups}
    parts |= {pt: [r for r in rows if part_of(r.name.split("/")[0]) == pt] for pt in ("official", "silver")}
    result["groups"] = {gr: (pooled_f1(sc, part, None), pooled_f1(sc, part, nested)) for gr, part in parts.items() if part}
    dropped = [(r.name, y, round(x, 3)) for r in rows for x, y in zip(p_of[r.name], r.labels, strict=True)
               if x < chosen[r.name]]
    result["dropped"] = dropped
    from sklearn.metrics import roc_auc_score
    result["auc"] = roc_auc_score([y for r in rows for y in r.labels], [x for r in rows for x in p_of[r.name]])
    return result


def show(res: dict[str, Any]) -> None:
    def fmt(f: tuple[float, float, list[int]]) -> str:
        s, r, n = f
        return (f"strict {s:.4f} ({n[0]}/{n[1]}/{n[2]}) relaxed {r:.4f} ({n[3]}/{n[4]}/{n[5]}) "
                f"actors P {n[6] / max(n[7], 1):.3f}")
    print(f"C={res['C']} folds={res['k']}")
    for f in res["folds"]:
        print(f"  fold {f['fold']:2} pages {f['pages']:2} th {f['threshold']:.1f} rules {f['rules']} filter {f['filter']}")
    print(f"  held-out ranking: ROC AUC {res['auc']:.3f} (0.5: no better than chance)")
    print(f"  rules            {fmt(res['rules'])}   (tp/predicted/gold)")
    print(f"  filter (nested)  {fmt(res['nested'])}")
    for th, f in res["fixed"].items():
        print(f"  filter th {th:<5}  {fmt(f)}")
    for t, (a, b) in res["groups"].items():
        print(f"  set {t:<22} rules {fmt(a)}\n  {'':<26} filter {fmt(b)}")
    for name, key in (("type", "types"),):
        for t, (a, b) in res[key].items():
            print(f"  {name} {t:<16} rules {a[0]:.3f}/{a[1]:.3f} P {a[2][6] / max(a[2][7], 1):.3f} ({a[2][2]} gold)"
                  f"  filter {b[0]:.3f}/{b[1]:.3f} P {b[2][6] / max(b[2][7], 1):.3f}"
                  f"  dropped {a[2][4] - b[2][4]} ({a[2][3] - b[2][3]} matched)")
    print(f"  dropped by the nested filter: {len(res['dropped'])} events, "
          f"{sum(1 for _, y, _ in res['dropped'] if y)} of them matched gold")


def main() -> None:
    ap = cv_arguments(__doc__.split("\n")[0])
    ap.add_argument("--status", action="store_true", help="measure the status (occurred / planned) model instead")
    args = ap.parse_args()
    global CLASS_WEIGHT, WEIGHTS
    CLASS_WEIGHT = "balanced" if args.balanced else None
    keepdrop.GROUPED = args.group_folds
    WEIGHTS = parse_weights(args.weight)
    sc = load_scorer(str(SHARED / "eval" / "gold" / "dev.jsonl"))
    rows = cached_rows(args.cache, lambda: load_pages(sc, tuple((p, g) for p, g in args.extra)))
    n = sum(len(r.labels) for r in rows)
    print(f"{len(rows)} pages, {n} events, {n - sum(sum(r.labels) for r in rows)} unmatched (relaxed)")
    k = len(folds_of(rows, args.folds or len(rows)))  # with --group-folds, at most one fold per group
    if args.status:
        for c in args.C:
            cross_validate_status(sc, rows, k, c)
        return
    results = [cross_validate(sc, rows, k, c) for c in args.C]
    for res in results:
        show(res)
    if args.model:  # the model of all pages, with the threshold and the CV figures, to look at
        res, c = results[0], args.C[0]
        model = {"threshold": choose_threshold(sc, rows, c), "C": c,
                 "cv": {"folds": k, "rules": [round(x, 4) for x in res["rules"][:2]],
                        "filter": [round(x, 4) for x in res["nested"][:2]]}, **fit(rows, c)}
        Path(args.model).write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                    encoding="utf-8")

if __name__ == "__main__":
    main()
