"""(en36) Bodies on unseen pages, from broad knowledge: parties, parliaments, ministries, news
agencies and regional bodies, on invented sentences (probe grids, /work/notes/s7/en36/probes.md)."""

from __future__ import annotations

import pytest

from invented import entity_mentions, page_of

# ruling and main parties and news agencies, by their standard Chinese names: each is one ORG, and no
# country's short form, no shorter party's name read inside it (民族行动党 holds 人民行动党's 行动党)
_PARTIES = [
    ("【联合早报讯】利库德集团领导人昨天宣布组建新政府。", "利库德集团", ()),
    ("乌克兰人民公仆党议员团访问了华沙。", "乌克兰人民公仆党", ()),
    ("土耳其共和人民党在地方选举中获胜。", "土耳其共和人民党", ()),
    ("民族行动党主席表示支持总统。", "民族行动党", ("行动党",)),
    ("波兰法律与公正党发表声明。", "波兰法律与公正党", ("公正党",)),
    ("阿根廷自由前进党候选人赢得大选。", "阿根廷自由前进党", ("前进党",)),
    ("马尔代夫人民国民大会党代表团访问北京。", "马尔代夫人民国民大会党", ()),
    ("菲律宾自由党参议员发表讲话。", "菲律宾自由党", ()),
    ("荷兰自由党领袖出席了集会。", "荷兰自由党", ()),
    ("黎巴嫩阿迈勒运动发表声明，呼吁停火。", "黎巴嫩阿迈勒运动", ()),
    ("德国社民党和绿党达成联合执政协议。", "德国社民党", ()),
    ("据卢萨社报道，葡萄牙总统将访问中国。", "卢萨社", ()),
    ("据柬新社报道，柬埔寨首相将出席峰会。", "柬新社", ()),
    ("安纳多卢通讯社援引消息人士的话说，谈判已取得进展。", "安纳多卢通讯社", ()),
]


@pytest.mark.parametrize("text,body,not_read", _PARTIES)
def test_a_main_party_or_agency_is_one_body(text: str, body: str, not_read: tuple[str, ...]) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    for x in not_read:
        assert x not in found


def test_a_bare_name_several_parties_bear_is_no_known_party() -> None:
    # 参政党 names China's eight democratic parties too: only Japan's, named with its country, is listed
    assert "日本参政党" not in entity_mentions("中国八个参政党的负责人出席了座谈会。")


# a known body whose whole name reads as other countries' short forms is the body's name (哈, 马, 斯);
# a group of the countries it spells keeps them, and so does a body of one of them
_SPELLED = [
    ("越通社河内——哈马斯代表团6日抵达开罗。", "哈马斯", ("哈萨克斯坦", "马来西亚", "斯里兰卡")),
    ("新华社北京3月5日电 中联部部长会见了哈马斯中央委员会副主席。", "哈马斯", ("哈萨克斯坦", "斯里兰卡")),
    ("【联合早报讯】哈马斯和以色列昨天同意停火。", "哈马斯", ("马来西亚",)),
    ("（中央社記者開羅5日電）哈瑪斯今天發表聲明。", "哈马斯", ("斯里兰卡",)),
]


@pytest.mark.parametrize("text,body,not_read", _SPELLED)
def test_a_body_spelled_by_short_forms_names_no_countries(text: str, body: str, not_read: tuple[str, ...]) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    for x in not_read:
        assert x not in found


def test_a_group_spelled_by_its_countries_keeps_them() -> None:
    found = entity_mentions("越南积极参与柬老缅越合作机制。")
    assert {"柬埔寨", "老挝", "缅甸"} <= set(found)


# a known body named with its country's other name (Taiwan's 纽西兰, 坦尚尼亚, 寮国) is that body
_OTHER_SPELLINGS = [
    ("（中央社記者台北5日電）紐西蘭工黨今天發表聲明。", "新西兰工党", "纽西兰工党"),
    ("（中央社記者台北5日電）坦尚尼亞革命黨代表團今天抵達北京。", "坦桑尼亚革命党", "坦尚尼亚革命党"),
    ("（中央社記者台北5日電）馬爾地夫民主黨今天贏得國會多數席位。", "马尔代夫民主党", "马尔地夫民主党"),
    ("（中央社記者台北5日電）烏茲別克自由民主黨贏得國會選舉。", "乌兹别克斯坦自由民主党", "乌兹别克自由民主党"),
    ("（中央社記者台北5日電）義大利外交與國際合作部今天證實，兩國將舉行會談。", "意大利外交部", "义大利外交与国际合作部"),
    ("【联合早报讯】纽西兰国家党领袖昨天宣布辞职。", "新西兰国家党", "纽西兰国家党"),
]


@pytest.mark.parametrize("text,body,form", _OTHER_SPELLINGS)
def test_a_body_named_with_its_country_s_other_name_is_the_known_body(text: str, body: str, form: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert form not in found or body in found  # the page's form is a mention of the known body


# a bare body word after a word for a country or place the sentence does not name (东道国, 驻在国, 有关国家,
# 对方, 当地) is none of the page's or the outlet's country's bodies
_UNNAMED_OWNERS = [
    ("越通社河内——越南代表团访问古巴期间，东道国政府为代表团举行了欢迎仪式。", "东道国政府", "越南"),
    ("新华社北京3月5日电 中国驻外使馆积极协助所在国政府开展救灾。", "所在国政府", "中国"),
    ("越通社河内——越南驻外代表机构与驻在国政府保持密切联系。", "驻在国政府", "越南"),
    ("新华社北京3月5日电 中方敦促有关国家政府停止干涉。", "有关国家政府", "中国"),
    ("越通社河内——双方会谈中，越方感谢对方政府的支持。", "对方政府", "越南"),
    ("新华社北京3月5日电 当地政府官员会见了中国企业代表。", "当地政府", "中国"),
    ("【联合早报讯】代表团在东道国外交部的安排下参观了港口。", "东道国外交部", "新加坡外交部"),
]


@pytest.mark.parametrize("text,phrase,home", _UNNAMED_OWNERS)
def test_a_body_of_an_unnamed_country_is_not_the_home_country_s(text: str, phrase: str, home: str) -> None:
    doc = page_of(text)
    k = doc.text.index(phrase)
    assert not [m for m in doc.mentions if m.type in ("ORG", "COUNTRY") and k <= m.start < k + len(phrase)]
    assert home not in {e.name for e in doc.entities if e.type == "ORG"}


def test_a_body_after_the_country_named_before_it_stays_that_country_s() -> None:
    # 该国 repeats the country named before it: its body is that country's
    assert "老挝外交部" in entity_mentions("越通社河内——老挝发生洪灾，该国外交部感谢越南的援助。")


# a bare chamber word on a page of its country is that country's chamber (国民议会, 人民代表会议, 立法会)
_CHAMBERS = [
    ("新华社巴黎3月5日电 法国总理5日在国民议会发表施政演说。", "法国国民议会", "议会"),
    ("新华社雅加达3月5日电 印尼总统5日向人民代表会议提交了预算案。", "印度尼西亚国会", ""),
    ("新华社雅加达3月5日电 印尼总统5日出席人民协商会议年度会议。", "印度尼西亚人民协商会议", ""),
    ("新华社澳门3月5日电 澳门特区行政长官5日列席立法会全体会议。", "澳门立法会", ""),
    ("新华社安卡拉3月5日电 土耳其总统5日在大国民议会发表讲话。", "土耳其大国民议会", ""),
    ("塔斯社莫斯科3月5日电 联邦委员会主席5日会见了越南国会代表团。", "俄罗斯联邦委员会", ""),
]


@pytest.mark.parametrize("text,body,fragment", _CHAMBERS)
def test_a_bare_chamber_on_its_country_s_page_is_that_chamber(text: str, body: str, fragment: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert not fragment or fragment not in found


@pytest.mark.parametrize("text,body", [
    ("（中央社記者台北5日電）美國在台協會處長今天拜會外交部長。", "美国在台协会"),
    ("（中央社記者台北5日電）AIT發言人今天表示，美方支持台灣參與國際組織。", "美国在台协会"),
    ("（中央社記者台北5日電）台灣日本關係協會會長今天出席活動。", "台湾日本关系协会"),
    ("新华社罗马3月5日电 八国集团峰会5日在意大利举行。", "八国集团"),
])
def test_the_bodies_that_stand_for_a_state_in_taiwan_are_bodies(text: str, body: str) -> None:
    assert "ORG" in entity_mentions(text).get(body, set())


@pytest.mark.parametrize("text,body", [
    ("越通社金边——柬埔寨副首相6日表示，外交与国际合作部将与越南外交部加强合作。", "柬埔寨外交与国际合作部"),
    ("越通社金边——柬埔寨首相6日会见外宾时说，外交和国际合作部已做好准备。", "柬埔寨外交与国际合作部"),
    ("新华社罗马3月5日电 意大利总理5日表示，外交与国际合作部将召见俄罗斯大使。", "意大利外交部"),
])
def test_a_foreign_ministry_named_bare_by_its_full_name_is_its_country_s(text: str, body: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert "国际合作部" not in found


# no body's name holds a verb of winning or losing an election: the party is named alone
@pytest.mark.parametrize("text,party", [
    ("新华社莫斯科3月5日电 统一俄罗斯党5日赢得国会选举。", "统一俄罗斯党"),
    ("新华社斯德哥尔摩3月5日电 瑞典社民党5日赢得议会选举。", "瑞典社民党"),
    ("新华社东京3月5日电 自民党5日失去议会多数。", "自民党"),
    ("【联合早报讯】印度人民党昨日夺得国会过半议席。", "印度人民党"),
])
def test_an_election_verb_ends_a_party_s_name(text: str, party: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(party, set())
    assert not [n for n in found if any(v in n for v in ("赢得", "失去", "夺得"))]


# what a body does to another (批评, 组建, 退出 …) and the day it does it (5日) are no part of a body's name
@pytest.mark.parametrize("text,doer", [
    ("【联合早报讯】民主行动党批评政府的预算案。", "马来西亚民主行动党"),
    ("【联合早报讯】人民公正党组建政府。", "人民公正党"),
    ("新华社北京3月5日电 世卫组织5日援助政府。", "世界卫生组织"),
    ("新华社北京3月5日电 东盟秘书处5日监督外交部的筹备工作。", "东盟秘书处"),
    ("新华社北京3月5日电 人民行动党5日领导政府推动改革。", "人民行动党"),
])
def test_a_deed_or_a_day_ends_a_body_s_name(text: str, doer: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(doer, set())
    assert not [n for n in found if n.endswith(("政府", "外交部")) and len(n) > 6]


# a bare ministry in a post that runs on past it (外交部 + 发言人 + a known person) is the holder's country's,
# whatever the page's main country or the outlet's
@pytest.mark.parametrize("text,body", [
    ("外交部发言人毛宁5日宣布：应南非总统拉马福萨邀请，国家主席习近平将访问南非。南非方面对此表示欢迎。", "中国外交部"),
    ("新华社莫斯科3月5日电 外交部发言人扎哈罗娃5日表示，俄罗斯将对此作出回应。俄罗斯总统普京当天也发表了讲话。", "俄罗斯外交部"),
])
def test_a_spokesperson_s_ministry_is_the_spokesperson_s_country_s(text: str, body: str) -> None:
    assert "ORG" in entity_mentions(text).get(body, set())
