"""A meeting's partner told by a pronoun (通伦抵达河内…。当天下午,苏林总书记与他举行会谈): the one the
sentence before is about (issue 13; the words in data/events.toml, pronoun_partner)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import carry_words, sentence_subject
from dipnet.extract.participants.lists import session_body
from dipnet.extract.participants.shortpairs import run_lands
from dipnet.extract.participants.sides import invitee

_BACK = 300  # characters before the sentence within which the sentence before it is looked for


def pronoun_partner(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the partner a pronoun after a partner word stands for (与他, 同她): the
    last person a clause before names in the same sentence, else the first person (outside an aside) of
    the sentence before, in the same paragraph or the one before."""
    text = page.doc.text
    said = rx.compile(pattern_of("pronoun_partner")).search(text, c.start, k)
    if said is None:
        return participants
    # (胡锦涛还将会见吉拉德,李克强将与她共同出席论坛 / 针对习近平访问南韩,李在明表示自6月与他通电话以来: a
    # person named in a clause before, in the same sentence, is the nearer one the pronoun stands for)
    before = [e.name for m in page.in_span(c.sentence[0], c.start) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "PERSON" and e.name not in participants]
    if before:
        return participants + [before[-1]]
    lo = max(0, c.sentence[0] - _BACK)
    end = c.sentence[0]
    while end > lo and text[end - 1] in "。!?\n ":
        end -= 1
    start = max([lo] + [i + 1 for ch in "。!?\n" if (i := text.rfind(ch, lo, end)) != -1])
    who = sentence_subject(page, start, end)
    return participants + [who] if who and who not in participants else participants


def conference_partners(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """A conference's participants with the one a pronoun partner stands for (与她共同出席…论坛), the countries a
    run of short forms in its name names (东盟与中日韩外长会议), and the one invited in place of the inviter
    (阮春福邀请习近平…出席…会议), and the body whose numbered session it is (第十五届国会第十次会议: 越南国会)."""
    participants = invitee(page, c, k, run_lands(page, c.start, k, pronoun_partner(page, c, k, participants)))
    return pair_told_before(page, c, k, session_body(page, c.start, k, co_chairs(page, c, k, participants)))


def pair_told_before(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """习近平和马克龙…举行会谈。两国元首还共同出席了…闭幕式 (ev14, unseen pages): a clause opening with the two
    leaders told by a pair word has the two people the sentence before names attend."""
    text = page.doc.text
    if not rx.compile(cue("pair_pronoun_opening")).match(text[c.start:k].lstrip()):
        return participants
    back = max(0, c.sentence[0] - _BACK)
    cut = max(back, *(text.rfind(ch, back, c.sentence[0] - 1) + 1 for ch in "。!?！？\n"))
    people = [e.name for m in page.in_span(cut, c.sentence[0]) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    pair = list(dict.fromkeys(people))
    return participants + [n for n in pair if n not in participants] if len(pair) == 2 else participants


def co_chairs(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """甲与来访的乙举行会谈,并共同主持…会议: a clause going on with 共同 has the people the clauses before it in the
    sentence name (outside an aside: 应…邀请) hold the meeting together."""
    text = page.doc.text
    if not text[c.start:k].lstrip().startswith(words_of("joint_going_on")) or c.start <= c.sentence[0]:
        return participants
    asides = [(a.start(), a.end()) for a in carry_words().aside.finditer(text, c.sentence[0], c.start)]
    before = [e.name for m in page.in_span(c.sentence[0], c.start) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "PERSON" and not any(a <= m.start < b for a, b in asides)]
    return participants + [n for n in dict.fromkeys(before) if n not in participants]
