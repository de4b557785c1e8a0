"""STATEMENTs read with a body or a country as the speaker where the sentence names no one who speaks
for it (issue 13, unseen pages): a pronoun is the clause's subject (他对东盟各国…表示感谢: the person
told before speaks, the body is spoken of), or the body's leaders are left unnamed (与会东盟国家领导人
积极评价…). SPEC: a STATEMENT is a named official's. The words are data (data/statements.toml)."""

from __future__ import annotations

from dipnet.extract.finding.spoken import statement_pattern
from dipnet.model import Event

_CLAUSE_MARKS = ",，。;；:：!?"


def _clause_start(sentence: str, at: int) -> int:
    return max(sentence.rfind(ch, 0, at) for ch in _CLAUSE_MARKS) + 1


def _trigger_spots(ev: Event, sentence: str) -> list[int]:
    """Every place the event's trigger stands in its sentence."""
    trig = str(ev.attributes.get("trigger", ""))
    spots, at = [], sentence.find(trig) if trig else -1
    while at != -1:
        spots.append(at)
        at = sentence.find(trig, at + 1)
    return spots


def no_speaker(ev: Event, sentence: str, people: set[str]) -> bool:
    """A body's or country's STATEMENT whose every trigger stands in a clause a pronoun opens, or whose
    body is named with its leaders left unnamed."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people:
        return False
    pronoun = statement_pattern("pronoun_subject")
    spots = _trigger_spots(ev, sentence)
    if spots and (pronoun.match(sentence) or all(pronoun.match(sentence[_clause_start(sentence, k):k]) for k in spots)):
        return True  # (她感谢…,并重申…: the sentence's subject, in the clauses going on from it)
    body = ev.participants[0]
    at = sentence.find(body)
    if at != -1 and statement_pattern("unnamed_after").match(sentence[at + len(body):]) is not None:
        return True
    # (…同时对老挝以东盟轮值主席国身份主持会议表示支持: the body stands inside what the clause's 对 opens)
    opening = statement_pattern("object_opening")
    return bool(spots) and all((o := opening.match(sentence, _clause_start(sentence, k), k)) is not None
                               and body in sentence[o.end():k] for k in spots)


def unnamed_subject(ev: Event, sentence: str, people: set[str]) -> bool:
    """古巴领导人祝愿阮富仲在新岗位上取得更大成就,并表示…: a sentence whose subject is a land's or a body's
    leaders left unnamed tells no named official's words (SPEC); the person named after them is addressed."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] not in people:
        return False
    opening = statement_pattern("leaders_opening").match(sentence)
    return opening is not None and ev.participants[0] not in sentence[:opening.end()]


def _spokespeople(sentence: str, people: set[str], spokesman_words: tuple[str, ...]) -> list[str]:
    """The people the sentence names right after a spokesperson word (外交部发言人耿爽)."""
    out = []
    for word in spokesman_words:
        at = sentence.find(word)
        while at != -1:
            rest = sentence[at + len(word):at + len(word) + 12]
            named = [p for p in people if rest.startswith(p)]
            if named:
                out.append(max(named, key=len))
            at = sentence.find(word, at + 1)
    return out


def named_spokesperson(ev: Event, sentence: str, people: set[str], spokesman_words: tuple[str, ...]) -> None:
    """在外交部例行记者会上,发言人耿爽表示…: a body's STATEMENT in a sentence that names its spokesperson is
    that person's (SPEC: a spokesperson's answer, a named official's); and the spokesperson speaks of
    what others did (外交部发言人耿爽:中菲签署…), a party of no other event the sentence tells."""
    if not ev.participants or not any(w in sentence for w in spokesman_words):
        return
    named = _spokespeople(sentence, people, spokesman_words)
    if not named:
        return
    if ev.type == "STATEMENT":
        if ev.participants[0] not in people:
            ev.participants, ev.source, ev.target = [named[0]], [named[0]], []
        return
    rest = [p for p in ev.participants if p not in named]
    if len(rest) >= 2 and len(rest) < len(ev.participants):
        ev.drop_actors(set(named))


def interviewee(ev: Event, sentence: str, people: set[str]) -> None:
    """某某…接受总台记者的独家专访: an interview read with the outlet as its speaker is given by the person
    named before the verb of accepting it."""
    if ev.type != "STATEMENT" or ev.attributes.get("kind") != "interview" or not ev.participants \
            or ev.participants[0] in people:
        return
    accept = statement_pattern("interview_accept").search(sentence)
    if accept is None:
        return
    before = [(sentence.rfind(p, 0, accept.start()), p) for p in people if p in sentence[:accept.start()]]
    if before:
        who = max(before)[1]
        ev.participants, ev.source, ev.target = [who], [who], []


def each_speaks(ev: Event, sentence: str, people: set[str]) -> list[Event]:
    """甲大使,俄国家杜马第一副主席、俄中友好协会主席乙分别致辞: a speech each of the people the sentence
    names before 'respectively' (a list whose items hold titles of their own, joined by commas)."""
    if ev.type != "STATEMENT" or ev.attributes.get("kind") != "speech" or not ev.participants:
        return []
    trig = str(ev.attributes.get("trigger", ""))
    each = statement_pattern("each_before")
    at = sentence.find(trig) if trig else -1
    while at != -1 and not each.search(sentence[max(0, at - 4):at]):
        at = sentence.find(trig, at + 1)
    if at == -1:
        return []
    stop = statement_pattern("each_list_stop")
    start = at
    while start > 0:  # back over the clauses of names only (甲大使,乙国某某主席乙分别致辞)
        prev = max(sentence.rfind(",", 0, start - 1), sentence.rfind("，", 0, start - 1))
        if stop.search(sentence, prev + 1, start):
            break
        start = prev + 1 if prev != -1 else 0
        if prev == -1:
            break
    span = sentence[start:at]
    named = sorted((span.find(p), p) for p in people if p in span and p not in ev.participants)
    # (a name inside another's: the longer one stands)
    names = [p for _, p in named if not any(p != q and p in q for _, q in named)]
    return [Event(**{**ev.__dict__, "participants": [p], "source": [p], "target": [],
                     "attributes": dict(ev.attributes)}) for p in names]


def read_for_others(ev: Event, sentence: str) -> bool:
    """某某代表国会常委会宣读关于…的决议草案: the reader reads out another's document, no statement of their own."""
    if ev.type != "STATEMENT" or ev.attributes.get("trigger") != "宣读":
        return False
    at = sentence.find("宣读")
    return at != -1 and statement_pattern("read_for_others").match(sentence[at + 2:]) is not None


def topic_talks(ev: Event, sentence: str) -> bool:
    """马朝旭会后就中美元首会见对媒体吹风: talks named as what a speaker speaks on (就…会见对媒体…) are the talks
    told elsewhere, no meeting of the speaker's — at every occurrence of the trigger."""
    if ev.type not in ("MEET", "CALL"):
        return False
    trig = str(ev.attributes.get("trigger", ""))
    before, after = statement_pattern("topic_before"), statement_pattern("topic_event_after")
    at = sentence.find(trig) if trig else -1
    if at == -1:
        return False
    while at != -1:
        if not (before.search(sentence[:at]) and after.match(sentence[at + len(trig):])):
            return False
        at = sentence.find(trig, at + 1)
    return True


def message_words(ev: Event, text: str, people: set[str]) -> bool:
    """王毅外长在贺信中高度评价…。王毅外长表示,…: reported words (no kind of their own) of a person whose words
    the sentence before, in the same paragraph, frames as a message's are that message's content."""
    if ev.type != "STATEMENT" or "kind" in ev.attributes or not ev.participants or ev.participants[0] not in people:
        return False
    before = text.rfind("。", 0, ev.start - 1) + 1
    previous = text[before:ev.start]
    if not previous or "\n" in previous:
        return False
    who = ev.participants[0]
    at = previous.find(who)
    return at != -1 and statement_pattern("message_frame_after").match(previous[at + len(who):]) is not None


def message_said(ev: Event, sentence: str) -> bool:
    """法国外交部长向越南…外长黎文乙致电表示慰问: words told right after a message's verb are the message's (SPEC), no
    statement of anyone's — at every occurrence of the trigger."""
    if ev.type != "STATEMENT":
        return False
    before = statement_pattern("message_verb_before")
    spots = _trigger_spots(ev, sentence)
    return bool(spots) and all(before.search(sentence[:k]) for k in spots)


def body_figures(ev: Event, sentence: str, people: set[str]) -> bool:
    """越南灾害管理局指出,洪灾已造成40人死亡: a body that is no body of foreign affairs reporting a toll or a
    statistic gives data, no named official's STATEMENT (SPEC) — at every occurrence of the trigger."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people \
            or statement_pattern("foreign_affairs_body").search(ev.participants[0]):
        return False
    figures = statement_pattern("body_figures")
    trig = str(ev.attributes.get("trigger", ""))
    spots = _trigger_spots(ev, sentence)
    release = statement_pattern("body_release_before")
    return bool(spots) and all(figures.search(sentence, k + len(trig)) and not release.search(sentence, 0, k)
                               for k in spots)


def unnamed_member(ev: Event, sentence: str, people: set[str]) -> bool:
    """农业部某官员称…: a body named only as what an unnamed person belongs to does not speak for them, and no
    named official speaks (SPEC) — at every occurrence of the trigger; a press setting keeps the body's words."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people \
            or statement_pattern("press_setting").search(sentence):
        return False
    body, member = ev.participants[0], statement_pattern("unnamed_member")
    spots = _trigger_spots(ev, sentence)
    for k in spots:
        at = sentence.rfind(body, 0, k)
        gap = sentence[at + len(body):k] if at != -1 else ""
        if not gap or any(ch in gap for ch in _CLAUSE_MARKS) or any(p in gap for p in people) \
                or not member.search(gap):
            return False
    return bool(spots)

