"""Facts on pages the project had never seen (issue 13, round fx): the body whose members voted,
the giver before 为/向…发放, a company name cut at a bracket, 该行, a contract's term, top-N lists,
funds as holders; each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def holder_of(sentence: str, value: float) -> str:
    found = [f.subject for f in facts(sentence) if f.value == value]
    assert len(found) == 1, found
    return found[0]


def test_members_voting_are_the_assemblys() -> None:
    text = ("联合国大会成员国当天就法国提交的草案进行表决。\n"
            "在193个成员国中,120个国家投了赞成票,包括法国在内的9个国家反对,30个国家弃权。")
    for value in (193, 120, 9, 30):
        assert holder_of(text, value) == "联合国大会"


def test_votes_for_a_stance_are_the_assemblys_named_after() -> None:
    text = "该决议以150票赞成、8票反对、20票弃权在联合国大会获得通过。"
    assert holder_of(text, 150) == "联合国大会"
    assert holder_of(text, 8) == "联合国大会"
    assert holder_of("联合国大会举行选举,泰国获得177票。", 177) == "泰国"  # the votes a candidate won
    assert holder_of("在国会代表投票中,武文赏获得455票赞成,占国会代表总数的94.2%。", 455) == "武文赏"


def test_the_lender_before_a_beneficiary_with_wei() -> None:
    assert holder_of("日本国际协力机构签署了为越南航空公司提供3亿美元贷款的协议。", 300_000_000) == "日本国际协力机构"


def test_the_bank_told_as_gaihang_lends_across_brackets() -> None:
    text = "记者从亚洲开发银行获悉,该行日前向老挝万象—琅勃拉邦公路(简称“万琅公路”)项目发放首笔贷款1.5亿美元。"
    assert holder_of(text, 150_000_000) == "亚洲开发银行"


def test_a_company_name_cut_at_a_bracketed_country() -> None:
    text = "光明(越南)有限责任公司目前在越南的总投资额约为12亿美元。"
    assert holder_of(text, 1_200_000_000).startswith("光明")


def test_a_contracts_term_in_years() -> None:
    found = [f for f in facts("泰国SCG集团与日本伙伴签署了一项为期12年的供应合同。") if f.unit == "year"]
    assert [f.value for f in found] == [12]


def test_a_top_n_list_counts_nothing() -> None:
    assert not [f for f in facts("澳大利亚尚未跻身越南十大投资来源地名单。") if f.unit == "count"]


def test_a_fund_holds_what_it_received() -> None:
    text = "由越南政府成立的抗疫基金共收到了来自国内外企业和个人近5万亿越盾。"
    assert holder_of(text, 5_000_000_000_000) == "抗疫基金"
    # a fund named with a giving word (援助基金) after 向 receives; the giver holds
    assert holder_of("日本将向一个新的全球援助基金提供30亿美元。", 3_000_000_000) == "日本"


def test_firms_counted_by_their_capital() -> None:
    text = "在越南北部两省,二十余家中资纺织企业累计投资超15亿美元。"
    assert holder_of(text, 20) == "中国"
    assert holder_of(text, 1_500_000_000) == "中国"


def test_the_party_overtaken_holds_nothing() -> None:
    assert holder_of("今年前7个月,韩国投资者注册投资额达30亿美元,超越日本成为越南第二大投资来源国。", 2) == "韩国"


def test_a_superlative_top_set_counts_nothing() -> None:
    assert not [f for f in facts("多年来,日本一直是对越南援助最多的3个国家之一。") if f.unit == "count"]


def test_trade_of_one_with_the_other_is_the_pairs() -> None:
    assert holder_of("去年越南对泰国的进出口总额为210亿美元。", 21_000_000_000) == "越南-泰国"


def test_trade_told_with_the_partner_only() -> None:
    text = "越南政府总理会见泰国大使。越南总理表示,越南重视发展对泰关系。他说,今年前9个月,与泰国的贸易额达150亿美元。"
    assert holder_of(text, 15_000_000_000) == "越南-泰国"


def test_ballots_told_in_sheets_are_counts() -> None:
    found = [f for f in facts("在当天的选举投票中,阮文甲获得470张有效选票中的455张赞成票。") if f.unit == "count"]
    assert sorted(f.value for f in found) == [455, 470]


def test_votes_as_a_fraction_of_the_members() -> None:
    text = "越南国会以470/470代表赞成(占国会代表总数的96.5%)的决议,选举阮文甲为国家主席。"
    assert holder_of(text, 470) == "越南国会"


def test_a_place_set_as_the_topic() -> None:
    text = "截至10月1日,清化省有120所学校受影响;在乂安省,230所学校受损。"
    assert holder_of(text, 230) == "乂安"


def test_a_headline_bound_is_the_bodys_figure() -> None:
    doc = extract("红河基金收到超过50亿越南盾\n2025-10-10\n红河基金已收到来自企业和个人的超过53亿越南盾捐款。\n", source="t.txt")
    assert [f.value for f in extract_facts(doc) if f.unit == "VND"] == [5_300_000_000]


def test_a_latin_company_name_read_whole() -> None:
    text = "会见时,Kappa Micro Devices公司代表表示,公司计划将在越南的投资增加至12亿美元。"
    assert holder_of(text, 1_200_000_000) == "Kappa Micro Devices公司"


def test_a_latin_company_name_pledging() -> None:
    assert holder_of("总理会见Brickworks集团代表。Brickworks承诺在平阳省投资11亿美元建设工厂。", 1_100_000_000) == "Brickworks"


def test_people_trained_for_a_recipient_are_the_givers() -> None:
    assert holder_of("韩国国际协力团承诺为老挝培训800名技术人才。", 800) != "老挝"


def test_the_countries_running_are_the_elections() -> None:
    text = "联合国大会8日选举甲国、乙国等5国为人权理事会成员。此次参加角逐的有7个国家。"
    assert holder_of(text, 7) == "人权理事会成员选举"


def test_relief_items_listed_are_the_givers() -> None:
    text = "中国政府决定紧急向老挝提供一批人道主义援助物资。\n这批救援物资包括200艘冲锋舟、600顶帐篷和200套净水器等。"
    found = [(f.subject, f.value) for f in facts(text) if f.unit == "count"]
    assert found == [("中国", 200), ("中国", 600), ("中国", 200)]


def test_the_set_a_party_heads_holds_nothing() -> None:
    text = "韩国继续位列东盟国家对越投资之首,2023年对越投资达52亿美元。"
    assert holder_of(text, 5_200_000_000) == "韩国"


def test_a_sentence_about_the_organization_named_before() -> None:
    text = "越南外交部副部长会见世界粮食计划署代表。该机构承诺今年为越南提供300万美元援助。"
    assert holder_of(text, 3_000_000) == "世界粮食计划署"


def test_the_same_count_for_two_stances_is_two_claims() -> None:
    text = "人权理事会47个成员国中,有23国投票支持,12国反对,12国弃权。"
    assert [f.value for f in facts(text) if f.unit == "count"] == [47, 23, 12, 12]
