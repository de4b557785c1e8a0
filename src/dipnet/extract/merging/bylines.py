"""The people a sentence names as its reporter or photographer ((记者 龙土有), 新华日报记者 王拓, (登科 摄))
are no party to what the sentence tells; a line of the page's keywords (关键词:…) tells nothing (issue 13: a dateline's reporter read as a signatory, a
photo credit as a speaker). SPEC keeps them as entities, never as actors. The words are data
(events.toml: byline_before, byline_after)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.eventwords import pattern_of
from dipnet.model import Event

_SPACES = " \u3000"


def _credited(sentence: str, person: str) -> bool:
    """Does the sentence credit the person as its reporter (记者 X) or photographer (X 摄)? Plain string
    search around each occurrence of the name (no pattern compiled per name: names vary by page)."""
    cb = codebook()
    at = sentence.find(person)
    while at != -1:
        # the text around the name with the spaces next to it skipped, read in place (no copy of the
        # page's text before and after each occurrence)
        b = at
        while b > 0 and sentence[b - 1] in _SPACES:
            b -= 1
        if sentence.endswith(cb.byline_before, 0, b):
            return True
        # (记者 李纯 李志全): a name after another the byline credits, space between, is credited too
        if b < at and _listed_credit(sentence, b, cb.byline_before):
            return True
        a = at + len(person)
        while a < len(sentence) and sentence[a] in _SPACES:
            a += 1
        for w in cb.byline_after:
            if sentence.startswith(w, a) and not _cjk(sentence[a + len(w):a + len(w) + 1]):
                return True
        at = sentence.find(person, at + 1)
    return False


def _listed_credit(sentence: str, end: int, before: tuple[str, ...]) -> bool:
    """Do credited names, each a run of 2-4 characters after spaces, lead back from `end` to a byline word?"""
    for _ in range(4):  # (a byline lists a few reporters at most)
        b = end
        while b > 0 and _cjk(sentence[b - 1]) and end - b < 4:
            b -= 1
        if end - b < 2 or b == 0 or sentence[b - 1] not in _SPACES:
            return False
        while b > 0 and sentence[b - 1] in _SPACES:
            b -= 1
        if sentence.endswith(before, 0, b):
            return True
        end = b
    return False


def _cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def strip_bylines(events: list[Event], text: str, people: set[str]) -> list[Event]:
    """Each event without the people its sentence credits as reporter or photographer; an event left
    with no party is dropped (a photo credit read as the speaker of the caption's words)."""
    out = []
    # (a page's byline credits its reporter wherever the name is read into an event: (中央社记者某某台北18日电)
    # then a headline whose actors are looked for around it)
    on_page = {p for p in {q for ev in events for q in ev.participants} if p in people and _credited(text, p)}
    tags = rx.compile(pattern_of("tag_line"))
    for ev in events:
        if tags.match(text, text.rfind("\n", 0, ev.start) + 1):
            continue  # (关键词:外交部 某某 元首通话: a line of the page's keywords tells no event)
        sentence = text[ev.start:ev.end]
        credited = {p for p in ev.participants if p in on_page or
                    (p in people and p in sentence and _credited(sentence, p))}
        if credited:
            ev.drop_actors(credited)
            if not ev.participants:
                continue
        out.append(ev)
    return out
