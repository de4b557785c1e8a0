"""Entity mechanisms that recur across the older entity tuning sets (session 5, en9), on invented text:
a bare ministry whose country the sentence states but the knowledge base lists no such body of, news
outlets by the shape of their credit (a dateline ending in 讯, a name in angle brackets opening the
article, 在线/通讯 as outlet words), a news agency's website apart from the agency (中新网 / 中新社, as
新华网 / 新华社), and squares, monuments, memorial halls and industrial zones as places."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _names(text: str, type_: str) -> set[str]:
    return {e.name for e in _doc(text).entities if e.type == type_}


def test_an_unlisted_ministry_owned_by_the_sentences_country():
    orgs = _names("智利内阁今天宣布,内政部长托雷斯将于下月率团出访。", "ORG")
    assert "智利内政部" in orgs


def test_an_outlet_opening_a_dateline_that_ends_in_xun():
    assert "巴西华人在线" in _names("巴西华人在线圣保罗5月9日讯 巴西外交部表示欢迎。", "ORG")


def test_an_outlet_in_angle_brackets_opening_the_article():
    assert "恒信通讯" in _names("<恒信通讯> 国防部长今天在记者会上表示,两军将加强交流。", "ORG")


def test_kyodo_in_a_photo_credit():
    assert "共同社" in _names("日本首相会见了来访的越南总理(3日,东京,KYODO)。", "ORG")


def test_a_news_agencys_website_is_not_the_agency():
    orgs = _names("中新网北京5月3日电 外交部发言人今天表示欢迎。", "ORG")
    assert "中国新闻网" in orgs and "中国新闻社" not in orgs


def test_sputniks_chinese_brand():
    assert "卫星通讯社" in _names("卫星新闻北京3月2日电 外交部发言人今天表示欢迎。", "ORG")


def test_squares_monuments_halls_and_industrial_zones():
    places = _names("代表团前往莲花广场,向烈士纪念碑敬献花圈,随后参观胜利纪念馆,并考察新港工业区。", "LOCATION")
    assert {"莲花广场", "烈士纪念碑", "胜利纪念馆", "新港工业区"} <= places


def test_a_reporter_whose_surname_is_also_a_stop_word():
    doc = _doc("(本社记者曾立伟河内2日专电)两国国防部长今天举行会谈。")
    assert "曾立伟" in {e.name for e in doc.entities if e.type == "PERSON"}
    assert any(r.person == "曾立伟" and r.title.endswith("记者") for r in doc.roles)


def test_two_writers_after_a_writing_credit():
    people = _names("两国发表联合声明\n撰文:李文静 黄书涵\n出版:\n外交部发言人今天宣布。", "PERSON")
    assert {"李文静", "黄书涵"} <= people
