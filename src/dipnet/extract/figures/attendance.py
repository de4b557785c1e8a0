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
    for mm in reversed(ctx.within(c_start, verb.start(), ("ORG", "COUNTRY", "PERSON"))):
        if not ctx.is_target(mm):
            return ctx.name(mm)
    return None


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
