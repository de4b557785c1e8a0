"""Parties told before or after the clause that reports an event (extract/participants/carry.py), on invented
sentences in the phrasing of several outlets: the subject a clause goes on from, 双方/两国, the
delegation met by reference, the people who chair a meeting told before them, a person's country
from their title, and the triggers other outlets use (接待了, 宴请, 访泰, 战略对话)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def of_type(body: str, type_: str) -> list[tuple[str, ...]]:
    return [tuple(e.participants) for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_the_subject_goes_on_past_the_inviter_and_the_partner():
    body = ("应老挝国家主席通伦邀请,越南国家主席武文赏于4月10日至12日对老挝进行国事访问。"
            "访问期间,武文赏与通伦举行会谈,并会见了老挝总理宋赛。")
    meets = of_type(body, "MEET")
    assert any({"武文赏", "宋赛·西潘敦"} <= set(p) for p in meets), meets
    assert not any({"通伦·西苏里", "宋赛·西潘敦"} <= set(p) for p in meets), meets


def test_a_clause_going_on_meets_everyone_it_lists():
    body = "法国总统马克龙对越南进行国事访问,期间与越共中央总书记苏林举行会谈,并会见越南国家主席梁强和政府总理范明政。"
    meets = of_type(body, "MEET")
    assert any({"马克龙", "梁强", "范明政"} <= set(p) for p in meets), meets


def test_a_pronoun_sentence_takes_the_subject_of_the_sentence_before():
    body = "越南国会主席陈青敏9日抵达首尔,开始对韩国进行正式访问。随后,他会见了韩国总统李在明。"
    meets = of_type(body, "MEET")
    assert any({"陈青敏", "李在明"} <= set(p) for p in meets), meets


def test_both_sides_are_the_two_people_named_before():
    body = "马来西亚总理安瓦尔10日起对越南进行正式访问。越南总理范明政当天在河内主持仪式欢迎安瓦尔,随后两国总理举行会谈。"
    meets = of_type(body, "MEET")
    assert any({"范明政", "安瓦尔·易卜拉欣"} <= set(p) for p in meets), meets


def test_the_delegation_met_by_reference_is_the_one_named_before_with_its_head():
    body = "以越共中央对外部部长黎怀忠为团长的越南共产党代表团10日抵达北京。中共中央政治局常委蔡奇当天会见了代表团一行。"
    meets = of_type(body, "MEET")
    assert any({"蔡奇", "黎怀忠", "越南共产党"} <= set(p) for p in meets), meets


def test_the_chairs_named_after_a_meeting_are_its_parties():
    body = ("越南和中国第7次国防部副部长级战略对话在中国东兴市举行。"
            "越南国防部副部长黄春战上将与中国中央军委联合参谋部副参谋长邵元明少将共同主持。")
    meets = of_type(body, "MEET")
    assert any({"黄春战", "邵元明"} <= set(p) for p in meets), meets


def test_the_title_gives_the_visitors_country_and_the_receiver_hosts():
    visits = of_type("越南国家主席梁强10日会见了来访的老挝副总理沙立·西里翁。", "VISIT")
    assert any({"沙立·西里翁", "越南"} <= set(p) for p in visits), visits


def test_other_outlets_triggers():
    assert any({"梁强", "马克·克纳珀"} <= set(p)
               for p in of_type("越南国家主席梁强10日在河内接待了美国驻越南大使马克·克纳珀。", "MEET"))
    assert any({"范明政", "泰国"} <= set(p) for p in of_type("越南政府总理范明政10日起访泰。", "VISIT"))
    # …but a partnership named after a dialogue is no meeting, and 接待 tourists is none
    assert not of_type("东盟与中国建立战略对话伙伴关系21周年。", "MEET")
    assert not of_type("今年前5个月,越南接待中国游客超过90万人次。", "MEET")


def test_a_partner_before_the_verb_is_no_subject():
    body = "德国总理朔尔茨周日抵达越南首都河内进行正式访问。他与越南总理范明政举行了会谈。"
    meets = of_type(body, "MEET")
    assert any({"朔尔茨", "范明政"} <= set(p) for p in meets), meets


def test_travel_words_visit_abroad_but_not_at_home():
    visits = of_type("美国国务卿布林肯星期六飞抵河内,与越南领导人会面。", "VISIT")
    assert any({"布林肯", "越南"} <= set(p) for p in visits), visits
    visits = of_type("拜登预计下月前往河内,与越共总书记阮富仲会晤。", "VISIT")
    assert any({"拜登", "越南"} <= set(p) for p in visits), visits
    # a leader going about their own country visits no one
    assert not of_type("越南政府总理范明政前往河内升龙皇城遗迹区的敬天殿敬香。", "VISIT")
    meals = of_type("韩国总统尹锡悦22日晚间与越南国家主席武文赏共进晚餐。", "MEET")
    assert any({"尹锡悦", "武文赏"} <= set(p) for p in meals), meals
    meals = of_type("越南國家主席武文賞昨日抵達東京。日本首相岸田文雄當晚設宴款待武文賞。", "MEET")
    assert any({"岸田文雄", "武文赏"} <= set(p) for p in meals), meals


def test_who_joined_the_meeting_told_before_is_at_that_meeting():
    body = ("国家副主席习近平11日在北京会见了以越共中央书记处书记何氏洁为团长的越南共产党代表团。"
            "何氏洁高度评价两党关系。中联部副部长刘洪才参加了会见。")
    meets = of_type(body, "MEET")
    assert any({"习近平", "何氏洁", "刘洪才"} <= set(p) for p in meets), meets


def test_a_delegation_head_with_a_romanized_name_in_brackets_leads_it():
    body = ("在老越友好协会代表团访问越南期间,双方进行座谈。由老挝人民革命青年团中央第一书记维莱翁·布达康"
            "(Vilayvong Buddakham)率领的老越友好协会代表团与越老友好协会代表团进行座谈。")
    visits = of_type(body, "VISIT")
    assert any({"维莱翁·布达康", "越南"} <= set(p) for p in visits), visits


def test_who_chairs_or_joins_after_the_meeting_is_at_it():
    body = "河内市公安局与老挝公安部高级代表团3月20日下午在河内举行会谈。双方同意加强合作。河内市公安局局长阮青松中将主持会谈。"
    meets = of_type(body, "MEET")
    assert any({"阮青松", "河内市公安局", "老挝公安部"} <= set(p) for p in meets), meets
    body = ("3月17日,越南公安部长梁三光大将会见了美国罗森集团首席执行官丹尼尔·罗森(Daniel Rosen)。"
            "美国R.MOR公司总经理阿里克·阿尔卡莱(Arik Alcalay)一同与会。")
    meets = of_type(body, "MEET")
    assert any({"梁三光", "丹尼尔·罗森", "阿里克·阿尔卡莱"} <= set(p) for p in meets), meets
    assert not any("美国R.MOR公司" in p for p in meets), meets  # the employer qualifies the person


def test_a_semicolon_list_goes_on_from_its_opener_past_items_that_name_only_the_ones_met():
    # an item naming only the one met after its verb (拜会甲) or after its partner word (分别与甲、乙举行会谈) is
    # no subject for the item after it: the list's opener goes on
    body = ("访问期间,越南国家副主席武氏映春将与智利总理举行会谈;礼节性拜会智利总统加夫列尔·博里奇;"
            "会见智利外长阿尔贝托·范克拉韦伦。")
    meets = of_type(body, "MEET")
    assert any({"武氏映春", "阿尔贝托·范克拉韦伦"} <= set(p) for p in meets), meets
    assert not any({"加夫列尔·博里奇", "阿尔贝托·范克拉韦伦"} <= set(p) for p in meets), meets
    body = ("访问期间,法国总统马克龙向胡志明主席纪念碑敬献花圈;分别与越共中央总书记苏林、国家主席梁强举行会谈;"
            "分别会见越南政府总理范明政、国会主席陈青敏。")
    meets = of_type(body, "MEET")
    assert any({"马克龙", "范明政"} <= set(p) for p in meets), meets
    assert not any({"苏林", "范明政"} <= set(p) for p in meets), meets
