"""Facts on pages never seen (fc1, stop 50, issue 13): a count of firms with their country named right after
the classifier (4家越南公司: the country's firms, not the clause's actor's), a name in the next paragraph that
qualifies no count (a region's heading '大洋洲:4个' over a list of members), a page's comment counter (5条评论).
Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京3月5日电 "


@pytest.mark.parametrize("body, want", [
    (X + "去年,泰国恢复了6家越南水产公司对泰出口。", (6, "越南")),
    (X + "日本政府批准了12家泰国水果企业对日出口。", (12, "泰国")),
    (X + "老挝已向15家中国矿业集团颁发了开采许可。", (15, "中国")),
])
def test_a_count_of_firms_named_by_their_country_is_that_countrys(body: str, want: tuple[float, str]) -> None:
    got = holders(body)
    assert want in got, got


def test_a_count_of_firms_with_the_country_first_keeps_it() -> None:
    got = holders(X + "目前已有500家日本企业在越南投资兴业。")
    assert (500, "日本") in got, got


def test_a_name_in_the_next_paragraph_qualifies_no_count() -> None:
    body = (X + "危地马拉宣布与某国断交,该国目前仅剩7个友邦。\n\n"
            "该国的友邦在哪里?\n\n大洋洲:3个\n\n马绍尔群岛\n\n帕劳\n\n图瓦卢\n\n非洲:1个\n\n斯威士兰")
    got = holders(body)
    assert (3, "马绍尔群岛") not in got and (1, "斯威士兰") not in got, got


@pytest.mark.parametrize("tail", ["5条评论", "12条回复 新闻网", "3条留言"])
def test_a_comment_counter_is_no_count(tail: str) -> None:
    got = holders(X + "两国外长签署了4份合作文件。\n\n" + tail)
    assert [v for v, _ in got] == [4], got


@pytest.mark.parametrize("body", [
    X + "两国领导人同意从政治、经贸、农业、能源、安全、人文六大领域入手深化合作。",
    X + "双方同意在经济、文化和教育3个方面加强合作。",
])
def test_a_count_of_the_fields_just_listed_is_no_claim(body: str) -> None:
    got = holders(body)
    assert got == [], got


@pytest.mark.parametrize("body, value", [
    (X + "中国决定派遣包括工兵、医疗和警卫3支分队的维和部队。", 3),  # units sent: a claim
    (X + "双方在贸易、投资和旅游三个领域之外,还签署了5份协议。", 5),
])
def test_counts_that_restate_no_list_of_fields_stay(body: str, value: float) -> None:
    got = holders(body)
    assert value in [v for v, _ in got], got


def test_a_gap_in_a_clause_of_ye_shi_is_the_visitor_named_after_zhe_shi() -> None:
    got = holders(X + "这是赵乐际第二次以全国人大常委会委员长身份访问越南,也是时隔4年再次访越。")
    assert (4, "赵乐际") in got, got
    got = holders(X + "这是丁薛祥首次以中共中央政治局常委身份访问老挝,也是时隔5年再次访老。")
    assert (5, "丁薛祥") in got, got


def test_a_gap_with_its_own_party_before_it_keeps_that_party() -> None:
    got = holders(X + "这是王毅第四次访问老挝,也是中国外长时隔3年再次访老。")
    assert (3, "中国") in got, got


def test_several_hundred_million_is_a_range() -> None:
    got = holders(X + "两国企业签署的合同金额达数亿美元。")
    assert [v for v, _ in got] == [[1e8, 1e9]], got


def test_border_gates_counted_in_pairs() -> None:
    got = holders(X + "中老两国已开通6对陆地边境口岸。")
    assert (6, "中国-老挝") in got, got


@pytest.mark.parametrize("body, want", [
    (X + "洪森执政38年来,柬埔寨经济保持较快发展。", (38, "洪森")),
    (X + "老挝在通伦上任3年以来失去了多个外国投资项目。", (3, "通伦·西苏里")),
])
def test_a_leaders_years_in_office_are_the_leaders(body: str, want: tuple[float, str]) -> None:
    got = holders(body)
    assert want in got, got


def test_years_since_a_founding_stay_no_claim() -> None:
    got = holders(X + "两国建交30年来,双边关系不断发展。")
    assert [v for v, _ in got if v == 30] == [], got


def test_a_tally_line_naming_no_party_takes_the_holder_above() -> None:
    body = (X + "中国外交部发言人表示,中方欢迎危地马拉同中国建交,中国愿同危地马拉开展各领域合作。"
            "台湾目前仅剩7个“友邦”。\n\n它们分布在哪里?\n\n大洋洲:3个\n\n马绍尔群岛\n\n帕劳\n\n图瓦卢")
    got = holders(body)
    assert (7, "台湾") in got and (3, "台湾") in got, got
