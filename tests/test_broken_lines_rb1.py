"""Sentences a crawler broke over lines where a link, a bold name, an image or an ad stood, on page shapes
the join left alone before (rb1, stop 45). Invented pages: every headline and sentence written for these tests."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize


def _text(raw: str) -> str:
    return normalize(Page(source="p.txt", text=raw)).text


HEAD = "甲国外长会见乙国客人"
LEAD = "新华社北京3月5日电 甲国外长张伟明5日在首都会见了来访的乙国议长李国华。"
P2 = "张伟明表示,甲方愿同乙方一道落实两国领导人达成的重要共识,推动双边关系持续发展。"
P3 = "李国华说,乙方高度重视发展对甲关系,愿同甲方加强高层交往,拓展各领域务实合作。"
P4 = "双方还就地区形势交换了意见。"
P5 = "会见后,两人共同出席了合作文件的签字仪式。"


def _lined(*paras: str) -> str:
    return "\n".join(paras)


def test_a_paragraphs_opening_words_with_a_comma_go_on_on_a_page_without_empty_lines() -> None:
    raw = _lined(HEAD, LEAD, "张伟明表示,甲方愿", "同乙方一道落实两国领导人达成的重要共识,推动双边关系持续发展。", P3)
    assert _text(raw) == _lined(HEAD, LEAD, P2, P3)


def test_reported_speech_of_two_even_clauses_is_no_slogan() -> None:
    raw = _lined(HEAD, LEAD, "张伟明表示,甲方愿同乙方", "一道落实两国领导人达成的重要共识,推动双边关系持续发展。", P3)
    assert _text(raw) == _lined(HEAD, LEAD, P2, P3)


def test_guard_a_slogan_heading_between_paragraphs_stays_on_a_page_without_empty_lines() -> None:
    raw = _lined(HEAD, LEAD, "深化务实合作,共创美好未来", P2, P3)
    assert _text(raw) == raw


def test_guard_a_bracketed_caption_between_paragraphs_stays() -> None:
    raw = _lined(HEAD, LEAD, "[焦点图]甲国外长会见乙国议长,双方签署文件", P2, P3)
    assert _text(raw) == raw


def test_guard_the_lines_above_the_first_sentence_stay_on_a_page_without_empty_lines() -> None:
    raw = _lined(HEAD, "3月5日,甲国外长张伟明", "在首都会见了来访的乙国议长李国华。", P2)
    assert _text(raw) == raw


def test_a_block_ends_a_sentence_with_an_agency_in_brackets_after_its_stop() -> None:
    raw = "\n\n".join([HEAD, LEAD, "甲国外长张伟明\n在首都\n会见了来访的乙国议长李国华。(完)", P3, P4, P5])
    assert "甲国外长张伟明在首都会见了来访的乙国议长李国华。(完)" in _text(raw).split("\n")


def test_the_leads_first_words_under_the_headline_go_on_where_paragraphs_are_parted() -> None:
    raw = "\n\n".join([HEAD, "甲国外长张伟明5日在首都会\n见了来访的乙国议长李国华。", P2, P3, P4, P5])
    assert _text(raw).split("\n\n")[1] == "甲国外长张伟明5日在首都会见了来访的乙国议长李国华。"


def test_guard_a_headline_right_over_its_lead_stays_where_paragraphs_are_parted() -> None:
    raw = "\n\n".join([HEAD + "\n甲国外长张伟明5日在首都会见了来访的乙国议长李国华。", P2, P3, P4, P5])
    assert _text(raw) == raw


def test_a_story_stacked_under_a_more_label_is_joined_as_above_it() -> None:
    story2 = "乙国议长李国华6日在首都会见了丙国大使,\n双方同意加强议会交往。"
    raw = "\n\n".join([HEAD, LEAD, P2, "更多", "乙国议长会见丙国大使", story2, P3])
    assert "乙国议长李国华6日在首都会见了丙国大使,双方同意加强议会交往。" in _text(raw).split("\n")


def test_guard_cut_card_summaries_under_a_more_label_stay_apart() -> None:
    cards = ["乙国议长宣布将于明年出访丙国,着重推动贸易合作。他说具体日程仍在", "丙国外长会见丁国代表团",
             "丙国外长在首都会见了来访的丁国代表团,双方同意恢复贸易磋商。"]
    raw = "\n\n".join([HEAD, LEAD, P2]) + "\n更多\n" + "\n".join(cards)
    assert _text(raw).split("\n")[-3:] == cards


def test_a_long_clause_line_goes_on_past_an_empty_line_where_an_image_stood() -> None:
    raw = "\n\n".join([HEAD, LEAD, "李国华说,乙方高度重视发展对甲关系,愿同甲方加强高层交往和议会交流,拓展在贸易、投资、能源、农业、旅游、教育、卫生等领域的务实",
                       "合作,欢迎甲国企业赴乙国投资。", P2, P4, P5])
    assert "卫生等领域的务实合作,欢迎甲国企业赴乙国投资。" in _text(raw)


def test_guard_a_lead_lacking_its_stop_stays_over_a_paragraph_opening_with_its_day() -> None:
    raw = "\n\n".join([HEAD, "新华社北京3月5日电 应甲国外长张伟明邀请,乙国议长李国华于3月5日至7日对甲国进行正式访问,双方将就双边关系和共同关心的问题交换意见",
                       "6日在外交部,张伟明主持仪式,欢迎李国华一行。", P2, P4, P5])
    assert _text(raw) == raw


def test_a_line_opening_with_a_quote_or_a_names_dot_goes_on_from_a_line_stopping_mid_sentence() -> None:
    raw = "\n\n".join([HEAD, LEAD, "双方商定,明年被确定为\n“两国友好交流年”,届时将举办系列活动。", P2,
                       "出席会见的有乙国议会秘书长王\n·李华等。", P4, P5])
    lines = _text(raw).split("\n")
    assert "双方商定,明年被确定为“两国友好交流年”,届时将举办系列活动。" in lines
    assert "出席会见的有乙国议会秘书长王·李华等。" in lines


def test_guard_a_quoted_paragraph_after_a_finished_one_stays() -> None:
    raw = "\n\n".join([HEAD, LEAD, P2 + "\n“我们愿同乙方一道努力。”张伟明说。", P4, P5])
    assert _text(raw) == raw


def test_a_figure_cut_in_two_is_joined_with_no_space() -> None:
    raw = "\n\n".join([HEAD, LEAD, "两国于19\n49年10月建立外交关系。", P2, P4, P5])
    assert "两国于1949年10月建立外交关系。" in _text(raw).split("\n")


def test_a_brackets_rest_on_a_line_of_its_own_closes_it_and_the_paragraph_ends_there() -> None:
    raw = "\n\n".join([HEAD, LEAD, "双方签署了合作文件。(新华社\n记者王明)", P2, P4, P5])
    assert _text(raw).split("\n\n")[2:4] == ["双方签署了合作文件。(新华社记者王明)", P2]


def test_reported_speech_goes_on_past_an_empty_line_where_an_image_stood() -> None:
    raw = "\n\n".join([HEAD, LEAD, "张伟明表示,甲方愿同乙方", "一道落实两国领导人达成的重要共识,推动双边关系持续发展。", P3, P4, P5])
    assert P2 in _text(raw).split("\n")


def test_guard_a_headline_with_a_comma_stays_over_its_paragraph_past_an_empty_line() -> None:
    raw = "\n\n".join([HEAD, LEAD, P3, "深化务实合作,推动两国关系迈上新台阶", P2, P4, P5])
    assert _text(raw) == raw


def test_a_line_opening_as_only_sentences_do_goes_on_past_an_empty_line() -> None:
    for first in ("迄今,两国已", "3月6日下午,在外交部"):
        rest = "签署了二十多项合作文件,涵盖经贸、人文等领域。"
        raw = "\n\n".join([HEAD, LEAD, P2, first, rest, P4, P5])
        assert first + rest in _text(raw).split("\n")


def test_a_caption_broken_in_two_is_one_line_again() -> None:
    cap = "5日,甲国外长张伟明在首都会见乙国议长李国华。图自越通社"
    raw = "\n\n".join([HEAD, LEAD, "5日,甲国外长张伟明在首都会\n见乙国议长李国华。图自越通社", P2, P4, P5])
    assert cap in _text(raw).split("\n")


def test_guard_a_caption_under_a_headline_stays_a_line_of_its_own() -> None:
    raw = "\n\n".join([HEAD, LEAD, P2, "两国议会交往不断加深\n乙国议长李国华出席招待会。图自越通社", P4, P5])
    assert _text(raw) == raw


def test_an_aside_in_brackets_goes_on_but_a_bracketed_dateline_opens_its_own_line() -> None:
    raw = "\n\n".join([HEAD, LEAD, "据统计,到场的320名代表\n(占代表总数的98%)投票赞成该决议。", P2, P4, P5])
    assert "据统计,到场的320名代表(占代表总数的98%)投票赞成该决议。" in _text(raw).split("\n")
    raw = "|\n新华社北京3月5日电 题:甲国外长将访问乙国\n(某某社记者王某5日电)甲国外交部今天表示,外长将访问乙国。\n外交部说,此访将推动两国关系发展。"
    assert _text(raw) == raw
