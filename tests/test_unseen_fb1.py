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



def test_a_welcome_on_arrival_is_no_meeting():
    # r2e (stop 52): a greeting at the airport or the aircraft is protocol, no meeting (events.toml lx1's own word,
    # now held for the whole arrival sentence by merging/arrivalgreetings.py); fb1 had completed these with the guest
    body = ("当地时间6月9日下午,习近平乘坐的专机抵达巴厘岛国际机场。印尼海洋与投资统筹部部长卢胡特,"
            "巴厘省省长科斯特等高级官员在机场热情迎接。")
    assert not [m for m in of(body, "MEET") if "卢胡特" in m.participants]
    body = ("国家主席胡锦涛当地时间6月9日下午抵达华盛顿,展开国事访问。胡锦涛所乘搭的专机当天降落安德鲁空军基地,"
            "美国副总统拜登、中国驻美大使张业遂等在场迎接。")
    assert not [m for m in of(body, "MEET") if "拜登" in m.participants]
    body = "越南国家主席梁强6月9日抵达北京。中国国务委员王毅在机场热情迎接梁强一行。"
    assert not [m for m in of(body, "MEET") if "王毅" in m.participants]


def _sides(body: str) -> list[list[str]]:
    return sorted(sorted(m.participants) for m in of(body, "MEET"))


def test_each_of_two_subjects_meets_the_guest_whatever_time_stands_before_the_each_word():
    want = [["王毅", "苏林"], ["王毅", "范明政"]]
    assert _sides("越南国家主席苏林和政府总理范明政6月9日分别会见中国外长王毅。") == want
    assert _sides("越南国家主席苏林和政府总理范明政当天下午分别会见中国外长王毅。") == want
    assert _sides("越南国家主席苏林和政府总理范明政星期一(6月9日)先后会见到访河内的中国外长王毅。") == want


def test_a_bracketed_dispatch_line_names_no_subject():
    want = [["王毅", "苏林"], ["王毅", "范明政"]]
    assert _sides("(河内综合电)越南国家主席苏林和政府总理范明政9日先后会见中国外长王毅。") == want
    assert _sides("【大公报讯】越南国家主席苏林和政府总理范明政9日分别会见中国外长王毅。") == want


def test_those_who_also_took_part_join_the_meeting_and_the_absent_do_not():
    body = "越南政府总理范明政6月9日会见了新加坡总理黄循财。越南外交部长裴青山等亦有参与会见。"
    assert any("裴青山" in m.participants for m in of(body, "MEET"))
    body = "越南政府总理范明政6月9日会见了新加坡总理黄循财。越南外交部长裴青山都有出席。"
    assert any("裴青山" in m.participants for m in of(body, "MEET"))
    body = "越南政府总理范明政6月9日会见了新加坡总理黄循财。越南外交部长裴青山没有出席。"
    assert all("裴青山" not in "".join(m.participants) for m in of(body, "MEET"))
