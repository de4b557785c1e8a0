"""A pattern of events.toml or statements.toml may name a cue of cues.toml as «name»: the word list is written once and read whole."""

from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, with_cues
from dipnet.extract.finding.spoken import statement_pattern


def test_every_trigger_need_is_read_without_a_reference_left() -> None:
    for key, pattern in codebook().trigger_needs.items():
        assert "«" not in pattern.pattern, key


def test_a_platform_post_needs_the_platform_the_cue_lists() -> None:
    needs = codebook().trigger_needs["STATEMENT:发文"]
    assert needs.search("部长当天在脸书上发文称两国关系良好")
    assert not needs.search("商务部当天发文要求企业加强管理")


def test_a_reference_is_replaced_by_the_cue_it_names() -> None:
    assert with_cues("«posted_platform»发文") == cue("posted_platform") + "发文"
    assert with_cues("发文") == "发文"


def test_a_statement_pattern_reads_the_cue_it_names() -> None:
    frame = statement_pattern("conference_frame_before")
    assert frame.pattern == cue("conference_place") + "[^,，。;；!?:：]{0,24}$"
    assert frame.search("去年在某论坛峰会开幕式上,")
    assert not frame.search("在工作会议上,")
