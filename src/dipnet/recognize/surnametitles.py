"""A surname with a title (李总理, 賴總統, 王外长) names one person: the one of the page with that surname
who holds that post (stated on the page, or a holder of it that day in the knowledge base), else —
where the page names no such person — the one the knowledge base knows held the post that day in a
country the page names (or, naming none that fits, anywhere). Two who fit: no link at all. Taiwan's
official style with the given name after the title (賴總統清德) names the person of that full name."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Mention, Role
from dipnet.recognize.backrefs import backrefs_data


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = backrefs_data()
    return frozenset(data["many_holders"]), tuple(data["past_posts"]), frozenset(data["surname_led"])


def _many_holders() -> frozenset[str]:
    return _data()[0]


def _holds(kb: KnowledgeBase, role_title: str, title: str, core: str) -> bool:
    """A role stated on the page is the post of `title` (外交部长 for 王外长, 国务院总理 for 李总理);
    a qualified one (前总理, 副总理) is another post."""
    head = role_title[: len(role_title) - len(title)] if role_title.endswith(title) else role_title
    past = _data()[1]
    if any(q in head[-3:] for q in past) or role_title.startswith(past):
        return False
    return role_title.endswith(title) or kb.title_core(role_title) == core


def _page_people(doc: Document, surname: str) -> list[Entity]:
    """People of the page whose name (a Chinese-written one, no dot) opens with the surname."""
    led = _data()[2]
    return [e for e in doc.entities if e.type == "PERSON" and e.name.startswith(surname)
            and 2 <= len(e.name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in e.name)
            and (e.country is None or e.country in led)]


def _tenure(kb: KnowledgeBase, kb_id: str | None, title: str, core: str, on: str) -> bool | None:
    """Whether the knowledge base has the person in the post that day (梁强 as 国家主席 for 梁主席);
    None where it lists no tenure of that post for them."""
    spans = [p for p in kb.positions(kb_id) if _holds(kb, p.title, title, core)] if kb_id else []
    if not spans:
        return None
    return any((p.start or "") <= on and (p.end is None or on[:len(p.end)] <= p.end) for p in spans)


def _fitting(doc: Document, kb: KnowledgeBase, surname: str, title: str, on: str) -> list[Entity]:
    """The page's people of that surname in that post: stated with it (unless the knowledge base
    knows their tenure and it does not hold that day: 李光耀 of a later page), or holding it that day."""
    core = kb.title_core(title)
    stated = {r.person_id for r in doc.roles if _holds(kb, r.title, title, core)}
    out = []
    for e in _page_people(doc, surname):
        held = _tenure(kb, e.kb_id, title, core, on)
        if held or (held is None and e.id in stated):
            out.append(e)
    return out


def _page_countries(doc: Document, kb: KnowledgeBase) -> list[str]:
    counts: Counter[str] = Counter()
    for m in doc.mentions:
        e = kb.get(m.kb_id) if m.kb_id else None
        if e is not None and e.country:
            counts[e.country] += 1
    return [c for c, _ in counts.most_common()]


def _known_holder(doc: Document, kb: KnowledgeBase, surname: str, title: str, on: str,
                  country: str | None) -> str | None:
    """The one holder of the post that day with that surname: of the named country; else of the page's
    most named country, else of the countries the page names, else of any; None where none or two fit."""
    led = _data()[2]
    found = [h for h in kb.holders(title, on, country) if h.name.startswith(surname) and h.country in led]
    if country is None and len(found) > 1:
        named = _page_countries(doc, kb)
        home = [h for h in found if named and h.country == named[0]]
        near = [h for h in found if h.country in named]
        found = home if len(home) == 1 else near
    return found[0].id if len(found) == 1 else None


def read_surname_title(doc: Document, kb: KnowledgeBase, span: tuple[int, int, str], on: str,
                       country: str | None) -> bool:
    """Links the surname + title at span (s - 1 .. e: the surname before the title s..e) to its person;
    True when linked. `country`: a country named right before it (越南范总理), else None."""
    s, e, title = span
    surname = doc.text[s - 1]
    if _read_given_name(doc, kb, span, on):
        return True
    fit = [p for p in _fitting(doc, kb, surname, title, on) if country is None or p.country in (None, country)]
    if len(fit) > 1:
        return False
    if fit:
        mention_person(doc, fit[0], s - 1, e)
        return True
    core = kb.title_core(title)
    if any(_tenure(kb, p.kb_id, title, core, on) is False for p in _page_people(doc, surname)):
        return False  # 李总理 on a page naming 李显龙 after his term: he or the holder that day, no telling
    if core in _many_holders() or title in _many_holders():
        return False  # 王部长 with no 部长 王 on the page: the tenures list no one ministry's head alone
    hid = _known_holder(doc, kb, surname, title, on, country)
    h = kb.get(hid) if hid else None
    if h is None:
        return False
    ent = next((x for x in doc.entities if x.kb_id == h.id), None)
    if ent is None:
        info = kb.titles().get(title)
        ent = Entity(id=h.id, type="PERSON", name=h.name, kb_id=h.id, country=h.country,
                     sector=info.sector if info else None, external=dict(h.external))
        doc.entities.append(ent)
    mention_person(doc, ent, s - 1, e)
    if not any(r.person_id == ent.id and kb.title_core(r.title) == kb.title_core(title) for r in doc.roles):
        doc.roles.append(Role(person_id=ent.id, person=ent.name, title=title, as_of=on, start=s, end=e,
                              country=h.country))
    return True


def _read_given_name(doc: Document, kb: KnowledgeBase, span: tuple[int, int, str], on: str) -> bool:
    """Surname + title + given name, the official style of Taiwan's releases (賴總統清德, 林部長佳龍): the
    person whose name is the surname and the given name, of the page or of the knowledge base, spanned whole."""
    s, e, title = span
    text = doc.text
    for k in (2,):  # a one-character given name would read verbs (李总理强调): only two-character ones
        given = text[e:e + k]
        if len(given) < k or not all("\u4e00" <= c <= "\u9fff" for c in given):
            continue
        name = text[s - 1] + given
        page = [x for x in doc.entities if x.type == "PERSON" and x.name == name]
        known = [x for x in kb.by_name(name) if x.type == "PERSON"]
        if len(page) == 1:
            mention_person(doc, page[0], s - 1, e + k)
            return True
        if not page and len(known) == 1:
            h = known[0]
            info = kb.titles().get(title)
            ent = Entity(id=h.id, type="PERSON", name=h.name, kb_id=h.id, country=h.country,
                         sector=info.sector if info else None, external=dict(h.external))
            doc.entities.append(ent)
            mention_person(doc, ent, s - 1, e + k)
            return True
    return False


def mention_person(doc: Document, ent: Entity, start: int, end: int) -> None:
    """A mention at start..end of a person the page or the knowledge base names (a title standing for them)."""
    form = doc.text[start:end]
    doc.mentions.append(Mention(start, end, form, "PERSON", entity_id=ent.id, kb_id=ent.kb_id))
    if form not in ent.mentions:
        ent.mentions.append(form)
