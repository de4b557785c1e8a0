"""A congratulation or thanks posted on a platform to a party named after the verb is a MESSAGE of the author to that
party (tw2, issue 13): 在脸书发文,祝贺某某…, 透过社群媒体恭贺某某…, 通过推特向某国表示感谢. The one who posts is the
subject named before the platform. The post stays its author's statement too (official dev2: a condolence posted on
Facebook is both a MESSAGE and the poster's STATEMENT; ev63). Words of a quote (在推特上发文表示,「…感谢…」) and a congratulation with no platform stay as they were. Sentences invented."""

import pytest

from dipnet.pipeline import extract


def events(body: str) -> list[tuple[str, list[str]]]:
    doc = extract("消息\n\n新华社雅加达3月5日电 " + body + "\n", source="posted.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("body, sender, recipient", [
    ("澳大利亚总理阿尔巴尼斯4日在脸书发文,祝贺新西兰总理拉克森就职,期待两国加强合作。", "阿尔巴尼斯", "拉克森"),
    ("印尼总统佐科4日透过社群媒体恭贺马来西亚总理安瓦尔就任,期待两国关系更上一层楼。", "佐科", "安瓦尔"),
    ("塞尔维亚总统武契奇4日晚通过推特向日本表示感谢。", "武契奇", "日本"),
])
def test_a_posted_congratulation_is_a_message(body: str, sender: str, recipient: str) -> None:
    got = events(body)
    messages = [p for t, p in got if t == "MESSAGE"]
    assert any(p and sender in p[0] and any(recipient in n for n in p) for p in messages), got


def test_thanks_inside_a_quoted_post_is_no_message() -> None:
    got = events("马来西亚外长赛夫丁4日在推特上发文表示,「我们前往的地方没有受到地震影响,感谢各方关心。」")
    assert not any(t == "MESSAGE" for t, _ in got), got
