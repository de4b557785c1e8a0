"""Facts (fc5, issue 13): 该国 points back to the country named last before it that is not the writer's own.
A Xinhua, VNA or CNA writer calls its own country 我国 or names it, never 该国; so after 老挝是中国的友好邻邦 on
a Xinhua page, 该国 is 老挝. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京2024年3月5日电 "
V = "越通社河内2024年3月5日电——"
C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, value, holder", [
    (X + "老挝是中国的友好邻邦。去年该国国内生产总值增长4.2%。", 4.2, "老挝"),
    (X + "蒙古国是中国的重要邻国。\n该国去年经济增长7%。", 7, "蒙古"),
    (C + "菲律賓是台灣重要的經貿夥伴。該國去年經濟成長5.6%。", 5.6, "菲律宾"),
    (V + "柬埔寨与越南山水相连。该国今年前两个月出口额增长12%。", 12, "柬埔寨"),
    (X + "应中国政府邀请,巴西总统对中国进行国事访问。该国今年计划吸引外资800亿美元。", 80e9, "巴西"),
])
def test_this_country_is_not_the_writers_own(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_the_outlets_country_by_its_url_is_skipped_too() -> None:
    got = holders("题目一\n老挝是越南的友好邻邦。该国去年吸引外资16亿美元。", url="https://zh.vietnamplus.vn/a/b.vnp")
    assert (1.6e9, "老挝") in got, got


@pytest.mark.parametrize("body, value, holder", [
    # the country named last, where it is not the writer's, as before
    (V + "越南政府总理对澳大利亚进行正式访问。该国是越南第七大贸易伙伴。", 7, "澳大利亚"),
    # only the writer's own named before: it still holds
    (X + "中国国家统计局发布数据。该国去年经济增长5.2%。", 5.2, "中国"),
])
def test_guards(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got
