"""An event word inside the topic of a discussion (issue 13, ev29): 就成功举行首脑会谈的方案进行了讨论, 就…两国之间的战略
对话达成共识, 就《…协议》等交换意见 — what the sides talk about is no event of its own (SPEC: what is said inside a
meeting or call is its content). A word a conjunction follows (就…举行会谈并交换意见) holds the event; a topic with a
year, month or past marker (就2015年…所签署的协议) names a retrospective event and is left alone. The patterns are data
(data/cues.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.cues import cue
from dipnet.model import Event
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _plain(cue("discussed_topic")), _plain(cue("discussed_topic_dated")), _plain(cue("discussed_topic_holds"))


def discussed_topic(ev: Event, sentence: str) -> bool:
    """Is every occurrence of the event's word in the sentence inside an undated discussion topic?"""
    trig = str(ev.attributes.get("trigger") or "")
    if not trig or trig not in sentence or "就" not in sentence:  # (every topic opens with 就)
        return False
    topic, dated, holds = _patterns()
    spans = [(m.start(1), m.end(1)) for m in topic.finditer(sentence) if not dated.search(m.group(1))]
    if not spans:
        return False
    at = sentence.find(trig)
    while at != -1:
        end = at + len(trig)
        if not any(a <= at and end <= b and not holds.match(sentence, end) for a, b in spans):
            return False
        at = sentence.find(trig, at + 1)
    return True
