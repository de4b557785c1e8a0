"""Who a clause speaks of without naming them: news Chinese names the actor once and goes on
without them (…对老挝进行国事访问,并会见了老挝总理宋赛 / 随后,他会见了… / 两国总理举行会谈 /
会见了代表团一行). These read the actor from what was told before: the subject of the sentence (not
the inviter of 应某某邀请), else of the sentence before; both people for 双方/两国; the delegation
named before for 代表团一行; and a person's country from the title before the name (老挝副总理某某)."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dipnet import rx
from dipnet.extract.common.clauses import SENTENCE_MARKS, Clause, iter_sentences
from dipnet.extract.common.codes import codebook, type_triggers
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.clausespeakers import clause_speakers, declares_open
from dipnet.extract.participants.delegationlead import delegation_leader
from dipnet.extract.participants.heldrefs import referred_back, retells
from dipnet.extract.participants.posthits import event_hits
from dipnet.extract.participants.reported import reported_subject
from dipnet.extract.participants.togetherjoined import other_partner
from dipnet.model import Mention
from dipnet.recognize.gazetteer import gazetteer
from dipnet.rx import plain as _plain

_DELEGATION_REACH = 3000  # characters before a clause where the delegation it refers to is looked for
_JOINED_REACH = 600  # …and the meeting that someone joined (参加了会见, 主持会谈)


@dataclass(frozen=True)
class CarryWords:
    aside: re.Pattern[str]  # spans whose people are not the sentence's subject (应某某邀请)
    pair: tuple[str, ...]  # both sides told before (双方, 两国领导人)
    delegation_refs: tuple[str, ...]  # the delegation told before (代表团一行)
    max_back: int  # how many sentences back a subject is looked for
    partner: tuple[str, ...]  # what stands before a partner, not a subject (他与某某举行会谈)
    joined: tuple[str, ...]  # right before a meeting word: who joined the meeting told before (参加了会见)
    with_after: tuple[str, ...]  # a sentence after a meeting that places more people at it (一同与会)
    attend: tuple[str, ...]  # the verbs of a sentence that names who chaired or attended the meeting before it
    conference_attend: tuple[str, ...] = ()  # who the sentences after a conference place at it (一同出席)
    conference_settings: re.Pattern[str] = _plain("(?!)")  # …or speak at its setting (会上,某某表示)
    conference_speech: tuple[str, ...] = ()
    conference_reach: int = 0
    pair_posts: tuple[tuple[str, re.Pattern[str]], ...] = ()  # 两党总书记: only the holders of that post
    counted: re.Pattern[str] = _plain("(?!)")  # 三名部长: the people told before, by their count
    # a body in a title that names its country by a short form (中共中央政治局委员某某: 中国)
    land_prefixes: tuple[tuple[str, str], ...] = ()
    # verbs of appraising or thanking before a visit told of another (甲高度评价乙…访问澳大利亚): 甲 no visitor
    appraise: tuple[str, ...] = ()
    escort: tuple[str, ...] = ()  # 陪同某某出访: the one escorted visits, not the escort
    arrival: tuple[str, ...] = ()  # 到访 named with no place: the land of the place told before hosts


@lru_cache(maxsize=1)
def carry_words() -> CarryWords:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    c = data["carry"]
    return CarryWords(aside=_plain("|".join(c["aside"])),
                      pair=tuple(c["pair"]), delegation_refs=tuple(c["delegation_refs"]),
                      pair_posts=tuple(sorted(((w, _plain(p)) for w, p in c.get("pair_posts", {}).items()),
                                              key=lambda wp: -len(wp[0]))),
                      counted=_plain(c.get("counted", "(?!)")),
                      max_back=int(c.get("max_back", 2)), attend=tuple(c["attend"]),
                      partner=tuple(c["partner"]), joined=tuple(c["joined"]),
                      with_after=tuple(c["with_after"]),
                      conference_attend=tuple(c.get("conference_attend", ())),
                      conference_settings=_plain(c.get("conference_settings", "(?!)")),
                      conference_speech=tuple(c.get("conference_speech", ())),
                      conference_reach=int(c.get("conference_reach", 0)),
                      appraise=tuple(c.get("appraise", ())), escort=tuple(c.get("escort", ())),
                      arrival=tuple(c.get("arrival", ())),
                      land_prefixes=tuple(sorted(c.get("land_prefixes", {}).items(), key=lambda kv: -len(kv[0]))))


def people_in(page: EventPage, start: int, end: int) -> list[Mention]:
    """The mentions of people in text[start:end], in order."""
    return [m for m in page.in_span(start, end) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]


def asides_in(page: EventPage, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of asides in text[start:end] (carry_words' aside pattern): who is named there is not the subject."""
    return [(m.start(), m.end()) for m in carry_words().aside.finditer(page.doc.text, start, end)]


def sentence_subject(page: EventPage, start: int, end: int) -> str | None:
    """The first person named in [start, end) outside an aside (应通伦邀请, 在…陪同下, 受…委托)."""
    asides = asides_in(page, start, end)
    for m in people_in(page, start, end):
        if not (asides and any(a <= m.start < b for a, b in asides)):
            return page.entities.get(m.entity_id).name  # type: ignore[union-attr]
    return None


def _pronoun_opens(page: EventPage, start: int, end: int) -> bool:
    """Does a third-person pronoun stand before the first person the sentence names (11月9日上午,他将同
    范明政举行会谈): the one named is then no subject."""
    people = people_in(page, start, end)
    return bool(people) and rx.compile(cue("subject_pronoun")).search(page.doc.text[start:people[0].start]) is not None


def _names_only_the_met(page: EventPage, start: int, end: int) -> bool:
    """Does the ;-list item text[start:end] (not the first) name only the ones met: an event word (拜会甲) or a
    partner word opening it (分别与甲、乙举行会谈) stands before the first person it names? Then no subject."""
    people, hits = people_in(page, start, end), page.trigger_hits
    i = bisect_left(hits, (start, ""))
    return page.doc.text[end - 1] in ";；" and page.doc.text[start - 1:start] in (";", "；") and bool(people) and (
        i < len(hits) and hits[i][0] < people[0].start or
        rx.compile(cue("list_item_partner_opening")).match(page.doc.text, start) is not None)


def _sentence_start(text: str, lo: int, pos: int) -> int:
    return max([lo] + [text.rfind(ch, lo, pos) + 1 for ch in SENTENCE_MARKS])


def _earlier_sentences(page: EventPage, c: Clause) -> list[tuple[int, int]]:
    """Up to `max_back` sentences before the clause's, nearest first, within its paragraph."""
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return []
    text, end = page.doc.text, c.sentence[0]
    out: list[tuple[int, int]] = []
    while end > seg.start and len(out) < carry_words().max_back:
        start = _sentence_start(text, seg.start, max(seg.start, end - 1))
        out.append((start, end))
        end = start
    return out


def has_subject(page: EventPage, c: Clause, k: int, mentions: list[Mention]) -> bool:
    """Does the clause name its actor before the verb? Not when the first person before it is a
    partner (他与越南总理范明政举行了会谈, 与某某会面)."""
    text = page.doc.text
    first = next((m for m in mentions if m.start < k and (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"),
                 None)
    # 他将同甲,以及乙会面: a clause going on with the partners' list (以及, 及) from a clause naming the partner
    # word has no subject of its own
    if first is not None and rx.compile(cue("list_goes_on")).match(text, c.start) and \
            any(w in text[c.sentence[0]:c.start] for w in carry_words().partner):
        return False
    return first is not None and not any(w in text[c.start:first.start] for w in carry_words().partner)


def carried_subject(page: EventPage, c: Clause, k: int) -> str | None:
    """The actor of a clause that names no one before its verb: the subject of its sentence, else
    (a sentence naming no one before the clause: 随后,他会见了…) the subject of the nearest sentence
    before it in its paragraph that names one."""
    # (发言人某某说,甲访美期间将与乙会晤,并与丙会晤: the one the reported words open with goes on)
    # (他将同甲,以及乙会面: the one named after the pronoun is a partner; the sentences before name 他)
    pronoun = _pronoun_opens(page, c.sentence[0], c.start)
    who = reported_subject(page, c.sentence[0], c.start) or \
        (None if pronoun else sentence_subject(page, c.sentence[0], c.start))
    asides = asides_in(page, c.sentence[0], c.start)
    if who or (any(not (asides and any(a <= m.start < b for a, b in asides)) for m in people_in(page, c.sentence[0], c.start))
               and not pronoun):
        return who  # (除阮富仲、武文赏外,他还会见了…: the people set apart name no subject; the sentences before do)
    for start, end in _earlier_sentences(page, c):
        if _names_only_the_met(page, start, end):
            continue  # (会见甲;看望乙;会见丙: the one met in the item before is no subject; the list's opener goes on)
        who = sentence_subject(page, start, end)
        if who and _pronoun_opens(page, start, end):
            continue  # (他将会见阮富仲…;与阮春福举行会谈: 他 is the one before, 阮富仲 his partner)
        if who:
            return who
    # 访柬期间,苏林会见了甲;向…敬献花圈;出席…仪式;会见乙: a list of doings joined by semicolons goes on
    # from the subject that opens it, however many items stand between
    seg = page.doc.segment_at(c.start)
    if seg is not None:
        text = page.doc.text
        opens = max([seg.start] + [text.rfind(ch, seg.start, c.sentence[0]) + 1 for ch in "。!?！？\n"])
        if opens < c.sentence[0] and text[c.sentence[0] - 1] in ";；":
            return sentence_subject(page, opens, c.sentence[0])
        # 安华当前正展开…访问。(new paragraph) …,他将…,预料明天与甲、乙举行会谈: a pronoun opening the
        # paragraph's telling goes on from the one the paragraph before is about
        if any(w in text[c.sentence[0]:k] for w in codebook().third_person):
            return paragraph_before_subject(page, seg.start, seg.brief)
        # …抵达万象,开始对老挝进行正式访问。(new paragraph) 访问期间,会见了老挝国家主席通伦 / 随后,还会见了…: a
        # paragraph opening on its verb after a frame of time or stay, naming no one before it, goes on from the
        # one the paragraph before is about
        if bare_paragraph_opening(page, c, k):
            return paragraph_before_subject(page, seg.start, seg.brief)
    return None


def bare_paragraph_opening(page: EventPage, c: Clause, k: int) -> bool:
    """Does the clause open its paragraph's first sentence on its verb after a frame of time or stay, naming no
    person, body or country before it (访问期间,会见了… / 5日,出席了…; a place of stay, 在东京期间, is no actor)?
    Not when the clause is itself a frame (会见通伦时,习近平表示…: the meeting told before)."""
    seg = page.doc.segment_at(c.start)
    if seg is None or page.doc.text[seg.start:c.sentence[0]].strip():
        return False
    if rx.compile(cue("bare_opening_frame_end")).search(page.doc.text[k:c.end].rstrip(" ,，")):
        return False
    # the clause opens on its verb, adverbs only before it (会上,双方还表示…,共同推动即将举行的…会议: no opening verb;
    # 出席了越日经济论坛 names its lands inside the forum's name, after the verb)
    text = page.doc.text
    verb = rx.compile(cue("bare_opening_verbs")).search(text, c.start, c.end)  # (the trigger itself, or before it)
    if verb is None or verb.start() > k:
        return False
    # (在里斯本期间,行政长官将分别拜会… / 主席将会见…: a bare post the recognizer tied to no one is the one told
    # before; a post it tied to a person is a name, below)
    lead = text[c.start:verb.start()].strip()
    post = next((e for s, e, _ in gazetteer().find_titles(lead) if s == 0), 0)
    if not rx.compile(cue("bare_opening_adverbs")).fullmatch(lead[post:]):
        return False
    before = text[c.sentence[0]:c.start]
    if any(w in before for w in carry_words().pair) or rx.compile(cue("subject_pronoun")).search(before):
        return False  # (双方/他 before it: a subject of its own)
    return not any((e := page.entities.get(m.entity_id)) is not None and e.type in ("PERSON", "ORG", "COUNTRY")
                   for m in page.in_span(c.sentence[0], verb.start()))


def paragraph_before_subject(page: EventPage, start: int, brief: int | None) -> str | None:
    """The subject of the first sentence of the paragraph right before `start` (of the same zone); where that
    sentence names no one (4日下午,两国总理举行会谈。(new paragraph) 5日,他会见了…), of the paragraph before it, up
    to `max_back` paragraphs back."""
    before = [s for s in page.doc.segments if s.end <= start and s.brief == brief and s.kind in ("lead", "body")]
    for seg in reversed(before[-carry_words().max_back:]):
        for a, b in iter_sentences(page.doc.text, seg.start, seg.end):
            if people_in(page, a, b):
                return sentence_subject(page, a, b)
            break
    return None


def told_after(page: EventPage, c: Clause, words: tuple[str, ...], kinds: tuple[str, ...] = ("PERSON",)) -> list[str]:
    """…战略对话在东兴市举行。甲与乙共同主持。丙出席: the actors the next sentences of the paragraph
    name as chairing, attending or joining the meeting told before them (each holding one of `words`)."""
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return []
    text, out, start = page.doc.text, [], c.sentence[1]
    for _ in range(carry_words().max_back):
        while start < seg.end and text[start] in SENTENCE_MARKS:
            start += 1
        if start >= seg.end:
            break
        end = min([seg.end] + [i + 1 for ch in SENTENCE_MARKS if (i := text.find(ch, start, seg.end)) != -1])
        if not any(w in text[start:end] for w in words):
            break
        out += [n for n in names(page, _parties(page, page.in_span(start, end)), kinds) if n not in out]
        start = end
    return out


def _parties(page: EventPage, ms: list[Mention]) -> list[Mention]:
    """Without the bodies that qualify the person named right after them (R.MOR公司总经理某某)."""
    text = page.doc.text
    out = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        e, n = page.entities.get(m.entity_id), page.entities.get(nxt.entity_id) if nxt else None
        if e is not None and e.type != "PERSON" and nxt is not None and n is not None and n.type == "PERSON" \
                and nxt.start - m.end <= 12 and not rx.compile(cue("body_person_apart")).search(text[m.end:nxt.start]):
            continue
        out.append(m)
    return out


def joined_meeting(page: EventPage, c: Clause, k: int) -> list[str]:
    """中联部副部长刘洪才参加了会见 / 陪同会见: who joined the meeting told last before it (within
    its reach), which is the same meeting: the people of that meeting's sentence."""
    text = page.doc.text
    if not text[c.start:k].rstrip().endswith(carry_words().joined):
        return []
    meeting = type_triggers("MEET")
    hits, lo = page.trigger_hits, max(0, c.sentence[0] - _JOINED_REACH)
    i = bisect_left(hits, (c.sentence[0], ""))
    while i > 0 and hits[i - 1][0] >= lo:
        i -= 1
        at, word = hits[i]
        if word in meeting:
            seg = page.doc.segment_at(at)
            start = _sentence_start(text, seg.start if seg else lo, at)
            if not text[start:at].strip(" ,，") and rx.compile(cue("meeting_time_after")).match(text[at + len(word):at + len(word) + 6]):
                continue  # 会见后,两国元首共同见证…: the meeting told before that one
            end = min([c.sentence[0]] + [j + 1 for ch in SENTENCE_MARKS if (j := text.find(ch, at, c.sentence[0])) != -1])
            asides = asides_in(page, start, end)
            got = names(page, [m for m in page.in_span(start, end) if not (asides and any(a <= m.start < b for a, b in asides))],
                        ("PERSON", "ORG"))
            if not people_in(page, start, end):  # …对话在东兴举行。甲与乙共同主持。丙出席对话: the chairs between
                got += [n for n in _chairs_between(page, end, c.sentence[0]) if n not in got]
            return [] if other_partner(page, c, k, got) else got  # (甲和乙一同会见了丙: another partner, their own)
    return []


def _chairs_between(page: EventPage, start: int, end: int) -> list[str]:
    """The people of the sentences in [start, end) that chair or attend (甲与乙共同主持)."""
    text, out = page.doc.text, []
    while start < end:
        stop = min([end] + [i + 1 for ch in SENTENCE_MARKS if (i := text.find(ch, start, end)) != -1])
        if any(w in text[start:stop] for w in carry_words().attend):
            out += [n for n in names(page, people_in(page, start, stop), ("PERSON",)) if n not in out]
        start = stop
    return out


def delegation_met(page: EventPage, c: Clause, k: int, end: int) -> list[str]:
    """会见了代表团一行: the delegation named last before the clause (its body and the head who
    leads it), where the clause names no body of its own before 代表团."""
    text, cb, words = page.doc.text, codebook(), carry_words()
    # (范明政与代表团进行了工作会谈: the delegation met may stand before the meeting word, after its partner word)
    lo = max([text.rfind(p, c.start, k) for p in words.partner] + [-1])
    lo = lo if lo != -1 and text.startswith(words.delegation_refs, lo + 1) else k
    at = next((text.find(w, lo, end) for w in words.delegation_refs if text.find(w, lo, end) != -1), -1)
    if at == -1 or any(m.end == at for m in page.in_span(lo, end)):
        return []
    led_here = rx.compile(cue("delegation_led_here"))
    if any(led_here.fullmatch(text, m.end, at) for m in page.in_span(lo, at)):
        return []  # 会见了某某率领的代表团: the clause names the delegation's own leader
    # (looked for within a bounded stretch before the clause: a page of one line stays linear)
    last = page.last_in_span(max(0, c.start - _DELEGATION_REACH), c.start,
                             lambda m: text.startswith(cb.delegation_words, m.end))
    body = page.entities.get(last.entity_id) if last else None
    if body is None:  # (某某率领代表团,赴华府…。甲在府内接见代表团: the one who leads it)
        led = delegation_leader(page, max(0, c.start - _DELEGATION_REACH), c.start)
        return [led] if led else []
    # (甲会见某国高级代表团, its head told before: 由某某率领的某国高级代表团 → that head, ev40)
    head = page.delegations.get(body.name) or delegation_leader(page, max(0, c.start - _DELEGATION_REACH), c.start)
    return [n for n in (body.name, head) if n]


def conference_people(page: EventPage, c: Clause, word: str = "", after: bool = False) -> list[str]:
    """…民间友好组织大会在河内拉开序幕。越南政府副总理某某…一同出席。/ 会上,某某表示…: the people the
    sentences after a conference's place at it, as attendees (an attend word) or as speakers at its setting
    (会上 + a verb of saying: the first person). Read up to `conference_reach` sentences on, across
    paragraphs of the same zone, and no further than a sentence that tells another meeting or visit.
    `word`: the gathering's own word (招待会), which the sentences after may name again (出席招待会的…).
    Remembered per sentence, brief and word on the page: every meeting word of the sentence asks again."""
    done: dict[tuple[tuple[int, int], int | None, str], list[str]] = page.__dict__.setdefault("_conference_people", {})
    # (这场峰会笼罩阴霾 / 这场峰会在G20峰会后举行: the gathering told before reads the sentences after for the one
    # told again and for one named in passing beside it — heldrefs.py; the clauses after it in its sentence are read)
    again = not word and retells(page, c.start, c.end)
    key = (c.sentence, c.brief, word + "+" * after + "=" * again)
    if key not in done:  # (…举行论坛第九次高官会,副部长某某将率团与会: the clauses after it too — ev22)
        done[key] = _conference_people(page, c.sentence, c.brief, word, c.end if word or after else None, not again)
    return done[key]


def _conference_people(page: EventPage, sentence_span: tuple[int, int], brief: int | None, word: str,
                       after: int | None = None, onward: bool = True) -> list[str]:
    text, words = page.doc.text, carry_words()
    stops, own = type_triggers("MEET", "VISIT", "CALL"), type_triggers("CONFERENCE")
    segs = [s for s in page.doc.segments if onward and s.brief == brief and s.kind in ("lead", "body") and s.end > sentence_span[1]]
    out: list[str] = []
    if after is not None:  # …举办…招待会,甲、乙、丙出席,大使丁…出席了招待会: the clauses after it in its sentence
        for a, b in _clauses_after(text, after, sentence_span[1]):
            attended = any(w in text[a:b] for w in words.conference_attend)  # (else …开幕,某某致开幕辞: pa4)
            if attended or rx.compile(cue("clause_speech_act")).search(text, a, b):
                asides = asides_in(page, a, b)
                people = [m for m in people_in(page, a, b) if not (asides and any(x <= m.start < y for x, y in asides))]
                people = people if attended else clause_speakers(page, people, a, b)
                out += [n for n in names(page, people, ("PERSON",)) if n not in out]
    count = 0
    for seg in segs:
        for start, end in iter_sentences(text, max(seg.start, sentence_span[1]), seg.end, "。!?\n"):
            retold = retells(page, start, end)  # (这场峰会…: the telling goes on, its reach renewed — heldrefs.py)
            count = 0 if retold else count + 1
            if count > words.conference_reach:
                return out
            hits = event_hits(page, start, end)  # (not 谈判 in 国际贸易谈判代表某某陪同出席)
            asides = asides_in(page, start, end)
            people = [m for m in people_in(page, start, end) if not (asides and any(a <= m.start < b for a, b in asides))]
            sentence = text[start:end]
            if word and rx.compile(cue("gathering_held")).search(sentence):
                return out  # 在金边,中国驻柬埔寨大使馆举办新春招待会: another gathering is held
            # (大使范星梅在招待会上发表讲话时强调…阮富仲正式访问中国之行…: the speaker at the setting first, whatever
            # the speech goes on to tell)
            spoke = words.conference_settings.search(sentence) and any(w in sentence for w in words.conference_speech)
            if spoke and word and word + "上" in sentence and not any(w in sentence for w in words.conference_attend):
                out += [n for n in names(page, people[:1], ("PERSON",)) if n not in out]
                spoke = False
            if word and people and people[0].start - start <= 16 and \
                    rx.compile(cue("gathering_speech_after")).match(text, people[0].end, end):
                # 崔天凯大使在致辞中表示 / 总领事某某发表了…讲话: who opens a sentence after the gathering by speaking is at it
                out += [n for n in names(page, people[:1], ("PERSON",)) if n not in out]
            led = rx.compile(cue("delegation_attends_here"))  # (某某率领代表团与会: attendance, no visit)
            if any(w in stops and w != word and not led.match(text, at) for at, w in hits):
                return out  # another meeting or visit is told: its people are its own
            if not declares_open(sentence) and not retold and \
                    any(w in own and not referred_back(text, start, at, w) for at, w in hits):
                return out  # another conference (宣布会议开幕 declares the one told open)
            if any(w in sentence for w in words.conference_attend) or declares_open(sentence):  # (某某宣布会议开幕)
                out += [n for n in names(page, people, ("PERSON",)) if n not in out]
            elif spoke:
                out += [n for n in names(page, people[:1], ("PERSON",)) if n not in out]
    return out


def _clauses_after(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-parted clauses of [start, end): its runs of characters other than , and ; (one search, not a
    step per character)."""
    return [m.span() for m in _CLAUSE_RUN.finditer(text, start, end)]


_CLAUSE_RUN = re.compile(r"[^,;]+")
