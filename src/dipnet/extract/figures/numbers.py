"""Chinese quantities to plain numbers: 310亿 → 31000000000, 5812.5万 → 58125000, 十一 → 11,
两 → 2, 数十万 → [100000, 1000000]. Units are read by facts.py; this module only does values.

cn2an and jionlp stumble on the unit words glued to the numbers, and the forms needed here are
few, so the parser is written out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet import rx
from dipnet.rx import plain as _plain

from .factwords import words

DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000, "兆": 1_000_000_000_000}  # 兆: 万亿 (25.2兆越南盾, Taiwan)
CN_CHARS = "〇零○一二两三四五六七八九十百千万亿兆廿卅"
_CN_SET, _DIGIT_SET, _ZEROS = frozenset(CN_CHARS), frozenset(DIGITS), frozenset("〇零○")
# Hong Kong and Taiwan papers write twenty and thirty as one character (廿二个岛屿, 卅五名)
TENS = {"廿": "二十", "卅": "三十"}

# The words in the expressions below that are no numerals (facts.toml): the units before which 兆 is mega-, and the
# words of approach before a bare 百, 千 or 万.
_MEGA = "|".join(map(re.escape, words("mega_units")))
_APPROACH = "".join(words("bare_magnitude_after"))
_RESTATED = words("restated_scales")

# One quantity as written: an Arabic number (thousands separators and decimals allowed) with a
# trail of Chinese multipliers, or a Chinese numeral, or a vague magnitude (数十万, 几百).
# (the lookahead first: the characters any of the branches can start with, so that the scan of a page
# passes the other characters without trying each branch at each of them — three times faster)
NUMBER = _plain(r"(?=[数几上\d〇零○一二两三四五六七八九十百千万廿卅])(?:"
    r"(?P<vague>[数几上](?=[十百千万亿])[十百千万亿]+)"
    # (a decimal comma, as Vietnamese writes it, before a percent or a multiplier: 30,3%, 351,1万)
    # (thousands set apart by spaces before a multiplier or a percent: 1 750亿美元)
    r"|(?P<arabic>\d+,\d{1,2}(?=\s?[%％万亿])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s?[%％万亿])|\d+(?:\.\d+)?)[ \u00a0]?(?P<mult>(?:[十百千万亿]|兆(?!" + _MEGA + "))*)"
    # the rest of the number after its 万 or 亿: 1亿2000万, 29万9千, and a bare three- or four-digit rest
    # after 万 (50万1600, 487万5,400, 9万895 = 90895); shorter rests are spoken shorthand (2万5 = 25000),
    # years are no rests
    r"(?:(?<=[万亿兆])(?P<tail>\d+(?:\.\d+)?)[多余]?(?P<tailmult>(?<=亿\d)千万|[千万])"  # (96亿7000多万: the rest's 多 rounds it; 1亿2千万)
    r"|(?<=兆)(?P<tail12>\d{1,4})亿"  # 1兆2440亿
    r"|(?<=万)(?P<tailyi>\d{1,4})亿"  # 6万2330亿: 6万亿 and 2330亿 (the đồng as Vietnamese outlets write it)
    r"|(?<=万)(?P<tail4>\d{3,4}|\d,\d{3})(?![\d,.年月日])"
    # the rest after a 千 written digit by digit with its place words, and the 万 or 亿 the whole
    # takes (1千8百 = 1800, 8千6百万 = 86000000, 3千零5十 = 3050: how Hong Kong, Taiwan and VOA print)
    r"|(?<=\d千)(?P<tailk>零?\d[百十](?:\d十)?\d?(?![\d.]))(?P<tailkmult>[万亿]?))?"
    # (七兆六千五百亿: Taiwan papers write a million million as 兆, not in 兆瓦, 兆赫)
    r"|(?P<cn>[〇零○一二两三四五六七八九十廿卅](?:[〇零○一二两三四五六七八九十百千万亿]|兆(?!" + _MEGA + "))*"
    r"(?:点[〇零○一二三四五六七八九]+[万亿]*)?"
    r"|(?<=[" + _APPROACH + "])[百千万][万亿]?"  # (过百艘船只: over a hundred)
    r"|(?<![\d〇零○一二两三四五六七八九十百千万亿])[百千万](?=[多余])))")  # (fc7: 千余名侨胞, 百余个国家: a bare magnitude and 余/多)


_DECIMAL_COMMA = _plain(r"\d+,\d{1,2}")  # (a thousands comma is followed by three digits)


# A number ends here (a digit, a multiplier or 多/余 after one): asked with a search ending at a position.
NUMBER_END = _plain(r"[\d〇一二两三四五六七八九十百千万亿][多余]?$")


def _clean(value: float) -> float:
    """343.1亿 is 34310000000, not 34310000000.000004: the float product rounded to the digits written."""
    return round(value, 6) if abs(value) < 1e9 else float(round(value))


def multiplier(chain: str) -> int:
    """'亿' → 1e8, '万亿' → 1e12, '千万' → 1e7, '' → 1: a chain after digits multiplies."""
    out = 1
    for stack in _RESTATED:  # (兆亿: the 兆 said again, facts.toml restated_scales)
        chain = chain.replace(stack, stack[0])
    for c in chain:
        out *= SMALL_UNITS.get(c) or BIG_UNITS.get(c) or 1
    return out


def _section(s: str) -> int | None:
    """A numeral below 10000: '一千二百三十四', '十一', '二十', '两百'."""
    if not s:
        return 0
    # digit by digit: 二〇一五 (rare for quantities, but seen); 唯一一个 is not 11
    if _DIGIT_SET.issuperset(s) and (len(s) >= 3 or not _ZEROS.isdisjoint(s)):  # (each character asked in C)
        return int("".join(str(DIGITS[c]) for c in s))
    total, cur = 0, None
    for c in s:
        if c in DIGITS:
            cur = DIGITS[c]
        elif c in SMALL_UNITS:
            total += (1 if cur is None else cur) * SMALL_UNITS[c]
            cur = None
        else:
            return None
    return total + (cur or 0)


def chinese_to_int(s: str) -> int | None:
    """'十一' → 11, '两' → 2, '三千五百万' → 35000000, '一亿二千万' → 120000000."""
    if not s or not _CN_SET.issuperset(s):
        return None
    for short, tens in TENS.items():
        s = s.replace(short, tens)
    for big in ("兆", "亿", "万"):
        if big in s:
            head, _, tail = s.partition(big)
            h = chinese_to_int(head) if head else 1
            t = chinese_to_int(tail) if tail else 0
            if h is None or t is None:
                return None
            return h * BIG_UNITS[big] + t
    return _section(s)


@lru_cache(maxsize=64)
def parse_number(m: re.Match[str]) -> float | list[float] | None:
    """The value of a NUMBER match: a float, or [low, high] for a vague magnitude (the caller does not
    change the list). Remembered per match (a match hashes by identity, and the cache holds it, so no other
    takes its id): the facts' filters and readers ask it of one number some four times."""
    if m.group("vague"):
        low = multiplier(m.group("vague")[1:])
        return [float(low), float(low * 10)]
    if m.group("arabic"):
        digits = m.group("arabic")
        digits = digits.replace(",", ".") if _DECIMAL_COMMA.fullmatch(digits) else rx.compile("[, \u00a0\u202f]").sub("", digits)
        value = float(digits) * multiplier(m.group("mult") or "")
        if m.group("tail"):
            value += float(m.group("tail")) * multiplier(m.group("tailmult"))
        elif m.group("tail12"):
            value += float(m.group("tail12")) * BIG_UNITS["亿"]
        elif m.group("tailyi"):
            value = (value + float(m.group("tailyi"))) * BIG_UNITS["亿"]
        elif m.group("tail4"):
            value += float(m.group("tail4").replace(",", ""))
        elif m.group("tailk"):
            value = (value + _place_digits(m.group("tailk"))) * multiplier(m.group("tailkmult"))
        return _clean(value)
    return chinese_value(m.group("cn"))


def _place_digits(s: str) -> int:
    """'8百' → 800, '6百5十2' → 652, '零5十' → 50: Arabic digits each followed by its place word."""
    return sum(int(d) * SMALL_UNITS.get(place, 1) for d, place in _PLACED.findall(s))


_PLACED = _plain(r"(\d)([百十]?)")


def chinese_value(s: str) -> float | None:
    """'十二点五' → 12.5, '三点五亿' → 350000000: a Chinese numeral with a decimal part (点)."""
    whole, dot, rest = s.partition("点")
    if not dot:
        n = chinese_to_int(s)
        return None if n is None else float(n)
    digits = rest.rstrip("万亿")
    scale = multiplier(rest[len(digits):])
    head = chinese_to_int(whole)
    if head is None or any(c not in DIGITS for c in digits):
        return None
    frac = float("0." + "".join(str(DIGITS[c]) for c in digits))
    return round((head + frac) * scale, 6)


def to_value(text: str) -> float | list[float] | None:
    """The value of a whole quantity string ('310亿', '数十万', '十一'), None if it is not one."""
    m = NUMBER.fullmatch(text.strip())
    return parse_number(m) if m else None


def plain(v: float | list[float]) -> float | int | list[float | int]:
    """Whole numbers as int so records read 190, not 190.0."""
    if isinstance(v, list):
        return [plain(x) for x in v]  # type: ignore[misc]
    return int(v) if float(v).is_integer() else v
