"""One body's numbered meeting told twice (its Nth session happens once): by names of two lengths on
days of one month (its opening and its closing), or named again with the body's name shortened
(越南-中国…委员会第十三次会议, then 关于越中…委员会第十三次会议…) without a day of its own."""

from __future__ import annotations

import re

from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.finding.sameday import dates_agree
from dipnet.model import Event


def one_session(a: Event, b: Event) -> bool:
    """One numbered meeting told twice, its name once shorter (第30届外交会议 / 第30届外交工作会议), on days
    of one month (its opening and its closing): the same ordinal, the rest of the shorter name in order
    within the longer's."""
    na, nb = str(a.attributes.get("name") or ""), str(b.attributes.get("name") or "")
    ordinal = codebook().meeting_ordinal
    oa, ob = ordinal.search(na), ordinal.search(nb)
    if not (oa and ob and oa.group(0) == ob.group(0) and a.date and b.date):
        return False
    if len(a.date) < 7 or a.date[:7] != b.date[:7]:
        return False
    short, long = sorted((na[oa.end():], nb[ob.end():]), key=len)
    rest = iter(long)
    return len(short) >= 2 and all(ch in rest for ch in short)


_BODY_MIN = 4  # characters of the shorter body's name at least (越中指导委员会; not a bare 委员会)


def one_numbered(a: Event, b: Event) -> bool:
    """One body's numbered meeting (its Nth session happens once) told twice, the body's name once
    shorter (越南-中国双边合作指导委员会第十三次会议, then 越中双边合作指导委员会第十三次会议): the same ordinal
    after the body's name, the same words after it, the shorter body's name in order within the
    longer's and ending with its last character (联委会 for 联合委员会). Told again without a day of its
    own (a year, or none: 关于…会议,某某表示), it is that meeting whatever its status (the plan it
    told); told on days of their own, only on agreeing ones."""
    na, nb = str(a.attributes.get("name") or ""), str(b.attributes.get("name") or "")
    ordinal = codebook().meeting_ordinal
    oa, ob = ordinal.search(na), ordinal.search(nb)
    if not (oa and ob and oa.group(0) == ob.group(0) and na[oa.end():] == nb[ob.end():]):
        return False
    short, long = sorted((na[:oa.start()], nb[:ob.start()]), key=len)
    if len(short) < _BODY_MIN or short[-1] != long[-1]:
        return False
    rest = iter(long)
    if not all(ch in rest for ch in short):
        return False
    loose = len(a.date or "") < 7 or len(b.date or "") < 7
    return (loose or a.status == b.status) and dates_agree(a, b)


def retold_session(twin: Event, ev: Event) -> bool:
    """`ev` a numbered meeting told again by name without a day of its own (a year, or none), the
    kept one telling it with a day or plan of its own: `one_numbered`, not `one_session`."""
    return len(ev.date or "") < 7 and one_numbered(twin, ev) and not one_session(twin, ev)


def paired_apart(na: str, nb: str) -> bool:
    """One of two conferences is named by the two sides it pairs and the other is not (韩国与东盟领导人会议 beside
    第45届东盟峰会): a meeting of two sides on the summit's sidelines, not the summit (ac6; data: cues.toml
    paired_meeting_name)."""
    paired = re.compile(cue("paired_meeting_name"))
    return bool(paired.match(na)) != bool(paired.match(nb))
