"""A summit an anniversary names (sw12, issue 13: fp59 fp79 fp83): 出席甲国—乙组织建立对话关系N周年纪念峰会 is the
leaders' summit held on the occasion — a CONFERENCE, no ANNIVERSARY of its own. A commemoration meeting (建交N周年
纪念大会) or a celebration (庆祝建交N周年) stays an anniversary. Sentences invented."""

from __future__ import annotations

import pytest

from eventpage import events


def _types(body: str) -> list[str]:
    return [e.type for e in events(body)]


@pytest.mark.parametrize("body", [
    "印度总理莫迪5日出席印度—东盟建立对话关系35周年纪念峰会。",
    "新西兰总理5日在惠灵顿出席新西兰与东盟合作50周年峰会。",
])
def test_an_anniversary_summit_is_no_anniversary(body: str) -> None:
    got = _types(body)
    assert "CONFERENCE" in got and "ANNIVERSARY" not in got, got


# (guards: these pass before the change too)
@pytest.mark.parametrize("body", [
    "老挝与泰国建交75周年纪念大会5日在万象举行。",
    "老挝和泰国5日在万象举行招待会，庆祝两国建交60周年。",
])
def test_a_commemoration_stays_an_anniversary(body: str) -> None:
    assert "ANNIVERSARY" in _types(body), _types(body)
