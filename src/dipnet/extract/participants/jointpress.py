"""Two leaders meeting the press together, told by a word for the pair (会谈后,两国元首共同会见记者;
两人随后共同出席记者会; 双方共同举行联合记者会): SPEC's joint press statement is the statement of both, and the
pair word names no one, so its speakers are the two sides of the talks told before (sides.both_sides)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.sides import both_sides


def joint_press_pair(page: EventPage, c: Clause, k: int, trig: str) -> list[str]:
    """The two people a pair word before a joint press setting at k stands for, else nothing: the setting
    must be the trigger (会见记者, 记者会) and the pair word, with 共同/一同/联合, the clause's subject."""
    if trig not in codebook().joint_settings:
        return []
    if rx.compile(cue("joint_press_pair_before")).search(page.doc.text, c.start, k) is None:
        return []
    two = both_sides(page, c, k)
    return two if len(two) == 2 else []
