"""A counted set of instruments named by the two countries whose they are (越中边界管理的三个法律文件) is a named set
referred to, as a title names one instrument: an AGREEMENT of the pair (ev58; invented sentences, Simplified and
Traditional). A verb of carrying it out (落实, 遵守, 贯彻), its count, or a suggestion to carry it out does not turn
it down, and the one who suggests it is no party. A count of legal documents no pair names is none."""

from __future__ import annotations

import pytest

from eventpage import sides

PAIRED = [
    ("越中双方同意切实落实越中边界管理的三个法律文件。", ["中国", "越南"]),
    ("中越边界的三个法律文件为两国边境稳定奠定了基础。", ["中国", "越南"]),
    ("越方副部长建议中方严格执行越中边境口岸4项法律文件,维护边境稳定。", ["中国", "越南"]),
    ("中老双方同意继续贯彻执行中老边界管理的两个法律文件。", ["中国", "老挝"]),
    ("越柬两国同意落实好越柬陆地边界勘界立碑的两个法律文件。", ["柬埔寨", "越南"]),
    ("越中雙方同意切實落實越中邊界管理的三個法律文件。", ["中国", "越南"]),
    ("中老雙方同意繼續貫徹執行中老邊界管理的兩個法律文件。", ["中国", "老挝"]),
]


@pytest.mark.parametrize(("body", "pair"), PAIRED)
def test_a_set_named_by_its_pair_is_their_agreement(body: str, pair: list[str]) -> None:
    assert sides(body, "AGREEMENT") == [pair]


def test_a_suggested_set_has_the_pair_not_the_suggester() -> None:
    body = "越南外交部长裴青山在会见广西党委书记时建议双方执行好越中边界管理的3个法律文件。"
    assert ["中国", "越南"] in sides(body, "AGREEMENT")


@pytest.mark.parametrize("body", ["全国人大常委会审议了三个法律文件。", "越南国会通过多项法律文件。",
                                  "全國人大常委會審議了三個法律文件。"])
def test_a_count_no_pair_names_is_no_agreement(body: str) -> None:
    assert sides(body, "AGREEMENT") == []
