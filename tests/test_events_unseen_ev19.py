"""Event reading on phrasings met on pages the project had never seen (ev19, issue 13, the event types other
than visits, meetings and calls: conferences, statements, anniversaries, aid; invented sentences)."""

from __future__ import annotations

from eventpage import of

_TALKS = "两国总理举行会谈\n\n越通社河内——5月3日,越南政府总理阮文甲同柬埔寨首相洪玛奈举行会谈。"


def test_a_meeting_word_before_its_outcome_tells_no_meeting():
    # 落实…联合委员会会议的成果: the outcome of a meeting held before, no meeting told
    body = _TALKS + "双方同意继续推动两国合作,尤其是认真贯彻两国领导人达成的各项共识、越柬经济合作委员会会议的成果以及各地方的合作计划。"
    assert not of(body, "CONFERENCE")


def test_a_meeting_word_inside_a_ministers_portfolio_tells_no_meeting():
    # 世界博览会担当大臣: a minister's portfolio
    body = _TALKS + "\n\n同日,阮文甲还会见了日本前世界博览会担当大臣山田一郎众议员。"
    assert not of(body, "CONFERENCE")


def test_a_post_in_an_assembly_with_its_short_name_between_tells_no_meeting():
    # 联合国大会(简称:联大)主席: a post in the body, its short name between
    body = _TALKS + "\n\n此前,阮文甲与联合国大会(简称:联大)主席彼得·汉森举行会晤。"
    assert not of(body, "CONFERENCE")


def test_words_reported_at_a_reception_by_one_attending_it_are_a_statement():
    # 招待会…某某出席招待会。某某说…: words told at a reception are said to the gathering, not inside talks
    body = ("泰国驻华使馆举行建交招待会\n\n"
            "新华社北京6月9日电 庆祝中泰建交50周年招待会9日晚在北京举行,外交部长王文甲和泰国驻华大使颂猜·汶米出席招待会。\n\n"
            "泰国驻华大使颂猜·汶米说,两国友谊源远流长,双方合作成果丰硕。")
    assert any(e.participants == ["颂猜·汶米"] for e in of(body, "STATEMENT"))


def test_words_reported_at_a_meet_and_greet_gathering_are_statements():
    # 举行…见面会: a gathering like a reception; what its hosts and guests say there is a statement each
    body = ("市领导会见各国总领事\n\n"
            "越通社胡志明市——6月9日晚,胡志明市人民委员会举行外国驻该市总领事和国际组织代表见面会。\n\n"
            "胡志明市人民委员会主席阮文甲表示,过去一年该市经济保持增长。\n\n"
            "瑞士驻胡志明市总领事汉斯·穆勒表示,各国愿继续与该市开展合作。")
    speakers = {p for e in of(body, "STATEMENT") for p in e.participants}
    assert {"阮文甲", "汉斯·穆勒"} <= speakers


def test_a_seat_in_a_council_names_the_council_not_the_body_above_it():
    # 联合国安理会非常任理事国: the seat is the council's; 联合国 behind it is no party (open gold: seeds, dev2)
    body = "老挝外交部表示,老挝将担任2030至2031年联合国安理会非常任理事国。"
    roles = of(body, "MULTILATERAL_ROLE")
    assert roles and all("联合国" not in e.participants for e in roles)
    assert any({"老挝", "联合国安理会"} <= set(e.participants) for e in roles)


def test_the_country_before_the_verb_of_holding_holds_the_seat_not_the_one_supporting():
    # 越南对柬埔寨在担任…轮值主席国…给予支持: 柬埔寨 holds the chair; 越南 supports it
    body = "阮文甲总理强调越南对柬埔寨在担任2030年东盟轮值主席国一职将获取成功给予积极的支持。"
    roles = of(body, "MULTILATERAL_ROLE")
    assert roles and all("越南" not in e.participants for e in roles)
    assert any(e.participants[0] == "柬埔寨" for e in roles)


def test_the_country_a_supporter_thanks_is_no_seat_holder():
    # 感谢新加坡支持越南担任…: the one thanked supports, the one after holds
    body = "越南外长黎文甲感谢新加坡已积极支持越南担任2030年东盟轮值主席国。"
    roles = of(body, "MULTILATERAL_ROLE")
    assert roles and all("新加坡" not in e.participants for e in roles)


def test_an_anniversary_of_relations_told_through_liangguo_names_both_countries():
    # 此访恰逢两国纪念建立…伙伴关系15周年: 两国 stands for the page's two countries
    body = ("泰国总理抵达河内\n\n越通社河内——6月9日,泰国总理颂猜·汶米抵达河内,对越南进行正式访问。"
            "此访恰逢两国纪念建立战略伙伴关系15周年之际进行。")
    assert any({"越南", "泰国"} <= set(e.participants) for e in of(body, "ANNIVERSARY"))


def test_an_anniversary_of_normalized_relations_or_a_treaty_names_the_pair_of_the_compound():
    # 就中日邦交正常化40周年, 越老友好合作条约签署50周年: the two countries of the short-form compound
    body = ("两国领导人互致贺电\n\n新华社北京6月9日电 国务院总理王文甲6月9日就中日邦交正常化40周年致电日本首相山田一郎。\n\n"
            "越南总理与老挝总理同意联合举行好越老友好合作条约签署50周年纪念活动。")
    anniversaries = of(body, "ANNIVERSARY")
    assert any({"中国", "日本"} <= set(e.participants) for e in anniversaries)
    assert any({"越南", "老挝"} <= set(e.participants) for e in anniversaries)
