"""Reported words told in the first person (pe1, issue 13): 我 is the speaker of the words (participants/narrator.py)
— where the frame opens with a pronoun (甲…。他说,我…), the one the sentence before is about; where the clause
names several partners (我将与甲、乙、丙举行会谈), still a side of each meeting; and a speaker's visit is to a land not
their own (我访问的目的是推动中美关系: the other land hosts). Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract


def _events(text: str, type_: str):
    return [e for e in extract(text, source="t.txt").events if e.type == type_]


def test_a_pronoun_opening_the_frame_stands_for_the_sentence_befores_subject():
    text = ("德仁会见梁强\n\n新华社东京2024年11月28日电 日本天皇德仁28日在皇宫会见了越南国家主席梁强。\n"
            "梁强转达了苏林总书记对德仁的问候。德仁对梁强访问日本表示欢迎。他说,我至今对2009年访问越南记忆犹新。\n")
    visits = [e for e in _events(text, "VISIT") if e.date and e.date.startswith("2009")]
    assert visits and visits[0].participants[:1] == ["德仁"] and "越南" in visits[0].participants


def test_i_with_several_partners_named_is_a_side_of_each_meeting():
    text = ("王沪宁抵达万象\n\n新华社万象2024年11月5日电 应老挝国会主席赛宋蓬的邀请,全国政协主席王沪宁5日晚抵达万象,"
            "开始对老挝进行正式友好访问。\n王沪宁在机场发表了书面讲话。他说,中老是友好邻邦。建交以来,在双方的共同努力下,"
            "两国关系不断发展。访问期间,我将与老挝国家主席通伦、国会主席赛宋蓬、政府总理宋赛等老挝领导人举行会见会谈。\n")
    meets = _events(text, "MEET")
    assert len(meets) == 3 and all(e.participants[:1] == ["王沪宁"] for e in meets)


def test_the_speakers_own_land_hosts_no_visit_of_theirs():
    text = ("赵乐际会见美众议长\n\n新华社华盛顿2024年6月17日电 到访华盛顿的全国人大常委会委员长赵乐际,跟美国众议院议长约翰逊"
            "会面。赵乐际说,中美都有共同利益与责任。我访问的目的是想进一步推动中美关系的发展。\n")
    visits = _events(text, "VISIT")
    assert visits and all(e.participants == ["赵乐际", "美国"] for e in visits)
