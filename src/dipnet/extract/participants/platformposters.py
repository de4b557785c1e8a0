"""The one who posts on a platform (st11, issue 13): a clause with no subject of its own that opens with the platform its
words are put on (…飞抵某市后,在推特用中文表示; 与某行行长会面后,在脸书贴文,对…表示欢迎) goes on from the sentence's
subject — the platform is where the words stand, never who speaks them, and the partner named inside a 与…会面后 frame
before it is no speaker either. The platform words are data (cues.toml posted_platform); what may stand before them in
the clause (随即, 也, 后来又) too (cues.toml platform_clause_opening)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import carried_subject


def platform_poster(page: EventPage, c: Clause, k: int) -> str | None:
    """The sentence's subject (or the one carried on from) where the clause of the reporting or post word at `k` opens
    with a platform and names no one before it; else None."""
    text = page.doc.text
    opening = rx.compile(cue("platform_clause_opening")).match(text, c.start, k)
    if opening is None or rx.compile(cue("posted_platform")).match(text, opening.end(), k) is None:
        return None
    return carried_subject(page, c, k)
