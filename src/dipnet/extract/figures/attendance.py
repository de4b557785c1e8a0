"""Who holds a count of the people attending a meeting the clause names only by its kind: `约500人出席了
招待会`, `共约三百人出席了国庆招待会`, `出席会议的代表和嘉宾约350人`. The meeting is the one of that kind
the article named before; a reception (招待会, 酒会, 宴会) is its host's (the body that held it:
`X举办/举行…招待会`), a conference is the conference itself, by its name. A name that is only part of a
body's name (中国人民政治协商会议全国委员会) or of a member noun (国会议员) is no meeting. Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .factwords import words
from .unnamed import article_start

if TYPE_CHECKING:  # facts.py imports this module through nonparty.py; the type is only needed for hints
    from ..facts import Context


def attended_kind(ctx: Context, pos: int) -> str | None:
    """The kind of meeting (its head noun: 招待会, 会议) that the clause of pos says the people counted
    attend, where it names the meeting by its kind alone: after the number (约500人出席了招待会) or
    before it, qualifying the people (出席会议的代表…约350人)."""
    c_start, c_end = ctx.clause(pos)
    after = rx.compile(ctx.data["attended_kind_after"]).search(ctx.text, pos, c_end)
    if after and after.end() == len(ctx.text[:c_end].rstrip(" \t,。;!")):
        return after.group("kind")
    before = rx.compile(ctx.data["attended_kind_before"]).search(ctx.text, c_start, pos)
    return before.group("kind") if before else None


def named_meeting(ctx: Context, kind: str, pos: int) -> tuple[int, str] | None:
    """The last meeting of that kind the article named before pos, as (end, name): no part of a
    body's name, nor of a member noun (国会议员)."""
    a = article_start(ctx, pos)
    last = None
    for hit in rx.compile(ctx.data["conference"]).finditer(ctx.text, a, pos):
        name = hit.group()
        if not name.endswith(kind) or name.startswith(tuple(ctx.data["anaphors"])) \
                or ctx.text.startswith(tuple(ctx.data["not_meeting_after"]), hit.end()):
            continue
        if any(m.start <= hit.start() and hit.end() <= m.end and m.end > hit.end() for m in ctx.within(
                max(a, hit.start() - 30), hit.end(), ("ORG",))):
            continue  # 中国人民政治协商会议全国委员会: the body
        start = hit.start()
        while start > a and ctx.text[start - 1].isdigit():  # (2024年…座谈会: the year the name opens with, whole)
            start -= 1
        last = (hit.end(), rx.compile("[—–]").sub("-", ctx.text[start:hit.end()]))
    if last is None and kind in ctx.data["reception_nouns"]:  # 在东京举行盛大招待会: no name of its own before
        k = ctx.text.rfind(kind, a, pos)  # the verb of holding; the reception by its kind, for its host
        if k != -1:
            return k + len(kind), kind
    return last


def reception_host(ctx: Context, end: int) -> str | None:
    """'越南驻华大使馆1月18日晚在北京举办…招待会': the party that holds the reception named up to
    `end`, the nearest one before the verb of holding in its clause (not the object of 在/为/向)."""
    s_start = ctx.sentence(end - 1)[0]
    verb = None
    for hit in any_of(words("host_verbs")).finditer(ctx.text, s_start, end):
        verb = hit
    if verb is None:
        return None
    c_start = ctx.clause(verb.start())[0]
    if any(w in ctx.text[c_start:verb.start()] for w in words("cohost_words")):
        return None  # 由X和Y共同主办的招待会: no one host; the reception itself
    parties = [mm for mm in ctx.within(c_start, verb.start(), ("ORG", "COUNTRY", "PERSON")) if not ctx.is_target(mm)]
    bodies = [mm for mm in parties if mm.type != "PERSON"]  # (使馆临时代办张三举行…: the embassy the person acts for)
    return ctx.name((bodies or parties)[-1]) if parties else None


def attendance_holder(ctx: Context, pos: int) -> str | None:
    """The holder of a count of people attending a meeting the clause names by its kind alone: a
    reception's host, else the meeting by the name the article gave it before."""
    kind = attended_kind(ctx, pos)
    if kind is None:
        return None
    told = named_meeting(ctx, kind, pos)
    if told is None:
        return None
    if kind in ctx.data["reception_nouns"]:
        return reception_host(ctx, told[0]) or told[1]
    return told[1]


def host_or_name(ctx: Context, name: str, pos: int) -> str:
    """A reception found by its name before pos is its host's, where its sentence names the host;
    any other meeting is itself."""
    if not name.endswith(words("reception_nouns")):
        return name
    k = ctx.text.rfind(name, article_start(ctx, pos), pos)
    return (reception_host(ctx, k + len(name)) if k != -1 else None) or name


def quoted_head(ctx: Context, name: str, pos: int) -> str:
    """'“21世纪论坛”2010年会议', '亚洲未来论坛2015年会议': a meeting's name found without the part that
    opens it (the name pattern stops at quotes, and at a year's digits after a name) runs back over
    that part, the last time the article wrote it before pos: the year's digits, then a quoted name
    or a meeting's name right before; written without the quote marks."""
    marks = words("name_quote_marks")
    a = article_start(ctx, pos)
    k = ctx.text.rfind(name, a, pos)
    if k < 1:
        return name
    end = k + len(name)
    while k > a and ctx.text[k - 1].isdigit():
        k -= 1
    reach = max(a, k - int(ctx.data["name_quote_reach"]))
    if ctx.text[k - 1] in marks[1::2]:
        opening = max(ctx.text.rfind(o, reach, k - 1) for o in marks[0::2])
        k = opening if opening != -1 else k
    elif k < end - len(name):  # digits opened it: a meeting's name may stand right before them
        head = [h for h in rx.compile(ctx.data["conference"]).finditer(ctx.text, reach, k) if h.end() == k]
        k = head[-1].start() if head else k
    return "".join(c for c in ctx.text[k:end] if c not in marks)


def strip_quotes(text: str) -> str:
    """A meeting named after the verb of attending, its quote marks left out (出席“一带一路”…峰会)."""
    return "".join(c for c in text if c not in words("name_quote_marks"))
