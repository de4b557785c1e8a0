"""Names inside an organization's name that are entities of their own (SPEC: a place or country
inside an organization's name is an entity; 越共 in 越共中央政治局 is the party): the country or
place that opens it (印度人民院, 河内市人民委员会) and the body it is an organ of (越南人民军总政治局,
越共中央政治局). They are added to the page's entities only, not as mentions: the events and facts
read the organization as one actor."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.kb.loader import Entry
from dipnet.model import Document, Entity, Mention
from dipnet.normalize import _to_simplified
from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.shortalts import other_reading
from dipnet.rx import plain as _plain

# places that name a body's seat (河内市人民委员会); a region (亚太 in 亚太经合组织) describes its scope
_SEAT_KINDS = ("capital", "city", "province", "district")
_REGION = "region"
# the bodies an organ's name is read as (越共 in 越共中央政治局, 越南人民军 in 越南人民军总政治局): a
# country's party or army; an international body inside its organ's name is part of that name
_PARENT_SECTORS = ("party", "military")
# the word that opens a party's central organs (中共 + 中央…)
_CENTRAL = "中央"


def _opens(e: Entry, parents: set[str]) -> bool:
    if e.type == "COUNTRY":
        return True
    if e.type == "LOCATION":
        return e.kind in _SEAT_KINDS
    return e.id in parents and e.sector in _PARENT_SECTORS and bool(e.country)


def _party_organ(e: Entry, kb_id: str | None, rest: str) -> bool:
    """A party that opens the name of one of its central organs the knowledge base does not know
    (中共 + 中央军委联合参谋部): the party is named (SPEC: 越共 in 越共中央政治局 is the party)."""
    return kb_id is None and e.type == "ORG" and e.sector == "party" and not e.parent and rest.startswith(_CENTRAL)


def _ancestors(kb: KnowledgeBase, kb_id: str | None) -> set[str]:
    out: set[str] = set()
    entry = kb.get(kb_id) if kb_id else None
    while entry is not None and entry.parent and entry.parent not in out:
        out.add(entry.parent)
        entry = kb.get(entry.parent)
    return out


def _add(doc: Document, by_id: dict[str, Entity], hit: Entry, form: str) -> None:
    ent = by_id.get(hit.id)
    if ent is None:
        ent = Entity(id=hit.id, type=hit.type, name=hit.name, kb_id=hit.id, country=hit.country,
                     sector=hit.sector, external=dict(hit.external))
        by_id[hit.id] = ent
        doc.entities.append(ent)
    if form not in ent.mentions:
        ent.mentions.append(form)


_JOINERS = "与和及、-—–·("


def _spells_name(run: str, kb: KnowledgeBase) -> bool:
    """Whether short forms in a row spell a longer name (俄罗斯, 古巴) or a region's (东亚 + 拉美 in
    东亚拉美合作论坛, en2): then they are that name."""
    return any(e.type == "COUNTRY" or (e.type == "LOCATION" and e.kind == _REGION)
               for a in range(len(run)) for b in range(a + 2, len(run) + 1) for e in kb.by_name(run[a:b]))


def _short_runs(name: str, kb: KnowledgeBase) -> list[tuple[str, Entry]]:
    """Countries written as a run of two or more one-character short forms inside a name
    (日, 韩 in 东盟与中日韩; 越, 老 in 越老政府间委员会): each is a country of its own. 中 alone
    is ambiguous, 中日韩 is not."""
    shorts = kb.short_forms()
    context = name_rules().compound_context
    out: list[tuple[str, Entry]] = []
    run: list[tuple[str, Entry, bool]] = []
    start = 0
    simple = _to_simplified(name)  # 東盟與中日韓: offsets stay one to one
    for i, ch in enumerate([*simple, ""]):
        hit = shorts.get(ch)
        e = kb.get(hit[0]) if hit else None
        if hit and e is not None and e.type == "COUNTRY":
            if not run:
                start = i
            run.append((name[i], e, hit[1]))
            continue
        # a run that stands as a word of its own: at the name's edge or by a joining word, and
        # closed by the name's end or a word of relations (越老政府间…), not the inside of a word
        # (法, 委 in 政法委)
        opened = start == 0 or simple[start - 1] in _JOINERS
        closed = i == len(simple) or (context is not None and context.at(simple, i) is not None)
        if len(run) >= 2 and opened and closed and len({x.id for _, x, _ in run}) == len(run) \
                and not all(amb for *_, amb in run) and not _spells_name(simple[start:i], kb):
            out += [(form, x) for form, x, _ in run]
        run = []
    return out


def _joined_places(name: str, kb: KnowledgeBase) -> list[tuple[str, Entry]]:
    """Places and countries joined by hyphens inside a name (伊洛瓦底江-湄南河-湄公河经济合作战略,
    湄公河-日本合作): each part that opens with a known place or country is one (SPEC: a place inside
    an organization's name is an entity)."""
    parts = [p for p in _HYPHENS.split(name) if p]
    if len(parts) < 2:
        return []
    out = []
    for part in parts:
        for k in range(len(part), 1, -1):
            hit = next((e for e in kb.by_name(part[:k]) if e.type in ("LOCATION", "COUNTRY")), None)
            if hit is not None:
                out.append((part[:k], hit))
                break
    return out


_HYPHENS = _plain(r"[-—–]")


def _ruler_country(text: str, kb: KnowledgeBase) -> Entry | None:
    """The country of a ruler named by country and title only (文莱苏丹, 泰国国王, 日本天皇)."""
    titles = kb.titles()
    for k in range(len(text) - 1, 1, -1):
        rest = text[k:]
        if rest in titles and titles[rest].kind == "post":
            return next((e for e in kb.by_name(text[:k]) if e.type == "COUNTRY"), None)
    return None


def add_nested_names(doc: Document, kb: KnowledgeBase) -> None:
    """Adds the entities named at the start of each organization's name, the countries of a
    run of short forms inside it, and the country of a ruler named by country and title."""
    by_id = {e.id: e for e in doc.entities}
    buildings = name_rules().place_like_org_suffixes
    paired = _region_pair_starts(doc.mentions)
    made_from = gazetteer().made_from
    seen: set[str] = set()
    for m in doc.mentions:
        if m.text in seen:
            continue
        seen.add(m.text)
        if m.type == "PERSON":
            for form, e in _inside_ruler(kb, m.text):
                _add(doc, by_id, e, form)
        elif m.type == "ORG":
            # (a name the press reshaped holds what its filed name holds: 澜沧江湄公河合作 as 澜沧江-湄公河合作)
            for form, e in _inside_org(kb, made_from.get(m.text, m.text), m.kb_id):
                if not (m.start in paired and e.type == "COUNTRY" and len(form) == 2):
                    # (澳 of 澳葡 on a page of 澳门: Macao — shortalts.py)
                    e = (other_reading(form, e.id, doc.text, kb) if len(form) == 1 else None) or e
                    _add(doc, by_id, e, form)  # (中非 + 领导人对话会 read as China and Africa: no 中非共和国)
        elif m.type == "LOCATION" and m.text.endswith(buildings):
            # a building named by its place (天津迎宾馆, 河内国家会议中心): the place is named too
            for form, e in _inside_org(kb, m.text, None):
                _add(doc, by_id, e, form)


def _region_pair_starts(mentions: list[Mention]) -> set[int]:
    """Where the page reads a country's short form and a region's character as a pair (regionpairs.py: 中 +
    非 in 中非友谊, and again in each 中非 the page spells): the two characters there name no country."""
    ones = {m.start: m.type for m in mentions if m.end - m.start == 1 and m.type in ("COUNTRY", "LOCATION")}
    return {k for k, t in ones.items() if t == "COUNTRY" and ones.get(k + 1) == "LOCATION"}


# what a name holds depends only on the name and the knowledge base, and the same bodies and
# rulers come back page after page: read once per process
@lru_cache(maxsize=65536)
def _inside_ruler(kb: KnowledgeBase, text: str) -> tuple[tuple[str, Entry], ...]:
    country = _ruler_country(text, kb)
    if country is None:
        return ()
    return ((text[:len(country.name)] if text.startswith(country.name) else country.name, country),)


@lru_cache(maxsize=65536)
def _inside_org(kb: KnowledgeBase, text: str, kb_id: str | None) -> tuple[tuple[str, Entry], ...]:
    runs = _short_runs(text, kb)
    if _spelled_body(text, runs, kb.get(kb_id) if kb_id else None):
        runs = []
    out = runs + _joined_places(text, kb)
    parents = _ancestors(kb, kb_id)
    # a city that opens an international body's name (上海合作组织) names where it was founded, no seat
    entry = kb.get(kb_id) if kb_id else None
    international = entry is not None and entry.international
    # a body that opens a news outlet's name (越共 + 电子报) owns the outlet, no body named on the page
    media = entry is not None and entry.sector == "media"
    for k in range(len(text) - 1, 1, -1):  # the longest name that opens it
        prefix = text[:k]
        hit = next((e for e in kb.by_name(prefix) if (_opens(e, parents) or _party_organ(e, kb_id, text[k:]))
                    and not (international and e.type == "LOCATION") and not (media and e.type == "ORG")), None)
        if hit is None:
            continue
        if _pair_of_short_forms(text, prefix, kb):
            break  # 中非 + 合作论坛 is China and Africa, no 中非 (the Central African Republic)
        if hit.type == "ORG" and _spelled_body(prefix, [r for r in runs if r[0] in prefix], hit):
            out = [r for r in out if r not in runs]  # 哈马斯 + 中央委员会: the body opens it, no countries
        out.append((prefix, hit))
        # the party whose organ opens the name is named too (中共 + 中央军委 + 联合参谋部)
        party = next(((text[:j], e) for j in range(k - 1, 1, -1) for e in kb.by_name(text[:j])
                      if e.type == "ORG" and e.sector == "party" and not e.parent and e.id in parents), None)
        if party is not None and hit.type == "ORG" and hit.id != party[1].id:
            out.append(party)
        break
    return tuple(out)


def _spelled_body(name: str, runs: list[tuple[str, Entry]], body: Entry | None) -> bool:
    """A known body of one country whose whole name reads as a run of other countries' short forms
    (哈马斯: 哈, 马, 斯): the name is the body's, no countries. A group of the countries it spells
    (柬老缅越) is of no one country, and a body of one of them (马华) keeps its run."""
    return body is not None and bool(body.country) and bool(runs) and "".join(f for f, _ in runs) == name \
        and all(_country_of(e) != body.country for _, e in runs)


def _pair_of_short_forms(text: str, prefix: str, kb: KnowledgeBase) -> bool:
    """A two-character opener made of two countries' short forms before a word of relations (中非 +
    合作论坛, 中拉 + 合作): the pair of sides, not the country the two characters also name. Not where
    a character is a short form of that country itself (老挝 + 人民革命党: 老 and 挝 are both Laos;
    古巴 + 人民…: 古 is Cuba): the name is the country's own."""
    shorts = kb.short_forms()
    if not (len(prefix) == 2 and all(c in shorts for c in prefix)):
        return False
    own = {e.id for e in kb.by_name(prefix) if e.type == "COUNTRY"}  # (short forms carry the country's id)
    return not any(shorts[c][0] in own for c in prefix) and name_rules().compound_context.at(text, 2) is not None


# words that coordinate bodies in one phrase (中国中央军委和国防部, 越南中央军委、国防部)
_COORD = ("以及", "和", "、", "及")  # not 与/同: also "with" (中国代表团同外交部官员会谈)


def _country_of(e: Entry | None) -> str | None:
    if e is None:
        return None
    if e.type == "COUNTRY":
        return e.country or e.id.split(":", 1)[-1]
    return e.country


def coordinated_country(text: str, k: int, ending: dict[int, Mention], kb: KnowledgeBase) -> str | None:
    """The country of a bare body word (国防部) that stands in a coordination after a body or
    country named with its country (中国中央军委和国防部 -> China's): the nearest one before it in
    that coordination. None where the word opens no coordination (then it is the home country's).
    `ending`: the named mentions by where they end."""
    pos = k
    while pos > 0:
        conj = next((c for c in _COORD if text.endswith(c, 0, pos)), None)
        if conj is None:
            return None
        m = ending.get(pos - len(conj))
        if m is None or m.type not in ("ORG", "COUNTRY"):
            return None
        country = _country_of(kb.get(m.kb_id) if m.kb_id else None)
        if country:
            return country
        pos = m.start
    return None
