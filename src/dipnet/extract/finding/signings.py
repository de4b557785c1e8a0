"""One signing told several times on a page (issue 13): a headline tells the signing, a later
sentence the ceremony it was held at (签署仪式在…举行, 出席文件签署仪式), the people who signed
(代表我国签署的部长计有…) or the documents one by one (这五个文件包括…, 1. …备忘录), or the same count
of documents again (签署31份…). SPEC counts one AGREEMENT per signing; the cue words are data
(data/signings.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dipnet.model import Event
from dipnet.rx import plain as _plain

# how an AGREEMENT's sentence tells a signing told before: the ceremony or its signers (who then take
# part in it), or a back-reference or list item (the documents, whose bodies do not join)
CEREMONY, SIGNERS, LISTED = "ceremony", "signers", "listed"
_RETOLD, _COUNT, _HEAD = "_signing_retold", "_signing_count", "_signing_head"
_BARE = "_signing_bare"  # an instrument named bare, with no act on it (完善谅解备忘录落实计划): one told before


@dataclass(frozen=True)
class _Cues:
    ceremony_words: tuple[str, ...]
    back_reference: re.Pattern[str]
    list_item: re.Pattern[str]
    document_count: re.Pattern[str]
    bare_document: re.Pattern[str]
    relation_instrument: re.Pattern[str]
    statement_words: tuple[str, ...]
    other_documents: tuple[str, ...]
    aid_back_reference: re.Pattern[str]


@lru_cache(maxsize=1)
def signings_data() -> dict[str, Any]:
    """data/signings.toml, parsed once for every reader of it (signings, notsigned)."""
    parsed: dict[str, Any] = tomllib.loads(resources.files("dipnet.extract.data").joinpath("signings.toml").read_text("utf-8"))
    return parsed


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = signings_data()
    return _Cues(tuple(data["ceremony_words"]), _plain(data["back_reference"]),
                 _plain(data["list_item"]), _plain(data["document_count"]),
                 _plain(data["bare_document"]), _plain(data["relation_instrument"]),
                 tuple(data["statement_words"]), tuple(data["other_documents"]),
                 _plain(data["aid_back_reference"]))


def mark_signings(events: list[Event], text: str) -> None:
    """Mark each AGREEMENT whose sentence tells a signing again, and the count of documents it tells
    (private attributes that only merging reads)."""
    cues = _cues()
    for e in events:
        if e.type == "AID" and cues.aid_back_reference.search(text, e.start, e.end):
            e.attributes[_RETOLD] = LISTED  # 该批粮食援助由…实施: the aid told before
        if e.type != "AGREEMENT":
            continue
        if e.brief is None and e.end <= (text.find("\n") % (len(text) + 1)):
            e.attributes[_HEAD] = True  # the page's headline (its first line)
        sentence = text[e.start:e.end]
        if any(w in sentence for w in cues.ceremony_words):
            e.attributes[_RETOLD] = CEREMONY
        elif cues.list_item.match(sentence) or cues.back_reference.search(sentence):
            e.attributes[_RETOLD] = LISTED
        elif not e.attributes.get("instrument") or cues.bare_document.search(sentence):
            e.attributes[_RETOLD] = SIGNERS  # 签署 with no document of its own (or a bare 协议书): the signing told before
        found = cues.document_count.search(sentence)
        if found:
            e.attributes[_COUNT] = found.group(1)
        trig = str(e.attributes.get("trigger", ""))
        if trig and trig in sentence and e.attributes.get("instrument") and trig not in _acts() \
                and not any(a in sentence for a in _acts()) and "《" not in sentence \
                and (sentence.endswith(_bare_before(), 0, sentence.find(trig))
                     or _pointed().search(sentence, 0, sentence.find(trig)) is not None):
            e.attributes[_BARE] = True  # (这项协议仍遭质疑, 在这项融资架构谅解备忘录下: pointed back to, told before)


@lru_cache(maxsize=1)
def _bare_before() -> tuple[str, ...]:
    return tuple(signings_data()["bare_instrument_before"])


@lru_cache(maxsize=1)
def _pointed() -> re.Pattern[str]:
    return _plain(signings_data()["pointed_instrument_before"])


@lru_cache(maxsize=1)
def _acts() -> tuple[str, ...]:
    return tuple(signings_data()["signing_acts"])


def bare_instrument(a: Event, b: Event) -> bool:
    """谅解备忘录 named bare, with no act on it (双方正在完善谅解备忘录落实计划), beside a signing of that kind of
    instrument in the same teaser (or the article): the instrument told before, whatever day each reads."""
    return a.type == b.type == "AGREEMENT" and a.brief == b.brief and \
        bool(a.attributes.get(_BARE)) != bool(b.attributes.get(_BARE)) and \
        bool(a.attributes.get("instrument")) and a.attributes.get("instrument") == b.attributes.get("instrument")


def same_signing(a: Event, b: Event) -> bool:
    """Two AGREEMENTs of one teaser (or the article), one status (or one referring back to the other),
    dated the same day (or month): one signing where either tells it again or both count the same
    number of documents. Two signings each naming a document of its own (a roadmap, then another
    document) stay two."""
    if a.type != b.type or a.type not in ("AGREEMENT", "AID") or a.brief != b.brief:
        return False
    if a.type == "AID" and (not b.attributes.get(_RETOLD) or a.status not in (b.status, "occurred")):
        return False  # (aid: only the later telling's back-reference makes one: 承诺将转交上述援助款项 too)
    if a.status != b.status and LISTED not in (a.attributes.get(_RETOLD), b.attributes.get(_RETOLD)):
        return False  # (以此次签署…为新起点 in a speaker's plans: the signing told before, whatever the mood)
    if not a.date and not b.date:  # a page with no date: the retelling is of the one told before
        return bool(b.attributes.get(_RETOLD))
    if not (a.date and b.date) or min(len(a.date), len(b.date)) < 7:
        return False
    n = min(len(a.date), len(b.date))
    if a.date[:n] != b.date[:n]:
        return False
    ca, cb = a.attributes.get(_COUNT), b.attributes.get(_COUNT)
    if ca and cb:
        return bool(ca == cb)
    if _headline_document(a, b) or _headline_document(b, a):
        return True
    return bool(a.attributes.get(_RETOLD) or b.attributes.get(_RETOLD))


def _headline_document(head: Event, other: Event) -> bool:
    """新马签署经济特区谅解备忘录 over 某部长与某部长于1月11日签署了一份谅解备忘录: a headline's signing of a
    kind of document, the article's signing of that kind on the day, with a party in common: one signing."""
    kind = head.attributes.get("instrument")
    return bool(head.attributes.get(_HEAD)) and not other.attributes.get(_HEAD) and head.status == other.status \
        and bool(kind) and kind == other.attributes.get("instrument") and bool(set(head.participants) & set(other.participants))


def headline_only(twin: Event, ev: Event) -> bool:
    """The kept signing is the headline's (its parties shortened, 中菲签署…) and the retelling the article's."""
    return bool(twin.attributes.get(_HEAD)) and not ev.attributes.get(_HEAD) and twin.type == ev.type == "AGREEMENT"


def signing_parties(twin: Event, ev: Event) -> list[str] | None:
    """The parties of a signing once `ev` tells it again: its ceremony or its signers add the people
    who signed or witnessed it; its documents listed one by one add none (the bodies of each document
    are no parties of the signing). None where `ev` is no retelling of a signing."""
    how = ev.attributes.get(_RETOLD) if ev.type in ("AGREEMENT", "AID") else None
    if how in (CEREMONY, SIGNERS):
        return twin.participants + [p for p in ev.participants if p not in twin.participants]
    return list(twin.participants) if how == LISTED else None


def relation_statements(events: list[Event], text: str, announces: re.Pattern[str]) -> list[Event]:
    """A page whose RELATION_CHANGE a joint statement or communiqué announces (`announces`: the upgrade's
    instrument, events.toml; or a 建交公报) tells that instrument again elsewhere (两国外长签署联合公报, 联合公报
    内容指…): the AGREEMENTs whose sentence names only such an instrument are the change (SPEC), dropped."""
    cues = _cues()
    if not any(e.type == "RELATION_CHANGE" for e in events):
        return events
    if not (announces.search(text) or cues.relation_instrument.search(text)):
        return events

    def the_statement(e: Event) -> bool:
        if e.type != "AGREEMENT" or e.attributes.get("instrument") not in (None, "joint statement", "joint communique"):
            return False
        sentence = text[e.start:e.end]
        return any(w in sentence for w in cues.statement_words) and \
            not any(w in sentence for w in cues.other_documents)

    return [e for e in events if not the_statement(e)]
