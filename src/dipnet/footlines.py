"""Lines of the site's footer and tag rows under a story or in its related-news block: no teaser
headlines. A tag row ("标签:外交 访问"), a comment prompt ("请登录后发表评论"), the site's notices, promotions
and contacts ("更多内容请关注某某公众号", "新闻热线:…"), a corrections or editor's
bracket ("【纠错】【责任编辑:某某】") and a footer menu's item ("关于我们": no teaser headline is this
short) are skipped; the site's footer (copyright, licence number) or a label heading a row of search
words ("热门搜索") closes the block: nothing under it is a teaser."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from dipnet.furniture import is_footer
from dipnet.layout import Layout, holds_any
from dipnet.rx import plain as _plain
from dipnet.siteparts import account_row, site_menu
from dipnet.teaser import bare_stamp

_MENU_ITEM = 5  # a line this short (bullets aside) is a menu's item, not a teaser's headline
_FEW_CJK = 4  # …and so is a line of fewer Chinese characters (an image's empty link "![]() |", "更多>>")
_CJK = _plain(r"[\u4e00-\u9fff]")
_BRACKET = _plain(r"【([^】]{1,8})】")
_CONTACT = _plain(r"[\w.-]+@[\w-]+\.[a-z]{2,}|\d{3,4}-\d{7,8}")  # an e-mail address, a telephone number
_LEAD_MARKS = "•·・-–—*>»▪▫◆◇■□●○ "


def _contact(text: str) -> bool:
    """An e-mail address or a telephone number in the line: each holds its @ or its dash, which most lines
    lack (the address's run of word characters is otherwise tried from every character of the line)."""
    return ("@" in text or "-" in text) and _CONTACT.search(text) is not None


def _core(text: str) -> str:
    return text.strip().lstrip(_LEAD_MARKS).strip()


def _field_row(text: str, layout: Layout) -> bool:
    """"标签:外交 访问", "关键词：越南 中国", "Tags: …": a row of the page's tags."""
    if not text.startswith(layout.field_labels):  # (one C-level test; most lines open with no label)
        return False
    for label in layout.field_labels:
        if text.startswith(label) and text[len(label):len(label) + 1] in (":", "：", " ", ""):
            return True
    return False


def last_words(under: Sequence[str], layout: Layout, heading: Callable[[str], bool] = lambda _: False) -> bool:
    """Only the site's menu, notices or footer under a block's line, up to the page's end or the `heading` of
    another block: that line ends its block's words, as the page's last line does (a card's cut summary there is
    still its summary, not one more headline)."""
    for text in under:
        if heading(text):
            return True
        if bare_stamp(text, layout.stamp_labels, layout.agencies) or not no_teaser(text, layout):
            return False  # (a stamp under the line dates a teaser's headline: it is no cut summary)
    return True


def no_teaser(text: str, layout: Layout) -> bool:
    """A line in a related-news block (or after the story's end mark) that is no teaser's headline."""
    core = _core(text)
    if len(core) <= _MENU_ITEM and not any(ch.isdigit() for ch in core) or len(_CJK.findall(core)) < _FEW_CJK:
        return True
    if _field_row(core, layout) or holds_any(core, layout.comment_prompts):
        return True
    # the site's notices and promotions, its source line and contacts ("请关注某某公众号", "新闻热线:…")
    if holds_any(core, layout.notice_markers) or holds_any(core, layout.promo_lines) or _contact(core):
        return True
    if site_menu(core, layout) or account_row(core, layout):  # the site's menu ("关于我们 联系我们"), a follow row
        return True
    m = _BRACKET.match(core)  # "【纠错】 【责任编辑:某某】"
    return m is not None and (m.group(1) in layout.boilerplate or m.group(1).startswith(layout.credit_words))


def closes_block(text: str, layout: Layout) -> bool:
    """The site's footer, or a label over a row of search words or tags standing alone: the related
    block ends above it."""
    core = _core(text).rstrip(":：")
    return is_footer(text, layout) or core in layout.field_labels


class _Shown(Protocol):
    text: str


_L = TypeVar("_L", bound=_Shown)


def above_footer(lines: Sequence[_L], layout: Layout) -> list[_L]:
    """The block's lines above the first that closes it."""
    return next((list(lines[:k]) for k, ln in enumerate(lines) if closes_block(ln.text, layout)), list(lines))

