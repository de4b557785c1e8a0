"""A teaser's photo captions, and the dates in them that are an archive photo's, not the teaser's."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from dipnet.rx import plain as _plain
from dipnet.teaserwords import alternation, teaser_words

from ..model import DateValue, TimeExpr

_ARCHIVE_PHOTO = alternation(teaser_words().archive_photo)  # ('资料图': data/teaser_words.toml)
_CREDITS = alternation(teaser_words().photo_credits)  # ('图自', '图片来源')
_PHOTO_SOURCE = _plain(_CREDITS + "|" + alternation(teaser_words().photo_sources) + "|" + _ARCHIVE_PHOTO)
_CREDIT = _plain(_CREDITS)
_CAPTION_SENTENCE = _plain(r"[^。\n]*[。\s]\s?(?:" + _CREDITS + ")")
_ARCHIVE = _plain(_ARCHIVE_PHOTO)


def _captions(brief: str) -> list[tuple[int, int]]:
    """A teaser's photo captions: a line naming the photo's source, and the sentence just before
    '。图自越通社'. Searched from each source word back, not over the whole teaser: a pattern that
    opens with a run of any characters retries at every position of every line."""
    return list(_caption_spans(brief))


@lru_cache(maxsize=256)  # (a teaser is read for its years and again for its day: once)
def _caption_spans(brief: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    if "\n" in brief.strip():
        for m in _PHOTO_SOURCE.finditer(brief):
            end = brief.find("\n", m.end())
            spans.append((brief.rfind("\n", 0, m.start()) + 1, len(brief) if end == -1 else end))
    for m in _CREDIT.finditer(brief):
        # up to two spaces or breaks stand between the sentence and the source word
        lo = _sentence_from(brief, brief.rfind("\n", 0, max(0, m.start() - 2)) + 1, m.start())
        spans += [(c.start(), c.end()) for c in _CAPTION_SENTENCE.finditer(brief, lo, m.end()) if c.end() == m.end()]
    return tuple(spans)


def _sentence_from(brief: str, lo: int, credit: int) -> int:
    """Where to scan for the sentence before the source word at `credit` (its line from `lo`): past the
    line's last 。 before the two characters that may stand between them, where no other source word
    stands between `lo` and it. A match from before that 。 ends at a source word right after it: none
    stands there, and the scan (each position running to its sentence's end) would find nothing there."""
    cut = brief.rfind("。", lo, max(lo, credit - 2)) + 1
    return cut if cut > lo and _CREDIT.search(brief, lo, credit) is None else lo


def _year(page: DateValue | None) -> int | None:
    return int(page.date[:4]) if page is not None and page.date[:4].isdigit() else None


def archive_year(brief: str, t: TimeExpr, captions: Sequence[tuple[int, int]], page_year: int | None) -> bool:
    """A caption's date that is an archive photo's, dating nothing but the picture: in a caption marked as
    from the archive ('资料图:2018年5月,…'), or of a year before the page's (the block lists news as new as
    the page or newer, so a caption of an older year shows an earlier occasion, 2018's over a block of 2025)."""
    span = next(((a, b) for a, b in captions if a <= t.start < b), None)
    if span is None or not t.value:
        return False
    return _ARCHIVE.search(brief, *span) is not None or (page_year is not None and int(t.value[:4]) < page_year)
