"""A summit held by two sides only is their MEET, not a CONFERENCE: 美朝第二次峰会, 美中峰会, 甲与乙举行首次峰会,
甲与乙举行新、印领导人常年非正式峰会 (the pools' gold of four outlets: fp8, fp9, fp11, fp23). A summit whose name
holds a grouping, a region or a third land (东盟峰会, 东亚峰会, 柬老越三角开发区峰会, 中国-东盟峰会) stays a
conference, as the official gold keeps it (dev d01, d06, d20, dev2 n02).

It reads the name the summit word closes: past the lands it opens with (美朝, 新、印) only words of order and
manner may stand (第二次, 首次, 领导人, 非正式: data/cues.toml pair_summit_rest); and the clause before the word
names exactly two lands, by countries or by people, none of them a place the summit is held in (在新加坡举行),
and no organization."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.meetingname import conference_name
from dipnet.kb import load_kb
from dipnet.model import Mention

_LANDS = ("COUNTRY", "PERSON")
_JOINERS = ("、", "-", "—")


def pair_summit(page: EventPage, c: Clause, k: int, trig: str, cb: Codebook) -> bool:
    """Is the summit word at k a summit of two lands alone (美朝第二次峰会, 甲与乙举行首次峰会)?"""
    text = page.doc.text
    name = conference_name(text, c, k, trig, cb.name_stops)
    at = k + len(trig) - len(name)
    short = load_kb().short_forms()
    if at - 2 >= c.start and text[at - 1] in _JOINERS and text[at - 2] in short:
        at -= 2  # (新、印领导人…峰会: the name opens with the first form, before the 、)
    ms = page.in_span(c.start, k)
    if any(_type(page, m) == "ORG" for m in ms):
        return False  # (东盟领导人与中国举行峰会, 出席东盟峰会: a grouping's summit)
    forms, joined, rest = _opening_lands(page, ms, at, k)
    if rx.compile(cue("pair_summit_rest")).fullmatch(text, rest, k) is None:
        return False
    if forms:  # (美朝, 中美, 新、印: two lands' forms, one of them read for its land alone or the two listed)
        return len(forms) == 2 and (joined or not all(forms.values()))
    if rest == k:
        return False  # (a bare 峰会: the summit told before, whoever the clause names)
    lands = {e.country for m in ms if (e := page.entities.get(m.entity_id)) is not None and e.type in _LANDS
             and e.country and text[max(c.start, m.start - 1):m.start] not in ("在", "于")}  # (在新加坡举行: where)
    return len(lands) == 2


def _opening_lands(page: EventPage, ms: list[Mention], at: int, k: int) -> tuple[dict[str, bool], bool, int]:
    """The lands the name at `at` opens with, by their names or their one-character forms (美朝, 中美, 新、印): each
    form with whether it is ambiguous (中, 新, 东: a word of its own too), whether a joiner parts them, and where
    the rest of the name starts; none where they are not two or more (东 of 东亚 alone is no land)."""
    text, short = page.doc.text, load_kb().short_forms()
    forms: dict[str, bool] = {}
    joined, rest = False, at
    while rest < k:
        m = next((m for m in ms if m.start == rest and _type(page, m) == "COUNTRY"), None)
        if m is not None:
            forms[m.text] = False
            rest = m.end
        elif text[rest] in short:
            forms[text[rest]] = short[text[rest]][1]
            rest += 1
        else:
            break
        if text[rest:rest + 1] in _JOINERS:
            joined, rest = True, rest + 1
    if len(forms) < 2:
        return {}, False, at
    return forms, joined, rest


def _type(page: EventPage, m: Mention) -> str | None:
    e = page.entities.get(m.entity_id) if m.entity_id else None
    return e.type if e is not None else None


def summit_meet_words(page: EventPage, c: Clause, in_clause: list[tuple[int, str]], cb: Codebook) -> dict[str, int]:
    """The summit words of the clause that tell two lands' summit, ranked after the MEET words (as MEET words of
    their own in this clause only: elsewhere a summit word is no meeting word, 出席东盟峰会和东亚峰会)."""
    base = len(cb.trigger_rank["MEET"])
    return {w: base for k, w in in_clause if w in cues("pair_summit_words") and pair_summit(page, c, k, w, cb)}
