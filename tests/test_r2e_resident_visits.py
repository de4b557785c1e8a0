"""An envoy resident in a land does not visit it (merging/residentvisits.py): 中国驻某国大使甲前往拜会…, 驻华大使甲接受
采访, 近年来台… read as 来台 for a 驻台代表. A visitor with no post in the land, or an envoy visiting a third land, keeps
the VISIT."""

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社吉隆坡3月9日电 "


def visits(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="resident.txt")
    return sorted(e.participants for e in doc.events if e.type == "VISIT")


def test_an_envoy_does_not_visit_the_land_of_the_post() -> None:
    got = visits("中国驻马来西亚大使欧阳玉靖8日抵达槟城访问,会见槟城首席部长曹观友。")
    assert not any("欧阳玉靖" in v for v in got)


def test_a_representative_by_the_one_character_of_the_land() -> None:
    got = visits("加拿大新任驻台代表何丽文近日到访台湾外交部,与外交部长吴志扬会晤。")
    assert not any("何丽文" in v for v in got)


def test_the_land_by_its_one_character() -> None:
    got = visits("驻华大使阮明武近日抵达北京访问,接受记者采访。")
    assert not any("阮明武" in v for v in got)


def test_a_visitor_without_a_post_keeps_the_visit() -> None:
    assert ["王毅", "马来西亚"] in visits("外交部长王毅8日访问马来西亚,与马来西亚外交部长哈桑举行会谈。")


def test_an_envoy_visiting_a_third_land_keeps_the_visit() -> None:
    got = visits("中国驻马来西亚大使欧阳玉靖8日访问新加坡,与新加坡外长维文举行会谈。")
    assert any("欧阳玉靖" in v and "新加坡" in v for v in got)
