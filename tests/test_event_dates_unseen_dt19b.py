"""A report stamp in brackets on unseen pages, helper dt19 (invented sentences; issue 13): 【某报…9日报导】 stamps the
report like a dispatch line, so the story's day is the one its lead tells its news on (…8日上午…举行), and the
later paragraphs with no day of their own take that day, not the stamp's."""

from __future__ import annotations

from dipnet.pipeline import extract


def test_a_bracketed_report_stamp_is_not_the_storys_day() -> None:
    text = ("大使转赠物资予甲国\n\n2031/05/09 10:20\n\n【东方时报5月9日报导】(中央社台北9日电)中华民国驻甲国大使王五8日上午在甲国"
            "总统府举行捐赠仪式,将一批医疗物资交予甲国政府。\n\n甲国总统赵六致词时表示,感谢中华民国长期以来的协助。\n")
    doc = extract(text, source="t.txt")
    said = [e for e in doc.events if e.type == "STATEMENT" and "赵六" in e.participants]
    assert said and all(e.date == "2031-05-08" for e in said), [(e.participants, e.date) for e in said]
