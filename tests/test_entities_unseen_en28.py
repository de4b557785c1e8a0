"""(en28) Entities on unseen pages, on invented sentences (probe grids, /work/notes/s7/en28/probes.md):
where a dotted foreign name ends before the verb after it, whatever the verb; a Latin gloss with
accented letters vouches for the name before it; a name read after a post ends before 则; a ruler
named by country and title only is no person's alias; a government's press office (新闻办公室) is
read whole; the archipelagos' English-derived names are aliases; a country that opens a body's name
is named even where its two characters are both its own short forms (老挝); a foreign name of four
transliteration characters or more after a post is read whole before a manner word or a verb."""

from __future__ import annotations

import pytest

from invented import page_of, people


def _person_mentions(text: str) -> set[str]:
    return {m for e in page_of(text).entities if e.type == "PERSON" for m in (*e.mentions, e.name)}

# a dotted name's last part, then a verb that no stop list names: the name ends before it
_DOTTED_BEFORE_VERB = [
    ("代表团向阿盟秘书长艾哈迈德·阿布·盖特赠送了纪念品。", "艾哈迈德·阿布·盖特"),
    ("联合国秘书长安东尼奥·古特雷斯颁发了奖章。", "安东尼奥·古特雷斯"),
    ("国防部长费尔南多·阿尔瓦雷斯检阅了仪仗队。", "费尔南多·阿尔瓦雷斯"),
    ("总统卡洛斯·门多萨莅临开幕式。", "卡洛斯·门多萨"),
    ("大使安娜·玛丽亚·索萨捐赠了一批医疗物资。", "安娜·玛丽亚·索萨"),
    ("副总理塞尔吉奥·莫拉莱斯剪彩并参观了展馆。", "塞尔吉奥·莫拉莱斯"),
]


@pytest.mark.parametrize("text,name", _DOTTED_BEFORE_VERB)
def test_dotted_name_ends_before_a_verb_outside_the_table(text: str, name: str) -> None:
    found = _person_mentions(text)
    assert name in found
    assert not any(p.startswith(name) and p != name for p in found)


def test_dotted_name_keeps_its_own_characters_where_it_ends_before_a_verb() -> None:
    # the cut before a verb, beside what it must leave alone: a regnal number, a last character
    # outside the table before a stop (沙利文 + 出席, 坦马冯 + 和), a thing named after a person
    assert "卡洛斯·门多萨" in _person_mentions("总统卡洛斯·门多萨莅临开幕式,国王哈拉尔·维克多三世出席了晚宴。")
    assert "哈拉尔·维克多三世" in _person_mentions("总统卡洛斯·门多萨莅临开幕式,国王哈拉尔·维克多三世出席了晚宴。")
    assert "约翰·沙利文" in _person_mentions("大使约翰·沙利文出席了招待会,部长马里奥·洛佩斯赠送了礼品。")
    assert "马里奥·洛佩斯" in _person_mentions("大使约翰·沙利文出席了招待会,部长马里奥·洛佩斯赠送了礼品。")
    assert "通辛·坦马冯" in _person_mentions("前总理通辛·坦马冯和已故主席的夫人出席了仪式。")
    # 国际 + 机场 closes the run: an airport named after a person (SPEC: no person inside a name)
    assert not people("代表团抵达何塞·马蒂国际机场,开始正式访问。")
    assert not people("主席获授古巴最高荣誉——何塞·马蒂勋章。")


# a gloss in Latin letters with accents (Spanish, Portuguese, German) vouches for a name that opens
# with a character neither a surname nor the transliteration table's
@pytest.mark.parametrize("text,name", [
    ("外交部长步卡罗(Mario Adolfo Búcaro Flores)表示两国合作成果丰硕。", "步卡罗"),
    ("农业部长步里安(José Martínez Briand)介绍了合作项目。", "步里安"),
    ("经济部长步森(Jürgen Böhm)会见了中国企业代表。", "步森"),
])
def test_accented_gloss_vouches_for_the_name(text: str, name: str) -> None:
    assert name in people(text)


# 则 (whereas) after a subject read after a post: the name ends before it
@pytest.mark.parametrize("text,name", [
    ("中国驻德国大使史明德则在会上批评了贸易保护主义。", "史明德"),
    ("越南驻华大使何炅轩则在致辞中表示感谢。", "何炅轩"),
    ("驻塞拉利昂大使赵勇则向来宾介绍了中国发展情况。", "赵勇"),
    ("外交部发言人韦圣明则回答说,中方立场是一贯的。", "韦圣明"),
])
def test_name_after_a_post_ends_before_ze(text: str, name: str) -> None:
    found = people(text)
    assert name in found
    assert name + "则" not in found


# a ruler named by country and title only (某国苏丹) is no person's name: whoever holds the title, the
# text names the country (nested.py), and the name after the title is the person's
def test_ruler_by_country_and_title_is_no_persons_alias() -> None:
    assert not people("越南国家主席与文莱苏丹一致同意加强两国合作。")
    assert people("文莱苏丹桑纳尔、柬埔寨首相洪森出席开幕式。") == {"桑纳尔", "洪森"}


# a government's press office (新闻办公室) is one body, read whole, not its short form 新闻办 and 公室
@pytest.mark.parametrize("text,name", [
    ("云南省人民政府新闻办公室举行新闻发布会。", "云南省人民政府新闻办公室"),
    ("广西壮族自治区人民政府新闻办公室12日举行发布会。", "广西壮族自治区人民政府新闻办公室"),
    ("河内市人民委员会新闻办公室发布消息。", "河内市人民委员会新闻办公室"),
])
def test_press_office_is_read_whole(text: str, name: str) -> None:
    orgs = {e.name for e in page_of(text).entities if e.type == "ORG"}
    assert name in orgs
    assert name[:-2] not in orgs


# the archipelagos' names from English (Spratly, Paracel) are the same places as their Chinese names
@pytest.mark.parametrize("text,place", [
    ("越南在斯普拉特利群岛(中国称南沙群岛)占据多个岛礁。", "南沙群岛"),
    ("帕拉塞尔群岛(中国称西沙群岛)附近海域天气晴好。", "西沙群岛"),
])
def test_english_names_of_the_archipelagos(text: str, place: str) -> None:
    places = [e for e in page_of(text).entities if e.type == "LOCATION"]
    assert len(places) == 1 and places[0].name == place


# a country that opens a body's name is an entity (SPEC), also where its two characters are both its own
# short forms (老 and 挝) before a word that follows a pair of sides (人民); a real pair stays two sides
@pytest.mark.parametrize("text,country", [
    ("老挝人民革命党中央总书记会见了越南客人。", "老挝"),
    ("老挝人民军代表团结束了访问。", "老挝"),
    ("印尼人民协商会议议长会见了越南客人。", "印度尼西亚"),
])
def test_country_opening_a_body_whose_characters_are_its_own_short_forms(text: str, country: str) -> None:
    assert country in {e.name for e in page_of(text + "中非合作论坛部长级会议在北京举行。").entities if e.type == "COUNTRY"}
    # beside it, a real pair of sides (中 + 非 + 合作论坛) stays no country (no 中非共和国)
    assert "中非共和国" not in {e.name for e in page_of(text + "中非合作论坛部长级会议在北京举行。").entities}


# a foreign name of four transliteration characters or more after a post, then a manner word or a verb
# that is no stop: the run of the table's characters is the whole name, not its first three
@pytest.mark.parametrize("text,name", [
    ("菲律宾驻越南大使恩卡纳西翁盛赞两国合作。", "恩卡纳西翁"),
    ("菲律宾驻越南大使恩卡纳西翁衷心感谢越方的支持。", "恩卡纳西翁"),
    ("塞尔维亚驻华大使马尔科维奇深情回忆两国友谊。", "马尔科维奇"),
    ("菲律宾驻越南大使卡塔琳娜真诚希望两国加强合作。", "卡塔琳娜"),
    ("俄罗斯驻越南大使帕拉莫诺夫热情欢迎越南客人。", "帕拉莫诺夫"),
    ("马来西亚驻华大使巴拉梅侬恭迎首相。", "巴拉梅侬"),
    ("俄罗斯驻越南大使帕拉莫诺夫高兴地表示两国关系良好。", "帕拉莫诺夫"),
])
def test_transliterated_name_after_a_post_before_a_plain_word(text: str, name: str) -> None:
    assert name in people(text)
