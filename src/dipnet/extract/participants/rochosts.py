"""The host a visit word names with 华 on a page of the Republic of China (Taiwan's presidential office,
its wire and papers): there 访华, 抵华, 来华 name Taiwan, the 华 of 中华民国, not the People's Republic
(马拉威共和国总统…抵华访问 on the presidential office's page; fp2, issue 13). A page is the Republic's where it
names 中华民国 and never 中华人民共和国."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.bodyhosts import body_hosts
from dipnet.extract.participants.hostreceives import receiver_hosts
from dipnet.extract.participants.localvisits import local_visit
from dipnet.extract.participants.visits import visit_actors as _visit_actors
from dipnet.model import Mention


def roc_page(text: str) -> bool:
    """The page names the Republic of China as a state of the present and not the People's Republic."""
    ours, theirs = words_of("roc_state_names"), words_of("prc_state_names")
    return any(w in text for w in ours) and not any(w in text for w in theirs)


def visit_actors(page: EventPage, c: Clause, k: int, trig: str,
                 mentions: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """visits.visit_actors, with the host the word names by 华 read as Taiwan on the Republic's pages (and a visit
    its host receives read by hostreceives.py: 甲接待乙的来访; a visit to an international body by bodyhosts.py; a visit
    between localities by localvisits.py)."""
    visitors, hosts, location = _visit_actors(page, c, k, trig, mentions)
    visitors, hosts = receiver_hosts(page, c, k, trig, visitors, hosts)
    hosts = body_hosts(page, c, k, trig, visitors, hosts) if visitors else hosts  # 到访某组织秘书处: the body hosts
    visitors, hosts = local_visit(page, c, visitors, hosts, location)  # (a locality's official at a locality)
    named = codebook().visit_host.get(trig)
    if named and any(w in trig for w in words_of("roc_host_marks")) and named in hosts and roc_page(page.doc.text):
        roc = words_of("roc_host")[0]
        hosts = list(dict.fromkeys(roc if h == named else h for h in hosts))
    return visitors, hosts, location
