"""A site's name alone on its own line is its masthead, an organization (SPEC: the outlet's masthead names the
outlet): a name ending in 网, 融媒 or 在线 that fills its line. A section's label (相关新闻) is none, a line whose
end is a known name (关注新华网) stays that name, and a place opening the masthead stays an entity of the
page. Sentences and names invented (en5)."""

from __future__ import annotations

from dipnet.pipeline import extract

_PAGE = ("两国领导人举行会谈\n枫叶华侨网\n当前位置:首页 > 新闻 > 国际\n\n两国领导人在北京举行会谈。\n\n"
         "相关新闻\n关注新华网\n青山融媒\n")


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract(text).entities}


def test_site_name_alone_on_its_line_is_the_outlet():
    ents = _entities(_PAGE)
    assert ("ORG", "枫叶华侨网") in ents
    assert ("ORG", "青山融媒") in ents


def test_a_known_name_ending_the_line_stays_and_labels_name_no_outlet():
    ents = _entities(_PAGE)
    assert ("ORG", "新华网") in ents and ("ORG", "关注新华网") not in ents
    assert not any(name == "相关新闻" for _, name in ents)


def test_a_place_opening_the_masthead_stays():
    ents = _entities("两国外长会谈\n加拿大华文网\n\n两国外长在渥太华举行会谈。\n")
    assert ("ORG", "加拿大华文网") in ents
    assert ("COUNTRY", "加拿大") in ents


def test_a_site_named_inside_a_sentence_is_left_to_the_other_readers():
    ents = _entities("两国外长会谈\n\n据枫叶华侨网报道,两国外长举行会谈。\n")
    assert ("ORG", "据枫叶华侨网报道") not in ents
