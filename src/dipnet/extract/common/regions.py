"""A continent or a region of lands as a party of aid (sw4, issue 13): 中国将向非洲提供600亿美元支持, 向论坛非洲成员国提供…
援助, 欧盟向非洲学生提供…奖学金 — the region is the recipient the text names, as a country would be (fp44, fp57, fp65
gold: 非洲). Only the regions of cues.toml aid_regions (lands of a continent or an ocean, not a territory or a delta),
right after the word of giving to them: not a region inside a name (东亚合作领导人系列会议), nor a part of one
(部分欧洲国家: some of its lands, none named — official dev gives them no aid)."""

from __future__ import annotations

from functools import cache

from dipnet import rx
from dipnet.extract.common.cues import cue, cues

# the pseudo-type an event type lists among its actors (events.toml) to take such a region as a party
REGION = "REGION"


@cache
def _regions() -> frozenset[str]:
    return frozenset(cues("aid_regions"))


def region_party(text: str, name: str, start: int) -> bool:
    """Is the region named at `start` (canonical `name`) a party: one of the listed regions, right after the word of
    giving to it?"""
    return name in _regions() and rx.compile(cue("region_recipient_before")).search(text, max(0, start - 6), start) is not None
