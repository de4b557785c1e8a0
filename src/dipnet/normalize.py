"""Normalize stage: Simplified script, folded width and punctuation, tidy whitespace — keeping,
for every normalized character, the index of the raw character it came from."""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import compress, islice
from operator import ne
from pathlib import Path
from urllib.parse import urlsplit

import opencc

from dipnet import rx
from dipnet.broken_lines import join_broken
from dipnet.cachedir import kept_text
from dipnet.crawl_shape import join_littered, join_spaced, strip_markup_or_same, unwrap_lines
from dipnet.model import Document, Page, Problem
from dipnet.rx import plain as _plain

# NFKC folds full-width forms ("，" → ","), which the seeds already use in ASCII; these are kept
# because they carry meaning in Chinese text that ASCII has no sign for.
_KEEP = set("、。“”‘’《》〈〉【】「」『』〔〕…—·")
_DOTS = "•・‧･∙⋅︰•"
# what is not Han (not Latin): removed, the rest counted (no string made per character found)
_NOT_HAN = _plain(r"[^\u4e00-\u9fff]+")
_HAN_CHAR = _plain(r"[\u4e00-\u9fff]")
_NOT_LATIN = _plain(r"[^A-Za-z]+")
_SURROGATE = _plain(f"[{chr(0xD800)}-{chr(0xDFFF)}]")  # mypyc takes no surrogate in a literal
_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u180e"
_SPACES = "\u00a0\u2002\u2003\u2009\u3000\t"


def _cjk(ch: str) -> bool:
    """A CJK character, symbol or full-width form (beside which a space goes): [\u3000-\u303f\u3400-\u9fff
    \uff00-\uffef—…“”‘’], compared in place of a pattern's match per character."""
    return "\u3000" <= ch <= "\u303f" or "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in "\u2014\u2026“”‘’"


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)  # asked for every full-width comma and stop of every page
def _fold(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch in _DOTS:
        return "·"
    # zero-width characters, soft hyphens and a BOM inside text (copied from HTML) are no characters at all:
    # left in, or made spaces, they split names and dates
    if ch in _INVISIBLE:
        return ""
    if ch in _SPACES:
        return " "
    if ch == "\r":
        return "\n"
    return unicodedata.normalize("NFKC", ch)


_FOLDED = set(_DOTS) | set(_INVISIBLE) | set(_SPACES) | {"\r"}


def _folds(ch: str) -> bool:
    """_fold(ch) != ch, asked of every character of the BMP once per process: without making the
    NFKC form of each (is_normalized answers most from a table) nor filling _fold's memory."""
    if ch in _KEEP:
        return False
    return ch in _FOLDED or not unicodedata.is_normalized("NFKC", ch)


def _to_simplified(text: str) -> str:
    """t2s one character at a time when the phrase-level conversion changes the length, so that
    offsets stay one to one."""
    conv = _converter().convert(text)
    if len(conv) != len(text):
        conv = "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in text)
    variants = _variants()  # (fills _VARIANTS; a text holding none of them, most, is not scanned by the set)
    if any(v in conv for v in _VARIANTS):
        conv = variants.sub(lambda m: _VARIANTS[m.group()], conv)
    return _keep_name_characters(text, conv)


_VARIANTS: dict[str, str] = {}


@lru_cache(maxsize=1)
def _variants() -> re.Pattern[str]:
    """data/t2s_kept.toml [variants]: a variant form t2s leaves as it is (衞 of Hong Kong's 孫衞東, 防衞), and its
    Simplified character."""
    data = tomllib.loads(resources.files("dipnet.data").joinpath("t2s_kept.toml").read_text("utf-8"))
    _VARIANTS.update(data["variants"])
    return _plain("[" + "".join(map(re.escape, _VARIANTS)) + "]")


@lru_cache(maxsize=1)
def _folded_only_in() -> dict[str, re.Pattern[str]]:
    """data/t2s_kept.toml: each kept character, with a pattern of the words where it is folded after all."""
    data = tomllib.loads(resources.files("dipnet.data").joinpath("t2s_kept.toml").read_text("utf-8"))
    return {ch: _plain("|".join(sorted(map(re.escape, set(v["words"])), key=len, reverse=True)))
            for ch, v in data["folded_only_in"].items()}


def _keep_name_characters(text: str, conv: str) -> str:
    """Put back a kept character (乾 of 司徒宇乾) that t2s folded, wherever no listed common word holds it."""
    kept = [(ch, words) for ch, words in _folded_only_in().items() if ch in text]
    if not kept:
        return conv
    out = list(conv)
    for ch, words in kept:
        folded = {i for m in words.finditer(text) for i in range(m.start(), m.end())}
        for i in (i for i, c in enumerate(text) if c == ch and i not in folded):
            out[i] = ch
    return "".join(out)


def _changed(chars: list[str]) -> list[str]:
    """The characters of `chars` that `_fold` changes. They are asked as one string first, each
    character between line breaks: a break is a starter that composes with nothing, so NFKC leaves
    the string as it is exactly when it leaves each character as it is (most blocks of 32 are so,
    and their characters need no test one by one: a third of the work at every start)."""
    if unicodedata.is_normalized("NFKC", "\n".join(chars)) and _FOLDED.isdisjoint(chars):
        return []
    return [ch for ch in chars if _folds(ch)]


@lru_cache(maxsize=1)
def _special() -> re.Pattern[str]:
    """The characters `_fold` changes: every other character is copied as it is, a run at a time.
    Characters beyond the BMP are always looked at (few pages have any)."""
    # (read once per version of this module and of Python's Unicode tables, then kept: asking every
    # character of the BMP was some tenth of a process's start)
    changed = kept_text("fold", f"{sys.version}\0{unicodedata.unidata_version}\0".encode() + Path(__file__).read_bytes(),
                        _changed_chars)
    return _plain("[" + "".join(re.escape(ch) for ch in changed) + "\r\U00010000-\U0010ffff]")


def _changed_chars() -> str:
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    return "".join(ch for k in range(0, len(chars), 32) for ch in _changed(chars[k:k + 32]))


def _fold_text(text: str) -> tuple[str, list[int]]:
    """`_fold` over the text, with the origin of each output character."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _special().finditer(text):
        i = m.start()
        pieces.append(text[last:i])
        origin.extend(range(last, i))
        ch = text[i]
        out = "" if ch == "\r" and text.startswith("\n", i + 1) else _fold(ch)
        pieces.append(out)
        origin.extend([i] * len(out))
        last = i + 1
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(pieces), origin


# every run of spaces and breaks but a lone line break, which stays as it is (read in place, not cut
# out and put back: most of a page's runs); a repeat opens it: no skip set of the engine's own (rx)
_GAP = rx.compile(r"[ \n]{2,}| ")


def _tidy_spaces(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Drop spaces next to Chinese punctuation and between digits and characters ("12 月 29 日" →
    "12月29日"; one space between two characters stays: it may part two headlines), collapse runs of spaces,
    strip spaces at line ends, and keep at most one empty line between paragraphs."""
    pieces: list[str] = []
    org: list[int] = []
    last = 0
    for m in _GAP.finditer(text):
        a, b = m.span()
        if b - a == 1 and text[a] == " ":  # one space: it stays, as it is, between two Han characters or where neither is CJK
            prev = text[a - 1] if a else "\n"
            nxt = text[b] if b < len(text) else "\n"
            if prev != "\n" and nxt != "\n" and (("\u3400" <= prev <= "\u9fff" and "\u3400" <= nxt <= "\u9fff")
                                                 or not (_cjk(prev) or _cjk(nxt))):
                continue
            pieces.append(text[last:a])
            org.extend(origin[last:a])
            last = b
            continue
        pieces.append(text[last:a])
        org.extend(origin[last:a])
        last = b
        run = m.group()
        if "\n" in run:  # the spaces around line breaks go; two breaks at most (one empty line)
            first = run.find("\n")  # (found by find: a run of an indented page is long, a step per character was not)
            second = run.find("\n", first + 1)
            pieces.append("\n\n" if second != -1 else "\n")
            org.extend((origin[a + first], origin[a + second]) if second != -1 else (origin[a + first],))
            continue
        # (a run of spaces: one stays where a single space would)
        prev = text[a - 1] if a else "\n"
        nxt = text[b] if b < len(text) else "\n"
        between_han = "\u3400" <= prev <= "\u9fff" and "\u3400" <= nxt <= "\u9fff"  # may separate two headlines
        if prev == "\n" or nxt == "\n" or (not between_han and (_cjk(prev) or _cjk(nxt))):
            continue
        pieces.append(" ")
        org.append(origin[a])
    if not pieces:
        return text, origin
    pieces.append(text[last:])
    org.extend(origin[last:])
    return "".join(pieces), org


def _reshape(simplified: str) -> tuple[str, list[int]]:
    """Fold and tidy, after undoing a crawl's shape (crawl_shape): markup leftovers decoded first, spaced
    characters and hard wraps joined last, once spaces and breaks are tidy; then a sentence broken over
    two lines anywhere (a link, a bold name, an image stood there) is one line. Joining here, not in
    segment, keeps every later stage reading whole lines and each span's raw offsets exact."""
    unmarked, first = strip_markup_or_same(simplified)
    folded, second = _fold_text(unmarked)
    text, origin = _tidy_spaces(folded, second if first is None else list(map(first.__getitem__, second)))
    return join_broken(*unwrap_lines(*join_littered(*join_spaced(text, origin), simplified)))


def language_of(raw: str, simplified: str) -> str:
    if raw == simplified and next(islice(_HAN_CHAR.finditer(raw), 19, None), None) is not None:
        return "zh-Hans"  # what the counts below give a page of 20 Han characters or more, none changed
    han = len(_NOT_HAN.sub("", raw))
    latin = len(_NOT_LATIN.sub("", raw))
    if han < 20 and latin > han:
        return "vi" if re.search(r"[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹ]", raw, re.I) else "en"
    if han == 0:
        return "und"
    # (the raw characters the conversion changed, picked out in C, then their Han ones counted)
    changed = 0 if raw == simplified else len(_NOT_HAN.sub("", "".join(compress(raw, map(ne, raw, simplified)))))
    return "zh-Hant" if changed > max(3, han * 0.03) else "zh-Hans"


def doc_id_of(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def normalize(page: Page) -> Document:
    """Page -> Document with `text`, `offsets` (normalized index -> raw index) and `language`."""
    # a lone surrogate is no character (a JSON \ud800 escape, a str built in Python): U+FFFD in its
    # place keeps every offset and lets the text be converted, hashed and stored as UTF-8
    raw = _SURROGATE.sub("\ufffd", page.text)
    simplified = _to_simplified(raw)
    text, origin = _reshape(simplified)
    lead = len(text) - len(text.lstrip(" \n"))
    text = text.strip(" \n")
    offsets = origin[lead:lead + len(text)] + [len(raw)]
    url, problems = usable_url(page)
    return Document(doc_id=doc_id_of(text), source=page.source, raw=raw, text=text, offsets=offsets,
                    url=url, language=language_of(raw, simplified), meta_published=page.published,
                    fetched=page.fetched, problems=problems)


def usable_url(page: Page) -> tuple[str | None, list[Problem]]:
    """The page's URL where it can be parsed; a damaged one ('https://[host/a', a bad port) is dropped
    with a problem that says so, so the page is read from its text alone and no later stage trips on it."""
    if not page.url:
        return page.url, []
    try:
        _ = urlsplit(page.url).port  # (the port is parsed only when asked for)
    except ValueError as exc:
        return None, [Problem(page.source, "normalize", f"its URL cannot be parsed ({exc}): read without it")]
    return page.url, []
