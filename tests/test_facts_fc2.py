"""Facts on pages never seen (fc2, stop 51, issue 13): a figure told again with the same value for the same
holder in another sentence is another claim when the telling marks another instance (figures/instances.py):
a sentence opening on what came next (其后…), an earlier instance told before the figure (曾提供的…), another
ordinal of a series (第5批 / 第六批), another label of a tally line (欧洲:1个 / 南美洲:1个). A figure restated
without such a mark stays one claim. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社河内3月5日电 "


def _count(got: list[tuple[float, str | None]], value: float) -> int:
    return sum(1 for v, _ in got if v == value)


def test_a_vote_told_next_with_the_same_share_is_another_claim() -> None:
    body = (X + "根据计票结果,412名在场代表以100%的赞成率通过了选举甲为国会副主席的决议。\n\n"
            "其后,409名在场代表以100%的赞成率通过了选举乙为国会秘书长的决议。")
    got = holders(body)
    assert _count(got, 100) == 2, got


def test_an_earlier_gift_of_the_same_sum_is_another_claim() -> None:
    body = (X + "日本政府宣布向老挝提供30万美元紧急援助,帮助灾民重建家园。\n\n"
            "本次30万美元的援助将用于购买粮食和药品。这笔援助延续了日本在今年8月曾提供的30万美元支持。")
    got = holders(body)
    assert _count(got, 300000) == 2, got


def test_two_contingents_of_the_same_size_are_two_claims() -> None:
    body = (X + "中国第九批赴南苏丹维和工兵分队共200人,将于下月出发。\n\n"
            "去年,鉴于其出色表现,中国第8批赴南苏丹维和工兵分队200名官兵全部被授予勋章。")
    got = holders(body)
    assert _count(got, 200) == 2, got


def test_two_tally_lines_of_the_same_count_are_two_claims() -> None:
    body = ("新华社台北3月5日电 危地马拉宣布与台湾断交,台湾目前仅剩9个友邦。\n\n台湾的友邦在哪里?\n\n"
            "大洋洲:4个\n\n图瓦卢(Tuvalu)\n\n▼点击图片放大\n\n欧洲:1个\n\n梵蒂冈(Vatican)\n\n▼点击图片放大\n\n"
            "中美洲:3个\n\n伯利兹(Belize)\n\n▼点击图片放大\n\n南美洲:1个\n\n巴拉圭(Paraguay)")
    got = holders(body)
    assert got.count((1, "台湾")) == 2, got


@pytest.mark.parametrize("body", [
    # the same figure restated in another paragraph, no mark of another instance: one claim
    X + "2024年越南接待中国游客约达500万人次。\n\n值得一提的是,赴越旅游的中国游客约达500万人次,居各市场之首。",
    # told in a sentence opening on 随后, restated in one that does not: one claim
    X + "两国总理举行会谈。随后,双方签署了12份合作文件。\n\n两国签署的12份合作文件涉及贸易和农业。",
    # a sentence opening on 随后 that restates the documents signed, no other figure before them: one claim
    (X + "越南政府总理与老挝总理举行会谈,会谈后两国签署了12份合作文件。\n\n会谈中,双方回顾了两国关系。\n\n"
     "随后,两国总理出席了12份合作文件的签字仪式。"),
    X + "会谈中,双方同意将双边贸易额提升至50亿美元。\n\n随后,两国总理共同会见记者,重申力争实现双边贸易额50亿美元的目标。",
    # 此前 restating a target told before: one claim
    X + "两国领导人同意将双边贸易额提升至50亿美元。\n\n此前,两国已提出双边贸易额达50亿美元的目标。",
    # the same contingent named again with its own ordinal: one claim
    X + "中国第九批赴马里维和部队共395人。\n\n中国第九批赴马里维和部队395名官兵将执行为期一年的任务。",
])
def test_a_figure_restated_without_a_mark_of_another_instance_stays_one(body: str) -> None:
    got = holders(body)
    values = [v for v, _ in got]
    assert all(values.count(v) == 1 for v in values), got
