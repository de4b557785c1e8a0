"""Which event a meeting word tells where it could tell two: talks by phone or video are a CALL (会谈 of
电话会谈, 通过视频方式举行会谈), a meeting by video between two people only is their CALL, not a
conference (甲与乙举行视频会议), and 致电 is a telegram where its sentence says what it conveys."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, EventType, any_of
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.meetingname import conference_name
from dipnet.extract.finding.pairsummits import pair_summit
from dipnet.extract.finding.personsent import person_sent
from dipnet.model import Mention
from dipnet.rx import plain as _plain


def other_sense(page: EventPage, c: Clause, t: EventType, k: int, trig: str, cb: Codebook,
                calls: list[tuple[int, str]]) -> bool:
    """The word tells an event of another type here: talks by phone or video are a CALL (会谈 of 电话会谈,
    通过视频方式举行会谈), and 致电 a telegram where its sentence says what it conveys (贺, 唁, 慰问), else
    a phone call."""
    text = page.doc.text
    # 就日方在日美领导人会谈、日美联合声明中涉华的消极言行提出严正交涉: talks and statements named in the matter
    # of a protest are what it is about, no event the page reports
    if t.name in ("MEET", "AGREEMENT", "CONFERENCE", "VISIT", "CALL") and \
            _plain(pattern_of("matter_before")).search(text, max(c.sentence[0], k - 40), k) is not None and \
            _plain(pattern_of("matter_after")).match(text, k + len(trig)) is not None:
        return True
    if t.name == "DEPLOYMENT" and person_sent(page, c, k + len(trig)):
        return True  # 派遣国务委员王勇作为特使赴越南: a person sent, the envoy's VISIT, no unit deployed (ev65)
    if trig in cb.call_or_message:
        # (a list of senders parted by ";" says what they convey once, at its end: …致电甲;…致电乙,庆祝…)
        stop = _plain("[。!?\n]").search(text, c.sentence[1] - 1)
        sentence = text[c.sentence[0]:stop.end() if stop else c.sentence[1]]
        conveys = any_of(cb.message_words).search(sentence) is not None or \
            text.startswith(cues("telegram_said_after"), k + len(trig))  # (致电表示: the telegram's words)
        return (t.name == "CALL") == conveys
    if t.name == "CALL" and rx.compile(cue("remote_manner_of_before")).search(text, max(c.start, k - 8), k):
        return True  # 大会以视频连线方式召开: the manner of the meeting word before, no call of its own (sw12)
    if t.name == "CALL" and trig.endswith(cues("remote_conference_heads")):
        return not pair_talks(page, c, k)  # 七国集团领导人举行电话会议: a meeting of many, the CONFERENCE
    if t.name == "CALL" or "CALL" in cb.trigger_types.get(trig, ()):
        return False
    end = k + len(trig)
    if calls and any(a <= k and end <= a + len(w) and len(w) > len(trig) and not _many_by_link(page, c, a, w) for a, w in calls):
        return True  # 会谈 of 电话会谈
    if trig in cues("pair_summit_words") and t.name in ("MEET", "CONFERENCE"):
        return (t.name == "MEET") != pair_summit(page, c, k, trig, cb)  # 美朝第二次峰会: the two lands' MEET
    if trig in cues("summit_words"):  # 出席中国-中东欧国家领导人会晤: a grouping's meeting, not talks
        if t.name == "MEET" and remote(text, c, k, cb):
            return True  # (通过视频形式与某某举行会晤: their CALL, ev16)
        return (t.name == "MEET") == multilateral(text, c, k, trig, cb)
    # (read only for the two types it decides, and only where one of its words ends at the trigger's end)
    sessions = cues("working_session_words")
    session = next((w for w in sessions if len(w) >= len(trig) and text.endswith(w, c.start, k + len(trig))), None) \
        if t.name in ("MEET", "CONFERENCE") and text.endswith(sessions, c.start, k + len(trig)) else None
    if session is not None and t.name in ("MEET", "CONFERENCE"):
        # 甲与正在访问该市的…使节举行了工作会议: a working session held with someone is their meeting (ev16), not
        # a conference (全国对外工作会议 stays one)
        at = k + len(trig) - len(session)
        if text[max(c.start, at - 4):at].endswith(cb.reference_openers):
            return True  # 此次工作会议: the session told before, no new one
        held = rx.compile(cue("working_session_before")).search(text, c.start, at)
        return (t.name == "MEET") != (held is not None)
    if t.name == "CONFERENCE":
        return remote(text, c, k, cb) and pair_talks(page, c, k)
    return t.name == "MEET" and remote(text, c, k, cb)


def _many_by_link(page: EventPage, c: Clause, at: int, word: str) -> bool:
    """The call word is a remote meeting of many (与多国外长举行视讯会议): the conference word inside it stands."""
    return word.endswith(cues("remote_conference_heads")) and not pair_talks(page, c, at)


def multilateral(text: str, c: Clause, k: int, trig: str, cb: Codebook) -> bool:
    """The summit word closes the name of a grouping's or a framework's meeting (中国-中东欧国家领导人会晤)."""
    name = conference_name(text, c, k, trig, cb.name_stops)[:-len(trig)]
    # (出席…会议和东盟与日本国防部长非正式会晤: the name runs back past 与 to the attending word)
    attended = rx.compile(cue("attended_span_before")).search(text[c.start:k])
    if attended is not None and len(attended.group()) > len(name):
        name = attended.group()
    return rx.compile(cue("multilateral_name")).search(name) is not None


def remote(text: str, c: Clause, k: int, cb: Codebook) -> bool:
    """A word of phone or video stands just before the meeting word, or the clause tells its manner before it
    (通过视频形式与中国外长王毅举行会晤, ev16) — a remote word beside its in-person alternative (线上或线下会谈,
    会晤或电话晤谈) leaves the manner open: a meeting, no call."""
    return any(not _mixed(text, c.start, m.start(), m.end())
               for m in any_of(cb.remote_markers).finditer(text, max(c.start, k - cb.remote_reach), k)) or \
        rx.compile(cue("remote_manner_before")).search(text, c.start, k) is not None or \
        _manner_after(text, c, k)


def _manner_after(text: str, c: Clause, k: int) -> bool:
    """The clause tells how its meeting word was held right after it (政治磋商以视频形式进行): by phone or video."""
    return rx.compile(cue("remote_manner_after")).match(text, k, c.end) is not None


def _mixed(text: str, clause_start: int, start: int, end: int) -> bool:
    """Does the remote word at start..end stand beside an in-person alternative (线上或线下, 会晤或电话)?"""
    return rx.compile(cue("remote_mixed_after")).match(text, end) is not None or \
        rx.compile(cue("remote_mixed_before")).search(text[max(clause_start, start - 6):start]) is not None


def pair_talks(page: EventPage, c: Clause, k: int) -> bool:
    """The clause names two people, joined (甲与乙, 甲同乙), as the only parties before the meeting word:
    their talks, not a conference (which a body holds or several attend)."""
    text = page.doc.text
    people = [m for m in page.in_order(c.start, k) if (e := page.entity(m)) is not None and e.type == "PERSON"]
    names = {page.entity(m).name for m in people}  # type: ignore[union-attr]
    if len(names) == 1:  # (甲同日本外务省副大臣举行视频会议: one person and one body of another land, its head unnamed; ev16)
        return _person_and_body(page, c, k, people[-1]) or _titled_partner(page, c, k)
    if not names:  # (越南副外长与日本副外长举行视频会议: two lands' officials, unnamed, joined; ev16)
        lands = [(m, e.name) for m in page.in_order(c.start, k) if (e := page.entity(m)) is not None and e.type == "COUNTRY"]
        if len(lands) == 1:  # (行政长官与新加坡总理举行视像会议: one side told by its title alone)
            return _titled_partner(page, c, k)
        return len({n for _, n in lands}) == 2 and len(lands) == 2 and \
            any(w in text[lands[0][0].end:lands[1][0].start] for w in cues("pair_talk_joiners")) and \
            not rx.compile(cue("pair_body_plural")).search(text, c.start, k)
    if len(names) != 2:
        return False
    second = next(m for m in people if page.entities.get(m.entity_id).name != page.entities.get(people[0].entity_id).name)  # type: ignore[union-attr]
    between = text[people[0].end:second.start]
    return any(w in between for w in cues("pair_talk_joiners"))


def _person_and_body(page: EventPage, c: Clause, k: int, person: Mention) -> bool:
    """The one person named, then a joiner and one foreign body (or land) and nothing plural (各国, 等) before the word."""
    text = page.doc.text
    after = [m for m in page.in_order(person.end, k) if (e := page.entity(m)) is not None and e.type in ("ORG", "COUNTRY")]
    if not after or rx.compile(cue("pair_body_plural")).search(text, person.end, k):
        return False
    between = text[person.end:after[0].start]
    lands = {page.country_by_name.get(page.entity(m).name) for m in after}  # type: ignore[union-attr]
    return any(w in between for w in cues("pair_talk_joiners")) and len(lands) == 1 and \
        page.country_by_name.get(page.entity(person).name) not in lands  # type: ignore[union-attr]


def remote_words(page: EventPage, c: Clause, in_clause: list[tuple[int, str]], cb: Codebook) -> dict[str, int]:
    """The meeting words of the clause told by phone or video, ranked after the CALL words (as CALL words
    of their own): talks of any meeting word, a conference word only between two people."""
    text = page.doc.text
    meet, conf = cb.trigger_rank["MEET"], cb.trigger_rank["CONFERENCE"]
    base = len(cb.trigger_rank["CALL"])
    got = {w: base + meet[w] for k, w in in_clause if w in meet and remote(text, c, k, cb)}
    got.update({w: base + len(meet) + conf[w] for k, w in in_clause
                if w in conf and w not in got and remote(text, c, k, cb) and pair_talks(page, c, k)})
    return got


def unit_founded(text: str, c: Clause, k: int) -> bool:
    """The clause tells a unit's founding (成立…维和工兵分队, 2014年12月成立的野战医院是…) before the deployment
    word and sends no one (派出, 赴): a unit founded is no deployment (and its founding day no day of one)."""
    return any_of(cues("unit_founding")).search(text, c.start, k) is not None and \
        any_of(cues("unit_sending")).search(text, c.start, c.end) is None


def demand_to_undo(kind: str, clause: str, negation: re.Pattern[str]) -> bool:
    """(sm1) 敦促首尔取消访问计划, 要求对方停止…: a protest that demands a party undo something — the clause's only
    negation marker is what is demanded (cues.toml demanded_undoing), no event denied."""
    if kind != "DISAPPROVE":
        return False
    ends = {d.end() for d in rx.compile(cue("demanded_undoing")).finditer(clause)}
    return all(m.end() in ends for m in negation.finditer(clause))


def guests(page: EventPage, c: Clause, k: int) -> set[str] | None:
    """The countries named as attending the ceremony the deployment word names (美国、中国等国驻越南大使…一同
    出席出征仪式): guests, no party sent or sending (and no list to split); None where no attending word
    stands right before the word."""
    text = page.doc.text
    at = max((text.rfind(w, max(c.start, k - int(cue("guest_reach_chars"))), k) for w in cues("guest_attend")), default=-1)
    if at == -1:
        return None
    # (the page's own country, 驻越南 of the envoys, sends the unit)
    return {e.name for m in page.in_span(c.start, at) if (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY"
            and e.name != page.home}


def _titled_partner(page: EventPage, c: Clause, k: int) -> bool:
    """The one side named (a person, or a land and its official's title) is joined to a partner told before it by a
    title alone (行政长官与新加坡总理举行视像会议): the two of them, unless the partner's side is a list or plural
    (各国外长与…)."""
    text = page.doc.text
    named = [m for m in page.in_order(c.start, k) if (e := page.entity(m)) is not None and e.type in ("PERSON", "COUNTRY")]
    before = text[c.start:named[0].start] if named else ""  # (the partner's title may hold a body's name: 外交部长与…)
    joined = next((w for w in cues("pair_talk_joiners") if before.endswith(w)), None)
    if joined is None:
        return False
    partner = before[:-len(joined)]
    # (东盟与中国外长举行视频会议: a body named alone is a side of many; 外交部长, 东盟秘书长: a title after it is one person)
    inside = page.in_order(c.start, c.start + len(partner))
    titled = not inside or bool(text[inside[-1].end:c.start + len(partner)].strip())
    return titled and bool(partner.strip()) and not any(m in partner for m in "、,，及") and \
        not rx.compile(cue("pair_body_plural")).search(partner)
