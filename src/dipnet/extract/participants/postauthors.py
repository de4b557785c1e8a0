"""The author of a message posted on a platform (tw2, issue 13): 某某上午在脸书发文,祝贺某某成为首相 — the clause of the
message word names only the one congratulated, the one who posts is the subject named before the platform in the
sentence (not a body or land in the clause after). Read by messages.message_sides where a message word's clause
names no sender; the platform words are data (cues.toml posted_platform)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention


def post_author(page: EventPage, c: Clause, k: int) -> list[Mention]:
    """[the first person the sentence names before the platform it posts on], where the platform stands in the
    sentence before the clause; else []."""
    text = page.doc.text
    where = rx.compile(cue("posted_platform")).search(text, c.sentence[0], c.start)
    if where is None:
        return []
    return [m for m in page.in_span(c.sentence[0], where.start())
            if (e := page.entity(m)) is not None and e.type == "PERSON"][:1]
