"""A conference the one a sentence is about chairs with a partner whose post stands between the joiner and the name
(访问期间,他将同越方常务副总理兼外交部长某某共同主持…会议): the one told before (他) chairs it too, not only the partner
(pa3, stop 41, checklist probes; participants/actors.py, cue partner_post_span). Before, the joiner had to stand
within eight characters of the name, so a long post lost the chair."""

import pytest

from eventpage import of

XINHUA = "中越合作委员会开会\n\n新华社北京4月8日电 "


@pytest.mark.parametrize("body", [
    "外交部长王毅8日抵达河内。他同越方常务副总理兼外交部长裴青山共同主持了两国陆地边界联合委员会第九次会议。",
    "外交部长王毅将于9日至10日访问越南。访问期间,他将同越方常务副总理兼外交部长裴青山共同主持两国陆地边界联合委员会第九次会议。",
    "外交部長王毅8日抵達河內。他同越方常務副總理兼外交部長裴青山共同主持了兩國陸地邊界聯合委員會第九次會議。",
    "外交部长王毅8日抵达河内。他与越方主席、常务副总理兼外交部长裴青山共同主持了两国陆地边界联合委员会第九次会议。",
])
def test_the_one_told_before_chairs_with_the_partner(body: str) -> None:
    found = of(body + "\n", "CONFERENCE", XINHUA)
    assert any({"王毅", "裴青山"} <= set(e.participants) for e in found), [e.participants for e in found]


def test_a_partner_close_to_the_joiner_still_reads() -> None:  # (guard: true before too)
    body = "外交部长王毅8日抵达河内。他同裴青山共同主持了两国陆地边界联合委员会第九次会议。\n"
    found = of(body, "CONFERENCE", XINHUA)
    assert any({"王毅", "裴青山"} <= set(e.participants) for e in found)
