"""sp24 (issue 13's speed condition): each function sp24 changed gives what the code it replaced gave, on
random and invented text (the replaced code is rebuilt from the new code's source, speedref.as_before, and
compared with the new)."""

from __future__ import annotations

import ast
import copy
import importlib
import inspect
import random
import subprocess
import sys
import textwrap

from dipnet.model import Event
from speedref import as_before

prune_mod = importlib.import_module("dipnet.extract.merging.prune")
latin = importlib.import_module("dipnet.recognize.latinoutlets")

_NEW_CHAIN = '''        t = ev.type
        said = t == "STATEMENT"
        if (t == "AGREEMENT" and _upgrade_statement(ev, sentence, cb)) or (said and _body_report(ev, sentence, people, cb)) or \\
                (t == "ANNIVERSARY" and _years_ago(ev, sentence, cb)) or \\
                (t == "RELATION_CHANGE" and _no_level(ev, sentence, cb)) or (t == "DISAPPROVE" and _principle(ev, sentence, cb)) or \\
                (t == "RELATION_CHANGE" and _undeclared_project(ev, sentence, cb)) or _field_of_cooperation(ev, sentence, cb) or \\
                (said and (_unnamed_leaders(ev, sentence, people, cb) or _instrument_words(ev, sentence, people))) or \\
                (t in SIGNED_TYPES and not_signed(ev, sentence)) or (said and no_speaker(ev, sentence, people)) or \\
                since_only(ev, sentence) or \\
                (said and (unnamed_subject(ev, sentence, people) or message_said(ev, sentence) or
                           read_for_others(ev, sentence))) or (t == "CONFERENCE" and kind_of_meeting(ev, sentence)) or \\
                (said and (message_words(ev, text, people) or body_figures(ev, sentence, people) or
                           unnamed_member(ev, sentence, people))) or \\
                ("就" in sentence and discussed_topic(ev, sentence)):'''
_OLD_CHAIN = '''        if _upgrade_statement(ev, sentence, cb) or _body_report(ev, sentence, people, cb) or \\
                _years_ago(ev, sentence, cb) or _no_level(ev, sentence, cb) or _principle(ev, sentence, cb) or \\
                _undeclared_project(ev, sentence, cb) or _field_of_cooperation(ev, sentence, cb) or \\
                _unnamed_leaders(ev, sentence, people, cb) or _instrument_words(ev, sentence, people) or \\
                not_signed(ev, sentence) or no_speaker(ev, sentence, people) or since_only(ev, sentence) or \\
                unnamed_subject(ev, sentence, people) or message_said(ev, sentence) or \\
                read_for_others(ev, sentence) or kind_of_meeting(ev, sentence) or message_words(ev, text, people) or \\
                body_figures(ev, sentence, people) or unnamed_member(ev, sentence, people) or \\
                ("就" in sentence and discussed_topic(ev, sentence)):'''

TYPES = ["VISIT", "MEET", "CALL", "MESSAGE", "AGREEMENT", "RELATION_CHANGE", "AID", "DEPLOYMENT", "CONFERENCE",
         "MULTILATERAL_ROLE", "STATEMENT", "ANNIVERSARY", "ELECTION", "LAW_ENFORCEMENT", "DISAPPROVE"]
PEOPLE = ["甲乙丙", "丁戊", "赵某某"]
BODIES = ["某国外交部", "某某协会", "某研究院", "某国", "东盟"]
# invented pieces around the words the tests of prune read (no page's text)
PIECES = ["双方发表联合声明", "宣布将两国关系提升为全面战略伙伴关系", "研究院发布的报告称", "80周年前宣读独立宣言",
          "关系提升到新阶段", "推动构建命运共同体", "双方一致同意构建", "坚决反对一切单方面行动", "强烈反对任何形式的",
          "在维和、人道主义援助和救灾等领域加强合作", "各国领导人强调", "在签署后发布的联合声明中", "签署了合作备忘录",
          "表示", "指出", "宣读了决议草案", "在贺信中高度评价", "致电表示慰问", "就地区局势交换意见", "自2010年以来",
          "发言人答记者问时说", "会议", "论坛", "援助物资", "抗议", "纪念", "周年", "当选", "逮捕", "。", ",",
          "甲乙丙", "丁戊", "某国外交部", "某某协会", "越南", "老挝", "举行会谈", "接受采访时说", "联合新闻发布会"]
TRIGGERS = ["联合声明", "提升", "报告", "周年", "构建", "反对", "援助", "维和", "表示", "签署", "宣读", "致电", "会议",
            "纪念", "抗议", "逮捕", "当选", "会谈", "采访", "指出", "", "论坛"]


def _events(rng: random.Random, text: str) -> list[Event]:
    out = []
    for _ in range(rng.randint(1, 6)):
        a, b = (0, len(text)) if rng.random() < 0.7 else sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        present = [w for w in TRIGGERS if w and w in text[a:b]]
        attrs: dict = {"trigger": rng.choice(present) if present and rng.random() < 0.8 else rng.choice(TRIGGERS)}
        if rng.random() < 0.3:
            attrs["kind"] = rng.choice(["remarks", "speech", "congratulation"])
        if rng.random() < 0.3:
            attrs["name"] = rng.choice(["会议", "论坛", "第三次会议", "年会"])
        out.append(Event(type=rng.choice(TYPES + ["STATEMENT"] * 6), status=rng.choice(["occurred", "planned"]), start=a, end=b,
                         participants=rng.sample(PEOPLE + BODIES, rng.randint(0, 3)), attributes=attrs,
                         date=rng.choice([None, "2020-05-01", "2021"]), brief=rng.choice([None, 0])))
    return out


def test_prune_as_before() -> None:
    """prune, asking each test only of the types it reads, keeps and changes the same events as the chain
    that asked every test of every event (on invented sentences built around the words the tests read)."""
    old = as_before(prune_mod.prune, _NEW_CHAIN, _OLD_CHAIN)
    rng = random.Random(24)
    dropped = kept = 0
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
        events = _events(rng, text)
        people = set(rng.sample(PEOPLE, rng.randint(0, 3)))
        a, b = copy.deepcopy(events), copy.deepcopy(events)
        got, want = prune_mod.prune(a, text, set(people)), old(b, text, set(people))
        assert got == want, (text, events)
        assert a == b  # (the events it changes in place, changed alike)
        dropped += len(events) - len(want)
        kept += len(want)
    assert dropped > 100 and kept > 100  # (both ways taken)


def _gate_holds(name: str, types: set[str]) -> None:
    """The test `name` says no to every event whose type is not in `types` (prune no longer asks it of them)."""
    func = getattr(prune_mod, name)
    params = list(inspect.signature(func).parameters)
    rng = random.Random(hash(name) & 0xFFFF)
    cb = prune_mod.codebook()
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 10)))
        for ev in _events(rng, text):
            if ev.type in types:
                continue
            ev.start, ev.end = 0, len(text)
            args = {"ev": ev, "sentence": text, "text": text, "people": set(PEOPLE[:2]), "cb": cb}
            assert func(*[args[p] for p in params]) is False, (name, ev.type)


GATES = {"_upgrade_statement": {"AGREEMENT"}, "_body_report": {"STATEMENT"}, "_years_ago": {"ANNIVERSARY"},
         "_no_level": {"RELATION_CHANGE"}, "_principle": {"DISAPPROVE"}, "_undeclared_project": {"RELATION_CHANGE"},
         "_unnamed_leaders": {"STATEMENT"}, "_instrument_words": {"STATEMENT"},
         "not_signed": {"AGREEMENT", "LAW_ENFORCEMENT", "AID"}, "no_speaker": {"STATEMENT"},
         "unnamed_subject": {"STATEMENT"}, "message_said": {"STATEMENT"}, "read_for_others": {"STATEMENT"},
         "kind_of_meeting": {"CONFERENCE"}, "message_words": {"STATEMENT"}, "body_figures": {"STATEMENT"},
         "unnamed_member": {"STATEMENT"}}


def _chain_gates() -> dict[str, set[str] | None]:
    """The types prune's chain asks each test of (None: every type), read from its source."""
    src = textwrap.dedent(inspect.getsource(prune_mod.prune))
    tree = ast.parse(src)
    cond = next(n.test for n in ast.walk(tree) if isinstance(n, ast.If) and isinstance(n.test, ast.BoolOp))
    consts = {"said": {"STATEMENT"}, "SIGNED_TYPES": set(prune_mod.SIGNED_TYPES)}
    out: dict[str, set[str] | None] = {}

    def guard(node: ast.expr) -> set[str]:
        if isinstance(node, ast.Name):
            return consts[node.id]
        assert isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "t", ast.dump(node)
        right = node.comparators[0]
        if isinstance(right, ast.Constant):
            return {right.value}
        assert isinstance(right, ast.Name)
        return consts[right.id]

    def calls(node: ast.expr, types: set[str] | None) -> None:
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            for v in node.values:
                calls(v, types)
        elif isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
            head, *rest = node.values
            if isinstance(head, (ast.Name, ast.Compare)) and not (isinstance(head, ast.Compare) and
                                                                   isinstance(head.left, ast.Constant)):
                for v in rest:
                    calls(v, guard(head) if types is None else types & guard(head))
            else:  # ("就" in sentence and discussed_topic(...)): a word test, no type
                for v in rest:
                    calls(v, types)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            out[node.func.id] = types
    calls(cond, None)
    return out


def test_chain_asks_each_test_of_its_own_types() -> None:
    """prune's chain guards each test by exactly the types whose events that test reads (GATES), and
    asks the rest of every event."""
    got = _chain_gates()
    assert set(got) == set(GATES) | {"_field_of_cooperation", "since_only", "discussed_topic"}
    for name, types in got.items():
        assert types == GATES.get(name), name


def test_each_test_says_no_outside_its_types() -> None:
    """Each test prune asks of some types only returns False (its own first test) for every other type: were
    one to read another type, this fails rather than prune silently skipping it."""
    for name, types in GATES.items():
        _gate_holds(name, types)


def test_prune_chain_names_every_test_once() -> None:
    """The new chain asks the same tests, in the same order, as the old one."""
    import re
    calls = re.compile(r"(\w+)\(ev,")
    assert calls.findall(_NEW_CHAIN) == calls.findall(_OLD_CHAIN)
    assert _NEW_CHAIN in textwrap.dedent(inspect.getsource(prune_mod.prune)) or \
        _NEW_CHAIN in inspect.getsource(prune_mod.prune)


def test_latin_outlets_as_before() -> None:
    """latin_outlets, asking one regex search whether the text holds a character A to z, finds what the
    generator over every character found (texts with and without Latin letters, and with [\\]^_` only)."""
    old = as_before(latin.latin_outlets, '    if _ASCII_LETTERISH.search(text) is None:',
                    '    if not any("A" <= c <= "z" for c in text):')
    rng = random.Random(2424)
    alphabet = ["据", "报道", "日报", "网站", "平台", "——", ":", " ", "某", "国", "。", "[", "]", "^", "_", "`", "\\",
                "@", "{", "|", "~", "a", "Z", "Q", "x9", "Nhan-D", "News.", "Ab", "1", "-", "."]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        taken = [(a, a + rng.randint(0, 4)) for a in rng.sample(range(len(text) + 1), min(2, len(text) + 1))]
        assert latin.latin_outlets(text, taken) == old(text, taken), text
    for ch in map(chr, range(0x20, 0x250)):
        assert (latin._ASCII_LETTERISH.search("某" + ch) is None) == (not "A" <= ch <= "z"), ch


def test_prune_module_imports_alone() -> None:
    """prune.py imports in a fresh interpreter (no cycle through the names it now reads)."""
    subprocess.run([sys.executable, "-c", "import dipnet.extract.merging.prune"], check=True)
