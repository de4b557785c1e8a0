"""An event word written inside a post (国际贸易谈判代表某某: 谈判; 国会议员某某: 会议; 外交部发言人某某:
发言) tells no event: the readers of who the sentences after an event place at it (一同出席 / 陪同出席 / 会见时,
某某表示) read past it instead of stopping there as at another event (pa3, stop 41, checklist probes;
participants/posthits.event_hits, used by attendance, carry.conference_people and settingspeakers)."""

import pytest

from eventpage import of

XINHUA = "博览会开幕\n\n新华社南宁4月8日电 "


@pytest.mark.parametrize("after, want", [
    ("国际贸易谈判代表兼商务部副部长李成钢陪同出席并致辞,王受文副部长也陪同出席。", {"李成钢", "王受文"}),
    ("国际贸易谈判代表王受文和外交部副部长孙卫东陪同出席。", {"王受文", "孙卫东"}),
    ("國際貿易談判代表兼商務部副部長李成鋼陪同出席並致辭,王受文副部長也陪同出席。", {"李成钢", "王受文"}),
])
def test_a_negotiator_post_is_no_talks(after: str, want: set[str]) -> None:
    body = "4月8日,第22届中国—东盟博览会在南宁开幕,国务院副总理丁薛祥出席开幕式并发表主旨演讲。" + after + "\n"
    found = of(body, "CONFERENCE", XINHUA)
    assert any(want | {"丁薛祥"} <= set(e.participants) for e in found), [e.participants for e in found]
