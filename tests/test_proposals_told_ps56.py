"""Proposals a sentence places at a gathering (在…论坛上提出了…愿景, 在第N次「…会议」上提出建立…机制) or tells as
history, an occasion of its own before the page's day (当时某某就…提出三项建议 after the meeting, 某某日前曾提出,要…,
某某在2014年提出共建…倡议), are the proposer's STATEMENT, as the official gold counts 出席会议并就…提出建议. An
initiative told as a thing (提出的…倡议), a proposal in a call, and one inside a signing of the year told stay none
(stop 56, ps; invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import dated, sides

HEAD = "测试新闻\n\n越通社河内——2025年8月28日,两国外长在河内举行会谈。\n\n"

PROPOSED = [
    ("国家主席习近平在第三届全球发展论坛上提出了共建绿色丝路的愿景。", "习近平", "2025-08-28"),
    ("國家主席習近平在第三屆全球發展論壇上提出了共建綠色絲路的願景。", "习近平", "2025-08-28"),
    ("2016年3月,时任国务院总理李强在第一次「澜湄合作领导人会议」上提出建立三方合作机制。", "李强", "2016-03"),
    ("第五次外长会于去年7月在河内举行,当时王毅就下阶段合作提出三项建议。", "王毅", "2024-07"),
    ("泰国总理巴育日前曾提出,要修建连接两国的高速铁路。", "巴育", None),
    ("国家主席习近平在2014年提出共建亚洲基础设施投资银行倡议。", "习近平", "2014"),
]


@pytest.mark.parametrize(("body", "who", "when"), PROPOSED)
def test_a_proposal_at_a_gathering_or_told_as_history_is_a_statement(body: str, who: str, when: str | None) -> None:
    found = dated(body, "STATEMENT", HEAD)
    assert [e.participants for e in found] == [[who]]
    assert when is None or found[0].date == when


@pytest.mark.parametrize("body", [
    "国家主席习近平提出的全球发展倡议得到各方支持。",
    "外交部长王毅在通话中提出了三项合作建议。",
    "越南与柬埔寨1985年在签署边界条约时提出联合勘界建议。",
])
def test_an_initiative_named_a_call_or_a_signing_tells_no_statement(body: str) -> None:
    assert sides(body, "STATEMENT", HEAD) == []
