"""A gathering attended as the frame of what a sentence goes on to tell (ev4, stop 51): 在赴南非出席二十国集团峰会
框架下,越南政府总理某某…开展了一系列双边活动 — 框架下/框架内 right after a gathering's name is the frame of a trip
to attend it, not the gathering as a framework of cooperation (东盟国防部长扩大会议框架内的合作: events.toml's
exclude_after), where an attend verb opens the clause's telling of it (cue `attended_frame_before`)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import type_triggers
from dipnet.extract.common.cues import cue, cues


def attended_frame(text: str, c: Clause, k: int, after: str) -> bool:
    """Is the gathering word at `k` one attended whose name the frame word after it closes (出席…峰会框架下)? Not
    where another gathering's word stands between the attend verb and it (出席上述会议体现了…在…扩大会议框架内的作用:
    the verb attends the other one)."""
    if not after.startswith(cues("attended_frame_after")):
        return False
    verb = rx.compile(cue("attended_frame_before")).search(text, c.start, k)
    return verb is not None and not any(w in text[verb.end():k] for w in type_triggers("CONFERENCE"))
