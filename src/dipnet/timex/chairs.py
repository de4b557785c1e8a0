"""Rotating chairs and hosts of recurring bodies (data/chairs.json): a page telling a country as a body's
chair ('中国担任金砖国家轮值主席', '东盟轮值主席国柬埔寨') is of one of the years that country chaired it; told as
about to take the chair ('支持印度接任G20…轮值主席'), of the year before. A page telling the body's meeting
and a chair's capital as its place ('在柬埔寨金边会面…出席东盟外长会议') is of one of that chair's years. A
country chairs a body more than once: every year it did is voted, and the terms of office the page names
(year.py) choose among them; alone, a vote never makes a year sure."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import Any

from dipnet.rx import plain as _plain

from .words import load_data

_CLAUSE = "[^。;;!?!?\n]"
_PHRASE = "[^。;;!?!?\n,,]"  # no comma between the country and the body
_LEAD = 600  # a meeting's place is read in the page's opening only (what the page is about)
CHAIR_WEIGHT, PLACE_WEIGHT = 1.5, 1.0


@cache
def _data() -> dict[str, Any]:
    return dict(load_data("chairs.json"))


@cache
def _rules() -> list[tuple[dict[str, Any], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]]:
    """For each body: (its entry, 'country … body … chair', 'body chair country', 'body meeting', the body's
    words: every pattern holds one, so a page without them is not read by the others)."""
    d = _data()
    out = []
    for b in d["bodies"]:
        names = {c for cs in b["chairs"].values() for c in _each(cs)}
        cs = "|".join(f"(?P<c{i}>{d['countries'][c]})" for i, c in enumerate(sorted(names)))
        body, chair = f"(?:{b['words']})", f"(?:{d['chair_words']})"
        # (the country nearest the body: '印度对中国担任金砖国家轮值主席' is China's chair)
        other = "|".join(d["countries"][c] for c in sorted(names))
        before = _plain(f"(?:{cs})(?:(?!{other}){_PHRASE}){{0,14}}?{body}{_CLAUSE}{{0,14}}?{chair}")
        after = _plain(f"{body}(?:的)?{chair}(?:{cs})")
        meeting = _plain(f"{body}{_CLAUSE}{{0,6}}?(?P<m>{b['meetings']})") if b.get("place_votes") else None
        out.append((b, before, after, meeting, _plain(body)))
    return out


@cache
def _plain_words() -> list[tuple[str, ...] | None]:
    """Each body's words where they are plain strings (no pattern syntax), else None: found by `in`, in C, where a
    search of their alternation asks its set of first characters of every character of the page (issue 17)."""
    each = [tuple(b["words"].split("|")) for b, *_ in _rules()]
    return [ws if all(re.escape(w) == w for w in ws) else None for ws in each]


def _each(chairs: str | list[str]) -> list[str]:
    """The chairs of a year: one, or two (the EU Council's half-years)."""
    return [chairs] if isinstance(chairs, str) else chairs


def _canon(said: str) -> str | None:
    """The country's name as the data file keys it."""
    for name, pat in _data()["countries"].items():
        if _plain(f"(?:{pat})$").match(said):
            return name
    return None


def chair_votes(text: str) -> list[tuple[int, float, str, int | None, str]]:
    """(year, weight, evidence, month or None, group) for each chair or chair's capital the text tells: one
    group for the years of one chair of one body, of which the page is of one (year.py votes a group only
    where the page's other bounds leave one of its years)."""
    d = _data()
    ahead, past = _plain(f"(?:{d['ahead_words']})"), _plain(f"(?:{d['past_words']})")
    out: list[tuple[int, float, str, int | None, str]] = []
    seen: set[tuple[str, int]] = set()
    for (b, before, after, meeting, named_body), words in zip(_rules(), _plain_words(), strict=True):
        if (named_body.search(text) is None) if words is None else not any(w in text for w in words):
            continue  # (no word of the body: none of its patterns can match, issue 17)
        years: dict[str, list[int]] = {}
        for y, cs in b["chairs"].items():
            for c in _each(cs):
                years.setdefault(c, []).append(int(y))
        for m in list(before.finditer(text)) + list(after.finditer(text)):
            said = next((v for k, v in m.groupdict().items() if v and k.startswith("c")), "")
            named = _canon(said)
            if named is None or named not in years:
                continue
            c = named
            lead = text[max(0, m.start() - 6):m.start()] + m.group()
            if past.search(lead):
                continue  # '曾担任东盟轮值主席国': a past chair says nothing of the page's year
            shift = 1 if ahead.search(lead) else 0
            for y in years[c]:
                if (b["name"], y - shift) not in seen:
                    seen.add((b["name"], y - shift))
                    out.append((y - shift, CHAIR_WEIGHT, f"{m.group()!r}: {c} chaired {b['name']} in {y}", None,
                                f"{b['name']} {c} {shift}"))
        if meeting is None:
            continue
        lead_text = text[:_LEAD]
        met = meeting.search(lead_text)
        if not met:
            continue
        for c, cap in d["capitals"].items():
            if c not in years or not _plain(f"在(?:{d['countries'][c]})?(?:{cap})").search(lead_text):
                continue
            months: dict[str, int] = next((v for k, v in b.get("meeting_months", {}).items() if k in met.group("m")), {})
            for y in years[c]:
                if (b["name"], y) not in seen:
                    seen.add((b["name"], y))
                    out.append((y, PLACE_WEIGHT, f"{met.group()!r} in {cap}: {c} chaired {b['name']} in {y}",
                                months.get(str(y)), f"{b['name']} {c} at"))
    return out


def vote_chairs(text: str, allowed: list[int], votes: dict[int, float], why: dict[int, str],
                month_hint: dict[int, int]) -> None:
    """'中国担任金砖国家轮值主席' (2011, 2017, 2022): a chair's years vote where the page's bounds leave one."""
    groups: dict[str, list[tuple[int, float, str, int | None, str]]] = defaultdict(list)
    for v in chair_votes(text):
        groups[v[4]].append(v)
    for group in groups.values():
        inside = [v for v in group if v[0] in allowed]
        if len(inside) == 1:
            cy, cw, cev, cmo, _ = inside[0]
            votes[cy] += cw
            why.setdefault(cy, cev)
            if cmo:
                month_hint.setdefault(cy, cmo)
