"""Names of countries and international organisations (lx9), on invented sentences: official long
forms of states (突尼斯共和国, 危地马拉共和国), regional forms of Taiwan, Hong Kong, Singapore and
Malaysia (波士尼亚, 东加王国, 圣文森, 狮城, 中华台北), and the regional or short names of
organisations (欧盟执委会, 伊合组织, 东协加三, 亚信, 世卫大会) as aliases of their entities; and the
forms left out because they spell a piece of ordinary text (千里达成, 越柬国界)."""

from __future__ import annotations

import pytest

from dipnet.kb import load_kb
from invented import entity_ids as _ids


@pytest.mark.parametrize(("name", "cid"), [
    ("突尼斯共和国", "country:TN"), ("危地马拉共和国", "country:GT"), ("瓜地马拉共和国", "country:GT"),
    ("塞内加尔共和国", "country:SN"), ("莱索托王国", "country:LS"), ("科摩罗联盟", "country:KM"),
    ("约旦王国", "country:JO"), ("波士尼亚", "country:BA"), ("东加王国", "country:TO"),
    ("圣文森", "country:VC"), ("圣克里斯多福", "country:KN"), ("史瓦济兰", "country:SZ"),
    ("狮城", "country:SG"), ("中华台北", "country:TW"),
])
def test_long_and_regional_forms_of_states_are_aliases(name: str, cid: str) -> None:
    assert [e.id for e in load_kb().by_name(name)] == [cid]


@pytest.mark.parametrize(("name", "oid"), [
    ("欧盟执委会", "org:ec"), ("欧洲执委会", "org:ec"), ("伊合组织", "org:oic"), ("伊斯兰会议组织", "org:oic"),
    ("东协加三", "org:asean-plus3"), ("亚信", "org:cica"), ("世卫大会", "org:wha"),
    ("海湾合作理事会", "org:gcc"), ("阿拉伯联盟", "org:arab-league"), ("北约组织", "org:nato"),
    ("亚洲基础建设投资银行", "org:aiib"), ("欧洲安全暨合作组织", "org:osce"), ("金砖银行", "org:ndb"),
    ("大英国协", "org:commonwealth"), ("独立国家国协", "org:cis"), ("ECOWAS", "org:ecowas"),
])
def test_regional_and_short_names_of_organisations_are_aliases(name: str, oid: str) -> None:
    assert [e.id for e in load_kb().by_name(name)] == [oid]


def test_a_visit_by_the_head_of_a_state_named_in_full_is_read() -> None:
    ids = _ids("塞内加尔共和国总统应邀于3日至5日对突尼斯共和国进行国事访问。")
    assert ids["country:SN"] == ["塞内加尔共和国"]
    assert ids["country:TN"] == ["突尼斯共和国"]


def test_regional_names_in_a_sentence_resolve() -> None:
    ids = _ids("欧盟执委会主席与伊合组织秘书长在狮城会面，东加王国首相也出席。")
    assert {"org:ec", "org:oic", "country:SG", "country:TO"} <= set(ids)


def test_forms_that_spell_ordinary_text_were_left_out() -> None:
    # 千里达 (Trinidad) would read 千里达成 as a state; 柬国 (Cambodia) would split 越柬国界 and lose 越
    ids = _ids("两国企业跨越千里达成合作协议，越柬国界联合委员会同日开会，波士尼亚外长出席。")
    assert "country:BA" in ids
    assert "country:TT" not in ids
    assert "country:VN" in ids
