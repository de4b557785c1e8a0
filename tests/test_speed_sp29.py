"""(sp29) Speed changes that must leave every result as it was: each compared with a copy of the old code
on random invented text."""

from __future__ import annotations

import json
import random
import re

from dipnet.timex import knowledge
from dipnet.timex.words import load_data


def _old_relations() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    data = load_data("relations.json")
    return {side: [(re.compile(k), v) for k, v in table.items()] for side, table in data.items() if not side.startswith("_")}


_OLD = _old_relations()


def _old_relation_before(prefix: str) -> tuple[str, str] | None:
    seg = prefix[max(0, prefix.rfind("建交") - 16): prefix.rfind("建交")] if "建交" in prefix else ""
    seg = re.split(r"[,。;、暨]", seg)[-1] if seg else ""
    side = "vietnam" if "越" in seg else "china" if "中" in seg else ""
    own = "越" if side == "vietnam" else "中"
    if not side:
        return None
    rest = seg.replace("越南", "").replace("越", "") if side == "vietnam" else seg.replace("中国", "").replace("中", "")
    best: tuple[int, str, str] | None = None
    for pat, date in _OLD[side]:
        for m in pat.finditer(rest):
            if len(m.group()) == 1 and own + m.group() not in seg and m.group() + own not in seg:
                continue
            if best is None or m.end() > best[0] or (m.end() == best[0] and len(m.group()) > len(best[2])):
                best = (m.end(), date, m.group())
    if best is None:
        return None
    return best[1], f"relations {side}-{best[2]}"


def _old_relation_near(window: str) -> tuple[str, str] | None:
    found: set[tuple[str, str]] = set()
    for side, own, full in (("china", "中", "中国"), ("vietnam", "越", "越南")):
        if own not in window:
            continue
        rest = window.replace(full, "")
        spans = []
        for pat, date in _OLD[side]:
            for m in pat.finditer(rest):
                if len(m.group()) == 1 and own + m.group() not in window and m.group() + own not in window:
                    continue
                spans.append((m.start(), m.end(), date, m.group()))
        # (stop 58, kb2: a name inside a longer one, '印度' in '印度尼西亚', is no partner of its own: the
        # reference follows the behaviour it checks the faster code against)
        found |= {(date, f"relations {side}-{g}") for a, b, date, g in spans
                  if not any(a2 <= a and b <= b2 and b2 - a2 > b - a for a2, b2, _, _ in spans)}
    dates = {d for d, _ in found}
    if len(dates) == 1:
        return sorted(found)[0]
    if len({d[:4] for d in dates}) != 1:  # (several partners whose relations began in one year: that year, s49)
        return None
    return min(dates)[:7] if len({d[:7] for d in dates}) == 1 else min(dates)[:4], ", ".join(sorted(e for _, e in found))


def _pieces() -> list[str]:
    """The partners' words (each, and its characters), the sides' own and a few fillers."""
    out = {"建交", "越", "中", "越南", "中国", "和", "与", "两国", "，", "。", "、", "暨", "45", "周年", "的", "友好"}
    for side in _OLD.values():
        for pat, _ in side:
            for w in pat.pattern.split("|"):
                out.add(w)
                out.update(w)
    return sorted(out)


def test_relations_as_before_on_random_text() -> None:
    rnd = random.Random(29)
    pieces = _pieces()
    for n in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        if n % 2 == 0:
            text += rnd.choice(("建交", "建交", "建交45"))
        assert knowledge.relation_before(text) == _old_relation_before(text), text
        assert knowledge.relation_near(text) == _old_relation_near(text), text


def test_relations_as_before_invented() -> None:
    for text in ("越老建交", "越南和老挝建交", "中国与新加坡建交", "越南同古巴建交六十周年", "中柬建交",
                 "两国友好。中美建交", "越南与印度尼西亚建交", "越罗建交", "密克罗尼西亚与越南建交"):
        assert knowledge.relation_before(text) == _old_relation_before(text), text
        assert knowledge.relation_near(text) == _old_relation_near(text), text


def test_partner_words_read_from_plain_alternatives_only() -> None:
    assert knowledge._plain_words("老挝|老") == ("老挝", "老")
    assert knowledge._plain_words("老挝|") is None  # an empty word matches everywhere
    assert knowledge._plain_words("老(?!挝)") is None


def test_only_partners_a_text_names_are_compiled() -> None:
    knowledge._partner_pattern.cache_clear()
    assert knowledge.relation_before("越南与老挝建交") is not None
    compiled = knowledge._partner_pattern.cache_info().currsize
    assert 0 < compiled <= 5  # the patterns holding 老 (老挝|老), not the side's hundred-odd


# --- the time words a text must hold, the words holding another left out -------------------------------
def test_fewest_time_words_find_the_same_texts() -> None:
    from dipnet.timex import patterns

    words = {w for _, ws, _ in patterns.TABLE.values() for w in ws}
    old = re.compile("|".join(sorted(re.escape(w) for w in words)))
    assert len(patterns.fewest_words(words)) < len(words)
    rnd = random.Random(7)
    # the words' characters alone (今, 星) and fillers, a whole word now and then
    chars = sorted(set("".join(words)) - words) + ["越南", "会见", "，", "。", " ", "3", "访问"]
    both = [0, 0]
    for _ in range(6000):
        text = "".join(rnd.choice(sorted(words)) if rnd.random() < 0.03 else rnd.choice(chars)
                       for _ in range(rnd.randint(0, 12)))
        held = old.search(text) is not None
        both[held] += 1
        assert (patterns.ANY_WORD.search(text) is not None) == held, text
    assert min(both) > 1000  # texts with and without a word, both


def test_fewest_words_keep_only_words_holding_no_other() -> None:
    from dipnet.timex.patterns import fewest_words

    assert fewest_words({"今天", "天", "明年", "年", "星期", "上周"}) == ["上周", "天", "年", "星期"]


# --- a record's JSON line, by one encoder made once -----------------------------------------------------
def test_record_line_as_json_dumps() -> None:

    from dipnet import cli

    shared = {"name": "越南外交部", "aliases": ["外交部"]}
    record = {"url": "https://example.org/a", "title": "两国外长会谈\n", "events": [
        {"type": "MEET", "participants": ["甲国", "乙国"], "date": None, "score": 0.5, "ok": True, "body": shared},
        {"type": "VISIT", "participants": [], "attributes": {"trigger": "访问", "n": 3}, "body": shared}],
        "text": "引号\"与\\反斜线\u2028，制表\t", "empty": {}, "nan": float("inf")}
    assert cli._record_line(record) == json.dumps(record, ensure_ascii=False)
