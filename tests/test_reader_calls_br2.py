"""The site's calls to its reader under a story are no teasers (issue 13, br2, stop 61): scan its code
("扫二维码上某某网手机版"), subscribe ("欢迎订阅某某周刊"), click through to the comments ("点击查看更多精彩评论"),
send it tips ("某某新闻报料:电话"), or the comment box's prompt ("来说两句吧"). Such lines under an editor's
sign-off or a related-news heading, or printed as a row of two pieces, were read as teasers (fp48, fp58,
fp59). Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_STORY = ("智利外长抵达利马开始工作访问\n\n"
          "新华社利马6月12日电 智利外长12日抵达利马,开始对秘鲁进行工作访问。"
          "双方将就边境口岸合作和渔业资源保护交换意见。\n\n"
          "秘鲁外长表示,两国将签署关于口岸合作的谅解备忘录。\n\n")
_TEASERS = ["巴西总统出席南美国家首脑会议", "阿根廷外长会见乌拉圭驻阿大使"]


def _headlines(text: str) -> list[str]:
    doc = extract(text, source="br2-calls.txt")
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


@pytest.mark.parametrize("call", [
    "扫二维码上某某新闻网手机版",
    "掃二維碼上某某新聞網手機版",
    "某某新闻报料:010-123456",
    "某某在线 欢迎订阅某某周刊",
    "已有3人参与,点击查看更多精彩评论",
])
def test_a_call_to_the_reader_under_a_sign_off_is_no_teaser(call: str) -> None:
    assert _headlines(_STORY + "责任编辑:王某某\n\n" + call + "\n") == []


@pytest.mark.parametrize("call", ["已有3人参与,点击查看更多精彩评论", "来说两句吧。。。", "欢迎订阅某某周刊手机报"])
def test_a_call_to_the_reader_in_a_related_block_is_no_teaser(call: str) -> None:
    text = _STORY + "相关新闻\n" + "\n".join(_TEASERS) + "\n" + call + "\n"
    assert _headlines(text) == _TEASERS


def test_a_row_holding_a_call_to_the_reader_is_no_teasers() -> None:
    text = _STORY + "本文转自某某网站,不代表本站立场\n\n" + "海外新闻每日更新 欢迎订阅某某周刊\n"
    assert _headlines(text) == []


def test_a_headline_row_under_the_story_is_still_teasers() -> None:
    # (no call in it: two teasers' headlines in a row stay teasers)
    text = _STORY + "相关新闻\n" + "\n".join(_TEASERS) + "\n"
    assert _headlines(text) == _TEASERS
