"""Events on invented text (issue 13, ev5 round of unseen pages): Hong Kong and Taiwan wordings, greetings
conveyed by a go-between, units named by where they go, meetings told as the time of what follows."""

from __future__ import annotations

from tests.eventpage import events, of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_two_countries_leaders_meeting_called_lingxiu_is_their_meet():
    body = "中国国家主席习近平7日在韩国与日本首相石破茂,首度举行中日领袖会议。"
    got = of(body, "MEET", "测试新闻\n\n中央社首尔5月8日电 ")
    assert got and {"习近平", "石破茂"} <= set(got[0].participants)
    assert not of(body, "CONFERENCE", "测试新闻\n\n中央社首尔5月8日电 ")


def test_an_interview_called_fangwen_is_a_statement_not_a_visit():
    got = of("日本首相安倍晋三早前接受访问时重申,日中关系十分重要。", "STATEMENT", "测试新闻\n\n中央社东京5月8日电 ")
    assert got and got[0].participants == ["安倍晋三"]
    assert not of("日本首相安倍晋三早前接受访问时重申,日中关系十分重要。", "VISIT", "测试新闻\n\n中央社东京5月8日电 ")


def test_a_unit_named_by_where_it_goes_is_a_deployment_of_its_country():
    body = "中国第20批赴南苏丹维和部队首批官兵7日从郑州启程,执行为期一年的任务。"
    got = of(body, "DEPLOYMENT", HEAD)
    assert got and set(got[0].participants) == {"中国", "南苏丹"}
    # the forces served are no unit sent
    assert not of("医疗分队负责联合国工作人员及维和部队的日常医疗保障。", "DEPLOYMENT", HEAD)


def test_greetings_conveyed_by_a_go_between_are_a_message_of_their_sender():
    body = "7日,越共中央总书记苏林会见了美国国务卿布林肯。布林肯转达美国总统拜登对苏林的亲切问候。"
    got = of(body, "MESSAGE", "测试新闻\n\n越通社河内5月8日电 ")
    assert got and set(got[0].participants) == {"拜登", "苏林"}
    assert got[0].source == ["拜登"]


def test_elected_again_with_a_form_of_address_between():
    body = "7日,苏林与洪森举行会谈。洪森祝贺苏林同志再次当选越共中央总书记。"
    got = of(body, "ELECTION", "测试新闻\n\n越通社金边5月8日电 ")
    assert got and "苏林" in got[0].participants


def test_a_meeting_opening_its_clause_as_the_time_of_what_follows_is_no_meeting():
    body = ("国家主席习近平7日在人民大会堂会见肯尼亚总统鲁托。会见后,两国元首共同见证了合作文件的签署。"
            "丁薛祥、王毅参加会见。")
    got = of(body, "MEET", HEAD)
    assert got and all({"习近平", "鲁托"} <= set(e.participants) for e in got)


def test_a_meeting_that_will_not_happen_is_none():
    body = "日本公明党党首山口那津男继续在北京访问,消息指习近平并不会和他见面。"
    assert not of(body, "MEET", "测试新闻\n\n中央社北京5月8日电 ")


def test_two_people_adopt_a_joint_statement():
    body = "俄罗斯总统普京7日在河内同越南国家主席苏林举行会谈。两人会谈后,通过关于深化伙伴关系的联合声明。"
    got = of(body, "AGREEMENT", "测试新闻\n\n新华社河内5月8日电 ")
    assert got and {"普京", "苏林"} <= set(got[0].participants)


def test_a_spokesman_post_is_no_speech():
    body = "日本放送协会报导,相当于日本政府发言人的内阁官房长官林芳正表示,两国关系十分重要。"
    got = [e for e in events(body, "测试新闻\n\n新华社东京5月8日电 ") if e.type == "STATEMENT"]
    assert got and all(e.participants == ["林芳正"] for e in got)


def test_congratulated_on_being_elected_by_a_pronoun():
    body = "国家主席习近平7日致电卢拉,祝贺他再次当选巴西总统。"
    got = of(body, "ELECTION", HEAD)
    assert got and "卢拉" in got[0].participants


def test_a_letter_handed_over_by_an_envoy_is_its_authors_message():
    body = "国家主席习近平7日会见韩国特使金武星。金武星把文在寅总统的亲笔信转交给习近平。"
    got = of(body, "MESSAGE", HEAD)
    assert got and got[0].source == ["文在寅"] and "金武星" not in got[0].participants


def test_a_guest_received_in_the_passive_meets_the_host():
    body = "马来西亚副首相阿末扎希7日访华时受到国务院总理李强盛情接待。"
    got = of(body, "MEET", HEAD)
    assert got and {"李强"} <= set(got[0].participants) and len(got[0].participants) >= 2
    assert not of("该酒店7日接待游客三千人次。", "MEET", HEAD)


def test_those_who_joined_the_meeting_are_at_it():
    body = ("国家主席习近平7日在人民大会堂会见肯尼亚总统鲁托。\n\n习近平指出,不到一年内我同总统先生两次会面。\n\n"
            "王毅、何立峰参加会见。")
    got = of(body, "MEET", HEAD)
    assert got and {"习近平", "鲁托", "王毅", "何立峰"} <= set(got[0].participants)
