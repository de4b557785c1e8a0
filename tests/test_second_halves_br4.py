"""Second halves of two-part teaser headlines that open no teaser of their own, on invented pages
(issue 13, br4): one pointing back at the first half's parties, one ranking the first half's subject,
a speaker's words on the first half in a line of just the two pieces."""

from __future__ import annotations

from dipnet.headhalves import joined_halves
from dipnet.layout import load_layout
from dipnet.pipeline import extract

_STORY = ("智利与秘鲁签署渔业合作协定\n\n"
          "新华社利马4月7日电 智利渔业部长与秘鲁生产部长7日在利马签署渔业合作协定,双方同意共享渔业资源监测数据。(完) ")


def _headlines(text: str) -> list[str]:
    doc = extract(text, source="br4.txt")
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


def _joined(line: str) -> list[str]:
    layout = load_layout()
    spans, pos = [], 0
    for piece in line.split(" "):
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    halves = joined_halves(line, spans, layout)
    return [line[a:z] for a, z in halves]


def test_a_half_pointing_back_at_the_two_parties_joins_its_headline():
    text = _STORY + "相关新闻 乌拉圭总统会见巴拉圭外长 双方就区域贸易交换意见 玻利维亚外长抵达基多"
    assert _headlines(text) == ["乌拉圭总统会见巴拉圭外长 双方就区域贸易交换意见", "玻利维亚外长抵达基多"]


def test_a_half_ranking_the_subject_joins_its_headline():
    text = _STORY + "相关新闻 智利樱桃对华出口额超20亿美元 居拉美第一 厄瓜多尔总统会见哥伦比亚大使"
    assert _headlines(text) == ["智利樱桃对华出口额超20亿美元 居拉美第一", "厄瓜多尔总统会见哥伦比亚大使"]


def test_a_speakers_words_on_the_headline_join_it_in_a_line_of_two():
    assert _joined("巴西阿根廷关税谈判无果 外交部:部分条件无法接受") == ["巴西阿根廷关税谈判无果 外交部:部分条件无法接受"]


def test_quotes_and_residents_stay_teasers_of_their_own():
    # (two speakers' words; a quote in a longer row; a piece opening with 居民, no rank)
    assert _joined("外交部:欢迎对话 国防部:加强巡逻") == ["外交部:欢迎对话", "国防部:加强巡逻"]
    row = "智利总统会见秘鲁外长 外交部:两国关系稳定 乌拉圭举行大选"
    assert _joined(row) == row.split(" ")
    assert _joined("秘鲁首都举行地方选举 居民排队投票至深夜") == ["秘鲁首都举行地方选举", "居民排队投票至深夜"]
