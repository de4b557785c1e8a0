"""由甲率领的A代表团与B代表团举行会谈: the head named leads his own delegation only; the body that meets his
delegation (B, whether its delegation or the body itself) stays a party (pa2, stop 40, checklist probes: the
meeting was lost whole, the other side dropped as if 甲 led it too)."""

import pytest

from eventpage import sides

HEAD = "两部门举行会谈\n\n2025-03-09\n越通社河内——"


def meetings(sentence: str) -> list[list[str]]:
    return sides(sentence + "\n", "MEET", HEAD)


@pytest.mark.parametrize("sentence", [
    "3月5日,由越南公安部副部长黎国雄率领的越南公安部代表团与老挝公安部代表团在万象举行会谈。",
    "3月5日,以越南公安部副部长黎国雄为团长的越南公安部代表团与老挝公安部代表团在万象举行会谈。",
    "3月5日,越南公安部副部长黎国雄率领的越南公安部代表团同老挝公安部代表团举行工作会谈。",
    "3月5日,由越南公安部副部长黎国雄率领的越南公安部代表团和老挝公安部代表团在万象举行会谈。",
    "3月5日,由越南公安部副部长黎国雄率领的越南公安部工作代表团与老挝公安部在万象举行会谈。",
])
def test_the_body_met_by_a_led_delegation_stays_a_party(sentence: str) -> None:
    assert meetings(sentence) == [["老挝公安部", "黎国雄"]]


def test_traditional_text_too() -> None:
    got = meetings("3月5日,由越南公安部副部長黎國雄率領的越南公安部代表團與老撾公安部代表團在萬象舉行會談。")
    assert got == [["老挝公安部", "黎国雄"]]


@pytest.mark.parametrize("sentence", [  # (the head's own body still goes: he stands for it)
    "6月12日下午国会主席陈青敏在国会大厦会见了由老挝国会主席赛宋蓬·丰威汉率领的老挝国会代表团。",
    "6月12日下午国会主席陈青敏在国会大厦会见了以老挝国会主席赛宋蓬·丰威汉为团长、老挝国会副主席为副团长的老挝国会代表团。",
])
def test_the_head_still_stands_for_his_own_body(sentence: str) -> None:
    assert meetings(sentence) == [["赛宋蓬·丰威汉", "陈青敏"]]


@pytest.mark.parametrize("sentence", [
    "6月12日下午越共总书记苏林在和平宾馆会见了由老挝国会副主席宋玛·奔舍那率领的老挝国会代表团和柬埔寨国会代表团。",
    "6月12日下午越共总书记苏林在和平宾馆会见了以老挝国会副主席宋玛·奔舍那为团长的老挝国会代表团及柬埔寨国会代表团。",
])
def test_a_second_delegation_met_is_led_by_no_one_named(sentence: str) -> None:
    assert meetings(sentence) == [["宋马·奔舍那", "柬埔寨国会", "苏林"]]
