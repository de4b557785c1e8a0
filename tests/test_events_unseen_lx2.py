"""The standard words of Chinese diplomatic news for statements, aid, agreements, conferences, protests and messages
(lx2, issue 13), read from invented sentences: words the data lacked (透露, 致词, 驰援, 缔结…条约, 互换…文本, 两会,
东博会, 抨击, 批评, 致哀) and the places where they are none (未透露, bare 缔结, 批评者, 互换意见)."""

from __future__ import annotations

from eventpage import of


def _parts(text: str, type_: str) -> list[list[str]]:
    return [e.participants for e in of(text, type_)]


def test_a_disclosure_is_a_statement():
    assert ["王毅"] in _parts("中国外长王毅19日在北京透露,中方将派团出席明年的会议。", "STATEMENT")


def test_nothing_disclosed_is_no_statement():
    # (a guard: it passes without the 透露 condition too; on the open pages the condition removed one extra)
    assert not _parts("王毅此前并未透露具体日程。", "STATEMENT")


def test_a_word_of_address_is_a_statement():
    # Taiwan papers write 致詞 for 致辞
    assert ["林佳龙"] in _parts("外交部长林佳龙12日出席晚会并致詞,感谢各方长期支持。", "STATEMENT")
    assert ["林佳龙"] in _parts("外交部长林佳龙12日设宴款待访问团,并于宴前致欢迎词。", "STATEMENT")


def test_frank_words_are_a_statement():
    assert ["李显龙"] in _parts("新加坡总理李显龙8日坦言,区域局势仍然复杂。", "STATEMENT")


def test_an_appeal_is_a_statement():
    assert ["古特雷斯"] in _parts("联合国秘书长古特雷斯10日呼吁各方保持克制。", "STATEMENT")


def test_aid_rushed_is_aid():
    events = of("中国政府3日驰援缅甸地震灾区。", "AID")
    assert any("缅甸" in e.participants for e in events)


def test_a_grant_given_is_aid():
    events = of("日本政府5日向老挝赠款200万美元,用于灾后重建。", "AID")
    assert any({"日本", "老挝"} <= set(e.participants) for e in events)


def test_concluding_a_treaty_is_an_agreement():
    events = of("越南与老挝两国政府7日在万象缔结边界条约。", "AGREEMENT")
    assert any({"越南", "老挝"} <= set(e.participants) for e in events)


def test_concluding_twinning_is_no_agreement():
    assert not of("两国边防部队定期开展交流、缔结、联合巡逻等活动。", "AGREEMENT")


def test_exchanging_the_texts_of_instruments_is_an_agreement():
    events = of("会谈后,越南与柬埔寨两国外长互换了引渡条约批准书。", "AGREEMENT")
    assert any({"越南", "柬埔寨"} <= set(e.participants) for e in events)


def test_exchanging_views_is_no_agreement():
    assert not of("越南与柬埔寨两国外长就地区局势互换意见。", "AGREEMENT")


def test_the_two_sessions_are_a_conference():
    events = of("李显龙祝贺中国成功召开两会。", "CONFERENCE")
    assert any("中国" in e.participants for e in events)


def test_a_fair_by_its_short_name_is_a_conference():
    events = of("越南政府总理范明政将于9月赴中国出席第21届东博会。", "CONFERENCE")
    assert any("范明政" in e.participants for e in events)


def test_lashing_out_is_a_disapproval():
    events = of("中国外交部10日抨击日本首相的涉台言论。", "DISAPPROVE")
    assert any("中国外交部" in e.participants or "中国" in e.participants for e in events)


def test_critics_as_a_noun_are_no_disapproval():
    assert not of("此举在美国国内引起争议,批评者要求政府正视人权问题。", "DISAPPROVE")


def test_condolences_expressed_are_a_message():
    events = of("越南国家主席梁强12日向泰国国王致哀,对泰国王太后逝世表示深切哀悼。", "MESSAGE")
    assert any("梁强" in e.participants for e in events)


def test_the_shangri_la_dialogue_is_a_conference():
    events = of("中国国防部长董军下月将赴新加坡出席第22届香格里拉对话。", "CONFERENCE")
    assert any("董军" in e.participants for e in events)


def test_an_angry_rebuke_is_a_disapproval():
    events = of("中国外交部10日怒批日本首相的涉台言论。", "DISAPPROVE")
    assert any("中国外交部" in e.participants or "中国" in e.participants for e in events)


def test_a_gift_passed_on_is_aid():
    events = of("中国驻老挝大使馆8日将一批学习用品转赠老挝万象市的小学。", "AID")
    assert events


def test_a_word_of_welcome_written_with_ci_is_a_statement():
    assert ["林佳龙"] in _parts("外交部长林佳龙12日出席晚会并致欢迎辞,感谢各方长期支持。", "STATEMENT")


def test_a_gift_presented_in_taiwan_wording_is_aid():
    events = of("台湾驻巴拉圭大使12日致赠巴拉圭政府一批救灾物资。", "AID")
    assert any("巴拉圭" in e.participants for e in events)
