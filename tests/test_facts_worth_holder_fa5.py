"""Facts (fa5, stop 62): a sum told as the worth of a project, a works or a contract named right after
it (价值/耗资/造价 before the sum, or 规模 after its unit, then 的 and the thing) is that thing's: the
project holds its own value, not the party who signs, builds or visits. A thing pointed back to
(这一…的合同) is the one of its kind named before in 《》; a bracketed reading note in the name ((音)) is
left out. A purchase or an aid gift is no such thing: the buyer and the giver keep it. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(text: str, value: float | list[float]) -> set[str]:
    return {f.subject for f in extract(text, source="t.txt").facts if f.value == value}


@pytest.mark.parametrize("text, value, holder", [
    ("两国能源合作取得突破\n\n北京5月21日电 两国能源企业当天签署了《北方天然气供应购销合同》。这一价值达3000亿美元"
     "的合同规定,从2020年起每年供气。\n", 300000000000, "北方天然气供应购销合同"),
    ("主席访问斯里兰卡\n\n科伦坡9月16日电 国家主席在访问斯里兰卡期间,参与价值数十亿美元的电厂和港口新城项目的奠基仪式。\n",
     [1000000000, 10000000000], "电厂和港口新城项目"),
    ("两国签署共同声明\n\n河内9月9日电 两国决定推进能源合作。对于20亿美元规模的平顺(音)2号水电站,两国公司已提出投资方案。\n",
     2000000000, "平顺2号水电站"),
    # an aid gift's worth stays the giver's; a purchase's the buyer's
    ("中国援助老挝\n\n万象3月2日电 中国政府决定向老挝提供价值500万美元的紧急物资援助。\n", 5000000, "中国"),
    ("印度加快采购\n\n新德里10月4日电 印度要求俄罗斯加速交付2018年签署、价值约54亿美元的防空系统采购案。\n",
     5400000000, "印度"),
])
def test_the_worth_of_a_project_is_the_projects(text: str, value: float | list[float], holder: str) -> None:
    assert holders(text, value) == {holder}


def test_a_contract_its_clause_signs_is_the_signers() -> None:
    text = "两国合作\n\n北京5月21日电 两国企业代表签订了价值8亿美元的设备供应合同。\n"
    assert "设备供应合同" not in holders(text, 800000000)
