"""People named right after a post that wire copy gives foreigners (美国外交官 + 某某, 人权事务专员 + 某某,
海事部总监 + 拿督 + 某某, 国家队教练 + 某某, 天主教神父 + 某某), and names that open with a surname the
lists lacked (欧 of Chinese names, 绪方 of Japanese ones): the post (kb titles.tsv) or the surname
(names.toml) is what lets the name be read."""

from __future__ import annotations

from dipnet.pipeline import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == "PERSON"}


def test_a_name_after_a_foreign_post_is_a_person():
    people = _people("双方举行会谈\n\n2026年3月4日，英国外交官韦斯顿试图探望天主教神父黎文康。\n"
                     "韩国女排国家队教练金振宇当天出席活动。\n"
                     "联合国人权事务专员施佩林(Marco Sperling)不久前访问了老挝。\n")
    assert {"韦斯顿", "黎文康", "金振宇", "施佩林"} <= people


def test_a_malay_honorific_after_a_director_post_opens_the_name():
    assert "莫哈末沙烈" in _people("海上执法\n\n2026年3月4日，槟城海事局总监拿督莫哈末沙烈透露，两艘渔船被扣留。\n")


def test_surnames_the_lists_lacked():
    people = _people("双方举行会谈\n\n2026年3月4日，外交部发言人欧明哲说，双方将加强合作。\n"
                     "日本共产党国际局局长绪方春夫出席会议。\n")
    assert {"欧明哲", "绪方春夫"} <= people
