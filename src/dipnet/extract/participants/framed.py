"""The one a sentence opens with, before a time frame closed by a comma (某国驻某国大使某某在…前夕,批评… /
某某在获悉消息后,致唁电… / 某某早前在某论坛,以及在一则贴文上发表唁函…): the clause after the frame acts without
naming its subject again, so the frame's subject — the first person named before its 在 — is the one acting
(ev55; the ev53/pa3 lead)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention


def frame_opener(page: EventPage, c: Clause, k: int) -> list[Mention]:
    """[the person opening the sentence before a frame that ends right before the clause], unless the clause
    names a person before the word (德国总理在会见中国外长时,王毅批评…: the one after the frame acts)."""
    text = page.doc.text
    if any((e := page.entity(m)) is not None and e.type == "PERSON" for m in page.in_span(c.start, k)):
        return []
    before = text[c.sentence[0]:c.start]
    frame = rx.compile(cue("subject_frame_before")).search(before)
    if frame is None and rx.compile(cue("subject_frame_listed")).match(text, c.start, k):
        # (…在某对话会,以及在一则贴文上发表唁函: the second place of a list of frames opens the clause)
        frame = rx.compile(cue("subject_frame_open")).search(before)
    if frame is None:
        return []
    return [m for m in page.in_span(c.sentence[0], c.sentence[0] + frame.start("frame"))
            if (e := page.entity(m)) is not None and e.type == "PERSON"][:1]
