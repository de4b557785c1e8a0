"""Who a sentence of attendance after an event places at it (extract/participants/attendance.py), on invented
sentences: 某某参加上述活动 / 某某会见时在座 across paragraphs, 某某出席活动并致辞 and the chain after it in the
event's paragraph, a list after its opener; not a sentence that tells a meeting of its own, nor a plain
attendance sentence in another paragraph."""

from __future__ import annotations

from eventpage import of

HEAD = "测试新闻\n\n新华社北京2024年5月10日电 "


def of_type(body: str, type_: str) -> list[tuple[str, ...]]:
    return [tuple(e.participants) for e in of(body, type_, HEAD)]


def test_a_back_reference_in_a_later_paragraph_joins_the_event():
    body = ("国家主席习近平10日下午在人民大会堂会见越南政府总理范明政。老挝外长沙伦赛表示,老方将积极参加。\n\n"
            "习近平指出,中越是山水相连的友好邻邦。\n\n"
            "外交部副部长马朝旭参加上述活动。")
    meets = of_type(body, "MEET")
    assert any({"习近平", "范明政", "马朝旭"} <= set(p) for p in meets), meets
    # (a sentence that tells more than who was there, a statement ending on 参加, places no one)
    assert not any("沙伦赛·贡维希" in p or "沙伦赛" in p for p in meets), meets


def test_present_at_the_meeting_in_the_next_paragraph():
    body = ("10日上午,国务院总理李强在北京会见了老挝总理宋赛·西潘敦率领的老挝政府代表团。\n\n"
            "外交部部长王毅会见时在座。\n\n"
            "中联部部长刘建超陪同出席。")
    meets = of_type(body, "MEET")
    assert any({"李强", "宋赛·西潘敦", "王毅"} <= set(p) for p in meets), meets
    # (a plain attendance sentence in a paragraph of its own refers to nothing told)
    assert not any("刘建超" in p for p in meets), meets


def test_who_attends_a_commemoration_told_right_after_it():
    body = ("10日,庆祝越南和老挝建交60周年活动在河内举行。越南国家主席梁强出席活动并致辞。"
            "老挝驻越南大使森佩·坎达冯、两国各界代表共300余人出席。")
    days = of_type(body, "ANNIVERSARY")
    assert any({"梁强", "森佩·坎达冯"} <= set(p) for p in days), days


def test_a_back_reference_after_a_new_meeting_joins_that_one():
    body = ("国家主席习近平10日在北京会见越南政府总理范明政。\n\n"
            "当天,国务院总理李强会见了老挝国家主席通伦·西苏里。\n\n"
            "外交部部长王毅参加上述活动。")
    meets = of_type(body, "MEET")
    assert not any({"范明政", "王毅"} <= set(p) for p in meets), meets
    assert any({"李强", "王毅"} <= set(p) for p in meets), meets


def test_a_list_after_a_back_referring_opener():
    body = ("国家主席习近平10日在人民大会堂接受新任驻华大使递交国书。"
            "习近平同使节们一一握手并合影留念。"
            "这两位新任驻华大使是:越南驻华大使范星梅、老挝驻华大使坎葆·恩塔万。")
    meets = of_type(body, "MEET")
    assert any({"习近平", "范星梅", "坎葆·恩塔万"} <= set(p) for p in meets), meets



def test_a_commemoration_named_again_in_a_later_paragraph():
    body = ("10日,庆祝越南和老挝建交60周年纪念活动在河内举行。\n\n"
            "梁强强调,两国友谊历久弥坚。\n\n"
            "老挝驻越南大使森佩·坎达冯出席纪念活动并致辞。")
    days = of_type(body, "ANNIVERSARY")
    assert any("森佩·坎达冯" in p for p in days), days


def test_present_at_the_talks_and_the_banquet():
    body = ("国家主席习近平10日晚在人民大会堂同越南国家主席梁强举行会谈。\n\n"
            "习近平强调,双方要加强战略沟通。\n\n"
            "蔡奇、王毅会谈和宴请时在座。")
    meets = of_type(body, "MEET")
    assert any({"习近平", "梁强", "蔡奇", "王毅"} <= set(p) for p in meets), meets


def test_those_in_the_talks_listed_after_who_took_part():
    # (参与会晤的包括甲: the opener of the Singapore papers' list names the talks; no talks of the one listed)
    body = ("马来西亚国防部长陈明辉星期三在河内同越南国防部长阮德胜会面。\n\n"
            "参与会晤的包括国防部副部长林国强。")
    meets = of_type(body, "MEET")
    assert any({"陈明辉", "阮德胜", "林国强"} <= set(p) for p in meets), meets
    assert not any(set(p) == {"陈明辉", "林国强"} for p in meets), meets
