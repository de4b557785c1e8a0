"""A country's name inside a longer transliterated word (纽埃, Niue, in 埃马纽埃尔) does not cut a dotted
foreign name: the name runs to the title before it."""

from dipnet.pipeline import extract


def people(sentence: str) -> list[str]:
    doc = extract("两国合作\n\n越通社河内——2024年3月10日电 " + sentence + "\n", source="glued.txt")
    return sorted(e.name for e in doc.entities if e.type == "PERSON")


def test_a_country_inside_the_first_part_is_no_cut() -> None:
    assert people("法国驻岘港总领事埃马纽埃尔·杜布瓦出席招待会。") == ["埃马纽埃尔·杜布瓦"]


def test_a_country_inside_is_not_read_as_a_country() -> None:
    doc = extract("两国合作\n\n越通社河内——2024年3月10日电 法国大使埃马纽埃尔·杜布瓦出席招待会。\n", source="glued.txt")
    assert "纽埃" not in {e.name for e in doc.entities}


def test_a_country_before_the_name_still_ends_at_the_title() -> None:
    # the title ends the cut as before: the country before the title is the country
    assert people("新西兰驻越大使卡罗琳·贝雷斯福德出席招待会。") == ["卡罗琳·贝雷斯福德"]
