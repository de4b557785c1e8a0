"""Who an event's list names after an opener other outlets write (pa2, stop 40, checklist probes): 他们是 / 他们分别是 /
三位新任大使分别是 after the event's sentence, and the same openers in the event's own sentence after a comma
(接受三国新任大使递交国书,他们是甲、乙和丙 / 会见了某某,出席会见的有甲). Before, only 这N位…是 after a full stop
was read."""

import pytest

from eventpage import of

HEAD = "越南国家主席接受国书\n\n2025-03-09\n越通社河内——"
EVENT = "6月12日上午国家主席梁强在主席府接受三国新任驻越南大使递交国书"
ENVOYS = "日本驻越南大使伊藤直树、印度驻越南大使沙尔玛和韩国驻越南大使崔荣森。"
NAMES = {"伊藤直树", "沙尔玛", "崔荣森"}


def met(body: str) -> set[str]:
    """Everyone the page's meetings name."""
    return {p for e in of(body + "\n", "MEET", HEAD) for p in e.participants}


@pytest.mark.parametrize("opener", ["。他们是:", "。他们分别是", "。三位新任大使分别是:", "。这三位大使分别为"])
def test_a_list_after_the_event_sentence(opener: str) -> None:
    assert NAMES | {"梁强"} <= met(EVENT + opener + ENVOYS)


@pytest.mark.parametrize("opener", [",他们是", ",他们分别是:", ",分别是"])
def test_a_list_in_the_event_sentence(opener: str) -> None:
    assert NAMES | {"梁强"} <= met(EVENT + opener + ENVOYS)


def test_those_at_the_meeting_told_in_its_own_sentence() -> None:
    got = of("6月12日上午政府总理范明政在政府驻地会见了柬埔寨首相洪玛奈,出席会见的有越南外交部长裴青山。\n", "MEET", HEAD)
    assert [sorted(e.participants) for e in got] == [["洪玛奈", "范明政", "裴青山"]]


@pytest.mark.parametrize("rest", [",两国贸易额分别为50亿美元和60亿美元。", ",他们认为两国关系发展良好。"])
def test_no_list_no_one_added(rest: str) -> None:
    got = of("6月12日上午政府总理范明政在政府驻地会见了柬埔寨首相洪玛奈" + rest + "\n", "MEET", HEAD)
    assert [sorted(e.participants) for e in got] == [["洪玛奈", "范明政"]]
