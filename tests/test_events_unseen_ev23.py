"""Events precision on recurring phrasings of the pooled tuning pages (ev23, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of

_TALKS = "两国外长举行会谈\n\n越通社河内——5月6日,越南外交部长与马来西亚外交部长在河内举行会谈。"


def test_meetings_listed_as_multilateral_frameworks_are_no_conference():
    # 在…、…峰会、…论坛等多边事务中保持合作: the frameworks of cooperation, no meeting held
    body = _TALKS + "双方同意继续在联合国、东盟地区论坛、东亚峰会等多边事务中保持密切配合。"
    assert not of(body, "CONFERENCE")


def test_meetings_listed_as_cooperation_mechanisms_joined_are_no_conference():
    # 加入了…、…会议等…合作机制: mechanisms joined, no meeting held
    body = _TALKS + "马方赞赏越南加入了东盟、亚欧会议等几乎所有地区合作机制。"
    assert not of(body, "CONFERENCE")


def test_the_cooperation_process_of_a_meeting_is_no_conference():
    # 就…会议的合作进程交换意见: the process the meeting stands for, no meeting held
    body = _TALKS + "双方还就东盟外长会议的合作进程交换了意见。"
    assert not of(body, "CONFERENCE")


def test_a_forum_among_initiatives_is_no_conference():
    # 包括…论坛在内的…倡议: the forum as one of the initiatives supported
    body = _TALKS + "越方支持包括湄公河合作论坛在内的各项区域互联互通倡议。"
    assert not of(body, "CONFERENCE")


def test_a_summit_attended_before_a_list_is_still_a_conference():
    # 出席…峰会: a meeting attended (guard: the list words come after no attended meeting)
    body = _TALKS + "此前,两国外长还一同出席了第40届东盟峰会及相关会议。"
    assert of(body, "CONFERENCE")


_SUMMIT = "东盟峰会开幕\n\n越通社雅加达——9月5日,第43届东盟峰会在印度尼西亚雅加达开幕。"


def test_a_parliament_where_a_speech_is_given_is_no_speaker():
    # 在某国会发表演说: the place of the speech, no one named speaks
    body = _SUMMIT + "据悉,访问期间还将安排在澳大利亚国会发表演讲。"
    assert not of(body, "STATEMENT")


def test_a_summit_attended_with_a_speech_is_no_speaker():
    # 出席…峰会并发表重要讲话 with the speaker left unnamed: the summit's body does not speak
    body = _SUMMIT + "国家主席出席2023年东盟工商投资峰会并发表重要讲话。"
    assert not of(body, "STATEMENT")


def test_a_named_speaker_at_a_summit_still_speaks():
    # 某某在…峰会上发表讲话: a named official's speech (guard)
    body = _SUMMIT + "越南政府总理范明政在峰会上发表讲话,呼吁各国加强团结。"
    assert of(body, "STATEMENT")


def test_a_ministrys_spokesperson_still_speaks_for_it():
    # 外交部发言人…答记者问: the ministry speaks through its unnamed spokesperson (open gold), 发言人 is no speech word here
    body = _SUMMIT + "印尼外交部发言人5日就东盟峰会的成果答记者问。"
    assert of(body, "STATEMENT")


def test_the_cooperation_framework_of_a_meeting_is_no_conference():
    # 透过「…会议」的合作架构: the framework the meeting stands for, no meeting held
    body = _TALKS + "马方介绍了透过「马越联合委员会部长会议」的合作架构所取得的成果。"
    assert not of(body, "CONFERENCE")



def test_the_body_a_summit_is_named_for_is_no_speaker():
    # 出席东盟-日本纪念峰会并发表讲话: 东盟 names the summit, the setting of the speech; it does not speak
    body = _SUMMIT + "泰国外交部出席东盟-日本纪念峰会并发表讲话,呼吁加强合作。"
    assert not any("东盟" in e.participants for e in of(body, "STATEMENT"))
