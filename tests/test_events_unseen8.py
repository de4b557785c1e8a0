"""Event reading on an eighth round of unseen pages (issue 13; invented sentences): subjects listed before
分别, the heads of state of 两国元首, plan words of a programme, escorts and envoys in visits, summits of a
grouping, the pronoun of a new paragraph, the press at work, headlines naming the sides by their countries,
reception guests, and speakers named after a speech frame."""

from __future__ import annotations

from eventpage import of


def test_titled_subjects_before_each_meet_the_partner_one_by_one():
    body = "访问期间,国家主席张建国同越南国家主席陈文山举行会谈,国务院总理王建华,全国人大常委会委员长刘建民分别会见了陈文山。"
    got = of(body, "MEET")
    pairs = sorted(sorted(e.participants) for e in got)
    assert ["王建华", "陈文山"] in pairs and ["刘建民", "陈文山"] in pairs
    talks = [e for e in got if "张建国" in e.participants]
    assert talks and not ({"王建华", "刘建民"} & set(talks[0].participants))


def test_the_two_heads_of_state_are_the_ones_with_that_post():
    body = "国务委员杨立新表示,不久前,中国国家主席张建国和美国总统约翰·史密斯举行会晤。几天前,两国元首还进行了通话。"
    got = of(body, "CALL")
    assert got and set(got[0].participants) == {"张建国", "约翰·史密斯"}


def test_a_programme_word_plans_what_follows():
    got = of("按日程,越共中央总书记阮文山与老挝国家主席通伦举行会谈。", "MEET")
    assert got and got[0].status == "planned"


def test_a_body_ending_in_hui_is_no_will():
    got = of("越南红十字会与老挝红十字会在河内举行会谈。", "MEET")
    assert got and all(e.status == "occurred" for e in got)


def test_the_one_escorted_visits_and_the_escort_makes_the_call():
    body = "正在陪同国家主席张建国对日本进行国事访问的外交部长杨立新,8日在东京同美国国务卿约翰·史密斯通电话。"
    visits = of(body, "VISIT")
    assert visits and visits[0].participants[0] == "张建国" and "日本" in visits[0].participants
    calls = of(body, "CALL")
    assert calls and set(calls[0].participants) == {"杨立新", "约翰·史密斯"}


def test_an_entourage_arriving_makes_no_visit_of_its_own():
    body = "国家主席张建国9日抵达加拉加斯,开始对委内瑞拉进行国事访问。王沪宁、栗战书等陪同人员同机抵达。"
    assert all("张建国" in e.participants for e in of(body, "VISIT"))


def test_who_sends_an_envoy_makes_no_visit():
    body = "张建国指出,越共中央总书记阮文山派你作为特使专程来华,体现了越方的愿望。"
    assert not any("阮文山" in e.participants for e in of(body, "VISIT"))


def test_a_summit_of_a_grouping_is_a_conference_and_of_named_countries_a_meeting():
    got = of("越南外交部长阮文山出席第十次湄公河-澜沧江合作外长会晤。", "CONFERENCE")
    assert got and "阮文山" in got[0].participants
    assert not of("越南外交部长阮文山出席第十次湄公河-澜沧江合作外长会晤。", "MEET")
    assert of("阮文山与洪森、通伦共同主持越南-柬埔寨-老挝三国政党领导人会晤。", "MEET")


def test_a_summit_named_after_its_attending_word_runs_back_past_and():
    body = "国防部长阮文山率领代表团赴老挝出席在万象举行的东盟国防部长非正式会议和东盟与日本国防部长非正式会晤。"
    assert len(of(body, "CONFERENCE")) == 2
    visits = of(body, "VISIT")
    assert visits and all("日本" not in e.participants for e in visits)


def test_a_cleft_time_frame_keeps_the_subject_as_visitor():
    body = "国务院总理李明华是在成功出席第五次中国-中东欧国家领导人会晤并结束对拉脱维亚的正式访问后抵达圣彼得堡的。"
    assert any("李明华" in e.participants and "拉脱维亚" in e.participants for e in of(body, "VISIT"))


def test_the_words_on_arriving_are_the_visits():
    body = "越南总理阮文山9日晚抵达北京,开始对中国进行正式访问。\n\n阮文山表示,越中传统友谊源远流长。"
    assert not of(body, "STATEMENT")


def test_bao_kuo_goes_on_with_the_ones_counted_before():
    body = "正在河内访问的国家副主席张建国,今日将与多名越南领导人,包括越共中央总书记阮文山、国家主席陈文海等会面。"
    got = of(body, "MEET")
    assert got and {"张建国", "阮文山", "陈文海"} <= set(got[0].participants)


def test_a_pronoun_in_a_new_paragraph_goes_on_from_the_paragraph_before():
    body = "马来西亚总理安瓦尔·易卜拉欣正在对中国进行正式访问。\n\n出席博鳌亚洲论坛之后,他将飞往北京,预料在明天与中国国家主席张建国、国务院总理王建华举行会谈。"
    got = of(body, "MEET")
    assert got and "安瓦尔·易卜拉欣" in got[0].participants


def test_the_press_at_work_is_no_ones_statement():
    body = "中国外长王毅1至2日访问越南。王毅此行只有指定的媒体可以进入采访。"
    assert not of(body, "STATEMENT")


def test_a_headline_naming_the_sides_by_country_sums_up_the_meetings_one_by_one():
    head = "越南国防部长与新加坡、美国防长会晤\n\n越通社新加坡——2025年6月10日,"
    body = "越南国防部长阮文山大将分别与新加坡国防部长黄永宏和美国国防部长奥斯汀举行双边会晤。"
    got = of(body, "MEET", head)
    assert len(got) == 2 and all("阮文山" in e.participants for e in got)


def test_reception_guests_listed_after_it_in_its_sentence_are_its_parties():
    body = ("越南驻华大使馆1月18日晚在北京举办庆祝越中建交68周年招待会,中国全国政协副主席王立新、中国外交部部长助理陈立新出席,"
            "越南驻华大使阮文山出席了招待会。")
    got = of(body, "MEET")
    assert got and {"王立新", "陈立新", "阮文山"} <= set(got[0].participants)


def test_the_reporter_a_dateline_credits_is_no_speaker():
    body = "(记者 黄立新)中国外交部发言人毛立新2月28日主持例行记者会。"
    got = of(body, "STATEMENT")
    assert got and got[0].participants == ["毛立新"]


def test_a_speech_frame_has_the_next_clauses_subject_as_speaker():
    body = "越南驻巴西大使馆8月28日举行庆祝越南国庆80周年的典礼。在典礼上发言时,越南驻巴西大使杜文山回顾了越南的历史。"
    got = of(body, "STATEMENT")
    assert got and got[0].participants == ["杜文山"]


def test_a_speech_word_after_an_arrival_tells_a_statement_of_its_own():
    body = "马来西亚总理安瓦尔·易卜拉欣9日抵达南宁,出席中国-东盟博览会。\n\n安瓦尔·易卜拉欣也在博览会开幕礼发表演说。"
    assert of(body, "STATEMENT")


def test_a_pronoun_inside_the_meeting_clause_goes_on_from_the_paragraph_before():
    body = "马来西亚总理安瓦尔·易卜拉欣9日抵达南宁。\n\n较后,他应邀与中国总理李强进行双边会谈。"
    got = of(body, "MEET")
    assert got and set(got[0].participants) == {"安瓦尔·易卜拉欣", "李强"}


def test_a_letter_told_by_what_it_says_is_a_message():
    body = "新加坡总理李显龙6月8日在信中对越南总理阮文山说,两国是密切的合作伙伴。"
    got = of(body, "MESSAGE")
    assert got and set(got[0].participants) == {"李显龙", "阮文山"} and got[0].status == "occurred"


def test_a_lead_naming_the_senders_to_a_country_sums_up_their_letters_to_people():
    body = ("新加坡总统纳丹、总理李显龙分别写信给越南领导人。\n\n纳丹6月7日在写给越南国家主席阮文山的信中说,两国关系发展显著。\n\n"
            "李显龙6月8日在信中对越南总理阮文海说,新越是密切的合作伙伴。")
    got = of(body, "MESSAGE")
    assert all(any(p in e.participants for p in ("阮文山", "阮文海")) for e in got), [e.participants for e in got]
    assert len(got) == 2


def test_shuo_ming_shows_and_speaks_not():
    body = "在接受记者采访时,越南学者阮文山表示,中国国家主席张建国在大会召开后将越南作为首访对象,充分说明中国对越中关系的重视。"
    assert all(e.participants == ["阮文山"] for e in of(body, "STATEMENT"))


def test_a_conference_after_a_semicolon_goes_on_from_the_subject_before():
    body = ("越南政府总理阮文山率领越南高级代表团离开河内,赴华出席第八届大湄公河次区域领导人会议;"
            "同时,出席第十一届柬老缅越领导人会议。")
    got = of(body, "CONFERENCE")
    assert len(got) == 2 and all("阮文山" in e.participants for e in got)


def test_a_speech_told_in_the_first_person_is_the_speakers_the_paragraph_before_names():
    body = ("越南政府总理阮文山将在博览会开幕式上发表录像致辞。越通社谨向读者介绍讲话的内容:\n\n"
            "代表越南政府,我对能在第17届中国-东盟博览会开幕式上发表讲话感到高兴。")
    got = of(body, "STATEMENT")
    assert got and all(e.participants == ["阮文山"] for e in got), [e.participants for e in got]


def test_a_summit_of_two_heads_of_state_stays_a_meeting():
    assert of("中国国家主席张建国与美国总统约翰·史密斯举行两国国家元首会晤。", "MEET")
    assert not of("中国国家主席张建国与美国总统约翰·史密斯举行两国国家元首会晤。", "CONFERENCE")
