"""The country holding an election its winner is told with (ev56): 特朗普赢得美国总统大选, 某某在美国总统选举中获胜 —
the land named between the elected and the election word, right before the word or the office it elects,
is a party of the ELECTION as the land after 当选 (当选韩国总统) already is. And the assembly a general election
fills (国会代表选举, 全国大选…第N届国会: filled_assembly)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, country_name, iso, names
from dipnet.extract.finding.retrospect import dated_before
from dipnet.extract.participants.lands import stated_land
from dipnet.kb import TitleInfo, load_kb
from dipnet.model import Mention

_POST_REACH = 5  # the post starts within the verb's next characters (就任首相, 当选为总统, 宣誓就职)
_LONGEST_POST = 6  # characters of the longest post read there (国家主席, 国会主席, 政府总理)
_TITLE_REACH = 12  # characters of a title before a name (某国首相, 某国新任总统)


def held_in(page: EventPage, k: int, elected: Mention) -> list[str]:
    """The countries named right before the election word at `k` (an office or a chamber at most between),
    after the elected person's name (the office may be read as a mention of theirs: 美国总统 of 特朗普)."""
    between = rx.compile(pattern_of("election_land_between"))
    lo = min((m.start for m in page.in_span(max(0, k - 40), k) if m.entity_id == elected.entity_id), default=elected.start)
    lands = [m for m in page.in_span(lo, k) if between.fullmatch(page.doc.text, m.end, k)]
    return names(page, lands, ("COUNTRY",), in_titles=True)


def post_land(page: EventPage, elected: Mention, k: int, clause_start: int) -> list[str]:
    """新加坡新任总理黄循财就任, 泰国总理佩通坦正式就职: with no post named after the verb, the post taken is
    the one the title before the name states, and the land it states is a party (as 当选美国总统's is).
    (ag1) A taking of office the text dates, told with the bare name (某某去年10月就任总理后, 某某于3月2日出掌
    国家主席, 某某上月胜选后, 某某自去年5月上任以来: a retrospective event of its own, not a congratulation's
    or a headline's retelling), takes the land a title states for them elsewhere on the page (某国总理某某):
    the one of the post named after the verb, where one is; none for a party's post (就任总书记: the party's)."""
    land = stated_land(page, elected)
    if land is None and dated_before("ELECTION", page.doc.text, clause_start, k) \
            and not page.in_title_word(elected.start - 1, elected.start):
        post = _post_after(page.doc.text, k)
        if post is not None and post.sector == "party":
            return []
        land = next((x for m in page.mentions if m.entity_id == elected.entity_id and m is not elected
                     and (post is None or _titled_with(page.doc.text, m, post)) and (x := stated_land(page, m))), None)
    name = country_name(land)
    return [name] if name else []


def _post_after(text: str, k: int) -> TitleInfo | None:
    """The post named right after the verb at k (就任首相, 出掌国家主席, 当选为总统): the longest title of the
    knowledge base opening within the few characters after the verb's first."""
    titles = load_kb().titles()
    for i in range(k + 1, min(len(text), k + _POST_REACH)):
        for n in range(_LONGEST_POST, 1, -1):
            if (info := titles.get(text[i:i + n])) is not None:
                return info
    return None


def _titled_with(text: str, m: Mention, post: TitleInfo) -> bool:
    """The title right before the mention holds the post (某国首相某某 for 就任首相; 总理 counts for 首相)."""
    before = text[max(0, m.start - _TITLE_REACH):m.start]
    return post.title in before or post.core in before


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
