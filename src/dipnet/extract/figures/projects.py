"""The project a figure is told of (fx20): a sentence that opens with the project, by its name
('“改善某市交通基础设施”项目总投资额为…', '《某地区城市建设项目》从…') or pointing back to it
('该项目由12个工程项目组成', '此项目给21万人带来利益'), and names no party holding the figure, is
about the project: the project holds it, not the page's country. Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .localities import past_dateline
from .unnamed import _name_start, article_start

if TYPE_CHECKING:
    from .factcontext import Context


def project_told(ctx: Context, pos: int, s_start: int) -> str | None:
    """The project the sentence holding pos opens with, or None."""
    data, text = ctx.data, ctx.text
    a = past_dateline(ctx, s_start, pos)
    opening = rx.compile(data["project_opening"]).match(text, a, pos)
    if opening is None:
        return None
    if opening.group("back"):
        return _project_before(ctx, a)
    return opening.group("name") + data["project_head"] if opening.group("name") else opening.group("titled")


def _project_before(ctx: Context, pos: int) -> str | None:
    """The project named last before pos in its article: in 《》 or quotes, or by a name of at least
    project_name_min characters before 项目 (分配给中型城市发展项目), not a bare kind (贷款项目)."""
    data, text = ctx.data, ctx.text
    a = article_start(ctx, pos)
    head = data["project_head"]
    best: tuple[int, str] | None = None
    for hit in rx.compile(data["project_named"]).finditer(text, a, pos):
        name = hit.group("titled") or (hit.group("name") + head if hit.group("name") else None)
        if name is None:
            k = _name_start(ctx, a, hit.start("bare"))
            if hit.start("bare") - k < int(data["project_name_min"]) or text[k - 1:k] in data["anaphor_chars"]:
                continue
            name = text[k:hit.end()]
        best = (hit.start(), name)
    return best[1] if best else None
