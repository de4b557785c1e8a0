"""Separate fact errors into classes (issue 13): after the scorer's matching, each missed gold fact
is paired with the unmatched predicted fact of the same evidence sentence that disagrees in the
fewest fields, and the disagreement is named: subject, value, unit, as_of, range (one side a
range, the other not). A missed gold fact with no predicted fact in its sentence is `missed`; a
predicted fact left over is `not-a-fact` (a number read as a claim the gold does not hold).

usage: python tools/fact_errors.py GOLD.jsonl PRED.jsonl [--list]
"""

from __future__ import annotations

import collections
import sys

from gold_pairs import gold_pairs


def _common(a: str, b: str) -> int:
    """Length of the longest common substring (evidence strings are short)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _simplified(s: str) -> str:
    """Gold evidence may be Traditional where the prediction quotes the normalized Simplified text."""
    try:
        import opencc  # the project's own dependency; without it the scripts are compared as they are
    except ImportError:
        return s
    return opencc.OpenCC("t2s").convert(s)


def same_sentence(sc, g: dict, p: dict) -> bool:
    a, b = _simplified(sc.norm(g.get("evidence"))), _simplified(sc.norm(p.get("evidence")))
    if not a or not b:
        return False
    return a in b or b in a or _common(a, b) >= min(8, len(a), len(b))


def disagreements(sc, g: dict, p: dict, amap: dict) -> list[str]:
    out = []
    if sc.norm(g.get("unit")) != sc.norm(p.get("unit")):
        out.append("unit")
    if not sc.value_agrees(g.get("value"), p.get("value")):
        ranged = isinstance(g.get("value"), list) != isinstance(p.get("value"), list)
        out.append("range" if ranged else "value")
    if g.get("subject"):
        gs, ps = sc.canon(g.get("subject"), amap), sc.canon(p.get("subject"), amap)
        if not ps or not (gs == ps or gs in ps or ps in gs):
            out.append("subject")
    if g.get("as_of") and not sc.years_overlap(g.get("as_of"), p.get("as_of")):
        out.append("as_of")
    return out


def main() -> None:
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    show = "--list" in sys.argv
    sc, pages = gold_pairs(gold_path, pred_path)
    pairs: collections.Counter[str] = collections.Counter()   # the combination per near pair
    fields: collections.Counter[str] = collections.Counter()  # each field counted once per pair
    lines = []
    tp = 0


    for key, g, p in pages:
        amap = sc.with_pred_names(sc.alias_map(g), p)
        gf, pf = g.get("facts", []), p.get("facts", [])
        mg, mp = _matched(sc, g, p, amap)
        tp += len(mg)
        left = [j for j in range(len(pf)) if j not in mp]
        for i, f in enumerate(gf):
            if i in mg:
                continue
            near = [(disagreements(sc, f, pf[j], amap), j) for j in left if same_sentence(sc, f, pf[j])]
            if not near:
                pairs["missed"] += 1
                fields["missed"] += 1
                lines.append(f"{key}\tmissed\t{_show(f)}")
                continue
            diff, j = min(near, key=lambda x: len(x[0]))
            left.remove(j)
            pairs["+".join(diff)] += 1
            for d in diff:
                fields[d] += 1
            lines.append(f"{key}\t{'+'.join(diff)}\tgold {_show(f)}\n\t\tpred {_show(pf[j])}")
        for j in left:
            pairs["not-a-fact"] += 1
            fields["not-a-fact"] += 1
            lines.append(f"{key}\tnot-a-fact\t{_show(pf[j])}")
    print(f"tp {tp}")
    print("per field:", ", ".join(f"{k} {v}" for k, v in fields.most_common()))
    print("per pair: ", ", ".join(f"{k} {v}" for k, v in pairs.most_common()))
    if show:
        print("\n".join(lines))


def _matched(sc, g, p, amap):
    """The scorer's own matched index sets (score_facts returns only the counts and lists)."""
    gf, pf = g.get("facts", []), p.get("facts", [])

    def ok(a, b):
        return not disagreements(sc, a, b, amap)

    _, mg, mp = sc.max_matching(gf, pf, ok)
    return mg, mp


def _show(f: dict) -> str:
    return f"{f.get('subject')} | {f.get('value')} {f.get('unit')} | {f.get('as_of')} | {f.get('evidence')}"


if __name__ == "__main__":
    main()
