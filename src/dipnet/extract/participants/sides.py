"""Both sides of talks and the people a meeting clause refers to without naming them (双方/两国领导人举行
会谈, 三名部长, 会见了代表团一行, 参加了会见), read from the sentences around it; split from carry.py; and
the two parties of other events (两国 where the page names one country, 东盟—中国, an envoy giving aid)."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.clauses import Clause, sentences_in
from dipnet.extract.common.codes import Codebook, codebook, type_triggers
from dipnet.extract.common.cues import cue, cue_table
from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.extract.common.page import EventPage, country_name, iso, names, subject
from dipnet.extract.participants.aftertalks import talks_lands
from dipnet.extract.participants.carry import (
    _earlier_sentences,
    carried_subject,
    carry_words,
    delegation_met,
    has_subject,
    joined_meeting,
    people_in,
    told_after,
)
from dipnet.extract.participants.delegationsubject import delegation_subject
from dipnet.extract.participants.lands import international_body, land_of
from dipnet.extract.participants.shortpairs import pair_dated_apart, sentence_pair
from dipnet.model import Mention
from dipnet.rxneeds import may_hold


def both_sides(page: EventPage, c: Clause, k: int) -> list[str]:
    """双方/两国领导人举行会谈 with no one named in the clause: the two people named last before it,
    in its sentence or the nearest sentence before that names two."""
    text = page.doc.text
    if not any(w in text[c.start:k] for w in carry_words().pair) or people_in(page, c.start, k):
        return []
    post = _pair_post(page, c.start, k)
    # (one the page gives no title at all may hold it: only those shown in other posts are set aside)
    others = set() if post is None else ({r.person for r in page.doc.roles}
                                         - {r.person for r in page.doc.roles if post.search(r.title)})
    spans = [(c.sentence[0], c.start)] + _earlier_sentences(page, c) + _earlier_paragraphs(page, c)
    seg = page.doc.segment_at(c.start)
    if seg is not None and seg.kind == "caption":
        # 双方会谈现场 under a photo: the page's own talks, whose sides the lead names (not the paragraph
        # above the photo, which may speak of others)
        # (the first paragraph where the page has no lead of its own)
        lead = next((s for kind in ("lead", "body") for s in page.doc.segments
                     if s.kind == kind and s.brief == seg.brief), None)
        spans = ([(lead.start, lead.end)] if lead is not None else []) + spans
    last = None
    for start, end in spans:
        names = list(dict.fromkeys(page.entities.get(m.entity_id).name for m in people_in(page, start, end)))  # type: ignore[union-attr]
        names = [n for n in names if n not in others]
        if len(names) >= 2:
            return names[:2]
        last = last or (names[-1] if names else None)
    # 打头阵的是阮富仲。两国领导人中午举行会谈,习近平表示…: one side named before, the other first named
    # after the talks in their sentence
    after = [n for m in people_in(page, c.end, c.sentence[1]) if (n := page.entities.get(m.entity_id).name) not in others]  # type: ignore[union-attr]
    if last is None and post is not None:
        # 两国元首5日举行会晤。国家主席习近平欢迎普京总统…: no one named before, both sides holding the pair's
        # post named first in the sentence after it, in its paragraph
        after = list(dict.fromkeys(after + [n for n in _next_sentence_people(page, c) if n not in others]))
        return after[:2] if len(after) >= 2 else []
    return [last, after[0]] if last and after and after[0] != last else []


_NEXT_SENTENCES = 2  # how many sentences after 两国元首举行会晤 the two sides may be named in


def _next_sentence_people(page: EventPage, c: Clause) -> list[str]:
    """The people named in the sentences after the clause's (两国元首举行会晤。习近平指出…。普京表示…),
    within its paragraph."""
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return []
    after = [(a, b) for a, b in sentences_in(page.doc.text, seg.start, seg.end) if a >= c.sentence[1]]
    return [page.entities.get(m.entity_id).name for a, b in after[:_NEXT_SENTENCES] for m in people_in(page, a, b)]  # type: ignore[union-attr]


_COUNTED_BACK = 6  # how many paragraphs back the people counted (三名部长) are looked for
_NUMERALS = cue_table("numerals")


def counted_people(page: EventPage, c: Clause) -> list[str]:
    """范明政随后亦会见三名部长: the people a count in the clause stands for, the last so many named in the
    nearest sentence before that names that many (苏林会见王毅、王小洪及董军 → the three ministers)."""
    m = carry_words().counted.search(page.doc.text, c.start, c.end)
    if m is None:
        return []
    n = _NUMERALS.get(m.group(1)) or int(m.group(1))
    named = set(names(page, people_in(page, c.start, c.end), ("PERSON",)))
    told = type_triggers("MEET", "VISIT", "CALL")
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return []
    # the paragraph's own text before the clause, then the paragraphs before it, nearest first (a
    # paragraph, not a sentence: 本次会谈…由甲、乙代表日方;越南则由丙、丁代表出席 tells them over 、and ;)
    spans = [(seg.start, c.start)] + [(s.start, s.end) for s in reversed(page.doc.segments) if s.brief == seg.brief
                                      and s.end <= seg.start and s.kind in ("lead", "body")][:_COUNTED_BACK]
    for start, end in spans:
        if not any(w in told for _, w in page.hits_in(start, end)):
            continue  # (the people a meeting or a visit was told with, not those someone spoke of)
        found = [x for x in dict.fromkeys(page.entities.get(p.entity_id).name for p in people_in(page, start, end))  # type: ignore[union-attr]
                 if x not in named]
        if len(found) >= n:
            return found[-n:]
    return []


def _pair_post(page: EventPage, start: int, k: int) -> re.Pattern[str] | None:
    """两党总书记/两国领导人: the titles the pair word's post right after it stands for, if any."""
    text, words = page.doc.text, carry_words()
    for w in words.pair:
        i = text.find(w, start, k)
        while i != -1:
            post = next((p for t, p in words.pair_posts if text.startswith(t, i + len(w))), None)
            if post is not None:
                return post
            i = text.find(w, i + 1, k)
    return None


def _earlier_paragraphs(page: EventPage, c: Clause) -> list[tuple[int, int]]:
    """The sentences of the paragraphs before the clause's (up to `max_back` paragraphs of its zone),
    nearest first: 两国代表团举行会谈 in a paragraph of its own goes on from the people named above."""
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return []
    before = [s for s in page.doc.segments if s.brief == seg.brief and s.end <= seg.start and
              s.kind in ("title", "lead", "body")][-carry_words().max_back:]
    return [span for s in reversed(before) for span in reversed(sentences_in(page.doc.text, s.start, s.end))]


def meeting_parties(page: EventPage, c: Clause, k: int, mentions: list[Mention], participants: list[str],
                    short: bool) -> list[str]:
    """A meeting's parties the clause does not name: the delegation met by reference (会见了代表团一行);
    the people of the meeting told before, for who joined it (参加了会见); with fewer than two people named, both sides told before (双方/两国领导人举行会谈), else the
    subject the clause goes on from (…访问,并会见了某某; 随后,他会见了某某)."""
    out = participants + [n for n in delegation_met(page, c, k, c.end) if n not in participants]
    out += [n for n in joined_meeting(page, c, k) if n not in out]  # 刘洪才参加了会见: that meeting's people
    # …会见了某某。甲及乙代表一同与会: who the next sentence places at it
    out += [n for n in told_after(page, c, carry_words().with_after, ("PERSON", "ORG")) if n not in out]
    counted = counted_people(page, c) if short else []
    out += [n for n in counted if n not in out]
    sides = both_sides(page, c, k) if short and not counted else []
    if sides:
        return out + [n for n in sides if n not in out]
    if short and not out and not people_in(page, c.sentence[0], k) and _pair_post(page, c.start, k) is not None:
        # 关于日中关系,两国外长在28日的电话会谈中…, no one holding the post named (nor anyone in the sentence before:
        # 发言人某某表示,根据两国元首…通话精神 is the speaker's reference): the two countries the page or the sentence pairs
        # talk (not lands guessed from the people around)
        lands = list(page.pair) if len(page.pair) == 2 else sentence_pair(page, *c.sentence)
        if len(lands) == 2:
            return lands
    ahead = has_subject(page, c, k, mentions)
    if not short and ahead:
        return out
    # …进行国事访问,并会见了甲、乙和丙: the subject goes on to meet everyone the clause names
    # (访团一行另拜会甲、乙: the delegation's leader, not the subject of the sentence before)
    who = (None if ahead else delegation_subject(page, c, k) or carried_subject(page, c, k)) or \
        (subject(page, c) if short else None)
    if who and who not in out:
        out.insert(0, who)
    if short and not who and not ahead:
        out += [n for n in told_after(page, c, carry_words().attend) if n not in out]
    return out


def pair_talks(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """中印特别代表在新德里举行会晤, 中美元首会晤, 中俄代表举行新一轮…磋商: talks whose sides the clause names
    only by the compound of the two countries' short forms before the meeting word, no one named in the
    clause: the two countries are the sides (not the places named with them); a compound told of what the
    two share (中美关系, 中越友好) names no sides. 越南与美国…。双方进行…第三轮谈判 (ev61): a numbered round
    held by a pair word opening the clause is their own talks, the two lands told before its sides (not the
    people carried from the sentences before)."""
    text = page.doc.text
    held = not people_in(page, c.start, c.end) and bool(rx.compile(cue("round_pair_opening")).match(text[c.start:k]))
    # (中越两军首次…会晤于2014年3月…举行, 朝美第二次首脑会谈预计将于明年年初举行: talks of their own time, no one
    # named in their sentence: not the people of the sentences before, who met on another occasion)
    held = held or pair_dated_apart(page, c, k)
    if not held and (people_in(page, c.start, c.end) or sum(p in page.people for p in participants) >= 2):
        return participants  # (the two sides already named: 新中两国防长首次会面 after 甲和乙会谈)
    lands = sentence_pair(page, c.start, k)
    lands = two_lands(page, c) if held and len(lands) != 2 else lands
    if len(lands) != 2 or rx.compile(cue("pair_not_sides")).search(text, c.start, k):
        return participants
    return lands + [p for p in participants if p not in lands and "LOCATION" not in page.types_of.get(p, set())
                    and not (held and p in page.people)]


_LANDS_REACH = 300  # characters before a sentence whose people may stand for 两国 when the page names one country


def two_lands(page: EventPage, c: Clause) -> list[str]:
    """The two countries 两国/双方 stands for: the page's two, else (a page naming one country itself,
    the other only through its people: 习近平同苏林会谈…两国领导人见证签署…) the lands of the people
    named in the sentence and, nearest first, before it."""
    talks = talks_lands(page, c)  # 会后,双方签署…: the sides of the talks told right before
    if talks:
        return talks
    lands = list(page.pair)
    if len(lands) >= 2:
        return lands
    named = sentence_pair(page, *c.sentence)  # 在中俄元首的共同见证下,两国…签署: the compound names the two
    if named:
        return named
    around = page.in_span(c.sentence[0], c.sentence[1]) + \
        page.in_span(max(0, c.sentence[0] - _LANDS_REACH), c.sentence[0])[::-1]
    for m in around:
        e = page.entities.get(m.entity_id)
        land = country_name(land_of(page, m)) if e is not None and e.type == "PERSON" else None
        if land and land not in lands:
            lands.append(land)
        if len(lands) == 2:
            break
    return lands


def envoy_land(page: EventPage, cb: Codebook, c: Clause, k: int) -> str | None:
    """The country of an envoy named before the word of giving (before its 向): the envoy's own land
    when it is not the host the title names after 驻, else the other country the page names."""
    text = page.doc.text
    to = max((text.rfind(w, c.sentence[0], k) for w in cb.giver_to), default=-1)
    if to == -1:
        return None
    people = [m for m in page.in_span(c.sentence[0], to) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    if not people:
        return None
    m = people[-1]
    title = rx.compile(cue("envoy_before")).search(text[max(c.sentence[0], m.start - 30):m.start])
    if title is None and not rx.compile(cue("envoy_after")).match(text[m.end:m.end + 8]):
        return None
    host = title.group(1) if title else ""
    # the hosts: the lands the title names after 驻 (驻老挝, 驻缅) and the recipients' after 向
    hosts = {e.country for x in page.in_span(m.start - len(title.group(0)), m.start)
             if (e := page.entities.get(x.entity_id)) is not None and e.type == "COUNTRY"} if title else set()
    hosts |= {e.country for x in page.in_span(to, k) if (e := page.entities.get(x.entity_id)) is not None and e.country}

    def hosting(name: str) -> bool:
        return iso(page, name) in hosts or bool(host) and (name.startswith(host) or host.startswith(name))

    land = country_name(land_of(page, m))
    if land and not hosting(land):
        return land
    others = [p for p in page.pair if not hosting(p)]
    return others[0] if others else None


def joined_blocs(page: EventPage, mentions: list[Mention]) -> list[str]:
    """The international bodies a dash or a list word joins to a country (东盟—中国, 中国与东盟)."""
    text = page.doc.text
    joiner = rx.compile(cue("bloc_joiner"))
    kinds = [(m, e) for m in mentions if (e := page.entities.get(m.entity_id)) is not None]
    out: list[str] = []
    for (a, ea), (b, eb) in zip(kinds, kinds[1:], strict=False):
        if not joiner.match(text[a.end:b.start]):
            continue
        for bloc, other in ((ea, eb), (eb, ea)):
            if international_body(bloc) and other.type == "COUNTRY" and bloc.name not in out:
                out.append(bloc.name)
    return out


def venue(page: EventPage, m: Mention) -> bool:
    """Does a place stand as the venue of what the clause tells (在庆州博物馆举行)?"""
    e = page.entities.get(m.entity_id)
    text = page.doc.text
    return e is not None and e.type == "LOCATION" and text.endswith("在", 0, m.start) and \
        text.startswith(words_of("venue_verbs"), m.end)


def summoned(page: EventPage, c: Clause) -> list[str]:
    """The people a protest's sentence says summoned and were summoned (谢锋召见英国驻华大使吴若兰, 紧急约见…首席公使
    志水史雄, 约谈): the person before each summoning word in its clause and the first person after it."""
    text = page.doc.text
    out: list[str] = []
    for w in words_of("summon_words"):
        at = text.find(w, c.sentence[0], c.sentence[1])
        while at != -1:
            after = [m for m in page.in_span(at + len(w), c.sentence[1]) if (e := page.entities.get(m.entity_id)) is not None
                     and rx.compile("[^,。;、]*").fullmatch(text, at, m.start)]
            person = next((m for m in after if page.entities.get(m.entity_id).type == "PERSON"), None)  # type: ignore[union-attr]
            who = page.entities.get(person.entity_id).name if person else None  # type: ignore[union-attr]
            # (ev13) the land of the one summoned is protested to (召见日本驻华大使金杉宪治 → 日本, 召见了越南
            # 驻德大使 → 越南): the summoned person's own, else the country named right after the word
            land = country_name(land_of(page, person)) if person else next(
                (page.entities.get(m.entity_id).name for m in after if page.entities.get(m.entity_id).type == "COUNTRY"  # type: ignore[union-attr]
                 and rx.compile(cue("summoned_gap")).fullmatch(text, at + len(w), m.start)), None)
            # (and the one who summons, named before the word in its clause)
            by = [e.name for m in page.in_span(c.sentence[0], at) if (e := page.entities.get(m.entity_id)) is not None
                  and e.type == "PERSON" and rx.compile("[^,。;]*").fullmatch(text, m.end, at)]
            out += [n for n in by[-1:] + ([who] if who else []) + ([land] if land else []) if n not in out]
            at = text.find(w, at + len(w), c.sentence[1])
    # (ev13) the one a démarche is lodged with (向菲外长罗慕洛提出了严正交涉): that person and their land
    for hit in rx.compile(pattern_of("protest_addressee") or "(?!)").finditer(text, c.sentence[0], c.sentence[1]):
        inside = [m for m in page.in_span(hit.start(1), hit.end(1)) if page.entities.get(m.entity_id) is not None]
        person = next((m for m in reversed(inside) if page.entities.get(m.entity_id).type == "PERSON"), None)  # type: ignore[union-attr]
        land = country_name(land_of(page, person)) if person else None
        out += [n for n in ([page.entities.get(person.entity_id).name] if person else []) + ([land] if land else [])  # type: ignore[union-attr]
                if n not in out]
    return out


def gov_lands(page: EventPage, participants: list[str]) -> list[str]:
    """The countries of the government bodies among the participants that are not already among them
    (中国商务部与澳大利亚外交贸易部…签署: 中国 and 澳大利亚 sign)."""
    out: list[str] = []
    for p in participants:
        e = page.by_name.get(p)
        n = country_name(page.country_by_name.get(p)) if e is not None and e.type == "ORG" and e.sector == "government" else None
        if n and n not in participants and n not in out:
            out.append(n)
    return out


def invitee(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """A meeting someone is invited to attend (阮春福邀请习近平…出席…会议, 潘文江邀请董军…出席…防务展): the one
    invited attends, not the one inviting (the words of codebook().invitation_before, 应…邀请 not among them)."""
    text = page.doc.text
    before, invited = text[c.sentence[0]:k], codebook().invitation_before  # (its words asked first: most lack them)
    asked = invited.search(before) if may_hold(invited, before) else None
    if asked is None:
        return participants
    at = c.sentence[0] + asked.end()
    guest = next((e.name for m in page.in_span(at, k) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"), None)
    if guest is None:
        return participants
    hosts = {e.name for m in page.in_span(c.sentence[0], at) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"}
    return [guest] + [p for p in participants if p not in hosts and p != guest]
