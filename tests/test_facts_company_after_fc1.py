"""Facts (fc1, issue 13): an amount qualifying 企业对企业 (business-to-business) agreements names no company
after its 的; a company's name after 的 still holds the amount. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str, unit: str) -> set[str]:
    doc = extract("题目\n\n新华社河内2024年3月5日电 " + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.unit == unit}


@pytest.mark.parametrize("sentence, unit", [
    ("论坛期间,两国企业签署了20项总额30亿美元的企业对企业协议。", "USD"),
    ("论坛见证了总额50亿令吉的企业对企业协议的签署。", "MYR"),
    ("双方签署了价值12亿元人民币的企业对企业合作合同。", "CNY"),
])
def test_business_to_business_is_no_company(sentence: str, unit: str) -> None:
    got = holders(sentence, unit)
    assert got and not any("企业对企业" in h for h in got)


def test_a_company_named_after_the_amount_still_holds_it() -> None:
    assert holders("投资总额达2.5亿美元的越南长海汽车集团项目正式开工。", "USD") == {"越南长海汽车集团"}
