"""A people's exchange held under a quoted name of its own is a CONFERENCE of those who hold it (r3b, stop 57): the
holders named outside the quotes, else the two lands 双方 stands for, else the pair a compound in the quotes names;
the names inside the quotes only name the gathering. 活动 with no quoted name is none."""

from eventpage import sides

HEAD = "测试新闻\n\n越通社河内——2024年5月10日电 越南与老挝关系发展良好。"


def gatherings(body: str) -> list[list[str]]:
    return sides(body + "\n", "CONFERENCE", HEAD)


def test_the_holders_outside_the_quotes_hold_it() -> None:
    got = gatherings("5月9日,越南友好组织联合会与老挝驻越南大使馆在河内联合举办“越南—老挝青年友好交流”活动。")
    assert got == [["老挝驻越南大使馆", "越南友好组织联合会"]]


def test_both_sides_hold_a_series_with_a_quoted_item() -> None:
    got = gatherings("在人文交流方面,双方开展了“友谊之路”、青年联欢等一系列丰富多彩的活动。")
    assert got == [["老挝", "越南"]]


def test_a_pair_compound_in_the_quotes_names_the_lands() -> None:
    got = gatherings("5月8日,“春节游园会暨越老边民大联欢”等一系列民俗交流活动在某边境口岸举办。")
    assert got == [["老挝", "越南"]]


def test_a_person_inside_the_name_is_no_party() -> None:
    got = gatherings("此外,双方于2023年4月成功举行“沿着凯山·丰威汉足迹的红色之旅”活动。")
    assert all("凯山·丰威汉" not in g for g in got) and got == [["老挝", "越南"]]


def test_activities_without_a_quoted_name_are_none() -> None:
    assert gatherings("两国将举行一系列庆祝活动。越南外交部长出席纪念活动。") == []


def test_the_activities_of_a_themed_year_are_no_one_gathering() -> None:
    assert gatherings("根据该方案,“2024年越老友好交流年”的各项活动将隆重举行。") == []


def test_a_border_residents_gathering_is_people_to_people() -> None:
    from eventpage import of
    got = of("5月8日,“春节游园会暨越老边民大联欢”等一系列民俗交流活动在某边境口岸举办。\n", "CONFERENCE", HEAD)
    assert [e.channel for e in got] == ["people"]
