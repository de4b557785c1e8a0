"""The headline is the line the story is about: where the line picked for the title shares no
words with the story's first sentences (a date widget, a menu item, a site's name, a stray quote
mark), a headline-shaped line above the story that shares most of its words with them is the
title instead. Words are counted as pairs of adjacent Chinese characters."""

from __future__ import annotations

import re
from operator import add

from dipnet.furniture import headline_shaped, is_breadcrumb, is_furniture
from dipnet.headrun import over_the_story
from dipnet.layout import Layout
from dipnet.lineshape import is_caption, is_credit, photo_marker, whole_dateline
from dipnet.rx import plain as _plain

_RUN = _plain(r"[\u3400-\u9fff]{2,}")
_SHORT = _plain(r"[\u4e00-\u9fff]{6,7}")  # a headline shorter than headline_shaped's: six or seven characters
_BODY_CHARS = 600  # how much of the story's opening a line is compared with
_WEAK = 0.25  # a picked line sharing less than this share of its word pairs is not what the story is about
_FLOOR = 0.1  # a candidate must share at least this share, and this much more than the line picked
_STRONG, _STRONG_GAP = 0.5, 0.3  # over a headline-shaped line picked, a candidate must share this much
_MIN_SHARED = 2  # and at least this many word pairs
_ENOUGH = 0.4  # …or this share: the first line about the story heads it (a caption below may share more)
_SLOGAN = 20  # a sentence shorter than this over the headline is a site's slogan, not the story's opening
_NEAR = 0.75  # the first candidate sharing this share of the best one's is the headline


def word_pairs(text: str, run: re.Pattern[str] = _RUN) -> set[str]:
    """The text's words, as pairs of adjacent Chinese characters inside each `run` (inlinelink.py counts runs
    of the common characters only)."""
    pairs: set[str] = set()
    for r in run.findall(text):
        pairs.update(map(add, r, r[1:]))  # each character with the next, in C
    return pairs


def _sentence(text: str) -> bool:
    return "。" in text or len(text) >= 60


def _shared(text: str, body: str) -> tuple[float, int]:
    """The share of the line's word pairs the body holds, and how many it holds (a pair of Chinese
    characters in the body's text is one of its pairs: no set of the body's pairs is built)."""
    own = word_pairs(text)
    held = sum(pair in body for pair in own)
    return (held / len(own) if own else 0.0), held


def _bare(text: str, layout: Layout) -> str:
    return text[:m.start()].strip() if (m := photo_marker(text, layout)) else text


def _candidate(text: str, layout: Layout) -> bool:
    core = text.rstrip("?？!！")  # (a short headline is all Chinese: "某某访问某国")
    return (headline_shaped(core) or _SHORT.fullmatch(core) is not None) and not is_caption(text, layout) and not is_credit(text, layout) \
        and not is_furniture(text, layout) and not is_breadcrumb(text) and not text.startswith(layout.menu_bullets) \
        and not whole_dateline(text, layout)  # (a dateline alone on its line opens the story: "中央社/ 某地27日专电")


def about_line(texts: list[str], at: int, layout: Layout) -> int:
    """`at`, unless the line there is no sentence and shares (almost) no words with the story's
    opening while a headline-shaped line above the story shares more: the first of the lines that
    share nearly the most (a topic's label that repeats the headline's words stands below it)."""
    if not 0 <= at < len(texts):
        return at
    # (a headline with its photo's caption run in, "标题 ảnh 1某某。图自某社", is read without the caption)
    head = _bare(texts[at], layout)
    if _sentence(head):
        return at
    bare: list[str] = []  # the lines over the story's first sentence, read so (no line under it is)
    first = None
    for t in texts:
        # (not a notice, nor a site's short slogan: "来自世界各地的最新消息。")
        if "。" in (line := _bare(t, layout)) and len(line) >= _SLOGAN and not is_furniture(line, layout):
            first = len(bare)
            break
        bare.append(line)
    if first is None:
        return at
    body_text = ""
    for t in texts[first:]:
        body_text += t
        if len(body_text) >= _BODY_CHARS:
            break
    own, held = _shared(head, body_text)
    if own >= _WEAK and held >= _MIN_SHARED:  # (one pair shared is chance: '星期三', '为期三天')
        return at
    scores = {}
    for k in range(first):
        if k != at and _candidate(bare[k], layout) and (share := _shared(bare[k], body_text))[1] >= _MIN_SHARED:
            scores[k] = share[0]
    # a headline-shaped line picked gives way only to a line clearly more about the story
    # (one that shares no word at all with the story is no headline of it: a site's name, "某某中央广播电台")
    # (nor does a section's label sharing one pair by chance: "国际" over "国际要闻" over the headline)
    shaped = _candidate(head, layout) and held >= (_MIN_SHARED if len(word_pairs(head)) < _FEW_PAIRS else 1)
    floor = (_STRONG, _STRONG_GAP) if shaped else (_FLOOR, _FLOOR)
    need = max(floor[0], (own if held >= _MIN_SHARED else 0.0) + floor[1])
    # (a line of six or seven characters heads the story only where no longer line does: a column's name
    # repeated in the story, "某国报纸摘要", is no headline over a headline)
    longer = {k: v for k, v in scores.items() if headline_shaped(bare[k].rstrip("?？!！"))}
    if longer and max(longer.values()) >= need:
        scores = longer
    top = max(scores.values(), default=0.0)
    if top < need:
        return at
    near = [k for k, s in sorted(scores.items()) if s >= min(_NEAR * top, _ENOUGH)]
    # (of those, the one right over the story's byline, stamp or dateline: a ticker's line over it
    # may repeat the headline's words, "某某⋯某某传下周访某地" over "某某⋯某某据报计划下周访问某地")
    # (not the first printed again, with a photo's marker or a site's name: "标题- ảnh 1", "标题 | 站名")
    return next((k for k in near if k + 1 < len(texts) and over_the_story(texts[k + 1], layout)
                 and bare[near[0]] not in texts[k]), near[0])


_BAR = _plain(r"\s[-|｜–—]|[-|｜–—]\s|[|｜]")  # a site's masthead or title bar ("站名 - 口号", "标题 | 站名")
_FEW_PAIRS = 4  # a line of fewer word pairs is a label, not another story's headline


def story_words(texts: list[str], at: int) -> set[str]:
    """The word pairs of the headline at `at` and of the story's opening under it."""
    body = ""
    for t in texts[at:]:
        body += t
        if len(body) >= _BODY_CHARS:
            break
    return word_pairs(body)


def _headline_like(core: str, own: set[str], layout: Layout) -> bool:
    return len(own) >= _FEW_PAIRS and _candidate(core, layout) and not _BAR.search(core)


def other_headline(text: str, story: set[str], layout: Layout) -> bool:
    """A headline-shaped line over the page's headline (a list's bullet may open it) that shares
    (almost) no words with the headline and the story's opening: another story's headline (a
    sidebar, a ticker, a "热点" list), the site's, not the story's. A masthead or a title bar keeps
    its place (the gold reads the outlet's name there)."""
    core = text.lstrip("".join(layout.menu_bullets) + " ")
    own = word_pairs(core)
    return _headline_like(core, own, layout) and len(own & story) / len(own) < _FLOOR


def other_headlines(texts: list[str], at: int, layout: Layout) -> set[int]:
    """The lines over the headline at `at` that are other stories' headlines (other_headline); the
    story's words are read only where a line over it is headline-like."""
    bullets = "".join(layout.menu_bullets) + " "
    lines = {}
    for k in range(at):
        core = texts[k].lstrip(bullets)
        if _headline_like(core, own := word_pairs(core), layout):
            lines[k] = own
    if not lines:
        return set()
    story = story_words(texts, at)
    return {k for k, own in lines.items() if len(own & story) / len(own) < _FLOOR}
