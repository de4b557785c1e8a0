"""Editions of a numbered series ('第四次…会议' beside '2012年…第三次…会议'): the year of the edition
a page reports, counted from an earlier edition the text dates and how often the series meets."""

from __future__ import annotations

from .numerals import to_int
from .patterns import gated  # a skip set where the engine has none of its own (dipnet.rx)

# editions of one series: '第四次合作打击犯罪会议' beside '2012年10月…举行的…第三次合作打击犯罪会议'
EDITION = gated(r"第\s?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s?(?:次|届)(?P<x>[^,。;:!?\d]{2,14}?(?:会议|对话|论坛|峰会|博览会|会晤|磋商|联席会))")
EDITION_YEAR = gated(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?年[^,。;!?]{0,30}$")
# how often a series meets: '两年轮流举行一次', '每三年举办一次'
INTERVAL = gated(r"(?:每\s?)?(?P<k>\d|一|两|二|三|四|五)\s?年(?:轮流)?(?:举行|召开|举办|一届|一次)")


def edition_votes(text: str) -> list[tuple[int, float, str, bool]]:
    """(year, weight, evidence, bound) from a series whose earlier edition the text dates: the
    current (highest, undated) edition is that many intervals later (one year unless the text says
    how often it meets), and in any case not before the dated one."""
    dated: dict[str, tuple[int, int]] = {}  # series -> (edition, year) of a dated mention
    undated: dict[str, int] = {}
    for m in EDITION.finditer(text):
        n = to_int(m.group("n"))
        if not n:
            continue
        key = m.group("x")
        y = EDITION_YEAR.search(text[max(0, m.start() - 40):m.start()])
        if y and (key not in dated or n > dated[key][0]):
            dated[key] = (n, int(y.group("y")))
        elif not y:
            undated[key] = max(undated.get(key, 0), n)
    out = []
    for key, n in undated.items():
        if key not in dated or dated[key][0] >= n:
            continue
        n0, y0 = dated[key]
        iv = INTERVAL.search(text)
        step = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}.get(iv.group("k"), 0) if iv else 1
        step = step or int(iv.group("k"))  # type: ignore[union-attr]
        out.append((y0 + step * (n - n0), 2.0 if iv else 1.0,
                    f"edition {n} of {key} after edition {n0} in {y0}" + (f" ({iv.group()})" if iv else ""), False))
        out.append((y0, 0.0, f"not before edition {n0} of {key} ({y0})", True))
    return out
