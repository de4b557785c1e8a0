"""A handshake (握手) or an exchange of greetings (寒暄) between named people is a MEET of those people (tw2, issue 13):
a caption's 甲和乙在某地握手, 甲与乙寒暄, and the pair that signs and then shakes hands (甲与乙…签署…,并握手…), the
partner joined to the carried subject shaking hands too. Only people shake hands: a body named as the other side
makes no MEET. A handshake holds no talks: what its people say after it is a statement of its own, and a visit
planned for a time left open (不久将访华) is not begun by it. Sentences invented."""

import pytest

from dipnet.pipeline import extract


def page(body: str):  # noqa: ANN201
    return extract("消息\n\n新华社华盛顿3月5日电 " + body + "\n", source="handshake.txt")


def events(body: str) -> list[tuple[str, str, set[str]]]:
    return [(e.type, e.status, set(e.participants)) for e in page(body).events]


@pytest.mark.parametrize("body, names", [
    ("图为:2022年5月3日,法国总统马克龙和德国总理朔尔茨在柏林握手。", {"马克龙", "朔尔茨"}),
    ("德国总理朔尔茨与法国总统马克龙在会场外寒暄。", {"马克龙", "朔尔茨"}),
    ("日本首相岸田文雄与韩国总统尹锡悦4日在东京签署协议文本,并握手互相致意。", {"岸田文雄", "尹锡悦"}),
])
def test_a_handshake_is_a_meeting_of_its_people(body: str, names: set[str]) -> None:
    got = events(body)
    assert any(t == "MEET" and names <= p for t, _, p in got), got


def test_a_body_shakes_no_hands() -> None:
    got = events("美国总统拜登4日与某某核爆受害者团体协议会代表委员握手。")
    assert not any(t == "MEET" for t, _, _ in got), got


def test_words_after_a_handshake_are_a_statement() -> None:
    got = events("日本首相岸田文雄与韩国总统尹锡悦4日在东京签署协议文本,并握手互相致意。岸田文雄说,这份协议意义重大。")
    assert any(t == "MEET" for t, _, _ in got), got
    assert any(t == "STATEMENT" and p == {"岸田文雄"} for t, _, p in got), got


def test_a_visit_soon_is_not_begun_by_a_handshake() -> None:
    got = events("美国总统拜登与中国国务院副总理何立峰5日在白宫签署协议文本,并握手互相祝贺。拜登称不久将访华。")
    assert any(t == "MEET" for t, _, _ in got), got
    assert [s for t, s, _ in got if t == "VISIT"] == ["planned"], got
