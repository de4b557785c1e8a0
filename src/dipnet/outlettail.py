"""An outlet's name printed after the headline on its line: the browser's title bar kept by the crawler
("标题 - 某某网", "标题_中国政府网", "标题|联合早报", "标题_新闻频道_某某网(example.com)", "标题 - 某某通讯社,
1920"). The title is the headline alone (SPEC), so the segmenter stops the title before such a tail. A
tail is told by its last piece, which ends as an outlet's name does (data/title_tails.toml), and by the
pieces before it, each a section's or a channel's short name; a headline's own hyphen ("东盟-中国博览会…")
is followed by more than a short name, so it is no tail's start."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from dipnet.datakeys import required
from dipnet.rx import plain as _plain

_CJK = _plain(r"[\u4e00-\u9fff]")
# what may follow the outlet's name: a site's domain in brackets, a time or a date after a comma
_AFTER_NAME = _plain(r"\s*(?:[(（][A-Za-z0-9.-]+\.[a-z]{2,}[)）])?(?:,\s*[\d.:/ -]+)*$")
_DOMAIN = _plain(r"(?:[A-Za-z0-9-]+\.)+[a-z]{2,}")  # or the site's address alone ("标题 - example.com")
_HEAD_MIN = 6  # a headline's Chinese characters at least
_NAME_MAX = 12  # an outlet's name printed before the headline
_FRONT_SEPARATORS = (" | ", " - ", " – ", " — ", "|", "-", "—")  # "某某网 | 标题": the outlet's name first, a bar or a dash after it
# (normalization drops the spaces around a dash between Chinese characters)


@dataclass(frozen=True)
class _Tails:
    ends: tuple[str, ...]
    split: re.Pattern[str]
    tail_max: int
    piece_max: int
    label: re.Pattern[str]  # a title's label with its colon, or a markdown heading's marks, opening the line


@lru_cache(maxsize=1)
def _tails() -> _Tails:
    data = tomllib.loads(resources.files("dipnet.data").joinpath("title_tails.toml").read_text("utf-8"))
    f = "title_tails.toml"
    seps = sorted(required(data, "separators", f), key=len, reverse=True)  # (the spaced forms first)
    labels = "|".join(r"\s*".join(re.escape(c) for c in w) for w in required(data, "title_labels", f))
    return _Tails(tuple(required(data, "outlet_ends", f)), re.compile("|".join(re.escape(s) for s in seps)),
                  int(required(data, "tail_max", f)), int(required(data, "piece_max", f)),
                  re.compile(rf"(?:(?:{labels})\s*[:：]|#{{1,6}}(?=[^#]*$))\s*"))  # (not a hashtag: "#某某#")


def outlet_name(text: str) -> bool:
    """Whether `text` is an outlet's or a site's name as a site prints it beside a stamp or a headline ("某某日报",
    "example.com")."""
    return _outlet(text, _tails().ends)


def tail_alone(text: str) -> bool:
    """A line that is only such a tail, its headline printed elsewhere ("- 某某通讯社, 1920", "| 某某新闻网")."""
    return text[:1] in "-–—_|｜" and outlet_name(text[1:].strip())


def _outlet(piece: str, ends: tuple[str, ...]) -> bool:
    name = _AFTER_NAME.sub("", piece).strip()
    return bool(name) and len(name) <= 20 and (name.endswith(ends) or _DOMAIN.fullmatch(name) is not None) \
        and "。" not in name


def outlet_tail(text: str) -> int | None:
    """Where an outlet's tail closing the headline's line starts (its separator), or None."""
    t = _tails()
    cuts = list(t.split.finditer(text))
    for k, m in enumerate(cuts):
        tail = text[m.start():]
        if len(tail) > t.tail_max + len(m.group()):
            continue
        if len(_CJK.findall(text[:m.start()])) < _HEAD_MIN:
            continue
        if any(c.group() != m.group() for c in cuts[k + 1:]):
            continue  # (a site parts its pieces with one mark: "_新闻频道_某某网"; "东盟-中国峰会 - 某某网" is a headline's)
        pieces = [text[a.end():b.start()] for a, b in pairwise(cuts[k:])] + [text[cuts[-1].end():]]
        if all(0 < len(p.strip()) <= t.piece_max for p in pieces[:-1]) and _outlet(pieces[-1], t.ends):
            return m.start()
    return None


def title_label(text: str) -> int:
    """Where the headline starts past a title's label ("标题:某某", "标 题:某某") or a markdown heading's marks
    ("## 某某"), else 0."""
    m = _tails().label.match(text)
    return m.end() if m and len(_CJK.findall(text, m.end())) >= _HEAD_MIN else 0


def outlet_head(text: str) -> int:
    """Where the headline starts past an outlet's name printed before it ("某某网 | 标题", "某某早报 - 标题"), else 0."""
    seps = [(k, sep) for sep in _FRONT_SEPARATORS if (k := text.find(sep)) > 0]
    if not seps:
        return 0
    k, sep = min(seps)
    name, rest = text[:k], text[k + len(sep):]
    if len(name) > _NAME_MAX or not _outlet(name, _tails().ends) or len(_CJK.findall(rest)) < _HEAD_MIN:
        return 0
    return len(text) - len(rest.lstrip())

