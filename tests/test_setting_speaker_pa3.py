"""Who speaks at a meeting, told in a sentence after it that opens at its setting (会见中, / 席间, / 宴会上,), is a
party of that meeting (pa3, stop 41, checklist probes; participants/settingspeakers.py). The speaker is the clause's
subject: a pronoun or 双方 before the first name, or a comma, makes the name later in the clause one spoken of (a
leader quoted or thanked), not one at the meeting. A meal the meeting is (设宴款待 / 欢迎宴会) has its setting too."""

import pytest

from eventpage import sides

XINHUA = "中马外长见面\n\n新华社北京4月8日电 "
VNA = "越老总理见面\n\n越通社河内——"


@pytest.mark.parametrize("after", [
    "会见中,他指出,中方愿同马方扩大数字经济合作,习近平主席对马来西亚十分关心。",
    "会见时,她说,习近平主席对两国友谊寄予厚望。",
    "会见中,双方一致认为,习近平主席提出的全球发展倡议意义重大。",
    "会见中,两人回顾了习近平主席去年的国事访问。",
    "會見中,他指出,習近平主席對馬來西亞十分關心。",
])
def test_a_leader_spoken_of_at_the_setting_is_no_party(after: str) -> None:
    body = "外交部长王毅8日在北京会见马来西亚外长卡迪尔。" + after + "\n"
    assert sides(body, "MEET", XINHUA) == [["卡迪尔", "王毅"]]


@pytest.mark.parametrize("after", [
    "席间,中国驻马来西亚大使欧阳玉靖谈到两国青年交流的进展。",
    "晚宴上,中国驻马来西亚大使欧阳玉靖致祝酒辞。",
    "宴會上,中國駐馬來西亞大使歐陽玉靖致祝酒辭。",
])
def test_who_speaks_at_the_banquet_is_a_party(after: str) -> None:
    body = "外交部长王毅8日晚在钓鱼台设宴款待马来西亚外长卡迪尔。" + after + "\n"
    assert sides(body, "MEET", XINHUA) == [["卡迪尔", "欧阳玉靖", "王毅"]]


def test_a_welcome_dinner_speaker_is_a_party() -> None:
    body = "4月8日晚,范明政总理设宴欢迎来访的宋赛·西潘敦总理。宴会上,越南外交部长裴青山回顾了两国外交部的合作。\n"
    assert ["宋赛·西潘敦", "范明政", "裴青山"] in sides(body, "MEET", VNA)


def test_both_sides_at_the_banquet_add_no_one() -> None:  # (guard: no name opens the clause)
    body = "外交部长王毅8日晚在钓鱼台设宴款待马来西亚外长卡迪尔。席间,双方回顾了习近平主席的访问成果。\n"
    assert sides(body, "MEET", XINHUA) == [["卡迪尔", "王毅"]]
