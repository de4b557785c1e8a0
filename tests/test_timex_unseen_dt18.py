"""Page dates without the URL's help, on invented sentences (helper dt18).

A span of years named for what is signed, adopted or opened now ('签署2018-2020年阶段合作备忘录',
'签署了…合作计划(2019 - 2021)', '召开第四次代表大会(2022-2027年任期)') is of its FIRST year: the page
speaks of that year as present, not of the span's end, which lies ahead."""

from __future__ import annotations

from dipnet.timex.parse import find_times
from dipnet.timex.publication import infer_published
from dipnet.timex.spoken import present_years


def _present(text: str) -> list[int]:
    return present_years(text, find_times(text, None))


def test_a_signed_phase_agreement_is_of_its_first_year() -> None:
    assert _present("会见结束后,甲省与乙省领导签署2024-2026年阶段合作协议。") == [2024]


def test_a_span_joined_by_a_doubled_dash_is_one_span() -> None:
    assert _present("两国议会秘书长签订了2015——2018年阶段合作协定。") == [2015]


def test_a_plan_with_its_span_in_brackets_is_of_its_first_year() -> None:
    assert _present("会议闭幕时,两国海关签署了4年合作计划(2021 - 2024)。") == [2021]


def test_a_congress_opening_a_term_is_of_the_terms_first_year() -> None:
    assert _present("7月2日上午,两国友好协会召开第三次代表大会(2019-2024年任期)。") == [2019]


def test_a_period_told_as_reviewed_keeps_its_end() -> None:  # (a guard: figures of a period are told once it is over)
    assert _present("2011-2015年阶段,两国贸易额年均增长一成。") == [2015]


def test_a_seat_held_for_a_span_is_no_present_year() -> None:  # (a guard: an election for a term to come)
    assert _present("该国当选为2013-2014年度安理会非常任理事国。") == []


def test_a_page_with_no_url_is_dated_by_the_span_it_signs() -> None:
    text = ("甲省与乙省加强合作\n越通社河内——6月3日,甲省与乙省领导在河内举行会谈。\n"
            "会谈结束时,双方领导签署2019-2021年阶段合作备忘录。")
    pub = infer_published(text=text, url="https://news.example.org/article/abcdef.html", meta=None)
    assert pub is not None and pub.date == "2019-06-03", pub


# A post written in another outlet's form than the knowledge base's ('中共中央对外联络部部长' for 中联部部长,
# '驻中国大使' for 驻华大使, '驻越大使' for 驻越南大使) still names it: the holder's term bounds the page's year.

def test_a_body_written_in_full_names_its_short_form_post() -> None:
    from dipnet.timex.stage import _same_post
    assert _same_post("中共中央对外联络部部长", "中联部部长")
    assert _same_post("对外联络部部长", "中联部部长")


def test_a_country_written_in_full_after_zhu_names_the_short_form_post() -> None:
    from dipnet.timex.stage import _same_post
    assert _same_post("某国驻中国大使", "驻华大使")
    assert _same_post("中国驻越大使", "驻越南大使")


def test_another_body_is_not_the_same_post() -> None:  # (a guard: Viet Nam's 中央对外部 is not the ILD)
    from dipnet.timex.stage import _same_post
    assert not _same_post("中央对外部部长", "中联部部长")
    assert not _same_post("驻美国大使", "驻华大使")


def test_a_page_with_no_url_is_bounded_by_a_post_written_in_full() -> None:
    from dipnet.pipeline import extract
    text = ("两党加强交流合作\n\n越通社河内——11月2日,某省省委书记会见了中共中央对外联络部部长刘建超率领的代表团。"
            "双方就加强两党合作交换意见。\n")
    doc = extract(text, url="https://news.example.org/article/abcdef.html")
    assert doc.published is not None and "刘建超" in doc.published.evidence, doc.published
    assert "terms of 刘建超: 2022-06-01..2025-09-30" in doc.published.evidence, doc.published  # the KB term's bound
    assert doc.published.date == "2023-11-02", doc.published  # (the middle of the years the term leaves open)


# An anniversary of relations between 'the two countries' ('两国建交65周年', '纪念两国建交60周年') is of the
# relation the sentence names, else the one the sentence and the headline name together.

def _anniversaries(text: str) -> list[str | None]:
    return [t.value for t in find_times(text, None) if t.kind == "anniversary"]


def test_two_countries_named_in_the_headline_date_their_anniversary() -> None:
    text = "中国某省代表团访问越南\n代表团团长表示,在两国纪念建交75周年之际,此访意义重大。"
    assert _anniversaries(text) == ["2025"]


def test_two_countries_named_in_the_sentence_date_their_anniversary() -> None:
    text = "友好交流\n越南与老挝青年代表在万象聚会,共同纪念两国建交65周年。"
    assert _anniversaries(text) == ["2027"]


def test_two_countries_nobody_names_stay_unknown() -> None:  # (a guard: no pair told, no year)
    assert _anniversaries("会议回顾了合作成果\n双方一致同意办好两国建交30周年纪念活动。") == [None]


def test_a_page_with_no_url_is_dated_by_its_pair_anniversary() -> None:
    text = "中国某省代表团访问越南\n11月3日,某省代表团抵达河内。团长表示,在两国纪念建交75周年之际,此访意义重大。"
    pub = infer_published(text=text, url="https://news.example.org/article/abcdef.html", meta=None)
    assert pub is not None and pub.date == "2025-11-03", pub


def test_an_anniversary_still_to_be_prepared_is_not_the_pages_year() -> None:  # ('举行好…纪念活动': ahead)
    text = ("越南与老挝加强合作\n6月8日,两国领导人举行会谈,回顾了2021年以来的合作成果。"
            "双方同意联合举行好两国建交60周年纪念活动。")
    assert _anniversaries(text) == ["2022"]  # the pair's anniversary is read (a 2022 vote if it were the page's year) ...
    pub = infer_published(text=text, url="https://news.example.org/article/abcdef.html", meta=None)
    # ... but does not vote: the page's year comes from '2021年以来' alone, a later year than the anniversary's
    # (2022-06-08 without the rule; 2023 and 2024 tie in the middle of the open years, the later is taken)
    assert pub is not None and pub.date == "2024-06-08" and "anniversary" not in pub.evidence, pub


# What follows a story's sign-off ('(完)', '(越通社-VNA)') is another story (a teaser the crawl kept
# without a heading): its years are not the page's.

_STORY = ("两省加强合作\n2019年5月6日,甲省与乙省领导在甲省举行会谈,双方回顾了近年来两省在农业、旅游和教育领域的合作成果,"
          "并就今后加强人员往来交换意见。双方同意继续办好两省边境贸易洽谈会。")


def test_a_teaser_after_the_sign_off_does_not_date_the_page() -> None:
    text = _STORY + "(完)\n2027年春节活动精彩在即\n2027年春节活动以和平与繁荣为主题。"
    pub = infer_published(text=text, url="https://news.example.org/article/abcdef.html", meta=None)
    assert pub is not None and pub.date == "2019-05-06", pub


def test_a_teaser_after_the_agency_sign_off_does_not_date_the_page() -> None:
    text = _STORY + "(越通社-VNA)\n2027年春节活动精彩在即\n2027年春节活动以和平与繁荣为主题。"
    pub = infer_published(text=text, url="https://news.example.org/article/abcdef.html", meta=None)
    assert pub is not None and pub.date == "2019-05-06", pub


def test_a_sign_off_at_the_top_does_not_cut_the_story_away() -> None:  # (a guard: only past the page's opening)
    text = "简讯:两省举行会谈。(完)\n" + _STORY.split("\n", 1)[1]
    pub = infer_published(text=text, url="https://news.example.org/article/abcdef.html", meta=None)
    assert pub is not None and pub.date == "2019-05-06", pub


def test_more_written_forms_of_one_post() -> None:
    from dipnet.timex.stage import _same_post
    assert _same_post("中国总理", "国务院总理")
    assert _same_post("某国驻中华人民共和国大使", "驻华大使")
    assert _same_post("科学技术部部长", "科技部部长")
    assert _same_post("国会办公厅主任", "国会秘书长")
    assert not _same_post("中国总理", "国务院副总理")  # (a guard: 副 stays apart)
