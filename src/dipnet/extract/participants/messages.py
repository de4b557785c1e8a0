"""The two sides of a message: who sends it and who receives it, one group per sending country
(甲、乙分别向丙,丁致贺电 / 甲致电乙 / 阿努廷发来贺电,祝贺某某)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from operator import attrgetter

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.framed import frame_opener
from dipnet.extract.participants.postauthors import post_author
from dipnet.extract.participants.readout import gathering_before, read_out_at
from dipnet.extract.participants.senderspan import last_break, topic_subject
from dipnet.model import Mention

Sides = tuple[list[str], list[str], list[str], list[str]]  # senders, recipients, their lands

_SENTENCE_END = re.compile("[。;!?]")

_START = attrgetter("start")


def _mourning_visit(page: EventPage, c: Clause, trig: str) -> int | None:
    """Where the clause of going right before a mourning word's clause opens (某某来到某国驻华使馆,吊唁…), where
    that clause goes to a body (到, 前往: message_went) and names its goer (ev64); else None."""
    text = page.doc.text
    if trig not in codebook().mourning_words or c.start <= c.sentence[0] or text[c.start - 1] not in ",，":
        return None
    opens = max([c.sentence[0]] + [text.rfind(ch, c.sentence[0], c.start - 1) + 1 for ch in ",，:："])
    went = max((text.rfind(w, opens, c.start - 1) for w in codebook().message_went), default=-1)
    gone = [m for m in page.in_span(went, c.start - 1) if (e := page.entities.get(m.entity_id)) is not None
            and e.type in ("ORG", "COUNTRY")] if went != -1 else []
    goer = [m for m in page.in_span(opens, max(went, opens)) if (e := page.entities.get(m.entity_id)) is not None
            and e.type == "PERSON"]
    return opens if gone and goer else None


def message_sides(page: EventPage, c: Clause, k: int, trig: str) -> list[Sides]:
    """Senders and recipients of a message, one group per sending country: 甲、乙分别向丙,丁致贺电
    (senders from the start of the clause holding 向 up to it, recipients from it to the verb, across
    clauses) or 甲致电乙 (recipients after the verb). The people named stand for their side; a
    country sends or receives only where none of its people is named (古巴国家主席迪亚斯-卡内尔 →
    迪亚斯-卡内尔); a body listed beside a person (某某和墨西哥共产党向…) sends too."""
    text = page.doc.text
    s0 = c.sentence[0]
    scope = page.in_span(s0, c.end)
    mourned: list[Mention] = []
    xiang = text.rfind("向", c.start if "向" in text[c.start:k] else s0, k)
    if xiang == -1 and trig in _roll_words()["letter_verbs"]:  # 苏林给通伦写信: 给 before a letter verb, as 向
        xiang = text.rfind("给", c.start, k)
    if xiang != -1 and any(m.start <= xiang < m.end for m in scope):
        xiang = -1  # 向 inside a name
    if xiang != -1:
        opens = _titled_before(page, s0, last_break(page, s0, xiang))
        senders = [m for m in scope if max(opens, s0) <= m.start and m.end <= xiang]
        recipients = [m for m in scope if xiang < m.start and m.end <= k]
        if opens <= s0:  # 老挝…总书记、国家主席通伦(…);政府总理潘坎…和…赛宋蓬…向…致国庆贺电: listed across ";"
            senders = _listed_before(page, s0) + senders
        if not senders:  # 阮春福已就日本遭受台风袭击,造成…损失向…致慰问电: a topic's commas stand between
            senders = topic_subject(page, scope, s0, xiang)
    mutual = -1
    if xiang == -1:
        opens = _titled_before(page, s0, c.start - 1) if c.start > s0 and text[c.start - 1] == "," else c.start
        gone = _mourning_visit(page, c, trig)  # (习近平来到某国驻华使馆,吊唁…: the clause of going tells both sides)
        opens = c.start if gone is None else gone
        senders = [m for m in scope if opens <= m.start and m.end <= k]
        recipients = [m for m in scope if m.start >= k + len(trig) and m.end <= c.end]
        # 马雷罗在致给越南政府总理范明政的贺电中强调: the one the message is addressed to before the word
        split = _mutual_split(page, s0, c.start, k)
        if split is not None:  # 甲、乙同丙、丁互致贺电: each side sends to the other
            first, mutual, end = split
            senders = [m for m in scope if first <= m.start and m.end <= mutual]
            recipients = [m for m in scope if mutual < m.start and m.end <= end]
        to_before = rx.compile(cue("message_to_before")).search(text[c.start:k])
        if to_before:
            at = c.start + to_before.start()
            recipients = [m for m in senders if m.start >= at] + recipients
            senders = [m for m in senders if m.start < at]
        if trig in codebook().mourning_words:  # 吊唁越共总书记阮富仲: the one mourned, no recipient
            mourned = [m for m in recipients if (x := page.entities.get(m.entity_id)) is not None and x.type == "PERSON"]
        at = text.find("在", c.start, k)  # (a body named in the clause's own setting sends nothing: 在脸书贴文上)
        if not senders or (at != -1 and all(m.start > at for m in senders)):
            # 某某在获悉…后,致唁电 / 某某早前在…,以及在贴文上发表唁函: the frame's subject sends
            senders = frame_opener(page, c, k) or senders or post_author(page, c, k)  # (在脸书发文,祝贺…: the poster)
        went = max((text.rfind(w, c.start if gone is None else gone, k) for w in codebook().message_went), default=-1)
        if went != -1:  # 习近平亲自到越南驻华使馆吊唁: the body gone to receives the condolences
            recipients = [m for m in senders if m.start > went] + recipients
            senders = [m for m in senders if m.start < went]
        # (发来贺电和贺信,祝贺苏林…: the other message words of the part before the comma go with it)
        opened = rx.compile(r"[^,，。;!?]{0,6}?[,，]\s*").match(text[c.end:c.end + 10])
        if not recipients and opened and codebook().message_addressed.match(text, c.end + opened.end()):
            # 阿努廷发来贺电,热烈祝贺范明政再次当选 / 致贺电,对某某当选表示祝贺: the one congratulated is addressed
            addressed = [m for m in page.in_span(c.end, c.sentence[1]) if (x := page.entities.get(m.entity_id)) and x.type == "PERSON"]
            # (发来贺电,祝贺中国共产党成立100周年: no one named, the body or country congratulated is addressed)
            bodies = [m for m in page.in_span(c.end, c.sentence[1]) if (x := page.entities.get(m.entity_id)) and x.type in ("ORG", "COUNTRY")]
            recipients = addressed[:1] or bodies[:1]
    # 值此苏林同志当选…之际,古巴…领导人发来贺电: the one the occasion names sends nothing
    occasions = [(o.start(), o.end()) for o in codebook().message_occasion.finditer(text, s0, k)]
    senders = [m for m in senders if not any(a <= m.start < b for a, b in occasions)]
    if not recipients and xiang == -1 and c.brief not in page.message_to:
        # 值此阮富仲当选国家主席之际,印度、文莱等国领导纷纷致贺电: the one the occasion names (the one elected,
        # the one mourned) is addressed where the message names no one else
        recipients = [m for m in scope if any(a <= m.start < b for a, b in occasions)
                      and (x := page.entities.get(m.entity_id)) is not None and x.type == "PERSON"][:1] or \
            _occasion_addressed(page, scope, occasions, senders, s0, c.start)
    # 习近平就越南遭受台风灾害向梁强致慰问电: what 就 opens is the occasion, not a sender
    jiu = text.rfind("就", s0, xiang if xiang != -1 else k)
    # (印尼政府、…议长就黎可漂同志逝世向…: any sender named before 就, a body or country too)
    if jiu != -1 and any(m.end <= jiu and page.entities.get(m.entity_id) is not None for m in senders):
        senders = [m for m in senders if m.end <= jiu]
    if xiang != -1 and text[k - 1] == "的" and recipients and recipients[-1].end == k - 1:  # 向古巴领导递交阮富仲的信件: the author sends
        author = recipients[-1]
        senders, recipients = [author], [m for m in recipients if m is not author]
    if text[k - 1] == "的" and trig in _roll_words()["authored"]:  # 把朴槿惠(总统)的亲笔信转交给习近平: the author sends,
        written = [m for m in senders + recipients if k - 6 <= m.end < k and (x := page.entities.get(m.entity_id)) is not None
                  and x.type == "PERSON" and rx.compile("[\u4e00-\u9fff]{0,4}的").fullmatch(text, m.end, k)]
        if written:  # (not the envoy who hands it over)
            senders, recipients = written[-1:], [m for m in recipients if m is not written[-1]]
    verb = read_out_at(page, c.start, k)
    if verb != -1:  # 甲出席开幕式并宣读乙的贺信: 乙 sends it to the gathering it is read at, 甲 sends nothing (readout.py)
        senders, recipients = [m for m in senders if m.start > verb], recipients or gathering_before(page, s0, verb)
    kin = [m for m in recipients if codebook().message_family.match(text, m.end)]
    if kin and len(kin) < len(recipients):  # 向越南政府和黎可漂同志家属: the government, not the deceased
        recipients = [m for m in recipients if m not in kin]
    sent: dict[int | None, list[Mention]] = page.__dict__.setdefault("_message_from", {})
    if not recipients and xiang == -1 and trig in _roll_words()["reply_words"]:
        recipients = sent.get(c.brief, [])  # 胡锦涛致电祝贺马英九…;马英九同日复电: the reply goes to who wrote
    if recipients:
        page.message_to[c.brief] = recipients
        sent[c.brief] = senders
    elif xiang == -1 and c.brief in page.message_to:
        recipients = page.message_to[c.brief]  # 某某也致贺电。: to the one the messages before were addressed
    kinds = ("PERSON", "ORG", "COUNTRY")
    who_m = _unqualified(page, senders)
    to_m = [m for m in _unqualified(page, recipients) if m not in mourned]  # (越共 of 越共总书记阮富仲 goes too)
    who = names(page, who_m, kinds if xiang != -1 or not _has_person(page, who_m) else ("PERSON", "ORG"))
    # (向博鳌亚洲论坛年会致贺信: a gathering addressed alone is the recipient, though names() keeps meetings out)
    to = names(page, to_m, kinds) or names(page, to_m, ("ORG",), meetings=True)
    if mutual != -1:  # (the dateline's agency before the first side's people sends nothing)
        who = names(page, who_m, ("PERSON",)) if _has_person(page, who_m) else who
        to = names(page, to_m, ("PERSON",)) if _has_person(page, to_m) else to
    if not who or not (to or verb != -1):  # (a letter read out at a gathering not named as a body: its author alone)
        return []
    # (the recipients named in a sentence before, a reply's, are told their land there)
    told = scope + [m for m in recipients + senders if m.start < s0]
    country = {n: land for n, land in _lands(page, sorted(told, key=_START)).items() if n in who + to}
    people, lands = page.people, page.lands

    def standing(side: list[str]) -> list[str]:
        spoken = {country.get(n) for n in side if n in people}
        return [n for n in side if not (n in lands and country.get(n) in spoken)]

    who, to = standing(who), standing(to)
    if any(n in people for n in to):  # the people addressed, not the nations beside them
        to = [n for n in to if n not in lands]
    sides = _by_land(who, to, country) if to else [(who, [], sorted({country.get(n) or n for n in who}), [])]
    return sides + _by_land(to, who, country) if mutual != -1 else sides


def _occasion_addressed(page: EventPage, scope: list[Mention], occasions: list[tuple[int, int]],
                        senders: list[Mention], s0: int, start: int) -> list[Mention]:
    """The one a lone sender's message answers, named only in its occasion: 值此老挝国庆之际,梁强致电祝贺 /
    通伦当选老挝国家主席后,梁强致电祝贺 / 获悉老挝发生洪灾后,…致电慰问. The person the occasion names, else
    the country or body it names that is not the senders' own (值此越老建交…之际: 老挝 for a Vietnamese sender)."""
    before = page.doc.text[s0:start]  # (searched on its own: the clause's start is the sentence's)
    spans = occasions + [(s0 + o.start(), s0 + o.end()) for o in rx.compile(cue("message_occasion_clause")).finditer(before)]
    inside = [m for m in scope if m not in senders and m.end <= start and any(a <= m.start < b for a, b in spans)]
    kinds = {m.entity_id: x.type for m in inside if (x := page.entities.get(m.entity_id)) is not None}
    people = [m for m in inside if kinds.get(m.entity_id) == "PERSON"]
    if people:
        return people[:1]
    own = set(_lands(page, senders).values())
    return [m for m in inside if kinds.get(m.entity_id) in ("COUNTRY", "ORG")
            and (x := page.entities[m.entity_id]).name not in own and (x.country or x.name) not in own][:1]


def _listed_before(page: EventPage, s0: int) -> list[Mention]:
    """The sender a part closed by ";" right before the sentence names alone, by title and name (and a
    transcription in brackets at most): the head of a list of senders the sentence goes on with."""
    text = page.doc.text
    if s0 == 0 or text[s0 - 1] not in ";；":
        return []
    seg = page.doc.segment_at(s0 - 1)
    lo = seg.start if seg is not None else max(0, s0 - 120)
    start = max([lo] + [i + 1 for ch in "。;；!?" if (i := text.rfind(ch, lo, s0 - 1)) != -1])
    people = [m for m in page.in_span(start, s0 - 1) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    if len(people) != 1 or not rx.compile(r"\s*(?:\([^()]*\))?\s*").fullmatch(text, people[0].end, s0 - 1):
        return []
    start = max([start] + [i + 1 for ch in ",，:：—" if (i := text.rfind(ch, start, people[0].start)) != -1])
    lead = start + len(text[start:people[0].start]) - len(text[start:people[0].start].lstrip(" *\u3000"))
    return people if page.in_title_span(lead, people[0].end) else []


def _by_land(who: list[str], to: list[str], country: dict[str, str]) -> list[Sides]:
    """One group per sending country, each to every recipient not of it."""
    groups: dict[str, list[str]] = {}
    for n in who:
        groups.setdefault(country.get(n) or n, []).append(n)
    return [(g, [n for n in to if n not in g], [land], sorted({country.get(n) or n for n in to if n not in g}))
            for land, g in groups.items() if any(n not in g for n in to)]


def _mutual_split(page: EventPage, s0: int, start: int, k: int) -> tuple[int, int, int] | None:
    """The two sides of an exchange of messages (甲、乙同丙、丁互致贺电): where the first side opens, the
    partner word that parts them (the last 同 or 与, else 和, outside any name, a name on each side) and
    the mutual word closing the second; None where the clause tells no exchange."""
    text = page.doc.text
    mutual = rx.compile(cue("message_mutual_before")).search(text, start, k)
    if mutual is None:
        return None
    end = mutual.start()
    inside = page.in_span(s0, end)
    for words in (("同", "与"), ("和",)):
        at = max(text.rfind(w, s0, end) for w in words)
        while at != -1 and any(m.start <= at < m.end for m in inside):
            at = max(text.rfind(w, s0, at) for w in words)
        if at != -1 and any(m.end <= at for m in inside) and any(m.start > at for m in inside):
            # the first side: back from the part holding the partner word over the parts that are only a
            # title and its holder (越共中央总书记、国家主席阮富仲,政府总理阮春福,…已与…)
            first = _titled_before(page, s0, max(text.rfind(x, s0, at) for x in ",;:"))
            return max(first, s0), at, end
    return None


def _titled_before(page: EventPage, s0: int, opens: int) -> int:
    """老挝…总书记、国家主席通伦·西苏里,中共中央总书记…习近平和…洪森分别向苏林致贺电: senders whose titles
    hold a 、 are listed with commas; a part before the opening comma that is only a title and its
    holder (or only a country's name) is a sender too (the opening moves back over it)."""
    text = page.doc.text
    while opens > s0:
        prev = max(text.rfind(x, s0, opens) for x in ",;:")
        start = max(prev + 1, s0)
        held = page.in_span(start, opens)
        last = held[-1] if held else None
        lead = start + len(text[start:opens]) - len(text[start:opens].lstrip())
        # (印度,文莱,缅甸,新西兰等国领导纷纷致贺电: a bare country listed with commas likewise)
        if last is None or last.end != opens or (x := page.entities.get(last.entity_id)) is None or not (
                (x.type == "PERSON" and page.in_title_span(lead, opens)) or (x.type == "COUNTRY" and last.start == lead)):
            break
        opens = prev if prev >= s0 else s0
    return opens


def message_lands(page: EventPage, scope: list[Mention]) -> dict[str, str]:
    """The country each actor of `scope` speaks for, as a message's sides are grouped (`_lands`)."""
    return _lands(page, scope)


def _lands(page: EventPage, scope: list[Mention]) -> dict[str, str]:
    """The country each actor speaks for: a person's is the country named in the title right before
    the name (乌克兰最高拉达议长格罗伊斯曼), else the one the knowledge base gives; a body's or a
    country's its own."""
    text = page.doc.text
    out: dict[str, str] = {}
    last: tuple[int, str] | None = None
    # (looked up once, not per mention: a page's whole list of mentions is read so)
    body_lands, between = _roll_words().get("body_lands", {}), rx.compile(cue("land_of_body_between"))
    for m in scope:
        e = page.entities.get(m.entity_id)
        if e is None:
            continue
        if e.type == "ORG" and e.country and last and _organ_of_last(text, last[0], m):
            last = (m.end, last[1])  # 老挝人民革命党中央委员、中央对外部部长某某: the bare organ is that party's
        elif e.type == "COUNTRY" or (e.type == "ORG" and e.country):  # 蒙古国国家大呼拉尔主席某某: 蒙古
            last = (m.end, e.country or e.name)
        elif e.type == "ORG" and e.name in body_lands:
            last = (m.end, body_lands[e.name])  # 联合国秘书长某某: the body's own code
        # (萨尔瓦多共和国“法拉本多•马蒂民族解放阵线: a body of no land of its own named right after one speaks for it)
        loose = e.type == "ORG" and not e.country and last is not None and \
            between.fullmatch(text, last[0], m.start) is not None
        if (e.type == "PERSON" or loose) and last and m.start - last[0] <= 30 and _title_of(text[last[0]:m.start]):
            out.setdefault(e.name, last[1])
        elif e.type != "PERSON" or e.kb_id:  # (联合国 in a lead's senders: the body's own code, as its head's)
            out.setdefault(e.name, e.country or body_lands.get(e.name) or e.name)
        if e.type == "PERSON":
            last = None  # a title qualifies the one name after it (总理温家宝致电奥巴马)
    return out


@lru_cache(maxsize=1)
def _roll_words() -> dict:
    return tomllib.loads(resources.files("dipnet.extract.data").joinpath("messages.toml").read_text("utf-8"))


def _unqualified(page: EventPage, ms: list[Mention]) -> list[Mention]:
    """Without the bodies and countries that qualify the person named right after them (尼加拉瓜国民议会
    议长古斯塔沃…, 泰国国王…): only a separator (、和及与,) makes the body a party of its own."""
    text = page.doc.text
    out = []
    for i, m in enumerate(ms):
        e = page.entities.get(m.entity_id)
        # the next name after it (not one inside it: 莫桑比克 of 莫桑比克解放阵线党)
        nxt = next((x for x in ms[i + 1:] if x.start >= m.end), None)
        if e is not None and e.type != "PERSON" and nxt is not None and (n := page.entities.get(nxt.entity_id)) is not None \
                and n.type == "PERSON" and nxt.start - m.end <= 12 and _title_of(text[m.end:nxt.start]):
            continue
        out.append(m)
    return out


def _organ_of_last(text: str, after: int, m: Mention) -> bool:
    """Is `m` an organ named bare (中央对外部) inside the title chain of the land or party named just before
    it (老挝人民革命党中央委员、中央对外部部长)? Such an organ is that party's, whatever land a bare name
    resolves to on its own."""
    bare = _roll_words().get("title_organs", [])
    between = text[after:m.start]  # a title of the party's before the mark (中央委员、), no list of names
    return m.start - after <= 20 and any(text.startswith(w, m.start) for w in bare) \
        and not rx.compile(_roll_words()["organ_title_break"]).search(between) and \
        (between == "" or rx.compile(_roll_words()["title_chain_joint"]).search(between) is not None)


def _title_of(between: str) -> bool:
    """Is the text between a country or body and a person the person's title? A list mark parts them
    (墨西哥共产党、某某 / 越南和老挝领导人), except 、 between two titles of one person (莫桑比克解放阵线党
    主席、共和国总统查波: a title follows the mark)."""
    if rx.compile(_roll_words()["title_list_break"]).search(between):  # 和 of 共和国 is no list mark
        return False
    return "、" not in between or bool(between.rsplit("、", 1)[1].strip())


def _has_person(page: EventPage, ms: list[Mention]) -> bool:
    """A person among the senders: the countries beside them stand for no one (古巴、泰国等国家领导人以及
    联合国秘书长: no person, the lands and the body send)."""
    return any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in ms)
