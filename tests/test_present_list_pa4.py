"""The Singapore and Malaysian papers' list of those present after a meeting, in a paragraph of its own
(在场者包括甲和乙 / 陪同者包括甲 / 出席者有甲): it refers to the occasion told last, as 出席会见的有 does. Before, the
opener was not read at all (pa4, stop 44, checklist probes; events.toml [attendance] listed and back_refs)."""

import pytest

from eventpage import of

ZAOBAO = "总理会见外宾\n\n【联合早报讯】"
SINCHEW = "首相会见外宾\n\n（吉隆坡5日讯）"


@pytest.mark.parametrize(("head", "body", "present"), [
    (ZAOBAO, "黄循财总理昨天在总统府会见到访的马来西亚首相安华。\n在场者包括外交部长维文和贸工部长颜金勇。", "颜金勇"),
    (ZAOBAO, "黃循財總理昨天在總統府會見到訪的馬來西亞首相安華。\n在場者包括外交部長維文和貿工部長顏金勇。", "颜金勇"),
    (SINCHEW, "首相安华今日在布城会见到访的中国外交部长王毅。\n陪同者包括外交部长莫哈末哈山。", "莫哈末哈山"),
    (SINCHEW, "首相安华今日在布城会见到访的中国外交部长王毅。\n出席者有外交部长莫哈末哈山。", "莫哈末哈山"),
])
def test_the_present_listed_after_join_the_meeting(head: str, body: str, present: str) -> None:
    found = of(body + "\n", "MEET", head)
    assert any(present in e.participants for e in found), [e.participants for e in found]


def test_a_visits_party_listed_after_stays_out_of_the_visit() -> None:  # (guard: a visit's party is no participant)
    body = "首相安华今日抵达新加坡,展开为期一天的官式访问。\n陪同者包括外交部长莫哈末哈山。\n"
    found = of(body, "VISIT", SINCHEW)
    assert found and not any("莫哈末哈山" in e.participants for e in found), [e.participants for e in found]
