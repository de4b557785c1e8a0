"""What a name read by its shape is, and the readings the words around it undo: a dotted run that
ends in a place's or body's word, or spells a country (安提瓜·巴布达); a phrase read by its suffix
that holds a post (副议长 + 郡司); a people's name before 族; country short forms right after a post,
which are a name's characters (外长 + 埃奥), and places in a post's holder slot (秘书长 + 某林 + 表示)."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention, SpanIndex
from dipnet.recognize.kbviews import read_words
from dipnet.recognize.lexicon import NameRules
from dipnet.recognize.namereads import TitleHit
from dipnet.recognize.venues import after_known_place, international


def dotted_kind(name: str, kb: KnowledgeBase, rules: NameRules) -> tuple[str, str | None]:
    """What a run of dotted parts names: a building or square (纳尔逊·曼德拉广场) or a place by its
    word (圣克鲁斯·德特内里费省) is a place, a body by its word (卡尔·马克思大学) a body, a country
    whose parts the dot joins for 和 (安提瓜·巴布达: 安提瓜和巴布达) that country; else a person."""
    if name.endswith(rules.place_like_org_suffixes):
        return "LOCATION", None
    if rules.ends_in_org_suffix(name):
        return "ORG", None
    last = name.replace(".", "·").rsplit("·", 1)[-1]
    if last.endswith(rules.place_rule_suffixes) and any(last.endswith(w) and len(last) - len(w) >= 2
                                                        for w in rules.place_rule_suffixes):
        return "LOCATION", None
    for joined in (name.replace("·", j) for j in _DOT_JOINS):
        hit = next((e for e in named if e.type == "COUNTRY"), None) if (named := kb.by_name(joined)) else None
        if hit is not None:
            return "COUNTRY", hit.id
    return "PERSON", None


# what a middle dot stands for between the parts of a country's name (安提瓜·巴布达, 特立尼达·多巴哥)
_DOT_JOINS = ("和", "与", "")


def holds_post(m: Mention, titles: list[TitleHit], text: str, rules: NameRules, bare: frozenset[str]) -> bool:
    """A post stands whole inside a name read by its suffix, after its opener and before its end, and
    runs into no suffix (参议院 + 副议长 + 郡司, 越共 + 中央委员 + 国会): a post and a name, no body's
    name (委员 in 委员会 runs into the suffix and is its word). A post's own office is a body
    (国防武官 + 办公室), unless what follows the post is a body of its own (中央委员 + 国会)."""
    org_at = rules.org_suffixes.at
    for t in titles:
        if not (t.kind == "post" and m.start <= t.start and t.end < m.end):
            continue
        if any(org_at(text, k, min_end=t.end + 1) for k in range(t.start, t.end)):
            continue
        rest = text[t.end:m.end]
        if m.start == t.start and rest not in bare:
            continue  # 总统 + 府: a post's seat named by the post; 中央委员 + 国会 is a post and a body
        if rules.org_suffixes.at(text, t.end) == rest and rest not in bare:
            continue  # 武官 + 办公室: the post's office
        return True
    return False


def drop_peoples(text: str, mentions: list[Mention], rules: NameRules) -> list[Mention]:
    """Without the countries and places that name a people before its word (高棉 + 族, 马来 + 族)."""
    ethnic = tuple(read_words(rules).get("ethnic_words", ()))
    return [m for m in mentions if m.type not in ("COUNTRY", "LOCATION") or not text.startswith(ethnic, m.end)]


def shorts_after_posts(mentions: list[Mention], titles: list[TitleHit]) -> set[tuple[int, int]]:
    """The spans of one-character country short forms in a row right after a post: a name's
    characters (外长 + 埃奥 + 会谈 is no Egypt and Austria)."""
    short_at = {m.start for m in mentions if m.type == "COUNTRY" and m.end - m.start == 1}
    gone: set[tuple[int, int]] = set()
    for k in {t.end for t in titles if t.kind == "post"} & short_at:
        j = k
        while j in short_at:
            gone.add((j, j + 1))
            j += 1
    return gone


def places_after_posts(text: str, mentions: list[Mention], titles: list[TitleHit], rules: NameRules) -> set[tuple[int, int]]:
    """The spans of places (no country, no body) that open the holder's slot right after a post, or one
    name character after it, where the words close right after the place or run on over name characters:
    the place's name is the holder's name or part of it (秘书长 + 某林 + 表示, 首相 + 敦 + 某萨, 市长 + 某岛 + 某敏).
    A place never holds a post; a place of the post's holder is told with a preposition (在, 于: stops)."""
    gone: set[tuple[int, int]] = set()
    short = [m for m in mentions if m.type == "LOCATION" and 2 <= m.end - m.start <= 3]
    if not short:  # (the sets below go unbuilt on a page with no such place)
        return gone
    posts = {t.end for t in titles if t.kind == "post"}
    near = [m for m in short if m.start in posts or m.start - 1 in posts]
    if not near:
        return gone
    taken = {m.start for m in mentions}
    for m in near:
        a = m.start
        glued = a - 1 in posts and a - 1 not in taken and "\u4e00" <= text[a - 1] <= "\u9fff" \
            and text[a - 1] not in rules.not_in_name and not rules.stop_at(text, a - 1)
        if (a in posts or glued) and m.end < len(text) and m.end not in taken:
            gone.add((m.start, m.end))
    return gone


def drop_local_branches(text: str, mentions: list[Mention], kb: KnowledgeBase, rules: NameRules) -> list[Mention]:
    """Without a national body's known name written right after a local level's word (平定省 +
    祖国阵线委员会, 省 + 妇女联合会): that is the locality's branch, not the national body."""
    levels = tuple(w for w in rules.local_levels if len(w) == 1)
    out = []
    for m in mentions:
        e = kb.get(m.kb_id) if m.type == "ORG" and m.kb_id else None
        if e is not None and text.endswith(levels, 0, m.start) and not e.name.startswith(levels) \
                and not any(c in e.name for c in levels) \
                and not (international(kb, m) and after_known_place(m, mentions)):  # (庆州 + APEC: venues.py)
            continue
        out.append(m)
    return out


def titled_countries(mentions: list[Mention], titles: list[TitleHit], kb: KnowledgeBase) -> set[tuple[int, int]]:
    """The spans of countries whose name is also a post (苏丹: Sudan, a sultan) written right after a
    post or a place (国家元首 + 苏丹 + 某某, 柔佛 + 苏丹): there the word is the post."""
    infos = kb.titles()
    before = {t.end for t in titles if t.kind == "post"} | \
        {m.end for m in mentions if m.type in ("LOCATION", "COUNTRY")}
    return {(m.start, m.end) for m in mentions if m.type == "COUNTRY" and m.start in before
            and (info := infos.get(m.text)) is not None and info.kind == "post"}



_LONG: dict[int, tuple[NameRules, tuple[str, ...]]] = {}


def _long_suffixes(rules: NameRules) -> tuple[str, ...]:
    """The organization suffixes of three characters or more, as one tuple for endswith (kept per rules)."""
    got = _LONG.get(id(rules))
    if got is None or got[0] is not rules:
        got = _LONG[id(rules)] = (rules, tuple(w for w in rules.org_suffixes if len(w) >= 3))
    return got[1]


def title_overlaps(m: Mention, titles: SpanIndex, rules: NameRules | None = None,
                    bare: frozenset[str] | set[str] = frozenset(), country_at: dict[int, int] | None = None,
                    text: str = "", posts: frozenset[str] | set[str] = frozenset()) -> bool:
    """An organization's name does not end inside a title (外交部副部长 is no 外交部副部), unless the
    title opens with the committee the name ends in (谅山省委 + 省委书记) or with a body word of three
    characters or more that the name ends in (古共 + 中央书记处书记), or with a bare body word that the
    name's country, right before it, makes that country's (卢旺达 + 外交部 + 长: the minister of that
    country's ministry)."""
    near = titles.near(m.end, m.end)  # (no generator, and no reader made, where no title is near)
    if not near:
        return False

    def opens_title(s: int) -> bool:
        head = m.text[s - m.start:]
        if head in bare and country_at is not None and country_at.get(m.start) == s:
            return True
        # an organ's word of three characters or more (书记处, 政治局); 国会主席 after a country stays
        # the country's post, as the events read it
        organ = rules is not None and len(head) >= 3 and head.endswith(_long_suffixes(rules))
        return m.start < s and (m.text.endswith("委") or organ)

    def body_then_post(s: int, e: int) -> bool:
        # the name's whole body word opens the title and a post of its own follows (芬兰某某党 + 党主席:
        # 党 + 主席), not a post's last character (某某局 + 局长)
        head = m.text[s - m.start:]
        return rules is not None and m.start < s and rules.org_suffixes.at(head, 0) == head and \
            text[m.end:e] in posts
    return any(s < m.end < e and not opens_title(s) and not body_then_post(s, e) for s, e in near)


# the level words of a locality (省, 市, 县)
_LEVELS = "省市县"


def place_led_local_bodies(rule_orgs: list[Mention], mentions: list[Mention], rules: NameRules) -> list[Mention]:
    """A country before a locality's own body only says where the locality is (老挝 + 赛宋奔省委,
    老挝 + 占巴塞省人民委员会): the body is named from its place, as the locality names it."""
    countries = {m.start: m.end for m in mentions if m.type == "COUNTRY"}
    places = {m.start for m in mentions if m.type == "LOCATION"}
    cities = {m.start: m.end for m in mentions if m.type == "LOCATION"}
    bodies = {m.start: m.end for m in mentions if m.type == "ORG" and m.kb_id}
    out = []
    for m in rule_orgs:
        m = _seat_past_city(m, cities, bodies, rules)
        c = countries.get(m.start)
        body = next((w for w in rules.bare_local_bodies if m.text.endswith(w)), None) \
            if m.type == "ORG" and c is not None else None  # (no country right before: nothing to read)
        # the place is known, or its level word stands before the body's or opens it (赛宋奔 + 省委)
        local = body is not None and c is not None and m.end - len(body) - c >= 2 and (
            c in places or body[0] in _LEVELS or m.text[-len(body) - 1] in _LEVELS)
        if local and c is not None:
            m = Mention(c, m.end, m.text[c - m.start:], m.type, kb_id=m.kb_id)
        out.append(m)
    return out


def _seat_past_city(m: Mention, cities: dict[int, int], bodies: dict[int, int], rules: NameRules) -> Mention:
    """A city before a known body's seat only says where the seat is (开罗 + 阿盟总部, 布鲁塞尔 + 欧盟总部):
    the seat is named from its body, as 联合国总部 is, and the city stays a place of its own."""
    p = cities.get(m.start)
    b = bodies.get(p) if p is not None and m.type == "LOCATION" else None
    if p is None or b is None or m.text[b - m.start:] not in rules.place_like_org_suffixes:
        return m
    return Mention(p, m.end, m.text[p - m.start:], m.type, kb_id=m.kb_id)
