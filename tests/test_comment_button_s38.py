"""说两句 under a page's source line is its comment button (来源:某网 说两句 分享到), no one speaking; a person who
说 stays a speaker."""

from dipnet.pipeline import extract


def statements(stamp: str) -> list[list[str]]:
    # the source line opens the page, the article right under it
    doc = extract(stamp + "\n3月5日,外交部组织外国驻华使节参观。\n", source="button.txt")
    return [e.participants for e in doc.events if e.type == "STATEMENT"]


def test_the_comment_button_is_no_statement() -> None:
    assert statements("2025-03-05 10:20:00 来源:国防部网 说两句 分享到:") == []
    assert statements("2025-03-05 10:20:00 來源:國防部網 說兩句 分享到:") == []


def test_a_speaker_stays() -> None:
    doc = extract("越老国防合作\n\n越通社河内——越南国防部长潘文江说,两国军队合作不断深化。\n", source="button.txt")
    assert [e.participants for e in doc.events if e.type == "STATEMENT"] == [["潘文江"]]
