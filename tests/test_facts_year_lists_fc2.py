"""Facts (fc2, issue 13): years listed before 分别 go to the figures in order, as parties do
('2022年和2023年,越南吸引外资分别达到278亿美元和366亿美元': 2022 and 2023), where the sentence tells as
many figures of the unit as it lists years. Invented sentences (VNA, Xinhua, CNA, Zaobao registers)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def years(lead: str, sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + lead + sentence + "\n", source="t.txt")
    return [(f.value, (f.as_of or "")[:4]) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("lead", "sentence", "expected"), [
    ("越通社河内2024年3月5日电——", "2022年和2023年,越南吸引外资分别达到278亿美元和366亿美元。",
     [(27800000000, "2022"), (36600000000, "2023")]),
    ("新华社北京2024年3月5日电 ", "2021年、2022年和2023年,中老贸易额分别为43亿美元、56亿美元和70亿美元。",
     [(4300000000, "2021"), (5600000000, "2022"), (7000000000, "2023")]),
    ("（中央社記者王大明台北2024年3月5日電）", "2022、2023年臺越貿易額分別為250億美元和230億美元。",
     [(25000000000, "2022"), (23000000000, "2023")]),
    ("越通社河内2024年3月5日电——", "2020年和2021年,越南分别接待国际游客380万人次和16万人次。",
     [(3800000, "2020"), (160000, "2021")]),
])
def test_listed_years_go_to_the_figures_in_order(lead: str, sentence: str, expected: list[tuple[float, str]]) -> None:
    assert years(lead, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "2022年和2023年,两国贸易额分别为150亿美元。",  # one figure for two years: no list of times
    "2023年,越南和老挝分别吸引外资366亿美元和10亿美元。",  # one year, two parties
])
def test_no_list_of_years_no_handing_out(sentence: str) -> None:
    assert all(y == "2023" for _, y in years("越通社河内2024年3月5日电——", sentence))
