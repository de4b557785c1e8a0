"""News outlets and platforms named in Latin letters where only an outlet can stand: cited as reporting
(据 Nhandan-M 报道) or right after a word for a paper, a site or a platform (越南唯一英文日报——VietnamNews,
社交媒体平台NSosyal上). The Chinese rules read an outlet by its word (…报, …通讯社); a Latin name has none.
So too a venue named in Latin letters right after the noun that says it is one (会议场所APEC Haus → LOCATION):
the noun types it, as a post types the Latin name after it (people.py); an acronym the gazetteer read inside
it (APEC) does not keep it out. (A firm after its noun, 生产商AgriVMA, is left unread: named, it becomes the
actor and the subject of what its country gives, seeds 002.) A firm with its company word right after its Latin
name (Vinfast公司, IMR  Malaysia有限公司) is read, the word with it: the suffix rules read a name by the word
only after a known opener (a country, a place), which a Latin name is not (nw2: fp41, fp49, fp50).
The words are names.toml's (latin_outlet_cites, latin_outlet_reports, latin_outlet_nouns, latin_venue_nouns,
latin_company_words)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet import rx
from dipnet.model import Mention
from dipnet.recognize.lexicon import name_rules

# any character from "A" to "z" (the letters and [\\]^_`): a page without one names no Latin outlet
_ASCII_LETTERISH = re.compile("[A-z]")
# a Latin name of one to four words (letters, digits, dots and hyphens), two letters at least
_LATIN = r"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9](?: [A-Za-z0-9][A-Za-z0-9.\-]*){0,3}"
# a firm's Latin name before its company word: words of letters, digits, dots, hyphens and ampersands, one or
# two spaces between them (IMR  Malaysia), no Latin letter or digit right before it
_FIRM = r"(?<![A-Za-z0-9.&\-])[A-Za-z][A-Za-z0-9.&\-]*(?: {1,2}[A-Za-z0-9][A-Za-z0-9.&\-]*){0,3}"
# a web address after a site's name (中央政府门户网站 www.gov.cn) is where the site is, not its name
_ADDRESS = re.compile(r"(?i)(?:https?|www\.)")
# a year closing the run opens the date and time the masthead prints next (新浪网 SINA 2018年…,
# …网站 X 2014-04-07 15:35): not part of the name; a channel's number (VTV 4) is
_NUMBER_TAIL = re.compile(r" (?:19|20)[0-9]{2}(?:[0-9.\-]*)(?: [0-9][0-9.\-]*)*$")


def _alt(key: str) -> str:
    v = dict(name_rules().name_read_words).get(key, ())
    words = (v,) if isinstance(v, str) else tuple(v)
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


def _after(key: str) -> re.Pattern[str]:
    """A Latin name right after one of the words of `key` (a space may part them)."""
    return re.compile(rf"(?:{_alt(key)}) ?(?P<name>{_LATIN})(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """Each pattern with the type of the name it reads and whether a shorter name read inside it gives way."""
    cited = re.compile(rf"(?:{_alt('latin_outlet_cites')}) ?(?P<name>{_LATIN}) ?(?:{_alt('latin_outlet_reports')})")
    named = re.compile(rf"(?:{_alt('latin_outlet_nouns')})(?:——|—|:)? ?(?P<name>{_LATIN})(?![A-Za-z0-9])")
    firm = rx.compile(rf"(?P<name>{_FIRM}(?:{_alt('latin_company_words')}))")  # (rx: opens with a look-behind)
    return (cited, "ORG", False), (named, "ORG", False), (_after("latin_venue_nouns"), "LOCATION", True), \
        (firm, "ORG", False)


def _blocked(s: int, e: int, taken: list[tuple[int, int]], inside_ok: bool) -> bool:
    """Another name covers part of s..e (one wholly inside it does not count where `inside_ok`)."""
    return any(a < e and s < b and not (inside_ok and s <= a and b <= e and (a, b) != (s, e)) for a, b in taken)


def latin_outlets(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The Latin outlet names as ORG mentions, the venues as LOCATION ones, where no other name already covers
    them."""
    if _ASCII_LETTERISH.search(text) is None:  # (no character "A" to "z": one search in C, no generator per character)
        return []
    out: list[Mention] = []
    for pat, kind, inside_ok in _patterns():
        for m in pat.finditer(text):
            s, e = m.span("name")
            name = _NUMBER_TAIL.sub("", m.group("name"))
            e = s + len(name)
            if _ADDRESS.match(name) or _blocked(s, e, taken, inside_ok) or any(o.start == s for o in out):
                continue
            out.append(Mention(s, e, name, kind))
    return out
