"""Event reading on a sixth round of unseen pages (issue 13; invented sentences), the types other than
visits, meetings, calls and messages: one signing told by its headline, its ceremony, its signers and its
documents one by one (SPEC: one AGREEMENT per signing)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, head: str = HEAD):
    return extract(head + body, source="t.txt").events


def of(body: str, type_: str, head: str = HEAD):
    return [e for e in events(body, head) if e.type == type_]


def test_a_signing_then_its_ceremony_and_its_signers_is_one_agreement():
    body = ("越南岘港市政府与泰国清迈府政府6月9日签署《关于缔结友好城市关系的谅解备忘录》。"
            "签署仪式当天上午在岘港市政府驻地举行,由岘港市人民委员会主席黎中征和清迈府尹巴颂代表两地政府签署。")
    got = of(body, "AGREEMENT")
    assert len(got) == 1
    assert "黎中征" in got[0].participants  # the signers told again join the signing


def test_documents_listed_one_by_one_are_the_signing_told_before():
    body = ("越南与老挝6月9日在万象签署四份合作文件。"
            "这四份文件包括:越南教育部与老挝教育部关于教育合作的谅解备忘录,两国交通运输部关于公路运输的协定。")
    got = of(body, "AGREEMENT")
    assert len(got) == 1
    assert set(got[0].participants) >= {"越南", "老挝"}


def test_two_documents_each_signed_in_a_sentence_of_its_own_stay_two():
    body = ("越南与俄罗斯国防部6月9日签署了2025年至2027年双边军事合作路线图。"
            "俄越双方还签署了简化对方军舰进入各自港口程序的重要文件。")
    assert len(of(body, "AGREEMENT")) == 2
