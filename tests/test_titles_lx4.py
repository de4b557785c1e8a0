"""(lx4) Compound posts whose last word alone is a post too: on invented sentences the whole
post is the role, not its head (第一副总理 not 副总理, 助理秘书长 not 秘书长, 谈判代表 not 代表,
王太后 not 太后, 合参议长 not 参议长, 经济部长 not 部长)."""

from __future__ import annotations

from invented import page_of


def _titles(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in page_of(text).roles:
        out.setdefault(r.person, set()).add(r.title)
    return out


def _has(text: str, person: str, post: str) -> bool:
    return any(t.endswith(post) for t in _titles(text).get(person, set()))


def test_first_deputy_prime_minister():
    assert _has("吉尔吉斯斯坦第一副总理丹尼亚尔·某某昨天抵达首都。", "丹尼亚尔·某某", "第一副总理")


def test_first_deputy_party_secretary():
    assert _has("古共中央第一副书记黄某某接见了青年代表。", "黄某某", "第一副书记")


def test_assistant_secretary_general():
    assert _has("东盟助理秘书长罗伯托·某某出席了研讨会。", "罗伯托·某某", "助理秘书长")


def test_trade_negotiator():
    assert _has("商务部国际贸易谈判代表李某某与来宾举行会谈。", "李某某", "谈判代表")


def test_queen_mother():
    assert _has("王太后素达·某某为新医院剪彩。", "素达·某某", "王太后")


def test_founding_prime_minister():
    assert _has("纪念馆展出了建国总理林某某的手稿。", "林某某", "建国总理")


def test_joint_chiefs_of_staff_chairman_is_no_senate_speaker():
    assert _has("韩国合参议长朴某某视察了前线部队。", "朴某某", "合参议长")


def test_chief_of_the_general_staff():
    assert _has("台湾参谋总长梅某某出席了记者会。", "梅某某", "参谋总长")


def test_chief_of_staff_of_a_head_of_state():
    assert _has("白宫幕僚长玛丽亚·某某向记者说明了行程。", "玛丽亚·某某", "幕僚长")


def test_political_counsellor():
    assert _has("法国驻泰国使馆政治参赞皮埃尔·某某出席了招待会。", "皮埃尔·某某", "政治参赞")


def test_minister_by_ministry_short_name():
    assert _has("阿根廷经济部长马丁·某某宣布了新措施。", "马丁·某某", "经济部长")


def test_compound_ministry_name_is_not_cut_by_a_short_minister():
    # 工业部长 is left out of the titles: it would cut 国际贸易及工业部 (and 信息部长 通讯与信息部)
    ents = {e.name for e in page_of("马来西亚国际贸易及工业部长东姑·某某访问了工业园区。").entities}
    assert any(n.endswith("国际贸易及工业部") for n in ents)


def test_japanese_prime_minister_by_formal_title():
    assert _has("日本内阁总理大臣石田某某在官邸接见了代表团。", "石田某某", "内阁总理大臣")


def test_ruling_party_policy_chief_is_no_bare_chairman():
    assert _has("自民党政调会长高木某某提出了新的方案。", "高木某某", "政调会长")


def test_crown_princess_consort_is_no_part_of_her_name():
    assert "娜塔莎·某某" in _titles("王储妃娜塔莎·某某参观了儿童医院。")


def test_legislative_council_president():
    assert _has("立法会主席梁某某会见了来访议员。", "梁某某", "立法会主席")
