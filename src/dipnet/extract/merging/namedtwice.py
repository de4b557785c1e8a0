"""One named conference told twice on a page (issue 13, cf1): its name again in another sentence (第26届东盟地区论坛
高官会 in the list of the week's meetings and on its own day; 中马企业家对话会, then 马中企业家对话会; the headline's
第44届和45届东盟峰会 over 东盟峰会于10月9日举行) is one meeting, though one telling read a day a little apart or
another status (the sentence gave none of its own, or only the year). Two sessions of one series stay apart: other
ordinals, days more than a few apart, or months apart at month precision.
co4 (issue 13): a meeting named again by another name of its body (上合组织峰会 after 上海合作组织(SCO)峰会, 此次G20峰会
and 二十国集团(G20)领导人第十三次峰会 on near days: the same bodies in the knowledge base, the rest of the name the same
but for the words joining its parties and of its holders' rank) is one meeting too; and a numbered congress named in
passing with no time of its own (无论是中共十九大…) is the one congress told with its year (去年中共十九大胜利召开)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.kb import COUNTRY, ORG, load_kb
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



_LONGEST = 20  # characters of the longest body's name read inside a meeting's name


@lru_cache(maxsize=512)
def _bodies_key(name: str, trig: str) -> tuple[frozenset[str], str] | None:
    """The bodies and countries a meeting's name names (each by its knowledge-base entry, whichever of its names
    the page writes: 上合组织 and 上海合作组织, G20 and 二十国集团) and what the name says besides them, without its
    abbreviation, ordinal and year, the words joining its parties and the words of its holders' rank
    (二十国集团(G20)领导人第十三次峰会, 此次G20峰会 and G20峰会: one key; 东盟-美国峰会 and 美国与东盟高峰会 too). None:
    no body."""
    kb, rest, ids, i = load_kb(), _core(name.removesuffix(trig)), set[str](), 0
    pointing = codebook().reference_openers + cues("reference_openers_named")
    rest = next((rest[len(w):] for w in pointing if rest.startswith(w)), rest)  # (此次G20峰会: the one told)
    kept: list[str] = []
    while i < len(rest):
        for n in range(min(_LONGEST, len(rest) - i), 1, -1):
            found = [e.id for e in kb.by_name(rest[i:i + n]) if e.type in (COUNTRY, ORG)]
            if found:
                ids.add(found[0])
                i += n
                break
        else:
            kept.append(rest[i])
            i += 1
    if not ids:
        return None
    said = rx.compile(cue("meeting_name_rank_words")).sub("", "".join(kept))
    return frozenset(ids), said + rx.compile(cue("meeting_word_rank")).sub("", trig)


def _bodies_same(na: str, ta: str, nb: str, tb: str) -> bool:
    """Do two names of meetings name the same bodies and nothing else apart (see _bodies_key)?"""
    ka, kb = _bodies_key(na, ta), _bodies_key(nb, tb)
    return ka is not None and ka == kb


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
    if not (na and nb and ta and tb):
        return False
    ordinal = codebook().meeting_ordinal
    oa, ob = ordinal.search(na), ordinal.search(nb)
    if oa and ob and oa.group(0) != ob.group(0):
        return False  # 第五次, 第六次会议: two sessions
    if _numbered_once(a, b, na, nb, ta, tb):
        return True  # 去年中共十九大胜利召开, then 无论是中共十九大…: one congress, the year the first telling gives
    ca, cb = _core(na), _core(nb)
    if ta != tb or not (_proper(ca, ta) and _proper(cb, tb)):
        return _days_near(a, b) and _bodies_same(na, ta, nb, tb)  # (the days first: reading the bodies costs more)
    n = len(ta) + _TAIL
    same = ca in cb or cb in ca or (len(ca) >= n and len(cb) >= n and ca[-n:] == cb[-n:])
    return _days_near(a, b) and (same or _bodies_same(na, ta, nb, tb))


def _numbered_once(a: Event, b: Event, na: str, nb: str, ta: str, tb: str) -> bool:
    """A numbered congress (十九大, 第十三次全国代表大会) named again with no time of its own: the one numbered
    meeting there is, whatever year the page gave the telling in passing."""
    if not (a.attributes.get("_untimed") or b.attributes.get("_untimed")) or ta != tb or ta not in codebook().congress_words:
        return False
    ordinal = codebook().meeting_ordinal
    if not (rx.compile(cue("congress_numbered")).search(ta) or (ordinal.search(na) and ordinal.search(nb))):
        return False  # (全国代表大会 with no number: which congress it is the name does not say)
    return _core(na) == _core(nb) or _bodies_same(na, ta, nb, tb)


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
