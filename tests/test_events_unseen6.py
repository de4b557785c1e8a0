"""Event reading on a sixth round of unseen pages (issue 13; invented sentences), the types other than
visits, meetings, calls and messages: one signing told by its headline, its ceremony, its signers and its
documents one by one (SPEC: one AGREEMENT per signing)."""

from __future__ import annotations

from eventpage import of


def test_a_signing_then_its_ceremony_and_its_signers_is_one_agreement():
    body = ("越南岘港市政府与泰国清迈府政府6月9日签署《关于缔结友好城市关系的谅解备忘录》。"
            "签署仪式当天上午在岘港市政府驻地举行,由岘港市人民委员会主席黎中征和清迈府尹巴颂代表两地政府签署。")
    got = of(body, "AGREEMENT")
    assert len(got) == 1
    assert "黎中征" in got[0].participants  # the signers told again join the signing


def test_documents_listed_one_by_one_are_the_signing_told_before():
    body = ("越南与老挝6月9日在万象签署四份合作文件。"
            "这四份文件包括:越南教育部与老挝教育部关于教育合作的谅解备忘录,两国交通运输部关于公路运输的协定。")
    got = of(body, "AGREEMENT")
    assert len(got) == 1
    assert set(got[0].participants) >= {"越南", "老挝"}


def test_two_documents_each_signed_in_a_sentence_of_its_own_stay_two():
    body = ("越南与俄罗斯国防部6月9日签署了2025年至2027年双边军事合作路线图。"
            "俄越双方还签署了简化对方军舰进入各自港口程序的重要文件。")
    assert len(of(body, "AGREEMENT")) == 2


def test_a_war_named_with_an_aid_word_and_a_partner_of_an_agreement_are_no_events():
    assert not of("出席酒会的有抗美援越老兵代表和越南留学生代表。", "AID")
    assert not of("这是越南深化与各自贸协定伙伴国关系的良机。", "AGREEMENT")


def test_a_joint_statement_that_raises_the_relation_is_the_change_not_an_agreement():
    body = "越南与巴西领导人会谈上,双方已通过联合声明,把两国关系提升为全面战略伙伴关系。"
    assert not of(body, "AGREEMENT")


def test_the_content_of_what_was_signed_is_no_signing():
    assert not of("越南与泰国两国海军舰船编队6月9日开展了双方所签署的合作内容。", "AGREEMENT")


def test_a_summit_as_a_framework_or_a_body_to_join_or_inside_a_documents_name_is_no_conference():
    assert not of("双方同意在东亚峰会框架内加强合作。", "CONFERENCE")
    assert not of("蒙古希望成为东亚峰会的一员。", "CONFERENCE")
    assert not of("两国签署了关于建立两国贸易促进论坛的谅解备忘录。", "CONFERENCE")


def test_praise_received_and_an_outlet_presenting_an_interview_are_no_statements():
    assert not of("两支分队圆满完成任务,受到联合国的高度评价。", "STATEMENT")
    assert not [e for e in of("越通社谨向读者介绍采访内容。", "STATEMENT") if "越通社" in e.participants]


def test_a_meeting_named_in_quotes_with_a_subtitle_after_a_colon():
    body = "越南外交部同法国驻越南大使馆在河内联合举行“建交50周年:回顾与展望”研讨会。"
    got = of(body, "CONFERENCE")
    assert got and "越南外交部" in got[0].participants


def test_a_headlines_meeting_of_a_body_named_shorter_is_the_leads():
    # the headline names the parties of the body shorter than the lead does
    head = "黎明慨主持召开越柬合作委员会会议\n\n越通社河内——2025年6月10日,"
    body = "越南政府副总理黎明慨6月9日在河内主持召开越南与柬埔寨合作委员会会议。"
    assert len(of(body, "CONFERENCE", head=head)) == 1


def test_a_meeting_named_across_a_stop_word_and_a_meeting_as_a_topic():
    got = of("越南外交部6月9日在河内召开第20次全国对外工作会议。", "CONFERENCE")
    assert got and got[0].attributes.get("name") == "第20次全国对外工作会议"
    body = ("越南外交部6月9日在河内召开第20次全国对外工作会议。"
            "会议结束后,外交部副部长黎氏秋姮就会议取得的成果接受了媒体采访。")
    assert len(of(body, "CONFERENCE")) == 1
    got = of("越南劳动部6月9日在河内举办第三届东盟就业论坛。", "CONFERENCE")
    assert got and got[0].attributes.get("name") == "第三届东盟就业论坛"


def test_a_place_in_a_meetings_name_yields_to_the_place_it_was_held():
    got = of("越南外交学院主办的第五届湄公河研讨会6月9日在河内开幕。", "CONFERENCE")
    assert got and got[0].location == "河内"


def test_a_forum_founded_is_no_meeting_held():
    assert not of("湄公河—恒河合作论坛于2000年11月由印度和湄公河五国倡议建立。", "CONFERENCE")


def test_aid_and_peacekeeping_named_as_fields_of_cooperation_are_no_events():
    body = "越南与新西兰国防部长同意在维和、人道主义援助和救灾等领域加强合作。"
    assert not of(body, "AID") and not of(body, "DEPLOYMENT")
    assert of("越南向老挝援助1000吨大米。", "AID")


def test_a_bodys_unnamed_leaders_are_no_named_speaker():
    assert not of("会议上,东盟各国领导人强调,东盟必须巩固团结。", "STATEMENT")
    assert of("越南外交部发言人表示,越方欢迎这一决定。", "STATEMENT")


def test_a_signing_referred_to_in_remarks_and_a_bare_document_signed_are_the_signing_told_before():
    body = ("越南广宁省与日本福冈县6月9日在下龙市签署建立友好省县关系协议书。"
            "省委书记阮春记会见福冈县知事服部诚太郎一行,并共同签署协议书。"
            "阮春记表示,我们将以此次签署建立友好省县关系协议书为新起点,加强两地合作。"
            "服部诚太郎指出,双方友好合作关系协议的签署,标志着两地关系进入新阶段。")
    got = of(body, "AGREEMENT")
    assert len(got) == 1
    assert "阮春记" in got[0].participants  # who signed the bare document


def test_a_reporter_or_photographer_credited_is_no_party():
    body = "越通社河内6月9日电(记者 黎文光)越南与老挝6月9日在河内签署两国贸易合作协定。"
    got = of(body, "AGREEMENT", head="测试新闻\n\n")
    assert got and "黎文光" not in got[0].participants
    assert not [e for e in of("(黎文光 摄)在联合记者会上,两国领导人回答了记者提问。", "STATEMENT", head="测试新闻\n\n")
                if "黎文光" in e.participants]


def test_a_forums_standing_secretariat_is_no_meeting():
    assert not of("福建省商务厅与中葡论坛常设秘书处签订经贸合作协议。", "CONFERENCE")


def test_a_suspect_handed_over_with_jiang_taking_the_object_is_done():
    body = "中国河口警方6月9日晚在口岸大桥将犯罪嫌疑人阮某移交越南警方处理。"
    got = of(body, "LAW_ENFORCEMENT")
    assert got and got[0].status == "occurred"
    assert of("越南公安部将于下月将犯罪嫌疑人移交中国警方。", "LAW_ENFORCEMENT")[0].status == "planned"


def test_who_speaks_after_a_conference_is_told_takes_part_in_it():
    body = ("越南外交学院6月9日在河内举行第五届东海问题国际研讨会。"
            "越南政府副总理黎明慨在开幕式上致辞。"
            "印度外交部长苏杰生表示,各方应遵守国际法。")
    got = of(body, "CONFERENCE")
    assert got and {"黎明慨", "苏杰生"} <= set(got[0].participants)
    body = ("越南外交学院6月9日在河内举行第五届东海问题国际研讨会。"
            "同日,越南外交部发言人黎氏秋姮在例行记者会上表示,越方欢迎各方参与。")
    assert "黎氏秋姮" not in of(body, "CONFERENCE")[0].participants


def test_the_members_a_newly_elected_one_takes_over_from_complete_their_seats():
    body = ("联合国大会6月9日选举越南、爱沙尼亚等5国为2026年和2027年联合国安理会非常任理事国。"
            "新当选5国的任期从2026年1月1日开始,将接替秘鲁、波兰和科威特。")
    got = [e for e in of(body, "MULTILATERAL_ROLE") if e.attributes.get("kind") == "completing"]
    assert sorted(e.participants[0] for e in got) == ["波兰", "科威特", "秘鲁"]
    assert all("联合国安理会" in e.participants and e.date == "2026-01-01" for e in got)
    assert not [e for e in of("阮春福接替阮晋勇出任越南政府总理。", "MULTILATERAL_ROLE")]
