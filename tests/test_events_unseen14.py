"""Events on phrasings met on pages of outlets the project had never seen (issue 13, session 3; invented
sentences): a page's keyword line tells no event; a name known as something (…之称) is no one speaking;
a call dated by its month (自6月…通电话以来) is told; a pronoun stands for the person a clause before
names; a byline listing several reporters credits every one; 两国防长 are the two ministers."""

from __future__ import annotations

from dipnet.pipeline import extract
from eventpage import of


def test_a_keyword_line_tells_no_call():
    page = ("新华社北京5月8日电 外交部发言人陈明8日表示,两国元首的通话是积极的。\n编辑:李四\n"
            "关键词:外交部陈明元首通话\n")
    got = extract(page, source="t.txt").events
    assert not [e for e in got if e.type == "CALL"]
    assert [e for e in got if e.type == "STATEMENT" and e.participants == ["陈明"]]


def test_a_place_known_by_a_name_is_no_statement():
    body = "越南国家主席梁强参观了有着“东方明珠”之称的下龙湾。"
    assert not of(body, "STATEMENT")


def test_a_call_dated_by_its_month_before_since_is_told():
    body = "越南国家主席梁强抵达首尔。韩国总统李在明表示,自3月与他通电话以来,一直期待与对方会面。"
    calls = of(body, "CALL")
    assert calls and {"梁强", "李在明"} <= set(calls[0].participants)


def test_a_pronoun_stands_for_the_person_named_in_a_clause_before():
    body = "访问期间,越南国家主席梁强将会见新西兰总理拉克松,越南政府副总理陈红河将与他共同出席越新经贸论坛。"
    conf = of(body, "CONFERENCE")
    assert conf and {"陈红河", "拉克松"} <= set(conf[0].participants)


def test_every_reporter_of_a_byline_is_credited():
    page = ("测试新闻\n\n中新社河内6月10日电 (记者 王小明 李大华)越南国防部长潘文江与老挝国防部长占沙蒙10日举行会谈。"
            "这是两国防长自今年3月视频通话以来的又一次会面。\n")
    got = extract(page, source="t.txt").events
    assert all("李大华" not in e.participants and "王小明" not in e.participants for e in got)
    calls = [e for e in got if e.type == "CALL"]
    assert calls and "潘文江" in calls[0].participants and len(calls[0].participants) == 2


def test_the_one_welcomed_by_wei_visits_not_the_host():
    body = "签署仪式前,越南政府总理范明政为新西兰总理拉克松访越举行欢迎仪式。"
    visits = of(body, "VISIT")
    assert visits and all("范明政" not in e.participants for e in visits)


def test_a_headline_site_suffix_hosts_no_visit():
    page = ("王毅抵达法国尼斯 前往摩纳哥进行正式访问_滚动新闻_中国政府网\n新华社尼斯3月24日电 24日,国务委员兼外长王毅"
            "抵达法国尼斯,随后乘车前往摩纳哥,开始对摩纳哥进行正式访问。\n")
    visits = [e for e in extract(page, source="t.txt").events if e.type == "VISIT"]
    assert visits and all("中国" not in e.participants for e in visits)
    assert any("摩纳哥" in e.participants for e in visits)


def test_a_visit_told_on_its_arrival_day_and_a_day_later_is_one_trip():
    page = ("测试新闻\n\n越通社河内——2025年6月11日上午,越南政府总理范明政为新西兰总理拉克松访越举行欢迎仪式。"
            "拉克松10日晚抵达河内,开始对越南进行正式访问。\n")
    visits = [e for e in extract(page, source="t.txt").events if e.type == "VISIT"]
    assert len(visits) == 1 and visits[0].date == "2025-06-10"


def test_a_spokesperson_line_ending_in_a_colon_is_a_statement():
    page = ("王毅将访问南非\n外交部发言人耿爽宣布:\n应南非外长潘多尔邀请,国务委员兼外交部长王毅将于10月17日至23日"
            "对南非进行正式访问。\n")
    got = extract(page, source="t.txt", url="http://x.cn/2019-10/15/a.htm").events
    assert [e for e in got if e.type == "STATEMENT" and e.participants == ["耿爽"]]


def test_a_talk_given_is_a_statement():
    body = "越南国家主席梁强当晚在主席府发表谈话。"
    assert [e for e in of(body, "STATEMENT") if e.participants == ["梁强"]]


def test_a_forum_described_as_international_is_no_meeting():
    body = "“东方论坛”是由越南外交部发起并举行的国际性论坛。"
    assert all(e.participants != ["国际性论坛"] for e in of(body, "CONFERENCE"))


def test_the_venue_of_talks_takes_no_part():
    page = ("测试新闻\n\n新华社庆州11月1日电 韩国总统李在明今天在庆州会晤中国国家主席习近平。亚太经合组织领导人非正式"
            "会议今天落幕,紧接着韩中会谈在庆州博物馆举行,双方签署7项谅解备忘录。\n")
    meets = [e for e in extract(page, source="t.txt", url="http://x.cn/2025-11/01/a.htm").events if e.type == "MEET"]
    assert meets and all("庆州博物馆" not in e.participants for e in meets)


def test_the_envoy_summoned_is_protested_to():
    body = "越南外交部副部长阮明武召见中国驻越南大使熊波,就中方在黄沙群岛的行为提出严正抗议。"
    protests = of(body, "DISAPPROVE")
    assert protests and {"阮明武", "熊波"} <= set(protests[0].participants)


def test_talks_named_in_the_matter_of_a_protest_are_no_event():
    body = "越南外交部发言人范秋姮就中方在中美领导人会谈、中美联合声明中涉越的错误言行提出严正交涉。"
    assert not of(body, "MEET")
    assert not of(body, "AGREEMENT")


def test_the_countries_of_signing_ministries_are_parties():
    body = "越南工贸部部长阮鸿延与新西兰外交贸易部部长在惠灵顿签署《越南工贸部与新西兰外交贸易部关于贸易合作的谅解备忘录》。"
    signed = of(body, "AGREEMENT")
    assert signed and {"越南", "新西兰"} <= set(signed[0].participants)


def test_meetings_in_general_are_no_conference():
    page = ("测试新闻\n\n新华社马尼拉11月14日电 第31届东盟首脑会议及一系列东亚合作领导人会议14日晚在菲律宾马尼拉闭幕。"
            "菲律宾总统杜特尔特在闭幕式上说,菲律宾今年担任东盟轮值主席国。\n")
    confs = [e for e in extract(page, source="t.txt").events if e.type == "CONFERENCE"]
    assert len(confs) == 1 and "东盟" in confs[0].participants


def test_two_numbered_meetings_listed_are_two():
    body = "东盟峰会后,举行了第28届中国-东盟(10+1)领导人会议和第28届东盟与中日韩(10+3)领导人会议。"
    confs = of(body, "CONFERENCE")
    assert any(set(e.participants) >= {"日本", "韩国"} for e in confs)
    assert any("日本" not in e.participants and "中国" in e.participants for e in confs)


def test_who_is_glad_of_talks_others_held_takes_no_part():
    body = "越南政府总理范明政会见王毅。范明政对越南国会主席陈青敏与中国外长王毅进行会谈时所达成的共识表示高兴。"
    meets = of(body, "MEET")
    assert any(set(e.participants) == {"陈青敏", "王毅"} for e in meets)


def test_a_delegation_head_of_a_meeting_is_a_post():
    body = ("越南外交部副部长、东盟高官会越方代表团团长阮国勇于4月6日应约同澳大利亚外交部代理副部长、东盟和东亚高官会"
            "澳方代表团团长海赫斯特通电话,就加强双方合作进行了讨论。")
    assert not of(body, "CONFERENCE")


def test_a_joint_body_names_both_countries():
    body = "范平明和王毅出席了在河内举行的越中双边合作指导委员会第12次会议。"
    confs = of(body, "CONFERENCE")
    assert confs and {"越南", "中国"} <= set(confs[0].participants)


def test_the_one_invited_to_a_meeting_attends_not_the_inviter():
    body = "越南国家主席梁强邀请新加坡总理黄循财对越南进行访问,并出席2027年亚太经合组织领导人非正式会议。"
    confs = of(body, "CONFERENCE")
    assert confs and "黄循财" in confs[0].participants and "梁强" not in confs[0].participants


def test_a_spokesperson_answering_a_question_speaks_for_the_press_conference():
    page = ("测试新闻\n\n据央视报道,6月10日越南外交部例行记者会上,有记者提问:昨晚越南国家主席梁强同美国总统拜登通了电话。"
            "对此,越南外交部发言人范秋姮表示,此次通话的氛围是积极的。\n")
    said = [e for e in extract(page, source="t.txt", url="http://x.cn/2025-06/10/a.htm").events if e.type == "STATEMENT"]
    assert [e.participants for e in said] == [["范秋姮"]] and said[0].date == "2025-06-10"


def test_troops_described_by_where_they_stand_are_no_deployment():
    body = "专家认为,此举将使部署在日本的美军与驻韩美军形成呼应。"
    assert not of(body, "DEPLOYMENT")


def test_an_election_and_the_one_it_elected_are_one_event():
    page = ("测试新闻\n\n中新网台北7月27日电 中国国民党7月26日举行党主席、党代表选举,吴敦义获得14万4408票,得票率52.24%,当选党主席。"
            "中共中央总书记习近平27日致电,祝贺吴敦义当选中国国民党主席。\n")
    votes = [e for e in extract(page, source="t.txt", url="http://x.cn/2017-07/27/a.htm").events if e.type == "ELECTION"]
    assert len(votes) == 1 and "吴敦义" in votes[0].participants and votes[0].date == "2017-07-26"


def test_a_numbered_session_names_its_body():
    body = "老挝第九届国会第八次会议在万象闭幕。"
    confs = of(body, "CONFERENCE")
    assert confs and "老挝国会" in confs[0].participants


def test_a_meeting_chaired_together_has_both_chairs():
    body = "越南外长裴青山与来访的菲律宾外长马纳罗举行会谈,并共同主持越菲双边合作联合委员会第十一次会议。"
    confs = of(body, "CONFERENCE")
    assert confs and {"裴青山", "马纳罗"} <= set(confs[0].participants)


def test_messages_told_under_a_dispatch_lead_opening_the_page():
    page = ("新华社北京10月25日电 近日,多国政党政要继续致电或致函,热烈祝贺苏林当选越南共产党中央委员会总书记。\n"
            "韩国总统尹锡悦表示,祝贺阁下当选越共中央总书记。\n"
            "日本首相岸田文雄表示,谨对阁下当选越共中央总书记致以衷心祝贺。\n")
    got = [e for e in extract(page, source="t.txt", url="http://x.cn/2024-10/25/a.htm").events if e.type == "MESSAGE"]
    assert {tuple(e.participants) for e in got} >= {("尹锡悦", "苏林"), ("岸田文雄", "苏林")}
