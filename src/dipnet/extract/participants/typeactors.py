"""The actors a few event types read from their clause in a way of their own: aid's giver before its
recipient, a conference's attendees (not whom one met there), what an anniversary is of, the
delegations met with their heads, the countries whose leaders witness a signing, and who is elected
to what. Called by actors.actors for the event type that asks."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, any_of, codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.finding.retrospect import look_back_end
from dipnet.extract.participants.anniversaryhosts import hosted_by, places_only
from dipnet.extract.participants.delegationlead import delegation_head
from dipnet.extract.participants.electedtopic import passive_agents, sentence_topic
from dipnet.extract.participants.electionlands import filled_assembly, held_in, post_land
from dipnet.extract.participants.foundedgatherings import founded_gathering
from dipnet.extract.participants.joinedbodies import joining_land
from dipnet.extract.participants.relationsides import relation_sides
from dipnet.extract.participants.sides import joined_blocs
from dipnet.extract.participants.thanked import thanked_giver
from dipnet.kb import load_kb
from dipnet.model import Mention


def giver_first(page: EventPage, cb: Codebook, c: Clause, k: int, participants: list[str]) -> list[str]:
    """Aid's giver first and its recipient second (source and target): 甲向乙捐赠 (the body or country
    right before the word gives, the one right after receives), 乙接收由甲捐赠的… (the one after 由 gives)."""
    text = page.doc.text

    def party(a: int, b: int, last: bool) -> list[str]:  # the nearest party mentioned in [a, b)
        ms = page.in_span(a, b)
        for m in reversed(ms) if last else ms:
            got = [n for n in names(page, [m], ("ORG", "COUNTRY"), in_titles=True) if n in participants]
            if got:
                return got
        return []

    to = max((text.rfind(w, c.start, k) for w in cb.giver_to), default=-1)
    by = max((text.rfind(w, c.start, k) for w in cb.giver_by), default=-1)
    thanked = thanked_giver(page, c, k, to)
    if thanked is not None:  # 感谢乙国为甲国提供…, 对乙国提供援助表示感谢: the one thanked gives
        giver, taker = thanked
        participants = participants + [p for p in giver + taker if p not in participants]
    elif by > to:
        giver, taker = party(by, k, False), party(c.start, by, True)
    elif to != -1:
        giver, taker = party(c.start, to, True), party(to, k, False)
    else:
        return participants
    first = giver + [p for p in taker if p not in giver]
    return first + [p for p in participants if p not in first] if giver else participants


def attendees(page: EventPage, cb: Codebook, c: Clause, k: int, trig: str, mentions: list[Mention]) -> list[Mention]:
    """Who a meeting verb parts from the conference is no attendee: 出席…论坛期间会见了某某 (whom one
    met there), 某某会见来华出席…峰会的… (the host who received an attendee)."""
    text = page.doc.text
    meet = cb.type("MEET").triggers + cb.type("CALL").triggers
    words = any_of(meet)  # (one search for where the first word starts, and whether any stands before)
    first = words.search(text, k + len(trig), c.end)
    if first is not None:  # the earliest start of a word after the verb
        mentions = [m for m in mentions if m.start < first.start()]
    before = text[c.start:k]
    # (a word standing inside a not-trigger, 对话 of 建立对话关系, is no meeting: ev56)
    met = max((at + len(w) for w in meet if (at := before.rfind(w)) != -1
               and not page.inside_not_trigger(c.start + at, c.start + at + len(w))), default=-1) \
        if words.search(text, c.start, k) else -1
    if met != -1:
        mentions = [m for m in mentions if m.start >= c.start + met]
    return mentions


def commemorated(page: EventPage, c: Clause, k: int, mentions: list[Mention], participants: list[str]) -> list[str]:
    """What an anniversary is of: the countries whose relations it counts (越中建交75周年), else the
    one actor named right before its founding word (越南人民军建军80周年, 越南国会成立80周年, 胡志明主席
    诞辰125周年) — not the bodies that hold the celebration nor the people who attend it."""
    text = page.doc.text
    if rx.compile(cue("relations_words")).search(text[c.start:k + 4]):
        countries = relation_sides(page, c, k, names(page, mentions, ("COUNTRY",)))  # (中萨建交, 两国建交: both sides)
        # 东盟与中国建立战略对话伙伴关系21周年, 中国—东盟建立…20周年: a bloc joined to a country is a party too
        blocs = joined_blocs(page, [m for m in mentions if m.end <= k])
        return blocs + [n for n in countries if n not in blocs] or participants
    near = [m for m in mentions if m.end <= k and k - m.end <= 10 and not rx.compile(cue("party_trigger_apart")).search(text[m.end:k])]
    cb = codebook()
    # 大使胡干文二十六日举行国庆招待会: a person who holds the celebration is not what it is of
    near = [m for m in near if not ((e := page.entities.get(m.entity_id)) and e.type == "PERSON" and any_of(cb.holding_verbs).search(text, m.end, k))]
    hosted = hosted_by(page, near[-1:], k)
    if hosted is not None:
        return hosted
    own = names(page, near[-1:], ("COUNTRY", "ORG", "LOCATION", "PERSON"), in_titles=True) or \
        founded_gathering(page, near, k)  # (中非合作论坛成立25周年: the forum itself, ev56)
    if not own and text.startswith(cb.owned_anniversaries, k):
        return []  # …出席了…举行的国庆招待会: the national day of no one named, the one told before
    # (今年是越南加入东盟30周年: the land that joined the body, before it — joinedbodies.py)
    own = own and joining_land(page, mentions, near[-1]) + own
    return places_only(page, c, k, own or participants)


def delegations(page: EventPage, cb: Codebook, mentions: list[Mention]) -> list[str]:
    """The bodies met as delegations (会见老挝人民革命党高级代表团), each with its head where the page
    names one (以何氏洁为团长的…代表团)."""
    text = page.doc.text
    led = [m for m in mentions if text.startswith(cb.delegation_words, m.end)]
    bodies = names(page, led, ("ORG",))
    # (苏林接见了广西代表团: a locality's or a country's delegation brings its head, named on the page)
    places = [b for b in names(page, led, ("LOCATION", "COUNTRY")) if b not in bodies]
    return [n for b in bodies for n in (b, delegation_head(page, b)) if n] + \
        [h for b in places if (h := delegation_head(page, b))]


def witnessed(page: EventPage, cb: Codebook, c: Clause, k: int, mentions: list[Mention],
               participants: list[str]) -> list[str]:
    """两国领导人见证…签署: the people named before 见证 witness the signing; their countries sign."""
    text = page.doc.text
    at = max((text.rfind(w, c.sentence[0], k) for w in cb.witness_words), default=-1)
    if at == -1:
        return participants
    witnesses = [e for m in mentions if m.end <= at and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    lands = [n for e in witnesses if (n := country_name(e.country))]
    gone = {e.name for e in witnesses}
    out = [p for p in participants if p not in gone]
    return out + [n for n in dict.fromkeys(lands) if n not in out]


def elected(page: EventPage, c: Clause, k: int, mentions: list[Mention], trig_end: int) -> tuple[list[str], str | None] | None:
    """Who is elected or appointed (the person nearest before the verb) and to what body or country
    (named after it); a body that holds an election when no person is named."""
    # the elected stands right before the verb, a form of address at most between (瓦埃亚勋爵当选)
    # (not one a preposition parts from it: 胡锦涛向美国当选连任总统奥巴马致贺电 elects 奥巴马)
    # (nor the one succeeded: 接替卸任的阮晋勇出任总理 elects the sentence's other person)
    text = page.doc.text
    succeeded = next((text.rfind(w, c.start, k) for w in codebook().predecessor_before if text.rfind(w, c.start, k) != -1), -1)
    end = succeeded if succeeded != -1 and k - succeeded <= 12 else k  # 阮春福接替阮晋勇出任: before 接替
    # (苏林同志继续当选, 范明政再次当选: a form of address and an adverb of going on between)
    between = rx.compile(cue("elected_between"))
    before = [m for m in mentions if m.end <= end and (e := page.entities.get(m.entity_id)) and e.type == "PERSON" and (
        between.fullmatch(text, m.end, end) or (end - 3 <= m.end and not rx.compile(cue("elected_not_subject")).search(text[m.end:end])))]
    pronoun = rx.compile(cue("elected_pronoun") + cue("elected_between") + "$").search(text, max(c.sentence[0], end - 12), end)
    if not before and pronoun:  # 致电拜登,祝贺他再次当选: the one the sentence named last before the pronoun
        before = [m for m in page.in_span(c.sentence[0], pronoun.start()) if (e := page.entity(m)) and e.type == "PERSON"]
    passive = rx.compile(cue("elected_passive"))
    if not before:  # 祝贺苏林同志被越南国会选举为国家主席: the one before 被 (the body after it elects)
        before = [m for m in mentions if m.end <= end and (e := page.entity(m)) and e.type == "PERSON"
                  and passive.fullmatch(text, m.end, end)]
    if not before:  # 某某于1954年出生,…,2016年4月当选总理: the sentence's subject (electedtopic.py)
        before = sentence_topic(page, c, end)
    # 当选汤加王国总理, 出任高平省省委书记: the body, country or locality of the post
    # (这是某某去年5月上任以来首次访问越南: none past the look back's close, what follows is measured from it)
    stop = look_back_end("ELECTION", text, trig_end, c.end) or c.end
    after = names(page, [m for m in mentions if k < m.start < stop], ("ORG", "COUNTRY", "LOCATION"), in_titles=True)
    after = committee_places(after)  # (出任高平省省委书记: the post is in the province 高平省)
    if before:  # (特朗普赢得美国总统大选: the land holding it, named before the word, too — ev56)
        held = held_in(page, k, before[-1])
        # (新加坡新任总理黄循财就任: no post after the verb, the title's own land — electionlands.post_land)
        held = held or ([] if after else post_land(page, before[-1], k, c.start))
        agents = [n for n in passive_agents(page, max(before[-1].end, c.start), end) if n not in after]
        return names(page, before[-1:], ("PERSON",)) + after + agents + [n for n in held if n not in after + agents], None
    elected = [m for m in mentions if m.start > k and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"
               and not (succeeded != -1 and succeeded < m.start < k)]
    # 选举…为越南社会主义共和国国会主席; the assembly that elects (联合国大会7日选举…)
    bodies = names(page, mentions, ("ORG", "COUNTRY"), in_titles=True, meetings=True)
    if elected:  # 国会选举王廷惠为国会主席
        # (选举越共中央政治局委员、河内市委书记王廷惠为…: the posts the elected holds, between the verb and the name, are
        # not the election's; the body electing before the verb and the post after the name are — ev2)
        # (就任新加坡总理, 就任法国外长: a post that names its holder is the post taken, its land stays)
        named = elected[0].text not in load_kb().titles() and load_kb().title_core(elected[0].text) not in load_kb().titles()
        holds = {n for n in names(page, [m for m in mentions if k < m.start and m.end <= elected[0].start], ("ORG", "COUNTRY"),
                                 in_titles=True, meetings=True)} if named else set()
        named_after = set(names(page, [m for m in mentions if m.start >= elected[0].end or m.end <= k], ("ORG", "COUNTRY"),
                                in_titles=True, meetings=True))
        return names(page, elected[:1], ("PERSON",)) + [b for b in bodies if b not in holds or b in named_after], None
    clause = text[c.start:c.end]
    if not any(w in clause for w in codebook().type("ELECTION").requires_person_or):
        return None
    # (第十五届国会代表选举, 全国大选…决定第16届国会: the assembly it fills — electionlands.filled_assembly)
    assembly = filled_assembly(page, c.sentence, bodies)
    bodies += [assembly] if assembly and assembly not in bodies else []
    return (bodies, None) if bodies else None


def committee_places(bodies: list[str]) -> list[str]:
    """The bodies with a locality's party committee (高平省委, 河内市委) standing for its locality (高平省, 河内市):
    the place the post is in, as written, where the knowledge base knows it (ev17, unseen pages: 潘升安出任
    高平省省委书记; the open gold names the province)."""
    suffix, kb, out = rx.compile(cue("committee_suffix")), load_kb(), []
    for body in bodies:
        m = suffix.search(body)
        place = body[:m.start()] + m.group(1) if m else None
        # (as written with its 省: the knowledge base's short name would drop it)
        name = place if place and any(x.type == "LOCATION" for x in kb.by_name(place)) else body
        if name not in out:
            out.append(name)
    return out

