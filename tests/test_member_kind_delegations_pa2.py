"""A legislature's or an army's delegation named by its members' kind (美国国会参议员代表团, 日本众议院议员访问团,
越南高级军事代表团) is a delegation as 代表团 is: the body travels or is met as one, and the head the page names for it
(代表团团长某某) stands for it (pa2, stop 40, checklist probes; events.toml delegation_words)."""

import pytest

from eventpage import sides

XINHUA = "王毅会见美国客人\n\n2025-03-09\n新华社北京3月5日电 "
CNA = "訪團抵台\n\n2025-03-09\n（中央社記者王小明台北5日電）"


@pytest.mark.parametrize("sentence", [
    "外交部长王毅5日在北京会见美国国会参议员代表团。代表团团长舒默表示,美方愿同中方加强沟通。",
    "外交部长王毅5日在北京会见美国国会众议员代表团。代表团团长舒默表示,美方愿同中方加强沟通。",
    "外交部长王毅5日在北京会见美国国会议员代表团,代表团团长舒默表示,美方愿同中方加强沟通。",
])
def test_the_head_of_a_members_delegation_meets(sentence: str) -> None:
    assert sides(sentence + "\n", "MEET", XINHUA) == [["王毅", "舒默"]]


@pytest.mark.parametrize("sentence", [
    "日本眾議院議員訪問團今天抵達台北,展開為期四天的訪問。",
    "日本眾議院議員代表團今天抵達台北,展開為期四天的訪問。",
])
def test_a_members_delegation_visits(sentence: str) -> None:
    assert sides(sentence + "\n", "VISIT", CNA) == [["台湾", "日本众议院"]]


def test_taiwan_word_for_a_high_level_delegation() -> None:
    head = "越南國防部代表團訪問寮國\n\n越通社河內——"
    got = sides("3月5日,越南國防部長潘文江大將率領越南國防部高階代表團抵達永珍,開始對寮國進行正式訪問。\n", "VISIT", head)
    assert got == [["潘文江", "老挝"]]
