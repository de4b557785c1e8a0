"""Events precision on ordinary pages' recurring phrasings (ev34, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of

_RECEPTION = "国庆招待会在马尼拉举行\n\n"


def _holders(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "ANNIVERSARY", "测试新闻\n\n新华社马尼拉10月1日电 ")]


def test_a_consulate_holding_a_national_day_reception_is_not_what_it_commemorates():
    # 中国驻宿务总领事馆举行国庆招待会: China's national day, not the consulate's
    got = _holders(_RECEPTION + "9月28日晚,中国驻宿务总领事馆举行一年一度的国庆招待会,当地各界友好人士出席。")
    assert got and all("中国驻宿务总领事馆" not in p for p in got)


def test_a_person_speaking_at_a_national_day_reception_is_not_what_it_commemorates():
    # 总领事某某发表国庆讲话: no person's national day
    got = _holders("中国驻宿务总领事馆举行国庆招待会\n\n9月28日晚,招待会在宿务举行。总领事王建林发表了简短的国庆讲话。")
    assert all("王建林" not in p for p in got)


def test_a_place_where_a_national_day_reception_is_held_is_not_what_it_commemorates():
    # 在联合国总部主持国庆招待会: no place's national day
    got = _holders("越南国会主席访美\n\n国会主席还在纽约联合国总部主持国庆招待会。")
    assert all("联合国总部" not in p for p in got)


def test_a_country_holding_its_own_national_day_is_what_it_commemorates():
    # 越南举行国庆80周年庆典 (guard): the country's own day
    got = _holders("越南隆重庆祝国庆\n\n9月2日,越南举行国庆80周年庆典。")
    assert any("越南" in p for p in got)


_NEWS = "测试新闻\n\n越通社河内——2025年6月10日,"


def _statements(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "STATEMENT", _NEWS)]


def test_a_consulate_reporting_an_arrest_is_the_source_not_a_statement():
    # 某国驻某市总领事馆表示,执法机构…逮捕了…: the arrest is the event
    body = "英国驻岘港总领事馆6月9日表示,英国警方刚刚与越南公安部配合,在岘港市逮捕了一名被通缉的英国公民。"
    assert of(body, "LAW_ENFORCEMENT", _NEWS)
    assert not any("英国驻岘港总领事馆" in p for p in _statements(body))


def test_a_ministry_announcing_its_ministers_trip_is_the_source_not_a_statement():
    # 外交部今天表示,外交部长某某…率团出席…会议: the trip is the event
    body = "新西兰外交部今天表示,外交部长彼得斯将率团出席在斐济举行的太平洋岛国论坛外长会议,并顺访汤加。"
    assert not any(n.startswith("新西兰外交") for p in _statements(body) for n in p)


def test_a_ministry_welcoming_guests_is_still_a_statement():
    # 外交部表示,诚挚欢迎…率团参加…典礼 (guard): a stance, the ministry's own words
    body = "新西兰外交部今天表示,诚挚欢迎太平洋岛国的贵宾应政府邀请,明天起分别率团参加新总理就职典礼。"
    assert any(n.startswith("新西兰外交") for p in _statements(body) for n in p)


def test_a_spokesperson_answering_on_an_accusation_is_still_a_statement():
    # 外交部发言人就…在…峰会上无理指责…答记者问 (guard): the events named are the topic answered
    body = "新西兰外交部发言人就某国在东亚峰会上无理指责新西兰答记者问。"
    assert _statements(body)


def test_a_place_where_a_commemorated_deed_happened_is_not_what_it_commemorates():
    # 某某到海防从事革命活动110周年: the deed's anniversary, no place's
    assert not _anniversaries("省委书记表示,今年恰逢胡志明主席到海防从事革命活动110周年,具有特殊意义。")


def test_a_battle_named_by_its_place_is_not_the_places_anniversary():
    # 顺化战役55周年: the battle's, not the city's
    assert not _anniversaries("今年是顺化战役55周年,当地举行了纪念活动。")


def test_a_citys_own_founding_is_the_citys_anniversary():
    # 升龙—河内成立1015周年 (guard): the place's own founding
    assert ["河内"] in _anniversaries("10月10日,河内隆重庆祝升龙—河内成立1015周年。")


def _anniversaries(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "ANNIVERSARY", _NEWS)]
