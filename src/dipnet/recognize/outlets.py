"""The country a page is written from, as its outlet tells it: the site's host (data/outlets.tsv),
else the news agency of its dateline (中新社北京5月13日电, 联合早报网讯). That country is "we" on the
page (我国) and owns the bodies it names bare (外交部 on a Taiwan site is Taiwan's). The page's
`home` (the country its names belong to most) is a different thing: a Taiwan site's report on
Vietnam is mostly about Vietnam."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention

# what follows an agency's name in a dateline: a place and a day, then 电 or 讯 (新华社河内8月3日电)
_DATELINE_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电|网?讯|电(?!视))")
# outlets of Hong Kong and Macao write from China
_WRITES_FROM = {"HK": "CN", "MO": "CN"}
# a dateline stands at the article's start
_DATELINE_REACH = 300


@lru_cache(maxsize=1)
def _hosts() -> tuple[tuple[str, str], ...]:
    rows = []
    text = resources.files("dipnet.recognize.data").joinpath("outlets.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("host_suffix"):
            continue
        suffix, country = line.split("\t")[:2]
        rows.append((suffix.strip().lower(), country.strip()))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))  # the longest suffix first


def host_country(url: str | None) -> str | None:
    """The country of the site a URL is on, where data/outlets.tsv lists its host's ending."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    return next((c for suffix, c in _hosts() if host == suffix.lstrip(".") or host.endswith(
        suffix if suffix.startswith(".") else "." + suffix) or host == suffix), None)


def outlet_country(url: str | None, text: str, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The page's outlet's country: its host's, else that of a news agency whose dateline opens
    the article (a repost on an unlisted site keeps its agency's dateline)."""
    country = host_country(url)
    if country:
        return country
    for m in mentions:
        if m.start > _DATELINE_REACH:
            break
        e = kb.get(m.kb_id) if m.kb_id else None
        if e is not None and e.type == "ORG" and e.sector == "media" and e.country and \
                _DATELINE_TAIL.match(text, m.end):
            return _WRITES_FROM.get(e.country, e.country)
    return None
