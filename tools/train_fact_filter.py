"""A learned fact filter (is this extracted fact a real one: keep or drop?), trained on the annotated
pages and measured by nested leave-pages-out cross-validation against the rules alone (issue 13).

The method is `tools/train_event_filter.py`'s, for facts. Candidates: every fact the rules output
on seeds + dev + dev2, the GENERAL2 v2 tuning pages and the facts pool's tuning pages (`--extra`);
label 1 when the scorer's facts matching (`score_facts`: unit, value, holder, as-of; one-to-one)
pairs it with a gold fact. `fact_features` describes each fact by what the rules computed, from
the `Fact`s and the `Document` only (so extraction could compute them too): unit, predicate, the
value's size class, the number's written form (Chinese numerals, 第/次/届 near it, 周年, 年来, a
year-like value), zone, sentence number in the zone, the characters and cue words around the number,
the holder (found or not, its entity kind, the page's title naming it), facts in the clause and the
sentence. A logistic regression (scikit-learn, lbfgs, L2, no randomness) is trained on them and
applied in plain Python (`probability`). Outer folds hold whole pages out; per outer fold the
threshold under which a fact is dropped is chosen on the training pages only (inner leave-pages-out
folds; 0 keeps all); held-out pages are scored with the scorer's facts matcher, pooled. Figures are
printed overall, per set, for the ordinary pages (GENERAL2 tune + dev2) and for the pool.

`--train-without facts-tune-gold` leaves the pool's pages out of training (still scored);
`--weight GROUP=W` weighs a set's facts in training; `--objective ordinary` chooses the inner
threshold by the ordinary pages' F1 only. Results: docs/fact_filter.md.

usage: pip install -e '.[train]'
       python tools/train_fact_filter.py [--folds K] [--C C ...] [--extra PAGES GOLD ...] [--cache FILE]
           [--train-without GROUP ...] [--weight GROUP=W ...] [--objective all|ordinary] [--model OUT.json]
           [--group-folds] (whole pools held out per fold: docs/fact_filter.md, fourth measure)
"""

from __future__ import annotations

import json
import math
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
    part_of,
    probability,
    weight_of,
)

from dipnet.contract import to_record  # noqa: E402
from dipnet.errors import InputError  # noqa: E402
from dipnet.model import Document, Fact  # noqa: E402
from dipnet.pipeline import process_inputs  # noqa: E402

ORDINARY = ("dev2", "general2v2-tune-gold")  # ordinary pages: gold of all areas, not chosen for facts
POOL = ("facts-tune-gold",)
_SENTENCE_END = re.compile(r"[。!?;！？；\n]")
_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,，、]*|[零〇一二两三四五六七八九十百千万亿]+")
_CUES_BEFORE = ("约", "近", "超过", "逾", "达", "共", "总", "累计", "增长", "同比", "占", "第", "为", "有", "至", "到", "前",
                "这", "该", "上述", "其中", "仅", "已", "的", "和", "、", "了")
_CUES_AFTER = ("周年", "年来", "多年", "年前", "年后", "以来", "届", "次", "多", "余", "左右", "以上", "的", "个", "名", "人",
               "国", "项", "亿", "万", "%", "年")
CLASS_WEIGHT: str | None = None



def _size(value: float | list[float]) -> str:
    v = value[1] if isinstance(value, list) else value
    if isinstance(value, list):
        return "range"
    if v == 0:
        return "0"
    frac = "f" if abs(v - round(v)) > 1e-9 else "i"
    return f"{frac}{bucket(math.log10(abs(v)), (0, 0.31, 0.7, 1, 1.5, 2, 3, 4, 6, 8, 10))}"


def _number_at(text: str, start: int, end: int, value: float | list[float]) -> tuple[int, int]:
    """Where the fact's number stands in its clause: the first digit run that reads as the value or its
    mantissa (1012亿 for 1.012e11), else the first number (digits or Chinese numerals); (start, start) if none."""
    clause = text[start:end]
    v = value[0] if isinstance(value, list) else value
    wants: set[str] = set()
    for scale in (1, 1e4, 1e8, 1e12, 0.01):
        x = v / scale
        s = f"{x:.4f}".rstrip("0").rstrip(".")
        wants.add(s)
    first = None
    for m in _NUMBER.finditer(clause):
        first = first or m
        if m.group().replace(",", "").replace("，", "") in wants:
            return start + m.start(), start + m.end()
    return (start + first.start(), start + first.end()) if first else (start, start)


class _Page:
    """What the features of every fact of a page share: entity kinds by name, sentence ends, facts per clause."""

    def __init__(self, doc: Document, facts: list[Fact]) -> None:
        self.kinds: dict[str, str] = {}
        for e in doc.entities:
            for n in (e.name, *e.mentions):
                self.kinds.setdefault(n, e.type)
        self.ends = [m.start() for m in _SENTENCE_END.finditer(doc.text)]
        self.per_clause: dict[int, int] = {}
        self.per_sentence: dict[int, int] = {}
        for f in facts:
            self.per_clause[f.start] = self.per_clause.get(f.start, 0) + 1
            s = self.sentence(f.start)
            self.per_sentence[s] = self.per_sentence.get(s, 0) + 1
        self.title = doc.title or ""

    def sentence(self, pos: int) -> int:
        return bisect_left(self.ends, pos)


def fact_features(doc: Document, facts: list[Fact]) -> list[list[str]]:
    """The features of each fact of a page, in order (binary: the names of those that hold)."""
    page = _Page(doc, facts)
    text, n_text = doc.text, max(len(doc.text), 1)
    out: list[list[str]] = []
    seen_unit: dict[str, int] = {}
    for f in facts:
        u = f.unit
        seg = doc.segment_at(f.start)
        zone = seg.kind if seg is not None else "none"
        if zone.startswith("brief_"):
            zone = "teaser"
        a, b = _number_at(text, f.start, f.end, f.value)
        num = text[a:b]
        before, after = text[max(f.start, a - 4):a], text[b:min(f.end, b + 4)]
        holder = f.subject or ""
        kind = page.kinds.get(holder, "?") if holder else "none"
        if holder and "-" in holder:
            kind = "pair"
        seen_unit[u] = seen_unit.get(u, 0) + 1
        v = f.value[0] if isinstance(f.value, list) else f.value
        feats = [f"u={u}", f"p={f.predicate}", f"u={u}|p={f.predicate}", f"size={_size(f.value)}",
                 f"u={u}|size={_size(f.value)}", f"zone={zone}", f"u={u}|zone={zone}",
                 f"brief={f.brief is not None}", f"holder={kind}", f"u={u}|holder={kind}",
                 f"asof={'none' if not f.as_of else len(f.as_of)}", f"u={u}|asof={f.as_of is not None}",
                 f"form={'digits' if num[:1].isdigit() else 'chinese' if num else 'none'}",
                 f"u={u}|form={'digits' if num[:1].isdigit() else 'chinese' if num else 'none'}",
                 f"pos={min(f.start * 5 // n_text, 4)}", f"clen={bucket(f.end - f.start, (10, 20, 40, 80))}",
                 f"inclause={bucket(page.per_clause[f.start], (1, 2, 3))}",
                 f"insent={bucket(page.per_sentence[page.sentence(f.start)], (1, 2, 3, 5))}",
                 f"u={u}|rank={bucket(seen_unit[u], (1, 2, 4, 8))}",
                 f"in_title={bool(holder) and holder in page.title}",
                 f"yearlike={isinstance(v, float) and v == int(v) and 1900 <= v <= 2100}"]
        if seg is not None:
            feats.append(f"zone={zone}|sent={bucket(page.sentence(f.start) - page.sentence(seg.start), (0, 1, 3, 6))}")
        feats += [f"b1={before[-1:]}", f"a1={after[:1]}", f"u={u}|b1={before[-1:]}", f"u={u}|a1={after[:1]}"]
        feats += [f"cb={w}" for w in _CUES_BEFORE if before.endswith(w)]
        feats += [f"ca={w}" for w in _CUES_AFTER if after.startswith(w) or after[1:].startswith(w)]
        clause = text[f.start:f.end]
        feats += [f"cl={w}" for w in ("第", "届", "周年", "年来", "以来", "首次", "同比", "增长", "下降", "占", "预计", "目标",
                                      "计划", "将", "已", "共有", "其中", "分别") if w in clause]
        out.append(feats)
    return out


class PageRow:
    """One annotated page: its group (set), gold and predicted records, and per fact features and label."""

    def __init__(self, name: str, gold: dict, pred: dict, feats: list[list[str]], sc: Any) -> None:
        self.name, self.gold, self.pred, self.feats = name, gold, pred, feats
        self.group = name.split("/")[0]
        amap = sc.with_pred_names(sc.alias_map(gold), pred)
        sc.score_facts(gold, pred, amap)
        matched = {j for _, j in sc.max_matching.pairs}
        self.labels = [int(j in matched) for j in range(len(pred["facts"]))]


def load_pages(sc: Any, extra: tuple[tuple[str, str], ...] = ()) -> list[PageRow]:
    """The open sets' pages (paired by file name, URL, then title), then each extra pair's (by URL)."""
    rows: list[PageRow] = []
    for name, paths in SETS.items():
        gold = sc.load(str(SHARED / "eval" / "gold" / f"{name}.jsonl"))
        got = [(d, to_record(d)) for d in process_inputs(paths) if not isinstance(d, InputError)]
        for label, g, (doc, rec) in pair_with_gold(sc, name, gold, [(str(d.source), r, (d, r)) for d, r in got]):
            rows.append(PageRow(label, g, rec, fact_features(doc, doc.facts), sc))
    for pages_path, gold_path in extra:
        with open(gold_path, encoding="utf-8") as fh:
            golds = [json.loads(line) for line in fh if line.strip()]
        by_url = {str(d.url): d for d in process_inputs([pages_path]) if not isinstance(d, InputError)}
        for i, g in enumerate(golds):
            doc = by_url.get(str(g.get("url")))
            if doc is None:
                print(f"{gold_path}:{i + 1}: no prediction", file=sys.stderr)
                continue
            rows.append(PageRow(f"{Path(gold_path).stem}/{i + 1:03d}", g, to_record(doc),
                                fact_features(doc, doc.facts), sc))
    return rows


def fit(rows: list[PageRow], c: float, weights: dict[str, float] | None = None) -> dict[str, Any]:
    """Logistic regression over the binary features of the rows' facts: bias and weight per feature."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs = [{f: 1 for f in fs} for r in rows for fs in r.feats]
    ys = [y for r in rows for y in r.labels]
    sw = [weight_of(weights or {}, r.group) for r in rows for _ in r.feats]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(xs)
    lr = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8, class_weight=CLASS_WEIGHT)
    lr.fit(x, ys, sample_weight=sw)
    names = vec.get_feature_names_out()
    w = {str(n): round(float(v), 6) for n, v in zip(names, lr.coef_[0], strict=True) if abs(v) >= 1e-6}
    return {"bias": round(float(lr.intercept_[0]), 6), "weights": w}


def probs(model: dict[str, Any], row: PageRow) -> list[float]:
    return [probability(model, fs) for fs in row.feats]


def pooled(sc: Any, rows: list[PageRow], kept: dict[str, list[bool]] | None) -> tuple[float, list[int]]:
    """Facts F1 over the pages with each page's facts filtered by `kept` (None: all), and (tp, pred, gold)."""
    tp = npred = ngold = 0
    for r in rows:
        facts = r.pred["facts"] if kept is None else [f for f, k in zip(r.pred["facts"], kept[r.name], strict=True) if k]
        q = dict(r.pred, facts=facts)
        a, b, c, *_ = sc.score_facts(r.gold, q, sc.with_pred_names(sc.alias_map(r.gold), r.pred))
        tp, npred, ngold = tp + a, npred + b, ngold + c
    p, rc = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    return (2 * p * rc / (p + rc) if p + rc else 0.0), [tp, npred, ngold]


class Setting:
    """How a model is trained and its threshold chosen: C, groups left out of training, group weights,
    the inner objective (all pages, or the ordinary ones)."""

    def __init__(self, c: float, without: tuple[str, ...] = (), weights: dict[str, float] | None = None,
                 objective: str = "all") -> None:
        self.c, self.without, self.weights, self.objective = c, without, weights or {}, objective

    def train(self, rows: list[PageRow]) -> dict[str, Any]:
        return fit([r for r in rows if r.group not in self.without], self.c, self.weights)

    def __str__(self) -> str:
        return (f"C={self.c} without={list(self.without)} weights={self.weights} objective={self.objective}")


def choose_threshold(sc: Any, rows: list[PageRow], s: Setting, k: int = 5) -> float:
    """The threshold that maximises facts F1 on inner held-out pages of `rows` (0: keep all)."""
    p_of: dict[str, list[float]] = {}
    for test in folds_of(rows, k):
        held = set(test)
        model = s.train([r for i, r in enumerate(rows) if i not in held])
        for i in test:
            p_of[rows[i].name] = probs(model, rows[i])
    judged = [r for r in rows if s.objective == "all" or r.group in ORDINARY]
    best = max((pooled(sc, judged, {n: [x >= th for x in ps] for n, ps in p_of.items()})[0], -th, th)
               for th in THRESHOLDS)
    return best[2]


def cross_validate(sc: Any, rows: list[PageRow], k: int, s: Setting) -> dict[str, Any]:
    """Outer folds of whole pages: the nested-threshold filter and fixed thresholds, held-out scores."""
    p_of: dict[str, list[float]] = {}
    chosen: dict[str, float] = {}
    ths = []
    for test in folds_of(rows, k):
        held = set(test)
        train = [r for i, r in enumerate(rows) if i not in held]
        model, th = s.train(train), choose_threshold(sc, train, s)
        ths.append(th)
        for i in test:
            p_of[rows[i].name], chosen[rows[i].name] = probs(model, rows[i]), th
    nested = {n: [x >= chosen[n] for x in ps] for n, ps in p_of.items()}
    parts = {"all": rows, "ordinary": [r for r in rows if r.group in ORDINARY],
             "pool": [r for r in rows if r.group in POOL],
             "official": [r for r in rows if part_of(r.group) == "official"],
             "silver": [r for r in rows if part_of(r.group) == "silver"]}
    parts |= {g: [r for r in rows if r.group == g] for g in sorted({r.group for r in rows})}
    res: dict[str, Any] = {"setting": str(s), "k": k, "thresholds": ths, "parts": {}}
    for name, part in parts.items():
        if part:
            res["parts"][name] = {"rules": pooled(sc, part, None), "nested": pooled(sc, part, nested),
                                  "fixed": {th: pooled(sc, part, {n: [x >= th for x in ps] for n, ps in p_of.items()})
                                            for th in (0.1, 0.2, 0.3, 0.5)}}
    dropped = [(r.group, y) for r in rows for x, y in zip(p_of[r.name], r.labels, strict=True) if x < chosen[r.name]]
    res["dropped"] = (len(dropped), sum(y for _, y in dropped))
    from sklearn.metrics import roc_auc_score
    res["auc"] = {name: roc_auc_score([y for r in part for y in r.labels], [x for r in part for x in p_of[r.name]])
                  for name, part in (("all", rows), *((g, parts[g]) for g in ("ordinary", "pool", "official", "silver")))
                  if len({y for r in part for y in r.labels}) == 2}
    return res


def show(res: dict[str, Any]) -> None:
    def fmt(f: tuple[float, list[int]]) -> str:
        return f"{f[0]:.4f} ({f[1][0]}/{f[1][1]}/{f[1][2]})"
    chosen = {th: res["thresholds"].count(th) for th in sorted(set(res["thresholds"]))}
    print(f"{res['setting']} folds={res['k']} thresholds chosen (threshold: folds) {chosen}")
    print("  held-out ROC AUC " + ", ".join(f"{k} {v:.3f}" for k, v in res["auc"].items()))
    for name, p in res["parts"].items():
        fixed = "  ".join(f"th{th} {fmt(f)}" for th, f in p["fixed"].items())
        print(f"  {name:<22} rules {fmt(p['rules'])}  nested {fmt(p['nested'])}  | {fixed}")
    print(f"  dropped by the nested filter: {res['dropped'][0]} facts, {res['dropped'][1]} of them matched gold")


def main() -> None:
    ap = cv_arguments(__doc__.split("\n")[0])
    ap.add_argument("--train-without", nargs="*", default=[], help="groups (sets) left out of training")
    ap.add_argument("--objective", choices=("all", "ordinary"), default="all")
    args = ap.parse_args()
    global CLASS_WEIGHT
    CLASS_WEIGHT = "balanced" if args.balanced else None
    keepdrop.GROUPED = args.group_folds
    sc = load_scorer(str(SHARED / "eval" / "gold" / "dev.jsonl"))
    rows = cached_rows(args.cache, lambda: load_pages(sc, tuple((p, g) for p, g in args.extra)))
    n = sum(len(r.labels) for r in rows)
    print(f"{len(rows)} pages, {n} facts, {n - sum(sum(r.labels) for r in rows)} unmatched")
    k = len(folds_of(rows, args.folds or len(rows)))  # with --group-folds, at most one fold per group
    weights = {g: float(w) for g, w in (x.split("=") for x in args.weight)}
    settings = [Setting(c, tuple(args.train_without), weights, args.objective) for c in args.C]
    results = [cross_validate(sc, rows, k, s) for s in settings]
    for res in results:
        show(res)
    if args.model:
        s = settings[0]
        model = {"threshold": choose_threshold(sc, rows, s), "setting": str(s), **s.train(rows)}
        Path(args.model).write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
