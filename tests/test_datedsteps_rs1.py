"""A history told as steps, each with its own year (rs1, issue 13): several triggers of one type in one clause, each
after a date of its own (从A年甲协定到B年乙条约, 继A年升级为…、B年提升至…后), are one event each, dated by their own
year; the verbs of such a history 升至 and 定位为 (with a level after) are relation words. Triggers without a date of
their own each (提升为…并发表关于建立…的联合声明; 签署了A年至B年…计划) stay one event. A running total of instruments
since a time (迄今…;共签署N份…协定) is a figure, no signing; one occasion's total (访问期间,双方共签署N份…) is a signing.
Sentences invented."""

from dipnet.pipeline import extract


def events(text: str, kind: str) -> list[tuple[str | None, list[str]]]:
    doc = extract("消息\n\n新华社北京2024年6月5日电 " + text + "\n", source="steps.txt")
    return sorted(((e.date, e.participants) for e in doc.events if e.type == kind), key=lambda x: str(x[0]))


def test_instruments_from_one_year_to_another_are_one_signing_each() -> None:
    got = events("柬埔寨外交部回顾说,从1963年金边协议到1991年巴黎和平协定,外交成果接连不断。", "AGREEMENT")
    assert [d for d, _ in got] == ["1963", "1991"], got


def test_upgrades_listed_with_their_years_are_one_change_each() -> None:
    got = events("老挝与泰国关系不断发展。继2011年升级为全面伙伴、2019年提升至战略伙伴后,2024年5月,"
                 "两国正式建立了全面战略伙伴关系。", "RELATION_CHANGE")
    assert [d for d, _ in got] == ["2011", "2019", "2024-05"], got
    assert all({"老挝", "泰国"} <= set(p) for _, p in got), got


def test_the_verbs_of_a_relation_history_step_by_step() -> None:
    got = events("中国与蒙古关系的定位不断提升,1999年定位为“睦邻互信伙伴关系”,2011年升至“战略伙伴关系”。",
                 "RELATION_CHANGE")
    assert [d for d, _ in got] == ["1999", "2011"], got


def test_one_upgrade_told_with_its_statement_stays_one() -> None:
    got = events("2024年6月4日,老挝与泰国将两国关系提升为全面战略伙伴关系并发表关于建立全面战略伙伴关系的联合声明。",
                 "RELATION_CHANGE")
    assert len(got) == 1, got


def test_a_span_of_years_naming_a_plan_is_no_step() -> None:
    got = events("6月4日,老挝与泰国签署了2025年至2027年合作计划和一份谅解备忘录。", "AGREEMENT")
    assert len(got) == 1 and got[0][0] != "2025", got


def test_the_one_whose_step_it_is_stays_with_it() -> None:
    got = events("2024年6月4日,老挝总理于2015年访问泰国、泰国总理巴育于2018年访问老挝。", "VISIT")
    assert ("2018", ["巴育", "老挝"]) in got or any(d == "2018" and "巴育" in p for d, p in got), got


def test_a_running_total_of_instruments_is_no_signing() -> None:
    got = events("迄今,柬埔寨已与160个国家建立外交关系;共签署9份自由贸易协定;加入了40个国际组织。", "AGREEMENT")
    assert got == [], got


def test_one_occasions_total_is_a_signing() -> None:
    got = events("6月4日,老挝总理访问泰国期间,双方共签署8份合作文件。", "AGREEMENT")
    assert len(got) == 1, got
