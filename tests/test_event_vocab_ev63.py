"""Probes of events not found, or found as one where SPEC counts two (ev63; invented sentences, Simplified and
Traditional, in the registers of several outlets).

(a) Messages exchanged (甲同乙互致贺电) are one MESSAGE per sending side (SPEC: one per sending country), also
under a headline that names both sides: the headline's two messages are not one told twice."""

from __future__ import annotations

import pytest

from eventpage import of

EXCHANGED = [
    ("习近平同梁强互致贺电", "国家主席习近平5日同越南国家主席梁强互致贺电,庆祝两国建交75周年。", ["习近平", "梁强"]),
    ("習近平同梁強互致賀電", "國家主席習近平5日同越南國家主席梁強互致賀電,慶祝兩國建交75週年。", ["习近平", "梁强"]),
    ("王毅同裴青山互致贺电", "外交部长王毅5日同越南外长裴青山互致贺电,庆祝两国建交75周年。", ["王毅", "裴青山"]),
    ("李强同石破茂互致贺电", "国务院总理李强5日同日本首相石破茂互致贺电,庆祝中日邦交正常化53周年。", ["李强", "石破茂"]),
    # the season's greetings between the exchange and the message word
    ("习近平同普京互致新年贺电", "国家主席习近平5日同俄罗斯总统普京互致新年贺电。", ["习近平", "普京"]),
]


@pytest.mark.parametrize(("title", "body", "pair"), EXCHANGED)
def test_messages_exchanged_are_one_message_each_way(title: str, body: str, pair: list[str]) -> None:
    found = of(body, "MESSAGE", f"{title}\n\n新华社北京3月5日电 ")
    ways = sorted((tuple(e.source), tuple(e.target)) for e in found)
    assert ways == sorted([((pair[0],), (pair[1],)), ((pair[1],), (pair[0],))])


def test_one_message_under_a_headline_naming_both_stays_one() -> None:
    found = of("国家主席习近平5日致电越南国家主席梁强,祝贺他当选。", "MESSAGE", "习近平致电祝贺梁强当选\n\n新华社北京3月5日电 ")
    assert [sorted(e.participants) for e in found] == [["习近平", "梁强"]]
