"""Bodies the knowledge base lacks, told by the form of their name: a country and an armed force's
word over a known shorter force (某国 + 海上自卫队), a region and an initiative's word (某区域 + …倡议),
proper words and a forum's word (某某 + 对话会); and the events they take part in (invented sentences)."""

from __future__ import annotations

import pytest

from dipnet.model import Page
from dipnet.pipeline import process_page

URL = "https://example.org/2016/05/10/a.html"


def _doc(text: str):  # type: ignore[no-untyped-def]
    return process_page(Page(source=URL, url=URL, text=text))


def _orgs(text: str) -> set[str]:
    return {e.name for e in _doc(text).entities if e.type == "ORG"}


@pytest.mark.parametrize(("text", "body"), [
    ("菲律宾海上自卫队12日向南海派遣了两艘驱逐舰。", "菲律宾海上自卫队"),
    ("新西兰海上自卫队的两艘护卫舰今天停靠在越南金兰湾。", "新西兰海上自卫队"),
    ("南亚海洋透明倡议12日发布报告称,菲律宾船只在该海域活动。", "南亚海洋透明倡议"),
    ("据东南亚渔业透明倡议发布的卫星图片,有关船只已离开。", "东南亚渔业透明倡议"),
    ("新加坡总理早前在蓝莲花对话会上发表讲话。", "蓝莲花对话会"),
    ("新西兰国防部长卡尔·彼得森12日出席第22届金狮岭对话会。", "金狮岭对话会"),
    ("翡翠湾对话会12日在新加坡开幕。", "翡翠湾对话会"),
])
def test_a_body_the_kb_lacks_is_read_by_its_form(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("菲律宾海上自卫队12日向南海派遣了两艘驱逐舰。", "日本自卫队"),  # a known force inside is no name there
    ("翡翠湾对话会12日在新加坡开幕。", "翡翠湾"),  # the place inside the forum's name is no entity
])
def test_no_shorter_name_inside(text: str, wrong: str) -> None:
    assert wrong not in {e.name for e in _doc(text).entities}


@pytest.mark.parametrize("text", [
    "黎文兴表示,本届对话会取得成功。",
    "双方同意举行此次对话会。",
    "越南支持中国提出的一带一路倡议。",
])
def test_no_body_from_a_plain_forum_word(text: str) -> None:
    assert not any(n.endswith(("对话会", "倡议")) for n in _orgs(text))


def test_a_conference_at_an_unknown_forum() -> None:
    doc = _doc("新西兰国防部长卡尔·彼得森12日出席第22届金狮岭对话会。")
    assert any(e.type == "CONFERENCE" and "金狮岭对话会" in e.participants and "卡尔·彼得森" in e.participants
               for e in doc.events)


def test_a_deployment_by_an_unknown_force() -> None:
    doc = _doc("新西兰海上自卫队的两艘护卫舰今天停靠在越南金兰湾。")
    assert any(e.type == "DEPLOYMENT" and "新西兰海上自卫队" in e.participants for e in doc.events)


@pytest.mark.parametrize(("text", "opener", "known"), [
    ("菲律宾海上自卫队12日向南海派遣了两艘驱逐舰。", "菲律宾", "自卫队"),
    ("新西兰海上自卫队的两艘护卫舰今天停靠在越南金兰湾。", "新西兰", "自卫队"),
])
def test_a_known_body_at_the_suffix_tail_ends_no_name(text: str, opener: str, known: str) -> None:
    """Where the knowledge base knows the short force (自卫队) and not the branch (海上自卫队, as on a page
    whose branch it lacks), the branch's word still ends the name the country opens."""
    from dipnet.recognize.lexicon import name_rules
    from dipnet.recognize.suffixed import suffix_names
    rules = name_rules()
    e = len(opener)
    k = text.index(known)
    got = suffix_names(text, [(0, e)], rules.org_suffixes, rules, "ORG", 1, country_at={0: e},
                       known_ends={k + len(known): k, e: 0})
    assert any(m.text == text[:k + len(known)] for m in got)
    # (a known body that ends where the suffix does and opens before it is still the name: 日本媒体援引 + 日本政府)
    own = "日本媒体援引日本政府消息"
    got = suffix_names(own, [(0, 2)], rules.org_suffixes, rules, "ORG", 1, country_at={0: 2, 6: 8},
                       known_ends={10: 6, 2: 0, 8: 6})
    assert not any(m.text == own[:10] for m in got)


@pytest.mark.parametrize(("text", "body"), [
    ("越南外交部副部长黎文兴会见新西兰安全会议秘书卡尔·彼得森。", "新西兰安全会议"),
    ("苏林会见了智利安全会议国务秘书卡尔·彼得森。", "智利安全会议"),
])
def test_a_states_security_council_after_its_country(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize("text", [
    "萧依古近日在俄罗斯举行的第11届翡翠城国际安全会议上表示。",
    "越南代表团出席了国际安全会议。",
])
def test_a_security_meeting_is_no_council(text: str) -> None:
    assert not any(n.endswith("安全会议") for n in _orgs(text))


@pytest.mark.parametrize(("text", "body"), [
    ("开好明年越柬边境共同管理磋商工作组首轮磋商。", "越柬边境共同管理磋商工作组"),  # 共同 inside, 8 words between
    ("双方筹备好越老海上共同巡逻工作组第三次会议。", "越老海上共同巡逻工作组"),
    ("越泰陆地边界联合工作委员会12日举行会议。", "越泰陆地边界联合工作委员会"),  # 陆地 after two partners
])
def test_a_joint_body_with_a_long_middle(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize("text", [
    "越老两国共同努力,推动合作委员会工作。",
    "中越共同推动建立工作组。",
])
def test_partners_acting_together_name_no_body(text: str) -> None:
    assert not any(n.endswith(("委员会", "工作组")) for n in _orgs(text))


@pytest.mark.parametrize(("text", "body"), [
    ("苏林会见了日本共产党中央常务委员会代表团。", "日本共产党中央常务委员会"),  # a known party and its organ
    ("越南向联合国达尔富尔临时安全特派团派遣工兵分队。", "联合国达尔富尔临时安全特派团"),  # a place right after the opener
    ("1945年成立的老挝王国临时政府宣布独立。", "老挝王国临时政府"),  # 时 of 临时 ends no name
])
def test_organs_and_interim_bodies(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_bare_country_and_an_organ_name_no_body() -> None:
    assert not any(n.endswith("中央委员会") for n in _orgs("越南中央委员会"))


@pytest.mark.parametrize(("text", "body"), [
    ("推动建设湄公河共同体。", "湄公河共同体"),
    ("双方支持2030年建成南亚共同体的目标。", "南亚共同体"),
])
def test_a_community_of_states(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize("text", ["构建更为紧密的中国—东盟命运共同体。", "携手构建湄公河命运共同体。"])
def test_a_shared_future_is_no_body(text: str) -> None:
    assert not any(n.endswith("共同体") for n in _orgs(text))


def test_a_force_read_by_rule_is_military() -> None:
    doc = _doc("新西兰海上自卫队的两艘护卫舰今天停靠在越南金兰湾。")
    force = next(e for e in doc.entities if e.name == "新西兰海上自卫队")
    assert force.sector == "military"
    assert any(e.type == "DEPLOYMENT" and e.channel == "defence" for e in doc.events)


@pytest.mark.parametrize(("text", "body"), [
    ("越南共产党代表团出席了在河内举行的非洲政党国际会议常务委员会会议。", "非洲政党国际会议"),
    ("欧洲理事会主席、南美政党国际会议常委会联合主席分别发来贺电。", "南美政党国际会议"),
])
def test_a_conference_with_standing_organs_is_a_body(text: str, body: str) -> None:
    orgs = _orgs(text)
    assert body in orgs
    assert not any(n.startswith("国际会议") for n in orgs)


@pytest.mark.parametrize("text", ["越南代表团出席了东盟地区论坛会议。", "东南亚国际会议12日在河内举行。"])
def test_a_meeting_is_no_body(text: str) -> None:
    assert not any(n.endswith("会议") for n in _orgs(text))
