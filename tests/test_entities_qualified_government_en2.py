"""A government a word before it qualifies, or 政府 opening a term, names no country of the page's outlet
(en2, issue 13; names.toml body_qualifiers / false_suffixes, recognize/shortowner.py): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _lands(text: str) -> set[str]:
    ents = to_record(extract("题目\n\n" + text + "\n"))["entities"]
    return {e["name"] for e in ents if e["type"] in ("COUNTRY", "LOCATION")}


def test_an_inclusive_government_is_no_outlets_land():
    assert "中国" not in _lands("新华社电 各方呼吁该国尽快组建一个包容性政府,实现和平。")


def test_a_government_of_a_kind_after_the_of_is_no_outlets_land():
    assert "中国" not in _lands("新华社电 各方期待一个代表各族群的政府早日成立。")


def test_a_new_government_is_no_outlets_land():
    assert "中国" not in _lands("新华社电 外界关注新政府上台后的外交政策。")


def test_official_development_assistance_names_no_government():
    assert "台湾" not in _lands("中央社电 日本将继续通过政府开发援助支持柬埔寨的基础设施建设。")


def test_a_bare_government_before_a_post_is_still_the_outlets_land():
    assert "中国" in _lands("新华社电 政府总理表示将加强合作。")
