"""People named in a sentence who take no part in its event (ev14, unseen pages): a leader's name that
only names an administration (卢拉政府成立以来, 尹锡悦政府) and a spouse named beside the one who acts
(安华及夫人某某抵达…, 苏林和夫人某某率领代表团); the words are in data/cues.toml. And (fa2) a spouse named as
escort (由夫人某某的陪同下抵达…, 在夫人某某陪同下) and a late leader named only for his widow (已故主席某某夫人, 某某的
遗孀); those words are in data/participants.toml."""

from __future__ import annotations

import re
from functools import cache

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Mention


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after an administration's leader, before a spouse), compiled once: asked of every person named."""
    return rx.compile(cue("administration_after")), rx.compile(cue("spouse_before"))


@cache
def _spouse_patterns() -> tuple[re.Pattern[str], ...]:
    """(before an escorting spouse, after it, before a late one, after a spouse's husband, after a widow's)."""
    return tuple(participant_pattern(n) for n in ("spouse_escort_before", "spouse_escort_after", "late_before",
                                                    "spouse_after", "widow_after"))


def bystander(text: str, m: Mention) -> bool:
    """Is this person's mention a name that does not act: an administration's or a spouse's? (Read once a span of
    the text: a page's people are asked for event after event; the last text's answers kept with it.)"""
    if _LAST[0] is not text:
        _LAST[:] = [text, {}]
    done: dict[tuple[int, int], bool] = _LAST[1]  # type: ignore[assignment]
    got = done.get((m.start, m.end))
    if got is None:
        got = done[(m.start, m.end)] = _bystander(text, m)
    return got


_LAST: list[object] = [None, {}]


def _bystander(text: str, m: Mention) -> bool:
    administration, spouse = _patterns()
    if administration.match(text, m.end) or spouse.search(text[max(0, m.start - 12):m.start]):
        return True
    escort_before, escort_after, late, spouse_after, widow = _spouse_patterns()
    before = text[max(0, m.start - 12):m.start]
    return bool((escort_before.search(before) and escort_after.match(text, m.end)) or widow.match(text, m.end)
                or (late.search(before) and spouse_after.match(text, m.end)))
