"""Lists of actors that run past the clause of their verb: titled names after a comma (拜访了甲,前总理乙),
a list after a colon (成员,分别为:越南、印度…), the people listed before a statement word (甲、乙出席并致辞)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.kb import load_kb
from dipnet.model import Mention
from dipnet.rx import plain as _plain

if TYPE_CHECKING:
    from collections.abc import Callable

LISTED = ("MULTILATERAL_ROLE", "CONFERENCE", "MEET", "AGREEMENT", "AID", "DEPLOYMENT")


_GROUP_LABEL = _plain(r"[;]?[^、;,。:]{1,10}的")  # a group's label in a list (;亚太地区的)
_LABEL_AFTER = re.compile(cue("region_label"))


def colon_list(page: EventPage, c: Clause) -> list[Mention]:
    """The names the clause after a colon lists (…成员,分别为:越南、印度…和英国), when that clause is
    nothing but names parted by 、和及与 (no verb of its own)."""
    text = page.doc.text
    at = c.end
    if at < c.sentence[1] and text[at] == ",":  # …成员,分别为:越南…: a short lead-in between
        colon = text.find(":", at + 1, min(at + 6, c.sentence[1]))
        at = colon if colon != -1 and not page.in_span(at + 1, colon) else at
    if at >= c.sentence[1] or text[at] != ":":
        return []
    end = min([c.sentence[1]] + [i for ch in ",;。" if (i := text.find(ch, at + 1, c.sentence[1])) != -1])
    if text.startswith(";", end) and _GROUP_LABEL.match(text, end):  # groups under labels, parted by ";"
        stop = text.find("。", end)  # (非洲地区的甲、乙;亚太地区的丙…: the list runs on to the full stop)
        end = stop if stop != -1 else end
    # (a place in a group's label, 非洲地区的, is no item)
    listed = [m for m in page.in_span(at + 1, end) if not _LABEL_AFTER.match(text, m.end)]
    if len(listed) < 2:
        return []
    pos, between = at + 1, ("", *codebook().list_joiners)
    for m in listed:
        gap = text[pos:m.start].strip()
        if gap not in between and not _GROUP_LABEL.fullmatch(gap):
            return []
        pos = m.end
    return listed if text[pos:end].strip(" 。等") == "" else []


def list_tail(page: EventPage, cb: Codebook, c: Clause) -> list[Mention]:
    """The people of the clauses after this one in its sentence that only go on its list of people:
    one opening with 以及/及 (…分别致电甲,以及乙), or one that is nothing but titled names (…拜访了前总理
    甲,前总理乙和丙): its people are this clause's."""
    text, hits = page.doc.text, page.trigger_hits
    if (posts := _land_posts_tail(page, c)):
        return posts
    out: list[Mention] = []
    at = c.end
    while at < c.sentence[1] and text[at] == ",":
        nxt = text.find(",", at + 1, c.sentence[1])
        end = nxt if nxt != -1 else c.sentence[1]
        while end > at + 1 and text[end - 1] in "。!?;":
            end -= 1
        start = _past_spaces(text, at + 1, end)
        people = _people(page, start, end)
        i = bisect_left(hits, (start, ""))
        ahead = [m for m in people if i < len(hits) and m.end <= hits[i][0]]
        if ahead and hits[i][0] < end and _each_after(page, cb, ahead, hits[i][0]):
            return []  # …举行会谈,总理甲,委员长乙,主席丙分别会见某某: the names open the next verb's subjects
        if not people or (i < len(hits) and hits[i][0] < end):
            break  # no one named, or a clause of its own that tells something
        rest = rx.compile(r"\([^()]*\)|\s").sub("", text[people[-1].end:end])
        titled = (start == people[0].start or page.in_title_span(start, people[0].end)) and len(rest) <= 2
        if not (text.startswith(cb.list_continuations, start) or titled):
            break
        out += people
        at = end
    return out


def _each_after(page: EventPage, cb: Codebook, people: list[Mention], k: int) -> bool:
    """Do titled people stand right before 分别/相继… and the verb at k (总理甲,主席乙分别会见某某)?"""
    rest = rx.compile(r"\s").sub("", page.doc.text[people[-1].end:k])
    rest = rx.compile(cue("each_post_after_name")).sub("", rest, count=1)  # (赵乐际委员长将分别…)
    # (甲、乙5日在北京分别会见丙: the day and the place of the meetings, told before the each word)
    rest = rx.compile(cue("each_time_place_before")).sub("", rest, count=1)
    # (…主席王沪宁也将分别会见苏林: adverbs of time or addition before the word)
    rest = rx.compile(cue("each_adverbs_before")).sub("", rest, count=1)
    # (…将分别同他举行会谈, 将分别与某某举行会见: the one partner they each meet, before the verb)
    return rest in cb.each_words or any(rest.startswith(w) and rx.compile(cue("each_partner_after")).fullmatch(
        rest, len(w)) is not None for w in cb.each_words)


def subject_list(page: EventPage, cb: Codebook, c: Clause, k: int) -> list[Mention]:
    """国务院总理甲,委员长乙,主席丙分别会见某某: titled names parted by commas, then 分别 (相继…) and the
    verb: the clauses before this one that are only titled names are its subjects too, back to a clause that
    tells something (…举行会谈) or the sentence's start. Only where this clause opens with a titled name."""
    text = page.doc.text
    start = _past_spaces(text, c.start, k)
    # (新华社北京3月5日电 甲、乙分别会见丙: the dispatch line opening the lead's first clause names no subject)
    dispatch = rx.compile(cue("each_dispatch_opening")).match(text, start, k)
    start = _past_spaces(text, dispatch.end(), k) if dispatch else start
    # (the subjects stand before the each word: 甲、乙将分别与丙举行会见 names its partner after it)
    each = min((i for w in cb.each_words if (i := text.find(w, start, k)) != -1), default=k)
    # (甲、乙在丙访问埃及期间分别会见了丙一行: who a stay frame names before the each word is the one met, no subject)
    # (the frames are looked for only where someone is named there: most clauses name no one before the word)
    own = _people(page, start, each)
    if own:
        frames = [(f.start(), f.end()) for f in rx.compile(cue("each_stay_frame")).finditer(text, start, each)]
        own = [m for m in own if not any(a <= m.start < b for a, b in frames)]
    if not own or not _each_after(page, cb, own, k) or \
            not (start == own[0].start or page.in_title_span(start, own[0].end)):
        return []
    out = _titled_back(page, c, None)
    # (国务院总理甲、委员长乙、主席丙也将分别会见某某: the subjects listed within the clause)
    return out + own if out or len(own) > 1 else []


def joint_subjects(page: EventPage, c: Clause, k: int) -> list[Mention]:
    """省委书记甲,省委副书记、省长乙在昆明会见了丙: titled names parted by commas (a title holds 、), the last
    right before the verb (a day and a place between): together the subjects of one meeting. Only where the
    clause is one titled name and the clauses before it back to the sentence's start are titled names too."""
    text = page.doc.text
    start = _past_spaces(text, c.start, k)
    own = _people(page, start, k)
    if len(own) != 1 or not (start == own[0].start or page.in_title_span(start, own[0].end)) or \
            not rx.compile(cue("joint_subjects_before_verb")).fullmatch(text, own[-1].end, k):
        return []
    out = _titled_back(page, c, None)
    at = out[0].start if out else -1
    head = text.rfind(",", c.sentence[0], at) + 1 if out else -1
    # (本报讯(记者 某某) 昨日,省委书记甲,…: a byline in brackets before the list is no one of it)
    asides = [(m.start(), m.end()) for m in rx.compile(cue("aside_brackets")).finditer(text, c.sentence[0], head)] if out else []
    before = [m for m in _people(page, c.sentence[0], head) if not (asides and any(a <= m.start < b for a, b in asides))]
    if not out or before or \
            not (_past_spaces(text, head, at) == at or page.in_title_span(_past_spaces(text, head, at), out[0].end)):
        return []
    return out + own


def list_head(page: EventPage, c: Clause, k: int) -> list[Mention]:
    """王勇分别与…部长张氏梅,…主席杜文战,…省委书记阮春记等会见会谈: the meeting's verb closes a list of
    titled partners parted by commas (their titles hold 、); the clauses before this one that are only
    titled names go on its list, back to the one that opens it with its subject and 与/同 (某某分别与甲).
    Without that opening no list is read."""
    text = page.doc.text
    start = _past_spaces(text, c.start, k)
    # (…副外长丙等分别进行会谈: the each word and a light verb may stand between the list's end and the word)
    lead = rx.compile(cue("list_head_verb_lead")).search(text, start, k)
    own = _people(page, start, k)
    if not own or not _titled(page, start, own, lead.start() if lead else k):
        return joint_subjects(page, c, k)

    def opens(named: list[Mention]) -> bool:  # 某某分别与甲: the subject, 与/同, then a titled first partner
        joint = max(text.rfind(w, named[0].end, named[-1].start) for w in cues("list_partner_joints")) if len(named) > 1 else -1
        if joint == -1 and len(named) == 1 and (a := _joint_clause(page, c, named[0])) != -1:
            joint = a  # (某某率团访问,与甲,乙…: a clause of its own opening with 与/同, the subject told before it)
            subject[:] = _people(page, c.sentence[0], a)[:1]
        return joint != -1 and page.in_title_span(joint + 1, named[-1].end)

    subject: list[Mention] = []
    listed = _titled_back(page, c, opens)
    return subject + listed if listed else joint_subjects(page, c, k)


def _joint_clause(page: EventPage, c: Clause, first: Mention) -> int:
    """Where the clause holding `first` opens with 与/同 (not the sentence's first clause), else -1."""
    text = page.doc.text
    a = _past_spaces(text, text.rfind(",", c.sentence[0], first.start) + 1, first.start)
    return a if a > c.sentence[0] and text.startswith(tuple(cues("list_partner_joints")), a) else -1


def _titled_back(page: EventPage, c: Clause, opens: Callable[[list[Mention]], bool] | None) -> list[Mention]:
    """The one walk back that subject_list and list_head share: over the comma-parted clauses before c in
    its sentence, taking each that is only one titled name and tells nothing (主席 of a title tells
    nothing), to the first other clause. Returns the names taken, in the text's order. `opens` is the
    test of the clause that stopped the walk, given its people: with it, the list stands only where that
    clause opens it (某某分别与甲: its people go first), and none where the sentence's start or any other
    clause stopped it; without it (None), the names taken are the list whatever stopped the walk."""
    text, hits = page.doc.text, page.trigger_hits
    out: list[Mention] = []
    at = c.start - 1
    while at > c.sentence[0] and text[at] == ",":
        prev = text.rfind(",", c.sentence[0], at)
        a = _past_spaces(text, prev + 1 if prev != -1 else c.sentence[0], at)
        named = _people(page, a, at)
        told = any(not page.in_title_word(h, h + len(w)) for h, w in hits[bisect_left(hits, (a, "")):bisect_left(hits, (at, ""))])
        if not named or told or len(named) > 1 or not _titled(page, a, named, at):
            if opens is None:
                return out
            return named + out if named and not told and opens(named) else []
        out = named + out
        at = prev
    return out if opens is None else []


def _people(page: EventPage, a: int, b: int) -> list[Mention]:
    """The mentions of people between a and b."""
    return [m for m in page.in_span(a, b) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]


def _titled(page: EventPage, a: int, ms: list[Mention], b: int) -> bool:
    """Do the people ms fill the span a..b but for their titles before them and at most one mark (等) after?"""
    rest = rx.compile(cue("list_etc")).sub("", page.doc.text[ms[-1].end:b])
    return (a == ms[0].start or page.in_title_span(a, ms[0].end)) and len(rest) <= 1


def _past_spaces(text: str, a: int, b: int) -> int:
    """Where the text from a on (up to b) has its first character that is no space."""
    while a < b and text[a].isspace():
        a += 1
    return a


def listed_speakers(page: EventPage, c: Clause, k: int, first: str) -> tuple[list[str], bool]:
    """甲、越南驻华大使乙、中国驻越使馆商务参赞丙出席并致辞: the people listed with the speaker before the
    verb (each one after a separator 、和及与 right after the one before, titles between), first included,
    and whether 与/同 joins them (甲与乙举行联合记者会: they act together)."""
    text = page.doc.text
    people = _people(page, c.start, k)
    if not any(page.entities.get(m.entity_id).name == first for m in people):  # type: ignore[union-attr]
        # 甲、乙、丙出席…,并…表示: a clause going on from the sentence's subject and those listed with it
        people = _people(page, c.sentence[0], k)
    at = next((i for i, m in enumerate(people) if page.entities.get(m.entity_id).name == first), None)  # type: ignore[union-attr]
    if at is None:
        return [first], False
    out, joint = [first], False
    cb = codebook()
    marks = {*(w for w in cb.list_joiners if len(w) == 1), *cb.partner_joiners}
    for prev, m in zip(people[at:], people[at + 1:], strict=False):
        gap = rx.compile(r"\([^()]*\)").sub("", text[prev.end:m.start]).strip()
        if not gap or gap[0] not in marks or rx.compile(r"[,;:。]").search(gap):
            break
        title = m.start - len(gap) + 1  # what stands between the separator and the name is a title only
        if title < m.start and not page.in_title_span(title, m.start):
            break
        name = page.entities.get(m.entity_id).name  # type: ignore[union-attr]
        joint = joint or gap[0] in cb.partner_joiners
        if name not in out:
            out.append(name)
    return out, joint


def joint_body(page: EventPage, c: Clause, start: int) -> tuple[int, list[str]]:
    """The parties a meeting's name lists before its body (越南谅山、广宁、河江、高平与中国广西壮族自治区联合
    工作委员会第十次会议): the name goes back over places, countries and bodies joined by 、与和及 (each
    one a name, no verb between), from `start`, where the name read so far begins. Returns the name's
    new start and, where two or more localities are so listed, the localities: the parties of a joint
    body of localities are they, not the countries that place them."""
    text = page.doc.text

    def ending_at(at: int, kinds: tuple[str, ...]) -> list[Mention]:
        return [m for m in page.overlapping(at - 1, at) if m.end == at and m.start >= c.start
                and (e := page.entities.get(m.entity_id)) is not None and e.type in kinds]

    at = start
    joiners = codebook().list_joiners
    while at - 1 > c.start and text[at - 1] in joiners:
        prev = ending_at(at - 1, ("COUNTRY", "LOCATION", "ORG"))
        if not prev:
            break
        at = min(m.start for m in prev)
        qualifier = ending_at(at, ("COUNTRY",))  # 越南谅山: the country placing the first locality
        if qualifier:
            at = qualifier[0].start
    places = [e.name for m in page.in_span(at, start + 1) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "LOCATION"]
    inner = [e.name for m in page.in_span(start, start + 40) if (e := page.entities.get(m.entity_id)) is not None
             and e.type == "LOCATION" and m.start < start + 12]
    localities = list(dict.fromkeys(places + inner[:1]))
    return at, localities if at < start and len(localities) >= 2 else []


def referred_body(page: EventPage, c: Clause, k: int, name: str, openers: tuple[str, ...]) -> str | None:
    """该委员会2026年第一次会议: the body a meeting's name refers back to is the one of that kind named
    before it in the sentence (国家网络安全指导委员会主任某某主持召开该委员会…会议), title or not."""
    opener = next((o for o in openers if name.startswith(o)), None)
    kind = rx.compile(cue("body_kind")).match(name[len(opener):]) if opener else None
    if kind is None:
        return None
    text = page.doc.text
    bodies = [e.name for m in page.overlapping(c.sentence[0], k) if m.end <= k and (e := page.entities.get(m.entity_id)) is not None
              and e.type == "ORG" and text[m.start:m.end].endswith(kind.group(0))]
    return bodies[-1] if bodies else None


def session_body(page: EventPage, start: int, k: int, participants: list[str]) -> list[str]:
    """The participants with the body whose numbered session the meeting word at k closes (越南第十五届国会第十次
    会议: 越南国会), its country the one named right before the term, else the page's."""
    kb = load_kb()
    text = page.doc.text
    m = _session().search(text[max(start, k - 24):k])
    if m is None:
        return participants
    at = max(start, k - 24) + m.start()
    before = [e for x in page.in_span(start, at) if x.end == at and (e := page.entities.get(x.entity_id)) is not None and e.type == "COUNTRY"]
    land = before[-1].country if before else page.country_by_name.get(page.home or "", "")
    body = kb.generic_body(m.group(1), land) if land and m.group(1) in kb.generic_words() else None
    return participants + [body.name] if body is not None and body.name not in participants else participants


@lru_cache(maxsize=1)
def _session() -> re.Pattern[str]:
    """第十五届国会第十次(全体)会: a term's number, the body, the session's number, before the meeting word."""
    n = "[\\d零〇一二三四五六七八九十百两]+"
    return _plain(f"第{n}届([\u4e00-\u9fff]{{2,8}}?)第{n}次{cue('session_kinds')}?$")


def paired_localities(page: EventPage, c: Clause) -> tuple[list[str], list[str]]:
    """胡志明市与老挝华潘省签署…, 签署胡志明市与爱知县间…备忘录: two or more localities joined by a list word
    (a country may place the second: 与老挝华潘省) are the parties of what they do together, where no verb
    stands between them (names inside a title, 东亚和太平洋事务助理国务卿, are none). Returns them and the
    countries that only place them (越南胡志明市与日本爱知县: 越南, 日本). Remembered per sentence (it reads
    the sentence only): each signing or meeting word of the sentence asks again."""
    done: dict[tuple[int, int], tuple[list[str], list[str]]] = page.__dict__.setdefault("_paired_localities", {})
    if c.sentence not in done:
        done[c.sentence] = _paired_localities(page, c.sentence)
    return done[c.sentence]


def _paired_localities(page: EventPage, sentence: tuple[int, int]) -> tuple[list[str], list[str]]:
    text = page.doc.text
    joiners = tuple(codebook().list_joiners)
    # (a region the knowledge base places in no country, 东亚, 太平洋, is no locality)
    # (over the sentence: a clause split at 与 between two triggers would part them)
    ms = [m for m in page.in_span(*sentence) if (e := page.entities.get(m.entity_id)) is not None
          and (e.type == "COUNTRY" or (e.type == "LOCATION" and (e.country or not e.kb_id)))
          and not page.in_title_span(m.start, m.end)]
    out: list[str] = []
    placing: list[str] = []
    for a, b in zip(ms, ms[1:], strict=False):
        ea, eb = page.entities.get(a.entity_id), page.entities.get(b.entity_id)
        if ea is None or eb is None or ea.type != "LOCATION":
            continue
        nxt = b
        if eb.type == "COUNTRY":  # 与老挝华潘省: the country placing the locality after it
            after = [m for m in ms if m.start == b.end and (x := page.entities.get(m.entity_id)) is not None and x.type == "LOCATION"]
            if not after:
                continue
            nxt = after[0]
        between = text[a.end:b.start]
        if between in joiners:
            out += [n for n in (ea.name, page.entities.get(nxt.entity_id).name) if n not in out]  # type: ignore[union-attr]
            placing += [e.name for m in ms if m.end in (a.start, nxt.start) and (e := page.entities.get(m.entity_id)) is not None
                        and e.type == "COUNTRY"]
    return (out, placing) if len(out) >= 2 else ([], [])


def _land_posts_tail(page: EventPage, c: Clause) -> list[Mention]:
    """分别会见了甲、乙等国总统;丙首相,丁和戊等国总理以及己副总理兼外交部长: a list of lands with their posts
    (the posts hold 、, so its parts stand apart by ; and ,): where this clause closes with such a part, the
    clauses after it in its sentence that are only such parts go on its list. Returns their lands."""
    text = page.doc.text
    tail = rx.compile(cue("land_post_list_end")).search(text, c.start, c.end)
    if tail is None or not _land_posts(page, tail.start(1), c.end)[1]:
        return []
    out: list[Mention] = []
    at = c.end
    stop = min(i if (i := text.find(ch, at)) != -1 else len(text) for ch in "。\n")  # (; parts it, 。 ends it)
    while at < stop and text[at] in ",;":
        end = min([stop] + [i for ch in ",;" if (i := text.find(ch, at + 1, stop)) != -1])
        lands, whole = _land_posts(page, _past_spaces(text, at + 1, end), end)
        if not whole:
            break
        out += lands
        at = end
    return out


def _land_posts(page: EventPage, a: int, b: int) -> tuple[list[Mention], bool]:
    """The lands of a..b and whether the span is only lands with their posts (丁和戊等国总理以及己副总理)."""
    text = page.doc.text
    ms = page.in_span(a, b)
    lands = [m for m in ms if (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY"]
    # (副总理兼外交部长: a body a post word holds is no item)
    posts = [(x.start(), x.end()) for x in rx.compile(cue("land_post_words")).finditer(text, a, b)]
    if not lands or any(m not in lands and not any(p <= m.start and m.end <= q for p, q in posts) for m in ms):
        return lands, False
    masked, pos = "", a
    for m in lands:
        masked += text[pos:m.start] + "L"
        pos = m.end
    masked = rx.compile(cue("land_post_words")).sub("T", masked + text[pos:b])
    shape = rx.compile(r"\s|\([^()]*\)").sub("", masked.rstrip("。"))
    return lands, rx.compile(cue("land_post_shape")).fullmatch(shape) is not None
