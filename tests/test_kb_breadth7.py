"""Knowledge-base breadth, seventh pass (issue 13), on invented sentences: China's provincial
leaders with dated posts, universities, state groups and companies, the departments of the two
foreign ministries, leaders' spouses and royals, partners' ministers, border gates and Mekong
ports, ASEAN's centres, Japan's and Korea's vice-ministerial titles; and the hazards the new rows
must not bring (a name inside 柬埔寨王国生态, 吉尔吉斯斯坦, 日产量, 崛起亚洲, 姐姐告诉)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.model import Entity
from dipnet.pipeline import extract
from invented import entity_ids as _ids


def _entities(text: str) -> list[Entity]:
    return extract("题目\n\n" + text + "\n").entities


def _by_name(text: str) -> dict[str, Entity]:
    return {e.name: e for e in _entities(text)}


def test_chinas_provincial_leaders_are_chinese_people_with_dated_posts():
    got = _by_name("江苏省委书记信长星和河北省委书记倪岳峰会见越南客人,重庆市市长胡衡华出席。")
    for name in ("信长星", "倪岳峰", "胡衡华"):
        assert got[name].type == "PERSON", name
        assert got[name].country == "CN", name
    kb = load_kb()
    posts = {(p.title, p.start) for p in kb.positions("person:ni-yuefeng")}
    assert ("河北省委书记", "2022-04") in posts
    bodies = {(p.body, p.start, p.end) for p in kb.positions("person:xin-changxing")}
    assert ("org:cn-jiangsu-cpc", "2022-12", None) in bodies
    # a two-character name is left out: it would cut a longer name short
    got = _by_name("外交部副部长王凯文表示欢迎,记者林武雄报道。")
    assert got["王凯文"].type == "PERSON" and got["林武雄"].type == "PERSON"
    # a kingdom's name before 生态 does not make the person 王国生 (left out of the rows)
    got = _by_name("柬埔寨王国生态旅游部长会见越南代表团。")
    assert all(e.type != "PERSON" for e in got.values())


def test_universities_of_the_region_are_bodies_of_their_country():
    got = _by_name("泰国国立法政大学、雒鸿大学和加查马达大学与上海外国语大学签署合作协议。")
    for name, country in (("泰国国立法政大学", "TH"), ("雒鸿大学", "VN"), ("加查马达大学", "ID"),
                          ("上海外国语大学", "CN")):
        assert got[name].type == "ORG", name
        assert got[name].country == country, name
    # 上外 is not a short form: 会上外交部 keeps the ministry
    assert "上海外国语大学" not in _by_name("会上外交部发言人答记者问。")


def test_state_groups_and_companies_and_words_that_hold_their_short_forms():
    ids = _ids("中国长江三峡集团、中国宝武和广西北部湾国际港务集团代表与三菱商事、新韩银行签约。")
    for oid in ("org:cn-ctg", "org:cn-baowu", "org:cn-bbgport", "org:kr-shinhan"):
        assert oid in ids, oid
    got = _by_name("该厂日产量达到一万吨,崛起亚洲的制造业吸引投资。")
    assert all(e.type != "ORG" for e in got.values())


def test_departments_of_the_two_foreign_ministries():
    ids = _ids("越南外交部东北亚司司长与中国外交部边界与海洋事务司副司长举行磋商。")
    assert "org:vn-mofa-nea" in ids
    assert "org:cn-mofa-boundary" in ids


def test_spouses_and_royals_are_people_of_their_country():
    got = _by_name("苏林总书记偕夫人吴芳璃出席,泰国公主诗琳通和阿布扎比王储哈立德·本·穆罕默德·本·扎耶德到场。")
    assert got["吴芳璃"].type == "PERSON" and got["吴芳璃"].country == "VN"
    sirindhorn = [e for e in got.values() if "诗琳通" in e.mentions]
    assert sirindhorn and sirindhorn[0].country == "TH"
    assert got["哈立德·本·穆罕默德·本·扎耶德"].country == "AE"
    got = _by_name("吉尔吉斯斯坦总统会见越南大使。")
    assert got["吉尔吉斯斯坦"].type == "COUNTRY"
    assert all(e.type != "PERSON" for e in got.values())


def test_partners_ministers_are_of_their_country():
    got = _by_name("马来西亚交通部长陆兆福和新加坡律政部长唐振辉会见越南客人,柬埔寨国会外委会主席苏亚拉出席。")
    assert got["陆兆福"].country == "MY"
    assert got["唐振辉"].country == "SG"
    assert got["苏亚拉"].country == "KH"


def test_border_gates_and_mekong_ports_are_places():
    got = _by_name("代表团考察打洛口岸、猴桥口岸和关累港,并前往芒市和金三角地区。")
    for name in ("打洛口岸", "猴桥口岸", "关累港", "芒市", "金三角"):
        assert got[name].type == "LOCATION", name
    assert all(e.type != "LOCATION" for e in _entities("姐姐告诉记者,她很高兴。"))


def test_aseans_centres_and_committees():
    ids = _ids("东盟能源中心和东盟大学网络的代表出席。")
    assert "org:asean-energy-centre" in ids
    assert "org:aun" in ids


def test_japans_and_koreas_vice_ministerial_titles_introduce_a_person():
    doc = extract("题目\n\n韩国外交部第一次官金正浩会见越南大使,大臣政务官田中健出席。日本外务审议官山田一郎出席会议。\n")
    names = {e.name: e.type for e in doc.entities}
    assert names.get("金正浩") == "PERSON"
    assert names.get("田中健") == "PERSON"
    assert any(r.person == "山田一郎" and r.title.endswith("审议官") for r in doc.roles)


def test_historical_leaders_in_anniversary_passages():
    got = _by_name("双方回顾了胡志明主席与苏加诺总统奠定的友谊,以及推翻波尔布特政权的历史。")
    assert got["苏加诺"].type == "PERSON" and got["苏加诺"].country == "ID"
    assert got["波尔布特"].type == "PERSON" and got["波尔布特"].country == "KH"
    # 确保大局 holds 保大 and is no emperor
    assert all(e.type != "PERSON" for e in _entities("双方应确保大局稳定。"))


def test_the_youth_league_is_the_one_of_the_pages_country():
    cn = _ids("新华社北京5月4日电 共青团中央第一书记会见越南青年代表团。")
    assert "org:cn-cyl" in cn and "org:hcyu" not in cn
    vn = _ids("越通社河内5月4日电 共青团中央第一书记会见中国青年代表团。")
    assert "org:hcyu" in vn
