"""Who speaks at a meeting, told in a sentence after it that opens at its setting (会见中, / 会谈时,), is a
party of that meeting (pa3, stop 41, checklist probes; participants/settingspeakers.py). The speaker is the clause's
subject: a pronoun or 双方 before the first name, or a comma, makes the name later in the clause one spoken of (a
leader quoted or thanked), not one at the meeting."""

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
