"""Who holds a number when the nearest party before it is not the answer: the body whose members
are counted or voted, the people a count names right after it (21名越南渔民), the parties a
分别/均 sentence hands its numbers to, and the parties that only possess a rank (越南第六大投资国).
`holder` is the general rule the others come before: the nearest grammatical subject of the clause
holding the number: a country, body or person, a province or city opening its clause, a company,
team or vessel the recognizer left unmarked (三星集团, QNg-95739-TS; 该公司 refers back), a
meeting the clause opens with (本次会议…), or a pair in the page's order (中越 -> 中国-越南). Words: data/facts.toml."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb
from dipnet.model import Mention
from dipnet.rx import plain as _plain

from ..common.codes import any_of
from .bareparty import bare_party
from .clausefilters import companion, meeting_in_time_frame
from .closeditems import after_closed_item
from .companynames import whole_name, writer_country
from .deixis import addressed_person, mobilized_whole
from .destinations import in_destination_list
from .factactor import wants_person as person_may_hold
from .factlists import counted_member
from .factpairs import joined_sides, pair_in_page, years_pair
from .factwords import words
from .items import item_start
from .localities import economy_owner, past_dateline
from .localrefs import heads_unit, local_ref
from .meetingsides import meeting_sides
from .occasions import in_occasion
from .pairs import joined_pair
from .placeheads import clause_head, owned_home
from .quotes import quoted_speaker, reflexive_country
from .ranks import rank_possessor
from .topics import topic_place
from .unnamed import article_start, capital_of, unnamed_unit
from .visitors import gap_visitor, office_holder, pronoun_visitor

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context, UnitWord
_PUNCT = _plain(r"[,。;:!?()“”、\n]")  # (a paragraph break too: 大洋洲:4个 / 马绍尔群岛 lists, no qualifier)


def body_of_members(ctx: Context, a: int, b: int) -> str | None:
    """The body whose members a sentence counts (484名国会代表, 473名在场国会代表): an ORG in
    [a, b) followed by a member noun."""
    nouns = tuple(ctx.data["member_nouns"])
    for mm in ctx.within(a, b, ("ORG",)):
        if ctx.text.startswith(nouns, mm.end):
            return ctx.name(mm)
    return None


def goods_of(ctx: Context, unit_end: int) -> str | None:
    """'载有1084吨中国大米的货船': goods measured and qualified by a country right after the unit
    are that country's (its aid or its trade), not the port's they reach."""
    for mm in ctx.within(unit_end, unit_end + 3, ("COUNTRY",)):
        if mm.start == unit_end and not ctx.text.startswith(words("copulas"), mm.end):
            return ctx.name(mm)
    return None


def ship_carrying(ctx: Context, pos: int) -> str | None:
    """'戚继光舰搭载476名海军学员和官兵': the people a named ship carries are the ship's."""
    hit = rx.compile(ctx.data["ship_carrying_before"]).search(ctx.text, max(0, pos - 14), pos)
    return hit.group("v") if hit else None


def named_after(ctx: Context, unit_end: int, kind: str = "person") -> str | None:
    """'21名越南渔民', '484名国会代表': the country or body named right after a count of people,
    a few words at most between, holds it; '14个新一届人权理事会成员' counts a body's members (a
    count of things is held by a body only, where it counts its members, never by a country)."""
    limit = unit_end + int(ctx.data["qualifier_gap"]) + 1
    carried = rx.compile(ctx.data["carried_by_vessel"]).match(ctx.text[unit_end:unit_end + 24])
    if carried and (kind == "person" or ctx.text.endswith(tuple(ctx.data["carried_things"]), 0, unit_end)):
        return carried.group("v")  # '载有5名渔民的越南QNg90819TS号渔船': the vessel's crew (or its boats)
    for mm in ctx.within(unit_end, limit + 12, ("COUNTRY", "ORG")):
        if mm.start > limit or _PUNCT.search(ctx.text, unit_end, mm.start):
            return None
        if kind == "count" and mm.start == unit_end and ctx.text.endswith(words("vessel_classifiers"), 0, unit_end) \
                and rx.compile(ctx.data["vessel_after_party"]).match(ctx.text, mm.end):
            return ctx.name(mm)  # '遭两艘中国海警船以水炮攻击': the vessels of the party named right after
        members = ctx.text.startswith(tuple(ctx.data["member_nouns"]), mm.end)
        if kind == "count" and (mm.type != "ORG" or not members
                                or any(v in ctx.text[unit_end:mm.start] for v in ctx.data["copulas"])):
            return None
        if mm.type == "ORG" and not members and kind != "count":
            return None  # an organization after a count is a member body only before 代表/成员…
        if kind == "person" and mm.start > unit_end and (ctx.is_target(mm) or any_of(words("going_verbs")).search(
                ctx.text, unit_end, mm.start)):
            return None  # '出动约40人登上越南渔船', '130名官兵出征南苏丹': where they go or what they board, not theirs
        if kind == "person" and mm.type == "COUNTRY" and ctx.text.endswith(words("stay_verbs"), 0, mm.start):
            # '180多名滞留越南的俄罗斯公民': the country where they stay; the people's own follows 的
            own = rx.compile(ctx.data["people_of_country_after"]).match(ctx.text[mm.end:mm.end + 16])
            after = [x for x in ctx.within(mm.end, mm.end + 16, ("COUNTRY",)) if own and x.start == mm.end + own.end()]
            return ctx.name(after[0]) if after else None
        return ctx.name(mm)
    # a body the recognizer does not know, before its member noun (14个新一届人权理事会成员)
    body = rx.compile(ctx.data["member_body_after"]).match(ctx.text[unit_end:unit_end + 24])
    return body.group("body") if body else None


def members_of_body_before(ctx: Context, unit_end: int, s_start: int, pos: int) -> str | None:
    """'联合国安理会共有15个成员,…其余10个成员为非常任理事国': members counted with no body after
    them are the members of the international body named last before them in the sentence, else
    in the paragraph ('东盟成立于1967年。当时只有5个成员国')."""
    if not ctx.text.startswith(tuple(ctx.data["member_nouns"]), unit_end):
        return None
    bodies = ctx.international_bodies
    i = bisect_right(bodies, pos, key=lambda m: m.end)  # the bodies ending by pos: the last is nearest
    if i and bodies[i - 1].start >= ctx.lines.around(pos)[0]:
        return ctx.name(bodies[i - 1])
    return None


def org_members(ctx: Context, m: re.Match[str], u: UnitWord) -> str | None:
    """'东盟十国': an organization right before 'N国' counts its member states."""
    if u.word != "国":
        return None
    for mm in ctx.ending_at.get(m.start(), ()):
        if mm.type == "ORG" and not ctx.country_of.get(mm.entity_id):
            return ctx.name(mm)
    return None


def holder(ctx: Context, pos: int, u: UnitWord, clause_text: str) -> str | None:
    """Who holds the number at pos: the holder its own clause gives, else the clauses before it
    in the sentence (after any speech verb); None where the sentence names none."""
    s_start, s_end = ctx.sentence(pos)
    start = ctx.after_speech(s_start, pos)
    data = ctx.data
    sentence = ctx.text[s_start:s_end]
    if visitor := pronoun_visitor(ctx, pos) or addressed_person(ctx, pos):  # 他曾四次访问: the person named
        return visitor  # before; 向甲表示:"…您曾七次访华": the person addressed
    if u.kind == "year" and (visitor := gap_visitor(ctx, pos)):
        return visitor  # 习近平时隔11年再次赴韩国: the visitor's years since
    if u.kind == "year" and (leader := office_holder(ctx, pos)):
        return leader  # 洪森执政38年来: the leader's years in office (fc1)
    if u.kind in ("person", "percent") and bool(any_of(words("vote_words")).search(sentence)):
        i = min(sentence.find(w) for w in data["vote_words"] if w in sentence) + s_start
        c_start = ctx.clause(pos)[0]
        own = ctx.within(c_start, pos, ("PERSON",))
        if own and u.kind == "percent":  # '阮明哲去年的得票率为94%,阮晋勇为92.08%': each clause's own
            return ctx.name(own[-1])
        if any_of(words("removal_words")).search(sentence):
            # '以91.25%赞成票,国会通过免去阮富仲国家主席职务的决议': votes to remove someone are the body's
            for mm in ctx.within(s_start, s_end, ("ORG",)):
                if ctx.name(mm).endswith(words("assembly_tails")):
                    return ctx.name(mm)
        people = ctx.within(i, s_end, ("PERSON",))
        # '484名国会代表中的467名已投赞成票,同意选举阮氏金银为国会主席': the votes cast for someone
        # are the person's; the other counts of the sentence (484名代表) are the body's members
        if people and u.kind == "person" and pos < i <= pos + int(data["vote_reach"]):
            return ctx.name(people[0])
        body = body_of_members(ctx, s_start, s_end)  # the body whose members voted
        if body:
            return body
        if people:
            return ctx.name(people[0])
    wants_person = person_may_hold(ctx, pos, clause_text, ctx.clause(pos)[0])  # 第二次访问巴西, 访问非洲4国: the visitor's
    # 对X…表示祝贺/欢迎: the party after 对 is what the sentence appraises, and holds its figures
    topic_after_dui = bool(any_of(words("appraisal_after")).search(ctx.text[pos:s_end]))
    c_end = pos
    while c_end > start:
        c_start = max(start, ctx.clause(c_end - 1)[0]) if c_end > 0 else start
        found = _clause_subject(ctx, c_start, c_end, s_start, pos, wants_person, topic_after_dui, u.kind)
        if found:
            return found
        c_end = c_start - 1
    if u.kind in ("money", "measure") and any_of(words("leader_giving_words")).search(ctx.text, s_start, s_end):
        # '李克强也承诺,将向菲律宾提供73.4亿美元贷款': a leader who gives or pledges gives for the country
        # served, an amount or a quantity (习近平承诺从柬埔寨进口40万吨大米)
        leaders = ctx.within(start, pos, ("PERSON",)) or ctx.within(s_start, pos, ("PERSON",))
        for mm in leaders:  # (洪森说,习近平承诺…: the leader of the words reported, not their speaker)
            if not ctx.is_target(mm) and ctx.person_country(mm):
                return ctx.person_country(mm)
            break
    if u.kind == "year" and (pair := years_pair(ctx, pos)):  # '50年来,两国之间的合作一直…': the pair's years
        return pair
    if u.kind == "year":  # '10年来,中国一直是…': the holder follows the duration
        for mm in ctx.within(pos, s_end, ("COUNTRY", "ORG")):
            if not ctx.is_target(mm):
                return ctx.name(mm)
    # ('外交部说,火山爆发…已有110人死亡': the dead are the disaster's, not the speaking body's country's)
    casualties = u.kind == "person" and any_of(words("casualty_words")).search(ctx.text, pos, ctx.clause(pos)[1])
    if start > s_start and not casualties:  # '韩国外交部称,由15名医务人员组成的救援队…': words reported with no holder
        # of their own tell of the speaking body's own country (a person speaks for no figure)
        for mm in reversed(ctx.within(s_start, start, ("ORG",))):  # (根据中国的统计: a source, no body)
            country = ctx.country_name(mm)
            if country and ctx.sector_of.get(mm.entity_id) not in data["reporter_sectors"]:
                return country
    return None  # the sentence names no holder: the caller carries the paragraph's or the page's


def _clause_subject(ctx: Context, c_start: int, c_end: int, s_start: int, pos: int,
                    wants_person: bool, topic_after_dui: bool, kind: str) -> str | None:
    """The holder a clause gives the number after it: the nearest party before the number that is
    not the object of a preposition (对/向/与 X) nor only the owner of a rank (是越南第六大…);
    the pair where the nearest is 两国/双边 or two one-character names (越中); the page's own
    country for 我国/全国. Nearest, not first: in 中国政府…向灾区提供的50万美元 the giver is the
    subject of the clause that tells the number."""
    data = ctx.data
    seg = ctx.text[c_start:c_end]
    share = rx.compile(data["share_of"]).search(seg)  # (占韩国和东盟之间贸易总额的40%: no pair of its own)
    joined = joined_pair(ctx, c_start, c_start + share.start() if share else c_end, kind)
    if joined:  # the two parties named together outrank a 双边 that does not name them
        return joined
    best: tuple[int, str] | None = None
    for w in data["pair_markers"]:
        i = seg.rfind(w)
        if i != -1 and (best is None or i > best[0]):
            # '越老双向贸易', '中越两国': a compound right before the marker names the pair in its order;
            # '东盟与中国…,以及双边投资额': else the two the sentence joins before it, as written; else the page's pair
            # (parties after the number are a denominator: 占中国与东盟贸易的…), the two who met where a meeting is
            # told before it (…与乙国总理丁会谈,双方签订…)
            pair = ctx.compound_at(c_start + i) or joined_sides(ctx, s_start, c_start + i) \
                or pair_in_page(ctx, s_start, c_end, meeting_sides(ctx, s_start, c_start + i))
            best = (i, ctx.pair_name(pair))
    comp = ctx.compound_before(c_start, c_end)
    # '在对柬埔寨投资的东盟国家中排名第一': the parties inside a frame 在…中 name the set ranked in;
    # '中越贸易占中国与东盟贸易的25%': the parties after 占 name the whole the share is of
    # '向…受台风影响的老挝灾民捐赠9546美元': the parties between 向 and the verb of giving receive
    # '美国、欧盟和中国是前3大出口市场': the members of a top set hold no figure told after it
    # '越南从包括日本在内的国际组织的贷款': the members an inclusion names are not the holder
    frames = [hit.span() for pattern in (data["locative_frame"], data["share_of"], data["recipient_frame"],
                                         data["succession_frame"], data["top_set_frame"],
                                         data["inclusion_frame"], data["source_frame"], data["set_frame"])
              for hit in rx.compile(pattern).finditer(seg)]
    # '向尼日利亚卡杜纳—卡诺铁路(简称“卡卡铁路”)项目发放贷款': a recipient named across brackets
    frames += [(a - (c_start - s_start), b - (c_start - s_start)) for hit in
               rx.compile(data["recipient_across"]).finditer(ctx.text, s_start, ctx.sentence(pos)[1])
               if (a := hit.start() - s_start) < (c_end - s_start) and (b := hit.end() - s_start) > c_start - s_start
               and (a < c_start - s_start or b >= c_end - s_start)]  # (one closing at the clause's comma too)
    for mm in ctx.within(c_start, c_end, ("COUNTRY", "ORG", "PERSON", "LOCATION")):
        i = mm.start - c_start
        if best is not None and i < best[0] or any(a < i < b for a, b in frames):
            continue
        if mm.text in data["home_words"] and ctx.text.endswith(tuple(data["home_destination_before"]), 0, mm.start):
            continue  # 来我国旅游的可观市场: our country is where they come, not who holds the count
        if rx.compile(data["rank_phrase_before"]).search(ctx.text[max(c_start, mm.start - 8):mm.start]):
            continue  # 是越南最大的东协投资来源国: a party inside a ranked noun qualifies it
        if counted_member(ctx, mm, pos, kind) or in_destination_list(ctx, mm, s_start, ctx.sentence(pos)[1]):
            continue  # 覆盖老挝、泰国、越南、缅甸等12个国家: the members counted; 以赴台湾6074人最多: where the people counted go
        if meeting_in_time_frame(ctx, mm, s_start, pos) or in_occasion(ctx, mm):
            continue  # 亚太经合组织峰会在越南举行前夕,: a time told by a meeting holds nothing; nor 在…会议上宣布 (fa6)
        if _aside(ctx, mm, s_start, pos):
            continue  # 粳米(源于日本的一种大米)出口激增: a party in a bracketed aside holds nothing after it
        owns = ctx.text.startswith(tuple(data["place_own_after"]), mm.end)  # 南沙群岛共由…, …占领的某岛上住有…
        if mm.type == "LOCATION" and (not ((administrative(ctx, mm) or owns) and (
                _opens_clause(ctx, c_start, mm) or _heads_its_number(ctx, mm, pos) or owns and ctx.text[mm.start - 1] == "的" or economy_owner(ctx, mm)))
                or ctx.text.startswith(tuple(data["relative_place_after"]), mm.end)):
            continue  # a place holds only as a province or city opening its clause (河内市有800万人口), not a region or sea, nor one named after a verb (渔船属广义省)
        if mm.type == "PERSON" and not wants_person or ctx.sector_of.get(mm.entity_id) in data["reporter_sectors"]:
            continue  # a news agency (越通社 in a dateline) reports figures, it does not hold them
        head = _joined_to(ctx, mm) if mm.type == "COUNTRY" and kind in ("person", "count") else None
        if head is not None and not rank_possessor(ctx, head) and (
                not ctx.is_target(head) or after_closed_item(ctx, head)):
            best = (i, ctx.pair_name([ctx.name(head), ctx.name(mm)]))  # 法国和德国总共有逾46万人次: the two hold it
            continue
        if c_end != pos and companion(ctx, mm, c_start):
            continue  # 中国第一个与东盟建立自贸区,已连续七年…: the party acted with holds no figure told after
        if ctx.text.endswith(words("object_verbs"), 0, mm.start) and not _heads_its_number(ctx, mm, c_end):
            continue  # 谴责俄罗斯的非法行为: the party acted on holds no figure told after it
        if (ctx.is_target(mm) and not (topic_after_dui and ctx.text[mm.start - 1:mm.start] == "对") and not topic_place(ctx, mm, c_start)
                and not _heads_its_number(ctx, mm, c_end) and not _origin(ctx, mm)
                and not after_closed_item(ctx, mm)) or rank_possessor(ctx, mm):
            continue
        if comp and len(mm.text) == 1:
            best = (i, ctx.pair_name(comp))
            continue
        # an organization holds its own figures (the company that pledges, the unit deployed); its
        # name mostly carries its country's (越南外交部), which names the same holder
        name = (not wants_person and ctx.title_country(mm)) or ctx.name(mm) if mm.type in ("COUNTRY", "ORG", "LOCATION") or wants_person else None
        if wants_person and mm.type == "ORG":
            post = rx.compile(data["post_words"]).match(ctx.text[mm.end:])
            name = mm.text + post.group() if post else name
        if name:
            best = (i, name)
    for w in data["home_words"]:
        i = seg.rfind(w)
        if i != -1 and (any(a <= i < b for a, b in frames) or seg[:i].endswith(tuple(data["home_set_before"] + data["home_destination_before"]))):
            continue  # 占全国注册资金的20%, 是全国吸引外资最多的地方: the whole, or the set ranked in
        if i != -1 and (any(mm.start <= c_start + i < mm.end for mm in ctx.within(c_start, c_end))
                        or mobilized_whole(ctx, c_start + i)):
            continue  # 日本国际协力机构, 全国人大: the word is part of a name; 动员全国各组织: an object
        if i != -1 and owned_home(ctx, c_start + i):
            continue  # 中国国内游客, 胡志明市的国内游客: the party named holds, not the page's
        if i != -1 and (best is None or i > best[0]):
            # '茂木敏充表示:“…我们决定向越南提供40万剂…”': in a quotation, the speaker's country
            # ('我国对韩出口额' on a Taiwanese outlet: the outlet's own country, not the one it names most)
            own = quoted_speaker(ctx, c_start + i, ctx.lines.around(c_start)[0]) \
                or (reflexive_country(ctx, c_start + i) if w in data["reflexive_home_words"] else None) \
                or (writer_country(ctx, c_start + i) if w in data["first_person_home_words"] else None) or ctx.home
            if own:
                best = (i, own)
    bare = bare_party(ctx, c_start, c_end, frames)  # 大陆邦交国数量增至182国
    if bare and (best is None or bare[0] > best[0]):
        best = bare
    local = local_ref(ctx, c_start, c_end, administrative, best is not None)  # 岘港市…全市, 当地, 省内
    if local and (best is None or local[0] > best[0]):
        best = local
    event = _this_event(ctx, c_start, c_end)
    if event and (best is None or best[0] < event[0]):  # '本次会议共有190个…': the meeting opening the clause
        return event[1]  # (parties inside its name are part of it)
    capital = capital_of(ctx, c_start, c_end)
    if capital and (best is None or capital[0] > best[0]):  # 中资企业在越投资… -> 中国
        best = capital
    unit = unnamed_unit(ctx, c_start, c_end)
    if unit and any(a < unit[0] < b for a, b in frames):
        unit = None  # 向…铁路项目发放贷款: the project receives
    if unit and (best is None or unit[0] > best[0]) and not heads_unit(local, unit):  # after the party, or holding it (越南公安部救援队)
        at = c_start + unit[0] + 1 - len(unit[1])
        name = unit[1]
        while len(name) > 2 and name[0] in ctx.data["date_word_tails"] and ctx.text[at - 1:at].isdigit():
            name, at = name[1:], at + 1  # '2024年同登—凭祥口岸铁路': the date's 年 is no part of the name
        best = (unit[0], whole_name(ctx, at, name))
    return best[1] if best else None


def _joined_to(ctx: Context, mm: Mention) -> Mention | None:
    """The country joined to mm by 'and' right before it (法国和德国), if any (与 is mostly 'with')."""
    joiner = next((w for w in ctx.data["subject_pair_joiners"] if ctx.text.endswith(w, 0, mm.start)), None)
    if joiner is None:
        return None
    return next((x for x in ctx.ending_at.get(mm.start - len(joiner), ()) if x.type == "COUNTRY"), None)


def _heads_its_number(ctx: Context, mm: Mention, pos: int) -> bool:
    """'经过越南10个省份和柬埔寨9个省份', '(甲省2人、乙省3人)': a party after a list joiner or
    an opening bracket, right before the number (a qualifier or its 省/市 at most between), heads
    its own item of the list and holds its number."""
    data = ctx.data
    return ctx.text[mm.start - 1:mm.start] in data["list_joiners"] + data["item_list_openers"] \
        and all(c in data["qualifiers_before"] or c in "".join(data["admin_suffixes"]) for c in ctx.text[mm.end:pos])


def _origin(ctx: Context, mm: Mention) -> bool:
    """'来自韩国的游客量增长48.3%': the party the things counted come from holds them."""
    return ctx.text.endswith(words("origin_before"), 0, mm.start) and ctx.text.startswith("的", mm.end)


def _this_event(ctx: Context, c_start: int, c_end: int) -> tuple[int, str] | None:
    """'这次广西与越南边境四省党委书记新春会晤…', '本次会议…': a meeting the clause opens with,
    by its name where the clause gives one, else the meeting or body named last before."""
    data = ctx.data
    hit = rx.compile(data["this_event"]).match(ctx.text[c_start:c_end])
    if hit is None:
        return None
    if len(hit.group("name")) >= 2:
        return hit.end(), hit.group("name") + hit.group("noun")
    before = ctx.text[article_start(ctx, c_start):c_start]
    names = [n for n in rx.compile(data["conference"]).findall(before) if not n.startswith(tuple(data["anaphors"]))]
    return (hit.end(), rx.compile("[—–]").sub("-", names[-1])) if names else None


def _opens_clause(ctx: Context, c_start: int, mm: Mention) -> bool:
    """The mention stands first in its clause (or its item: …达99.98%、广南省投票率…), after a time or its country at most (2023年,越南广宁省…)."""
    # (越通社河内——广宁省…: the page's dateline segment; 越通社芹苴——同塔省…, 〔本报消息〕…: its marks)
    a = clause_head(ctx, past_dateline(ctx, item_start(ctx.text, c_start, mm.start), mm.start), mm.start)
    for t in ctx.within(c_start, mm.start, ("COUNTRY",)):
        if t.end == mm.start:
            return rx.compile(ctx.data["clause_opening"]).fullmatch(ctx.text[a:t.start]) is not None
    return rx.compile(ctx.data["clause_opening"]).fullmatch(ctx.text[a:mm.start]) is not None


def administrative(ctx: Context, mm: Mention) -> bool:
    """A province or city: its name ends in, or is followed by, an administrative noun (省, 市),
    or the knowledge base knows it as one (河内的注册资金: a capital written without 市)."""
    words = tuple(ctx.data["admin_suffixes"])
    if mm.text.endswith(words) or ctx.text.startswith(words, mm.end):
        return True
    entry = load_kb().get(mm.entity_id) if mm.entity_id else None
    return entry is not None and getattr(entry, "kind", None) in ctx.data["admin_kinds"]


def _aside(ctx: Context, mm: Mention, s_start: int, pos: int) -> bool:
    """The mention stands inside brackets that close before the number (A(源于B的…)出口…)."""
    return bracketed(ctx.text, s_start, mm.start) and ")" in ctx.text[mm.end:pos]


def bracketed(text: str, s_start: int, pos: int) -> bool:
    """pos stands inside brackets opened in its sentence and not yet closed."""
    o = text.rfind("(", s_start, pos)
    return o != -1 and ")" not in text[o:pos]
