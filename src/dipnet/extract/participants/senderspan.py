"""Where the senders of a message stand before its 向 (ev17, issue 13, unseen pages): the sentence's subject
before a topic whose clause runs on over commas (阮春福已就日本遭受台风袭击,造成…损失向安倍晋三致慰问电), and the
clause break a colon inside a title is not (白俄罗斯总统:亚历山大·卢卡申科). Read by extract/participants/messages.py."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from dipnet import rx
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention


@lru_cache(maxsize=1)
def _words() -> dict:
    return tomllib.loads(resources.files("dipnet.extract.data").joinpath("messages.toml").read_text("utf-8"))


def topic_subject(page: EventPage, scope: list[Mention], s0: int, xiang: int) -> list[Mention]:
    """The sentence's subject before a topic word (就, 对…) whose clause runs on over commas up to 向: the
    sender (the topic's own names are what the message is about)."""
    text = page.doc.text
    topic = rx.compile(_words()["topic_opening"]).search(text, s0, xiang)
    if topic is None or rx.compile("[,，]").search(text, topic.end(), xiang) is None:
        return []
    return [m for m in scope if s0 <= m.start and m.end <= topic.start()]


def last_break(page: EventPage, s0: int, end: int) -> int:
    """The last , ; or : between s0 and end that parts clauses: a colon right before a person's name (白俄罗斯
    总统:亚历山大·卢卡申科, a slip inside a title in a list of senders) parts nothing (ev17, unseen pages)."""
    text = page.doc.text
    at = max(text.rfind(x, s0, end) for x in ",;")
    colon = text.rfind(":", s0, end)
    while colon > at and any(m.start == colon + 1 and (e := page.entity(m)) is not None and e.type == "PERSON"
                             for m in page.in_span(colon + 1, min(end, colon + 30))):
        colon = text.rfind(":", s0, colon)
    return max(at, colon)
