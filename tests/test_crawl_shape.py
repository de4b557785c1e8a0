"""A page in the shape a crawler gives it reads as the clean page does (invented text)."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment

_CLEAN = ("甲国外长同乙国外长举行会谈\n\n"
          "新华社北京3月5日电 甲国外长张伟明5日在北京同来访的乙国外长李国华举行会谈,双方就深化两国经贸合作、"
          "加强人文交流以及共同关心的地区问题交换了意见,并签署了两国外交部磋商机制的谅解备忘录。\n\n"
          "张伟明表示,甲方愿同乙方一道落实两国领导人达成的重要共识,推动双边关系持续健康稳定发展,"
          "在联合国等多边框架内保持密切沟通协调,共同维护地区和平与稳定,为两国人民带来更多福祉。\n\n"
          "李国华说,乙方高度重视发展对甲关系,愿同甲方加强高层交往,拓展在贸易、投资、能源、农业等领域的务实合作,"
          "欢迎甲国企业赴乙国投资兴业,双方还就海上合作问题坦诚交换了看法,同意继续通过友好协商妥善处理分歧。")


def _text(raw: str) -> str:
    return normalize(Page(source="p.txt", text=raw)).text


def _wrapped(text: str, width: int) -> str:
    return "\n".join("\n".join(ln[k:k + width] for k in range(0, len(ln), width)) if ln else ln
                     for ln in text.split("\n"))


def test_a_hard_wrapped_page_reads_as_the_clean_page():
    doc = normalize(Page(source="w.txt", text=_wrapped(_CLEAN, 37)))
    assert doc.text == _text(_CLEAN)
    start = doc.text.index("李国华举行会谈")  # offsets still map the joined text back to the raw page
    assert doc.original_text(start, start + 7).replace("\n", "") == "李国华举行会谈"


def test_a_clean_page_with_a_few_lines_ending_mid_sentence_is_not_joined():
    raw = "两国签署合作文件\n\n图为签字仪式现场,新华社记者王明摄\n双方表示将继续加强合作。"
    assert "\n" in _text(raw).split("摄")[1][:1]


def test_zero_width_characters_soft_hyphens_and_bom_are_nothing():
    raw = "\ufeff张\u200b伟\u00ad明5\u2060日在北京同李\u200c国\u200d华举行会谈。"
    doc = normalize(Page(source="z.txt", text=raw))
    assert doc.text == "张伟明5日在北京同李国华举行会谈。"
    start = doc.text.index("李国华")
    assert doc.original_text(start, start + 3) == "李\u200c国\u200d华"


def test_html_entity_leftovers_are_decoded():
    raw = "&nbsp;&nbsp;张伟明说:&ldquo;合作共赢&rdquo;&amp;互利。&#8220;好&#8221; &unknownname;"
    assert _text(raw) == "张伟明说:“合作共赢”&互利。“好”&unknownname;"


def test_markdown_links_keep_their_text_and_bare_images_go():
    raw = "[甲国外长同乙国外长举行会谈](https://example.com/a/1.html)\n\n![](https://example.com/1.jpg)\n张伟明表示同意。"
    doc = normalize(Page(source="m.txt", text=raw))
    assert doc.text.startswith("甲国外长同乙国外长举行会谈\n") and "example" not in doc.text
    assert doc.original_text(0, 2) == "甲国"


def test_words_spaced_out_one_character_at_a_time_are_joined_but_menus_stay():
    assert _text("外 交 部 发 言 人 今 天 表 示。") == "外交部发言人今天表示。"
    assert _text("字号:大 中 小") == "字号:大 中 小"
    assert _text("(记者 张伟明 李国华)") == "(记者 张伟明 李国华)"


def test_site_furniture_above_the_headline_is_not_the_title():
    furniture = "当前位置：首页 > 国际频道 > 正文\n分享到：微信 微博 QQ空间\n字号：大 中 小\n打印本页 关闭窗口\n"
    doc = segment(normalize(Page(source="f.txt", text=furniture + _CLEAN)))
    assert doc.title == "甲国外长同乙国外长举行会谈"


def test_a_page_without_blank_lines_keeps_its_headings_and_captions_apart():
    # headings and a caption stop mid-sentence, but the paragraphs run far longer: not a wrapped page
    para = "甲国外长张伟明5日在北京同来访的乙国外长李国华举行会谈,双方就深化两国经贸合作交换了意见。" * 3
    raw = "\n".join(["发布时间:2024-03-05 10:20|来源:某某新闻网|编辑:王明华", "甲国外长同乙国外长举行会谈并签署多项合作文件",
                     para, "[焦点图]甲国外长同乙国外长举行会谈并签署多项合作文件", para,
                     "双方代表在会谈结束后共同出席了合作文件的签字仪式 记者 王明 摄", para])
    assert _text(raw).count("\n") == raw.count("\n")


def test_the_title_is_shown_without_invisible_characters_and_entity_leftovers():
    raw = "\ufeff&nbsp;甲國外長同\u200b乙國外長舉行&quot;會談&quot;\n\n" + _CLEAN.split("\n\n", 1)[1]
    assert segment(normalize(Page(source="t.txt", text=raw))).title == '甲國外長同乙國外長舉行"會談"'


def test_menus_above_the_headline_do_not_push_the_lead_out_of_the_page_date():
    from dipnet.pipeline import run_stages
    body = ("甲国外长同乙国外长举行会谈\n\n2024年3月5日上午,甲国外长张伟明在北京同来访的乙国外长李国华举行会谈。\n\n"
            "双方同意于3月20日至21日举行第二轮磋商。")
    menus = "首页 | 新闻 | 国际 | 财经\n当前位置:首页 > 国际频道 > 正文\n分享到:微信 微博 QQ空间\n字号:大 中 小\n打印本页 关闭窗口\n"
    clean = run_stages(normalize(Page(source="a.txt", text=body)))
    furnished = run_stages(normalize(Page(source="b.txt", text=menus + body)))
    assert clean.published is not None and furnished.published is not None
    assert (furnished.published.date, furnished.published.precision) == (clean.published.date, "day")


def test_a_page_littered_with_spaces_between_characters_reads_as_the_clean_page():
    littered = "".join(ch + (" " if k % 7 == 3 and "\u4e00" <= ch <= "\u9fff" else "") for k, ch in enumerate(_CLEAN))
    clean = _text(_CLEAN)
    assert littered != _CLEAN
    # the paragraphs read as the clean ones; the headline (no sentence in it) keeps its spaces
    # (the dateline's gap goes with the rest: "电 甲国" → "电甲国", as many outlets print it)
    assert _text(littered).split("\n\n")[1:] == clean.replace("电 ", "电").split("\n\n")[1:]
    doc = segment(normalize(Page(source="l.txt", text=littered)))
    assert [doc.text[s.start:s.end] for s in doc.segments if s.kind == "dateline"] == ["新华社北京3月5日电"]
    # a clean page's few spaces (names in a byline, headlines run into a line) stay
    raw = "(记者 张伟明 李国华)甲国外长5日在北京同乙国外长举行会谈,双方交换了意见。"
    assert _text(raw) == raw


def test_headlines_run_on_after_a_littered_story_keep_their_spaces():
    littered = "".join(ch + (" " if k % 7 == 3 and "\u4e00" <= ch <= "\u9fff" else "") for k, ch in enumerate(_CLEAN))
    text = _text(littered + "(完) 相关新闻 甲乙两国深化国防合作关系 推动甲乙经贸合作发展")
    assert text.endswith("相关新闻 甲乙两国深化国防合作关系 推动甲乙经贸合作发展")


def test_html_tag_leftovers_are_dropped_and_a_comparison_stays():
    raw = '<p style="text-indent:2em">甲国外长<strong>张伟明</strong>说</p>乙方<br/>同意。<P>A</P> 若 a<b 且 3 > 2'
    assert _text(raw) == "甲国外长张伟明说\n乙方\n同意。\nA\n若a<b且3 > 2"  # spaces by CJK go as always
    assert segment(normalize(Page(source="h.txt", text="<h1>甲国外长同乙国外长举行会谈</h1>\n" + _CLEAN.split("\n\n", 1)[1]))
                   ).title == "甲国外长同乙国外长举行会谈"


def test_wide_spaces_inside_sentences_go_and_elsewhere_stay():
    raw = "　　甲国外长张\u3000伟明5日在北京同乙国外长李\u00a0国华举行会谈,双方交\u3000换了意见。\n\n记者\u3000王明\n\n甲国\u3000乙国"
    assert _text(raw) == "甲国外长张伟明5日在北京同乙国外长李国华举行会谈,双方交换了意见。\n\n记者 王明\n\n甲国 乙国"
    # two are not a page justified with wide spaces
    assert _text("甲国外长张\u3000伟明同乙国外长李\u3000国华举行会谈。") == "甲国外长张 伟明同乙国外长李 国华举行会谈。"


_STORY = ("甲乙两国外长举行会谈,同意深化合作\n\n"
          "新华社北京3月5日电 甲国外长张伟明5日在北京同来访的乙国外长李国华举行会谈。\n\n"
          "张伟明表示,甲方愿同乙方一道落实两国领导人达成的重要共识。2023年两国双边贸易额达666亿美元,同比增长12%。\n\n"
          "李国华说,乙方高度重视发展对甲关系。双方还签署了两国外交部磋商机制的谅解备忘录。")


def _read(raw: str) -> tuple[str, list[tuple[object, ...]], list[tuple[object, ...]]]:
    from dipnet.pipeline import run_stages
    doc = run_stages(normalize(Page(source="s.txt", text=raw)))
    events = sorted((e.type, tuple(sorted(e.participants)), e.date) for e in doc.events)
    facts = sorted((f.subject, f.predicate, str(f.value), f.unit) for f in doc.facts)
    return doc.title, events, facts


def test_a_page_with_a_few_breaks_inside_sentences_reads_as_the_clean_page():
    broken = (_STORY.replace("同来访的乙国外长李国华举行", "同来访的\n乙国外长李国华\n举行")  # a link on its own line
              .replace("的重要共识", "的\n\n重要共识")  # an image stood there
              .replace("贸易额达666亿", "贸易额达666\n亿")  # a figure cut from its unit
              .replace("签署了两国", "签署了\n两国"))
    clean = _read(_STORY)
    assert clean[1] and clean[2]
    assert _read(broken)[:2] == clean[:2]
    assert {f[:3] for f in _read(broken)[2]} >= {f[:3] for f in clean[2] if "666" in f[2]}
    doc = normalize(Page(source="b.txt", text=broken))
    assert "同来访的乙国外长李国华举行会谈。" in doc.text and "签署了两国" in doc.text
    start = doc.text.index("乙国外长李国华举行")  # the joined sentence maps back to the raw page, breaks included
    assert doc.original_text(start, start + 9) == "乙国外长李国华\n举行"


def test_headlines_teasers_headings_and_captions_stay_lines_of_their_own():
    raw = ("甲乙两国外长举行会谈,同意深化合作\n"
           "新华社北京3月5日电 甲国外长张伟明5日在北京同乙国外长李国华举行会谈,双方就合作交换了意见。\n"
           "坚持合作共赢,推动共同发展\n"
           "双方同意加强在贸易、投资等领域的合作。\n"
           "图为会谈现场,新华社记者王明摄\n"
           "两国外长还共同会见了记者。双方同意:\n"
           "一是加强政治互信,深化战略沟通\n"
           "二是拓展务实合作\n"
           "相关新闻\n"
           "维护民族利益,提升国家地位\n"
           "乙国总统会见甲国外长张伟明\n"
           "2024-03-05 10:20 来源:某某新闻网")
    assert _text(raw) == raw.replace("10:20 来源", "10:20来源")
    # the same where paragraphs are parted by empty lines: a single break there is inside a paragraph,
    # but the headline above the first sentence, a teaser and a heading stand between empty lines
    parted = raw.replace("\n", "\n\n").replace("相关新闻\n\n", "相关新闻\n")
    assert _text(parted) == parted.replace("10:20 来源", "10:20来源")
    # a paragraph that lacks its full stop before an empty line is no sentence broken
    raw = "越通社河内——甲国外长张伟明3月5日对乙国进行正式访问\n\n3月6日,双方举行会谈。"
    assert _text(raw) == raw


def test_a_clause_left_open_runs_on_past_an_empty_line():
    assert _text("甲国外长张伟明5日同来访的\n\n乙国外长李国华举行会谈。") == "甲国外长张伟明5日同来访的乙国外长李国华举行会谈。"
    assert _text("甲国外长张伟明说,双方将“\n深化合作”。") == "甲国外长张伟明说,双方将“深化合作”。"
    assert _text("两国贸易额同比增长12%。去年贸易额达\n2.5亿美元。") == "两国贸易额同比增长12%。去年贸易额达2.5亿美元。"
    assert _text("双方同意:\n1.加强政治互信\n2.拓展务实合作") == "双方同意:\n1.加强政治互信\n2.拓展务实合作"


def test_where_paragraphs_are_parted_by_empty_lines_a_single_break_is_inside_one():
    raw = ("甲国外长会见乙国客人\n\n新华社北京3月5日电 甲国外长张伟明5日会见了乙国客人。\n\n"
           "张伟明表示,甲方愿\n同乙方一道\n落实共识。\n\n李国华说,乙方\n高度重视发展对甲关系。\n\n双方签署了合作文件。")
    assert _text(raw) == ("甲国外长会见乙国客人\n\n新华社北京3月5日电 甲国外长张伟明5日会见了乙国客人。\n\n"
                          "张伟明表示,甲方愿同乙方一道落实共识。\n\n李国华说,乙方高度重视发展对甲关系。\n\n双方签署了合作文件。")
    # the headline right above the lead stays; the lead's first words, with a comma, go on
    raw = raw.replace("甲国外长会见乙国客人\n\n新华社北京3月5日电 甲国外长张伟明5日", "甲国外长会见乙国客人\n3月5日,甲国外长张伟明\n")
    assert _text(raw).startswith("甲国外长会见乙国客人\n3月5日,甲国外长张伟明会见了乙国客人。\n\n")
    # on a page whose paragraphs follow one another line by line, a short line above the first sentence is a
    # heading; below it, a line with a comma that is no slogan's parallel clauses opens a paragraph (rb1)
    lined = raw.replace("\n\n", "\n")
    assert _text(lined) == ("甲国外长会见乙国客人\n3月5日,甲国外长张伟明\n会见了乙国客人。\n张伟明表示,甲方愿同乙方一道落实共识。\n"
                            "李国华说,乙方高度重视发展对甲关系。\n双方签署了合作文件。")
