"""Words told to the press are a STATEMENT of their own, not the content of talks the speaker held that day (cf1,
issue 13; invented sentences): the reporters addressed may be qualified (对随行记者, 向某社记者), the outlet may stand
for them (对本报表示), and the sentence may frame the words as an answer to reporters' questions (回答…记者…的提问时)."""

from __future__ import annotations

from eventpage import of

TALKS = "甲国总理张明远在首都会见乙国外长李文华,两人讨论了双边合作。"


def _speaks(body: str, who: str) -> bool:
    return any(e.participants and e.participants[0] == who for e in of(body, "STATEMENT"))


def test_words_to_the_travelling_reporters_are_a_statement():
    # 对随行记者重申: the reporters qualified by who they are
    assert _speaks(TALKS + "在回国的专机上,张明远对随行记者重申,两国将扩大贸易往来。", "张明远")


def test_words_to_an_outlets_reporter_are_a_statement():
    # 向某社记者表示: the reporters qualified by their outlet
    assert _speaks(TALKS + "李文华向东方通讯社记者表示,两国将扩大贸易往来。", "李文华")


def test_words_to_this_paper_are_a_statement():
    # 对本报表示: the outlet reporting stands for its reporter
    assert _speaks(TALKS + "李文华对本报表示,两国将扩大贸易往来。", "李文华")


def test_an_answer_to_reporters_questions_is_a_statement():
    # 回答某社记者关于…的提问时,某某表示: the frame in a clause of its own before the speaker's
    assert _speaks(TALKS + "回答东方通讯社记者关于此访意义的提问时,李文华表示,两国将扩大贸易往来。", "李文华")
    # …and in the speaker's clause, with 回答记者 as the word found
    assert _speaks(TALKS + "李文华在回答记者提问时表示,两国将扩大贸易往来。", "李文华")


def test_words_said_in_the_talks_stay_their_content():
    # 会见时表示 / reported words after the talks with no press named: the MEET's (SPEC), unchanged
    assert not _speaks(TALKS + "会见时,李文华表示,两国将扩大贸易往来。", "李文华")
    assert not _speaks(TALKS + "李文华表示,两国将扩大贸易往来。", "李文华")
