"""Loader of the page-layout markers (data/layout.toml), with an optional user override file."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dipnet.datakeys import required
from dipnet.rx import plain as _plain


@dataclass(frozen=True)
class Layout:
    more_markers: tuple[str, ...]
    caption_markers: tuple[str, ...]
    photo_word: tuple[str, ...]
    photo_word_before: tuple[str, ...]
    boilerplate: frozenset[str]
    agencies: tuple[str, ...]
    end_marks: tuple[str, ...]
    attribution_prefixes: tuple[str, ...]
    dateline_openers: tuple[str, ...] = ()  # what a dateline can start with: an agency, "(" or 据
    notice_markers: tuple[str, ...] = ()  # site notices above the headline (browser advice, age gates)
    menu_bullets: tuple[str, ...] = ()  # the bullets of a site menu printed as a list of Latin names
    story_closers: tuple[str, ...] = ()  # the end marks that close the story: text after one is teasers
    footer_markers: tuple[str, ...] = ()  # the site's footer below the story (copyright, licence numbers)
    credit_words: tuple[str, ...] = ()  # a line crediting the editor (责任编辑:某某, (责编:某某)): no teaser
    credit_after: tuple[str, ...] = ()  # …or a name and the work it credits ((某某/译))
    stamp_labels: tuple[str, ...] = ()  # the labels of a page's stamp line (发布时间, 来源)
    stamp_label_heads: tuple[str, ...] = ()  # what a label may follow ("信息" of "信息来源:")
    stamp_label_tails: tuple[str, ...] = ()  # …and what may follow it ("时间" of "更新时间:")
    byline_ends: tuple[str, ...] = ()  # how a byline ends ("某某新闻/综合报导")
    dateline_roundups: tuple[str, ...] = ()  # a wire's round-up word after its dateline's day ("中央社东京21日综合外电报导")
    label_max: int = 6  # the longest section label over a headline
    follow_row_max: int = 40  # the longest follow row of the site's accounts (siteparts.account_row)
    follow_link_max: int = 30  # the longest line a platform's name closes as a follow link (platforms.py)
    image_starts: tuple[str, ...] = ()  # an image's file name printed as a line ("photo-1663644908307")
    image_ends: tuple[str, ...] = ()
    counter_words: tuple[str, ...] = ()  # a view or comment counter's words ("浏览:1,689", "25观看次")
    notice_lines: tuple[str, ...] = ()  # a site's notice wherever it stands ("请同意我们的隐私权规范…")
    weekdays: tuple[str, ...] = ()  # a weekday beside the page's date ("星期六 2024年 11月 23日")
    weekday_openers: tuple[str, ...] = ()  # before a date widget's date ("今天是2024年1月1日 星期一")
    logo_words: tuple[str, ...] = ()  # a logo's or an icon's alt text ("某某Logo")
    temperature_marks: tuple[str, ...] = ()  # a weather widget's temperature ("25°")
    crumb_separators: tuple[str, ...] = (">",)  # a breadcrumb's step marks
    crumb_labels: tuple[str, ...] = ()  # a breadcrumb's label ("您的位置：首页 - 国际 - 正文"): any step marks after it
    crumb_homes: tuple[str, ...] = ()  # a breadcrumb's first step, the home page ("主页 国内新闻")
    source_ends: tuple[str, ...] = ()  # an outlet's line under the headline, over its stamp ("某某报客户端")
    epaper_words: tuple[str, ...] = ()  # an e-paper's page label over the headline ("第04版:要闻 PDF版阅读")
    channel_ends: tuple[str, ...] = ()  # how a channel's name over a headline ends ("某某网国际频道")
    more_labels: tuple[str, ...] = ()  # a section's label that opens teasers under a story's last sentence
    more_heading_which: tuple[str, ...] = ()  # a two-part block heading's first part ("同类" of "同类新闻")
    more_heading_what: tuple[str, ...] = ()  # …and its second ("新闻")
    more_named_which: tuple[str, ...] = ()  # a first part that may hold a short name before the second ("更多某台新闻")
    share_tails: tuple[str, ...] = ()  # a share button's label run into the headline's line ("标题分享到:")
    prev_next: tuple[str, ...] = ()  # the labels of the previous and next stories' links ("上一篇:"), longest first
    skip_links: tuple[str, ...] = ()  # a skip link's verb ("1. 跳转到更多某某网站")
    field_labels: tuple[str, ...] = ()  # the label of a row of the page's tags ("标签:外交 访问"): no teaser
    comment_prompts: tuple[str, ...] = ()  # a comment box's prompt under the story ("请登录后发表评论"): no teaser
    promo_lines: tuple[str, ...] = ()  # the site's promotion or source line under the story ("请关注某某公众号")
    platform_names: tuple[str, ...] = ()  # social networks and apps a site's share bar or promotion names
    platform_furniture: tuple[str, ...] = ()  # the words of such a bar or promotion ("收藏 微博 微信", "订阅")
    site_menu_words: tuple[str, ...] = ()  # a site's own menu items ("关于我们", "免责声明"): no teaser headline
    caption_tails: tuple[str, ...] = ()  # how a short caption naming the photo's scene ends ("发布会现场")
    caption_tail_max: int = 20  # the longest such caption
    predicate_openers: tuple[str, ...] = ()  # how a two-part headline's second half opens ("某某抵达 开始访问")
    back_openers: tuple[str, ...] = ()  # a second half pointing back at the first's parties ("甲会见乙 双方就…交谈")
    rank_verbs: tuple[str, ...] = ()  # a second half ranking the first's subject opens so ("… 居东南亚第三")
    rank_ends: tuple[str, ...] = ()  # …and ends on its rank ("首位", "前列")
    rank_ordinal: str = "(?!)"  # …or on an ordinal, a regular expression ("第三", "第1位")


@lru_cache(maxsize=4)
def load_layout(user_file: str | None = None) -> Layout:
    """Packaged defaults, extended by DIPNET_LAYOUT or `user_file` (same keys; lists are added)."""
    data = tomllib.loads(resources.files("dipnet.data").joinpath("layout.toml").read_text("utf-8"))
    extra = user_file or os.environ.get("DIPNET_LAYOUT")
    if extra:
        for key, value in tomllib.loads(Path(extra).read_text("utf-8")).items():
            if isinstance(value, list):
                data[key] = list(data.get(key, [])) + value
    return Layout(
        more_markers=tuple(data["more_markers"]),
        caption_markers=tuple(data["caption_markers"]),
        photo_word=tuple(data["photo_word"]),
        photo_word_before=tuple(data.get("photo_word_before", [])),
        boilerplate=frozenset(data["boilerplate"]),
        # longest first, so 越南通讯社 wins over a shorter name it contains
        agencies=tuple(sorted(data["agencies"], key=len, reverse=True)),
        end_marks=tuple(data["end_marks"]),
        story_closers=tuple(data.get("story_closers", [])),
        attribution_prefixes=tuple(data["attribution_prefixes"]),
        dateline_openers=(*data["agencies"], "(", "据"),
        notice_markers=tuple(data.get("notice_markers", [])),
        menu_bullets=tuple(data.get("menu_bullets", [])),
        footer_markers=tuple(data.get("footer_markers", [])),
        credit_words=tuple(data.get("credit_words", [])),
        credit_after=tuple(data.get("credit_after", [])),
        stamp_labels=tuple(data.get("stamp_labels", [])),
        stamp_label_heads=tuple(data.get("stamp_label_heads", [])),
        stamp_label_tails=tuple(data.get("stamp_label_tails", [])),
        byline_ends=tuple(data.get("byline_ends", [])),
        dateline_roundups=tuple(data.get("dateline_roundups", [])),
        label_max=int(data.get("label_max", 6)),
        follow_row_max=int(data.get("follow_row_max", 40)),
        follow_link_max=int(data.get("follow_link_max", 30)),
        counter_words=tuple(data.get("counter_words", [])),
        notice_lines=tuple(data.get("notice_lines", [])),
        image_starts=tuple(data.get("image_starts", [])),
        image_ends=tuple(data.get("image_ends", [])),
        weekdays=tuple(data.get("weekdays", [])),
        weekday_openers=tuple(data.get("weekday_openers", [])),
        logo_words=tuple(data.get("logo_words", [])),
        temperature_marks=tuple(data.get("temperature_marks", [])),
        crumb_separators=tuple(data.get("crumb_separators", [">"])),
        crumb_homes=tuple(data.get("crumb_homes", [])),
        crumb_labels=tuple(data.get("crumb_labels", [])),
        source_ends=tuple(data.get("source_ends", [])),
        epaper_words=tuple(data.get("epaper_words", [])),
        skip_links=tuple(data.get("skip_links", [])),
        more_labels=tuple(data.get("more_labels", [])),
        more_heading_which=tuple(data.get("more_heading_which", [])),
        more_heading_what=tuple(data.get("more_heading_what", [])),
        more_named_which=tuple(data.get("more_named_which", [])),
        share_tails=tuple(data.get("share_tails", [])),
        prev_next=tuple(sorted(data.get("prev_next", []), key=len, reverse=True)),
        channel_ends=tuple(data.get("channel_ends", [])),
        field_labels=tuple(data.get("field_labels", [])),
        comment_prompts=tuple(data.get("comment_prompts", [])),
        promo_lines=tuple(data.get("promo_lines", [])),
        platform_names=tuple(data.get("platform_names", [])),
        platform_furniture=tuple(data.get("platform_furniture", [])),
        site_menu_words=tuple(data.get("site_menu_words", [])),
        # (a missing key fails loudly instead of switching its rule off)
        caption_tails=tuple(required(data, "caption_tails", "layout.toml")),
        caption_tail_max=int(required(data, "caption_tail_max", "layout.toml")),
        predicate_openers=tuple(required(data, "predicate_openers", "layout.toml")),
        back_openers=tuple(required(data, "back_openers", "layout.toml")),
        rank_verbs=tuple(required(data, "rank_verbs", "layout.toml")),
        rank_ends=tuple(required(data, "rank_ends", "layout.toml")),
        rank_ordinal=str(required(data, "rank_ordinal", "layout.toml")),
    )


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (`any(w in text for w in words)`): one search of their
    alternation, compiled once per list, where a line was tested for each of some forty markers."""
    return _alternation(words).search(text) is not None


@lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return _plain("|".join(map(re.escape, words)) if words else "(?!)")  # (none: no match; "": every text)


def near_end(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` stands in the last characters of `text`, where one ending at its last
    character or the one before lies (a line's end mark): a line without one there is not read mark by mark."""
    return holds_any(text[-(max(map(len, words), default=0) + 1):], words)


_HAN = _plain(r"[\u4e00-\u9fff]")


def stands_as_label(text: str, labels: tuple[str, ...]) -> bool:
    """Whether one of a stamp's `labels` stands in `text` as a label ("发布时间:", "来源：本网", "2024-03-05 发布",
    "信息来源:"), not as a word of a headline the stamp follows ("…正式发布 2024-03-05", "全民阅读活动 2024-03-05"):
    no Chinese character right before it but a label's head or another label, none right after it but a
    label's tail or another label (layout.toml stamp_label_heads, stamp_label_tails)."""
    if not holds_any(text, labels):  # (most lines hold none: one search)
        return False
    layout = load_layout()
    heads, tails = (*layout.stamp_label_heads, *labels), (*layout.stamp_label_tails, *labels)
    for m in _alternation(labels).finditer(text):
        before, after = text[:m.start()], text[m.end():]
        opens = not before or not _HAN.match(before[-1])
        if opens and m.group() in layout.credit_words:  # (a credit's name may follow it: "记者某某 2024-06-10")
            return True
        if (opens or before.endswith(heads)) and (not after or not _HAN.match(after[0]) or after.startswith(tails)):
            return True
    return False


def label_word(word: str, labels: tuple[str, ...], longest: int = 6) -> bool:
    """A short word a stamp's label opens or closes ("发布时间", "信息来源", "记者某某"), not a headline holding one."""
    return len(word) <= longest and (word.startswith(labels) or word.endswith(labels))
