"""A reporting verb inside words an earlier clause of the sentence reports (extract/finding/embedded.py, st10, issue 13):
a clause that names no person of its own goes on with the words reported (某发言人表示,我们注意到,某国总理领导的某党获胜,
某方对此表示祝贺; 某外长提到,…某组织成立…并表示; 某某致辞表示,…,并向遇难者表示哀悼) — the name inside them speaks not —
while a time frame told after the first verb closes the words (某智库指出,…工程后,外交部回应时称), and a clause naming
its own person speaks for itself. Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def speakers(body: str) -> list[str]:
    return [p for e in extract(HEAD + body, source="t.txt").events if e.type == "STATEMENT" for p in e.participants]


def test_a_leader_named_inside_a_spokespersons_words_speaks_not() -> None:
    body = ("外交部发言人毛宁10日主持例行记者会。毛宁表示,我们注意到,马来西亚总理安瓦尔领导的希望联盟在大选中"
            "获胜,中方对此表示祝贺。")
    got = speakers(body)
    assert not any("安瓦尔" in s for s in got), got
    assert any("毛宁" in s for s in got), got


def test_a_body_named_inside_a_ministers_words_speaks_not() -> None:
    body = "蒙古国外长巴特蒙赫10日在乌兰巴托发表讲话。巴特蒙赫外长提到,明年东盟成立60周年并表示蒙古国将加强与东盟的合作。"
    got = speakers(body)
    assert not any("东盟" in s for s in got), got


def test_a_time_frame_closes_the_words_reported() -> None:
    body = ("菲律宾一家智库近日指出,越南在南海扩大岛礁工程后,中国外交部周一回应相关提问时称,"
            "南沙群岛是中国的固有领土。")
    got = speakers(body)
    assert any("外交部" in s for s in got), got


def test_a_clause_naming_its_own_speaker_speaks() -> None:
    body = "外交部发言人毛宁10日表示,中方欢迎各方参与,马来西亚外长哈桑也表示,马方愿加强合作。"
    got = speakers(body)
    assert any("哈桑" in s for s in got), got
