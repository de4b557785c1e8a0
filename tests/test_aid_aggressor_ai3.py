"""Aid stands against an aggressor (ai3, issue 13): a land told as invading, attacking or owning a war's means in the
aid's sentence (被甲国侵略, 甲国入侵乙国, 资助甲国战争机器) is neither giver nor receiver; the recipient after 向 stays,
and so does a land named as the maker of arms (进攻性武器). Sentences invented."""

from dipnet.extract.participants.aggressors import aggressors_out
from dipnet.pipeline import extract


def aids(sentence: str) -> list[list[str]]:
    doc = extract("消息\n\n新华社北京3月5日电 " + sentence + "\n", source="aggressor.txt")
    return [e.participants for e in doc.events if e.type == "AID"]


def test_land_at_risk_of_aggression_gets_the_aid() -> None:
    got = aids("德国外长5日访问华沙，讨论为波兰和其他有被白俄罗斯侵略风险的国家提供5亿欧元的援助。")
    assert any({"德国", "波兰"} <= set(p) for p in got), got
    assert all("白俄罗斯" not in p for p in got), got


def test_invader_is_no_giver() -> None:
    got = aids("两国去年共同谴责伊拉克入侵科威特，并向科方提供援助。")
    assert all("伊拉克" not in p for p in got), got


def test_war_means_owner_is_no_recipient() -> None:
    got = aids("英国政府批评某些企业购买廉价石油，等同于资助伊朗战争机器。")
    assert all("伊朗" not in p for p in got), got


def test_recipient_after_xiang_stays() -> None:
    got = aids("日本政府5日宣布向乌克兰提供价值1亿美元的援助，帮助其应对俄罗斯入侵造成的损失。")
    assert any({"日本", "乌克兰"} <= set(p) for p in got), got
    assert all("俄罗斯" not in p for p in got), got


def test_arms_maker_is_no_aggressor() -> None:
    got = aids("波兰政府5日宣布向乌克兰援助美国进攻性武器，总价值2亿美元。")
    assert any({"波兰", "乌克兰", "美国"} <= set(p) for p in got), got


def test_other_types_keep_their_mentions() -> None:
    assert aggressors_out(None, "MEET", []) == []  # type: ignore[arg-type]
