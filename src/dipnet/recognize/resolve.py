"""Titles that stand for a person without the full name: a bare title (总书记会见…) or a surname
with a title (阮总理, 习主席). Who that is depends on the document's date, known only after the
time stage, so this runs after it: `resolve_bare_titles(doc)`, with the roles in force that day
(`KnowledgeBase.holders`)."""

from __future__ import annotations

from collections import Counter

from dipnet.kb import KnowledgeBase, load_kb
from dipnet.model import Coverage, Document, Entity, Mention, sort_in_order
from dipnet.recognize.backrefs import (
    UNDECIDED,
    frame_spans,
    heads_a_body,
    names_no_one,
    side_before,
    this_country_before,
    told_before,
)
from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.namereads import DELIMS
from dipnet.recognize.surnametitles import mention_person, read_surname_title

# a title after one of these is not the post held now (时任总理, 前总理, 副总理 …)
_QUALIFIED = ("副", "前", "原", "代", "时任", "候任", "新任", "首任", "历任", "曾任", "第一")


def _date_at(doc: Document, pos: int) -> str | None:
    d = doc.brief_published(doc.brief_at(pos)) or doc.published
    return d.date if d else None


def _home_of(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    counts: Counter[str] = Counter()
    for m in mentions:
        e = kb.get(m.kb_id) if m.kb_id else None
        if e is not None and e.country:  # countries, and the countries of named bodies and people
            counts[e.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _named_by_end(doc: Document) -> dict[int, list[Mention]]:
    """The page's bodies, countries and places by where they end, in mention order."""
    out: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.type in ("COUNTRY", "ORG", "LOCATION"):
            out.setdefault(m.end, []).append(m)
    return out


def _country_before(ending: dict[int, list[Mention]], kb: KnowledgeBase, pos: int) -> tuple[bool, str | None]:
    """Whether a title is stated of a named body or country right before it (越南国家主席,
    东盟国防军事会议主席), and that one's country; the longest name ending there counts.
    `ending`: _named_by_end of the page (this is asked at every title)."""
    before = ending.get(pos, [])
    if not before:
        return False, None
    m = min(before, key=lambda m: m.start)
    e = kb.get(m.kb_id) if m.kb_id else None
    return True, (e.country if e is not None else None)


def resolve_bare_titles(doc: Document, kb: KnowledgeBase | None = None) -> Document:
    """Links 总书记 / 阮总理 to the one person who held that post of that country on the page's
    (or brief's) date. A bare title joins a person the page already names; a surname with a title
    names its person (a new entity when needed) and states the role. Ambiguous or undated: left."""
    kb = kb or load_kb()
    rules = name_rules()
    text = doc.text
    infos = kb.titles()
    # the page's home country and its names by end, worked out when first asked (most pages' titles
    # are turned down before): the home from the mentions as they are now, before any is added below
    told = doc.mentions[:]
    home_of: list[str | None] = []
    ending_of: list[dict[int, list[Mention]]] = []

    def home() -> str | None:
        if not home_of:
            home_of.append(_home_of(told, kb))
        return home_of[0]

    def ending() -> dict[int, list[Mention]]:
        if not ending_of:
            ending_of.append(_named_by_end(doc))  # the mentions added below are people: this stays true
        return ending_of[0]

    people = {e.kb_id: e for e in doc.entities if e.type == "PERSON" and e.kb_id}
    cover = Coverage(len(text), [(r.start, r.end) for r in doc.roles] + [(m.start, m.end) for m in doc.mentions])
    person_edges = {m.start for m in doc.mentions if m.type == "PERSON"} | \
        {m.end for m in doc.mentions if m.type == "PERSON"}
    by_id = {e.id: e for e in doc.entities if e.type == "PERSON"}
    frames: list[list[tuple[int, int]]] = []  # the page's 应…邀请 frames, found when first asked
    for s, e, title in gazetteer().find_titles(text):
        info = infos.get(title)
        if info is None or info.kind != "post" or title in rules.weak_titles or title in rules.address_forms:
            continue
        if cover.at(s) or cover.at(e - 1) or s in person_edges or e in person_edges:
            continue
        if title.startswith(("副", "前", "原", "代")) or text.endswith(_QUALIFIED, 0, s):
            continue
        # a post after a verb of office is the post taken, not its holder now (接任首相的…, 当选总统)
        if text.endswith(rules.office_verbs, 0, s):
            continue
        on = _date_at(doc, s)
        if not on:
            continue
        surname = text[s - 1] if s > 0 and text[s - 1] in rules.surnames else None
        if surname and not (s - 1 == 0 or text[s - 2] in DELIMS or rules.stop_at_end(text, s - 1)):
            surname = None
        named, country = _country_before(ending(), kb, s - 1 if surname else s)
        lead = s - 1 if surname else s
        pointed = not surname and not named and this_country_before(text, s)  # 该国总统
        if not surname and not named and side_before(text, s):  # 越方总理: the country before 方
            named, country = _country_before(ending(), kb, s - 1)
        if not (named or pointed) and lead > 0 and text[lead - 1] not in DELIMS and \
                not rules.stop_at_end(text, lead):
            continue  # glued to a word not recognized (…会议主席): not a bare title
        if named and country is None:
            continue  # the post of a body of no one country (东盟…会议主席): no holder to look up
        if not surname and (not named or text[s - 1] == "方"):
            if not frames:
                frames.append(frame_spans(text))
            linked = _refer_back(doc, kb, (s, e, title), frames[0], by_id, country if named else None)
            if linked is not None:
                if linked:
                    cover.mark(s, e)
                continue
            if pointed:
                continue  # 该国总统 with no one of the post told before: no holder of the home country either
        if surname:  # 李总理, 賴總統: the page's one person of that surname and post, else the KB's (surnametitles)
            if read_surname_title(doc, kb, (s, e, title), on, country if named else None):
                cover.mark(s - 1, e)
            continue
        country = country or home()
        holders = kb.holders(title, on, country)
        if len(holders) != 1:
            continue
        h = holders[0]
        ent = people.get(h.id)
        if ent is None:
            continue  # a bare title only joins a person the page names
        mention_person(doc, ent, s, e)
        cover.mark(s, e)
    sort_in_order(doc.mentions)
    return doc


def _refer_back(doc: Document, kb: KnowledgeBase, span: tuple[int, int, str], frames: list[tuple[int, int]],
                by_id: dict[str, Entity], country: str | None) -> bool | None:
    """A bare title (or 越方总理, 该国总统) read as the person the page named before with that post:
    True when linked, False when it names no one to link (外长会议) or two are equally near, None when
    nothing was told before and the holder lookup goes on (国资委主席 goes on at once: a body's head)."""
    s, e, title = span
    if names_no_one(doc.text, e):
        return False  # 外长会议, 部长级: a meeting or a rank, no person
    if heads_a_body(doc.text, s):
        return None
    back = told_before(doc, kb, s, title, frames, country)
    if back == UNDECIDED:
        return False  # two of the post from two countries equally near: no guess
    if back is None or back not in by_id:
        return None
    mention_person(doc, by_id[back], s, e)  # a bare title names the person the page told before with that post
    return True
