"""Headlines in the layouts news sites print them in, on invented pages (issue 13, br2 probes): the title
is the headline alone, without what the site prints around it."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_HEAD = "蒙古外长与哈萨克斯坦外长在乌兰巴托举行磋商"
_HEAD_TRAD = "蒙古外長與哈薩克斯坦外長在烏蘭巴托舉行磋商"
_STORY = ("2024-06-12 10:30 来源:某某网\n\n新华社乌兰巴托6月12日电 蒙古外长与哈萨克斯坦外长12日在乌兰巴托举行磋商,"
          "双方同意扩大过境运输合作。双方还就地区形势交换了意见。\n")


def _title(*lines: str) -> str:
    return extract("\n\n".join(lines) + "\n\n" + _STORY, source="br2.txt").title


@pytest.mark.parametrize("tail", [
    " - 新华网", "_中国政府网", "|联合早报", " | 某某早报网", " - 某某通讯社", " - 某某通讯社, 1920",
    "_新闻频道_某某网(example.com)", "—中新网", "-国际在线", "｜某某新闻", "_国际_某某网",
])
def test_the_outlets_name_after_the_headline_is_no_part_of_the_title(tail: str) -> None:
    assert _title(_HEAD + tail) == _HEAD
    assert _title("首页 > 国际 > 正文", _HEAD + tail) == _HEAD


@pytest.mark.parametrize("tail", [" | 某某日報", " - 某某新聞網", "_某某報"])
def test_a_traditional_outlets_name_after_the_headline_is_no_part_of_the_title(tail: str) -> None:
    assert _title(_HEAD_TRAD + tail) == _HEAD_TRAD


@pytest.mark.parametrize("head", [
    "蒙古外长出席东盟-中国峰会并发表讲话",  # a hyphen of the headline's own, no outlet after it
    "蒙古与哈萨克斯坦外长磋商 - 推动过境合作",  # a second half after a dash
    "东盟-中国博览会在南宁开幕 - 某某网",  # the headline's hyphen before the outlet's dash
])
def test_a_headlines_own_hyphen_stays_in_the_title(head: str) -> None:
    want = head.removesuffix(" - 某某网")
    assert _title(head) == want


@pytest.mark.parametrize("line", [
    _HEAD + " - 某某网 2024-06-12",          # the outlet's name, then the stamp
    _HEAD + "_某某网 2024年06月12日 10:30",
    "某某网 | " + _HEAD,                   # the outlet's name before the headline
    "某某早报 - " + _HEAD,
    _HEAD + " - example.com",             # the site's address alone
])
def test_the_outlets_name_before_the_headline_or_with_a_stamp_is_no_part_of_the_title(line: str) -> None:
    assert _title(line) == _HEAD


@pytest.mark.parametrize("head", [
    "独家 | 蒙古外长与哈萨克斯坦外长举行磋商",  # a label, no outlet's name, before the bar
    "中国-东盟博览会在南宁隆重开幕",
])
def test_a_label_or_a_headlines_first_word_before_a_bar_stays(head: str) -> None:
    assert _title(head) == head


@pytest.mark.parametrize("line", [
    "标题:" + _HEAD,             # a title's label before the headline
    "标　　题:" + _HEAD,          # …its characters spaced apart, as a government site's table prints it
    "新闻标题：" + _HEAD,
    "# " + _HEAD,                # a markdown heading's marks
    "## " + _HEAD,
])
def test_a_titles_label_before_the_headline_is_no_part_of_the_title(line: str) -> None:
    assert _title(line) == _HEAD


def test_a_governments_metadata_table_gives_the_title_its_label_names() -> None:
    table = ["索 引 号:000014349/2024-00056", "主题分类:外交", "标　　题:" + _HEAD, "发布日期:2024年06月12日"]
    assert _title(*table) == _HEAD


_OTHER = "某国总理正在邻国访问。邻国总统31日在首都会见某国总理,称两国关系为该地区树立了标杆。双方同意扩大贸易往来。\n"


@pytest.mark.parametrize("path", ["国际/东南亚", "中国/某某某", "国际 / 亚太 / 东南亚", "國際/東南亞"])
def test_a_sections_path_over_the_headline_is_no_title(path: str) -> None:
    # (the story's opening repeats none of the headline's words: the path is not taken for what it is about)
    assert extract("\n\n".join([path, _HEAD, _OTHER]), source="br2.txt").title == _HEAD


def test_a_byline_printed_first_is_no_sections_path() -> None:
    # (the crawler lost the headline: the page's first line stays its title, a byline with slashes too)
    byline = "某某报/ 记者某某/即时报导"
    assert extract(byline + "\n\n" + _OTHER, source="br2.txt").title == byline


@pytest.mark.parametrize("tail", ["- 某某通讯社, 1920", "| 某某新闻网", "_某某网"])
def test_an_outlets_tail_on_a_line_of_its_own_is_no_title(tail: str) -> None:
    # (no headline printed: the title is the page's first line of its own, the story's opening)
    doc = extract(tail + "\n\n" + _OTHER, source="br2.txt")
    assert doc.title == _OTHER.strip()



@pytest.mark.parametrize("tail", [" - 某某通讯社, 1920, 12.06.2024", "_某某网", " | 某某新闻"])
def test_the_title_bar_printed_under_its_headline_is_no_line_of_the_story(tail: str) -> None:
    doc = extract("\n\n".join([_HEAD, _HEAD + tail]) + "\n\n" + _STORY, source="br2.txt")
    bar = next(sg for sg in doc.segments if doc.text[sg.start:sg.end].startswith(_HEAD) and sg.kind != "title")
    assert (doc.title, bar.kind) == (_HEAD, "boilerplate")



@pytest.mark.parametrize("lead", [
    "摘要:蒙古外长与哈萨克斯坦外长12日在乌兰巴托举行磋商,同意扩大过境运输合作。",
    "【导读】蒙古外长与哈萨克斯坦外长12日在乌兰巴托举行磋商,同意扩大过境运输合作。",
    "蒙古外长与哈萨克斯坦外长12日在乌兰巴托举行磋商,同意扩大过境运输合作。",
])
def test_a_summary_over_the_headline_and_its_stamp_is_no_title(lead: str) -> None:
    assert _title(lead, _HEAD) == _HEAD



def test_a_full_date_in_brackets_after_the_headline_is_no_part_of_the_title() -> None:
    assert _title(_HEAD + "(2024年6月12日)") == _HEAD
