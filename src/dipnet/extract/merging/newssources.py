"""A body named as the source of the news its words tell (美国驻胡志明市总领事馆表示,美国执法机构…逮捕了…;
据国际刑警组织称,…被捕; 外交部今天表示,外交部长某某…率团出席…; 总统府召开记者会宣布,总统将…率团前往…):
the visit, meeting or arrest it reports is the event, the body's words no STATEMENT of their own (SPEC: a
statement by a named official). A body's statement stays where no other event is read from its words (越南外交部
发言人表示,对…感到「非常遗憾」), where the words open with a stance (外交部表示,诚挚欢迎…), and where the events of
the sentence stand before its reporting word (外交部发言人就美方在东亚峰会上无理指责中方答记者问: the topic
answered), where they are a question put to it (记者会上,有记者提问:…) or its own press release (发表新闻公报称…).
Called by prune.prune over the page's events; the words are data (statements.toml)."""

from __future__ import annotations

from dipnet.extract.finding.spoken import statement_pattern
from dipnet.model import Event


def news_sources(events: list[Event], text: str, people: set[str]) -> list[Event]:
    """The events without the body statements whose words only report another event of the sentence, and
    without the outlets that only carry a statement's words (relaying_outlets)."""
    events = relaying_outlets(events, text)
    told: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        told.setdefault((e.start, e.end), []).append(e)
    drop = {id(e) for e in events if _reports_news(e, told.get((e.start, e.end), []), text, people)}
    return [e for e in events if id(e) not in drop] if drop else events


def _reports_news(e: Event, same: list[Event], text: str, people: set[str]) -> bool:
    if e.type != "STATEMENT" or not e.participants or e.participants[0] in people or \
            e.attributes.get("kind") in ("interview", "article", "address"):
        return False
    trig = str(e.attributes.get("trigger", ""))
    at = text.find(trig, e.start, e.end) if trig else -1
    if at == -1:
        return False
    after = at + len(trig)
    if statement_pattern("news_stance_after").match(text, after) or \
            statement_pattern("body_release_before").search(text, e.start, after):
        # (a stance; 发表新闻公报称…, 发表声明称, 文告指出: a press release of the body's own, SPEC's press statement,
        # whether the release word stands before the reporting word or is the trigger itself)
        return False
    question = statement_pattern("news_question")
    for o in same:
        word = str(o.attributes.get("trigger", ""))
        found = text.find(word, after, e.end) if word and o is not e and o.type != "STATEMENT" and \
            not _own_stance(o, e.participants[0]) else -1
        # (记者会上,有记者提问:昨晚…通了电话: the event is the question's, the press conference the body's own)
        if found != -1 and not question.search(text, after, found):
            return True
    return False


def _own_stance(o: Event, body: str) -> bool:
    """外交部发言人表示,中方坚决反对…; 外务省发表声明称,已向中方提出抗议: a protest the body makes itself in its words is
    its stance, as 表示坚决反对 right after the verb is (news_stance_after), no news of another's doings it passes on
    (ev53, issue 13, probes: the official gold keeps the body's statement beside its protest, dev2 n42)."""
    return statement_pattern("news_stance_types").fullmatch(o.type) is not None and body in o.participants


def relaying_outlets(events: list[Event], text: str) -> list[Event]:
    """据《某报》报导,…认为; 向《某导报》透露; 某社某地12日电 专访: a news outlet that only carries another's words
    is no speaker of them (the official gold keeps an outlet's own article, seeds 000); it leaves the statement's
    speakers, and a statement with no speaker left is dropped (data/statements.toml)."""
    out = []
    for e in events:
        gone = [p for p in e.participants if e.type == "STATEMENT" and _relays(p, text, e.start, e.end)] \
            if e.participants else []
        if gone:
            e.drop_actors(set(gone))
            if not e.participants:
                continue
        out.append(e)
    return out


def _relays(name: str, text: str, start: int, end: int) -> bool:
    """The name stands in a relaying frame somewhere in the sentence text[start:end]."""
    frames = [(statement_pattern(f"{k}_outlet_before"), statement_pattern(f"{k}_outlet_after")) for k in ("relay", "told")]
    dateline = statement_pattern("dateline_outlet_after")
    at = text.find(name, start, end)
    while at != -1:
        stop = at + len(name)
        rest = text[stop:end]
        lead = text[max(start, at - 3):at]
        if dateline.match(rest) or any(b.search(lead) and a.match(rest) for b, a in frames):
            return True
        at = text.find(name, stop, end)
    return False
