"""Facts (fc3, issue 13): who holds the editions of an event held (已举办N届). The event that opens the
sentence after any wire dateline, a bracketed one too ((中央社记者…电), 【联合早报讯】(新加坡5日讯)); the
event named after its organisers (由…主办的…); the event the article named before where the sentence
opens with an anaphor (该活动, 该展会); shows and festivals as well as meetings (文化节, 农业展). Invented
sentences (the fc3 probe grid, /work/notes/s7/fc3/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(dateline: str, sentence: str, value: int) -> set[str | None]:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.unit == "count" and f.value == value}


XINHUA = "新华社北京2024年3月5日电 "
VNA = "越通社河内2024年3月5日电——"
CNA = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("dateline, sentence, value, event", [
    (CNA, "台日交流高峰論壇已舉辦12屆。", 12, "台日交流高峰论坛"),
    (CNA, "兩岸企業家峰會已舉辦十屆。", 10, "两岸企业家峰会"),
    ("【联合早报讯】（新加坡5日讯）", "新中双边合作联合委员会会议已举行19届。", 19, "新中双边合作联合委员会会议"),
    ("（吉隆坡5日讯）", "马中企业家大会迄今已举办六届。", 6, "马中企业家大会"),
])
def test_a_bracketed_dateline_is_no_part_of_the_event(dateline: str, sentence: str, value: int, event: str) -> None:
    assert holders(dateline, sentence, value) == {event}


@pytest.mark.parametrize("dateline, sentence, value, event", [
    (XINHUA, "由中国外交部和越南外交部共同主办的中越青年论坛已举办八届。", 8, "中越青年论坛"),
    (VNA, "由越南工贸部主办的越南国际贸易博览会已举办33届。", 33, "越南国际贸易博览会"),
    (XINHUA, "由两国商会联合主办的澜湄商务论坛迄今已成功举办五届。", 5, "澜湄商务论坛"),
])
def test_the_event_after_its_organisers_holds_its_editions(dateline: str, sentence: str, value: int, event: str) -> None:
    assert holders(dateline, sentence, value) == {event}


@pytest.mark.parametrize("dateline, sentence, value, event", [
    ("新华社河内3月5日电（记者 李明）", "越中青年文化节5日在河内开幕。该活动已举办五届。", 5, "越中青年文化节"),
    (VNA, "第十届越中经贸论坛5日在河内开幕。据悉,该论坛已举办十届。", 10, "越中经贸论坛"),
    (CNA, "台北國際食品展今天開幕。該展會已舉辦33屆。", 33, "台北国际食品展"),
    (VNA, "越南国际农业展5日开幕。此展会迄今已举办了12届。", 12, "越南国际农业展"),
])
def test_an_anaphor_means_the_event_named_before(dateline: str, sentence: str, value: int, event: str) -> None:
    assert holders(dateline, sentence, value) == {event}


@pytest.mark.parametrize("dateline, sentence, value, event", [
    (VNA, "越日文化节已在河内举办八届。", 8, "越日文化节"),
    (XINHUA, "中国—东盟艺术节至今已举办六届。", 6, "中国-东盟艺术节"),
    (XINHUA, "中国―东盟博览会已成功举办13届。", 13, "中国―东盟博览会"),
])
def test_shows_and_festivals_hold_their_editions(dateline: str, sentence: str, value: int, event: str) -> None:
    assert holders(dateline, sentence, value) == {event}


@pytest.mark.parametrize("dateline, sentence", [
    (XINHUA, "第十五届中国—东盟商务与投资峰会5日在南宁开幕。"),
    (VNA, "两国关系不断发展,已举行三届。"),
])
def test_no_edition_and_no_show_read_into_other_words(dateline: str, sentence: str) -> None:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    assert not any(f.subject and f.subject.endswith("发展") for f in doc.facts)
    assert 15 not in {f.value for f in doc.facts}
