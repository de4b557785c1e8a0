"""Find every mention on a page, with its span: knowledge-base names, bare body words, country
short forms and their compounds, people by rule, and organizations and places by their suffixes. What is
asked of the KB and the rules once is kbviews.py's; the readings of governments are governments.py's."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from dipnet import rx
from dipnet.model import Coverage, Document, Mention, SpanIndex, in_order
from dipnet.recognize.branches import branch_bodies
from dipnet.recognize.cityforms import bind_city_forms
from dipnet.recognize.compounds import compounds, joint_bodies, short_index
from dipnet.recognize.dotted import is_dotted
from dipnet.recognize.fieldbodies import field_bodies
from dipnet.recognize.foreignalias import foreign_led_aliases
from dipnet.recognize.gazetteer import Gazetteer, gazetteer
from dipnet.recognize.governments import AS_COUNTRY, government_as_country, own_country_bodies, own_government
from dipnet.recognize.kbviews import body_words, home_country, pick_entry, post_words, read_words
from dipnet.recognize.kinds import (
    dotted_kind,
    drop_local_branches,
    drop_peoples,
    holds_post,
    place_led_local_bodies,
    places_after_posts,
    shorts_after_posts,
    title_overlaps,
    titled_countries,
)
from dipnet.recognize.knownchains import bind_known_chains, without_unknown_heads
from dipnet.recognize.lastparts import last_part_repeats, names_after_crossings, opened_across, uncrossed
from dipnet.recognize.latinoutlets import latin_outlets
from dipnet.recognize.lexicon import NameRules, Words, name_rules
from dipnet.recognize.listedplaces import listed_provinces
from dipnet.recognize.locallists import listed_local_bodies
from dipnet.recognize.mastheads import mastheads
from dipnet.recognize.namereads import _LATIN_NAME, DELIMS, NameHit, TitleHit
from dipnet.recognize.namerepeats import with_repeats
from dipnet.recognize.national import formal_country_bodies, national_bodies
from dipnet.recognize.organizers import organizer_bodies
from dipnet.recognize.outlets import outlet_of
from dipnet.recognize.owners import bare_bodies, we_words
from dipnet.recognize.partnered import partner_pairs
from dipnet.recognize.people import find_people
from dipnet.recognize.placedvenues import without_bare_bases
from dipnet.recognize.placelists import listed_places
from dipnet.recognize.places import companies, credited_outlets, periodicals, places, reported_outlets, ships
from dipnet.recognize.scan import find_all, found_words
from dipnet.recognize.suffixed import suffix_names
from dipnet.recognize.titles import places_inside_titles, prefer_posts, titles_past_countries
from dipnet.recognize.units import numbered_units
from dipnet.recognize.venues import venue_led_bodies

# the words that end a company's name
_COMPANY_WORDS = ("公司", "集团")
_CLOSING_QUOTES = "”」』’"
# "our" before a mission (我 + 驻日本使馆: the writer's country's embassy)
_WE_CHAR = "我"
_NUMBERED_UNIT = rx.compile(r"(?<![\d.])\d{2,3}号?(?=军)|(?<![\d.])\d{2,3}号")  # (a skip set: rx)


@dataclass
class Found:
    """What recognition found on a page: its mentions, and the people with their stated titles."""

    mentions: list[Mention] = field(default_factory=list)
    people: list[NameHit] = field(default_factory=list)
    home: str | None = None  # the country the page is written from, for bare body words
    sender: str | None = None  # the outlet's country where known, else `home` (a bare 驻X使馆 is its)


def find_mentions(doc: Document, gaz: Gazetteer | None = None, rules: NameRules | None = None) -> Found:
    gaz, rules = gaz or gazetteer(), rules or name_rules()
    kb, text = gaz.kb, doc.text
    mentions = [Mention(s, e, text[s:e], typ, kb_id=pid)
                for s, e, ids in gaz.find_names(text) for pid, typ in (pick_entry(kb, ids),)]
    # a known name inside a plain word is none (边和 Biên Hòa in 双边和多边)
    plain = SpanIndex((k, k + len(w)) for w, at in found_words(text, rules.short_form_words + rules.name_blocking_words)
                      for k in at)
    mentions = [m for m in mentions if not plain.holds(m.start, m.end)]
    # a known place's name sharing characters with a plain word that runs past it is none (沿海 + 地区:
    # no 海地; 友谊 + 关系: no 友谊关)
    words = read_words(rules)
    crossing = words.get("place_crossing_words", ())
    breakers, opening = words.get("place_crossing_breakers", ()), words.get("place_crossing_openers", ())
    kept = opened_across(text, uncrossed(text, mentions, crossing if isinstance(crossing, tuple) else (),
                                         breakers=breakers if isinstance(breakers, tuple) else ()), opening)
    # ...and the name after the word is read again from the word's end (抵达 + 卡塔尔, not 抵 + 达卡)
    mentions = kept + [Mention(s, e, text[s:e], typ, kb_id=pid) for s, e, ids in
                       names_after_crossings(text, gaz.find_names, mentions, kept, crossing, opening)
                       for pid, typ in (pick_entry(kb, ids),)]
    # ...and so is a known two-character short name of a body or person a plain word crosses (中共 + 共用)
    short = words.get("short_name_crossing_words", ())
    mentions = uncrossed(text, mentions, short if isinstance(short, tuple) else (), ("ORG", "PERSON"), 2)
    # a known person's name opening on the last character of a plain word is none (感谢 + 辛苦)
    closing = words.get("surname_closed_words", ())
    word_ends = {k + len(w) for w, at in found_words(text, closing) for k in at}
    mentions = [m for m in mentions if m.type != "PERSON" or m.start + 1 not in word_ends]
    mentions = drop_local_branches(text, drop_peoples(text, mentions, rules), kb, rules)
    mentions = national_bodies(text, kb, mentions, str(words.get("national_word", "")))
    mentions = formal_country_bodies(text, kb, mentions, tuple(words.get("state_form_words", ())))
    home = home_country(kb, mentions, doc)
    taken = [(m.start, m.end) for m in mentions]
    mentions += compounds(text, kb, rules, taken)
    infos = kb.titles()
    forms = tuple(words.get("state_form_words", ()))  # a country's name with its state's word (约旦 + 王国)
    country_spans = [(m.start, m.end + (len(next((f for f in forms if text.startswith(f, m.end)), ""))
                                        if text.startswith(forms, m.end) else 0)) for m in mentions if m.type == "COUNTRY"]
    hits = titles_past_countries(text, gaz.find_titles(text), country_spans, gaz.find_titles)
    titles = prefer_posts(text, [TitleHit(s, e, t, infos[t].kind) for s, e, t in hits], infos, body_words(rules))
    gone = {(m.start, m.end) for m in places_inside_titles(mentions, titles)}
    gone |= shorts_after_posts(mentions, titles) | titled_countries(mentions, titles, kb)
    gone |= places_after_posts(text, mentions, titles, rules)
    mentions = [m for m in mentions if (m.start, m.end) not in gone]
    # bare body words (外交部, 国会, 政府 …) are the country of the post's holder or of the chain of
    # posts they stand in, else the outlet's, else the home country's; 我国 is the outlet's country
    covered = Coverage(len(text), [(m.start, m.end) for m in mentions])
    outlet = outlet_of(doc.url, text, sorted(mentions, key=attrgetter("start")), kb)
    bare, generic = bare_bodies(text, kb, mentions, titles, home, outlet, rules, covered)
    mentions += bare
    known_people = [(m.start, m.end) for m in mentions if m.type == "PERSON"]
    named = [(m.start, m.end) for m in mentions if m.type != "PERSON"]
    spans_ending = {e: s for s, e in named}
    # a country in its formal style opens a chain of posts from the style's end (加纳共和国 + 总统)
    formal = {m.end + len(style): m.start for m in mentions if m.type == "COUNTRY" and text.startswith(forms, m.end)
              and (style := next((w for w in forms if text.startswith(w, m.end)), ""))}
    spans_ending.update({e: s for e, s in formal.items() if e not in spans_ending})
    people = find_people(text, titles, known_people, spans_ending, rules)
    person_spans = set(known_people)
    rule_people: list[Mention] = []
    spans = SpanIndex(named + known_people)  # asked for each person read by rule
    for p in people:
        if (p.start, p.end) in person_spans or spans.holds(p.start, p.end):
            continue
        # a dotted name run on into a building's word names the building (凯山·丰威汉博物馆)
        # and into a body's word names the body (法拉本多·马蒂民族解放阵线)
        typ, kb_id = "PERSON", None
        if p.how == "dotted":
            typ, kb_id = dotted_kind(text[p.start:p.end], kb, rules)
        rule_people.append(Mention(p.start, p.end, text[p.start:p.end], typ, kb_id=kb_id))
    # a dotted name read by rule outranks the shorter KB names inside it (英拉 in 英拉万·乔本潘), as does one after a title
    dotted = SpanIndex([(m.start, m.end) for m in rule_people if is_dotted(m.text)] + [(p.start, p.end) for p in people if p.how == "over-known"])
    mentions = [m for m in mentions if not dotted.overlaps(m.start, m.end)]
    # so does a name read after a title over a place's name (范红河: 红河 is the given name)
    holders = SpanIndex((m.start, m.end) for m in rule_people)
    # (or at its start, where a gloss vouches for the whole name: 外长 + 拉萨洛(Maria Lazaro)); a country
    # only past the name's start (主席 + 卡瑟马利耶夫: 马利 is no Mali)
    mentions = [m for m in mentions if m.type not in ("LOCATION", "COUNTRY") or not (
        (hold_near := holders.near(m.start, m.end)) and any(  # (no generator where no holder is near)
            s <= m.start - (m.type == "COUNTRY") and m.end <= e and (s, e) != (m.start, m.end) for s, e in hold_near))]
    mentions += rule_people
    mentions = with_repeats(text, rule_people, mentions)
    mentions = last_part_repeats(text, rule_people, mentions)  # 某某·某罗马 … 某罗马: no 罗马
    # a one-character short form (中 of 越中) opens no name: 越中两国阵线 is no organization 中两国阵线
    # nor does 我国 (我国 + 外交部 is the outlet's ministry, named by its bare word)
    openers = [(m.start, m.end) for m in mentions if m.type in ("COUNTRY", "LOCATION", "ORG") and m.end - m.start > 1
               and m.text not in we_words()]
    for w, at in found_words(text, rules.org_openers):
        openers += [(k, k + len(w)) for k in at]
    # a military unit numbered in digits (175号军医院, 108军医院)
    openers += [(m.start(), m.end()) for m in _NUMBERED_UNIT.finditer(text)]
    # a mission named by where it sits opens with 驻 where no country comes before it (出席 +
    # 驻台北越南经济文化办事处, 驻越南代表处, 我 + 驻日本使馆): 驻 and the place open the name
    place_ends = {m.start: m.end for m in mentions if m.type in ("COUNTRY", "LOCATION") and m.end - m.start > 1}
    openers += [(k, place_ends[k + 1]) for k in find_all(text, "驻")
                if k + 1 in place_ends and (k == 0 or text[k - 1] in DELIMS or rules.stop_at_end(text, k)
                                            or text.endswith(_WE_CHAR, 0, k))]
    # a diaspora's body opens with 旅 and the country it lives in (旅俄越南人组织联合会)
    abroad = str(words.get("abroad_word", ""))
    by_first, _ = short_index(kb)
    for k in find_all(text, abroad) if abroad else ():
        f = next((f for f in by_first.get(text[k + 1:k + 2], ()) if text.startswith(f, k + 1)), None)
        if f:
            openers.append((k, k + 1 + len(f)))
    # two or more country short forms in a row open a joint body's name (越中双边合作指导委员会)
    singles = sorted((m.start, m.end) for m in mentions if m.type == "COUNTRY" and m.end - m.start == 1)
    pairs = [(s1, e2) for (s1, e1), (s2, e2) in zip(singles, singles[1:], strict=False) if e1 == s2]
    existing = {(m.start, m.end) for m in mentions}
    country_at = {m.start: m.end for m in mentions if m.type == "COUNTRY"}
    by_first, _ = short_index(kb)
    for k in find_all(text, "驻"):  # 驻华使馆: a short form after 驻 is a country even where ambiguous alone
        f = next((f for f in by_first.get(text[k + 1:k + 2], ()) if text.startswith(f, k + 1)), None)
        if f and k + 1 not in country_at:
            country_at[k + 1] = k + 1 + len(f)
    place_at = {m.start: m.end for m in mentions if m.type == "LOCATION"}
    title_spans = SpanIndex((t.start, t.end) for t in titles)
    posts = post_words(kb)
    known_ends = {m.end: m.start for m in mentions if m.type in ("ORG", "COUNTRY") and m.kb_id
                  and (m.start, m.end) not in generic}  # a bare body word (共产党) is no name of its own
    # (the only titles holds_post reads: posts, and of them those starting inside the name)
    post_titles = sorted((t for t in titles if t.kind == "post"), key=attrgetter("start"))
    post_starts = [t.start for t in post_titles]
    # a name whose first words are quoted (“一带一路”国际合作高峰论坛) is not read from after the quote
    rule_orgs = [m for m in suffix_names(text, openers, rules.org_suffixes, rules, "ORG", 1, country_at, place_at,
                                          kb.generic_words(), known_ends)
                 if (m.start, m.end) not in existing
                 and not title_overlaps(m, title_spans, rules, kb.generic_words(), country_at, text, posts)
                 and not holds_post(m, post_titles[bisect_left(post_starts, m.start):bisect_left(post_starts, m.end)],
                                    text, rules, kb.generic_words())
                 and not (m.start > 0 and text[m.start - 1] in _CLOSING_QUOTES)]
    # (a compound of short forms is two partners in one word: 越美 + 联合委员会 reads on over 联合; partners a
    # conjunction joins (越南与老挝 + 政府间联合委员会) stay the parties of their body's meetings)
    joint_words = rules.joint_body_suffixes or Words(())
    joint = suffix_names(text, pairs, joint_words, rules, "ORG", 1, partnered=True) \
        + suffix_names(text, partner_pairs(text, mentions), joint_words, rules, "ORG", 1)
    rule_orgs += joint_bodies(text, joint, mentions, rules)
    # institutions named after a person (胡志明国家政治学院, 宋庆龄基金会): the person opens the name
    namesakes = [(m.start, m.end) for m in mentions if m.type == "PERSON" and m.end - m.start >= 2]
    if namesakes and rules.namesake_suffixes is not None:
        # nothing need stand between the namesake and the word (孙德胜 + 大学)
        rule_orgs += [m for m in suffix_names(text, namesakes, rules.namesake_suffixes, rules, "ORG", 0)
                      if (m.start, m.end) not in existing and not title_overlaps(m, title_spans, rules)]
    # a seat named by its body (政府总部, 外交部总部) is a place
    # and so is a bare body's office (在国防部办事处: the ministry's premises, no body of its own)
    rule_orgs = [Mention(m.start, m.end, m.text, "LOCATION") if m.text.endswith(rules.place_like_org_suffixes)
                 or any(m.text.endswith(w) and m.text[:-len(w)] in kb.generic_words() for w in rules.seat_words)
                 else m for m in without_unknown_heads(rule_orgs, mentions)]
    rule_orgs = without_bare_bases(rule_orgs, mentions)  # 美国 + 空军基地: a kind of site, none named
    # of the names ending at one place, the longest: 越南驻老挝国防武官办公室, not 老挝国防武官办公室
    longest: dict[int, Mention] = {}
    for m in rule_orgs:
        if m.end not in longest or m.start < longest[m.end].start:
            longest[m.end] = m
    rule_orgs = place_led_local_bodies(list(longest.values()), mentions, rules)
    rule_orgs = venue_led_bodies(rule_orgs, mentions, kb)  # 天津 + 上合组织峰会: no 天津上合组织
    # a foreign company is named without the country that introduces it (美国 + 波音公司, 美国 +
    # 罗森集团); a home company keeps it, often part of its name (越南电力集团)
    country_starts = {m.start: m for m in mentions if m.type == "COUNTRY" and m.kb_id}
    for i, m in enumerate(rule_orgs):
        c = country_starts.get(m.start)
        entry = kb.entries.get(c.kb_id) if c is not None and c.kb_id else None
        if c is not None and entry is not None and entry.country != home and m.end - c.end >= 3 \
                and m.text.endswith(_COMPANY_WORDS):
            rule_orgs[i] = Mention(c.end, m.end, text[c.end:m.end], m.type)
    rule_orgs += field_bodies(text, mentions + rule_orgs, rules)  # 堤坝管理 + 和 + 自然灾害防治 + 局
    rule_orgs += organizer_bodies(text, mentions + rule_orgs, rules)  # 由某某基金会 + 和 + …主办
    mentions = branch_bodies(text, mentions + rule_orgs, rules)  # 某友好协会 + 岘港市 + 分会
    # a name in Latin letters right after a body read by rule is its member (埃及阿拉伯社会主义联盟 +
    # Mamdouh Habashi): the people rules ran before these bodies were read
    org_ends = {m.end for m in rule_orgs if m.type == "ORG"}
    person_at = {m.start for m in mentions if m.type == "PERSON"}
    mentions += [Mention(m.start(), m.end(), m.group(), "PERSON") for m in _LATIN_NAME.finditer(text)
                 if m.start() in org_ends and m.start() not in person_at]
    # a person inside an organization's name is no entity of its own (SPEC)
    named_after = SpanIndex((m.start, m.end) for m in rule_orgs)
    mentions = [m for m in mentions if m.type != "PERSON" or not (
        (named_near := named_after.near(m.start, m.end)) and any(s <= m.start and m.end < e for s, e in named_near))]
    loc_after = {m.end for m in mentions if m.type in ("COUNTRY", "LOCATION")}
    countries = SpanIndex((m.start, m.end) for m in mentions if m.type == "COUNTRY")
    title_starts = {t.start for t in titles}
    person_names = {m.text for m in mentions if m.type == "PERSON"}
    rule_places = [m for m in places(text, rules, loc_after, [(m.start, m.end) for m in mentions])
                   if (m.start, m.end) not in existing
                   and not any(o.start <= m.start and m.end <= o.end for o in rule_orgs)
                   # a country is no part of a place's name (提高 + 奥兰群岛)
                   and not any(m.start <= s and e <= m.end for s, e in countries.near(m.start, m.end))
                   # a person and the post after him (布里德 + 市长) make no place 布里德市
                   and not (m.end - 1 in title_starts and text[m.start:m.end - 1] in person_names)]
    rule_places = bind_city_forms(without_bare_bases(rule_places, mentions), kb)  # 内罗毕 + 市 is 内罗毕
    # a known place inside a longer place's name read by rule is part of it (兰州 in 昆士兰州)
    wide = SpanIndex((m.start, m.end) for m in rule_places)
    mentions = [m for m in mentions if m.type != "LOCATION" or not wide.holds(m.start, m.end)]
    mentions += rule_places
    mentions += [m for m in periodicals(text, rules) + credited_outlets(text, rules) + reported_outlets(text, rules)
                 if (m.start, m.end) not in existing]
    mentions += companies(text, rules, [(m.start, m.end) for m in mentions])
    mentions += numbered_units(text, [(m.start, m.end) for m in mentions])  # 陆军第七十四集团军
    mentions += latin_outlets(text, [(m.start, m.end) for m in mentions])  # 据 Nhandan-M 报道
    ends = {m.end for m in mentions if m.type != "PERSON"}
    mentions += [m for m in ships(text, rules, ends) if (m.start, m.end) not in existing]
    mentions = bind_known_chains(_dedupe(mentions))  # 北京 + 天安门广场: no third place
    # a rule name or a bare body word inside a longer organization's name is part of it (中央委员会
    # in 越南共产党中央委员会, 党中央 in 墨西哥共产党中央委员会)
    orgs = sorted((m.start, m.end) for m in mentions if m.type == "ORG")
    org_starts = [s for s, _ in orgs]
    widest = max((e - s for s, e in orgs), default=0)

    def inside_org(m: Mention) -> bool:
        near = orgs[bisect_left(org_starts, m.start - widest):bisect_right(org_starts, m.start)]
        return any(m.end <= e and (s, e) != (m.start, m.end) for s, e in near)

    # and so is a known body that a rule name holds after its opener (越南商会 in 老挝越南商会),
    # unless the opener is the body's own country (越南 + 胡志明市人民委员会: the country and the
    # known body, no third name)
    own = own_country_bodies(kb, rule_orgs, mentions)
    if own:
        rule_orgs = [m for m in rule_orgs if (m.start, m.end) not in own]
        mentions = [m for m in mentions if m.kb_id or m.type != "ORG" or (m.start, m.end) not in own]
    rule_org_spans = {(m.start, m.end) for m in rule_orgs if m.type == "ORG"}
    held = SpanIndex(rule_org_spans)
    # (a region's own government that opens a rule name is part of it too: 澳门特别行政区政府 + 新闻局)
    mentions = [m for m in mentions if not (m.kb_id and m.type == "ORG" and (held_near := held.near(m.start, m.end))
                                            and any((s < m.start or (s == m.start and own_government(text, m)))
                                                    and m.end <= e for s, e in held_near))]
    mentions = [m for m in mentions if (m.kb_id and (m.start, m.end) not in generic) or m.type == "PERSON"
                or not inside_org(m)]
    mentions = [government_as_country(text, m, kb) if m.type == "ORG" and m.text.endswith(AS_COUNTRY) else m  # (it reads only these)
                for m in foreign_led_aliases(text, mentions, kb, generic)]
    mentions = listed_local_bodies(text, mentions, kb)  # 胡志明市市委、人民议会、…: the city's bodies
    mentions = listed_provinces(text, mentions, kb)  # 奠边、莱州、老街: a province the KB names with 省 only
    mentions = listed_places(text, mentions, kb)  # 巴格达、巴士拉、纳杰夫等地: a list closed as places
    mentions = mastheads(text, mentions, kb)  # 据《人民军队》: the paper, not the army
    return Found(in_order(mentions), people, home, outlet.country if outlet else home)



def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        key = (m.start, m.end)
        if key not in seen or (m.kb_id and not seen[key].kb_id):
            seen[key] = m
    return list(seen.values())
