"""The country holding an election its winner is told with (ev56): 特朗普赢得美国总统大选, 某某在美国总统选举中获胜 —
the land named between the elected and the election word, right before the word or the office it elects,
is a party of the ELECTION as the land after 当选 (当选韩国总统) already is. And the assembly a general election
fills (国会代表选举, 全国大选…第N届国会: filled_assembly)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, country_name, iso, names
from dipnet.extract.participants.lands import stated_land
from dipnet.kb import load_kb
from dipnet.model import Mention


def held_in(page: EventPage, k: int, elected: Mention) -> list[str]:
    """The countries named right before the election word at `k` (an office or a chamber at most between),
    after the elected person's name (the office may be read as a mention of theirs: 美国总统 of 特朗普)."""
    between = rx.compile(pattern_of("election_land_between"))
    lo = min((m.start for m in page.in_span(max(0, k - 40), k) if m.entity_id == elected.entity_id), default=elected.start)
    lands = [m for m in page.in_span(lo, k) if between.fullmatch(page.doc.text, m.end, k)]
    return names(page, lands, ("COUNTRY",), in_titles=True)


def post_land(page: EventPage, elected: Mention) -> list[str]:
    """新加坡新任总理黄循财就任, 泰国总理佩通坦正式就职: with no post named after the verb, the post taken is
    the one the title before the name states, and the land it states is a party (as 当选美国总统's is)."""
    land = country_name(stated_land(page, elected))
    return [land] if land else []


def filled_assembly(page: EventPage, sentence: tuple[int, int], bodies: list[str]) -> str | None:
    """The assembly a general election of the sentence fills (越南第十五届国会代表选举, 全国大选…决定第16届国会):
    the land's body by the bare word the sentence uses, the land being the one among `bodies` that has one, else
    the page's own (cues.toml assembly_election)."""
    hit = rx.compile(cue("assembly_election")).search(page.doc.text, *sentence)
    if hit is None:
        return None
    word, kb = hit.group(1) or hit.group(2), load_kb()
    for land in [*bodies, page.home]:
        code = iso(page, land) if land else ""
        if code and (body := kb.generic_body(word, code)) is not None and body.country == code:
            return body.name
    return None
