"""AID status and givers on phrasings met on pages no one had annotated (ev21, issue 13; invented sentences).

Convention (SPEC: `planned` is what the text announces for later): aid said to come (将, 拟, 愿, also
宣布将…) is planned; aid decided on (决定向…提供援助), announced without 将 or handed over is aid granted,
occurred. 宣布将…提升为 stays an upgrade done: its 将 is the disposal preposition."""

from __future__ import annotations

from eventpage import of


def test_aid_announced_for_later_is_planned():
    # 宣布将…捐赠: the announcement puts the giving ahead, not done
    found = of("挪威外交部今早宣布将第三度捐赠越南疫苗,本次将捐赠30万剂。", "AID")
    assert found and all(e.status == "planned" for e in found)


def test_a_visit_announced_for_later_is_planned():
    found = of("法国总统马克龙宣布将访问越南。", "VISIT")
    assert found and all(e.status == "planned" for e in found)


def test_an_upgrade_announced_is_still_done():
    # guard: 宣布将两国关系提升为… — 将 is the disposal preposition, the upgrade is made
    found = of("越南和新西兰领导人宣布将两国关系提升为全面战略伙伴关系。", "RELATION_CHANGE")
    assert found and all(e.status == "occurred" for e in found)


def test_aid_decided_on_is_aid_granted():
    # 决定向…提供援助: the decision grants the aid (as 宣布提供援助 does)
    found = of("越南政府决定向老挝提供50万美元紧急援助。", "AID")
    assert found and all(e.status == "occurred" for e in found)


def test_aid_decided_for_a_later_day_or_offered_is_still_planned():
    # guard: a day ahead (将于下月) or a willingness (愿) still plans it
    assert all(e.status == "planned" for e in of("越南政府决定将于下月向老挝提供50万美元紧急援助。", "AID"))
    assert all(e.status == "planned" for e in of("越南政府愿向老挝提供50万美元紧急援助。", "AID"))
    assert of("越南政府愿向老挝提供50万美元紧急援助。", "AID")
