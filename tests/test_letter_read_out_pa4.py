"""A letter read out at a gathering (副总理某某出席开幕式并宣读国家主席某某的贺信 / 开幕式上,甲宣读了乙的贺信): the reader
attends and sends nothing, the letter's author sends it (to the gathering, where the page names it as a body) and,
named only there, attends nothing. Likewise one whose greetings are conveyed at the gathering (并转达了国家主席某某
对会议的祝贺) is not there. Before, the author was a CONFERENCE participant and the reader a MESSAGE sender (pa4,
stop 44, checklist probes; participants/readout.py, cues letter_read_verbs, letter_read_out, words_carried)."""

import pytest

from eventpage import of

XINHUA = "论坛开幕\n\n新华社北京3月5日电 "
VNA = "会议开幕\n\n越通社河内——"

READ = [
    "2024年国际减贫合作论坛5日在北京开幕。国务院副总理丁薛祥出席开幕式并宣读国家主席习近平的贺信。",
    "2024年國際減貧合作論壇5日在北京開幕。國務院副總理丁薛祥出席開幕式並宣讀國家主席習近平的賀信。",
    "2024年国际减贫合作论坛5日在北京开幕。国务院副总理丁薛祥出席开幕式,宣读了国家主席习近平的贺信并致辞。",
]


@pytest.mark.parametrize("body", READ)
def test_the_reader_attends_the_author_does_not(body: str) -> None:
    found = of(body + "\n", "CONFERENCE", XINHUA)
    assert any("丁薛祥" in e.participants for e in found), [e.participants for e in found]
    assert not any("习近平" in e.participants for e in found), [e.participants for e in found]


@pytest.mark.parametrize("body", READ[:2])
def test_the_author_sends_the_letter_read_out_not_the_reader(body: str) -> None:
    found = of(body + "\n", "MESSAGE", XINHUA)
    assert any("习近平" in e.participants for e in found), [e.participants for e in found]
    assert not any("丁薛祥" in e.participants for e in found), [e.participants for e in found]


@pytest.mark.parametrize("body", [
    "3月5日,第十八届东盟防长会议在河内开幕。越南国防部长潘文江主持会议,并转达了越南国家主席梁强对会议的祝贺。",
    "3月5日,第十八屆東盟防長會議在河內開幕。越南國防部長潘文江主持會議,並轉達了越南國家主席梁強對會議的祝賀。",
])
def test_one_whose_greetings_are_conveyed_is_not_at_the_gathering(body: str) -> None:
    found = of(body + "\n", "CONFERENCE", VNA)
    assert any("潘文江" in e.participants for e in found), [e.participants for e in found]
    assert not any("梁强" in e.participants for e in found), [e.participants for e in found]


def test_an_author_who_also_attends_stays() -> None:  # (guard: named outside the letter too)
    body = ("2024年国际减贫合作论坛5日在北京开幕。国家主席习近平出席开幕式并发表主旨演讲。"
            "会上,国务院副总理丁薛祥宣读了国家主席习近平的贺信。\n")
    found = of(body, "CONFERENCE", XINHUA)
    assert any("习近平" in e.participants for e in found), [e.participants for e in found]
