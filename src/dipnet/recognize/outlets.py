"""The country a page is written from, as its outlet tells it: the site's host (data/outlets.tsv),
else the news agency of its dateline (中新社北京5月13日电, 联合早报网讯). That country is "we" on the
page (我国) and owns the bodies it names bare (外交部 on a Taiwan site is Taiwan's). The page's
`home` (the country its names belong to most) is a different thing: a Taiwan site's report on
Vietnam is mostly about Vietnam."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.rx import plain as _plain

# what follows an agency's name in a dateline: a place and a day, then 电 or 讯 (新华社河内8月3日电)
_DATELINE_TAIL = _plain(r"(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电|网?讯|电(?!视))")
# outlets of Hong Kong and Macao write from China
_WRITES_FROM = {"HK": "CN", "MO": "CN"}
# a dateline stands at the article's start
_DATELINE_REACH = 300


@dataclass(frozen=True)
class Outlet:
    country: str
    bare_own: bool = True  # a bare body word on its pages is the outlet's country's (not the page's)
    abroad: bool = False  # the page names nothing of the outlet's country, and another's names (_abroad)


@lru_cache(maxsize=1)
def _hosts() -> tuple[tuple[str, Outlet], ...]:
    rows = []
    text = resources.files("dipnet.recognize.data").joinpath("outlets.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("host_suffix"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        bare = cells[2] if len(cells) > 2 and cells[2] else "own"
        rows.append((cells[0].lower().lstrip("."), Outlet(cells[1], bare == "own")))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))  # the longest suffix first


def host_outlet(url: str | None) -> Outlet | None:
    """The outlet of the site a URL is on, where data/outlets.tsv lists its host's ending."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return next((o for suffix, o in _hosts() if host == suffix or host.endswith("." + suffix)), None) if host else None


def outlet_of(url: str | None, text: str, mentions: list[Mention], kb: KnowledgeBase) -> Outlet | None:
    """The page's outlet: its host's, else that of a news agency whose dateline opens the article (a
    repost on an unlisted site keeps its agency's dateline). `mentions` in text order."""
    outlet = host_outlet(url)
    if outlet:
        return _abroad(outlet, mentions, kb)
    for m in mentions:
        if m.start > _DATELINE_REACH:
            break
        e = kb.entries.get(m.kb_id) if m.kb_id else None
        if e is not None and e.type == "ORG" and e.sector == "media" and e.country and \
                _DATELINE_TAIL.match(text, m.end):
            country = _WRITES_FROM.get(e.country, e.country)
            # the agency's home site says how its country's outlets write (越通社: as the .vn sites)
            return next((o for _, o in _hosts() if o.country == country and not o.bare_own), Outlet(country))
    return None


def _abroad(outlet: Outlet, mentions: list[Mention], kb: KnowledgeBase) -> Outlet:
    """The outlet, marked `abroad` on a page that names nothing of its own country and the people, bodies or
    places of another (a Singapore paper's page on Malaysia: 马来西亚首相安瓦尔表示…。国会将于下月复会)."""
    lands = {e.country for m in mentions if m.kb_id and (e := kb.entries.get(m.kb_id)) is not None and e.country
             and e.sector != "media"}
    return replace(outlet, abroad=True) if lands and outlet.country not in lands else outlet


def chamber_default(kb: KnowledgeBase, word: str, home: str | None, default: str | None, outlet: Outlet | None) -> str | None:
    """Whose body a bare word is where the words around it give no country: on an outlet's page about another
    country (`abroad`), a chamber word (国会, 参议院, 国民议会) is the page's country's, as the report on that
    country's politics names its legislature bare; other words (外交部: the outlet's ministry reacting) and
    other pages keep `default` (ev65, issue 13)."""
    if outlet is None or not outlet.abroad or home is None or home == default:
        return default
    body = kb.generic_body(word, home)
    return home if body is not None and body.sector == "legislature" else default
