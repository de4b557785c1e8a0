"""Countries named by words that are also something else: a country's short form and 国 (马国, 宏国, 索国)
is also the end of a given name (张宏国, 司马国庆), and 大陆 (mainland China, in Taiwan and Hong Kong
news) is also the plain word (大陆架, 欧亚大陆)."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention, in_order
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.nameends import follower_at
from dipnet.recognize.namereads import is_han

_NUMERALS = "〇零一二三四五六七八九十两"


@lru_cache(maxsize=64)
def _words(key: str) -> tuple[str, ...]:
    v = dict(name_rules().name_read_words).get(key, ())  # (remembered: asked on every page)
    return (v,) if isinstance(v, str) else tuple(v)


@lru_cache(maxsize=1)
def _forms() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(f.split("=", 1)) for f in _words("context_country_forms") if "=" in f)  # type: ignore[misc]


@lru_cache(maxsize=8)
def _chars(key: str) -> str:
    return str(dict(name_rules().name_read_words).get(key, ""))


def _in_given_name(text: str, m: Mention, rules: NameRules) -> bool:
    """A short form and 国 (宏国) that ends a name a surname opens (张宏国) or that a surname's
    last character opens (司马 + 国庆)."""
    s = m.start
    return (s > 0 and text[s - 1] in rules.surnames) or \
        (s > 0 and rules.compound_surnames.at(text, s - 1) is not None)


def _runs_on(text: str, m: Mention, kb: KnowledgeBase, rules: NameRules) -> bool:
    """A known foreign person's short name that transliterated characters run on from (克里 + 斯蒂娜):
    the start of a longer name, not that person."""
    if m.type != "PERSON" or not m.kb_id or len(m.text) > 3 or not all(c in rules.transliteration for c in m.text):
        return False
    if follower_at(text, m.end):  # (fe1) a word that follows names (赞比里 + 博士): the name ends there
        return False
    run = 0
    while m.end + run < len(text) and text[m.end + run] in rules.transliteration and run < 3:
        run += 1
    if run < 2 or any(rules.stop_at(text, k) for k in range(m.end, m.end + run)):
        return False
    entry = kb.entries.get(m.kb_id)  # 劳尔 + 卡斯特罗鲁斯: the person's own longer name runs on
    longer = text[m.start:m.end + 2]
    return entry is None or not any(f.replace("·", "").startswith(longer) for f in (entry.name, *entry.aliases))


def state_forms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions without the short-form-and-国 countries that stand inside a person's name, and with
    the plain-word countries (大陆) where they stand as a name; without the names that open on a
    date's unit (24日 + 共同) or that run on into a longer transliterated name (克里 + 斯蒂娜)."""
    rules = name_rules()
    state_char, date_chars = _chars("state_char"), _chars("date_unit_chars")
    out = []
    for m in mentions:
        if date_chars and m.text[0] in date_chars and len(m.text) <= 2 and m.start > 0 and \
                (text[m.start - 1].isdigit() or text[m.start - 1] in _NUMERALS):
            continue  # 24 + 日共同: the date's 日, no 日共 (Japan's Communist Party)
        if m.type == "PERSON" and _runs_on(text, m, kb, rules):  # (it reads only people)
            continue

        entry = kb.entries.get(m.kb_id) if m.type == "COUNTRY" and m.kb_id else None
        if entry is not None and state_char and len(m.text) == 2 and m.text.endswith(state_char) \
                and m.text != entry.name and _in_given_name(text, m, rules):
            continue
        out.append(m)
    out = _described_governments(text, _pair_readings(text, out, kb), kb)
    after, not_before = _words("context_form_after"), _words("context_form_not_before")
    for form, code in _forms():
        country = kb.entries.get(f"country:{code}")
        k = text.find(form)
        while country is not None and k != -1:
            e = k + len(form)
            free = not any(x.start < e and k < x.end for x in out)
            opens = k == 0 or not is_han(text[k - 1]) or any(text.endswith(w, 0, k) for w in after)
            if free and opens and not text.startswith(not_before, e):
                out.append(Mention(k, e, form, "COUNTRY", kb_id=country.id))
            k = text.find(form, e)
    return in_order(out)


def government_head(head: str) -> str:
    """The country before a word of time that dates its government (柬埔寨 + 新 + 政府, 泰国 + 本届 +
    政府): the government of the day acts for its country (names.toml government_time_words)."""
    for w in sorted(_words("government_time_words"), key=len, reverse=True):
        if head.endswith(w) and len(head) > len(w):
            return head[: -len(w)]
    return head


def _described_governments(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A bare 政府 right after a country's name is that country (宏都拉斯 + 政府); after a leader's name it
    is his country's (卡斯楚 + 政府), none where his country is not known; after a word that describes
    it (唯一合法 + 政府, 自由派 + 政府) it is no body of a country."""
    described = _words("described_government_words")
    person_end = {m.end: m for m in mentions if m.type == "PERSON"}
    country_end = {m.end: m for m in mentions if m.type == "COUNTRY" and m.kb_id}
    out = []
    for m in mentions:
        if m.text == "政府" and m.type in ("ORG", "COUNTRY"):
            leader, country = person_end.get(m.start), country_end.get(m.start)
            if country is not None:  # 宏都拉斯 + 政府: the country named before it, as 越南政府 is Vietnam
                out.append(Mention(m.start, m.end, m.text, "COUNTRY", kb_id=country.kb_id))
                continue
            if leader is not None:
                entry = kb.entries.get(leader.kb_id) if leader.kb_id else None
                if entry is None or not entry.country or kb.entries.get(f"country:{entry.country}") is None:
                    continue
                m = Mention(m.start, m.end, m.text, "COUNTRY", kb_id=f"country:{entry.country}")
            elif any(text.endswith(w, 0, m.start) for w in described):
                continue
        out.append(m)
    return out


def _pair_readings(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Two short forms that name a pair of countries only together (巴以, 以巴) before a word of
    relations (冲突, 和谈): each is its country of the pair, whatever it stands for alone."""
    context = name_rules().compound_context
    out = list(mentions)
    for reading in _words("pair_readings"):
        pair, _, codes = reading.partition("=")
        ids = [f"country:{c}" for c in codes.split()]
        if len(pair) != len(ids) or any(kb.entries.get(i) is None for i in ids):
            continue
        k = text.find(pair)
        while k != -1:
            e = k + len(pair)
            if context is not None and context.at(text, e) is not None and \
                    not any(m.start < e and k < m.end and m.end - m.start > 1 for m in out):
                out = [m for m in out if not (k <= m.start and m.end <= e)]
                out += [Mention(k + j, k + j + 1, pair[j], "COUNTRY", kb_id=ids[j]) for j in range(len(pair))]
            k = text.find(pair, e)
    return out
