"""Facts (fc3, issue 13): an act counted by an ordinal (这是…第N次…) is the people's who act. Of two leaders
(两国总统, 两位领导人, 双方领导人, 两人) it is the two people the sentences before name (A-B), not their
countries; of one person named before the ordinal (这是范明政就任以来第三次出席东盟峰会) it is theirs, not the
meeting's. The count is read when told ahead (这将是) and of attending (出席, 参加), after a wire dateline too.
Invented sentences (the fc3 probe grid, /work/notes/s7/fc3/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(dateline: str, sentence: str, value: int) -> set[str | None]:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.unit == "count" and f.value == value}


XINHUA = "新华社北京2024年3月5日电 "
CNA = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("dateline, sentence, value, pair", [
    (XINHUA, "韩国总统尹锡悦5日同美国总统拜登通电话。这是韩美两国总统第5次通话。", 5, "尹锡悦-拜登"),
    (CNA, "日本首相石破茂將於6日與中國國家主席習近平舉行會談。這將是兩位領導人今年來的第二次會談。", 2, "石破茂-习近平"),
    (XINHUA, "李强总理5日在北京会见越南总理范明政。这是两人今年第三次见面。", 3, "李强-范明政"),
    (XINHUA, "国家主席习近平5日在北京同俄罗斯总统普京举行会谈。这也是两国元首年内第二次会晤。", 2, "习近平-普京"),
])
def test_an_act_of_two_leaders_counted_is_theirs(dateline: str, sentence: str, value: int, pair: str) -> None:
    assert holders(dateline, sentence, value) == {pair}


@pytest.mark.parametrize("dateline, sentence, value, person", [
    (XINHUA, "这是范明政总理就任以来第三次出席东盟峰会。", 3, "范明政"),
    ("越通社河内2024年3月5日电——", "这是范明政第三次参加东盟峰会。", 3, "范明政"),
    (CNA, "這是賴清德就任以來第2次出席APEC。", 2, "赖清德"),
    (XINHUA, "这也是越南总理范明政与老挝总理宋赛今年第三次出席湄公河合作会议。", 3, "范明政"),
])
def test_one_persons_act_counted_is_theirs(dateline: str, sentence: str, value: int, person: str) -> None:
    assert holders(dateline, sentence, value) == {person}


@pytest.mark.parametrize("dateline, sentence, value, holder", [
    ("越通社河内2024年3月5日电——", "越南国防部长潘文江5日会见老挝国防部长占沙蒙。这是两国国防部第十次举行年度会谈。", 10, "越南-老挝"),
    ("越通社河内2024年3月5日电——", "越南第三次担任联合国人权理事会成员。", 3, "越南"),
    (XINHUA, "这是习近平第三次对越南进行国事访问。", 3, "习近平"),
])
def test_acts_of_bodies_and_single_visits_keep_their_holders(dateline: str, sentence: str, value: int, holder: str) -> None:
    assert holders(dateline, sentence, value) == {holder}
