"""An instrument a pointing word names back (这项协议, 在这项…谅解备忘录下, 这包括…条约和协议) with no act on it is the
instrument told before on the page: one AGREEMENT, whatever day or mood the retelling's sentence lends it (ex3,
issue 13: extras on fp42, fp60, fp65; official dev2 n24 该联合声明 is one with the statement told before it). A
retelling that tells its own signing (这项协定最早在2010年签署) stays an event of its own. Invented sentences."""

from dipnet.pipeline import extract


def agreements(text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = extract(text, source="pointed.txt")
    return [(e.status, e.date, sorted(e.participants)) for e in doc.events if e.type == "AGREEMENT"]


def test_pointer_with_name_after_a_planned_signing() -> None:
    got = agreements("经贸合作\n\n本报讯 马来西亚部长表示,马来西亚与中国将于明天签署一份融资框架谅解备忘录。"
                     "他提到,在这项融资框架谅解备忘录下,马方将获得大笔低息贷款。\n")
    assert got == [("planned", None, ["中国", "马来西亚"])]


def test_what_the_package_includes() -> None:
    got = agreements("总统访问\n\n本报莫斯科1月20日电 俄罗斯和印度在总统出访之前拟定了一揽子双边文件,计划在会谈之后签署。"
                     "总统助理说,这包括政府间的和商业性的条约和协议。\n")
    assert [g[0] for g in got] == ["planned"]


def test_retelling_keeps_the_signing_year() -> None:
    got = agreements("渔业纠纷再起\n\n本报曼谷6月3日电 泰国与柬埔寨在2019年达成协议,以期解决两国渔民的纠纷。"
                     "今年5月柬埔寨新政府上台后,这项协议仍遭质疑。\n")
    assert got == [("occurred", "2019", ["柬埔寨", "泰国"])]


def test_pointed_instrument_with_its_own_signing_stays() -> None:
    got = agreements("防务合作\n\n本报讯 泰国与柬埔寨在2020年签署了加强版《边境合作协定》。这项协定最早在2010年签署,深化了两国边境合作。\n")
    assert sorted(g[1] or "" for g in got) == ["2010", "2020"]
