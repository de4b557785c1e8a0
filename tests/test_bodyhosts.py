"""A visit made to an international body hosts the body (extract/participants/bodyhosts.py), on invented
sentences: after the visit word, with the body's seat word, in a list of countries visited, between 对 and
the word; not the body's members (东盟国家), nor a session one goes to speak at."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def visits(body: str) -> list[set[str]]:
    return [set(e.participants) for e in extract(HEAD + body, source="t.txt").events if e.type == "VISIT"]


def test_a_body_named_after_the_visit_word_hosts():
    got = visits("越南外交部长裴青山9日到访世界贸易组织秘书处并发表演讲。")  # (the secretariat a body of its own)
    assert any("裴青山" in p and any(n.startswith("世界贸易组织") for n in p) for p in got), got


def test_the_seat_of_a_body_is_the_body():
    got = visits("越南国家主席梁强9日抵达国际原子能机构总部,会见该机构总干事。")
    assert any({"梁强", "国际原子能机构"} <= p for p in got), got
    assert not any(any(n.endswith("总部") for n in p) for p in got), got


def test_a_body_listed_with_the_countries_visited_hosts_its_own_visit():
    got = visits("越南政府总理范明政将访问瑞士和世界卫生组织总部、奥地利。")
    for host in ("瑞士", "世界卫生组织", "奥地利"):
        assert any({"范明政", host} <= p for p in got), (host, got)


def test_a_body_between_dui_and_the_word_hosts():
    got = visits("越南国家副主席武氏映春8日对联合国粮农组织进行了正式访问。")
    assert any({"武氏映春", "联合国粮农组织"} <= p for p in got), got


def test_the_members_of_a_body_and_a_session_host_nothing_of_the_body():
    got = visits("越南政府总理范明政下月将出访东盟国家。") + visits("越南国家主席梁强将赴联大发表演讲。")
    assert not any(p & {"东盟", "联合国大会"} for p in got), got
