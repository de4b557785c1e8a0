"""Relations with a list of states referred back to by a count ('同甲、乙和丙三国…庆祝中国与三国建交70周年'):
the party before 与 is the holder, not the list's item before its 和 (invented sentences)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "标题\n\n2019年10月8日 新华社北京10月8日电 "


def relations(text: str) -> set[tuple[frozenset[str], str]]:
    doc = extract(HEAD + text + "\n", source="probe.txt")
    return {(frozenset((r.a, r.b)), r.level) for r in doc.relations}


def test_a_listed_states_anniversary_pairs_the_holder_with_each_not_the_last_but_one_item() -> None:
    got = relations("10月4日至7日,主席习近平分别同保加利亚、罗马尼亚、匈牙利和波兰四国元首互致贺电,庆祝中国与四国建交70周年。")
    want = {(frozenset(("中国", c)), "diplomatic_relations") for c in ("保加利亚", "罗马尼亚", "匈牙利", "波兰")}
    assert got == want

