"""A bare title refers back to the person the page named with it: in 国务院总理李强…访问。访问期间，
总理将会见… the 总理 is 李强, whoever holds most of the page's posts. The nearest earlier person named
with a title of that post is the one, except people named only inside an invitation or errand frame
(应某某邀请 / 受某某委托: the host or sender, not the doer the next sentences go on with). Two people
of that post from different countries named in one sentence are equally near: then nothing decides
and the title is left unlinked (越南总理某某同老挝总理某某会谈。总理表示…)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Role

UNDECIDED = "?"  # two equally near candidates: leave the title alone (no KB guess either)


@dataclass(frozen=True)
class _Words:
    frame: re.Pattern[str]
    sentence_ends: str
    qualifiers: tuple[str, ...]
    not_a_person_after: re.Pattern[str]
    body_ends: str


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("backrefs.toml").read_text("utf-8"))
    return _Words(re.compile(data["frame"]), data["sentence_ends"], tuple(data["qualifiers"]),
                  re.compile(data["not_a_person_after"]), data["body_ends"])


def names_no_one(text: str, end: int) -> bool:
    """A title that is part of a meeting's or a rank's name (外长会议, 部长级): no person at all."""
    return _words().not_a_person_after.match(text, end) is not None


def heads_a_body(text: str, start: int) -> bool:
    """A title glued to the end of a body's name (国资委主席): that body's head, not a post told before."""
    return start > 0 and text[start - 1] in _words().body_ends


def frame_spans(text: str) -> list[tuple[int, int]]:
    """The page's 应…邀请 / 受…委托 frames (start, end)."""
    return [(m.start(), m.end()) for m in _words().frame.finditer(text)]


def _same_post(kb: KnowledgeBase, stated: str, bare: str) -> bool:
    """Whether a title stated with a name (国务院总理, 国家主席, 外交部长) is the post a bare one
    (总理, 主席, 外长) names: the same core, or the bare title ending it without a qualifier (国家副主席
    is no 主席)."""
    if kb.title_core(stated) == kb.title_core(bare):
        return True
    return stated.endswith(bare) and not stated[: len(stated) - len(bare)].endswith(_words().qualifiers)


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    ends = _words().sentence_ends
    a = max(text.rfind(c, 0, pos) for c in ends) + 1
    b = min((i for i in (text.find(c, pos) for c in ends) if i >= 0), default=len(text))
    return a, b


def told_before(doc: Document, kb: KnowledgeBase, at: int, bare: str,
                frames: list[tuple[int, int]]) -> str | None:
    """The entity id of the person a bare title at `at` refers back to; UNDECIDED when two of that post
    from different countries are equally near; None when the page named no one with that post before
    (the caller falls back on the post's holder). People named inside a frame count only when no one
    outside one was named with that post (应新加坡总理某某邀请，越南国家主席…访问。访问期间，总理将…)."""
    before = [r for r in doc.roles if r.end <= at and _same_post(kb, r.title, bare)]
    if not before:
        return None
    free = [r for r in before if not any(a <= r.start < b for a, b in frames)]
    pool = free or before
    nearest = max(pool, key=lambda r: r.start)
    a, b = _sentence_of(doc.text, nearest.start)
    rivals = [r for r in pool if a <= r.start < b and _rival(r, nearest)]
    return UNDECIDED if rivals else nearest.person_id


def _rival(r: Role, nearest: Role) -> bool:
    return r.person_id != nearest.person_id and r.country != nearest.country
