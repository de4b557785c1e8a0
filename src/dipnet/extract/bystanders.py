"""People named in a sentence who take no part in its event (ev14, unseen pages): a leader's name that
only names an administration (卢拉政府成立以来, 尹锡悦政府) and a spouse named beside the one who acts
(安华及夫人某某抵达…, 苏林和夫人某某率领代表团). The words are in data/cues.toml."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.cues import cue
from dipnet.model import Mention


def bystander(text: str, m: Mention) -> bool:
    """Is this person's mention a name that does not act: an administration's or a spouse's?"""
    return bool(rx.compile(cue("administration_after")).match(text, m.end)
                or rx.compile(cue("spouse_before")).search(text[max(0, m.start - 12):m.start]))
