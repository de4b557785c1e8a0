"""(cf6) A body the knowledge base lacks, named by proper words and an organ's word right before one of its
sessions (某某委员会 + 会议, 某某联盟 + 第二次全体大会, 某国人民大会 + 会议), and the session it holds
(invented sentences)."""

from __future__ import annotations

import pytest

from dipnet.model import Page
from dipnet.pipeline import process_page

URL = "https://example.org/2021/05/10/a.html"


def _doc(text: str):  # type: ignore[no-untyped-def]
    return process_page(Page(source=URL, url=URL, text=text))


def _orgs(text: str) -> set[str]:
    return {e.name for e in _doc(text).entities if e.type == "ORG"}


@pytest.mark.parametrize(("text", "body"), [
    ("老挝和缅甸今天结束了为期三天的联合水文委员会会议。", "联合水文委员会"),
    ("由两国大学联合主办的中蒙草原研究联盟第三次全体大会在呼和浩特召开。", "中蒙草原研究联盟"),
    ("这是在阿斯塔纳拍摄的第二届哈萨克斯坦人民大会会议现场。", "哈萨克斯坦人民大会"),
    ("巴西外长出席了亚马孙森林保护委员会年会。", "亚马孙森林保护委员会"),
])
def test_a_body_is_read_before_its_session(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("越共第十三届中央委员会第七次全体会议在河内举行。", "中央委员会"),  # a party's organ: no body of its own name
    ("本委员会会议将于下月举行。", "本委员会"),
    ("该联盟年会在巴黎举行。", "该联盟"),
])
def test_no_body_from_an_organ_word_alone(text: str, wrong: str) -> None:
    assert wrong not in _orgs(text)


def test_the_session_is_held_by_the_body() -> None:
    doc = _doc("老挝和缅甸今天结束了为期三天的联合水文委员会会议。")
    assert any(e.type == "CONFERENCE" and "联合水文委员会" in e.participants for e in doc.events)


def test_a_place_opening_with_two_lands_short_forms_is_no_joint_body() -> None:
    doc = _doc("正在开罗出席加沙和平监督委员会会议的约旦外长会见了埃及外长。")
    assert not any({"加拿大", "沙特阿拉伯"} & set(e.participants) for e in doc.events)
