"""Meetings and calls on phrasings met on Vietnamese wires' Chinese pages the project had never seen (ev16,
issue 13: VNA's locality pages, VOV, SGGP; invented sentences)."""

from __future__ import annotations

from eventpage import of as _of


def of(body, type_):
    """The events of one type on the invented page, read whole (its own headline and dateline)."""
    return _of(body, type_, head="")


def test_a_meeting_of_a_city_s_unnamed_leaders_has_the_leaders_who_speak_after_it():
    # 某市领导会见由某某率领的代表团。市委副书记甲强调…。人民委员会副主席乙表示…: the host leaders are named
    # only in the sentences after the meeting, each opening with the leader speaking; they are its people
    # (and what they say there is the meeting's, no statement of its own)
    body = ("岘港市领导会见柬埔寨代表团\n\n越通社岘港——7月3日下午,岘港市市委、人民委员会领导会见由柬埔寨内政部国务秘书"
            "宋占达率领的代表团。\n岘港市委常务副书记黎中山强调,岘港愿与柬埔寨各地加强合作。\n"
            "岘港市人民委员会副主席陈文福表示,双方应扩大旅游合作。\n宋占达感谢岘港的热情接待。")
    meets = of(body, "MEET")
    assert any({"宋占达", "黎中山", "陈文福"} <= set(e.participants) for e in meets)
    assert not of(body, "STATEMENT")


def test_a_named_host_s_meeting_takes_no_speakers_after_it():
    # 甲会见乙。丙表示…: with both sides named in the clause, a later speaker is no party of the meeting
    body = ("越南领导人会见外宾\n\n越通社河内——7月3日下午,越南政府副总理黎文甲在河内会见柬埔寨副首相宋占达。\n"
            "越南外交部副部长阮明武表示,两国关系发展良好。")
    meets = of(body, "MEET")
    assert meets and not any("阮明武" in e.participants for e in meets)


def test_a_working_session_held_with_someone_is_their_meeting():
    # 甲与正在访问该市的…代表团举行了工作会议: a meeting of the two sides, no conference; 此次工作会议 after it
    # refers to it, and the one who speaks at it (在会上发表讲话) takes part in it
    body = ("岘港市市委书记会见老挝使节\n\n越通社岘港——5月12日上午,岘港市市委书记黎文成与正在访问该市的老挝驻越南"
            "大使馆代表团举行了工作会议。\n黎文成高度评价此次工作会议的意义。\n"
            "岘港市人民委员会主席陈福山在会上发表讲话时感谢老挝大使馆的支持。")
    meets = of(body, "MEET")
    assert any({"黎文成", "老挝驻越南大使馆"} <= set(e.participants) for e in meets)
    assert any("陈福山" in e.participants for e in meets)
    assert not of(body, "CONFERENCE")


def test_a_national_working_conference_stays_a_conference():
    # 全国对外工作会议在河内举行: a conference named, held with no one
    body = ("全国对外工作会议在河内举行\n\n越通社河内——5月12日上午,全国对外工作会议在河内举行。"
            "越共中央总书记阮文甲出席会议并发表讲话。")
    assert of(body, "CONFERENCE")
    assert not of(body, "MEET")


def test_meetings_one_by_one_with_foreign_bodies_whose_heads_are_unnamed():
    # 分别会见中国全国人大常委会委员长、日本国会众议院议长…: one meeting with each body (and its country), not
    # one meeting of all
    body = ("越南国会主席出访\n\n越通社纽约——9月2日,越南国会主席阮文乙还分别会见中国全国人大常委会委员长、"
            "日本国会众议院议长、蒙古国会主席等。")
    meets = of(body, "MEET")
    assert any({"阮文乙", "日本"} <= set(e.participants) for e in meets)
    assert any({"阮文乙", "中国"} <= set(e.participants) for e in meets)
    assert not any({"中国", "日本"} <= set(e.participants) for e in meets)


def test_hospitality_recalled_in_a_call_is_no_meeting():
    # 电话中,甲提及…期间所提供的盛情款待: the welcome given on a past visit, recalled; no meeting of the two
    body = ("越南总理与澳大利亚总理通电话\n\n越通社河内——5月2日,越南政府总理阮春福同澳大利亚总理特恩布尔通电话。"
            "电话中,阮春福感谢澳大利亚政府在他今年3月访问澳大利亚期间所提供的盛情款待。")
    assert of(body, "CALL")
    assert not of(body, "MEET")


def test_a_banquet_given_is_still_a_meeting():
    # 设宴款待: the host gives a banquet for the guest, a meeting of the two
    body = ("越南总理访问澳大利亚\n\n越通社堪培拉——3月17日晚,澳大利亚总理特恩布尔在总理府设宴款待阮春福。")
    assert any({"特恩布尔", "阮春福"} <= set(e.participants) for e in of(body, "MEET"))


def test_lands_joined_in_the_name_of_a_meeting_attended_host_no_visit():
    # 启程出席柬老越三国国会高层会议: the lands of the meeting's name are no host of the trip
    body = ("越南国会主席王廷惠启程出席柬老越三国国会高层会议\n\n越通社河内——越南国会主席王廷惠同越南国会代表团12月4日"
            "离开河内,应老挝国会主席邀请赴老出席会议。")
    assert not any("柬埔寨" in e.participants for e in of(body, "VISIT"))


def test_the_land_a_meeting_attended_is_held_in_still_hosts():
    # 启程出席在中国南宁举行的中国—东盟博览会: the trip goes to China
    body = ("越南总理启程出席会议\n\n越通社河内——越南政府总理范明政9月16日启程出席在中国南宁举行的中国—东盟博览会。")
    assert any(e.participants == ["范明政", "中国"] for e in of(body, "VISIT"))


def test_a_departure_then_an_invitation_set_aside_goes_on_to_the_visit():
    # 某某…离开河内,应老挝国会主席邀请赴老出席…: the invitation opens the clause and names no visitor; the one
    # who left Hanoi goes to Laos
    body = ("越南国会主席出访\n\n越通社河内——越南国会主席阮文乙同越南国会代表团12月4日离开河内,应老挝国会主席"
            "邀请赴老出席会议。")
    assert any(e.participants == ["阮文乙", "老挝"] for e in of(body, "VISIT"))


def test_a_departure_for_visits_to_two_lands_is_a_visit_to_each():
    # 某某启程对老挝和柬埔寨进行国事访问: one trip, a visit to each land (not Laos only)
    body = ("越南国家主席访问两国\n\n越通社河内——越南国家主席阮文乙11月13日启程对老挝和柬埔寨进行国事访问。")
    visits = of(body, "VISIT")
    assert any(e.participants == ["阮文乙", "老挝"] for e in visits)
    assert any(e.participants == ["阮文乙", "柬埔寨"] for e in visits)


def test_talks_whose_manner_is_video_told_before_the_partner_are_a_call():
    # 通过视频形式与某某举行会晤: the manner stands far before the meeting word; a call, not a meeting
    body = ("越泰两国外长举行会晤\n\n越通社河内——越南外交部长阮文乙12日通过视频形式与泰国外交部长巴里举行会晤。")
    assert any({"阮文乙", "巴里"} <= set(e.participants) for e in of(body, "CALL"))
    assert not any("阮文乙" in e.participants for e in of(body, "MEET"))


def test_talks_held_in_a_city_stay_a_meeting():
    body = ("越泰两国外长举行会晤\n\n越通社河内——越南外交部长阮文乙12日在河内与泰国外交部长巴里举行会晤。")
    assert of(body, "MEET") and not of(body, "CALL")


def test_a_trip_told_as_the_frame_of_the_sentence_is_the_subject_s_visit():
    # 在…赴南非出席二十国集团峰会框架下,某某…: the frame's trip is made by the subject after it
    body = ("越南与南非加强合作\n\n越通社河内——在11月21日至24日赴南非出席二十国集团峰会框架下,越南政府总理阮文乙"
            "在约翰内斯堡开展了一系列双边活动。")
    assert any(e.participants == ["阮文乙", "南非"] for e in of(body, "VISIT"))


def test_a_video_meeting_with_a_foreign_ministry_whose_official_is_unnamed_is_a_call():
    # 甲同日本外务省副大臣举行视频会议 / 越南副外长与日本副外长举行视频会议: two sides, by video: a call
    body = ("越南副外长与日本副外长举行视频会议\n\n越通社河内——越南外交部副部长阮文乙15日同日本外务省副大臣举行视频会议。")
    calls = of(body, "CALL")
    assert any({"阮文乙", "日本外务省"} <= set(e.participants) for e in calls)
    assert not of(body, "CONFERENCE")


def test_a_video_meeting_with_many_lands_stays_a_conference():
    body = ("越南外长与东盟各国外长举行视频会议\n\n越通社河内——越南外交部长阮文乙15日同东盟各国外长举行视频会议。")
    assert of(body, "CONFERENCE") and not of(body, "CALL")


def test_a_teaser_s_visit_is_a_record_of_its_own_beside_the_article_s():
    # the article tells the departure, a 更多 teaser the arrival: the page's lists hold the article's visit and the
    # teaser's (brief) visit apart
    body = ("阮文乙启程对老挝进行国事访问\n\n越通社河内——12月1日,越南国家主席阮文乙离开河内,对老挝进行国事访问。\n\n越通社\n\n"
            "更多\n\n图自越通社\n\n阮文乙主席抵达万象 开始对老挝进行国事访问\n\n12月1日下午,越南国家主席阮文乙抵达万象,"
            "开始对老挝进行国事访问。")
    visits = [e for e in of(body, "VISIT") if e.participants == ["阮文乙", "老挝"]]
    assert {e.brief for e in visits} == {None, 0}


def test_two_lands_leaders_talks_take_no_later_speaker():
    # 两国领导人举行会谈。发言人某某表示…: the leaders are the two named before; the spokesman is no party
    body = ("越中两国领导人举行会谈\n\n越通社北京——越共中央总书记苏林与中共中央总书记习近平8月19日举行会谈。"
            "随后,两国领导人举行会谈。中国外交部发言人毛宁表示,此访意义重大。")
    assert not any("毛宁" in e.participants for e in of(body, "MEET"))


def test_a_foreign_locality_s_delegation_received_here_visits_the_receiver_s_locality():
    # 胡志明市人民委员会主席某某会见了正在该市进行工作访问的老挝某省省长率领的代表团: a visit between localities
    # (SPEC), the one the relative clause tells and the headline's are one
    body = ("老挝琅勃拉邦省代表团访问胡志明市\n\n越通社胡志明市——4月2日,胡志明市人民委员会主席潘文迈会见了正在该市"
            "进行工作访问的老挝琅勃拉邦省省长坎潘·彭玛塔率领的代表团。")
    visits = of(body, "VISIT")
    assert any(set(e.participants) == {"琅勃拉邦", "胡志明市"} for e in visits)
    assert not any("越南" in e.participants for e in visits)


def test_an_outlet_s_tag_opening_the_lead_leaves_the_visit_frame_after_it():
    # (VOVWORLD) - 在对韩国进行正式访问期间,某某会见…: the tag opens nothing; the frame's visit is the subject's
    body = ("越南国会主席会见韩国政党领导\n\n(VOVWORLD) - 在对韩国进行正式访问期间,越南国会主席王廷惠12月5日在首尔"
            "会见韩国共同民主党党首李在明。")
    assert any(e.participants == ["王廷惠", "韩国"] for e in of(body, "VISIT"))


def test_a_meeting_told_as_the_frame_of_what_follows_has_the_subject_after_it():
    # 当天,在会见某党党首某某时,甲高度评价…: a second meeting of the day, its subject told after the frame
    body = ("越南国会主席会见泰国政党领导\n\n越通社曼谷——12月5日,越南国会主席阮文乙在曼谷会见泰国为泰党党首甲乙丙。\n\n"
            "当天,在会见泰国民主党党首差猜·汶时,阮文乙高度评价两党关系。")
    assert any({"阮文乙", "差猜·汶"} <= set(e.participants) for e in of(body, "MEET"))
