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
from typing import Any

from dipnet import rx
from dipnet.kb import KnowledgeBase
from dipnet.model import Document

UNDECIDED = "?"  # two equally near candidates: leave the title alone (no KB guess either)


@dataclass(frozen=True)
class _Words:
    frame: re.Pattern[str]
    sentence_ends: str
    qualifiers: tuple[str, ...]
    not_a_person_after: re.Pattern[str]
    body_ends: str
    this_country: tuple[str, ...]
    side_mark: str
    own_words: frozenset[str]


@lru_cache(maxsize=1)
def backrefs_data() -> dict[str, Any]:
    """recognize/data/backrefs.toml, parsed once for the bare titles here and the surname + title reader."""
    return tomllib.loads(resources.files("dipnet.recognize.data").joinpath("backrefs.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = backrefs_data()
    # (the frame by rx: the engine skips to its first characters, where re's own program tried it at each)
    return _Words(rx.compile(data["frame"]), data["sentence_ends"], tuple(data["qualifiers"]),
                  re.compile(data["not_a_person_after"]), data["body_ends"], tuple(data["this_country"]),
                  data["side_mark"], frozenset(data["own_words"]))


def names_no_one(text: str, end: int) -> bool:
    """A title that is part of a meeting's or a rank's name (外长会议, 部长级): no person at all."""
    return _words().not_a_person_after.match(text, end) is not None


def this_country_before(text: str, start: int) -> bool:
    """该国总统: a title pointing back to the country told before."""
    return text.endswith(_words().this_country, 0, start)


def side_before(text: str, start: int) -> bool:
    """越方总理: a side word (to be read with the country name before it) right before the title."""
    return start > 1 and text[start - 1] == _words().side_mark


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
    if _qualified(stated):
        return False
    return kb.title_core(stated) == kb.title_core(bare) or _literally(stated, bare)


def _qualified(stated: str) -> bool:
    """A title stated with a qualifier (菲律宾前总统, 国家副主席, 代总统) is another post than the bare one;
    in 副总理兼外长 only the last post (外长) counts."""
    last = stated.rsplit("兼", 1)[-1]
    return any(q in last for q in _words().qualifiers)


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    ends = _words().sentence_ends
    a = max(text.rfind(c, 0, pos) for c in ends) + 1
    b = min((i for i in (text.find(c, pos) for c in ends) if i >= 0), default=len(text))
    return a, b


@dataclass(frozen=True)
class _Told:
    """A person the page named with a post: where, who, of which country, the title as written."""
    at: int
    person_id: str
    country: str | None
    title: str


def _told_with_titles(doc: Document, kb: KnowledgeBase, before: int) -> list[_Told]:
    """People named with a title before `before`: the roles stated (国务院总理李强) and names a title
    follows (范明政总理表示)."""
    out = [_Told(r.start, r.person_id, r.country, r.title) for r in doc.roles if r.end <= before]
    countries = {e.id: e.country for e in doc.entities}
    titles = kb.titles()
    for m in doc.mentions:
        if m.type != "PERSON" or m.end > before or not m.entity_id:
            continue
        after = next((doc.text[m.end:m.end + n] for n in range(6, 0, -1)
                      if doc.text[m.end:m.end + n] in titles), None)
        if after is not None and m.end + len(after) <= before:
            out.append(_Told(m.start, m.entity_id, countries.get(m.entity_id), after))
    return out


def _literally(stated: str, bare: str) -> bool:
    return stated.endswith(bare) and not stated[: len(stated) - len(bare)].endswith(_words().qualifiers)


def told_before(doc: Document, kb: KnowledgeBase, at: int, bare: str,
                frames: list[tuple[int, int]], country: str | None = None) -> str | None:
    """The entity id of the person a bare title at `at` refers back to; UNDECIDED when two of that post
    from different countries are equally near; None when the page named no one with that post before
    (the caller falls back on the post's holder). People named inside a frame count only when no one
    outside one was named with that post (应新加坡总理某某邀请，越南国家主席…访问。访问期间，总理将…).
    `country`: only people of that country (越方总理)."""
    before = [t for t in _told_with_titles(doc, kb, at) if _same_post(kb, t.title, bare)
              and (country is None or t.country == country)]
    if not before:
        return None
    if bare in _words().own_words:  # 首相 after 越南政府总理甲同日本首相乙: 乙
        before = [t for t in before if _literally(t.title, bare)] or before
    free = [t for t in before if not any(a <= t.at < b for a, b in frames)]
    pool = free or before
    nearest = max(pool, key=lambda t: t.at)
    a, b = _sentence_of(doc.text, nearest.at)
    rivals = [t for t in pool if a <= t.at < b and t.person_id != nearest.person_id and t.country != nearest.country]
    return UNDECIDED if rivals else nearest.person_id
