"""A delegation led to a conference told just before (cf, stop 56; invented sentences): 某某率领代表团与会 places its
leader at the conference; the leading word tells no other visit that ends the reading of the attendees."""

from __future__ import annotations

from eventpage import of


def test_the_leader_of_a_delegation_that_attends_is_at_the_conference():
    body = "东盟外长会在老挝万象举行。越南外交部部长黎明山率领越南代表团与会。"
    assert any("黎明山" in e.participants for e in of(body, "CONFERENCE"))
    body = "第十届东盟防长会议在老挝万象开幕。越南国防部部长黎明山率领代表团出席会议。"
    assert any("黎明山" in e.participants for e in of(body, "CONFERENCE"))


def test_a_delegation_led_on_a_visit_is_not_at_the_conference():
    body = "东盟外长会在老挝万象举行。越南外交部部长黎明山率领代表团访问泰国。"
    assert not any("黎明山" in e.participants for e in of(body, "CONFERENCE"))
