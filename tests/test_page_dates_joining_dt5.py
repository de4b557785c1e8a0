"""'今年是X加入某组织N周年' counts the years since a member joined the body, not since the body was founded: the body's
founding must not date the page (dt5, stop 41). Invented pages written for these tests."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

# (page, the year the body's founding would wrongly give)
JOINED = [
    ("外交部舉行記者會\n\n外交部9月18日舉行記者會。發言人表示,今年適逢我國加入亞太經合組織(APEC)25週年,我國將持續參與區域合作。\n",
     "2014"),
    ("外交部举行记者会\n\n外交部11月10日举行记者会。发言人表示,今年是中国加入亚太经合组织(APEC)30周年,中方将继续参与区域合作。\n",
     "2019"),
    ("越南外长出席会议\n\n越南外长11月10日出席会议。外长表示,今年是越南加入亚太经合组织25周年。\n", "2014"),
]


@pytest.mark.parametrize(("text", "wrong"), JOINED, ids=["trad-paren", "simp-paren", "vn"])
def test_joining_anniversary_is_not_the_founding(text: str, wrong: str) -> None:
    doc = extract(text, source="p.txt")
    assert doc.published is None or not doc.published.date.startswith(wrong)


# guards: the body's own anniversary, and a joining the knowledge holds, still date the page
@pytest.mark.parametrize(("text", "want"), [
    ("东盟举行纪念活动\n\n东盟秘书处8月8日在雅加达举行活动,纪念东盟成立50周年。各国代表出席。\n", "2017-08-08"),
    ("越南外长会见东盟秘书长\n\n越南外长9月12日在河内会见东盟秘书长。外长表示,今年是越南加入东盟25周年。\n", "2020-09-12"),
], ids=["founding", "known-joining"])
def test_founding_and_known_joining_still_date(text: str, want: str) -> None:
    doc = extract(text, source="p.txt")
    assert doc.published is not None and doc.published.date == want
