"""A meeting's parties told at its setting in the sentences after it (ev36, issue 13: event parties on ordinary
pages; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_the_speakers_at_a_seminar_told_after_it_are_its_parties():
    # …举行座谈会。座谈会上,大使某某、会长某某…评价: both speakers take part in the seminar
    meets = of("3月5日下午,越南政府副总理陈红河在河内与日本企业代表举行座谈会。座谈会上,日本驻越大使伊藤直树、"
               "越南日本商会会长山田健一及多家日本企业高度评价越南的营商环境。", "MEET")
    assert any({"陈红河", "伊藤直树", "山田健一"} <= set(e.participants) for e in meets)


def test_the_speaker_at_talks_told_after_them_is_their_party():
    # 两省领导举行了会谈。会谈上,省委书记某某介绍…: the provincial secretary talks
    meets = of("7月2日上午,莱州省与丰沙里省领导举行了会谈。会谈上,莱州省委书记黎文光介绍了本省经济社会发展情况。", "MEET")
    assert any("黎文光" in e.participants for e in meets)


def test_a_meeting_told_after_the_setting_keeps_its_own_people():
    # 甲会见乙。丙会见丁。会见时,丁表示…: the first meeting is not given the second's speaker
    meets = of("越南外交部长阮文安会见日本驻越大使伊藤直树。随后,越南国防部长潘文强会见老挝驻越大使宋蓬。"
               "会见时,宋蓬表示愿加强合作。", "MEET")
    first = [e for e in meets if "阮文安" in e.participants]
    assert first and all("宋蓬" not in e.participants for e in first)


def test_the_speaker_who_opens_the_sentence_after_a_reception_is_at_it():
    # …大使馆举行新春招待会。某某大使在致辞中表示…: the ambassador who speaks is at the reception
    meets = of("在渥太华,中国驻加拿大大使馆举行新春招待会。张国庆大使在致辞中表示,期待中加关系取得新的发展。"
               "加拿大贸易部长麦克唐纳等官员出席招待会。", "MEET")
    assert any({"张国庆", "麦克唐纳"} <= set(e.participants) for e in meets)


def test_a_speech_told_without_its_setting_after_a_reception_places_the_speaker_at_it():
    # …举行国庆招待会。…主持了国庆招待会。总领事某某发表了…国庆讲话
    meets = of("10月1日晚,中国驻悉尼总领事馆举行国庆招待会。澳大利亚议员约翰·史密斯出席了国庆招待会。"
               "副总领事王立新主持了国庆招待会。总领事陈海燕发表了热情洋溢的国庆讲话。", "MEET")
    assert any("陈海燕" in e.participants for e in meets)


def test_a_reception_does_not_take_the_speaker_of_the_next_one_held():
    # 在甲地,甲使馆举办招待会。甲大使在致辞中说。在乙地,乙使馆举办招待会。乙大使在致辞中说: each its own
    meets = of("在渥太华,中国驻加拿大大使馆举办新春招待会。张国庆大使在致辞中表示,期待中加关系取得新的发展。"
               "在利马,中国驻秘鲁大使馆举办春节招待会。宋海波大使在致辞中说,中秘合作潜力巨大。", "MEET")
    first = [e for e in meets if "中国驻加拿大大使馆" in e.participants]
    assert first and all("宋海波" not in e.participants for e in first)
