"""The host country's own people are no visitors of a visit to it (issue 13, ordinary pages): the one who
appraises a delegation's visit (某某对…代表团…对越南进行工作访问的重要意义表示肯定), the host official named beside
the visitor (访越的甲和越南公安部副部长乙共同主持), the inviter (受中国总理某某之邀访华), the host's envoy who speaks
on the visit (中国驻越南大使某某在…对中国进行正式访问前夕接受采访). Each such reading named a host's person as the
visitor; SPEC: VISIT participants are the visitor(s) and the host country. Nor is the visitors' own
country a further host of the trip (…接受越南《人民报》记者采访: a paper's land, no stop); and a visitor named nowhere in
the sentence (the speaker of words told in the first person: 我访问的目的是推动中美关系) visits the other land named, not
their own (pe1)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of


def home_visitors_out(page: EventPage, c: Clause, visitors: list[str], hosts: list[str]) -> tuple[list[str], list[str]]:
    """The visitors less every person whose own country (by the title the page gives them, else the
    knowledge base's) is the country the visit is to; the hosts less the one country all those left
    belong to (after the first host)."""
    if not hosts or not visitors:
        return visitors, hosts
    lands = {}
    for v in visitors:
        named = [m for m in page.in_span(*c.sentence) if (e := page.entities.get(m.entity_id)) is not None
                 and e.type == "PERSON" and e.name == v]
        lands[v] = country_name(land_of(page, named[0])) if named else None
    if len(visitors) == 1 and lands[visitors[0]] is None:
        # (…。他说,我至今对…访问中国记忆犹新 / 我访问的目的是推动中美关系: the speaker told in the first person,
        # named in no title here, visits no land of their own (the knowledge base's, else the page's titles):
        # the other land the clause names hosts, if any
        e = page.by_name.get(visitors[0])
        anywhere = next((m for m in page.mentions if m.entity_id == e.id), None) if e is not None and not e.country else None
        land = country_name(e.country if e is not None and e.country else land_of(page, anywhere) if anywhere else None)
        if land is not None and hosts[0] == land:
            return visitors, [h for h in hosts if h != land]
    kept = [v for v in visitors if lands[v] is None or lands[v] != hosts[0]]
    if not kept or len(kept) == len(visitors):
        return kept, hosts
    own = {lands[v] for v in kept}
    home = own.pop() if len(own) == 1 else None
    return kept, hosts[:1] + [h for h in hosts[1:] if home is None or h != home]
