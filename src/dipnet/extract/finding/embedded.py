"""Speech words that are not their speaker's own act of speaking (ev6, stop 51): asked about or left open
(外交部能否证实这一消息?), inside the words another reporting verb of the sentence reports (某某表示,欧方正在撰写
新的文件), and the kind of a reporting verb's statement read only up to the verb, not from what it reports
(某某透露此访的目的是…以及提出合作方向). SPEC: a STATEMENT is a named official's statement event of its own.
The words are data (data/statements.toml)."""

from __future__ import annotations

from dipnet.extract.finding.spoken import statement_pattern

_QUESTION = "?？"


def asked(text: str, clause_start: int, clause_end: int, k: int) -> bool:
    """The speech word at k stands in a question or an alternative: a question word in its clause before it
    (是否举行联合记者会, 能否证实), or its clause ends in a question mark."""
    hits = list(statement_pattern("asked_before").finditer(text, clause_start, k))
    if hits:
        last = hits[-1]
        return not statement_pattern("asked_topic_before").search(text, clause_start, last.start()) and \
            not statement_pattern("asked_topic_after").search(text, last.end(), k)
    tail = text[clause_end - 1:clause_end + 1] if clause_end > 0 else ""
    return any(q in tail for q in _QUESTION)


def reported_inside(text: str, sentence_start: int, clause_start: int, k: int, trig: str, own_speaker: bool) -> bool:
    """The speech word at k (not itself a reporting verb) stands inside the words a reporting verb told
    before it in the sentence reports (某某表示,欧方正在撰写…): what was said, no statement of its own —
    unless the words announce it (某某表示,李强将出席…并致辞) or name a person of their own who spoke (他表示,
    胡志明主席80年前宣读《独立宣言》…: that person's act, retold); own_speaker: the clause names a person before k."""
    if own_speaker or statement_pattern("announced_before").search(text, clause_start, k):
        return False
    if statement_pattern("reporting_verbs").fullmatch(trig):
        # (st10) a reporting verb of a clause naming no one inside words an earlier clause reports (林某表示,我们注意到,
        # 某总理领导的…获胜,中方对此表示祝贺): the words go on, the name inside them speaks not
        told = [m.end() for m in statement_pattern("reported_before").finditer(text, sentence_start, clause_start)]
        # (…指出,越南…扩大工程后,外交部周一回应时称: a time frame told after them closes the words reported)
        return bool(told) and statement_pattern("reported_words_close").search(text, told[-1], clause_start) is None
    return statement_pattern("reported_before").search(text, sentence_start, k) is not None


def kind_span(text: str, clause_start: int, clause_end: int, k: int, trig: str) -> str:
    """The words a statement's kind is read from: a reporting verb's clause up to the verb (在致辞中表示),
    any other word's whole clause."""
    if statement_pattern("reporting_verbs").fullmatch(trig):
        return text[clause_start:k + len(trig)]
    return text[clause_start:clause_end]
