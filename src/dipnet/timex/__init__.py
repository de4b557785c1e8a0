"""Time stage: time expressions, page dates and teaser dates.

    find_times(text, anchor, offset=0) -> list[TimeExpr]
    resolve_month_day(month, day, anchor) -> str
    check_contradictions(text, times) -> list[str]
    infer_published(text=, url=, meta=, title=, dateline=, tenure=, fetched=) -> DateValue | None
    infer_brief_dates(briefs, page, context_years=()) -> list[DateValue | None]
"""

from .parse import check_contradictions, find_times, resolve_month_day
from .publication import infer_brief_dates, infer_published
from .stage import resolve_time

__all__ = [
    "check_contradictions", "find_times", "infer_brief_dates", "infer_published", "resolve_month_day", "resolve_time",
]
