"""A head of state's or government's office named bare (据总统府通讯署发表的声明, 总理府副秘书长某某,
首相办公室每日汇报会, 政府内阁主席兼总统办公厅主任): an organization (SPEC), whatever country it is,
named in full by its country as the words around it give it.

Whose office it is: the country that opens the clause it stands in (吉尔吉斯斯坦 + 政府内阁主席兼 +
总统办公厅主任), else the country of the page's first holder of the office's post named with a
country (土耳其 + 总统 + 某某 … 总统府通讯署), else the outlet's country (or the page's own where the
outlet is not known). The words are data (names.toml: head_seats, head_offices, head_office_units)."""

from __future__ import annotations

from bisect import bisect_left

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Mention, in_order
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.link import rule_mention
from dipnet.recognize.namereads import DELIMS

_W = dict(name_rules().suffix_read_words)


def _words(key: str) -> tuple[str, ...]:
    v = _W.get(key, ())
    return (v,) if isinstance(v, str) else tuple(v)


_SEATS = _words("head_seats")
_OFFICES = _words("head_offices")
_UNITS = tuple(sorted(_words("head_office_units"), key=len, reverse=True))
# how far before the office its clause is read for the country that opens it
_CLAUSE_REACH = 30


def _post_after(text: str, k: int, kb: KnowledgeBase) -> bool:
    """A post of the office's staff stands right at text[k] (总理府 + 副秘书长)."""
    titles = kb.titles()
    return any(text[k:k + n] in titles for n in range(2, 7))


def _clause_country(text: str, k: int, countries: list[tuple[int, int, str]]) -> str | None:
    """The nearest country named before text[k] in its clause (no punctuation, no 、 between)."""
    lo = max(0, k - _CLAUSE_REACH)
    i = bisect_left(countries, (k, 0, ""))
    while i > 0:
        s, e, code = countries[i - 1]
        if s < lo:
            return None
        if e <= k and not any(ch in DELIMS for ch in text[e:k]):
            return code
        i -= 1
    return None


def add_head_offices(doc: Document, kb: KnowledgeBase, sender: str | None) -> None:
    """Adds each bare head's office that no name of the page covers, as its country's body."""
    text = doc.text
    if not any(w in text for w in _SEATS + _OFFICES):
        return
    covered = sorted((m.start, m.end) for m in doc.mentions)
    countries = sorted((m.start, m.end, e.country) for m in doc.mentions if m.type == "COUNTRY" and m.kb_id
                       and (e := kb.entries.get(m.kb_id)) is not None and e.country)
    by_id = {e.id: e for e in doc.entities}
    added: list[Mention] = []
    for word in sorted(_SEATS + _OFFICES, key=len, reverse=True):
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            unit = next((u for u in _UNITS if text.startswith(u, end)), "")
            nxt = text.find(word, end)
            # a seat alone is a building (在总统府会见): a body only with a unit or a post after it
            body = word in _OFFICES or unit or _post_after(text, end, kb)
            end += len(unit)
            if not body or any(s < end and k < e for s, e in covered) or any(s < end and k < e for s, e in
                                                                               ((m.start, m.end) for m in added)):
                k = nxt
                continue
            post = word[:2]  # the holder's post the office's word opens with (总统 + 府)
            code = _clause_country(text, k, countries) or next(
                (c for s, e, c in countries if text.startswith(post, e)), None) or sender
            owner = kb.entries.get(f"country:{code}") if code else None
            name = (owner.name if owner is not None else "") + text[k:end]
            m = rule_mention(doc, by_id, k, end, name, "ORG")
            ent = by_id[m.entity_id]
            if text[k:end] not in ent.mentions:
                ent.mentions.append(text[k:end])  # the bare form as written
            added.append(m)
            k = nxt
    if added:
        doc.mentions = in_order(doc.mentions + added)
