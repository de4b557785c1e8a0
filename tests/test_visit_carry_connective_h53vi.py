"""A visit clause opened by a word of addition, exception or inclusion (也访问甲、乙; 除访问甲外; 其中包括对甲的
访问; 前趟是出访甲与乙) names no visitor: it goes on from the sentence's subject (h53-vi; cues.toml
visit_carry_connective). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def visits(sentence: str) -> list[list[str]]:
    doc = extract("题目\n\n越通社河内2024年3月2日电 " + sentence + "\n", source="t.txt")
    return sorted(list(e.participants) for e in doc.events if e.type == "VISIT")


@pytest.mark.parametrize(("sentence", "hosts"), [
    ("越南国家主席武文赏表示,此次出访除出席智利总统就职典礼,也访问秘鲁、阿根廷,成果丰硕。", ["秘鲁", "阿根廷"]),
    ("越南政府总理范明政本年第二次出访,除访问日本外,他还出席了多场论坛,前趟是出访法国与德国,成果丰硕。",
     ["日本", "法国", "德国"]),
    ("报道指出,两年来越南国会主席王廷惠主持了多项外事活动,其中包括对老挝的正式访问和多场线上会谈。", ["老挝"]),
])
def test_a_connective_opening_carries_the_visitor(sentence: str, hosts: list[str]) -> None:
    got = visits(sentence)
    assert sorted(h for p in got for h in p[1:]) == sorted(hosts), got
    assert all(p[0] in ("武文赏", "范明政", "王廷惠") for p in got), got


def test_another_verb_after_the_connective_carries_no_one() -> None:
    # (其中包括开通前往…的航线: the route opened is what is included, no one travels)
    assert visits("越南外交部发言人黎氏秋姮就中方近期一系列活动,其中包括开通前往黄沙群岛的航线等答记者问。") == []
