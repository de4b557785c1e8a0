"""A signing told with a visit to a land in its sentence (安华两度访华,为多项投资签署备忘录; 某某访问老挝,并签署了
多项合作协议): the land visited and the visitor's own are its parties (ev61, issue 13) — the open gold names the
countries of an AGREEMENT (越南, 印度尼西亚), and of one signed by two leaders the leaders' lands beside them
(苏林, 通伦·西苏里, 越南, 老挝). Called by actors.actors for AGREEMENT."""

from __future__ import annotations

import re
from functools import cache

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.lands import land_of
from dipnet.rx import plain as _plain


@cache
def _host_words() -> re.Pattern[str]:
    """Any short form of a visit naming its host (访华, 抵京): most spans hold none, and one search says so."""
    return _plain("|".join(map(re.escape, codebook().visit_host)) or "(?!)")


def visit_hosts(page: EventPage, start: int, k: int) -> list[str]:
    """The lands a visit word before `k` in [start, k) names as its hosts: a short form (访华) or a
    country right after a visit word (访问老挝, 对越南进行国事访问)."""
    text = page.doc.text
    span = text[start:k]  # (cut once, not once per visit word)
    hosts = [h for w, h in codebook().visit_host.items() if w in span] if _host_words().search(span) else []
    before, after = rx.compile(cue("signing_visit_host_before")), rx.compile(cue("signing_visit_host_after"))
    visited = [m for m in page.in_span(start, k) if before.search(text, max(start, m.start - 3), m.start)
               or after.match(text, m.end, k)]
    return list(dict.fromkeys(hosts + names(page, visited, ("COUNTRY",))))


def visit_signers(page: EventPage, s0: int, k: int, participants: list[str]) -> list[str]:
    """The parties of a signing whose sentence, before the signing word at `k`, tells a visit by one of
    its people: the host land and the visitor's land join them, when the visitor's land is not the host."""
    hosts = visit_hosts(page, s0, k)
    people = [m for m in page.in_span(s0, k) if (e := page.entity(m)) is not None and e.type == "PERSON" and e.name in participants]
    lands = [n for m in people if (n := country_name(land_of(page, m)))]
    if not hosts or not lands or set(hosts) & set(lands):
        return participants
    return participants + [n for n in dict.fromkeys(lands[:1] + hosts) if n not in participants]
