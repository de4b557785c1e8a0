"""Bodies named at the head of a post (SPEC: 外交部 in 外交部副部长 is an organization): a stated
title that is a body's name and a listed post (通信传媒部 + 部长, 宗教事务部 + 大臣, 移民局 + 局长)
names that body, also where the knowledge base does not know it and no country or place opens it
(陪同的有:通信传媒部部长阮某), which the suffix readers need."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Mapping

from dipnet.kb import KnowledgeBase, TitleInfo
from dipnet.model import Document, Mention, SpanIndex, in_order
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.link import rule_mention
from dipnet.recognize.postnames import _FIELD_WORDS, FIELD_JOINERS


def add_post_bodies(doc: Document, kb: KnowledgeBase) -> None:
    """Adds the body at the head of each stated title that no name of the page covers yet."""
    if not doc.roles:
        return
    rules, titles, text = name_rules(), kb.titles(), doc.text
    by_id = {e.id: e for e in doc.entities}
    added: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    ends = {m.end for m in doc.mentions}
    # the page's names by span, looked up near each head instead of scanned (bounded work per title)
    at_span: dict[tuple[int, int], list[Mention]] = {}
    for m in doc.mentions:
        at_span.setdefault((m.start, m.end), []).append(m)
    index = SpanIndex(at_span)
    # the countries that open a post ending at each place (巴基斯坦 + 副总理 + 兼: the chain's owner)
    country_at = {m.start: m.text for m in doc.mentions if m.type == "COUNTRY" and m.end - m.start >= 2}
    countries_before = {r.start + len(r.title): country_at[r.start] for r in doc.roles
                        if r.start in country_at and text.startswith(r.title, r.start)}
    # the country of the post a person's name follows, by where the name ends (尼日利亚外交部长 + 瓦利)
    holder_country = {m.end: countries_before[m.start] for m in doc.mentions
                      if m.type == "PERSON" and m.start in countries_before}
    person_at = {m.start: m.end for m in doc.mentions if m.type == "PERSON"}
    country_starts = {m.start for m in doc.mentions if m.type == "COUNTRY"}  # 柬 + 劳动部 opens with its own
    added_starts: list[tuple[int, int, int]] = []
    widest = 0
    # where posts end: a post after 和/及 right there is the next of one holder's (卫生部长 + 和 + 外交部长)
    ends |= {r.start + len(r.title) for r in doc.roles if text.startswith(r.title, r.start)}
    joiners = tuple(rules.title_joiners[:2]) + tuple(rules.list_closers)
    for r in doc.roles:
        t = r.title
        if not text.startswith(t, r.start):
            continue
        # the longest head that is a body's name before a listed post: 老挝计划与投资部 + 部长
        suffixes = rules.org_suffixes
        head = next((k for k in range(len(t) - 1, 2, -1)
                     if t[k:] in titles and suffixes.ends_at(t, k) and suffixes.longest_ending(t, k) <= k - 2), 0) \
            or _contracted_head(t, titles, rules)
        if not head and r.start > 0 and text[r.start - 1] in joiners and \
                (text[r.start - 1] in rules.title_joiners[:2] or r.start - 1 in ends):
            # a bare ministry's post after 兼 (副总理 + 兼 + 外交部长) or listed after a holder's name
            # (外交部长某某 + 、 + 财政部长): its body word is the head
            head = next((k for k in range(len(t) - 1, 1, -1) if t[:k] in kb.generic_words()
                         and (t[k:] in titles or t[k - 1:] in titles)), 0)
        if not head:
            continue
        s, e = r.start, r.start + head
        name = text[s:e]
        # a pronoun or a level word opens no body's name (该省人民委员会, 省人民委员会主席)
        # nor is a bare word for a locality's body a name (海阳省省委书记、人民议会主席); after 和 or
        # 与 that joins two plain words the head is the tail of a longer name (外交政策和 + 战略研究院
        # 副院长), not after one that follows a name (马塔 + 及 + 上议院议长)
        # nor does a name that a number opens (48 + 家集团俱乐部: the number is part of it)
        listed = "" if s in country_starts or _full_country(name, kb) != name else \
            _listed_owner(name, s, holder_country, text, rules)
        owned = _chained_owner(name, s, countries_before.get(s - 1, ""), text, rules, kb) or listed
        holder = person_at.get(r.start + len(t))
        if listed and holder is not None:  # the list goes on: the next post after this holder is owned so too
            holder_country[holder] = listed[:-len(name)]
        if (s, e) in seen or (s > 0 and text[s - 1].isdigit()) or name[0] in rules.place_non_openers or rules.stop_at(text, s) or \
                name in rules.bare_local_bodies or (name in kb.generic_words() and not owned) or \
                (s > 0 and text[s - 1] in rules.list_closers and s - 1 not in ends):
            continue
        # a name already read there (越南外交部, 越南政府 as the country) stands; a country opening the
        # head (老挝 + 计划与投资部) is part of it; a place's own bodies (高平省 + 省委) are left to
        # the place, which the events name as the actor
        # a place wholly inside past its first word stays beside it (外交部亚西及 + 非洲 + 司: SPEC)
        if any(m.start < e and s < m.end and not (m.type == "COUNTRY" and m.start == s and m.end < e)
               and not (m.type in ("LOCATION", "COUNTRY") and s + 2 < m.start and m.end < e)
               for m in _near(s, e, index, at_span, added, added_starts, widest)):
            continue
        seen.add((s, e))
        mention = rule_mention(doc, by_id, s, e, owned or _full_country(name, kb), "ORG")
        added.append(mention)
        insort(added_starts, (mention.start, mention.end, len(added) - 1))
        widest = max(widest, mention.end - mention.start)
    if added:
        doc.mentions = in_order(doc.mentions + added)  # (by start, the longer first: two sorts keyed in C)


def _near(s: int, e: int, index: SpanIndex, at_span: Mapping[tuple[int, int], list[Mention]],
          added: list[Mention], added_starts: list[tuple[int, int, int]], widest: int) -> list[Mention]:
    """The page's names and the bodies added so far (`widest` the longest of them) that could overlap
    [s, e), a superset: looked up by their starts, so the work per title does not grow with the page."""
    near = [m for sp in index.near(s, e) for m in at_span[sp]]
    lo = bisect_left(added_starts, (s - widest, -1, -1))
    hi = bisect_left(added_starts, (e, -1, -1))
    return near + [added[k] for _, _, k in added_starts[lo:hi]]


def _contracted_head(t: str, titles: Mapping[str, TitleInfo], rules: NameRules) -> int:
    """The end of a body's name whose last character opens the post (能源和矿产 + 部长, 国营事业 +
    部长: the ministry 能源和矿产部 and its 部长), where two fields or four characters at least name
    it (贸易部长 is no body of its own: its country's 贸易部 is the bare word); else 0."""
    for k in range(len(t) - 2, 3, -1):
        if t[k] in rules.body_end_chars and t[k:] in titles and rules.org_suffixes.ends_at(t, k + 1) \
                and rules.org_suffixes.longest_ending(t, k) == 0 and not any(rules.stop_at(t, j) and
                                                                            not t.startswith(_FIELD_WORDS, j)
                                                                            and t[j] not in FIELD_JOINERS
                                                                            for j in range(k)):
            return k + 1
    return 0


def _full_country(name: str, kb: KnowledgeBase) -> str:
    """A body's name opened by its country's one-character form is filed under the country's name
    (老 + 能源和矿产部: 老挝能源和矿产部), as the common short form spells it."""
    # (a two-character form first: 埃塞 + 农业部 is Ethiopia's, not 埃 (Egypt) + 塞农业部)
    n = 2 if name[:2] in kb.short_forms() else 1
    short = kb.short_forms().get(name[:n])
    if short is None or short[1] or len(name) < 4 or (n == 1 and kb.by_name(name[:2])):
        return name
    country = kb.get(short[0])
    if country is None or country.type != "COUNTRY" or name.startswith((country.name, *country.aliases)):
        return name
    return country.name + name[n:]


def _listed_owner(name: str, s: int, holder_country: dict[int, str], text: str, rules: NameRules) -> str:
    """A ministry's post listed after a holder whose post a country opens (尼日利亚外交部长瓦利 + 、 +
    劳工部长沃古): the ministry is that country's, named in full; else ''."""
    if s < 1 or text[s - 1] != rules.title_joiners[1] or not name.endswith(rules.body_end_chars[0]):
        return ""
    country = holder_country.get(s - 1, "")
    return country + name if country else ""


def _chained_owner(name: str, s: int, country: str, text: str, rules: NameRules, kb: KnowledgeBase) -> str:
    """A bare ministry's post chained by 兼 or 、 (or 和 after a post) to a post its country opens (巴基斯坦副总理
    + 兼 + 外交部长, 德国副总理 + 、 + 经济部长, 卫生部长 + 和 + 外交部长):
    the ministry is that country's, named in full as the page writes the country; else ''."""
    if not country or s < 1 or text[s - 1] not in rules.title_joiners[:2] + rules.list_closers or \
            name not in kb.generic_words():
        return ""
    return country + name
