"""The name of the meeting a conference word closes: 第30届外交工作会议, «…»研讨会, “中越智库论坛:…研讨会”,
湄公河之友(FOM)部长会议."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, codebook
from dipnet.extract.common.cues import cues
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.mannernames import manner_only
from dipnet.rx import plain as _plain

_QUOTES = {"”": "“", "」": "「", "』": "『", "》": "《", "\"": "\""}  # closing → opening
_ABBREV = _plain(r"\([A-Za-z0-9 .&+-]{1,12}\)$")  # (FOM), (10+1)


def quoted_name(text: str, c: Clause, close: int) -> int | None:
    """The start of the quoted text closing at `close` when it is a name (no sentence stop inside)."""
    at = text.rfind("“", max(c.sentence[0], close - 60), close)
    return at + 1 if at != -1 and not rx.compile("[。!?;]").search(text[at:close]) else None


def _word_across(text: str, j: int, words: tuple[str, ...]) -> bool:
    """Does one of the words stand across position j (对外 of 全国对外工作会议: 对 there is no stop), or end at it
    (自由 of 国际宗教自由峰会, 成就 of …成就论坛: 由, 就 there are no stops)?"""
    return any(text.startswith(w, i) for w in words for i in range(max(0, j - len(w)), j))


def conference_name(text: str, c: Clause, k: int, trig: str, stops: tuple[str, ...]) -> str:
    """The named meeting the trigger closes: 第30届外交工作会议, 全国对外工作会议."""
    whole = quoted_name(text, c, k + len(trig)) if text.startswith("”", k + len(trig)) else None
    if whole is not None:
        return text[whole:k + len(trig)]
    j = k
    words = codebook().name_words
    stops = stops + cues("conference_name_stops_more")
    while j > c.start and not (text.endswith(stops, 0, j) and not _word_across(text, j, words)):
        if text[j - 1] == ")" and (m := _ABBREV.search(text, max(c.start, j - 16), j)):
            j = m.start()  # 湄公河之友(FOM)部长会议: the abbreviation inside the name
            continue
        # (a single dash joins the partners a name opens with, as a hyphen does: 湄公河—韩国外长会议; ev65)
        if not (text[j - 1].isalnum() or text[j - 1] in "-·" or (text[j - 1] == "—" and text[j - 2:j + 1].count("—") == 1)):
            break
        j -= 1
    # a name in quotes right before the word («…»研讨会, “…”活动) is the meeting's name
    close = text[j - 1] if j > c.sentence[0] else ""
    if close in _QUOTES:
        at = text.rfind(_QUOTES[close], max(c.sentence[0], j - 60), j - 1)
        # a name, not a quotation: a title may hold its subtitle after a colon (“…峰会20周年:记忆与展望”研讨会)
        if at != -1 and not rx.compile("[。!?;,]").search(text[at:j]):
            j = at
    return text[j:k + len(trig)]


def held_name(page: EventPage, cb: Codebook, c: Clause, k: int, trig: str) -> str | None:
    """The name of the meeting a conference word closes, or None where the word holds no meeting of its
    own. It reads the words only, not the actors: asked before them, a word that holds no meeting costs
    no reading of its actors (issue 17)."""
    text = page.doc.text
    name = conference_name(text, c, k, trig, cb.name_stops)
    if trig in words_of("named_activity_words"):
        return name  # (its quoted name asked for by trigger_needs: “红色之旅”、人民论坛等一系列丰富多彩的活动)
    rest = name[next((len(o) for o in cb.reference_openers if name.startswith(o)), 0):]
    if any(name.endswith(o + trig) for o in cb.reference_openers if o != "此"):
        return None  # 通过此次大会: the meeting already reported
    standing = any(m.end == k + len(trig) and (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG" and e.kb_id
                   for m in page.overlapping(k, k + len(trig)))
    if standing and cb.body_acts.match(text, k + len(trig)):
        return None  # 联合国大会7日选举…: the assembly acts as a body, no meeting is reported
    if rx.compile("(?:" + "|".join(cb.generic_meeting_words) + ")*").fullmatch(rest[:-len(trig)] or "x") or \
            manner_only(text, c.start, k, trig, rest, cb.holding_verbs):
        return None  # 国际论坛, 在一场闭门会议中: no meeting of its own (mannernames.py)
    etc = name.rfind("等")
    if etc > 0 and rx.compile("(?:" + "|".join(cb.generic_meeting_words) + ")+").fullmatch(name, etc + 1, len(name) - len(trig)):
        return None  # 在东盟、联合国等多边论坛上: the bodies listed as forums of every kind, no meeting held (issue 13, probes)
    held = any(text.endswith(v, c.start, k) for v in cb.holding_verbs)
    if (len(rest) <= len(trig) + 1 and not held) or (rest != name and len(rest) <= len(trig) + 2):
        return None  # 该会议, 此次会议: a conference already reported, not a new one
    return name
