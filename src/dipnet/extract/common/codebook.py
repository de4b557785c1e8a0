"""The codebook (docs/codebook.md), generated from the event, fact and relation data files, so the
documentation can never drift from what dipnet reads."""

from __future__ import annotations

import tomllib
from importlib import resources

from dipnet.extract.common.codes import codebook

_CHANNELS = {
    "party": "党际外交: party organs, party leaders acting as such, inter-party talks",
    "state": "国家外交: heads of state and government, ministries other than defence and public security, "
             "legislatures, state visits, economic diplomacy",
    "defence": "armed forces, defence ministries, peacekeeping",
    "security": "public security, police, law enforcement",
    "people": "人民外交: friendship and mass organizations, Fatherland Front, localities, businesses, media, diaspora",
    "other": "none of the above",
}


def _data(name: str) -> dict:
    return tomllib.loads(resources.files("dipnet.extract.data").joinpath(name).read_text("utf-8"))


def render_codebook() -> str:
    cb = codebook()
    out = ["# dipnet codebook", "",
           f"Generated from `src/dipnet/extract/data/*.toml` (events data version {cb.version}) by "
           "`python tools/make_codebook.py`. Edit the data files, not this page.", "",
           "## Event types", "",
           "| type | CAMEO | PLOVER | mode | attribute | triggers |", "|---|---|---|---|---|---|"]
    for t in cb.types:
        trig = "、".join(sorted(t.triggers, key=len)[:14]) + (" …" if len(t.triggers) > 14 else "")
        out.append(f"| {t.name} | {t.cameo or '—'} | {t.plover} | {t.mode} | {t.attribute} | {trig} |")
    out += ["", "## Examples", ""]
    out += [f"- **{t.name}**: {t.example}" for t in cb.types if t.example]
    out += ["", "## Attributes by type", ""]
    for t in cb.types:
        if t.kinds:
            pairs = ", ".join(f"{w} → `{k}`" for w, k in t.kinds.items())
            out.append(f"- **{t.name}** `{t.attribute}`: {pairs}")
    out += ["", "## Actors", "",
            "Each type takes its participants from the mentions of the clause that holds the trigger, of these "
            "entity types (fallback when none):", ""]
    for t in cb.types:
        fb = f" (else {', '.join(t.fallback_actors)})" if t.fallback_actors else ""
        out.append(f"- **{t.name}**: {', '.join(t.actors)}{fb}; at least {t.min_actors}")
    out += ["", "## Status", "",
            f"`planned` when the clause before its trigger matches `{cb.planned.pattern}`, or the event's date is "
            "after the date of its page or brief. No event is read from a clause with "
            f"{'、'.join(cb.negation)}.", "", "## Channels", ""]
    for ch, text in _CHANNELS.items():
        words = "、".join(cb.channel_words.get(ch, ())[:12])
        out.append(f"- `{ch}` — {text}" + (f". Words: {words} …" if words else ""))
    relations = _data("relations.toml")
    levels = relations.get("levels") or relations.get("level") or {}
    if levels:
        out += ["", "## Relation levels", ""]
        if isinstance(levels, dict):
            for k, v in levels.items():
                out.append(f"- `{k}`: {v if isinstance(v, str) else '、'.join(map(str, v))}")
        else:
            for item in levels:
                out.append(f"- `{item.get('level', item)}`: {'、'.join(item.get('names', []))}")
    facts = _data("facts.toml")
    units = facts.get("units") or facts.get("unit") or {}
    if units:
        out += ["", "## Fact units", ""]
        items = units.items() if isinstance(units, dict) else ((u.get("unit"), u.get("words")) for u in units)
        for k, v in items:
            out.append(f"- `{k}`: {v if isinstance(v, str) else '、'.join(map(str, v or []))}")
    return "\n".join(out) + "\n"
