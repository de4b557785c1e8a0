"""A delegation referred back as the one who meets (当天,代表团拜会了…) stands for the one named as leading it,
also where the lead tells the leading with the verb (某某率领越南国会高级代表团…抵达), not only with 率领的…代表团
(issue 13, discourse)."""

import pytest

from eventpage import of

HEAD = "测试新闻\n\n2025-03-05\n\n越通社万象——"


@pytest.mark.parametrize("lead, after, who", [
    ("越南国会主席陈青敏率领越南国会高级代表团4日抵达万象,开始对老挝进行正式访问。", "当天,代表团拜会了老挝国家主席通伦。",
     {"陈青敏", "通伦·西苏里"}),
    ("越南国会主席陈青敏率领越南国会高级代表团4日抵达万象,开始对老挝进行正式访问。", "当天,代表团一行还会见了老挝总理宋赛·西潘敦。",
     {"陈青敏", "宋赛·西潘敦"}),
    ("政府副总理兼外长裴青山率越南政府代表团4日抵达万象,对老挝进行工作访问。", "5日,代表团拜会了老挝国家主席通伦。",
     {"裴青山", "通伦·西苏里"}),
])
def test_delegation_led_by_the_verb_meets(lead: str, after: str, who: set[str]) -> None:
    assert who in [set(e.participants) for e in of(lead + "\n" + after + "\n", "MEET", HEAD)]
