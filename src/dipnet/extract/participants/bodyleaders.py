"""A body whose leaders, unnamed, are the partner of talks (ev56): 与柬埔寨王家军领导举行会谈, 同老挝公安部领导会谈 —
the body is the side, as a land's unnamed leaders (与中国党和国家领导人) are not, the land's people being no party."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention


def body_leaders(page: EventPage, m: Mention) -> bool:
    """Is this a body's name followed right away by its leaders' word (国防部领导, 王家军主要领导人)?"""
    e = page.entity(m)
    return e is not None and e.type == "ORG" and \
        rx.compile(pattern_of("body_leaders_after")).match(page.doc.text, m.end) is not None
