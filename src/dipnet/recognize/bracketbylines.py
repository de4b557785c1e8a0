"""A bracketed byline that names the outlet, a slash, then the reporter: 【某某快报/某某】, 〔某某时报/某某〕,
the standard opening of Taiwan's and Hong Kong's press (財訊快報, 經濟日報, 中時新聞網). The outlet's word
(快报, 日报, 新闻网: names.toml byline_outlet_ends) and the bracket's close bound the name, whatever
rule would read it elsewhere; a report word after the slash (综合报导) names a desk (credits.desk_names)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.recognize.lexicon import NameRules, read_word
from dipnet.recognize.namereads import surname_led
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _ends() -> tuple[str, ...]:
    return tuple(read_word("byline_outlet_ends"))


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, _ends())) or "(?!)"
    return _plain(rf"[【〔\[]([\u4e00-\u9fff]{{0,8}}(?:{alt}))[/／][ \u3000]*([\u4e00-\u9fff]{{2,3}})[ \u3000]*[】〕\]]")


def bracket_bylines(text: str, rules: NameRules) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The reporters' and the outlets' spans of the bracketed bylines on the page."""
    if "/" not in text and "／" not in text:
        return [], []
    people: list[tuple[int, int]] = []
    outlets: list[tuple[int, int]] = []
    for m in _byline().finditer(text):
        name = m.group(2)
        if name.endswith(_ends()) or not surname_led(name, rules) or any(rules.stop_at(text, k) for k in range(m.start(2) + 1, m.end(2))):
            continue
        people.append((m.start(2), m.end(2)))
        if m.end(1) - m.start(1) > 2:  # (a bare 网 or 社 is no outlet's name)
            outlets.append((m.start(1), m.end(1)))
    return people, outlets
