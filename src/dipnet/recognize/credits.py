"""Reporters and desks named in a credit (SPEC: bylines and photo credits name people): the names after
记者/摄影 when the credit writes them apart with spaces, (记者 侯丽军 桑彤) or 记者 黄克 摄. A name
glued to the word (记者谭晶晶) is read by the title rule in `people`; the spaced list of two or
more is not, since a space ends a name there. A desk in a bracketed credit (〔国际新闻中心/综合报导〕)
is an organization."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Coverage, Document, Mention, Role, in_order
from dipnet.recognize.bracketbylines import bracket_bylines
from dipnet.recognize.creditlists import credit_list_names, desk_ends, signature_names
from dipnet.recognize.footbylines import foot_bylines, head_bylines
from dipnet.recognize.latincredits import latin_credits
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.link import dedupe_roles, rule_mention
from dipnet.recognize.namereads import surname_led
from dipnet.recognize.runcredits import credit_run_names
from dipnet.rx import plain as _plain
from dipnet.rxneeds import finditer as _needing


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The credit, credit-list and desk patterns, built from the data's words (names.toml)."""
    rules = name_rules()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, words))
    # a credit word, then one to four names of two or three characters each set apart by spaces, then
    # the credit's close: a bracket, 摄, or the line's end; a last name of two may be glued to 摄 (记者 黄某摄)
    close = alt(rules.credit_close_words)
    credit = _plain(rf"(?:{alt(rules.credit_words)})[ \u3000]+((?:[\u4e00-\u9fff]{{2,3}}[ \u3000]+){{0,3}}"
                        rf"(?:[\u4e00-\u9fff]{{2}}(?=(?:{close}))|[\u4e00-\u9fff]{{2,3}}))"
                        rf"(?=[ \u3000]*(?:[)）】〕\]]|{close}|\n|$"
                        # or the next credit of the line (【某报特约记者 董某 某报记者 陈某】)
                        rf"|[\u4e00-\u9fff]{{0,8}}(?:{alt(rules.credit_words)})[ \u3000]"
                        # or where the reporter files from (记者 黄某 上海报道)
                        rf"|[\u4e00-\u9fff]{{2,4}}(?:{alt(rules.desk_report_words)})))")
    # a credit word, a name, then more names each after a slash, a space or a 、, up to the credit's
    # close: (编辑:廖某/邱某), (记者乐某 陶某); the names after the first
    # (a name may carry an aside in brackets: 责编:周某(实习生)、郑某)
    aside = r"(?:[(（][\u4e00-\u9fff]{1,4}[)）])?"
    credit_list = _plain(rf"(?:{alt(rules.credit_list_words)})[:：]?[ \u3000]*[\u4e00-\u9fff]{{2,3}}{aside}"
                             rf"((?:[/／、 \u3000][\u4e00-\u9fff]{{2,3}}{aside})+)"
                             rf"(?=[ \u3000]*(?:[)）]|\n|$|{alt(rules.credit_close_words)}))")
    # a bracketed credit of a desk: 〔国际新闻中心/综合报导〕 (the desk, then where or how it reports)
    desk = _plain(rf"[〔【\[]([\u4e00-\u9fff]{{2,10}})/[\u4e00-\u9fff]{{0,8}}(?:{alt(rules.desk_report_words)})"
                      r"[〕】\]]")
    return credit, credit_list, desk


_ASIDE_OR_NAME = _plain(r"[(（][^)）]*[)）]|[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _photo_credit() -> re.Pattern[str]:
    rules = name_rules()
    labels = "|".join(map(re.escape, rules.photo_labels)) or "(?!)"
    closes = "|".join(map(re.escape, rules.credit_close_words)) or "(?!)"
    return _plain(rf"[(（][ \u3000]*(?:{labels})[ \u3000]*[/／:：][ \u3000]*([\u4e00-\u9fff]{{2,3}}?)(?:{closes})")


def desk_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of news desks named in a bracketed credit, where the name ends in a body's word
    (国际新闻中心); a bare label (即时新闻) or a reporter (记者…) is none."""
    return [(m.start(1), m.end(1)) for m in _needing(_patterns()[2], text)
            if rules.ends_in_org_suffix(m.group(1)) and not m.group(1).startswith(rules.credit_words)]


# a dispatch line's close (…8日电) and a bracket of one to four bare names of two or three characters
_DISPATCH_BRACKET = _plain(r"\d日[电電][ \u3000]*[(（]((?:[\u4e00-\u9fff]{2,3}[ \u3000、]+){0,3}[\u4e00-\u9fff]{2,3})[)）]")


def _spaced(words: tuple[str, ...] | list[str]) -> str:
    """The alternation of credit labels, a two-character one also spaced to line up with longer labels in a
    sign-off block (编 辑: 某某, 责 编: 某某)."""
    return "|".join("[ \u3000]?".join(map(re.escape, w)) if len(w) == 2 else re.escape(w) for w in words)


@lru_cache(maxsize=1)
def _bounded_credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A dispatch line's bracket that opens with a credit word ((记者某某 某某) after …日电), and an
    editor's label with its colon before one name that a space, a bar, a bracket's close or the line's end
    closes (责任编辑:某某 发布时间, 编辑:某某|时间:…, (编译:某某 审稿:某某), 监制/某某 主编/…, 编 辑: 某某): the
    credit's form bounds the names, whatever their first character (阿斯钢, 卫某某)."""
    rules = name_rules()
    words = "|".join(map(re.escape, rules.credit_words)) or "(?!)"
    labels = _spaced(tuple(read_word("editor_labels"))) or "(?!)"
    # (or the bar that parts it from the line's next field: 编辑:某某|时间:…, names.toml credit_bars)
    bars = re.escape("".join(dict.fromkeys(w[-1] for w in rules.credit_bar_labels)))
    # (or after an agency's 电 with no day: 据某某社电(记者 某某))
    # (the label with its colon before a name a slash closes too: (译者:某某/核稿:某某); without the colon, one
    # a slash closes: 编译某某／综合报导)
    return (_plain(rf"(?:\d日|社)[电電][ \u3000]*[(（](?:{words})[ \u3000]*((?:[\u4e00-\u9fff]{{2,3}}[ \u3000、]+){{0,3}}"
                   r"[\u4e00-\u9fff]{2,3})[)）]"),
            _plain(rf"(?:{labels})(?:[:：/／][ \u3000]*|(?=[\u4e00-\u9fff]{{2,3}}[/／]))([\u4e00-\u9fff]{{2,3}})"
                   rf"(?=[ \u3000/／)）\]】〕{bars}]|\n|$)"))


@lru_cache(maxsize=1)
def _translator_credit() -> re.Pattern[str]:
    """A translator's credit closing a story, the name then a slash and the word for the translation
    ((金某/译) on cn.qdnd.vn), or a photographer's bracket ((海某 摄)): the credit's form vouches for the
    name (names.toml translator_words, credit_close_words)."""
    words = "|".join(map(re.escape, read_word("translator_words"))) or "(?!)"
    closes = "|".join(map(re.escape, name_rules().credit_close_words)) or "(?!)"
    # and a photographer's bracket, the name then a space and 摄 ((海某 摄) under a photo on cn.nhandan.vn)
    return _plain(rf"[(（][ \u3000]*([\u4e00-\u9fff]{{2,3}})(?:[ \u3000]*[/／][ \u3000]*(?:{words})|[ \u3000]+(?:{closes}))"
                  r"[ \u3000]*[)）]")


def _bounded_name(text: str, s: int, e: int, rules: NameRules) -> bool:
    """Whether text[s:e], a word a credit's form bounds on both sides, is a person's name: it holds no stop of
    two characters or more, no one-character stop as its last (某某摄), and does not end as what a credit
    names instead of a person does (编辑:国际部, 编辑:实习生: names.toml credit_desk_ends). Before the last, a
    one-character stop is the name's own (译者:曾某某, not 曾 "once"; 编译:应某, 记者 关向某: surnames and
    given names that are also prepositions or verbs)."""
    if text[s:e].endswith(desk_ends()):
        return False
    return not any((w := rules.stop_at(text, k)) and (len(w) > 1 or k == e - 1) for k in range(s, e))


def credit_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of the reporters' names in spaced credits. The first must open with a surname; the
    credit's form vouches for the names after it (桑彤: a surname too rare to list), but none may
    be a word that ends a name (报道, 摄)."""
    out: list[tuple[int, int]] = []
    for m in _needing(_patterns()[0], text):  # (no scan without the words a match needs)
        spans = [(m.start(1) + n.start(), m.start(1) + n.end()) for n in _plain(r"\S+").finditer(m.group(1))]
        # (记者 永河 摄): a close of 摄 right after the names vouches for a given name the wire credits bare,
        # one that opens with a one-character stop too (记者 中某 摄)
        closed = text[m.end(1):m.end(1) + 4].lstrip(" \u3000").startswith(rules.credit_close_words)
        stop = next((i for i, (s, e) in enumerate(spans) if any(
            (w := rules.stop_at(text, k)) and not (closed and len(w) == 1 and e - s >= 2) for k in range(s, e))),
                    len(spans))
        shot = stop == len(spans) and closed
        if spans[:stop] and (shot or surname_led(text[spans[0][0]:spans[0][1]], rules)):
            out += spans[:stop]  # (记者 侯丽军 报道): the names end at 报道
    # (郭某宇), (尹某玉 钟某倩): the reporters' bare names in the bracket right after a dispatch line's 电
    for m in _needing(_DISPATCH_BRACKET, text):
        names = [(m.start(1) + n.start(), m.start(1) + n.end()) for n in _plain(r"[\u4e00-\u9fff]+").finditer(m.group(1))]
        if all(surname_led(text[s:e], rules) and not any(rules.stop_at(text, k) for k in range(s, e)) for s, e in names):
            out += names
    # (记者阿斯钢 高路) after a dispatch line, 责任编辑:卫某某 before a space: every name the form bounds
    for pattern in _bounded_credits():
        for m in pattern.finditer(text):
            for n in _plain(r"[\u4e00-\u9fff]+").finditer(m.group(1)):
                s, e = m.start(1) + n.start(), m.start(1) + n.end()
                if _bounded_name(text, s, e, rules):
                    out.append((s, e))
    # (图/朱某摄, 2026.03.12): a bracketed photo credit's label, then the photographer's name and 摄
    for m in _needing(_photo_credit(), text):
        if surname_led(m.group(1), rules) and not any(rules.stop_at(text, k) for k in range(m.start(1), m.end(1))):
            out.append((m.start(1), m.end(1)))
    out += credit_run_names(text, rules)  # 记者丨张某某李某: names glued after a credit's label
    out += credit_list_names(text, rules)  # 作者:某甲 某乙 某丙  责任编辑:…, (记者某甲 某乙): every name the form bounds
    out += signature_names(text, rules)  # …。(某某)(完): the reporter signing the last sentence
    out += foot_bylines(text, rules)  # …。\n范某\n更多新闻: the reporter signing the story's foot
    not_names = {*rules.credit_list_words, *rules.credit_role_words, *rules.weak_titles}  # (记者 摄): no name
    out += [(m.start(1), m.end(1)) for m in _needing(_translator_credit(), text)
            if m.group(1) not in not_names and not any(rules.stop_at(text, k) for k in range(m.start(1), m.end(1)))]
    for m in _needing(_patterns()[1], text):
        # the names after the first, each opening with a surname and holding no word that ends a name
        for n in _ASIDE_OR_NAME.finditer(m.group(1)):
            if n.group()[0] in "(（":
                continue  # (the aside: 实习生)
            s, e = m.start(1) + n.start(), m.start(1) + n.end()
            if surname_led(text[s:e], rules) and not any(rules.stop_at(text, k) for k in range(s, e)):
                out.append((s, e))
    return out


def add_credit_names(doc: Document) -> None:
    """Adds the reporters of spaced credits as people, where no other mention covers them."""
    rules = name_rules()
    added: list[Mention] = []
    spans = [(s, e, "PERSON") for s, e in credit_names(doc.text, rules)]
    spans += [(s, e, "ORG") for s, e in desk_names(doc.text, rules)]
    spans += [(s, e, "PERSON") for s, e, _ in head_bylines(doc, rules)]  # 某某 (某报记者) as a heading line
    spans += latin_credits(doc.text, ((m.start, m.end) for m in doc.mentions))  # 图片来源: picture-alliance/dpa, …/AP
    reporters, outlets = bracket_bylines(doc.text, rules)  # 【某某快报/某某】
    spans += [(s, e, "PERSON") for s, e in reporters] + [(s, e, "ORG") for s, e in outlets]
    # most pages have no spaced credit: nothing to index then
    taken = Coverage(len(doc.text), ((m.start, m.end) for m in doc.mentions) if spans else ())
    by_id = {e.id: e for e in doc.entities} if spans else {}
    for s, e, type_ in spans:
        if taken.any(s, e):
            continue
        name = doc.text[s:e]
        added.append(rule_mention(doc, by_id, s, e, name, type_, "media" if type_ == "ORG" else None))
        taken.mark(s, e)
    doc.mentions = in_order(doc.mentions + added)


@lru_cache(maxsize=1)
def _role_words() -> re.Pattern[str]:
    return _plain(_spaced(name_rules().credit_role_words) or "(?!)")


# what may stand between a credit word and its first name (编辑:唐某, 责任编辑: 刘某, (记者/某甲 某乙), the line's
# end after a colon: 记者:⏎某甲、某乙), and between the names of one credit (记者 魏某 陈某, 编辑:廖某/邱某)
_LEAD = _plain(r"(?:[:：][ \u3000]*\n|[:：丨|｜/／])?[ \u3000]*")
_BETWEEN = _plain(r"[ \u3000/／、]+")


def add_credit_roles(doc: Document, kb: KnowledgeBase) -> None:
    """A person a credit names holds the credit's word as a role: 记者 黄某 摄 and (记者 魏某 陈某) give
    each a 记者, 编辑:唐某 an 编辑, [责任编辑: 刘某] a 责任编辑 (the gold's roles of bylines and photo
    credits). Only names some rule read as a person count, so 记者会, 越通社记者报道 or 回答记者提问
    give none. An outlet's name right before the word is part of the title (新华社记者)."""
    words = name_rules().credit_role_words
    if not words or not any(w in doc.text for w in words) and not _role_words().search(doc.text):
        return
    text = doc.text
    people = {m.start: m for m in doc.mentions if m.type == "PERSON" and m.entity_id}
    outlets = {m.end: m for m in doc.mentions if m.type == "ORG"}
    ent = {e.id: e for e in doc.entities}
    found: list[Role] = []
    for m in _role_words().finditer(text):
        outlet = outlets.get(m.start())
        title = (text[outlet.start:m.start()] if outlet is not None else "") + re.sub(r"[ \u3000]", "", m.group())
        at = _LEAD.match(text, m.end())
        pos = at.end() if at else m.end()
        while (p := people.get(pos)) is not None and p.entity_id in ent:
            person = ent[p.entity_id]
            found.append(Role(person_id=person.id, person=person.name, title=title, as_of=None,
                              start=outlet.start if outlet is not None else m.start(),
                              end=p.end, country=person.country))
            sep = _BETWEEN.match(text, p.end)  # or the next name glued on (记者丨张某某李某)
            pos = sep.end() if sep is not None else p.end
    # an author's heading line, the name before its credit's title (某某 某报记者)
    for s, e, title_at in head_bylines(doc, name_rules()):
        if title_at >= 0 and (p := people.get(s)) is not None and p.end == e and p.entity_id in ent:
            person = ent[p.entity_id]
            title_end = text.find("\n", title_at)
            title_end = len(text) if title_end < 0 else title_end
            found.append(Role(person_id=person.id, person=person.name, title=text[title_at:title_end].strip(),
                              as_of=None, start=s, end=title_end, country=person.country))
    if found:
        doc.roles = dedupe_roles(doc.roles + found, kb)
