"""Event reading on phrasings met on Vietnamese wires' Chinese pages the project had never seen (ev17, issue
13, the event types other than visits, meetings and calls: messages, statements, elections, conferences, aid,
deployments, protests; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_condolence_whose_topic_runs_over_commas_keeps_its_sender():
    # 某某已就甲国遭受洪灾,造成…损失向乙致慰问电: the topic's commas stand between the sender and 向; the same
    # day's message of another of the sender's ministers to the same land is the same country's message
    body = ("越南领导人向印度尼西亚领导人致慰问电\n\n"
            "越通社河内——越南国家主席阮文甲5月3日已就印度尼西亚遭受特大洪灾,造成大量人员伤亡向印度尼西亚总统阿里·萨利姆致慰问电。\n\n"
            "当天,越南外交部长黎文乙已致电印度尼西亚外交部长诺拉·哈米德表示慰问。")
    messages = of(body, "MESSAGE")
    assert any({"阮文甲", "阿里·萨利姆", "黎文乙", "诺拉·哈米德"} <= set(e.participants) for e in messages)
    assert not any(e.participants == ["黎文乙", "诺拉·哈米德"] for e in messages)
