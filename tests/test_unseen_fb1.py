"""Event reading on phrasings met on pages the project had never seen (fb1, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_building_a_meeting_is_held_in_is_no_side_of_it():
    # the welcome told beside the talks names no other side: the hall it is held in is not one
    body = "同日上午,越南国会主席王廷惠在国会大厦迎接并与老挝国会主席赛宋蓬·丰威汉举行会谈。"
    meets = of(body, "MEET")
    assert meets and all("国会大厦" not in m.participants for m in meets)
    assert any(m.participants == ["王廷惠", "赛宋蓬·丰威汉"] for m in meets)
    body = "美国总统奥巴马在白宫老家庭餐厅举行了私人晚宴。"
    assert all("白宫老家庭餐厅" not in m.participants for m in of(body, "MEET"))

