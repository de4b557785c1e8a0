"""Parties the text names by a bare word the recognizer leaves unmarked: 大陆 (the mainland, in
Taiwanese and Hong Kong writing) for 中国 in '大陆邦交国数量增至182国'. The words and the
countries they stand for are in data/facts.toml (bare_party_words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words

if TYPE_CHECKING:
    from .factcontext import Context


def bare_party(ctx: Context, c_start: int, c_end: int, frames: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The last bare party word of the clause [c_start, c_end) that holds its figure: not inside a
    name the recognizer found, nor the object of a preposition (对大陆出口), nor inside a frame."""
    seg = ctx.text[c_start:c_end]
    best: tuple[int, str] | None = None
    for w, country in ctx.data["bare_party_words"].items():
        i = seg.rfind(w)
        if i == -1 or (best is not None and i < best[0]) or any(a <= i < b for a, b in frames):
            continue
        if any(m.start <= c_start + i < m.end for m in ctx.within(max(0, c_start + i - 12), c_start + i + 12,
                                                                   ("COUNTRY", "ORG", "LOCATION", "PERSON"))):
            continue  # 中国大陆: part of a name found
        if ctx.text.endswith(words("target_markers"), 0, c_start + i):
            continue  # 对大陆出口: the party acted on
        best = (i, str(country))
    return best


def bare_vessels_owner(ctx: Context, unit_end: int) -> str | None:
    """'遭两艘大陆海警船以水炮攻击', '发现1艘大陆渔船': vessels counted whose owner is told by a bare
    party word right after the classifier are that party's (as with a named country there)."""
    if not ctx.text.endswith(words("vessel_classifiers"), 0, unit_end):
        return None
    for w, country in ctx.data["bare_party_words"].items():
        if ctx.text.startswith(w, unit_end) and rx.compile(ctx.data["vessel_after_party"]).match(
                ctx.text, unit_end + len(w)):
            return str(country)
    return None
