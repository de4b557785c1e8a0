"""sp28 (issue 17): speed changes that leave every result as it was."""

from __future__ import annotations

import importlib
import re
from typing import Any

from dipnet import rx

# invented patterns sharing sets: a Chinese range, a digit class, a negated set of stops
_SHARED = [r"(?<![\u4e00-\u9fff])访[\u4e00-\u9fff]{2,4}", r"(?<!\d)\d{1,2}月[\u4e00-\u9fff]{1,3}会",
           r"(?:提出|表示)[^。;!?]{0,20}?(?:合作|支持)", r"[^。;!?]{2,9}(?:大学|学院)", r"(?i)[a-z\u4e00-\u9fff]+岛"]


def _plain_program(source: str) -> list[int]:
    """The program re's own compiler builds for `source` (no kept sets)."""
    compiler = importlib.import_module("re._compiler")
    parsed = importlib.import_module("re._parser").parse(source, 0)
    return [int(c) for c in compiler._code(parsed, parsed.state.flags)]


def test_kept_sets_build_the_programs_re_builds() -> None:
    compiler = importlib.import_module("re._compiler")
    constants = importlib.import_module("re._constants")
    for source in _SHARED * 2:  # the second time every case-sensitive set is answered from the kept ones
        parsed = importlib.import_module("re._parser").parse(source, 0)
        code: list[int] = []
        rx._compiled(code, parsed, None, parsed.state.flags, compiler, constants)
        assert [int(c) for c in code] == _plain_program(source), source
    assert compiler._optimize_charset.__module__ == "re._compiler"  # re's own step is back in place


def test_a_set_seen_is_optimized_once(monkeypatch: Any) -> None:
    compiler = importlib.import_module("re._compiler")
    seen: list[tuple[Any, ...]] = []
    own = compiler._optimize_charset

    def counting(charset: Any, *rest: Any) -> Any:
        seen.append(tuple(charset))
        return own(charset, *rest)

    monkeypatch.setattr(compiler, "_optimize_charset", counting)
    monkeypatch.setattr(rx, "_SETS", {})
    for source in (r"甲[\u4e00-\u9fff]{2}乙", r"丙[\u4e00-\u9fff]+丁"):  # (compiled here: no program kept between runs)
        parsed = importlib.import_module("re._parser").parse(source, 0)
        rx._compiled([], parsed, None, parsed.state.flags, compiler, importlib.import_module("re._constants"))
    assert seen.count(((importlib.import_module("re._constants").RANGE, (0x4E00, 0x9FFF)),)) == 1


def test_gated_patterns_match_as_before() -> None:
    texts = ["他将于5月访问日本东京大学并表示支持合作。", "12月越南国会会议;访华三日", "Phu Quoc岛与富国岛"]
    for source in _SHARED:
        fast, plain = rx.gated(source), re.compile(source)
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (source, t)


# --- prechecked scans equal the scans they stand before ----------------------------------------------
def _old_captions(brief: str) -> list[tuple[int, int]]:
    """timex.briefs._captions as it was: each credit's sentence searched from its line's start."""
    from dipnet.timex import briefcaptions

    spans: list[tuple[int, int]] = []
    if "\n" in brief.strip():
        for m in briefcaptions._PHOTO_SOURCE.finditer(brief):
            end = brief.find("\n", m.end())
            spans.append((brief.rfind("\n", 0, m.start()) + 1, len(brief) if end < 0 else end))
    for m in briefcaptions._CREDIT.finditer(brief):
        lo = brief.rfind("\n", 0, max(0, m.start() - 2)) + 1
        spans += [(c.start(), c.end()) for c in briefcaptions._CAPTION_SENTENCE.finditer(brief, lo, m.end()) if c.end() == m.end()]
    return spans


_PIECES = ["。", "\n", " ", "  ", "图自", "图片来源", "图", "自", "来源", "河内", "会谈", "(", ")", ",", "甲乙丙", "照片", "@", "-",
           "021-12345678", "a.b@c.org", "x@y", "12-3", "电话", "010"]


def _random_texts(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_caption_sentences_as_before() -> None:
    from dipnet.timex import briefs

    texts = _random_texts(4000, 28) + ["两国领导人会谈。图自越通社", "会谈。首相讲话 图片来源:某社。外长会见。图自网络",
                                       "甲。乙。丙 \n图自某报", "甲图自乙。丙图片来源 丁。 图自"]
    for t in texts:
        assert briefs._captions(t) == _old_captions(t), t


def test_contact_as_before() -> None:
    from dipnet import footlines

    for t in _random_texts(3000, 29) + ["联系电话:021-12345678", "邮箱 news@example.com", "无联系方式的一行"]:
        assert footlines._contact(t) == (footlines._CONTACT.search(t) is not None), t


def test_caption_scan_starts_past_the_last_stop() -> None:
    from dipnet.timex.briefcaptions import _sentence_from

    text = "甲乙丙丁。戊己庚辛 图自某社"
    assert _sentence_from(text, 0, text.index("图自")) == text.index("戊")
    other = "甲图自乙。丙丁 图自某社"  # another source word before: scanned from the line's start, as before
    assert _sentence_from(other, 0, other.rindex("图自")) == 0


def _old_join_spaced(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """crawl_shape.join_spaced as it was: _SPACED tried over every page."""
    from dipnet import crawl_shape

    gone: set[int] = set()
    for m in crawl_shape._SPACED.finditer(text):
        gone.update(i for i in range(m.start(), m.end()) if text[i] == " ")
    return crawl_shape.without(text, origin, gone) if gone else (text, origin)


def test_join_spaced_as_before() -> None:
    import random

    from dipnet import crawl_shape

    rng = random.Random(30)
    pieces = [" ", "外", "交", "部", "发言人", "\n", "顶 踩", "a", "  ", "王 毅", "。"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    texts += ["外 交 部 发 言 人表示", "字号:大 中 小", "记者 王明 李华", "甲 乙 丙 丁"]
    for t in texts:
        origin = list(range(len(t)))
        assert crawl_shape.join_spaced(t, origin) == _old_join_spaced(t, origin), t


def test_lone_characters_gate_the_spaced_scan() -> None:
    from dipnet import crawl_shape

    assert crawl_shape._LONE.pattern.startswith(" ")  # (the engine skips to the spaces)
    assert len(crawl_shape._LONE.findall("外 交 部 发言人")) == 2  # 发言人 is no character standing alone
