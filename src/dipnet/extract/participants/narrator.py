"""Who 我 is in a text its speaker tells in the first person: a leader's message (习近平在贺电中说,…。(paragraphs
on) 去年12月,我对越南进行国事访问), a speech under a signature line (中华人民共和国主席 习近平 / 应…邀请,我很高兴开启对
越南的国事访问) or a talk given to the press (国务卿某某对新闻界发表讲话 / 昨天我来到越南). The one speaking is the
person of the nearest speech frame opening a sentence before (某某在贺电中说, / 某某指出, / 某某:), else of the nearest
signature line (titles, then the name alone), within the same zone of the page (cues.toml: first_person_subject,
speaker_frame_after, signature_tail). A frame opened by a pronoun (甲…。他说,…我…) is the words of the one the sentence
before it is about (pe1: speaker_pronoun_opening)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause, iter_sentences
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import people_in, sentence_subject

_REACH = 3000  # characters before the clause within which the frame or signature of the words is looked for
_SIGNATURE = 40  # the longest line a signature (titles and a name) takes


def first_person_teller(page: EventPage, c: Clause, k: int) -> str | None:
    """The speaker a clause told in the first person stands for (去年12月,我对越南进行国事访问 / 我同他进行深入沟通):
    None where the clause does not open with 我 as its subject or names a person before it."""
    text = page.doc.text
    opened = rx.compile(cue("first_person_subject")).match(text[c.start:k])
    if opened is None or people_in(page, c.start, c.start + opened.end()):
        return None
    return narrator(page, c.start)


def with_teller(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the speaker a clause told in the first person stands for, first (我将与甲、乙举行会谈:
    the partners named after the verb do not make the teller any less a side)."""
    teller = first_person_teller(page, c, k)
    return [teller] + [p for p in participants if p != teller] if teller else participants


def narrator(page: EventPage, pos: int) -> str | None:
    """The one whose words text[pos] is: the person opening the nearest sentence (before pos, in its zone) with a
    speech frame, else the name of the nearest signature line before it."""
    text = page.doc.text
    seg = page.doc.segment_at(pos)
    if seg is None:
        return None
    frame, tail = rx.compile(cue("speaker_frame_after")), rx.compile(cue("signature_tail"))
    pronoun = rx.compile(cue("speaker_pronoun_opening"))
    lo = max(0, pos - _REACH)
    zones = [s for s in page.doc.segments if s.brief == seg.brief and s.end > lo and s.start <= pos
             and s.kind in ("title", "heading", "lead", "body")]
    for s in sorted(zones, key=lambda z: z.start, reverse=True):
        line = text[s.start:s.end].strip()
        people = people_in(page, s.start, s.end)
        if people and len(line) <= _SIGNATURE and not any(ch in line for ch in "。,，;；:：“”") and \
                tail.match(text[people[-1].end:s.end]):
            return page.entities.get(people[-1].entity_id).name  # type: ignore[union-attr]
        sentences = list(iter_sentences(text, s.start, min(s.end, pos + 1)))
        for i in range(len(sentences) - 1, -1, -1):
            a, b = sentences[i]
            if a > pos:
                continue
            opened = pronoun.match(text, a)
            if opened is not None and frame.match(text[opened.end():b]):
                # (甲…。他说,…我…: the pronoun opening the frame stands for the subject of the sentence before)
                return sentence_subject(page, *sentences[i - 1]) if i > 0 else None
            who = sentence_subject(page, a, b)
            first = next((m for m in people_in(page, a, b) if page.entities.get(m.entity_id).name == who), None)  # type: ignore[union-attr]
            if first is not None and frame.match(text[first.end:b]):
                return who
    return None
