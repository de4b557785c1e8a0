"""Who speaks a STATEMENT: the clause's first person before its verb, a body or outlet named before it, the
one a speech frame or a first-person telling points to (split from actors.py)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import MEDIA_SECTORS, EventPage, names
from dipnet.extract.participants.carry import carried_subject, paragraph_before_subject, sentence_subject
from dipnet.extract.participants.platformposters import platform_poster
from dipnet.extract.participants.pronounspeakers import pronoun_speaker
from dipnet.model import Mention


def speaker(page: EventPage, c: Clause, k: int, mentions: list[Mention]) -> list[str]:
    """Who speaks: the clause's first person before the verb; else a body the clause names right
    before it (外交部发言人表示, 《高棉时报》…刊登); else the nearest person, then body, before it in
    the sentence."""
    text = page.doc.text
    # ((记者 黄钰钦)中国外交部发言人毛宁主持例行记者会: the reporter a dateline credits tells, speaks not)
    credited = [(a.start(), a.end()) for a in rx.compile(cue("credit_span")).finditer(text[c.start:k])]
    # (他援引某某此前的讲话说: the one quoted speaks not; the one the pronoun carries on from does — ev64)
    quoted = [(a.start(), a.end()) for a in rx.compile(cue("words_carried")).finditer(text, c.start, k)]
    people = [m for m in mentions if (e := page.entities.get(m.entity_id)) and e.type == "PERSON" and m.start <= k
              and not (credited and any(c.start + a <= m.start < c.start + b for a, b in credited))
              and not (quoted and any(a <= m.start < b for a, b in quoted))]  # (no generator where none is found)
    if people:
        return names(page, people[:1], ("PERSON",))
    if quoted:
        told = carried_subject(page, c, k)
        return [told] if told else []
    posted = platform_poster(page, c, k)
    if posted:  # (…会面后,在脸书贴文: the sentence's subject posts, not the platform nor the one met — st11)
        return [posted]
    carried = pronoun_speaker(page, c, k)
    if carried:  # (…。他启程前强调 / 他为《某报》撰文指出: the one the sentences before are about — st13)
        return [carried]
    opened = text[c.start:k].lstrip()
    if opened.startswith(cue("visit_first_person")) and not opened.startswith(codebook().first_person_not):
        # 越通社谨向读者介绍录像讲话的内容:(new paragraph) …,我对能在…发表讲话感到高兴: the one the speech is
        # told of speaks (the subject of the paragraph before, where the clause's sentence names no one)
        told = sentence_subject(page, c.sentence[0], c.start)
        seg = page.doc.segment_at(c.start)
        told = told or (paragraph_before_subject(page, seg.start, seg.brief) if seg is not None else None)
        if told:
            return [told]
    if rx.compile(cue("speech_frame_after")).match(text[k:c.end]) and not text[c.start:k].strip(" 在").startswith(tuple("他她")):
        # 在典礼上发言时,越南驻巴西大使杜伯科回顾…: the speech as a frame, its speaker the clause after's subject
        framed = sentence_subject(page, c.end, c.sentence[1])
        if framed:
            return [framed]
    scope = page.in_span(c.sentence[0], k)
    spokesman = [m for m in scope if (e := page.entities.get(m.entity_id)) and e.type == "ORG" and text.startswith(cue("spokesman"), m.end)]
    if spokesman:  # 外交部发言人梁青毅…答记者问时强调: the spokesperson named, else the ministry
        at = spokesman[0].end + len(cue("spokesman"))
        after = [m for m in scope if m.start == at and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        return names(page, after[:1], ("PERSON",)) or names(page, spokesman[:1], ("ORG",), in_titles=True)

    set_open, set_close = rx.compile(cue("speech_setting_before")), rx.compile(cue("speech_setting_after"))

    def setting(m: Mention) -> bool:  # (并在香格里拉对话预备会议上发表主旨演讲: the gathering spoken at)
        return set_open.search(text, c.start, m.start) is not None and set_close.match(text, m.end, k) is not None

    def bodies(ms: list[Mention]) -> list[Mention]:
        return [m for m in ms if (e := page.entities.get(m.entity_id)) and e.type == "ORG" and
                (k - m.end <= 12 or e.sector in MEDIA_SECTORS) and not setting(m)]

    own = bodies([m for m in mentions if m.start < k])
    if own and text[own[-1].start - 1] == "在" and rx.compile(cue("subject_pronoun")).match(text[c.start:k].lstrip()):
        # (…将于下周访华。他将在某大学发表演讲: the one the pronoun carries on from speaks, not the venue — ev64)
        told = carried_subject(page, c, k)
        if told:
            return [told]
    if own:
        return [page.entities.get(own[-1].entity_id).name]  # type: ignore[union-attr]
    named = names(page, [m for m in scope if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"], ("PERSON",))
    opening = text[c.start:k].strip()
    if named and c.start > c.sentence[0] and (not opening or opening.startswith(codebook().going_on + cues("speaker_going_on"))):
        # 阮文年向某某转达阮富仲…的问候,同时强调: a clause going on speaks for the sentence's subject
        said = sentence_subject(page, c.sentence[0], c.start)
        if said:
            return [said]
    people = [m for m in scope if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    media = [m for m in scope if (e := page.entities.get(m.entity_id)) and e.type == "ORG" and e.sector in MEDIA_SECTORS
             and (not people or m.start > people[-1].end)]
    if named and media:  # 在某某访问前夕,《高棉时报》刊登文章,其中强调: the paper named after the person speaks
        return [page.entities.get(media[-1].entity_id).name]  # type: ignore[union-attr]
    if named:
        return named[-1:]
    other = bodies(scope)
    return [page.entities.get(other[-1].entity_id).name] if other else []  # type: ignore[union-attr]
