"""Spans of years that measure an activity (fa8): the years of talks, of a war, of talks between two
navies are the pair that opens the clause in short forms (英法结束了长达8年的谈判, 日韩贸易战开打三年);
the years a thing was shelved are the thing's, named after 的 (搁置近六年的…项目). Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders

X = "新华社北京3月5日电 英国、法国、日本、韩国和泰国的代表出席。"


@pytest.mark.parametrize("body, want, holder", [
    (X + "5月份,英法结束了长达8年的渔业谈判,英国渔业集团公司和法国海洋公司签署了合同。", 8, "英国-法国"),
    (X + "日韩贸易战开打三年,两国终于签署了协议。", 3, "日本-韩国"),
    (X + "韩日两国海军经过1年多讨论磋商,敲定了演习方案。", 1, "韩国-日本"),
    (X + "泰方重启了搁置近六年的湄公河大桥项目。", 6, "湄公河大桥项目"),
])
def test_an_activity_span_is_held_by_its_parties(body: str, want: int, holder: str) -> None:
    got = fact_holders(body)
    assert (want, holder) in got, got


def test_a_year_of_work_is_no_claim() -> None:
    got = fact_holders(X + "经过一年工作,两支分队已圆满完成任务。")
    assert all(v != 1 for v, _ in got), got
