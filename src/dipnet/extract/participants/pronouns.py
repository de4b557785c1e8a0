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
from dipnet.extract.participants.narrator import with_teller
from dipnet.extract.participants.shortpairs import run_lands
from dipnet.extract.participants.sides import invitee

_BACK = 300  # characters before the sentence within which the sentence before it is looked for


def pronoun_partner(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the one a first-person subject stands for (…成功访华,我同他进行深入沟通: the speaker
    of the words, narrator.py) and the partner a pronoun after a partner word stands for (与他, 同她): the
    last person a clause before names in the same sentence, else the first person (outside an aside) of
    the sentence before, in the same paragraph or the one before."""
    participants = with_teller(page, c, k, participants)
    text = page.doc.text
    said = rx.compile(pattern_of("pronoun_partner")).search(text, c.start, k) or \
        rx.compile(pattern_of("pronoun_met")).match(text, k)  # (尚达曼会见了他: the one met, after the word)
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


def told_by_pronoun(page: EventPage, c: Clause, k: int) -> bool:
    """访问期间,他将出席…论坛 / 5日,她出席了…: does a third-person pronoun stand as the subject before the word
    (not after a partner word: 与他共同出席 names a partner, pronoun_partner)? The one it stands for is then the
    one the sentences before are about (carry.carried_subject)."""
    text = page.doc.text
    said = rx.compile(cue("subject_pronoun")).search(text, c.sentence[0], k)
    return said is not None and text[said.start() - 1:said.start()] not in carry_words().partner


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
    # (…举行会谈。\n会谈后,两国领导人共同出席…: the sentence before may end its own paragraph; its marks and the
    # paragraph break are passed over, not taken for it)
    end = c.sentence[0]
    while end > back and text[end - 1] in "。!?！？\n ":
        end -= 1
    cut = max(back, *(text.rfind(ch, back, end) + 1 for ch in "。!?！？\n"))
    people = [e.name for m in page.in_span(cut, end) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
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
              and e.type == "PERSON" and not (asides and any(a <= m.start < b for a, b in asides))]
    return participants + [n for n in dict.fromkeys(before) if n not in participants]
