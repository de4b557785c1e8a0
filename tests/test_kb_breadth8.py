"""Knowledge-base breadth, eighth pass (issue 13), on invented sentences: names wires write with an
em dash (中国—东盟中心, 迪亚斯—卡内尔) where the rows had a hyphen, Laos's Party office for the bare
word on a Lao page, officials of Vietnam's provinces and of Singapore, Malaysia, Laos, Cambodia and
China named bare, outlet forms of listed leaders, and media that pages credit."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.pipeline import extract
from invented import entity_ids as _ids


def test_em_dash_forms_of_hyphenated_names_resolve():
    ids = _ids("中国—东盟中心负责人出席论坛，澜沧江—湄公河合作框架下双方签署文件。")
    assert "org:cn-asean-centre" in ids
    assert "org:lmc" in ids
    ids = _ids("哈瓦那消息，米格尔·迪亚斯—卡内尔当天发表讲话。")
    assert "person:miguel-diaz-canel" in ids


def test_the_bare_central_office_on_a_lao_page_is_the_lprp_office():
    ids = _ids("老挝人民革命党中央书记处书记、中央办公厅主任到机场迎接越南客人。")
    assert "org:lprp-office" in ids
    assert "org:cpv-office" not in ids


def test_officials_named_bare_resolve_to_their_rows():
    kb = load_kb()
    for name, pid, country in (
        ("武大胜", "person:vu-dai-thang", "VN"),
        ("范嘉肃", "person:pham-gia-tuc", "VN"),
        ("阮孟强", "person:nguyen-manh-cuong", "VN"),
        ("孟理基", "person:maliki-osman", "SG"),
        ("许文远", "person:khaw-boon-wan", "SG"),
        ("旺阿兹莎", "person:wan-azizah", "MY"),
        ("廖中莱", "person:liow-tiong-lai", "MY"),
        ("娜丽·西苏里", "person:naly-sisoulith", "LA"),
        ("邓迪那", "person:dith-tina", "KH"),
        ("史忠俊", "person:shi-zhongjun", "CN"),
    ):
        found = kb.by_name(name)
        assert [e.id for e in found] == [pid], name
        assert found[0].country == country, name
    ids = _ids("会上，邓迪那介绍了农业合作情况，旺阿兹莎随后致辞。")
    assert "person:dith-tina" in ids and "person:wan-azizah" in ids


def test_outlet_forms_of_listed_leaders():
    kb = load_kb()
    for name, pid in (
        ("黎淮忠", "person:le-hoai-trung"),
        ("希山慕丁", "person:hishammuddin-hussein"),
        ("阿都拉巴达威", "person:abdullah-badawi"),
        ("汪朱刘", "person:uong-chu-luu"),
        ("埃斯特万·拉索·埃尔南德斯", "person:esteban-lazo"),
        ("阮明宇", "person:nguyen-minh-vu"),
    ):
        assert [e.id for e in kb.by_name(name)] == [pid], name


def test_credited_media_are_organizations():
    ids = _ids("（图片来源：越南政府电子报）泰国公共电视台和朝鲜《劳动新闻》报道了这一消息。")
    for oid in ("org:vgp", "org:th-thaipbs", "org:kp-rodong"):
        assert oid in ids, oid
    # 中国报 and 国家报 are left out: they sit inside 中国报道 and 国家报告
    kb = load_kb()
    assert not kb.by_name("中国报") and not kb.by_name("国家报")


def test_taiwan_forms_and_titles_before_a_name():
    kb = load_kb()
    for name, eid in (("杜拜", "place:dubai"), ("可伦坡", "place:capital-lk"), ("沙乌地", "country:SA"),
                      ("庞皮欧", "person:mike-pompeo"), ("邱垂正", "person:chiu-chui-cheng")):
        assert eid in [e.id for e in kb.by_name(name)], name
    doc = extract("题目\n\n香港特首李家超会见越南客人，陆委会主委邱垂正出席。\n")
    roles = {(r.person, r.title) for r in doc.roles}
    assert ("李家超", "香港特首") in roles
    assert ("邱垂正", "陆委会主委") in roles


def test_special_zones_and_the_vietnam_czechia_compound():
    kb = load_kb()
    assert [e.id for e in kb.by_name("富国特区")] == ["place:phu-quoc"]
    assert [e.id for e in kb.by_name("吉海特区")] == ["place:cat-hai"]
    # 越捷 is Vietnam and Czechia in 越捷两国, not the airline
    assert "org:vn-vietjet" not in _ids("越捷两国经贸合作不断发展。")


def test_names_inside_common_words_are_left_out():
    # 广义 (broad sense), 石破天惊, 加班加点, 输油管道 hold short forms of 广义省, 石破茂, 班加 and YouTube
    got = _ids("从广义上讲，这是石破天惊的变化，员工加班加点建设输油管道。")
    for eid in ("place:quang-ngai", "person:shigeru-ishiba", "person:ajay-banga", "org:youtube"):
        assert eid not in got, eid
    assert "place:quang-ngai" in _ids("代表团访问了越南广义省。")


def test_chinas_prefecture_level_cities_with_shi():
    kb = load_kb()
    for name, pid in (("邢台市", "place:xingtai"), ("怀化市", "place:huaihua"), ("呼伦贝尔", "place:hulunbuir"),
                      ("驻马店", "place:zhumadian")):
        assert [e.id for e in kb.by_name(name)] == [pid], name
    # a bare two-character city sits across words (确保山区, 指南通知): only the 市 form is listed
    assert not kb.by_name("怀化") and not kb.by_name("南通")


def test_posts_of_malaysias_ruler_and_koreas_trade_negotiator_are_roles() -> None:
    roles = {(r.person, r.title) for r in extract("题目\n\n马来西亚最高元首苏丹易卜拉欣会见了越南国家主席梁强。\n").roles}
    assert any(title.endswith("最高元首") for _, title in roles), roles
    roles = {(r.person, r.title) for r in extract("题目\n\n韩国贸易部通商交涉本部长金明浩与越南部长会谈。\n").roles}
    assert any(title.endswith("通商交涉本部长") for _, title in roles), roles
