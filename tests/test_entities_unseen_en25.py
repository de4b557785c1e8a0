"""(en25) Person-name boundaries on invented sentences: a name read after a title ends before the
time or adverb word that follows it (大年初N, 临时代理, 今(N日))."""

from __future__ import annotations

from invented import mention_types as _mentions
from invented import titles as _roles


def _people(text: str) -> set[str]:
    return {name for name, types in _mentions(text).items() if "PERSON" in types}


def test_name_after_title_ends_before_new_year_day_word():
    people = _people("该国驻外总领事吴立新与夫人何芳大年初三出席当地侨团的团拜活动。")
    assert "何芳" in people and "何芳大" not in people


def test_name_after_title_ends_before_acting_words():
    people = _people("部长出访期间,由常务副部长郑海临时代理部长职务。")
    assert "郑海" in people and "郑海临" not in people


def test_name_after_title_ends_before_today_with_bracketed_day():
    people = _people("该部发言人高文亮今(9日)表示,双方将继续沟通。")
    assert "高文亮" in people and "高文亮今" not in people


def test_name_ending_in_ming_keeps_it_before_a_day_number():
    # 明 ends many given names: 某文明 + 3日 is a name and a date, not 某文 + 明3日
    people = _people("外交部副部长黄文明3日在首都会见了北方国驻该国大使。")
    assert "黄文明" in people and "黄文" not in people


def test_korean_ministry_head_title_after_the_ministry():
    roles = _roles("韩国统一部长官朴成民当天会见了来访的代表团。")
    assert any(t.endswith("长官") for t in roles.get("朴成民", set()))


def test_body_before_its_own_heads_post_is_an_organization():
    found = _mentions("随行人员包括运输工务司司长林志坚及旅游发展局副局长何美玲等。")
    assert "ORG" in found.get("运输工务司", set())
    assert "ORG" in found.get("旅游发展局", set())
    assert "PERSON" in found.get("林志坚", set())


def test_body_with_a_one_character_word_inside_is_no_person():
    found = _mentions("会议由社会保障司司长梁淑芬主持。")
    assert "ORG" in found.get("社会保障司", set())
    assert "保障司" not in found or "PERSON" not in found["保障司"]


def test_body_contracted_into_its_ministers_post_before_a_name():
    found = _mentions("会上,该国劳工暨青年发展部长马里奥(Mario Lenz)发表讲话。挪威渔业部长奥拉夫出席。")
    assert "ORG" in found.get("劳工暨青年发展部", set())
    assert "ORG" in found.get("挪威渔业部", set())


def test_no_body_from_a_post_of_its_own_or_a_doubled_ministry_word():
    found = _mentions("该国高级部长陈文强和外交部部长黎明出席。")
    assert "高级部" not in found and "外交部部" not in found
