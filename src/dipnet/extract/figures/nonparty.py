"""Holders that are not parties: a meeting for its attendees, a person for an age, an instrument
for the years it has been implemented or for the parts it is counted in (联合声明的五大内容).
The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .ages import unknown_person_aged
from .attendance import attendance_holder, host_or_name, quoted_head, reception_host, strip_quotes
from .factwords import words
from .occasions import named_as_occasion
from .represented import countries_at_meeting
from .unnamed import article_start

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context, UnitWord


def special_holder(ctx: Context, pos: int, u: UnitWord, clause_text: str) -> str | None:
    """Holders that are not parties: a meeting for its attendees, an instrument for the years it
    has been implemented."""
    data = ctx.data
    if u.word in data["age_words"]:  # '今年51岁的…郑春成', '郑春成今年51岁': the person nearest
        c_start, c_end = ctx.clause(pos)
        people = ctx.within(c_start, c_end, ("PERSON",))
        if people:
            return ctx.name(min(people, key=lambda p: abs(p.start - pos)))
        glossed = unknown_person_aged(ctx, pos) or _glossed_name(ctx, pos)  # (42岁渔民Nguyen Van Tam说; fr54: the
        # name right after 岁的 first, not a place glossed later in the clause: 52岁的甲在乙省(Latin)出庭)
        if glossed:
            return glossed
        earlier = ctx.within(ctx.sentence(pos)[0], c_start, ("PERSON",))  # (fr54) 甲1958年出生于乙省,现年65岁:
        if earlier:  # the person the sentence is about, in a clause before the age's own
            return ctx.name(earlier[-1])
    if u.kind == "count" and (represented := countries_at_meeting(ctx, pos)):
        return represented  # 来自世界28个国家和地区的知名人士…出席了开幕式: the meeting's
    attending = data["attend_words"] if u.kind == "person" else data["exhibit_words"] if u.kind == "count" else ()
    if any(w in clause_text for w in attending) and not bool(any_of(words("vote_words")).search(clause_text)):
        held = attendance_holder(ctx, pos) if u.kind == "person" else None  # 约500人出席了招待会: the host's
        if held:
            return held
        name = ctx.last_match(data["conference"], pos)  # the last named in its paragraph before it
        if name and named_as_occasion(ctx, name, pos):
            name = None  # (fa6) 在首次部长级会议上提出的25个项目: the occasion of the act, no holder
        if name and name.startswith(tuple(data["anaphors"])):  # 此次论坛: the forum named before it
            before = ctx.text[article_start(ctx, pos):pos]
            named = [n for n in rx.compile(data["conference"]).findall(before) if not n.startswith(tuple(data["anaphors"]))]
            name = named[-1] if named else None
        if not name:  # '共有来自30个国家的500名代表出席第十届东盟防长扩大会议': the one the clause attends
            c_end = ctx.clause(pos)[1]
            verbs = [(k, w) for w in attending if (k := ctx.text.find(w, pos, c_end)) != -1]
            if verbs:
                k, w = min(verbs)
                tail = ctx.text[k + len(w):ctx.sentence(pos)[1]]  # (a clause ends at an opening quote: 出席“一带一路”…)
                after = rx.compile(data["attended_meeting"]).match(strip_quotes(tail).lstrip("了"))  # (参加了…论坛)
                name = after.group() if after else None
        elif name:
            name = quoted_head(ctx, name, pos)  # (“21世纪论坛”2010年会议)
        if name:  # (a reception is its host's: 中国驻萨摩亚大使馆举办…招待会,…约100人出席)
            return host_or_name(ctx, rx.compile("[—–]").sub("-", name), pos)  # 中国—东盟博览会 names the pair with a plain hyphen
    # (firms attending are the meeting's too; provinces or countries represented are the parties': 两国20个边境省份的代表一同出席)
    told = _meeting_told_before(ctx, pos) if u.kind == "person" or u.word in data["firm_classifiers"] else None
    if told:
        return told
    if u.kind == "year":
        before = ctx.text[max(0, pos - 12):pos]
        for w in data["implement_words"]:
            if before.endswith(w):
                noun = rx.compile(data["implemented_noun_stops"]).split(before[:-len(w)])[-1]
                return noun or None
    return None


def _glossed_name(ctx: Context, pos: int) -> str | None:
    """'今年51岁的前高官郑春成(Trinh Xuan Thanh)': a person the recognizer does not know, written
    with the romanized name in brackets after it: one Chinese character per syllable of it (a
    Vietnamese name), so the name is that many characters before the bracket."""
    s_end = ctx.sentence(pos)[1]
    hit = rx.compile(ctx.data["glossed_name"]).search(ctx.text[pos:min(s_end, pos + int(ctx.data["glossed_name_reach"]))])
    if hit is None:
        return None
    syllables = len(rx.compile(r"[ -]").split(hit.group("latin")))
    return hit.group("han")[-syllables:] if len(hit.group("han")) >= syllables else None


def document_parts(ctx: Context, pos: int, unit_end: int) -> str | None:
    """'联合声明的五大内容', '该计划的3个组成部分': the parts of an instrument belong to it; the
    instrument as written before 的 (the scorer's containment lets 联合声明 name the full title)."""
    data = ctx.data
    if not rx.compile(data["document_part_nouns"]).match(ctx.text[unit_end:unit_end + 8]):
        return None  # 已有扩展计划的300家公司: no part of the plan counted
    k = pos
    while k > 0 and ctx.text[k - 1] in data["qualifiers_before"]:
        k -= 1
    if not ctx.text.endswith("的", 0, k):
        return None
    k -= 1
    head = next((w for w in data["document_nouns"] if ctx.text.endswith(w, 0, k)), None)
    if head is None:
        return None
    a = k - len(head)
    while a > 0 and k - a < int(data["unit_name_reach"]) and ctx.text[a - 1] not in data["unit_name_stops"]:
        a -= 1
    return ctx.text[a:k]


def _meeting_told_before(ctx: Context, pos: int) -> str | None:
    """'…等约280人出席。', '两国近500家企业代表将参加该活动', '近百名宾客出席了这次盛会': people or firms
    attending what the article named before (in an earlier paragraph or clause) belong to that
    meeting, the last one named before them (fx19)."""
    data = ctx.data
    c_start, c_end = ctx.clause(pos)
    verbs = [(k, w) for w in words("attend_back_verbs") if (k := ctx.text.find(w, pos, c_end)) != -1]
    if not verbs or any_of(words("vote_words")).search(ctx.text[c_start:c_end]):
        return None
    k, w = min(verbs)
    if not rx.compile(data["attended_back"]).fullmatch(ctx.text[k + len(w):c_end].strip(" \t,。;!")):
        return None
    a0 = article_start(ctx, pos)
    before = ctx.text[a0:pos]
    named = [h for h in rx.compile(data["conference"]).finditer(before) if not h.group().startswith(tuple(data["anaphors"]))]
    if not named:  # (fa7) 举行“…”招待会,近百名宾客出席了这次盛会: a reception named only in quotes is its host's
        k, noun = max((before.rfind(n), n) for n in words("reception_nouns"))
        return reception_host(ctx, a0 + k + len(noun)) if k != -1 else None
    a = named[-1].start()
    if before.startswith(words("invitation_openers"), a) and \
            rx.compile(data["invitation_after"]).match(before, named[-1].end()):
        a += 1  # (fa7) 应世界经济论坛…的邀请: 应 opens the phrase of invitation, not the name
    while a > 0 and before[a - 1].isdigit():  # (举行2024年…座谈会: the year the name opens with, whole)
        a -= 1
    host = reception_host(ctx, a0 + named[-1].end()) if named[-1].group().endswith(words("reception_nouns")) else None
    return host or quoted_head(ctx, rx.compile("[—–]").sub("-", before[a:named[-1].end()]), pos)  # (a reception is its host's, fx21)
