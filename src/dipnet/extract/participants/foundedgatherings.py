"""What the anniversary of a gathering's founding is of (ev56): a forum, fair or commission named right before
its founding word and the count (中非合作论坛成立25周年, 博鳌亚洲论坛创办25周年) is itself the party (SPEC: the
anniversary of a body is of that body), though the name ends like a meeting's, which names() passes over."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, names
from dipnet.model import Mention


def founded_gathering(page: EventPage, near: list[Mention], k: int) -> list[str]:
    """The gathering named last before the anniversary word at `k`, when only its founding word and the
    count of years stand between (成立25, 创办二十): else none."""
    if not near or not rx.compile(pattern_of("founded_gathering_between")).fullmatch(page.doc.text, near[-1].end, k):
        return []
    return names(page, near[-1:], ("ORG",), meetings=True, in_titles=True)
