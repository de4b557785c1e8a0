"""A name right before an acting or chargé post (某某代总领事, 某某临时代办, 某某代办) is the person and the
post, qualifier kept, is their role; a name opening a clause before such a post may open on a common surname
left out of the surname lists for opening common words (单, 关, 安). Invented sentences."""

import pytest

from dipnet.pipeline import extract


def _doc(body: str):  # type: ignore[no-untyped-def]
    return extract("题目\n\n新华社北京3月5日电 " + body + "\n")


def _people(body: str) -> set[str]:
    return {m for e in _doc(body).entities if e.type == "PERSON" for m in [e.name, *(e.mentions or [])]}


def _roles(body: str) -> dict[str, str]:
    return {r.person: r.title for r in _doc(body).roles}


@pytest.mark.parametrize("body, name, post", [
    ("中国驻某国使馆向当地学校捐赠文具。\n黄立平代总领事在仪式上致辞。", "黄立平", "代总领事"),
    ("中国驻某国使馆举办招待会。\n孙建华临时代办在招待会上致辞。", "孙建华", "临时代办"),
    ("中国驻某国使馆举办招待会。\n郑海生代办在招待会上致辞。", "郑海生", "代办"),
    ("中国驻某国使馆举办招待会。\n单立新代办在招待会上致辞。", "单立新", "代办"),
    ("使馆向灾民捐赠物资。\n关明远代理大使在仪式上讲话。", "关明远", "代理大使"),
])
def test_a_name_before_an_acting_post(body: str, name: str, post: str) -> None:
    assert name in _people(body)
    assert _roles(body).get(name, "").endswith(post)


@pytest.mark.parametrize("body, word", [
    ("两国签署协议。\n单位负责人在仪式上致辞。", "单位负"),
    ("两国签署协议。\n全国人大代表团在会上发言。", "全国人"),
    ("两国签署协议。\n安全部门负责人出席。", "安全部"),
    ("两国签署协议。\n和平发展大使出席活动。", "和平发"),
])
def test_no_name_of_a_common_word(body: str, word: str) -> None:
    assert not any(word in m or m in word for m in _people(body))


@pytest.mark.parametrize("body, name", [
    ("大使会见了该国代外长萨干诺(右)。", "萨干诺"),
    ("双方出席仪式的有卫生部长峇迪南。", "峇迪南"),
    ("赵某会见了议联秘书长纯坎。", "纯坎"),
    ("老挝工贸部部长、合作委员会主席本坚出席并致辞。", "本坚"),
])
def test_a_transliterated_name_after_a_post(body: str, name: str) -> None:
    assert name in _people(body)


@pytest.mark.parametrize("body, word", [
    ("总统坚持两国合作。", "坚持"),
    ("部长坚定支持该倡议。", "坚定"),
    ("台湾问题纯属中国内政。", "纯属"),
    ("大使干部出席活动。", "干部"),
])
def test_no_name_of_a_plain_word_after_a_post(body: str, word: str) -> None:
    assert not any(word[0] in m for m in _people(body))


@pytest.mark.parametrize("body, name, post", [
    ("代表团会见了该国外交部部长顾问萨米尔。", "萨米尔", "部长顾问"),
    ("该国临时政府经济顾问卡里姆将访华。", "卡里姆", "经济顾问"),
    ("美方国安会欧洲事务高级主任约翰逊表示支持。", "约翰逊", "高级主任"),
    ("该国总理高级顾问阿里表示欢迎。", "阿里", "高级顾问"),
])
def test_a_compound_post_is_read_whole(body: str, name: str, post: str) -> None:
    assert post in _roles(body).get(name, "")
