"""A meeting named as the occasion of the act that tells a figure holds none of it (fa6): in
'日本外相在泰国举行的缅甸人道问题会议上宣布的5000万美元援助', '韩国总统在“韩非合作论坛”首届峰会期间宣布,
向…提供100亿美元', '在开罗举行的欧盟投资峰会期间签订了约40亿美元的投资协议', '在首次部长级会议上提出的
25个项目' the meeting (在…会议上/峰会期间, then a verb of announcing, proposing or signing) only says
when and where the act was done: neither the meeting nor a party named inside the frame (its place, a
land in its name) holds the sum or the count; the one who acts does (or the body a speaker stands for).
The frame and the verbs are in data/facts.toml (occasion_frame, occasion_act)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # the context type is only needed for hints
    from dipnet.model import Mention

    from .factcontext import Context


def occasion_spans(ctx: Context, a: int, b: int) -> list[tuple[int, int]]:
    """The occasion frames in [a, b): 在 … a meeting noun … 上/期间/时, a verb of the act right after."""
    act = rx.compile(ctx.data["occasion_act"])
    return [hit.span() for hit in rx.compile(ctx.data["occasion_frame"]).finditer(ctx.text, a, b)
            if act.match(ctx.text, hit.end()) is not None]


def in_occasion(ctx: Context, mm: Mention) -> bool:
    """Whether mm stands inside an occasion frame of its sentence (the meeting's place or a land in
    its name): it holds no figure the sentence tells."""
    # (a sentence's frames read once: asked for each mention of it, figure after figure)
    done: dict[tuple[int, int], list[tuple[int, int]]] = ctx.__dict__.setdefault("_occasions", {})
    bounds = ctx.sentence(mm.start)
    spans = done.get(bounds)
    if spans is None:
        spans = done[bounds] = occasion_spans(ctx, *bounds)
    return any(a < mm.start and mm.end <= b for a, b in spans)


def named_as_occasion(ctx: Context, name: str, pos: int) -> bool:
    """Whether the meeting name found before pos is named there only as an act's occasion."""
    a = ctx.segment_start(pos)
    return any(name in ctx.text[x:y] for x, y in occasion_spans(ctx, a, pos))
