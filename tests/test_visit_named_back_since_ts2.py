"""A visit named back (这是…, 这将是…, 此次访问…) whose only time is one a since-frame puts behind it — the
point the visit is counted from (就任后首次, 自…以来第二次) or another act's day (在…签署…之后) — is the
visit the page tells, not a visit of that day (issue 13; invented sentences). A bare time before a count
(继2019年12月之后第2次) still dates the visit before it."""

from __future__ import annotations

from eventpage import of

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def _visits(body: str, host: str) -> list[tuple[str, str | None]]:
    return [(e.status, e.date) for e in of(body, "VISIT", HEAD) if host in e.participants]


def test_a_visit_told_ahead_after_its_source_is_the_planned_one():
    body = ("日本首相山田太郎正在协调7月3日至5日出访菲律宾。\n"
            "共同社报道,这将是山田太郎2024年9月就任首相后,首次访问菲律宾。")
    assert _visits(body, "菲律宾") == [("planned", "2025-07-03")]


def test_a_count_after_a_frame_of_another_act_is_no_visit_of_its_day():
    body = ("美国国务卿约翰·布朗10日访问乌克兰,宣布新的援助。\n"
            "这是自2月24日俄罗斯入侵乌克兰以来,美国国务卿约翰·布朗第二次访问乌克兰。")
    assert _visits(body, "乌克兰") == [("occurred", "2025-06-10")]


def test_a_frame_after_the_visit_named_back_dates_another_act():
    body = ("阿根廷总统卡洛斯·佩雷斯于6月8日至10日对越南进行国事访问。\n"
            "卡洛斯·佩雷斯此次访问越南充分体现出阿根廷在2023年8月同东盟签署《东南亚友好合作条约》之后对发展同越南关系的重视。")
    assert _visits(body, "越南") == [("occurred", "2025-06-08")]


def test_a_bare_time_before_a_count_still_dates_the_visit_before():
    body = ("日本首相山田太郎6月8日抵达马尼拉,开始对菲律宾进行正式访问。\n"
            "这也是山田太郎继2019年12月之后,第2次以首相身份访问菲律宾。")
    assert sorted(d or "" for _, d in _visits(body, "菲律宾")) == ["2019-12", "2025-06-08"]
