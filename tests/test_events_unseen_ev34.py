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
