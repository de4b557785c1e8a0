"""Event reading on phrasings met on Vietnamese wires' Chinese pages the project had never seen (ev15, issue
13: VNA, VOV, Nhân Dân, SGGP, the party's and government's portals; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_bare_organ_in_a_foreign_party_title_is_that_party_s():
    # 老挝人民革命党中央委员、中央对外部部长某某: the bare 中央对外部 is the Lao party's, so the head's message
    # told the same day goes to Laos too and joins the Central Committee's (one message per sending land)
    body = ("越南共产党中央委员会致电祝贺老挝人民革命党成立70周年\n\n"
            "越通社河内——3月21日,越南共产党中央委员会致电老挝人民革命党中央委员会,祝贺老挝人民革命党成立70周年。\n\n"
            "当天,越共中央委员、中央对外部部长阮文甲向老挝人民革命党中央委员、中央对外部部长顺通·赛雅佳致贺电。")
    messages = of(body, "MESSAGE")
    assert any({"阮文甲", "顺通·赛雅佳", "越南共产党"} <= set(e.participants) for e in messages)
    assert not any(e.participants == ["阮文甲", "顺通·赛雅佳"] for e in messages)


def test_years_since_before_a_land_s_name_is_no_visit():
    # 56年来越柬关系: "in the 56 years since", then the pair's short names; nobody comes to Vietnam
    body = ("越柬关系\n越通社金边——6月24日,越南驻柬埔寨大使阮明武在招待会上致辞时回顾了56年来越柬关系发展历程。"
            "他表示,建交以来越南与柬埔寨关系不断发展。")
    assert not of(body, "VISIT")


def test_talks_one_by_one_with_lands_whose_leaders_are_unnamed():
    # 分别与老挝、柬埔寨…国会领导人举行双边会晤: one meeting with each land, not one meeting of three
    body = ("越南国会副主席出席对话会\n越通社雅加达5月10日——越南国会副主席阮文乙分别与老挝、柬埔寨和"
            "印度尼西亚国会领导人举行双边会晤。")
    meets = of(body, "MEET")
    assert any(e.participants == ["阮文乙", "老挝"] for e in meets)
    assert any(e.participants == ["阮文乙", "柬埔寨"] for e in meets)
    assert not any({"老挝", "柬埔寨"} <= set(e.participants) for e in meets)


def test_a_delegation_named_with_its_own_leader_brings_no_earlier_head():
    # 会见了某某率领的代表团: the delegation's leader is named in the clause; the head of the delegation told
    # in the paragraph before (吉田…率领的代表团) is no party of this meeting
    body = ("越南领导人会见外宾\n越通社河内——10月7日,胡志明市人民委员会主席阮文得会见了日本大阪府知事吉田一郎率领的代表团。\n\n"
            "越南祖国阵线中央委员会主席杜文战当天会见了古巴保卫革命委员会全国协调员赫拉尔多·贝尔特兰率领的代表团。")
    meets = of(body, "MEET")
    assert any(e.participants == ["杜文战", "赫拉尔多·贝尔特兰"] for e in meets)
    assert not any({"杜文战", "吉田一郎"} <= set(e.participants) for e in meets)


def test_both_sides_signing_after_talks_are_the_talks_sides():
    # 会后,双方签署…: the sides of the consultation told right before, not the headline's pair (越南, 古巴)
    body = ("越南国家主席会见古巴驻越大使\n越通社河内——10月7日,越南国家主席梁强在河内会见了前来辞行的古巴驻越南大使"
            "奥兰多·佩雷斯。\n\n同日,越南外交部副部长阮明甲与老挝外交部副部长通潘·西沙在万象共同主持召开越老外交部"
            "第十次副部长级政治磋商。会后,双方签署了两国外交部合作计划。")
    signings = of(body, "AGREEMENT")
    assert signings and all({"越南", "老挝"} <= set(e.participants) and "古巴" not in e.participants for e in signings)


def test_a_visit_between_localities_names_both_localities():
    # SPEC: visits between localities are of the visiting and the host localities, not the host's country
    body = ("越南广宁省代表团访问中国广西\n越通社南宁——3月15日,越南广宁省委书记阮文丙率领广宁省代表团对中国广西壮族自治区"
            "进行工作访问,并与广西壮族自治区党委书记李明举行会谈。")
    visits = of(body, "VISIT")
    assert visits and all({"广宁", "广西"} <= set(e.participants) and "中国" not in e.participants for e in visits)


def test_two_ministers_attending_together_are_the_two_named_before():
    # 两位部长还共同出席了…开幕式: the two ministers the sentence before names attend (SPEC: attendees)
    body = ("越南国防部长会见老挝国防部长\n越通社万象——5月20日,越南国防部长阮文丁大将在万象会见了老挝国防部长"
            "占沙蒙·西提。两位部长还共同出席了越老国防合作成果展开幕式。")
    conferences = of(body, "CONFERENCE")
    assert conferences and all({"阮文丁", "占沙蒙·西提"} <= set(e.participants) for e in conferences)
