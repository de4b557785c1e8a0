"""Facts (fc1, issue 13): a sum told again later in the page (the lead's figures repeated in the body) is one
claim, and so is the rate told with it (同比增长9.5%), even where the second telling names the holder
otherwise; a new rate told with the retold sum stays a claim. Invented pages."""

from __future__ import annotations

from dipnet.pipeline import extract

LEAD = ("东盟经贸\n\n新华社北京2016年7月20日电 商务部官员在介绍中国—东盟经贸合作情况时表示,今年1-6月,"
        "双边贸易额为3300.5亿美元,同比增长9.5%。\n")


def rates(page: str) -> list[float]:
    return sorted(f.value for f in extract(page, source="t.txt").facts if f.unit == "percent")  # type: ignore[misc]


def test_the_rate_told_again_with_its_sum_is_one_claim() -> None:
    page = LEAD + "该官员说,2005年,中国与东盟贸易额为1300亿美元;到了2015年,双边贸易额已达4700亿美元。今年1-6月,双边贸易额为3300.5亿美元,同比增长9.5%。\n"
    assert rates(page) == [9.5]


def test_a_new_rate_with_the_retold_sum_stays() -> None:
    page = LEAD + "该官员说,今年1-6月,双边贸易额为3300.5亿美元,占中国外贸总额的15.2%。\n"
    assert rates(page) == [9.5, 15.2]


def test_the_headlines_rate_told_in_the_lead_and_again_in_the_body_is_one_claim() -> None:
    page = ("上半年中国东盟贸易额同比增长9.5%\n\n新华社北京2016年7月20日电 商务部官员在介绍中国—东盟经贸合作情况时表示,"
            "今年1-6月,双边贸易额为3300.5亿美元,同比增长9.5%。\n"
            "该官员说,2005年,中国与东盟贸易额为1300亿美元;到了2015年,双边贸易额已达4700亿美元。"
            "今年1-6月,双边贸易额为3300.5亿美元,同比增长9.5%。\n")
    assert rates(page) == [9.5]
