"""The country of the person who acts in a figure's sentence, for a figure whose sentence names no
holder: '习近平这日亦接连与…至少8个国家的总统个别会晤', '安华明天抵达博鳌,一行70人参加…': the
person leading, meeting or travelling is no holder of a count (a person speaks for no figure), but
the country the person serves is a better holder than the page's home country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context


def actor_country(ctx: Context, pos: int, s_start: int) -> str | None:
    """The country of the last person named before pos in its sentence who is not the one acted
    on (会见X, 向X: a target), where the knowledge base knows the person's country."""
    for m in reversed(ctx.within(s_start, pos, ("PERSON",))):
        if ctx.is_target(m):
            continue
        iso = ctx.country_of.get(m.entity_id)  # (the person's own entity: a role read on the page may be wrong)
        return ctx.person_country(m) if iso else None
    return None


def wants_person(ctx: Context, pos: int, clause_text: str, c_start: int) -> bool:
    """Whether a person may hold the number at pos: a person's activities, age or votes (person_nouns
    in its clause), a count of the person's own visits (第二次访问巴西), and the countries a person
    visits or whose leaders the person meets (王毅将访问非洲4国, 林佳龙去年造访14国: counted by the
    visitor, not the visitor's office), and the trips a person makes (已出访八次, 访华五次)."""
    data = ctx.data
    if any_of(words("person_nouns")).search(clause_text) or rx.compile(data["person_act_at"]).match(ctx.text, pos, pos + 12):
        return True
    if rx.compile(data["person_own_count_before"]).search(ctx.text, c_start, pos) is not None or (
            ctx.text[pos - 1:pos] == "对" and rx.compile(data["person_addressed_at"]).match(ctx.text, pos)):
        return True  # 某船长率15名船员, 某外长提出四项建议, 对400多名学生演讲: what the person leads, puts forward, addresses
    if rx.compile(data["met_count_at"]).match(ctx.text, pos) is not None:
        return True  # 与…至少8个国家的总统个别会晤: the leaders a person meets, counted by the person
    counted = rx.compile(data["visited_count_at"]).match(ctx.text, pos) or rx.compile(data["trip_count_at"]).match(ctx.text, pos)
    return counted is not None and rx.compile(data["visit_count_before"]).search(ctx.text, c_start, pos) is not None


def visitor_after(ctx: Context, pos: int) -> str | None:
    """(ff1) '出访欧洲五国及欧盟总部 温家宝抵达慕尼黑…': the countries a visit takes in, counted where its
    sentence names no person before them (a headline opening with the visit), are the visitor's named
    after them in the sentence."""
    data = ctx.data
    s_start, s_end = ctx.sentence(pos)
    c_start = ctx.clause(pos)[0]
    if rx.compile(data["visited_count_at"]).match(ctx.text, pos) is None \
            or rx.compile(data["visit_count_before"]).search(ctx.text, c_start, pos) is None \
            or ctx.within(s_start, pos, ("PERSON",)):
        return None
    people = [mm for mm in ctx.within(pos, s_end, ("PERSON",)) if not ctx.is_target(mm)]
    return ctx.name(people[0]) if people else None


def contingent_country(ctx: Context, holder: str, pos: int) -> str | None:
    """'中国第12批赴南苏丹维和部队第一梯队165名官兵': a national contingent told by a generic word
    (维和部队) that the recognizer reads as the international body holds nothing as that body; the
    country sending it, named before it in the clause (not the one after 赴, where it goes), does."""
    s_start = ctx.sentence(pos)[0]
    for m in ctx.within(s_start, pos, ("ORG",)):
        if ctx.name(m) != holder or m.text == holder or m.text not in ctx.data["national_unit_aliases"] \
                or ctx.country_of.get(m.entity_id):
            continue
        a = max([s_start] + [ctx.text.rfind(ch, s_start, m.start) + 1 for ch in ",，;；"])  # (brackets do not part it)
        for c in ctx.within(a, m.start, ("COUNTRY",)):
            if not ctx.text.endswith(tuple(ctx.data["destination_before"]), 0, c.start):
                return ctx.name(c)
    return None


def visited(ctx: Context, pos: int) -> bool:
    """A visit verb and the region visited before pos (访问亚非六国): the countries counted are visited
    (访问四国 with nothing between points back to four countries named, like 两国)."""
    return rx.compile(ctx.data["visit_region_before"]).search(ctx.text, max(0, pos - 12), pos) is not None
