"""recognize.link.retire_merged: the one way merged entities leave a page (merge_tails, the KB twins and the
missions' forms all use it); a mention follows a chain of merges to the entity that stays."""

from dipnet.model import Document, Entity, Mention
from dipnet.recognize.link import retire_merged


def _doc() -> Document:
    text = "甲协会与甲会及甲会员会"
    a, b, c = (Entity(id=i, type="ORG", name=n) for i, n in (("a", "甲协会"), ("b", "甲会"), ("c", "甲会员会")))
    mentions = [Mention(0, 3, "甲协会", "ORG", "a"), Mention(4, 6, "甲会", "ORG", "b"), Mention(7, 11, "甲会员会", "ORG", "c")]
    return Document(doc_id="d", source="s", raw=text, text=text, offsets=list(range(len(text) + 1)),
                    mentions=mentions, entities=[a, b, c])


def test_a_mention_follows_a_chain_of_merges_to_the_entity_that_stays():
    doc = _doc()
    a, b, c = doc.entities
    retire_merged(doc, {"c": b, "b": a})  # c merged into b, then b into a
    assert [e.id for e in doc.entities] == ["a"]
    assert [m.entity_id for m in doc.mentions] == ["a", "a", "a"]


def test_nothing_merged_leaves_the_page_as_it_was():
    doc = _doc()
    retire_merged(doc, {})
    assert [e.id for e in doc.entities] == ["a", "b", "c"]
    assert [m.entity_id for m in doc.mentions] == ["a", "b", "c"]
