"""(fn58) A known body's name as the press reshapes it is read as that body: its dash left out, its last word
written another way (合作 → 合作机制 / 机制, 会议 → 峰会), the body at its head written as a region's press writes it
(东协 / 亚细安 for 东盟). Sentences invented for the test."""

import pytest

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def bodies(sentence: str) -> set[str]:
    page = extract(HEAD + sentence + "\n", source="t.txt")
    return {e.name for e in page.entities if e.type == "ORG"} - {"越通社"}


def written(sentence: str, body: str) -> set[str]:
    """The forms the page writes the body in."""
    page = extract(HEAD + sentence + "\n", source="t.txt")
    return {m for e in page.entities if e.name == body for m in e.mentions}


@pytest.mark.parametrize("sentence, body, form", [
    ("两国外长同意深化澜沧江湄公河合作,造福沿岸人民。", "澜沧江-湄公河合作", "澜沧江湄公河合作"),
    ("老方高度评价中方倡议的澜沧江—湄公河合作机制取得的成果。", "澜沧江-湄公河合作", "澜沧江—湄公河合作机制"),
    ("双方愿在澜湄机制框架内加强水资源合作。", "澜沧江-湄公河合作", "澜湄机制"),
    ("泰国将于后年承办亚欧峰会。", "亚欧会议", "亚欧峰会"),
    ("新加坡防长在亚细安防长扩大会议上发言。", "东盟防长扩大会议", "亚细安防长扩大会议"),
    ("双方同意在东协国防部长会议框架下加强协调。", "东盟防长会议", "东协国防部长会议"),
])
def test_a_reshaped_name_is_the_known_body(sentence: str, body: str, form: str) -> None:
    assert form in written(sentence, body)


def test_a_plain_mechanism_word_names_no_body() -> None:
    # (合作机制 after no known body's name: a mechanism in general)
    assert bodies("两国同意建立外交部副部长级磋商合作机制。") <= {"越南外交部", "外交部"}  # (a guard: held before too)


def test_a_name_without_its_dash_keeps_the_places_inside_it() -> None:
    # (SPEC: a place inside an organization's name is an entity, as in the filed 澜沧江-湄公河合作)
    page = extract(HEAD + "两国外长同意深化澜沧江湄公河合作,造福沿岸人民。\n", source="t.txt")
    names = {(e.type, e.name) for e in page.entities}
    assert {("ORG", "澜沧江-湄公河合作"), ("LOCATION", "澜沧江"), ("LOCATION", "湄公河")} <= names


def test_a_heads_other_form_makes_only_its_own_bodies() -> None:
    # (a free trade area of ASEAN and China is no body of ASEAN's: 东协 + … stays ASEAN and China, not the area)
    page = extract(HEAD + "菲律宾总统欢迎东协-中国自由贸易区升级议定书的签署。\n", source="t.txt")
    names = {e.name for e in page.entities}
    assert {"东盟", "中国"} <= names and "中国-东盟自由贸易区" not in names
