"""Probes of events not found, or found as one where SPEC counts two (ev63; invented sentences, Simplified and
Traditional, in the registers of several outlets).

(a) Messages exchanged (甲同乙互致贺电) are one MESSAGE per sending side (SPEC: one per sending country), also
under a headline that names both sides: the headline's two messages are not one told twice."""

from __future__ import annotations

import pytest

from eventpage import of

EXCHANGED = [
    ("习近平同梁强互致贺电", "国家主席习近平5日同越南国家主席梁强互致贺电,庆祝两国建交75周年。", ["习近平", "梁强"]),
    ("習近平同梁強互致賀電", "國家主席習近平5日同越南國家主席梁強互致賀電,慶祝兩國建交75週年。", ["习近平", "梁强"]),
    ("王毅同裴青山互致贺电", "外交部长王毅5日同越南外长裴青山互致贺电,庆祝两国建交75周年。", ["王毅", "裴青山"]),
    ("李强同石破茂互致贺电", "国务院总理李强5日同日本首相石破茂互致贺电,庆祝中日邦交正常化53周年。", ["李强", "石破茂"]),
    # the season's greetings between the exchange and the message word
    ("习近平同普京互致新年贺电", "国家主席习近平5日同俄罗斯总统普京互致新年贺电。", ["习近平", "普京"]),
]


@pytest.mark.parametrize(("title", "body", "pair"), EXCHANGED)
def test_messages_exchanged_are_one_message_each_way(title: str, body: str, pair: list[str]) -> None:
    found = of(body, "MESSAGE", f"{title}\n\n新华社北京3月5日电 ")
    ways = sorted((tuple(e.source), tuple(e.target)) for e in found)
    assert ways == sorted([((pair[0],), (pair[1],)), ((pair[1],), (pair[0],))])


def test_one_message_under_a_headline_naming_both_stays_one() -> None:
    found = of("国家主席习近平5日致电越南国家主席梁强,祝贺他当选。", "MESSAGE", "习近平致电祝贺梁强当选\n\n新华社北京3月5日电 ")
    assert [sorted(e.participants) for e in found] == [["习近平", "梁强"]]


# (b) words of outlets and registers the open pages lack: a letter received or sent (来信, 来函, 发函), a visit as Taiwan's
# papers honour it (蒞臨), a signing told by the signature (签字), the set speeches of heads of government (国情咨文,
# 施政报告, 施政演说, 国情报告)
NEW_WORDS = [
    ("国家主席习近平近日收到美国前总统卡特的来信,卡特在信中祝贺中美建交周年。", "MESSAGE", ["习近平", "卡特"]),
    ("总理黄循财发函给泰国总理佩通坦,祝贺她上任。", "MESSAGE", ["佩通坦", "黄循财"]),
    ("巴拉圭總統貝尼亞今天蒞臨台灣,展開國是訪問。", "VISIT", ["台湾", "贝尼亚"]),
    ("巴拉圭總統貝尼亞今天蒞臨台灣訪問,總統賴清德以軍禮歡迎。", "VISIT", ["台湾", "贝尼亚"]),
    ("中越双方代表5日在河内签字,确认两国边界勘界成果。", "AGREEMENT", ["中国", "越南"]),
    ("行政長官李家超今日在立法會發表《施政報告》。", "STATEMENT", ["李家超"]),
    ("美国总统特朗普5日在国会发表国情咨文。", "STATEMENT", ["特朗普"]),
    ("總統賴清德今天赴立法院進行國情報告。", "STATEMENT", ["赖清德"]),
]


@pytest.mark.parametrize(("body", "type_", "parties"), NEW_WORDS)
def test_the_words_of_other_registers_tell_their_events(body: str, type_: str, parties: list[str]) -> None:
    assert parties in [sorted(e.participants) for e in of(body, type_)]


NOT_EVENTS = [
    ("省委书记5日莅临河内工业园区指导工作。", "VISIT"),  # a leader at a local site
    ("越南代表团5日参观了一家生产签字笔的工厂。", "AGREEMENT"),  # a pen
    ("本报近日收到多封读者来信,关注中越合作。", "MESSAGE"),  # readers' letters
    ("香港特区政府施政报告提出,将加强与东盟的联系。", "STATEMENT"),  # the address named as a source
    ("根据去年的施政报告,香港将设立新的投资基金。", "STATEMENT"),
]


@pytest.mark.parametrize(("body", "type_"), NOT_EVENTS)
def test_the_new_words_used_otherwise_tell_no_event(body: str, type_: str) -> None:
    assert of(body, type_) == []


# (c) two lands' leaders exchanging messages with no sender named (中越两国领导人互致贺电): a message each way (SPEC: one per
# sending country); a lead so summing up the people's exchange told below it adds nothing
LANDS_EXCHANGE = [
    ("中越领导人互致贺电", "中越两国领导人5日互致贺电,庆祝两国建交75周年。", ["中国", "越南"]),
    ("测试新闻", "中越两国领导人5日互致贺电,庆祝两国建交75周年。", ["中国", "越南"]),
    ("老越领导人互致贺电", "老越两国领导人5日互致贺电。", ["老挝", "越南"]),
]


@pytest.mark.parametrize(("title", "body", "pair"), LANDS_EXCHANGE)
def test_two_lands_exchanging_messages_send_one_each(title: str, body: str, pair: list[str]) -> None:
    found = of(body, "MESSAGE", f"{title}\n\n新华社北京3月5日电 ")
    ways = sorted((tuple(e.source), tuple(e.target)) for e in found)
    assert ways == sorted([((pair[0],), (pair[1],)), ((pair[1],), (pair[0],))])


def test_a_lead_summing_up_the_exchange_told_below_adds_nothing() -> None:
    found = of("中越两国领导人5日互致贺电。国家主席习近平同越南国家主席梁强互致贺电。", "MESSAGE",
               "中越领导人互致贺电\n\n新华社北京3月5日电 ")
    assert sorted(sorted(e.participants) for e in found) == [["习近平", "梁强"], ["习近平", "梁强"]]


# (d) a host told by a one-character short form (访澳, 抵澳) is Macao on a page that names Macao and not Australia
# (Macao's government releases), Australia elsewhere
SHORT_HOSTS = [
    ("（澳門5日電）葡萄牙外交部長蘭熱爾今天率團訪澳,與行政長官岑浩輝會面。", ["兰热尔", "澳门"]),
    ("（澳門5日電）葡萄牙總統德索薩今天抵澳,展開為期三天的訪問。", ["德索萨", "澳门"]),
    ("【联合早报讯】总理黄循财下周访澳,将与澳大利亚总理阿尔巴尼斯会面。", ["澳大利亚", "黄循财"]),
]


@pytest.mark.parametrize(("body", "visit"), SHORT_HOSTS)
def test_a_one_character_host_is_the_land_the_page_names(body: str, visit: list[str]) -> None:
    assert visit in [sorted(e.participants) for e in of(body, "VISIT", "测试新闻\n\n2025-03-05\n\n")]


# (e) a post on a platform told with no verb of saying (在社交平台X上发文,祝贺…; 在推特發文) is its author's statement; a
# post as the setting of another act, or a body issuing a document, is none
POSTS = [
    ("中国外交部长王毅5日在社交平台X上发文,祝贺东盟成立58周年。", "王毅"),
    ("外交部長林佳龍今天在推特發文,感謝美國國會議員來訪。", "林佳龙"),
    ("国务资政李显龙今天在脸书贴文,祝贺马来西亚国庆。", "李显龙"),
]


@pytest.mark.parametrize(("body", "author"), POSTS)
def test_a_post_on_a_platform_is_its_authors_statement(body: str, author: str) -> None:
    assert [author] in [e.participants for e in of(body, "STATEMENT")]


@pytest.mark.parametrize("body", ["商务部5日发文,要求各地做好外贸工作。",
                                  "国务资政李显龙早前在一则脸书贴文上发表唁函,对泰国前首相逝世表达慰问。"])
def test_a_document_issued_or_a_post_as_a_setting_is_no_statement(body: str) -> None:
    assert of(body, "STATEMENT") == []


def test_a_headlines_bare_post_makes_no_platform_a_speaker() -> None:
    found = of("立法院長韓國瑜今天在臉書發文指出,歡迎友邦元首來訪。", "STATEMENT", "立法院長臉書發文\n\n（中央社記者王小明台北5日電）")
    assert [e.participants for e in found] == [["韩国瑜"]]


# (f) 去电 (Taiwan's papers) is read as 致电: a telegram where its sentence says what it conveys, else a phone call
CALLED_OR_SENT = [
    ("總統賴清德今天去電祝賀帕勞總統惠普斯連任成功。", "MESSAGE", ["惠普斯", "赖清德"]),
    ("總統賴清德今天去電日本首相石破茂,對地震災情表達慰問。", "MESSAGE", ["石破茂", "赖清德"]),
    ("外交部長林佳龍今天去電美國國務卿魯比歐,就區域情勢交換意見。", "CALL", ["林佳龙", "鲁比奥"]),
]


@pytest.mark.parametrize(("body", "type_", "parties"), CALLED_OR_SENT)
def test_a_call_made_is_a_message_where_it_conveys_one(body: str, type_: str, parties: list[str]) -> None:
    assert parties in [sorted(e.participants) for e in of(body, type_)]
