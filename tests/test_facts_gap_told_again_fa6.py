"""Facts (fa6, stop 62): a first time in N years (N年来第一次/首次, 时隔N年) told again on the page is one
claim, the first telling's; where the first telling gives it to a land or a body and a later one to the
person who acts, the person holds it. Spans of other lengths stay claims of their own. Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract


def spans(text: str, value: float) -> list[str]:
    return [f.subject for f in extract(text, source="t.txt").facts if f.unit == "year" and f.value == value]


def test_a_first_time_told_twice_is_one_claim() -> None:
    text = ("议长访问巴西\n\n巴西利亚6月2日电 王议长在欢迎宴会上说:“这是中国立法机构负责人30年来首次访问巴西。”报道说,"
            "王刚是三十年来第一次到访巴西的中国国会领导人,巴方隆重接待。\n")
    assert len(spans(text, 30)) == 1


def test_the_person_who_acts_holds_the_one_claim() -> None:
    text = ("总理访印\n\n新德里11月5日电 结束访问印度的意大利总理罗西,上任6年来这次首度专程访印。\n\n"
            "评论指出,意大利总理罗西此次访印,是罗西上任6年来第一次专门前往南亚,而非顺访。\n")
    assert spans(text, 6) == ["罗西"]


def test_gaps_of_other_lengths_stay_apart() -> None:
    text = ("外长访问\n\n首尔8月28日电 这是韩国外长时隔8年首次对蒙古国进行正式访问。两国防长也将时隔5年再次会晤。\n")
    assert len(spans(text, 8)) == 1 and len(spans(text, 5)) == 1
