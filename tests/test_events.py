"""Events on invented sentences: every type, modality, merging, codes; the seeds' floor."""

from __future__ import annotations

import pytest

from conftest import GOLD_DEV, GOLD_SEEDS, needs_corpus, score
from dipnet.extract.common.codes import codebook
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, url: str | None = None):
    return extract(HEAD + body, source="t.txt", url=url).events


def one(body: str, type_: str):
    found = [e for e in events(body) if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.participants) for e in events(body)]}"
    return found[0]


def test_visit_with_host_kind_and_code():
    e = one("越南国会主席阮文海对老挝进行正式访问。", "VISIT")
    assert "阮文海" in e.participants and "老挝" in e.participants
    assert e.attributes["kind"] == "official" and e.cameo == "042" and e.plover == "CONSULT"
    assert e.status == "occurred" and e.date == "2025-06-10"


def test_departure_arrival_and_visit_are_one_visit():
    body = ("越南国会主席阮文海启程对老挝进行正式访问。6月10日上午,越南国会主席阮文海抵达万象,"
            "开始对老挝进行正式访问。访问期间,阮文海将与老挝领导人举行会谈。")
    visits = [e for e in events(body) if e.type == "VISIT"]
    assert len(visits) == 1 and set(visits[0].participants) >= {"阮文海", "老挝"}


def test_planned_visit_and_negated_events():
    e = one("越南政府总理范明政将于7月2日对日本进行国事访问。", "VISIT")
    assert e.status == "planned" and e.date == "2025-07-02" and e.attributes["kind"] == "state"
    assert not [x for x in events("越南国会主席阮文海原定对老挝的访问已推迟。") if x.type == "VISIT"]
    assert not [x for x in events("由于天气原因,两国领导人的会见被取消。") if x.type == "MEET"]


def test_meet_and_call_between_people():
    e = one("越南外交部长黎文山在河内会见了新加坡外交部长陈文礼。", "MEET")
    assert {"黎文山", "陈文礼"} <= set(e.participants) and e.location == "河内" and e.channel == "state"
    c = one("越南外交部长黎文山同新加坡外交部长陈文礼通电话。", "CALL")
    assert {"黎文山", "陈文礼"} <= set(c.participants) and c.cameo == "041"


def test_message_kind():
    e = one("越南国家主席武德明向泰国国王玛哈·哇集拉隆功致贺电。", "MESSAGE")
    assert e.attributes["kind"] == "congratulatory" and "武德明" in e.participants
    c = one("越南政府总理范明政向斯里兰卡总理阿马拉·苏里亚致慰问电。", "MESSAGE")
    assert c.attributes["kind"] == "condolence"


def test_agreement_relation_change_and_aid():
    a = one("越老两国国防部签署了关于边境合作的谅解备忘录。", "AGREEMENT")
    assert {"越南", "老挝"} <= set(a.participants)
    assert a.attributes["instrument"] == "MoU" and a.channel == "defence"
    r = one("越南与巴西将双边关系提升至全面战略伙伴关系。", "RELATION_CHANGE")
    assert {"越南", "巴西"} <= set(r.participants)
    aid = [e for e in events("越南已向老挝、柬埔寨提供防疫物资。") if e.type == "AID"]
    assert sorted(e.participants[-1] for e in aid) == ["柬埔寨", "老挝"]  # one event per recipient


def test_statement_speaker_and_disapprove():
    s = one("越南外交部发言人黎氏秋姮表示,越南坚决反对侵犯越南主权的行为。", "STATEMENT")
    assert s.participants == ["黎氏秋姮"]
    d = one("越南外交部发言人黎氏秋姮表示,越南坚决反对中国在黄沙群岛进行军事演习。", "DISAPPROVE")
    assert "越南" in d.participants and d.cameo.startswith("11")


def test_conference_anniversary_role_election_deployment_law():
    c = one("越南政府总理范明政出席第十届湄公河-日本合作峰会。", "CONFERENCE")
    assert c.attributes["name"].startswith("第十届") and "范明政" in c.participants
    a = one("越南和印度两国举行活动纪念建交50周年。", "ANNIVERSARY")
    assert {"越南", "印度"} <= set(a.participants)
    m = one("越南担任2027年东盟轮值主席国。", "MULTILATERAL_ROLE")
    assert "东盟" in m.participants and m.date == "2027"
    assert one("越南国会选举黎明兴为国会副主席。", "ELECTION")
    dep = one("越南派遣工兵分队参加联合国维和行动。", "DEPLOYMENT")
    assert dep.channel == "defence"
    law = one("越南公安部通缉两名嫌犯。", "LAW_ENFORCEMENT")
    assert law.channel == "security"


def test_every_type_has_codes_in_the_codebook():
    names = {t.name for t in codebook().types}
    assert len(names) == 15
    for t in codebook().types:
        assert t.triggers and t.plover


@pytest.mark.parametrize("gold,floor", [(GOLD_SEEDS, 0.94), (GOLD_DEV, 0.94)])  # measured .864 / .858 (stop 21), .898 / .874 (stop 25), .920 / .931 (stop 52), .935 / .951 (stop 57), .939 / .954 (stop 60), .948 / .957 (stop 61)
@needs_corpus
def test_events_floor(gold, floor, seed_records, dev_records, tmp_path):
    s = score(gold, seed_records if gold == GOLD_SEEDS else dev_records, tmp_path)
    assert s["events_strict"]["f1"] >= floor
    assert s["facts"]["f1"] >= 0.8 and s["relations"]["f1"] >= 0.8


def test_codebook_is_generated_from_the_data_and_its_examples_extract():
    from conftest import ROOT
    from dipnet.extract.common.codebook import render_codebook

    assert (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8") == render_codebook()
    for t in codebook().types:
        if t.name in ("VISIT", "MEET", "MESSAGE", "AID", "CONFERENCE", "MULTILATERAL_ROLE", "DEPLOYMENT",
                      "LAW_ENFORCEMENT", "DISAPPROVE", "RELATION_CHANGE"):
            assert t.name in {e.type for e in events(t.example)}, t.name


def test_a_trip_through_two_countries_is_one_visit_per_country_linked_as_an_itinerary():
    visits = [e for e in events("越南政府总理范明政对柬埔寨和老挝进行正式访问。") if e.type == "VISIT"]
    assert sorted(e.target[0] for e in visits) == ["柬埔寨", "老挝"]
    assert len({e.attributes.get("itinerary") for e in visits}) == 1


def test_the_visitor_after_daofang_de():
    v = one("日本首相岸田文雄在东京会见了到访的越南国会主席王庭惠。", "VISIT")
    # 王庭惠 is another outlet's spelling of the KB's 王廷惠 (Vương Đình Huệ): the canonical name stands
    assert v.participants[0] == "王廷惠" and "日本" in v.participants


def test_the_elected_stands_before_the_verb_and_past_terms_are_no_election():
    e = one("值此阿里·萨达特勋爵当选汤加王国总理之际,越南政府总理范明政向其致贺电。", "ELECTION")
    assert e.participants[0] == "阿里·萨达特" and "汤加" in e.participants and e.channel == "other"
    assert not [x for x in events("这是阮文海就任国会主席后首次出访。") if x.type == "ELECTION"]
