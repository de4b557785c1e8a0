"""A chair's seat word whose clause names no body (or1, issue 13): 轮值主席国甲警告…, 此次会议由轮值主席国乙主办,
下任主席国由丙担任, 与会议共同主席国丁总理某某… — the seat is in the international body the sentence names before it,
else the sentence before, named by the organization it belongs to (上海合作组织成员国元首理事会 → 上海合作组织).
A host word alone (东道主) names no chair. Invented sentences."""

from __future__ import annotations

from eventpage import of


def _parties(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "MULTILATERAL_ROLE")]


def test_a_chair_after_a_summit_in_its_sentence_holds_the_blocs_chair():
    body = "东南亚国家联盟今天举行特别峰会,轮值主席国老挝呼吁各方加强合作。"
    assert {"老挝", "东盟"} in _parties(body)


def test_a_meeting_hosted_by_its_chair_is_the_organizations_chair():
    body = "上海合作组织成员国元首理事会会议10日在线举行,此次会议由轮值主席国吉尔吉斯斯坦主办。"
    assert {"吉尔吉斯斯坦", "上海合作组织"} in _parties(body)


def test_the_next_chair_told_in_a_sentence_of_its_own_takes_the_body_told_before():
    body = "会议决定,东南亚国家联盟下次峰会在菲律宾举行。下任主席国由菲律宾担任。"
    assert {"菲律宾", "东盟"} in _parties(body)


def test_a_co_chair_of_the_meeting_before_it_in_the_sentence():
    body = "总理在北京主持澜沧江-湄公河合作领导人会议后,与会议共同主席国柬埔寨首相共同会见记者。"
    assert {"柬埔寨", "澜沧江-湄公河合作"} in _parties(body)


def test_a_host_word_alone_holds_no_chair():
    body = "东南亚国家联盟外长会议在金边举行,东道主柬埔寨呼吁各方保持克制。"
    assert not any("柬埔寨" in r and "东盟" in r for r in _parties(body))
