"""A bare title refers back to the person the page named with that post (issue 13, stop 39, dc2):
the nearest earlier one, not someone named only inside an 应…邀请 / 受…委托 frame, and no one when two
of that post from different countries are named in one sentence. Invented pages; the probes of
/work/notes/s7/dc2/probes.md (B01–B20). The cases marked guard pass without the change too."""
from __future__ import annotations

import pytest

from dipnet.model import Document
from dipnet.pipeline import extract

_LINES = {"X": "新华社北京3月5日电 ", "V": "越通社河内——", "T": "新華社北京3月5日電 "}


def _doc(line: str, head: str, paragraphs: list[str]) -> Document:
    body = "\n".join(paragraphs)
    return extract(f"{head}\n\n2025-03-05\n\n{_LINES[line]}{body}\n")


def _links(doc: Document, bare: str) -> list[str]:
    """Who each bare title written `bare` in the body names (in page order); '-' for none."""
    names = {e.id: e.name for e in doc.entities}
    at = {m.start: names.get(m.entity_id, "?") for m in doc.mentions if m.type == "PERSON" and m.text == bare}
    out = []
    start = doc.text.index("\n\n", doc.text.index("\n\n") + 2)  # after the headline and the page stamp
    while (i := doc.text.find(bare, start)) >= 0:
        before = doc.text[i - 1] if i > 0 else ""
        if before in ",，。、\n" or doc.text.endswith(("期间", "期間"), 0, i):
            out.append(at.get(i, "-"))
        start = i + len(bare)
    return out


CASES = [
    # the one named before, not the inviter who holds the same post
    ("X", "李强将访问新加坡", ["应新加坡总理黄循财邀请，国务院总理李强将于3月8日至10日对新加坡进行正式访问。",
                              "访问期间，总理将会见新加坡总统尚达曼。"], "总理", ["李强"]),
    ("X", "王毅将访问越南", ["应越南副总理兼外长裴青山邀请，外交部长王毅将于3月8日至9日访问越南。",
                            "访问期间，外长将会见越南国家主席梁强。", "外长表示，中方愿同越方加强合作。"],
     "外长", ["王毅", "王毅"]),
    ("V", "范明政将访问老挝", ["应老挝总理宋赛·西潘敦邀请，越南政府总理范明政将于3月8日至9日对老挝进行正式访问。",
                              "访问期间，总理将会见老挝国家主席通伦。"], "总理", ["范明政"]),
    ("T", "李強將訪問新加坡", ["應新加坡總理黃循財邀請，國務院總理李強將於3月8日至10日對新加坡進行正式訪問。",
                              "訪問期間，總理將會見新加坡總統尚達曼。"], "总理", ["李强"]),
    ("V", "梁强主席将访问日本", ["应日本首相石破茂邀请，越南国家主席梁强将于3月8日至10日对日本进行国事访问。",
                               "在东京期间，主席将会见日本天皇德仁。"], "主席", ["梁强"]),
    ("X", "李强访问新加坡", ["在新加坡总理黄循财的邀请下，国务院总理李强3月4日抵达新加坡，开始对新加坡进行正式访问。",
                            "访问期间，总理会见了新加坡总统尚达曼。"], "总理", ["李强"]),
    # the post of the other side, named once
    ("V", "范明政会见通伦", ["3月5日，越南政府总理范明政在河内会见老挝国家主席通伦。",
                            "主席表示，老挝高度重视老越关系。"], "主席", ["通伦·西苏里"]),
    ("V", "范明政会见通伦", ["3月5日，越南政府总理范明政在河内会见老挝国家主席通伦。",
                            "总理表示，越南高度重视越老关系。"], "总理", ["范明政"]),  # guard
    # a sender named inside 受…委托 is not the doer; the post named outside the frame is
    ("V", "梁强出席论坛", ["受越共中央总书记苏林委托，越南国家主席梁强3月5日出席越老友好论坛。",
                          "主席表示，越老友谊是宝贵财富。"], "主席", ["梁强"]),
    ("V", "武氏映春会见宋赛", ["受越南国家主席梁强委托，越南国家副主席武氏映春3月5日会见老挝总理宋赛·西潘敦。",
                              "总理表示，老挝愿同越南加强合作。"], "总理", ["宋赛·西潘敦"]),
    # the inviter is the only one of the post: then it is the inviter
    ("V", "梁强将访问新加坡", ["应新加坡总理黄循财邀请，越南国家主席梁强将于3月8日至10日对新加坡进行国事访问。",
                              "访问期间，总理将与梁强举行会谈。"], "总理", ["黄循财"]),
    # a person the knowledge base does not hold, named with the post
    ("V", "越南驻老挝大使拜会通伦", ["3月5日，越南驻老挝大使阮伯雄在万象拜会老挝国家主席通伦。",
                                   "大使表示，越南愿同老挝加强合作。"], "大使", ["阮伯雄"]),
    # two of the post from two countries in one sentence: nothing decides, left unlinked
    ("V", "范明政会见宋赛", ["3月5日，越南政府总理范明政在河内同老挝总理宋赛·西潘敦举行会谈。",
                            "总理表示，越南愿同老挝加强合作。"], "总理", ["-"]),
    ("X", "李强会见黄循财", ["3月5日，国务院总理李强在北京会见新加坡总理黄循财。",
                            "李强表示，中方愿同新方加强合作。", "总理还表示，中新关系前景广阔。"], "总理", ["-"]),
    ("V", "梁强会见通伦", ["3月5日，越南国家主席梁强在河内会见老挝国家主席通伦。",
                          "主席表示，越老关系是特殊关系。"], "主席", ["-"]),  # guard
    # a post stated with a qualifier (前总统, 副主席) is another post: no candidate, no rival
    ("V", "梁强会见杜特尔特", ["3月5日，越南国家主席梁强在河内会见菲律宾前总统杜特尔特。",
                              "总统表示，菲律宾愿同越南加强合作。"], "总统", ["-"]),
    ("V", "梁强会见奥巴马和小马科斯", ["3月5日，国家主席梁强在河内会见美国前总统奥巴马和菲律宾总统小马科斯。",
                                     "总统表示，菲律宾愿同越南加强合作。"], "总统", ["小马科斯"]),
    ("V", "武氏映春会见巴妮", ["3月5日，越南国家副主席武氏映春在河内会见老挝国家副主席巴妮。",
                              "主席表示，老挝愿同越南加强合作。"], "主席", ["-"]),  # guard
    # a word for the post kept for some countries (首相) decides between two of the same core
    ("V", "范明政会见石破茂", ["3月5日，越南政府总理范明政在河内会见日本首相石破茂。",
                              "首相表示，日本愿同越南加强合作。"], "首相", ["石破茂"]),
    # 邀请 without 应 is no frame: the one invited is a rival like any other
    ("V", "梁强在河内会见宋赛", ["3月5日，越南国家主席梁强在河内会见老挝总理宋赛·西潘敦，并邀请老挝国家主席通伦访问越南。",
                                "主席表示，越老关系是特殊关系。"], "主席", ["-"]),  # guard
    # a name the title follows counts as named with it: the nearest is the one
    ("V", "范明政会见宋赛", ["3月5日，越南政府总理范明政在河内同老挝总理宋赛·西潘敦举行会谈。",
                            "范明政总理表示，越南愿同老挝加强合作。", "总理还表示，越老关系是特殊关系。"],
     "总理", ["范明政"]),
]

# titles pointing back through a word before them: 该国总统 (that country's president), 越方总理 (the
# Vietnamese side's prime minister)
POINTED = [
    ("V", "梁强会见小马科斯", ["3月5日，越南国家主席梁强在河内会见菲律宾总统小马科斯。",
                              "梁强欢迎该国总统访问越南。"], "总统", ["小马科斯"]),
    ("T", "梁強會見小馬科斯", ["3月5日，越南國家主席梁強在河內會見菲律賓總統小馬科斯。",
                              "梁強歡迎該國總統訪問越南。"], "总统", ["小马科斯"]),
    ("V", "范明政会见宋赛", ["3月5日，越南政府总理范明政在河内同老挝总理宋赛·西潘敦举行会谈。",
                            "越方总理表示，越南愿同老挝加强合作。", "老方总理表示，老挝愿同越南加强合作。"],
     "总理", ["范明政", "宋赛·西潘敦"]),
]


@pytest.mark.parametrize(("line", "head", "paragraphs", "bare", "expected"), POINTED)
def test_a_title_after_that_country_or_a_side_word_names_the_one_told_before(
        line: str, head: str, paragraphs: list[str], bare: str, expected: list[str]) -> None:
    doc = _doc(line, head, paragraphs)
    names = {e.id: e.name for e in doc.entities}
    got = [names.get(m.entity_id, "?") for m in sorted(doc.mentions, key=lambda m: m.start)
           if m.type == "PERSON" and m.text == bare]
    assert got == expected


@pytest.mark.parametrize(("line", "head", "paragraphs", "bare", "expected"), CASES)
def test_a_bare_title_names_the_one_told_before_with_that_post(
        line: str, head: str, paragraphs: list[str], bare: str, expected: list[str]) -> None:
    assert _links(_doc(line, head, paragraphs), bare) == expected


NO_ONE = [
    # a meeting or a rank named by the post, and the head of a body not recognized: no one told before
    ("V", "陈大光会见王小洪", ["3月5日，越南公安部部长陈大光在河内会见中国公安部部长王小洪。",
                              "双方同意，部长级会议每两年举行一次。"], "部长"),
    ("V", "范明政会见何炜", ["3月5日，越南政府总理范明政在河内会见中国驻越南大使何炜。",
                            "广宁省人委会主席、国资委主席等参加会见。"], "主席"),
    ("X", "王毅会见范家谦", ["3月5日，外交部长王毅在雅加达会见越南副总理兼外长范家谦。",
                            "当天，东盟与中日韩外长会议在雅加达举行。"], "外长"),
]


@pytest.mark.parametrize(("line", "head", "paragraphs", "bare"), NO_ONE)
def test_a_title_that_names_a_meeting_a_rank_or_a_bodys_head_is_no_one_told_before(
        line: str, head: str, paragraphs: list[str], bare: str) -> None:
    doc = _doc(line, head, paragraphs)
    assert not [m for m in doc.mentions if m.type == "PERSON" and m.text == bare]


def test_the_visit_and_the_meeting_of_a_bare_title_stand_on_the_visitor() -> None:
    doc = _doc("X", "李强将访问新加坡", ["应新加坡总理黄循财邀请，国务院总理李强将于3月8日至10日对新加坡进行正式访问。",
                                        "访问期间，总理将分别会见新加坡总统尚达曼和国会议长谢健平。"])
    names = {e.id: e.name for e in doc.entities}
    meets = sorted(tuple(sorted(names.get(p, p) for p in ev.participants)) for ev in doc.events if ev.type == "MEET")
    assert all("李强" in m for m in meets) and len(meets) == 2
