"""A meeting named only by its manner or count (在一场闭门会议中, 在简报会议上表示, 交换意见论坛): SPEC's CONFERENCE is a
named conference, session or forum; these words name none. A verb of holding right before it (东盟外长9日举行闭门会议)
still tells one held, its holder the clause's subject (cf1, stop 52: dev, fp2, fe3). The words are data
(data/cues.toml: manner_meeting_words)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cues


def manner_only(text: str, start: int, k: int, trig: str, rest: str, holding_verbs: tuple[str, ...] | list[str]) -> bool:
    """Is the meeting's name (`rest`, its trigger `trig` at k, the clause from start) no more than manner words, with no
    verb of holding right before it?"""
    head = rest[:-len(trig)] if rest.endswith(trig) else rest
    words = cues("manner_meeting_words")
    if not head or not rx.compile("(?:" + "|".join(words) + ")+").fullmatch(head):
        return False
    return not any(text.endswith(v, start, k - len(head)) for v in holding_verbs)
