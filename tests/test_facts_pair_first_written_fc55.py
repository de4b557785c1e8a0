"""Facts (fc, stop 55): the order of a pair holder (甲-乙) is the page's framing. The outlet's own country
comes first where it is one of the two (越南-俄罗斯 on a .vn page that writes 俄越 more often); else the
order the figure's paragraph writes the pair in (a speaker's own 柬越), else the order the page first
writes it (its headline, mostly: 越波, 中国、柬埔寨双方), not the order written most often. Two parties
joined by 和/与/、 are a pair written only before a word of the pair (两国, 双方, 之间), and two of a longer
list (美国、中国和越南) are none. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(text: str, value: float, url: str | None = None) -> set[str]:
    doc = extract(text, source="t.txt", url=url)
    return {f.subject for f in doc.facts if f.value == value}


@pytest.mark.parametrize("text, value, pair", [
    # the headline joins the pair with 、; the body's quotes write 柬中 twice, in other paragraphs
    ("中国、柬埔寨双方签署12项合作文件\n\n金边3月5日电 两国领导人当天举行会谈。\n洪森说,柬中是好朋友,"
     "柬中合作大有可为。\n双方签署了12项合作文件。\n", 12, "中国-柬埔寨"),
    # the headline writes 越波; the body writes 波越 more often, not in the figure's paragraph
    ("越波两国携手合作\n\n华沙3月5日电 波越传统友谊深厚。波越两国关系稳定。\n2023年,双边贸易额达36亿美元。\n",
     3600000000, "越南-波兰"),
    # the first pair written is 香港和越南两地, though 越南 is the country named most
    ("特首会见越南副总理\n\n香港和越南两地将加强合作。\n特首表示,越南是香港重要伙伴,"
     "今年双边贸易额已达到300亿美元。越南欢迎更多投资。\n", 30000000000, "香港-越南"),
    # the figure's own paragraph writes 柬越 (the speaker's), the headline 越柬
    ("越柬合作不断加强\n\n金边3月5日电 越柬关系良好。\n洪森说,柬越双边领导人曾制定目标,"
     "到2020年两国的双边贸易额要达到50亿美元。\n", 5000000000, "柬埔寨-越南"),
])
def test_a_pair_is_held_in_the_order_the_page_writes_it(text: str, value: float, pair: str) -> None:
    assert holders(text, value) == {pair}


def test_the_outlets_country_comes_first() -> None:
    text = ("越俄两国携手合作\n\n俄越传统友谊经受住历史考验。俄越两国关系稳定。\n"
            "上述是俄越两国关系的重要保障。2012年,双边贸易额达36.6亿美元。\n")
    assert holders(text, 3660000000, url="https://example.vn/a/1.html") == {"越南-俄罗斯"}


def test_two_of_a_longer_list_are_no_pair() -> None:
    text = ("越中关系稳步发展\n\n河内3月5日电 美国、中国和越南两国代表出席会议。\n越中两国传统友谊深厚。"
            "中越双方同意加强合作。\n2023年,双边贸易额达1700亿美元。\n")
    assert holders(text, 170000000000) == {"越南-中国"}
