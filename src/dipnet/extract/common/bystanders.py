"""People named in a sentence who take no part in its event (ev14, unseen pages): a leader's name that
only names an administration (卢拉政府成立以来, 尹锡悦政府) and a spouse named beside the one who acts
(安华及夫人某某抵达…, 苏林和夫人某某率领代表团). The words are in data/cues.toml."""

from __future__ import annotations

import re
from functools import cache

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.model import Mention


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after an administration's leader, before a spouse), compiled once: asked of every person named."""
    return rx.compile(cue("administration_after")), rx.compile(cue("spouse_before"))


def bystander(text: str, m: Mention) -> bool:
    """Is this person's mention a name that does not act: an administration's or a spouse's?"""
    administration, spouse = _patterns()
    return bool(administration.match(text, m.end) or spouse.search(text[max(0, m.start - 12):m.start]))
