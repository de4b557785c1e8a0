"""A STATEMENT read with international bodies alone as its speakers (东盟一直认为…, 欧盟方面认为…, 东盟各国积极评价…):
a union of states or an international body speaks through a statement it issues or a named official of it (SPEC:
a statement is a named official's), so its view told with a reporting verb is no statement of its own. The words
that keep one (声明, 发言人, 秘书长…) are data (data/statements.toml)."""

from __future__ import annotations

from collections.abc import Collection

from dipnet.extract.finding.spoken import statement_pattern

_INTERNATIONAL = "international"  # the sector of the knowledge base's international bodies


def bloc_view(sentence: str, speakers: list[str], sectors: Collection[str | None], people_named: bool) -> bool:
    """Are the speakers international bodies only (`sectors`: each speaker's sector), told in a sentence that names
    no person (`people_named`), no statement, release or press event of theirs, and no post right after their name?"""
    if not speakers or people_named or any(s != _INTERNATIONAL for s in sectors):
        return False
    if statement_pattern("bloc_statement_words").search(sentence):
        return False
    post = statement_pattern("bloc_post_after")
    for name in speakers:
        at = sentence.find(name)
        while at != -1:
            if post.match(sentence, at + len(name)):
                return False
            at = sentence.find(name, at + 1)
    return True
