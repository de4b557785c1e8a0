"""A visit whose visitor is told by a post only (越南国防部长对中国进行正式访问, 南韩外长…对北京进行的正式访问): the body
the post is written after (越南国防部 + 长), else the land (韩国 + 外长), is the visitor (data/cues.toml
unnamed_post_after). Asked only where the clause names no visitor, and not where the page names a holder of that
post elsewhere (国防部长魏凤和 in the body under a headline 中国国防部部长对越南进行正式访问: the named one visits)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage


def post_visitor(page: EventPage, c: Clause, k: int) -> list[str]:
    """The body or land whose post alone, unnamed, stands before the visit word in the clause."""
    text = page.doc.text
    seg = page.doc.segment_at(c.start)
    if seg is None or seg.kind not in ("lead", "body"):
        return []  # (a headline or caption abbreviates: the holder is named below it)
    post = rx.compile(cue("unnamed_post_after"))
    for m in reversed(page.in_span(c.start, k)):
        e = page.entities.get(m.entity_id)
        if e is None or e.type not in ("ORG", "COUNTRY"):
            continue
        got = post.match(text[m.end:k])
        if got and not _named_elsewhere(page, got.group(), e.country):
            return [e.name]
    return []


def _named_elsewhere(page: EventPage, post: str, land: str | None) -> bool:
    """Does the page name someone of the same land right after this post (国防部长魏凤和, 外长王毅)? (A deputy or
a former holder, 国防部副部长黄春战, is not the one.)"""
    text = page.doc.text
    core = "部长" if post.endswith("长") and post not in cues("unnamed_post_whole") else post
    at = text.find(core)
    while at != -1:
        end = at + len(core)
        if text[at - 1:at] not in cues("unnamed_post_not_holder") and any(m.start - end <= 1 and (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
               and (land is None or e.country in (None, land)) for m in page.in_span(end, end + 8)):
            return True
        at = text.find(core, at + 1)
    return False
