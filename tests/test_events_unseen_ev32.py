"""MEET and VISIT recall on ordinary pages (ev32, issue 13): the forms of the GENERAL2 tuning misses, read from
invented sentences."""

from __future__ import annotations

from eventpage import of


def _visits(text: str) -> list[list[str]]:
    return [e.participants for e in of(text, "VISIT")]


def test_a_visit_told_by_a_post_alone_has_the_post_s_body_as_visitor():
    # 老挝国防部 + 长, no name after it: the ministry visits
    assert ["老挝国防部", "柬埔寨"] in _visits("老挝国防部长将于2024年3月对柬埔寨进行正式访问。")
    # …with a time frame between the post and the visit word (在…之际访问…时表示)
    assert any(v[:1] == ["泰国国防部"] and "缅甸" in v
               for v in _visits("据报道,泰国国防部长在边境局势紧张之际访问缅甸仰光时表示,双方应通过对话解决分歧。"))


def test_a_post_alone_stays_no_visitor_where_the_page_names_its_holder():
    # a headline with the post only; the body names the minister: he visits, not his ministry
    text = "老挝国防部长对柬埔寨进行正式访问\n\n应邀请,老挝国防部长占沙蒙大将于3月5日至7日对柬埔寨进行正式访问。"
    visits = _visits(text)
    assert visits and not any("老挝国防部" in v for v in visits)


def test_a_deputy_named_on_the_page_is_not_the_holder():
    # 国防部副部长 + a name: the holder of the post stays unnamed, his ministry visits
    text = "老挝国防部副部长宋赛会见了来访的客人。双方回顾了老挝国防部长于2023年对柬埔寨进行正式访问的成果。"
    assert any(v[:1] == ["老挝国防部"] and "柬埔寨" in v for v in _visits(text))
