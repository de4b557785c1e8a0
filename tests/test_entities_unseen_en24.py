"""Entity and role classes recurring on the tune4 ordinary tuning pages (invented text), en24."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _people(text: str) -> set[str]:
    return {e["name"] for e in _record(text)["entities"] if e["type"] == "PERSON"}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r["person"], r["title"]) for r in _record(text)["roles"]}


# --- every name of a spaced credit list that the credit's form bounds ---

def test_author_list_closed_by_the_next_label_names_everyone():
    people = _people("两国代表签署了合作文件。\n发布时间:2031-05-02  作者:孟庆安 焦立新 秦慧玲  责任编辑:童一鸣")
    assert {"孟庆安", "焦立新", "秦慧玲"} <= people


def test_bracketed_reporters_vouch_for_a_rare_surname():
    text = "双方就地区局势交换了意见。(记者祁晓东 支远航)"
    assert "支远航" in _people(text)
    assert ("支远航", "记者") in _roles(text)


def test_tv_credit_block_with_bars_and_spaces():
    text = ("双方表示愿继续加强合作。\n监制丨韦东升\n记者丨陶明远 卢一帆 贺佳\n"
            "摄像丨孔令辉 严晓波\n录音丨邵永年\n翻译丨龚思雨")
    roles = _roles(text)
    assert {("陶明远", "记者"), ("卢一帆", "记者"), ("贺佳", "记者")} <= roles
    assert {("孔令辉", "摄像"), ("严晓波", "摄像")} <= roles
    assert {("韦东升", "监制"), ("邵永年", "录音"), ("龚思雨", "翻译")} <= roles


def test_label_before_words_that_are_no_names_reads_none():
    # a label followed by plain words, not a list of names closed by the form
    people = _people("作者:本报 综合报道 国际新闻部\n两国外长举行会谈。")
    assert not people & {"本报", "综合报道"}


# --- a person's Latin gloss opened by an honorific (H.E., Dame, H.M.) vouches for the name ---

def test_gloss_with_excellency_vouches_for_the_name():
    text = "图瓦卢总理索塔嘉(H.E. Enele Sotaga)与夫人出席了晚宴。"
    assert "索塔嘉" in _people(text)
    assert ("索塔嘉", "图瓦卢总理") in _roles(text)


def test_gloss_with_two_honorifics_vouches_for_the_name():
    assert "察莉娜" in _people("伯利兹总督察莉娜（H.E. Dame Alvira Molina, GCMG）会见了代表团。")


def test_queen_mother_before_a_glossed_name():
    assert "拉蒂玛" in _people("国王接见了代表团,王母拉蒂玛(H.M. Latima Dlamini)也在座。")


def test_honorific_gloss_of_an_acronym_is_still_no_person():
    # an upper-case acronym after the honorific-free gloss stays a body's gloss
    assert "联盟" not in _people("双方代表出席了东南亚联盟(ASEAN SOMTC)会议。")


# --- the reporter signing the story's last sentence in a bracket that closes its line ---

def test_bracketed_signature_before_the_end_mark():
    assert "魏明远" in _people("两国青年举行了联欢活动。(魏明远)(完)")


def test_labelled_signature_vouches_for_a_rare_surname():
    assert "丹青" in _people("双方表示愿加强交流。(文/图 丹青)\n参与互动")


def test_bracket_inside_a_sentence_is_no_signature():
    people = _people("双方签署了协议(魏明远代为签字)并合影。")
    assert not people & {"魏明远代", "明远代"}
    assert "中评社" not in _people("双方签署了协议。(中评社)")


def test_credit_list_of_desks_is_no_list_of_names():
    people = _people("两国外长举行会谈。\n作者:林业局 侨务处  责任编辑:张大雷\n")
    assert "侨务处" not in people
