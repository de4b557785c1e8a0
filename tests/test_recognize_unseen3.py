"""Names and roles that pages never seen write in ways the open sets rarely do: the people a credit
names (reporters, photographers, editors) and the posts they hold there. Invented text only."""

from __future__ import annotations

from dipnet.pipeline import extract


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in extract("题目\n\n" + text + "\n").roles}


def test_spaced_reporters_and_a_photo_credit_hold_their_credit_word():
    got = _roles("新华社河内5月3日电(记者 孟凡石 郑丽雯)越南总理3日在河内会见了老挝客人。\n"
                 "越南总理会见老挝客人。 新华社记者 贺文涛 摄")
    assert {("孟凡石", "记者"), ("郑丽雯", "记者"), ("贺文涛", "新华社记者")} <= got


def test_editors_after_a_label_hold_their_label():
    got = _roles("越南总理3日在河内会见了老挝客人。\n(编辑:柴永德)\n[责任编辑: 钱书玲 ]")
    assert {("柴永德", "编辑"), ("钱书玲", "责任编辑")} <= got


def test_a_press_conference_or_an_unnamed_reporter_gives_no_role():
    got = _roles("越南外交部发言人在例行记者会上回答越通社记者提问时表示,越方欢迎此访。")
    assert not any(t.endswith(("记者", "编辑")) for _, t in got)


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract("题目\n\n" + text + "\n").entities}


def test_a_one_character_stop_that_opens_a_word_opens_no_place():
    names = {n for _, n in _names("该市是越南六个中央直辖市之一。同越南中部其他省市相比,该省发展较快。"
                                  "北江大学所属工商大学也出席。")}
    assert not names & {"央直辖市", "部其他省", "属工商大学"}


def test_a_place_after_one_transliteration_character_is_the_known_place():
    names = _names("外资总额的三成,占海防市吸引外资总额的一半。")
    assert ("LOCATION", "占海防市") not in names and ("LOCATION", "海防") in names


def test_a_place_read_with_a_verb_before_it_is_the_name_read_elsewhere():
    names = _names("越南主席会见日本佐贺县知事。他说,加强佐贺县和河内市的关系有助于两国关系。")
    assert ("LOCATION", "佐贺县") in names and ("LOCATION", "加强佐贺县") not in names


def _people(text: str) -> set[str]:
    return {n for t, n in _names(text) if t == "PERSON"}


def test_a_verb_after_a_name_is_no_part_of_it():
    got = _people("越南总理(左)与美国国务卿安东尼·贝克握手。越南人民一直将约翰·梅森视为亲切朋友。"
                  "总统祝贺黎明河连任越共中央总书记。")
    assert {"安东尼·贝克", "约翰·梅森", "黎明河"} <= got
    assert not got & {"安东尼·贝克握手", "约翰·梅森视", "黎明河连任"}


def test_the_body_at_the_head_of_a_post_is_an_organization():
    names = _names("陪同出访的有:交通与建设部部长黄文德,数字经济部部长阮明山,该省人民委员会主席陈文乙等。")
    assert {("ORG", "交通与建设部"), ("ORG", "数字经济部")} <= names
    assert not any(n.startswith(("该省", "省人民")) for _, n in names)


def test_bare_names_listed_beside_a_named_person_are_people():
    got = _people("出席会议的有国会主席王廷福、严文强、张廖美玲、尤立新和邱志平等。")
    assert {"严文强", "张廖美玲", "尤立新", "邱志平"} <= got


def test_a_list_of_fields_beside_no_person_names_nobody():
    assert not _people("双方同意加强黄金、石油、高科技和金融等领域的合作。")


def test_an_adverb_on_a_surname_character_is_no_name():
    got = _people("应中方邀请,越共中央总书记阮富仲对中国进行正式访问,尤其是越共中央总书记的访问意义重大。")
    assert "尤其" not in got


def test_a_quoted_name_ending_in_a_body_word_is_an_organization():
    names = _names("欢迎加入「湄江传媒」的专页。代表团成员包括「边境贸易联席委员会」主席李明德。双方欢迎加入“湄公河和平委员会”倡议。他强调“干部”要带头。")
    assert {("ORG", "边境贸易联席委员会"), ("ORG", "湄公河和平委员会"), ("ORG", "湄江传媒")} <= names
    assert not any(n.endswith("干部") for _, n in names)


def test_a_word_on_a_new_surname_character_is_no_name():
    assert "毕业" not in _people("阮文甲教授毕业于河内国家大学,现任越南科学院院长。")


def test_a_transliterated_name_ends_at_a_date():
    got = _people("菲律宾外长罗萨里奥8月4日表示同意。马来西亚外长阿卜杜拉哈山廿五日警告各国。")
    assert {"罗萨里奥", "阿卜杜拉哈山"} <= got and "罗萨里" not in got


def test_the_outlet_after_a_slash_in_a_bracketed_credit():
    assert ("ORG", "山区与平原画报") in _names("河内市希望与韩国促进合作。(越通社/山区与平原画报)")


def test_a_permanent_mission_and_the_authors_of_a_byline():
    names = _names("作者:陶文礼 郑秋月\n泰国常驻联合国代表团团长表示支持。")
    assert {("PERSON", "郑秋月"), ("ORG", "泰国常驻联合国代表团")} <= names


def test_a_kind_of_body_after_a_country_is_no_body():
    names = {n for t, n in _names("总理与美国大型集团举行座谈会。澳门、岘港两地政府机构签署了协议。越南国防部出席。") if t == "ORG"}
    assert not any("大型" in n or "两地" in n for n in names)
    assert "越南国防部" in names


def test_a_bare_local_body_at_the_head_of_a_post_is_no_name():
    names = {n for t, n in _names("陪同的有:广平省省委书记、人民议会主席阮文丙,公安部副部长陈文丁等。") if t == "ORG"}
    assert "人民议会" not in names


def test_a_long_transliterated_name_before_a_photo_marker_is_read_whole():
    got = _people("美国众议员卡森(右二)、奥金罗斯(右三)出席。")
    assert "奥金罗斯" in got and "金罗斯" not in got


def test_a_latin_name_a_space_parts_from_its_post():
    got = _people("副主席会见了清莱府府尹 Somchai Phetprasert 时表示欢迎。据 New Vision 报道。")
    assert "Somchai Phetprasert" in got and "New Vision" not in got


def test_thai_provinces_by_their_province_word():
    names = _names("岘港市与呵叻府、素林府等泰国多个省市保持友好合作关系。")
    assert {("LOCATION", "呵叻"), ("LOCATION", "素林")} <= names


def test_more_verbs_after_a_name_and_plain_words_before_a_province_word():
    names = _names("澳方副秘书长马克·贝隆披露,澳方重视越南。检察长李明智以及部分省市领导出席。")
    assert ("PERSON", "马克·贝隆") in names
    assert not any(n.startswith("部分") for _, n in names)


def test_an_acronym_gloss_vouches_for_no_person():
    got = _people("东盟国防部长非正式会议(ADMM Retreat)召开。议长蓬沙(Pornsak Wichitchai)致电。")
    assert "非正式会议" not in got and "蓬沙" in got


def test_a_date_in_numerals_after_a_name_is_not_its_character():
    got = _people("中国驻越南大使胡卫民二十六日举行国庆招待会。")
    assert "胡卫民" in got and "胡卫民二" not in got


def test_a_post_taken_by_appointment_or_office_is_a_role():
    got = _roles("国会选举河内市委书记黎文丙同志为越南社会主义共和国国会主席、国家选举委员会主席。"
                 "国家主席任命阮文乙为越南驻日本大使。\n陈文丁担任越南驻美国大使。")
    assert {("黎文丙", "越南社会主义共和国国会主席"), ("黎文丙", "国家选举委员会主席"),
            ("阮文乙", "越南驻日本大使"), ("陈文丁", "越南驻美国大使")} <= got
