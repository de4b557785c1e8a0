"""The person an age belongs to when the recognizer does not know the name (fx17): a romanized name
right after the age and a word for who the person is (42岁渔民Nguyen Van Tam说), or a name of two
to four characters that opens with a surname between the age's 的 and a verb of saying (现年45岁的
阮全荣说). The words and the surnames are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context


def unknown_person_aged(ctx: Context, pos: int) -> str | None:
    """The person named right after the age told at pos (its number), within its clause, or None."""
    data = ctx.data
    c_end = ctx.clause(pos)[1]
    span = ctx.text[pos:c_end]
    for key in ("aged_romanized_name", "aged_surname_name"):
        hit = rx.compile(data[key]).match(span)
        if hit and not hit.group("name").endswith(tuple(data["aged_role_nouns"])):  # (现年45岁的高级官员说)
            return hit.group("name").strip()
    return None
