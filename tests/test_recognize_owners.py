"""Whose body a bare body word is, who "we" are, and the names next to titles that unseen pages
write: on invented text, with invented URLs for the outlet."""

from __future__ import annotations

from dipnet.pipeline import extract


def _doc(text: str, url: str | None = None):
    return extract("题目\n\n" + text + "\n", url=url)


def _bodies(text: str, url: str | None = None) -> dict[str, str]:
    """Each mention of a bare body word and the entity it is linked to, in text order."""
    doc = _doc(text, url)
    names = {e.id: e.name for e in doc.entities}
    return {f"{m.text}@{m.start}": names[m.entity_id] for m in doc.mentions
            if m.text in ("外交部", "国防部", "财政部", "国会", "政府") and m.entity_id in names}


def _names(text: str, url: str | None = None) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in _doc(text, url).entities}


def _people(text: str, url: str | None = None) -> set[str]:
    return {n for t, n in _names(text, url) if t == "PERSON"}


def test_bare_ministry_is_the_country_of_the_known_holder_of_its_post():
    # a Vietnamese site, a page mostly about Vietnam: the ministry before 王毅 is still China's
    text = "越南国家主席梁强在河内会见了外交部长王毅。梁强说,越南重视越中关系。越南总理范明政也会见了他。"
    got = _bodies(text, "https://example.vn/a/1")
    assert got and all(v == "中国外交部" for v in got.values())


def test_bare_ministry_through_a_chain_of_posts_to_its_holder():
    # a page mostly about China: the ministry is still that of its Vietnamese holder
    text = "国务院总理李强在北京会见了越共中央政治局委员、外交部党委书记、部长黎怀忠。李强说,中国重视中越关系。"
    assert set(_bodies(text, "https://example.cn/a/1").values()) == {"越南外交部"}


def test_bare_ministry_on_a_taiwan_site_is_taiwans():
    text = "外交部今天发布新闻稿指出,台越双方将深化合作。越南驻台代表出席酒会。越南经济发展迅速。"
    assert set(_bodies(text, "https://news.example.tw/story/1").values()) == {"台湾外交部"}


def test_bare_ministry_repeats_the_body_named_before_it_in_its_paragraph():
    text = "中国国务院总理李强会见美国客人。\n越南外交部今天在河内举行例行记者会,外交部发言人表示,越方欢迎各方合作。"
    got = _bodies(text, "https://news.example.tw/story/2")
    assert set(got.values()) == {"越南外交部"}


def test_speaker_owns_the_bare_ministry_in_his_words():
    text = "美国国防部长赫格塞斯访问越南,会见潘文江。美国总统特朗普表示支持。\n潘文江指出,国防部计划明年举办防务展。"
    got = _bodies(text, "https://news.example.tw/story/3")
    assert "越南国防部" in got.values() and "台湾国防部" not in got.values()


def test_counted_or_paired_bodies_are_no_one_countrys():
    text = "两国政府同意加强合作。越南和中国第三次国防部副部长级战略对话在河内举行。"
    assert _bodies(text, "https://example.cn/b/1") == {}


def test_foreign_holder_without_surname_keeps_the_page_country():
    text = "柬埔寨首相会见了中国特使,并分别与副总理兼外交部长巴速坤、国防部长狄西哈举行会晤。柬埔寨与泰国边境局势紧张。"
    got = _bodies(text, "https://news.example.hk/c/1")
    assert set(got.values()) == {"柬埔寨外交与国际合作部", "柬埔寨国防部"}


def test_we_is_the_outlets_country():
    text = "我国外交部发言人表示,我国高度重视与越南的关系。越南总理将访问东盟国家。"
    names = _names(text, "https://www.example.sg/news/1")
    assert ("COUNTRY", "新加坡") in names
    assert ("ORG", "新加坡外交部") in names


def test_we_before_a_known_persons_post_where_the_outlet_is_unknown():
    text = "越南领导人将会见我国总统尚达曼。外交部发文告说,这是他首次访问。"
    names = _names(text, "http://203.0.113.5/story/1")
    assert ("COUNTRY", "新加坡") in names and ("ORG", "新加坡外交部") in names


def test_dateline_agency_names_the_outlet_of_a_repost():
    text = "新华社北京9月7日电 外交部发言人7日就有关问题答记者问,表示越方做法不可接受。越南总理范明政和越南国会主席没有回应。"
    assert "中国外交部" in set(_bodies(text, "http://repost.example.com/x").values())


def test_place_opening_inside_a_title_is_no_place():
    names = _names("老挝外交部长沙伦赛·贡玛西(Saleumsay Kommasith)会见越南客人。")
    assert ("LOCATION", "长沙") not in names
    assert ("PERSON", "沙伦赛·贡玛西") in names
    # a province before its capital keeps the place
    assert ("LOCATION", "长沙") in _names("湖南省长沙市副市长王某会见越南代表团。")


def test_post_that_runs_past_a_rank_wins():
    assert "宋永华" in _people("澳大校长宋永华率团访问越南。")


def test_latin_gloss_vouches_for_a_name_with_stop_characters():
    assert "李在镕" in _people("范明政会见了三星集团总裁李在镕(Lee Jae Yong)。")
    assert "让·马克艾罗" in _people("越南外长拜访法国总理让·马克艾罗(Jean-Marc Ayrault)。")
    # an acronym glosses a meeting, not a person
    assert "特别会议" not in _people("他出席东盟—中国外长特别会议(SACFMM)。")


def test_names_before_campus_posts_and_after_a_bodys_name():
    people = _people("4月25日,冯庆华副校长会见了代表团。东方语学院严庭国院长提出建议,张红玲处长表示欢迎。")
    assert {"冯庆华", "严庭国", "张红玲"} <= people
    assert "常务" not in _people("越共广宁省委常务副书记杜氏黄出席会议。")


def test_counted_firms_and_plain_words_are_no_names():
    names = _names("目前310家越南公司是该集团的伙伴。世界变局加速演进,双方签署海上合作文件。")
    assert not any(n in ("越南公司", "世界变局", "上海合作组织") for _, n in names)


def test_names_after_the_first_in_a_credit_list():
    people = _people("双方表示将加强协调。(编辑:廖文明/邱国强)\n编辑:魏雅欣\n审校:王言")
    assert {"廖文明", "邱国强", "魏雅欣", "王言"} <= people
    assert "陶军" in _people("新华社河内8月3日电(记者乐艳娜 陶军)越南副总理表示。")


def test_mission_named_by_where_it_sits_opens_with_zhu():
    names = _names("副部长出席驻台北越南经济文化办事处举办的酒会。驻越南代表处与驻胡志明市办事处分别举办酒会。")
    assert {("ORG", "驻台北越南经济文化办事处"), ("ORG", "驻越南代表处"), ("ORG", "驻胡志明市办事处")} <= names
    assert ("ORG", "越南代表处") not in names
    # after a country the mission is the country's, as before
    assert ("ORG", "古巴驻越南大使馆") in _names("古巴驻越南大使馆举行招待会。")


def test_namesake_university_and_city_university():
    names = _names("代表团访问孙德胜大学,又访问河内大学。两国同意在老挝开办越南大学,越南大学生赴华留学。")
    assert ("ORG", "孙德胜大学") in names and ("PERSON", "孙德胜") not in names
    assert ("ORG", "河内大学") in names
    assert ("ORG", "越南大学") not in names


def test_common_verb_with_a_surname_character_opens_no_name():
    assert "包括语" not in _people("随行成员包括语言学系主任阮宏衮副教授。")


def test_person_and_the_post_after_him_make_no_place():
    names = _names("旧金山市市长布里德宣布将访问中国。中方欢迎布里德市长访华。")
    assert ("PERSON", "布里德") in names and ("LOCATION", "布里德市") not in names


def test_jian_joins_posts_not_bodies_and_wengao_is_no_name():
    names = _names("陪同的有新加坡国防部兼外交部高级政务部长孟理基。外交部发文告说,这是首次访问。\n文告说,客人将抵达。")
    assert not any(n == "国防部兼外交部" or n == "文告" for _, n in names)


def test_two_character_family_name_alone_joins_the_full_name():
    doc = _doc("日本首相山田宏树1日在东京会见越南总理阮晋勇。\n山田表示,日方重视日越关系。")
    names = {e.name: e.mentions for e in doc.entities if e.type == "PERSON"}
    assert "山田" not in names and "山田" in names.get("山田宏树", [])


def test_group_named_with_no_opener():
    names = _names("越南总理会见了三星集团总裁。大使前往阿里巴巴集团总部。该集团是大型企业集团。\n"
                   "总理会见韩国乐天集团董事长。总理建议乐天集团继续投资。")
    orgs = {n for t, n in names if t == "ORG"}
    assert {"三星集团", "阿里巴巴集团", "乐天集团"} <= orgs
    assert not any(n in orgs for n in ("往阿里巴巴集团", "大型企业集团", "建议乐天集团", "企业集团"))


def test_dotted_name_after_a_title_or_a_space_keeps_its_first_character():
    for text in ("越南国会副主席会见儿童基金会驻越南首席代表优素福·阿卜杜勒。",
                 "越南国会副主席会见儿童基金会驻越南首席代表 优素福 · 阿卜杜勒( Youssouf Abdel )。"):
        assert "优素福·阿卜杜勒" in _people(text)


def test_burmese_and_khmer_transliterations_after_a_title():
    people = _people("缅甸副总统赛茂康和东盟秘书长出席会议。柬埔寨副总理兼外交部长巴速坤会见客人。")
    assert {"赛茂康", "巴速坤"} <= people


def test_hyphen_between_words_of_one_name_joins_them():
    names = _names("成员由越南越-匈工业大学的书记组成。")
    assert ("ORG", "越南越-匈工业大学") in names


def test_spouse_word_after_a_name_names_the_spouse():
    people = _people("陪同的有习近平夫人彭丽媛,中央政治局常委蔡奇。")
    assert "彭丽媛" in people
    assert not any(p.startswith("和") for p in _people("阮春福夫人和代表团抵达河内。"))


def test_verbs_and_time_words_end_a_name_and_a_rank_keeps_a_final_he():
    people = _people("越共总书记苏林不久前通电话。外长王某展开访问。\n由国家主席苏某接任。")
    assert {"苏林", "王某", "苏某"} <= people
    assert not any(p in people for p in ("苏林不久", "王某展开", "苏某接任"))
    assert "魏凤和" in _people("以中国国防部长魏凤和上将为团长的代表团抵达。")
    assert {"王某", "李某"} <= _people("外长王某和副外长李某出席。")


def test_one_character_stop_after_a_surname_is_a_given_name_character():
    people = _people("中共中央军委副主席张又侠今天结束访问。期待在会议中见到中国外长秦刚。")
    assert {"张又侠", "秦刚"} <= people
    assert "王毅" in _people("外长王毅又表示欢迎。")


def test_post_whose_tail_opens_a_longer_post_and_doctor_as_honorific():
    assert "农融" in _people("陪同的有外交部部长助理农融等。")
    people = _people("新加坡外交部长维文医生昨天在会议场边与中国外长会面。")
    assert any(p.startswith("维文") for p in people) and not any("医" in p for p in people)


def test_post_after_a_verb_of_office_is_the_post_taken():
    doc = _doc("2023年8月13日,柬埔寨首相洪森表示,卸任后其子洪马内即将接任首相。", "https://example.sg/a")
    names = {e.name: e.mentions for e in doc.entities if e.type == "PERSON"}
    assert "首相" not in sum(names.values(), [])


def test_this_city_is_no_place_and_a_place_inside_a_name_before_a_date_is_the_name():
    names = _names("市委书记阮某接见了中国驻本市新任总领事魏某,将促进本市与中国合作。外国驻该市总领事出席。")
    assert not any(t == "LOCATION" and "本市" in n or "该市" in n for t, n in names)
    names = _names("胡志明市市委书记黎青海7日会见了美国新任驻胡志明市总领事Rena Elizabeth Bitter。")
    assert ("PERSON", "黎青海") in names and ("LOCATION", "青海") not in names
    assert ("PERSON", "Rena Elizabeth Bitter") in names


def test_a_bare_bodys_office_is_a_seat():
    names = _names("越南国防部长潘某在国防部办事处主持了欢迎越南客人的仪式。")
    assert ("LOCATION", "国防部办事处") in names and ("ORG", "国防部办事处") not in names


def test_the_place_a_building_is_named_by_is_named_too():
    names = _names("国家主席在天津迎宾馆会见来华出席会议的越南客人。")
    assert ("LOCATION", "天津") in names


def test_bare_government_in_a_list_of_collective_nouns_is_the_country_that_opens_it():
    # the country before the list's first noun owns its bare 政府, not the other country the sentence names
    # after it, nor the one the page names most
    text = ("老挝总理会见越南客人。老挝副总理出席仪式。\n此次,越南党、国家、政府和人民决定向老挝提供八百吨大米,"
            "帮助老挝灾民。老挝总理对此表示感谢。")
    got = _bodies(text, "https://example.vn/a/7")
    assert set(got.values()) == {"越南"}
    # a country named after the outlet's own: still that country's
    text = "俄罗斯国家、政府与人民向越南共产党中央总书记致慰问电。越南受灾省份较多。"
    assert set(_bodies(text, "https://example.vn/a/8").values()) == {"俄罗斯"}


def test_bare_government_in_a_list_that_both_countries_open_is_no_ones():
    text = "越南和老挝友好协会举行纪念活动,回顾两国党、政府、军队和人民之间的传统友谊。"
    assert not [k for k in _bodies(text, "https://example.vn/a/9") if k.startswith("政府")]
