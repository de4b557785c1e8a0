"""Separate event errors into classes (issue 13): for each missed gold event, is there a predicted
event of its type on the page (then participants or date went wrong) or none (trigger recall)?
For participant misses, did recognition find the missing name at all (another stage's miss) or was
it found and not attached? For extras, which trigger produced them?

usage: python tools/event_errors.py GOLD.jsonl PRED.jsonl [--list]
"""

from __future__ import annotations

import collections
import sys

from gold_pairs import gold_pairs


def main() -> None:
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    show = "--list" in sys.argv
    sc, pages = gold_pairs(gold_path, pred_path)
    classes: collections.Counter[str] = collections.Counter()
    extras: collections.Counter[str] = collections.Counter()
    lines = []


    for key, g, p in pages:
        amap = sc.with_pred_names(sc.alias_map(g), p)
        found = set()
        for e in p.get("entities", []):
            found |= sc.pred_entity_names(e, amap)
        ge, pe = g.get("events", []), p.get("events", [])
        pa = [sc.event_actors(e, amap) for e in pe]

        def ok(gv, j, pe=pe, pa=pa, amap=amap):
            need = {sc.canon(n, amap) for n in gv.get("participants", []) if n}
            return gv["type"] == pe[j]["type"] and need <= pa[j]

        _, mg, mp = sc.max_matching(ge, list(range(len(pe))), ok)
        pairs = dict(sc.max_matching.pairs)

        def ok_strict(gv, j, pe=pe):
            if not ok(gv, j):
                return False
            if gv.get("status") and (pe[j].get("status") or "occurred") != gv["status"]:
                return False
            return sc.date_agrees(gv.get("date"), gv.get("date_precision"), pe[j].get("date"))

        _, smg, _ = sc.max_matching(ge, list(range(len(pe))), ok_strict)
        for i in sorted(mg - smg):
            gv, e = ge[i], pe[pairs[i]]
            what = "status" if gv.get("status") and gv["status"] != (e.get("status") or "occurred") else "date"
            classes[f"ALL:strict-{what}"] += 1
            lines.append(f"STRICT {key} {gv['type']} {what} gold={gv.get('date')}/{gv.get('date_precision')}/"
                         f"{gv.get('status')} pred={e.get('date')}/{e.get('status')} {gv.get('participants')}"
                         f" :: {gv.get('evidence', '')[:70]}")
        for i, gv in enumerate(ge):
            if i in mg:
                continue
            t = gv["type"]
            same = [j for j in range(len(pe)) if pe[j]["type"] == t]
            need = {sc.canon(n, amap) for n in gv.get("participants", []) if n}
            if not same:
                cls = "no-trigger"
                detail = ""
            else:
                best = max(same, key=lambda j: len(need & pa[j]))
                lost = need - pa[best]
                unrec = [n for n in lost if n not in found]
                cls = "participant-unrecognized" if unrec else "participant-unattached"
                detail = f" lost={sorted(lost)} unrec={unrec} best={sorted(pa[best])}"
            classes[f"{t}:{cls}"] += 1
            classes[f"ALL:{cls}"] += 1
            lines.append(f"MISS {key} {t} {cls} {gv.get('participants')}{detail} :: {gv.get('evidence', '')[:80]}")
        for j, e in enumerate(pe):
            if j in mp:
                continue
            trig = (e.get("attributes") or {}).get("trigger", "?")
            extras[f"{e['type']}:{trig}"] += 1
            lines.append(f"EXTRA {key} {e['type']} trig={trig} {e.get('participants')} :: {e.get('evidence', '')[:80]}")
    for k, v in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:4} {k}")
    print("-- extras by trigger")
    for k, v in extras.most_common():
        print(f"{v:4} {k}")
    if show:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
