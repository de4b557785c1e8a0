"""A lone sender's message whose recipient is named only in the occasion before it (值此某国国庆之际,甲致电祝贺 /
乙当选…后,甲致电祝贺 / 获悉某国发生洪灾后,甲致电慰问): the one or the country the occasion names is addressed.
Before, the message had one side only and was dropped."""

import pytest

from eventpage import sides as sides_of

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def messages(sentence: str) -> list[list[str]]:
    return sides_of(sentence + "\n", "MESSAGE", HEAD)


@pytest.mark.parametrize("sentence, sides", [
    ("值此老挝国庆50周年之际,越南国家主席梁强致电祝贺。", ["梁强", "老挝"]),
    ("值此老撾國慶50周年之際,越南國家主席梁強致電祝賀。", ["梁强", "老挝"]),
    ("值此老挝国庆50周年之际,越南国家主席梁强3月4日致贺电。", ["梁强", "老挝"]),
    ("值此老挝国庆50周年之际,越南国家主席梁强和政府总理范明政致电祝贺。", ["梁强", "老挝", "范明政"]),
    ("获悉老挝发生严重洪灾后,越南国家主席梁强致电慰问。", ["梁强", "老挝"]),
    ("老挝国庆时,越南国家主席梁强致电祝贺。", ["梁强", "老挝"]),
    ("通伦当选老挝国家主席后,越南国家主席梁强致电祝贺。", ["梁强", "通伦·西苏里"]),
    ("在泰国国王玛哈·哇集拉隆功2019年加冕时,国家主席习近平均致电祝贺。", ["习近平", "玛哈·哇集拉隆功"]),
])
def test_the_occasion_names_the_one_addressed(sentence: str, sides: list[str]) -> None:
    assert messages(sentence) == [sides]


def test_the_senders_own_country_is_not_addressed() -> None:
    # 值此越老建交…之际: both lands are named; the Vietnamese sender writes to Laos
    assert messages("值此越南与老挝建交60周年之际,越南国家主席梁强致电祝贺。") == [["梁强", "老挝"]]


def test_a_named_recipient_still_wins() -> None:
    assert messages("值此老挝国庆50周年之际,越南国家主席梁强致电老挝国家主席通伦表示祝贺。") == [["梁强", "通伦·西苏里"]]
