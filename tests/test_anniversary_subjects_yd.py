"""Anniversaries and eras the press counts from (越中关系正常化N周年, 越战结束N年来, 战胜法西斯N周年, 中越全面战略
合作伙伴关系N周年, 一带一路倡议N周年, 东盟与日本对话关系N周年, 中国—东盟全面经济合作框架协议N周年, 中国加入
《东南亚友好合作条约》N周年): the knowledge base knows their start (foundings.json), so the count tells the
page's year where nothing else does (SPEC: a page's date may be inferred from anniversaries and eras)."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract
from dipnet.timex.knowledge import anniversary_subject


@pytest.mark.parametrize("prefix, year", [
    ("会谈恰逢越中两国关系正常化", "1991"), ("今年是美越关系正常化", "1995"), ("这是越战结束", "1975"),
    ("纪念越南战争结束", "1975"), ("他出席战胜法西斯", "1945"), ("今年是中越建立全面战略合作伙伴关系", "2008"),
    ("今年是“一带一路”倡议提出", "2013"), ("总理出席东盟—日本建立对话关系", "1973"),
    ("今年是中国与东盟签署全面经济合作框架协议", "2002"), ("明年是中国加入《东南亚友好合作条约》", "2003"),
])
def test_the_count_starts_at_the_known_year(prefix: str, year: str) -> None:
    found = anniversary_subject(prefix, prefix)
    assert found is not None and found[0][:4] == year


@pytest.mark.parametrize("page, year", [
    ("越中举行边防合作座谈会\n\n越通社河内——两国边防部队代表10月8日在谅山举行座谈会。双方表示，座谈会恰逢越中两国"
     "关系正常化30周年之际举行，意义重大。\n", "2021"),
    ("美国国防部长访问越南\n\n〔综合报导〕美国国防部长正在河内访问，双方官员周二表示，美国海军医疗船将于明年到访"
     "越南港口，这将是越战结束40年来首次。\n", "2015"),
])
def test_the_count_tells_the_page_year(page: str, year: str) -> None:
    doc = extract(page, source="probe.txt")
    assert doc.published is not None and doc.published.date[:4] == year
