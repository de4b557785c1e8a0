"""Recognize stage: mentions of people, countries, organizations and places, linked to entities,
with the roles the page states."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.layout import load_layout
from dipnet.model import Document, Mention
from dipnet.platforms import no_follow_rows, story_platforms
from dipnet.recognize.abbrevs import add_bracket_abbreviations
from dipnet.recognize.addressed import add_addressed_gatherings
from dipnet.recognize.appointed import add_appointed_people
from dipnet.recognize.caucuses import caucus_bodies
from dipnet.recognize.credits import add_credit_names, add_credit_roles
from dipnet.recognize.fieldlists import add_field_lists
from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.generic import drop_generic_bodies
from dipnet.recognize.givenrefs import given_name_refs
from dipnet.recognize.headbodies import add_head_bodies
from dipnet.recognize.headoffices import add_head_offices
from dipnet.recognize.institutions import name_schools_bare
from dipnet.recognize.leadingnames import merge_leading_names
from dipnet.recognize.link import link, merge_perspectives, merge_tails
from dipnet.recognize.listed import add_listed_people
from dipnet.recognize.mastlines import add_masthead_lines
from dipnet.recognize.mentions import find_mentions
from dipnet.recognize.missionforms import merge_missions
from dipnet.recognize.nested import add_nested_names
from dipnet.recognize.partnames import add_part_names, add_surname_titles
from dipnet.recognize.partyforms import add_party_forms
from dipnet.recognize.postbodies import add_post_bodies
from dipnet.recognize.properbodies import add_proper_bodies
from dipnet.recognize.quoted import add_quoted_bodies
from dipnet.recognize.regionpairs import region_pairs
from dipnet.recognize.repeat import add_repeated_names
from dipnet.recognize.resolve import resolve_bare_titles
from dipnet.recognize.seats import place_head_seats, place_seats
from dipnet.recognize.sessionbodies import add_session_bodies
from dipnet.recognize.shortforms import rebind_short_forms
from dipnet.recognize.stateforms import state_forms

__all__ = ["recognize", "resolve_bare_titles"]


def recognize(doc: Document) -> Document:
    """Adds `mentions`, `entities` and `roles`."""
    gaz = gazetteer()
    found = find_mentions(doc, gaz)
    # a site notice (browser advice, an age gate) is not part of the page: no entities there (SPEC);
    # other furniture lines keep theirs (the outlet's masthead names the outlet)
    markers = load_layout().notice_markers
    furniture = [(s.start, s.end) for s in doc.segments_of("boilerplate")
                 if any(k in doc.text[s.start:s.end] for k in markers)]
    if furniture:
        # (the furniture test first: most mentions stand outside it, and their entry is not looked up)
        found.mentions = [m for m in found.mentions if not any(s <= m.start and m.end <= e for s, e in furniture)
                          or _credited_outlet(m, gaz.kb)]
    found.mentions = story_platforms(doc.text, found.mentions, load_layout())  # (not a share bar's 微博 微信)
    found.mentions = no_follow_rows(doc.text, found.mentions, load_layout(),  # (nor a follow link's: "某某局 Facebook")
                                    [(s.start, s.end) for s in doc.segments_of("title")])
    found.mentions = state_forms(doc.text, region_pairs(doc.text, found.mentions, gaz.kb), gaz.kb)
    found.mentions = caucus_bodies(doc.text, given_name_refs(doc.text, found.mentions, gaz.kb))
    rebind_short_forms(found.mentions, gaz.kb)
    link(doc, found, gaz.kb)
    drop_generic_bodies(doc)
    add_credit_names(doc)
    add_masthead_lines(doc)  # (某国华人网 alone on its line: the outlet's masthead)
    add_credit_roles(doc, gaz.kb)
    add_appointed_people(doc, gaz.kb)
    add_post_bodies(doc, gaz.kb)
    add_head_bodies(doc, gaz.kb)  # (经济财政司 + 司长: the post repeats the body's last character)
    add_proper_bodies(doc)  # (某某 + 对话会: a forum's word after proper words the KB lacks)
    add_session_bodies(doc)  # (某某委员会 + 会议: a body's name before its session's word, cf6)
    add_head_offices(doc, gaz.kb, found.sender)
    add_listed_people(doc)
    add_credit_roles(doc, gaz.kb)  # again: a credit's later names are read as a list (记者黄某、苏某／台北报导)
    add_quoted_bodies(doc)
    add_addressed_gatherings(doc)  # (向第三届某某博览会致贺信: the gathering the letter is sent to)
    add_field_lists(doc, gaz.kb)
    add_repeated_names(doc)
    add_bracket_abbreviations(doc)  # (泰国投资促进委员会（投促会）…投促会: the short name defined once)
    add_part_names(doc)
    add_surname_titles(doc)
    merge_leading_names(doc)  # (阿比·艾哈迈德 … 阿比·艾哈迈德·阿里: one person)
    add_nested_names(doc, gaz.kb)
    merge_perspectives(doc, gaz.kb)
    merge_tails(doc, gaz.kb)
    merge_missions(doc, gaz.kb)
    name_schools_bare(doc, gaz.kb)
    place_seats(doc)  # (在五角大楼接待: the building, a place; 五角大楼发布: the ministry)
    place_head_seats(doc, gaz.kb)  # (在总理府会见, 抵达马国首相官邸: the head's seat, a place)
    add_party_forms(doc, gaz.kb)  # (越南党、国家和人民: the ruling party, an entity beside the country)
    return doc



def _credited_outlet(m: Mention, kb: KnowledgeBase) -> bool:
    """A known news outlet, which a notice line names only as the holder of a photo's or a story's
    rights (© 法新社 2023 / 某某, [Copyright 时事社]): a credit, whose outlet is an entity (SPEC: credits
    name entities), where the rest of a notice names none."""
    entry = kb.entries.get(m.kb_id) if m.kb_id else None
    return entry is not None and entry.type == "ORG" and entry.sector == "media"
