"""A speech or an address is one person's words (SPEC: a STATEMENT by a named official): people listed before the
speech word give one each, whatever they did together first (共同主持会议并致辞), in Simplified or Traditional script;
a joint word on the speech itself (共同致辞) or a joint press conference keeps one statement of them all. A leader's
yearly address (新年贺词, 国庆献词) is a speech."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国合作\n\n2025年03月05日 10:20\n\n"


def speakers(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="speech.txt")
    return sorted(e.participants for e in doc.events if e.type == "STATEMENT")


@pytest.mark.parametrize("sentence, who", [
    ("新华社河内6月3日电 外交部长王毅和越南外长黎怀忠3日共同主持会议并致辞。", ["王毅", "黎怀忠"]),
    ("（中央社記者李四台北8日電）外交部長林佳龍與帛琉總統惠普斯今天出席論壇並致詞。", ["林佳龙", "惠普斯"]),
    ("越通社河内——越南国家主席梁强与老挝国家主席通伦共同主持越老友好年开幕式并发表讲话。", ["梁强", "通伦·西苏里"]),
    ("新华社北京5月2日电 国务院总理李强和新加坡总理黄循财2日共同出席论坛并发表演讲。", ["李强", "黄循财"]),
])
def test_each_speaks(sentence: str, who: list[str]) -> None:
    assert speakers(sentence) == [[p] for p in sorted(who)]


@pytest.mark.parametrize("sentence", [
    "新华社河内6月3日电 外交部长王毅和越南外长黎怀忠3日在仪式上共同致辞。",
])
def test_a_joint_speech_is_one(sentence: str) -> None:
    assert [sorted(s) for s in speakers(sentence)] == [["王毅", "黎怀忠"]]


@pytest.mark.parametrize("sentence, who", [
    ("【联合早报讯】新加坡总理黄循财昨晚发表国庆献词，谈及国家未来。", "黄循财"),
    ("新华社北京12月31日电 国家主席习近平31日通过中央广播电视总台和互联网发表新年贺词。", "习近平"),
    ("（中央社記者陳六台北31日電）總統賴清德今天發表新年獻詞。", "赖清德"),
])
def test_a_yearly_address_is_a_speech(sentence: str, who: str) -> None:
    assert [who] in speakers(sentence)
