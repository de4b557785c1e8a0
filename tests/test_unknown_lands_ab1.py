"""People the knowledge base lacks, stated with a long title chain: their country is the one the chain
opens with (its country, or a body or place of one), not the page's own; so a visit by such a guest is
told (invented sentences)."""

from __future__ import annotations

import pytest

from dipnet.model import Page
from dipnet.pipeline import process_page

URL = "https://example.org/2016/05/10/a.html"


def _doc(text: str):  # type: ignore[no-untyped-def]
    return process_page(Page(source=URL, url=URL, text=text))


@pytest.mark.parametrize(("text", "name", "land"), [
    ("阮志咏9日在河内会见正对越南进行工作访问的美国国务院东亚及太平洋事务助理国务卿卡尔·彼得森。", "卡尔·彼得森", "US"),
    ("阮志咏9日在河内会见正在越南访问的新西兰外交部亚洲司司长卡尔·彼得森。", "卡尔·彼得森", "NZ"),
    ("裴青山10日在河内会见了正在越南进行工作访问的日本外务省亚洲大洋洲局局长山田健一。", "山田健一", "JP"),
    ("范明政12日接见了中国驻越南大使郑明哲。", "郑明哲", "CN"),
    ("越南国家主席向中共中央对外联络部二局原局长黄明远授予友谊勋章。", "黄明远", "CN"),
    ("中国驻古巴大使陪同在古访问的国家国际发展合作署署长黄明远出席。", "黄明远", "CN"),
])
def test_an_unknown_person_has_the_land_of_the_title_chain(text: str, name: str, land: str) -> None:
    doc = _doc(text)
    person = next(e for e in doc.entities if e.name == name)
    assert person.country == land
    assert all(r.country == land for r in doc.roles if r.person == name)


@pytest.mark.parametrize("text", [
    "阮志咏9日在河内会见正对越南进行工作访问的美国国务院东亚及太平洋事务助理国务卿卡尔·彼得森。",
    "阮志咏9日在河内会见正在越南访问的新西兰外交部亚洲司司长卡尔·彼得森。",
])
def test_the_guest_of_the_relative_clause_visits(text: str) -> None:
    doc = _doc(text)
    assert any(e.type == "VISIT" and "卡尔·彼得森" in e.participants and "越南" in e.participants for e in doc.events)


def test_a_bare_title_keeps_the_page_land() -> None:
    doc = _doc("越南外交部副部长黎文兴12日在河内会见老挝客人。外交部亚洲司司长陈文兴出席。")
    person = next(e for e in doc.entities if e.name == "陈文兴")
    assert person.country == "VN"


@pytest.mark.parametrize("text", [
    "阮志咏9日在河内会见正对越南进行工作访问的新西兰外交部亚洲司司长彼得森。",
    "阮志咏会见新西兰外交部长彼得森。",
    "我国外交部长凯文医生今天已分别致电越南副总理兼外长黎文兴。",
])
def test_a_transliterated_name_with_de_is_read_after_a_title(text: str) -> None:
    doc = _doc(text)
    assert any(e.type == "PERSON" and e.name in ("彼得森", "凯文") for e in doc.entities)


@pytest.mark.parametrize(("text", "guest"), [
    ("裴青山12日会见了来访的印度总理特使拉詹·库马尔。", "拉詹·库马尔"),
    ("范明政11日在河内接见了来访的泰国外交部副部长颂猜·披塔亚。", "颂猜·披塔亚"),
])
def test_the_land_of_the_guests_own_title_is_no_host(text: str, guest: str) -> None:
    doc = _doc(text)
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert visits and all(guest in v.participants and "越南" in v.participants for v in visits)


@pytest.mark.parametrize(("text", "titles"), [
    ("越南建设部部长、越南-古巴政府间联合委员会越南分会主席黎文兴向古巴移交大米。",
     {"越南建设部部长", "越南-古巴政府间联合委员会越南分会主席"}),
    ("老挝外交部副部长、老挝-越南合作委员会老挝分会主席坎平·西萨瓦出席。",
     {"老挝外交部副部长", "老挝-越南合作委员会老挝分会主席"}),
])
def test_a_country_section_of_a_joint_body_keeps_the_title_chain(text: str, titles: set[str]) -> None:
    doc = _doc(text)
    assert titles <= {r.title for r in doc.roles}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("越南政府副总理兼外交部长黎文兴4日与新加坡外长通电话。新加坡外长祝贺越共十三大成功召开和黎文兴当选中央政治局委员。",
     "黎文兴", "中央政治局委员"),
    ("老挝外交部副部长坎平·西萨瓦出席。据悉,坎平·西萨瓦当选老挝人民革命党中央委员。", "坎平·西萨瓦", "老挝人民革命党中央委员"),
])
def test_a_name_read_by_rule_takes_posts_by_a_verb_of_office_where_told_again(text: str, name: str, title: str) -> None:
    doc = _doc(text)
    assert any(r.person == name and r.title == title for r in doc.roles)


@pytest.mark.parametrize(("text", "name", "land"), [
    # a bare 政府 names no land; the later chain (越共…) does
    ("越南代表团出席论坛。中国客人表示感谢。\n\n政府副总理、外交部长黎文兴出席。\n\n12月28日,越共中央政治局委员、政府副总理、外交部长黎文兴会见了中国客人。",
     "黎文兴", "VN"),
])
def test_a_bare_government_word_names_no_land(text: str, name: str, land: str) -> None:
    doc = _doc(text)
    assert next(e for e in doc.entities if e.name == name).country == land


@pytest.mark.parametrize(("text", "land"), [
    ("越共中央政治局委员黎文兴在越南政府总部会见了中国公共外交协会副会长王明远。", "CN"),
    ("黎文兴在越南外交部会见了新西兰外交部亚洲司司长王明远。", "NZ"),
])
def test_a_verb_between_a_body_and_a_title_ends_the_chain(text: str, land: str) -> None:
    doc = _doc(text)
    assert next(e for e in doc.entities if e.name == "王明远").country == land


@pytest.mark.parametrize(("text", "body"), [
    ("外交部长王明远同越南副总理兼外长黎文兴通电话。越南河内、胡志明市、岘港市的代表出席。资料图:中国外交部长王明远。",
     "中国外交部"),
    ("外交部发言人卡尔·彼得森说,新西兰支持越南。越南河内、胡志明市的代表出席。新西兰外交部发言人卡尔·彼得森12日表示欢迎。",
     "新西兰外交贸易部"),
])
def test_a_bare_body_heading_an_unknown_persons_post_is_of_the_persons_land(text: str, body: str) -> None:
    doc = _doc(text)
    m = next(m for m in doc.mentions if m.start == 0)
    assert next(e for e in doc.entities if e.id == m.entity_id).name == body


@pytest.mark.parametrize(("text", "sender", "recipient"), [
    ("越南外交部副部长黎文兴12日复信新西兰外交部亚洲司司长卡尔·彼得森,感谢新方的支持。", "黎文兴", "卡尔·彼得森"),
    ("越南外交部长裴青山12日回函老挝外交部亚洲司司长坎平·西萨瓦。", "裴青山", "坎平·西萨瓦"),
])
def test_a_reply_word_opens_no_title_of_the_one_addressed(text: str, sender: str, recipient: str) -> None:
    doc = _doc(text)
    assert not any(r.title.startswith(("日复", "日回")) for r in doc.roles)
    assert any(e.type == "MESSAGE" and sender in e.participants and recipient in e.participants for e in doc.events)


def test_a_bare_body_word_inside_an_unknown_persons_post_is_of_the_persons_land() -> None:
    doc = _doc("越南外交部长裴青山会见了老挝客人。裴青山在外交部总部与革命党中央对外部代理部长坎平·西萨瓦合影。"
               "老挝人民革命党中央委员坎平·西萨瓦表示感谢。")
    bodies = {e.name for m in doc.mentions if m.text == "中央对外部" for e in doc.entities if e.id == m.entity_id}
    assert bodies and all("老挝" in b for b in bodies)
