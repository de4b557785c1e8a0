"""The one a pronoun speaks for (st13, issue 13): a sentence whose words are said by a third-person pronoun opening it,
naming no person before its verb (…默茨…首次访问中国。他启程前强调,…; 克里琴科再次呼吁…。他为周一出版的《某报》撰文
指出), is said by the one the nearest sentence before it that the pronoun does not open is about — the outlet or place
named after the pronoun is where the words stand, never who speaks them, and a sentence the pronoun opens too (她说,…
总统某某…) goes on with the same one, whoever it names inside its words. The pronoun and what may stand before it are
data (cues.toml pronoun_speaker_opening)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause, iter_sentences
from dipnet.extract.common.cues import cue, cue_number
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import people_in, sentence_subject


def pronoun_speaker(page: EventPage, c: Clause, k: int) -> str | None:
    """The subject of the nearest sentence before (in the same zone) not opened by the pronoun, where the clause of the
    reporting word at `k` opens its sentence with a singular third-person pronoun; else None."""
    opening = rx.compile(cue("pronoun_speaker_opening"))
    text = page.doc.text
    if c.start != c.sentence[0] or opening.match(text, c.start, k) is None:
        return None
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return None
    zone = [s for s in page.doc.segments if s.end <= c.sentence[0] and s.brief == seg.brief and s.kind in ("lead", "body")]
    sentences = [ab for s in zone[-cue_number("pronoun_speaker_reach"):] for ab in iter_sentences(text, s.start, s.end)]
    sentences += list(iter_sentences(text, seg.start, c.sentence[0])) if seg not in zone else []
    for a, b in reversed(sentences[-cue_number("pronoun_speaker_reach"):]):
        if opening.match(text, a, b) is None:
            return sentence_subject(page, a, b) if people_in(page, a, b) else None
    return None
