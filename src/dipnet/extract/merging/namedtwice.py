"""One named conference told twice on a page (issue 13, cf1): its name again in another sentence (第26届东盟地区论坛
高官会 in the list of the week's meetings and on its own day; 中马企业家对话会, then 马中企业家对话会; the headline's
第44届和45届东盟峰会 over 东盟峰会于10月9日举行) is one meeting, though one telling read a day a little apart or
another status (the sentence gave none of its own, or only the year). Two sessions of one series stay apart: other
ordinals, days more than a few apart, or months apart at month precision."""

from __future__ import annotations

from datetime import date

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cues
from dipnet.model import Event

_NEAR_DAYS = 3  # days apart within which two tellings of one named meeting are its days
_TAIL = 3  # characters before the meeting word two names of one meeting share (企业家 of 中马/马中企业家对话会)
_YEAR = rx.compile(r"^(?:\d{4}年)")
_ABBREV = rx.compile(r"[(（][^()（）]{0,16}[)）]")


def _core(name: str) -> str:
    """The name without its ordinal, year and abbreviations (第26届东盟地区论坛 → 东盟地区论坛)."""
    name = _ABBREV.sub("", name)
    ordinal = codebook().meeting_ordinal
    name = ordinal.sub("", name)
    return _YEAR.sub("", name)


def _proper(core: str, trig: str) -> bool:
    """Does the name say which meeting it is, beyond its word and the generic ones (外长会议, 国际会议: no)?"""
    rest = core[:-len(trig)] if trig and core.endswith(trig) else core
    generic = codebook().generic_meeting_words
    return len(rest) >= 2 and not rx.compile("(?:" + "|".join(generic) + ")+").fullmatch(rest) and \
        rest not in codebook().congress_words and not rest.endswith(cues("plain_meeting_holders"))



def _days_near(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return False
    if a.attributes.get("_untimed") or b.attributes.get("_untimed"):
        return a.date[:4] == b.date[:4]  # a telling with no time of its own: a day it took, not its own
    n = min(len(a.date), len(b.date))
    if a.date[:n] == b.date[:n]:
        return True
    if len(a.date) < 10 or len(b.date) < 10:
        return False
    try:
        return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) <= _NEAR_DAYS
    except ValueError:
        return False


def named_twice(a: Event, b: Event) -> bool:
    """Two CONFERENCE tellings of one teaser (or the article) naming one meeting (see the module)."""
    if not (a.type == b.type == "CONFERENCE" and a.brief == b.brief):
        return False
    if a.attributes.get("_each") or b.attributes.get("_each"):
        return False  # 东盟将分别同日本、韩国举行外长会议: one meeting with each land
    na, nb = str(a.attributes.get("name") or ""), str(b.attributes.get("name") or "")
    ta, tb = str(a.attributes.get("trigger") or ""), str(b.attributes.get("trigger") or "")
    if not (na and nb and ta and ta == tb):
        return False
    ordinal = codebook().meeting_ordinal
    oa, ob = ordinal.search(na), ordinal.search(nb)
    if oa and ob and oa.group(0) != ob.group(0):
        return False  # 第五次, 第六次会议: two sessions
    ca, cb = _core(na), _core(nb)
    if not (_proper(ca, ta) and _proper(cb, tb)):
        return False
    n = len(ta) + _TAIL
    same = ca in cb or cb in ca or (len(ca) >= n and len(cb) >= n and ca[-n:] == cb[-n:])
    return same and _days_near(a, b)


def keep_days(twin: Event, ev: Event) -> tuple[str | None, str | None, str | None, str] | None:
    """The days and status the kept meeting takes from the two tellings `named_twice` joined: the telling with a
    time of its own over one without, the more precise day over a year; None: merging's own choice. A plan whose
    day is before the day the other telling took from the report (no time of its own) is done (从10月17日至20日
    赴华出席…论坛之行 under a headline of the 20th)."""
    tu, eu = bool(twin.attributes.get("_untimed")), bool(ev.attributes.get("_untimed"))
    if tu == eu and len(twin.date or "") >= len(ev.date or ""):
        return None
    kept, other = (twin, ev) if not tu and eu else (ev, twin)
    status = kept.status
    if status == "planned" and other.attributes.get("_untimed") and kept.date and other.date and \
            len(kept.date) == len(other.date) == 10 and kept.date < other.date:
        status = "occurred"
    return kept.date, kept.date_precision, kept.end_date, status
