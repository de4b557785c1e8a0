"""Facts (fc1, issue 13): an amount qualifying 企业对企业 (business-to-business) agreements names no company
after its 的; a company's name after 的 still holds the amount. Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract


def holders(sentence: str, unit: str) -> set[str]:
    doc = extract("题目\n\n新华社河内2024年3月5日电 " + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.unit == unit}


def test_business_to_business_is_no_company() -> None:
    got = holders("论坛期间,两国企业签署了20项总额30亿美元的企业对企业协议。", "USD")
    assert got and not any("企业对企业" in h for h in got)


def test_a_company_named_after_the_amount_still_holds_it() -> None:
    assert holders("投资总额达2.5亿美元的越南长海汽车集团项目正式开工。", "USD") == {"越南长海汽车集团"}
