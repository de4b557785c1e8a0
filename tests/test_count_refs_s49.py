"""States referred back to by their count (extract/common/countrefs.py), on invented sentences: a count after
a coverb (同/与/向) stands for the list of that many states named before it; a count right after its own list,
a count of another size than the list, and a count that is no coverb's partner stand for nothing."""

from __future__ import annotations

from dipnet.extract.common.countrefs import count_references
from dipnet.pipeline import extract

HEAD = "标题\n\n2019年10月8日 新华社北京10月8日电 "


def _events(text: str) -> list[tuple[str, frozenset[str]]]:
    doc = extract(HEAD + text + "\n", source="probe.txt")
    return [(e.type, frozenset(e.participants)) for e in doc.events]


def _refs(text: str) -> list[tuple[str, str]]:
    doc = extract(HEAD + text + "\n", source="probe.txt")
    names = {e.id: e.name for e in doc.entities}
    return [(m.text, names[m.entity_id]) for m in count_references(doc, doc.mentions)]


def test_a_count_after_a_coverb_stands_for_the_list_named_before() -> None:
    text = "10月4日,主席习近平分别同保加利亚、罗马尼亚和匈牙利三国元首互致贺电,庆祝中国与三国建交70周年。"
    assert sorted(name for _, name in _refs(text)) == ["保加利亚", "匈牙利", "罗马尼亚"]
    # (ev1) one anniversary per pair of the relations told (merging/relationpairs.py), each of the three states
    anniversaries = [p for t, p in _events(text) if t == "ANNIVERSARY"]
    assert all(any({"中国", land} <= p for p in anniversaries) for land in ("保加利亚", "罗马尼亚", "匈牙利")), anniversaries


def test_a_count_right_after_its_own_list_or_of_another_size_or_no_partner_is_no_reference() -> None:
    assert _refs("主席习近平会见了奥地利、亚美尼亚、苏丹等三国新任驻华大使。") == []  # (the list's own count)
    assert _refs("主席习近平会见了奥地利、亚美尼亚和苏丹三国大使。总理李克强也同四国大使会面。") == []  # (another size)
    assert _refs("奥地利、亚美尼亚、苏丹三国大使表示,三国总统希望访华。") == []  # (no coverb before the count)
