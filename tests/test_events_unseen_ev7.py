"""Events on invented text (issue 13, ev7 round of unseen pages)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n中央社台北5月8日电 "


def test_a_trip_told_by_the_short_form_of_taiwan_is_hosted_by_taiwan():
    got = of("越南国家主席陈大光将于5月28日访台。", "VISIT", HEAD)
    assert got and got[0].participants == ["陈大光", "台湾"]
    got = of("越南国家主席陈大光8日来台访问。", "VISIT", HEAD)
    assert got and got[0].participants == ["陈大光", "台湾"]
