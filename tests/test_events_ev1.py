"""Events on pages never seen (issue 13, helper ev1), on invented sentences: appointments told with their day
before the verb or in other verbs (于2020年当选, 去年10月被拔擢为, 调任), ..."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def of_type(body: str, type_: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(e.participants), e.date) for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_an_appointment_with_its_day_opened_by_a_preposition():
    got = of_type("王毅于2020年出任副总理。", "ELECTION")
    assert any("王毅" in p and d == "2020" for p, d in got), got
    got = of_type("苏林先是在今年5月22日被选为越南国家主席。", "ELECTION")
    assert any("苏林" in p and d == "2025-05-22" for p, d in got), got


def test_a_promotion_or_a_posting_is_an_appointment():
    got = of_type("王毅于去年10月被拔擢为中国共产党中央政治局委员。", "ELECTION")
    assert any("王毅" in p and d == "2024-10" for p, d in got), got
    got = of_type("秦刚2021年调任中国驻美国大使。", "ELECTION")
    assert any("秦刚" in p and d == "2021" for p, d in got), got


def test_an_exchange_with_lands_unnamed_sends_each_land_back_to_the_premier_too():
    body = ("国家主席习近平分别同老挝、柬埔寨、泰国三国元首互致贺电。\n习近平代表中国政府和中国人民向三国政府和人民致以"
            "热烈的祝贺。\n国务院总理李强也分别同三国总理互致贺电。")
    got = [set(p) for p, _ in of_type(body, "MESSAGE")]
    for land in ("老挝", "柬埔寨", "泰国"):  # each land's message goes to both (one MESSAGE per sending country)
        assert any(p == {land, "习近平", "李强"} for p in got), got
    assert any({"习近平", "李强", "老挝", "柬埔寨", "泰国"} <= p for p in got), got
    got = [set(p) for p, _ in of_type("国务院总理李强6月9日分别同老挝、柬埔寨两国总理互致贺电。", "MESSAGE")]
    assert {"老挝", "李强"} in got and {"柬埔寨", "李强"} in got, got


def test_an_anniversary_of_relations_with_several_lands_is_one_per_pair():
    body = "国家主席习近平6月9日分别同老挝、柬埔寨、泰国三国元首互致贺电,庆祝中国与三国建交60周年。"
    got = sorted(tuple(sorted(p)) for p, _ in of_type(body, "ANNIVERSARY"))
    assert got == [("中国", "柬埔寨"), ("中国", "泰国"), ("中国", "老挝")], got
    got = sorted(tuple(sorted(p)) for p, _ in of_type("今年是越南与老挝、柬埔寨建交60周年。", "ANNIVERSARY"))
    assert got == [("柬埔寨", "越南"), ("老挝", "越南")], got


def test_each_pairs_anniversary_falls_on_its_own_founding_day_in_the_span_told():
    text = ("测试新闻\n\n新华社北京2019年10月8日电 10月4日至7日,国家主席习近平分别同保加利亚、罗马尼亚、波兰三国元首"
            "互致贺电,庆祝中国与三国建交70周年。")
    got = sorted((e.participants[1], e.date) for e in extract(text, source="t.txt").events if e.type == "ANNIVERSARY")
    assert got == [("保加利亚", "2019-10-04"), ("波兰", "2019-10-07"), ("罗马尼亚", "2019-10-05")], got


def test_an_anniversary_read_as_years_from_the_report_is_no_day_ahead():
    # 中新 on a page of New Zealand misread as China-Singapore relations (1990): 50 years on is 2040, no day the text fixes
    text = ("习近平同新西兰总督基罗就中新建交50周年互致贺电\n\n新华社北京2022年12月22日电 12月22日,国家主席习近平同新西兰总督"
            "基罗互致贺电,庆祝两国建交50周年。")
    got = [(e.status, e.date) for e in extract(text, source="t.txt").events if e.type == "ANNIVERSARY"]
    assert got and all(s == "occurred" and str(d).startswith("2022") for s, d in got), got
