"""Facts (fc5, issue 13): a body pointed back to (该机构, 该组织) that forecasts another party's figure
(该机构预测越南今年经济增长5.5%) does not hold it: the economy forecast does, as where the body is named
(世界银行预测越南…). A figure the body gives or forecasts of no named party stays the body's. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京2024年3月5日电 "


@pytest.mark.parametrize("body, value, holder", [
    (X + "世界银行发布最新报告。该机构预测越南今年经济增长5.5%。", 5.5, "越南"),
    (X + "国际货币基金组织发布报告。该组织预测,东盟今年经济增长4.5%。", 4.5, "东盟"),
    (X + "亚洲开发银行发布报告。该机构预计老挝明年经济将增长4%。", 4, "老挝"),
])
def test_the_party_forecast_holds_it(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


@pytest.mark.parametrize("body, value, holder", [
    (X + "国际货币基金组织发布报告。该组织预测全球经济今年增长3.1%。", 3.1, "国际货币基金组织"),
    (X + "世界粮食计划署发布报告。该机构预计将向缅甸提供5000吨粮食。", 5000, "世界粮食计划署"),
    (X + "世界银行发布最新报告。该机构今年将向越南提供15亿美元贷款。", 1.5e9, "世界银行"),
])
def test_the_body_keeps_its_own(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got
