"""The time expression patterns, compiled once per process (find_times runs on every segment of
every page, and on the main text, the lead and each teaser besides).

Each pattern opens with a look-ahead of the characters it can start with. The regular expression
engine cannot use a look-ahead to skip ahead: at every position of the text it enters the pattern,
tests the look-ahead and fails, some 20 ns a character for each of the ~23 patterns. Given a set of
characters a pattern starts with, the engine skips in a tight loop to the next such character; so
each pattern is compiled with its look-ahead's characters as that set (`gated`). The set only
chooses where matching is tried, and at every position skipped the look-ahead fails anyway: the
matches are the same, found in about half the time.
"""

from __future__ import annotations

import re

from dipnet import rx as _rx
from dipnet.rx import plain as _plain

from .numerals import CN
from .words import WORDS

# the skip-set compiler lives in dipnet.rx (shared with other stages); its names stay importable here
_first_set, first_chars, gated = _rx._first_set, _rx.first_chars, _rx.gated

# a written year; old wire copy mixes Chinese digits with ASCII zeros ('二00六年')
Y = r"(?:\d{4}|[〇零○一二三四五六七八九][〇零○0一二三四五六七八九]{3})"
MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|三十一?)"  # month/day
S = r"\s?"  # normalized text keeps single spaces between digits and units ('12 月 29 日')
TO = r"\s?[至到\-—–~～]\s?"
DAYU = r"[日号]"
STEMS, BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
GZ = f"[{STEMS}][{BRANCHES}]"
# a year of the Republic of China calendar written without 民国 (2011-2030), and what it must not follow: a
# digit or a point, 第, or a founding it would count the years of ('建党100年', '成立110年')
ROC = r"1[01]\d"
ROC_WORDS = r"[一二三四五六七八九十百〇零]{2,6}"  # a year in words in brackets: '本(八十八)年' (fp2)
ROC_NOT_AFTER = r"(?<![\d.第])" + "".join(f"(?<!{w})" for w in ("成立", "建党", "建国", "建校", "建院", "建军", "建市", "创立", "创建",
                                                             "创办", "建立", "诞生", "立国", "开埠", "历经", "走过", "经历", "已有"))
LUNAR_DAY = r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)"
WEEKDAYS = "一二三四五六日天"
# words that follow a bare day number in news ("13日上午", "4日在莫斯科", "17日专电"; an adverb before the
# verb: "22日将出席", "5日也会见了", "9日还访问了", "3日已抵达", "8日再次"; a verb of saying or doing:
# "24日重申", "3日强调", "5日指出", "7日批评", "2日回应", "6日证实", "9日公布", "4日报道", "8日拜会", "1日返回",
# "15日展开", "29日陆续抵达", "27日过境", "1日乘专机", "17日前往", "5日于北京", "7日10时")
# a bare day also written with 号, as spoken and Hong Kong, Singapore and Malaysian news write it ('将在12号签署',
# '今天(18号)开始至21号', '18号到北京'); not a number naming a road, an exit or a room ('31号公路', '5号出口', '3号会议室':
# the nouns in data/timewords.json, hao_day_not_before)
BARE_DAYU = "(?:日|号(?!" + "|".join(map(re.escape, WORDS["hao_day_not_before"])) + "))"
# (a time of day of two characters whose first is not one of the cue characters: 30日傍晚; data/timewords.json —
# words of a data file, escaped as BARE_DAYU's are)
# (and the words opening a trip, a meeting or a reception whose first character is no cue: 4日来华, 4日从河内启程,
# 5日宴请, 5日礼节性拜会; data/timewords.json, day_verb_words)
DAY_CUE = r"(?=" + "".join(re.escape(w) + "|" for w in WORDS["day_part_words"] + WORDS["day_verb_words"]) + r"[上下中晚早凌夜午起至到电专讯,在举召宣通表发会就向对与同出说称以选抵访签致率接主参启离闭颁进结开赴分应正将也还再已又均共的重强指批谴回呼敦抗声透证否确答拜返飞公报提展陆过综曾于乘)）]|和(?!平)|前往|\d{1,2}\s?时|$)"
# a bare day of figures with 日 before any Chinese character but those making 日 part of another word or the number
# a count of days (越南7日派遣…, 7日建立外交关系: a subject, the day, its verb; not 30日元, 3日内; data/timewords.json)
RI_DAY_CUE = r"(?:(?=[\u4e00-\u9fff])(?![" + re.escape(WORDS["day_ri_not_before"]) + "])|" + DAY_CUE + ")"

# a month or month-day after a relative year word: '去年10月', '今年3月5日'
REL_YEARS = {"今年": 0, "本年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "来年": 1}
# the one-character relative year words a bracketed year follows ('去(2024)年', '本(110)年'; data/timewords.json)
BRACKET_YEAR_WORDS: list[str] = WORDS["year"]["bracket_year_words"]
# a month named relative to the report, before a day: '本月十五日至十八日', '下月3日'
REL_MONTHS = {"本月": 0, "这个月": 0, "上个月": -1, "上月": -1, "下个月": 1, "下月": 1}
# relative words
REL: dict[str, tuple[str, int]] = {
    "今天": ("d", 0), "今日": ("d", 0), "今晨": ("d", 0), "今晚": ("d", 0), "当天": ("d", 0),
    "当日": ("d", 0), "同日": ("d", 0), "同一天": ("d", 0), "昨天": ("d", -1), "昨日": ("d", -1),
    "昨晚": ("d", -1), "前天": ("d", -2), "明天": ("d", 1), "明日": ("d", 1), "后天": ("d", 2),
    "近日": ("d", 0), "日前": ("d", 0), "近期": ("m", 0), "本月": ("m", 0), "这个月": ("m", 0),
    "上月": ("m", -1), "上个月": ("m", -1), "下月": ("m", 1), "下个月": ("m", 1),
    # the day after the day just told ('7月19日逝世,…隔天就到…吊唁'): the anchor's next day until the stage reads
    # it from the day before it (timex/stage.py)
    "次日": ("d", 1), "翌日": ("d", 1), "隔天": ("d", 1), "第二天": ("d", 1),
    # …and the day before it ('9日举行会谈,此前一天…'; data/timewords.json, previous_day_words)
    **dict.fromkeys(WORDS["previous_day_words"], ("d", -1)),
    "今年": ("y", 0), "本年度": ("y", 0), "去年": ("y", -1), "前年": ("y", -2), "明年": ("y", 1),
    "来年": ("y", 1), "后年": ("y", 2),
    # 昨 alone before the verb it dates, as Hong Kong and Taiwan papers write it ('发言人昨宣布', '昨午')
    "昨": ("d", -1), "当晚": ("d", 0), "同晚": ("d", 0),
    # from today, from tomorrow on ('立委明起将赴美国访问', '外长今起访华'), tomorrow morning or evening
    "今起": ("d", 0), "明起": ("d", 1), "明晨": ("d", 1), "明晚": ("d", 1),
    # the end of, or within, the report's year or month written bare ('年内举行', '年底前访问'; data/timewords.json)
    **{w: (str(v[0]), int(v[1])) for w, v in WORDS["bare_period_words"].items()},
    # the relative day words of the data file (today, the day told, the day after it, yesterday): 今早, 当夜, 翌晨, 昨晨
    **dict.fromkeys(WORDS["today_words"] + WORDS["same_day_words"], ("d", 0)),
    **dict.fromkeys(WORDS["next_day_words"], ("d", 1)), **dict.fromkeys(WORDS["yesterday_words"], ("d", -1)),
    # the previous year and the day before yesterday as Hong Kong, Macau and Taiwan write them (上年, 前日)
    **dict.fromkeys(WORDS["last_year_words"], ("y", -1)), **dict.fromkeys(WORDS["day_before_yesterday_words"], ("d", -2)),
    **dict.fromkeys(WORDS["day_after_tomorrow_words"], ("d", 2)),
    # the year or month after the one told (翌年, 次月): the report's next until the stage reads it from the one told
    **{w: (str(v[0]), int(v[1])) for w, v in WORDS["next_period_words"].items()},
}
# the periods written over two years (2023-2024学年, 2022/2023财年), after a span of years
_TWO_YEAR = "|".join(map(re.escape, WORDS["two_year_periods"]))
# two relative days named together before 两天 ('今明两天'): their offsets from the report's day
TWO_DAYS: dict[str, tuple[int, int]] = {w: (int(a), int(b)) for w, (a, b) in WORDS["two_days_words"].items()}
# a one-character relative word is read only before what it dates (昨 of 昨天 is read as 昨天)
_REL_ADVERB_NEXT = {"昨": "(?=[宣表指称说发举会抵通公召出在与同向午早夜凌透重强回率访签致])"}
# (前日 only before what it dates, as 昨: 前日本首相 is a former Japanese one; 上年 not in 上年纪)
_REL_ADVERB_NEXT.update(dict.fromkeys(WORDS["day_before_yesterday_words"] + WORDS["day_after_tomorrow_words"],
                                      "(?=[" + re.escape(WORDS["day_before_yesterday_next"]) + "])"))
_REL_ADVERB_NEXT.update(dict.fromkeys(WORDS["last_year_words"], "(?![" + re.escape(WORDS["last_year_not_before"]) + "])"))
# (同日, 当日 not where 日 opens 日本: 同日本举行会谈 is with Japan, not on the same day)
_REL_ADVERB_NEXT.update(dict.fromkeys(WORDS["coverb_day_words"], "(?![" + re.escape(WORDS["coverb_day_not_before"]) + "])"))
# …and 明 of 明起 not the end of a word (说明起草, 表明起到, 证明起来: the characters before it in data/timewords.json,
# ming_relative_not_after)
_MING_NOT_AFTER = "(?<![" + "".join(map(re.escape, WORDS["ming_relative_not_after"])) + "])"
_REL_NOT_AFTER = dict.fromkeys(("明起", "明晨", "明晚"), _MING_NOT_AFTER)
# …and a 今 word of the data file not after a word 今 ends (至今早已, 如今午后: jin_relative_not_after)
_REL_NOT_AFTER.update(dict.fromkeys(WORDS["jin_relative_guarded"],
                                    "(?<![" + "".join(map(re.escape, WORDS["jin_relative_not_after"])) + "])"))
# (前日, 前晚 not the eve of an occasion: 会谈前晚, 开幕前日)
_REL_NOT_AFTER.update(dict.fromkeys(WORDS["day_before_yesterday_words"],
                                    "(?<![" + re.escape(WORDS["day_before_yesterday_not_after"]) + "])"))
# (次年 not of a count, 一次年会, nor 年会 or 月度 itself)
_REL_NOT_AFTER.update(dict.fromkeys(WORDS["next_period_words"], "(?<![" + re.escape(WORDS["next_period_not_after"]) + "])"))
_REL_ADVERB_NEXT.update(dict.fromkeys(WORDS["next_period_words"], "(?![" + re.escape(WORDS["next_period_not_before"]) + "])"))
_REL_NOT_AFTER.update(dict.fromkeys(WORDS["bare_period_words"], "(?<![" + re.escape(WORDS["bare_period_not_after"]) + "])"))

# name: (pattern, the words every match holds one of, the characters a match can start with), in the
# order find_times reads them: the most specific first (a full date before its month-day, a month-day
# before a bare day), lunar dates and anniversaries before all, durations last; a month in Chinese
# numerals (month_cn) is read only with a marker ('八月革命' is a name, '八月中旬' a time).
# Compiled once, since find_times runs on every segment of every page. A text holding none of a
# pattern's words is not scanned with it; and each pattern opens with a look-ahead of its first
# characters, so that the scan skips every other position at once instead of trying the pattern's
# look-behind and alternatives there (twice as fast; tests/test_timex.py checks nothing changes).
_Y_FIRST = r"\d〇零○一二三四五六七八九"
_MD_FIRST = r"\d一二三四五六七八九十廿"
TABLE: dict[str, tuple[str, tuple[str, ...], str]] = {
    "anniversary": (rf"(?<!\d)(?P<n>\d{{1,3}}|[{CN}]{{1,4}}){S}周年(?:{S}\((?P<span>[^()]{{4,40}})\))?",
                    ("周年",), rf"\d{CN}"),
    "lunar": (rf"(?:农历|阴历){S}(?:(?P<gz>{GZ})年)?{S}(?P<m>正|腊|冬|[一二三四五六七八九十]{{1,2}})月(?P<d>{LUNAR_DAY})",
              ("农历", "阴历"), "农阴"),
    "lunar_year": (rf"(?P<gz>{GZ})年{S}(?P<m>正|腊|冬)月(?P<d>{LUNAR_DAY})",
                   ("月",), STEMS),
    "lunar_new_year": (r"(?:大年|正月)(?P<d>初[一二三四五六七八九十]|十五)",
                       ("大年", "正月"), "大正"),
    "ganzhi": (rf"(?P<gz>{GZ})(?=年|新春|春节|马年|蛇年)",
               ("年", "新春", "春节"), STEMS),
    "full_range": (rf"(?P<y>{Y}){S}年{S}(?P<m>{MD}){S}月{S}(?P<d>{MD}){S}{DAYU}?{TO}(?:(?P<y2>{Y}){S}年{S})?(?:(?P<m2>{MD}){S}月{S})?(?P<d2>{MD}){S}{DAYU}",
                   ("月",), _Y_FIRST),
    "full": (rf"(?P<y>{Y}){S}年{S}(?P<m>{MD}){S}月{S}(?P<d>{MD}){S}{DAYU}",
             ("月",), _Y_FIRST),
    # a Republic of China year before a month and a day, as Taiwan and some Hong Kong outlets write it
    # without 民国 ('112年5月24日', '(113)年1月2日至5日'): years 100-119 (2011-2030); not a count after a
    # founding ('建党100年7月1日')
    "roc_full": (rf"{ROC_NOT_AFTER}(?:\((?P<yb>{ROC})\)|(?P<y>{ROC})){S}年{S}(?P<m>{MD}){S}月{S}(?P<d>{MD}){S}{DAYU}"
                 rf"(?:{TO}(?:(?P<m2>{MD}){S}月{S})?(?P<d2>{MD}){S}{DAYU})?",
                 ("月",), r"(1"),
    # a relative year word with the year it names in brackets, as Taiwan and Hong Kong papers write it:
    # '去(2024)年', '今(2025)年3月', '本(110)年' (a Republic of China year, 1911 + n), with its month and day
    # (after roc_full, which reads '(113)年1月2日' alone and votes for the page's year)
    "bracket_year": (rf"(?P<w>[{''.join(BRACKET_YEAR_WORDS)}]){S}[\((]{S}(?P<y>\d{{4}}|{ROC}|[89]\d|{ROC_WORDS}){S}[\))]{S}年"
                     rf"(?:{S}(?P<m>{MD}){S}月(?:{S}(?P<d>{MD}){S}{DAYU}(?:{TO}(?:(?P<m2>{MD}){S}月{S})?(?P<d2>{MD}){S}{DAYU})?)?)?",
                     ("年",), "".join(BRACKET_YEAR_WORDS)),
    # a relative month word with its month in brackets, and a day: '本(1)月15日', '上(12)月5日' (bracketyear.py)
    "bracket_month": (rf"(?P<w>[{''.join(WORDS['year']['bracket_month_shift'])}]){S}\({S}(?P<m>1[0-2]|0?[1-9]){S}\){S}月"
                      rf"(?:{S}(?P<d>{MD}){S}{DAYU}(?:{TO}(?P<d2>{MD}){S}{DAYU})?)?",
                      ("月",), "".join(WORDS["year"]["bracket_month_shift"])),
    # a Republic of China fiscal year, as Taiwan's budgets and almanacs write it without 民国 ('115年度预算',
    # '94年度施政'): years 80-119 (1991-2030)
    "roc_fiscal": (rf"{ROC_NOT_AFTER}(?P<y>[89]\d|{ROC}){S}年度",
                   ("年度",), r"\d"),
    # a span of days a round-up covers, its year written once: '一周要闻回顾(2022.10.17-23)', '(2023.6.26 - 7.2)'
    "iso_range": (r"(?<![\d.])(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\s?[-–—~～至]\s?(?:(?P<m2>\d{1,2})\.)?(?P<d2>\d{1,2})(?![\d.])",
                  (".",), r"\d"),
    "iso": (r"(?<![\d.])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d])",
            ("-", "/", "."), r"\d"),
    "iso_dmy": (r"(?<![\d/.])(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})(?!\d)",
                ("/", "."), r"\d"),
    "year_month_range": (rf"(?P<y>{Y}){S}年{S}(?P<m>{MD}){S}月{TO}(?P<m2>{MD}){S}月(?!{S}{MD}{S}{DAYU})",
                         ("月",), _Y_FIRST),
    "year_month": (rf"(?P<y>{Y}){S}年{S}(?P<m>{MD}){S}月(?!{S}{MD}{S}{DAYU})",
                   ("月",), _Y_FIRST),
    # (ev65: a school or fiscal year written over two years, '2023-2024学年', '2022/2023财年': data/timewords.json,
    # two_year_periods; its slash joins the years only before one of those words)
    "year_range": (rf"(?<!\d)(?P<y>\d{{4}}){S}年?(?:{TO}|{S}——{S}|/(?=(?:\d{{4}}|\d{{2}}){S}(?:{_TWO_YEAR})))(?P<y2>\d{{4}}|\d{{2}})"
                   rf"(?:{S}年|(?=阶段|时期|年度|任期|{S}(?:{_TWO_YEAR})))",
                   ("至", "到", "-", "—", "–", "~", "～", "/"), r"\d"),
    "year": (rf"(?<!\d)(?P<y>{Y}){S}年(?!代)",
             ("年",), _Y_FIRST),
    # '去年12月12、13日': a list of days is dated by its first; '今年3月17至18日': a span (fp1, unseen pages)
    "relative_year_month": (rf"(?P<r>{'|'.join(REL_YEARS)}){S}(?P<m>{MD}){S}月(?:{S}(?P<d>{MD})(?:{S}[、和]{S}{MD}|{TO}(?P<d2>{MD}))?{S}{DAYU})?",
                            ("年",), "".join(sorted({w[0] for w in REL_YEARS}))),
    "relative_month_day": (rf"(?P<r>{'|'.join(sorted(REL_MONTHS, key=len, reverse=True))}){S}(?P<d>{MD}){S}{DAYU}?(?:(?:{TO}|[、和]{S})(?P<d2>{MD}){S})?{DAYU}",
                           tuple(REL_MONTHS), "本这上下"),
    "month_day_range": (rf"(?<![\d第个])(?P<m>{MD}){S}月{S}(?P<d>{MD}){S}(?:{DAYU}?{TO}(?:(?P<m2>{MD}){S}月{S})?|{DAYU}?{S}[、和]{S})(?P<d2>{MD}){S}{DAYU}",
                        ("月",), _MD_FIRST),
    # Hong Kong and Taiwan headlines write month/day: '苏林8/18-20访华' (a span), '今(10/30)日' (in brackets)
    "slash_md_range": (r"(?<![\d/.:])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\s?[-~～至到]\s?"
                       rf"(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>3[01]|[12]\d|0?[1-9])(?![\d/.%:]){DAY_CUE}",
                       ("/",), r"\d"),
    "slash_md": (r"(?<=[今昨明前一二三四五六日天])\s?\(\s?(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\s?\)",
                 ("/",), r"\s("),
    "month_day": (rf"(?<![\d第个])(?P<m>{MD}){S}月{S}(?P<d>{MD}){S}{DAYU}",
                  ("月",), _MD_FIRST),
    "month": (rf"(?<![\d第个上下本今这])(?P<m>\d{{1,2}}){S}月(?:份|初|中旬|上旬|下旬|底|末)?(?![份度光亮球饼])",
              ("月",), r"\d"),
    "month_cn": (rf"(?<![\d第个上下本今这{CN}])(?P<m>十[一二]?|[一二三四五六七八九]){S}月(?:份|初|中旬|上旬|下旬|底|末)",
                 ("月",), "一二三四五六七八九十"),
    # a day written as a relative word and its number in brackets (Hong Kong, Taiwan, Saigon papers): '昨(27)日'
    "bracket_day": (r"(?P<w>[昨今明前])\s?\((?P<d>\d{1,2})\)\s?日",
                    ("日",), "昨今明前"),
    # and without brackets, as some Taiwan papers write it: '昨5日' (not '至今3日', '距今5日')
    "bare_day": ("".join(f"(?<!{w})" for w in WORDS["year"]["bare_day_not_after"]) +
                 rf"(?P<w>[{''.join(WORDS['year']['bare_day_words'])}])(?P<d>\d{{1,2}})\s?日",
                 ("日",), "".join(WORDS["year"]["bare_day_words"])),
    # a day whose 月 (and 年) were lost in transfer: '从1115日至17日' (11月15日), '从2021424日至27日'; read
    # only with a year before or a range's end after, where one split of the digits makes a calendar day
    "lost_units": (rf"(?<![\d/\-.第])(?P<y>(?:19|20)\d{{2}})?(?P<md>\d{{3,4}}){S}日(?:{TO}(?P<d2>\d{{1,2}}){S}日)?{DAY_CUE}",
                   ("日",), r"\d"),
    # a range of bare days of the anchor's month: '9至12日访问', '从12-14日对越南进行', '18日至20日到', and two
    # days joined without a unit after the first ('本月5和6日', '5、6日': a stay over both; '5日和6日' stays two days)
    "day_range": (rf"(?<![\d月年/\-.第])(?P<d>\d{{1,2}}){S}(?:{BARE_DAYU}?{TO}|[、和]{S})(?P<d2>\d{{1,2}}){S}{BARE_DAYU}{DAY_CUE}",
                  ("日", "号"), r"\d"),
    # (not a count of days: '为期5日的访问', '历时3日', '连续3日', '首3日')
    "day": (rf"(?<![\d月年/\-.第期时续连首头近])(?P<d>\d{{1,2}}){S}(?:日{RI_DAY_CUE}|{BARE_DAYU}{DAY_CUE})",
            ("日", "号"), r"\d"),
    # the same in Chinese numerals, as older dispatches write it ('胡干文二十六日举行', '十五日在河内')
    "day_cn": (rf"(?<![\d{CN}月年/\-.第每数几半前后个])(?P<d>[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])日{DAY_CUE}",
               ("日",), "一二三四五六七八九十廿"),
    # two days named together: '今明两天' (today and tomorrow), '明后两日' (data/timewords.json two_days_words)
    "two_days": (rf"(?P<w>{'|'.join(TWO_DAYS)})[两二](?:天|日)", tuple(TWO_DAYS), "".join(sorted({w[0] for w in TWO_DAYS}))),
    "relative": (rf"(?P<w>{'|'.join(_REL_NOT_AFTER.get(w, '') + w + _REL_ADVERB_NEXT.get(w, '') for w in sorted(REL, key=len, reverse=True))})"
                 r"(?P<x>初|中旬|底|末)?",
                 tuple(REL), "".join(sorted({w[0] for w in REL}))),
    "weekday": (rf"(?P<p>[上下本这])?(?:星期|礼拜|周)(?P<w>[{WEEKDAYS}])(?![年边末刊])",
                ("星期", "礼拜", "周"), "上下本这星礼周"),
    # last, this or next week without a weekday ('他将于下周对越南进行访问'): the month of that week
    "week": (rf"(?P<p>[上下本这])个?(?:星期|礼拜|周)(?![{WEEKDAYS}年边末刊期])",
             ("星期", "礼拜", "周"), "上下本这"),
    "duration": (rf"(?P<pre>为期|历时|长达|逾|超过|近)?(?<!\d)(?P<n>\d{{1,3}}|[{CN}]{{1,4}})(?P<more>多)?{S}(?P<u>年|载|个月|天)(?=来|以来|之久|历程|间|多|后|前|的|里|,|。|中|内|任期|$|[^\d月代度级])",
                 ("年", "载", "个月", "天"), rf"为历长逾超近\d{CN}"),
    "duration_short": (rf"(?P<pre>为期|历时)(?P<n>\d{{1,3}}|[{CN}]{{1,4}})(?P<more>多)?(?P<u>日|周)",
                       ("为期", "历时"), "为历"),
}


# More words, beyond the first list, that every match of a pattern holds (each tuple: one of these),
# read off the pattern's required parts: a text lacking one is not scanned with it. Many patterns
# are gated on very common characters (月, 日, '.'), so the first list alone rarely skips them; a full
# date also needs 年 and 日 or 号, a range one of its dashes. tests/test_timex.py checks every match
# holds them.
_TO_CHARS = ("至", "到", "-", "—", "–", "~", "～")
_DAYU = ("日", "号")
MORE_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "lunar": (("月",),),
    "lunar_year": (("正月", "腊月", "冬月"), ("年",)),
    "full_range": (("年",), _DAYU, _TO_CHARS),
    "full": (("年",), _DAYU),
    "roc_full": (("年",), _DAYU),
    "bracket_year": (("(", "（"), (")", "）")),
    "bracket_month": (("(",), (")",)),
    "iso_range": (("-", "–", "—", "~", "～", "至"),),
    "slash_md_range": (("-", "~", "～", "至", "到"),),
    "slash_md": (("(",), (")",)),
    "year_month_range": (("年",), _TO_CHARS),
    "year_month": (("年",),),
    "year_range": (("年", "阶段", "时期", "任期"),),
    "relative_year_month": (tuple(REL_YEARS), ("月",)),
    "relative_month_day": (_DAYU,),
    "month_day_range": (_DAYU,),
    "month_day": (_DAYU,),
    "month_cn": (("月份", "月初", "月中旬", "月上旬", "月下旬", "月底", "月末"),),
    "bracket_day": (("(",), (")",)),
    "day_range": ((*_TO_CHARS, "、", "和"),),
}


def needs(name: str) -> tuple[tuple[str, ...], ...]:
    """Every word list a match of the pattern `name` holds one word of: its first list, then MORE_WORDS."""
    return (TABLE[name][1], *MORE_WORDS.get(name, ()))

def compile_table(first_chars: bool = True) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """name -> (pattern, the pattern of its words). `first_chars=False`: the patterns as written,
    without their first-character look-ahead and skip set (tests compare the two)."""
    words_rx: dict[tuple[str, ...], re.Pattern[str]] = {}  # one object per word list: _scan searches each once
    out = {}
    for name, (p, words, starts) in TABLE.items():
        rx = words_rx.setdefault(words, _plain("|".join(map(re.escape, words))))
        out[name] = (gated(f"(?=[{starts}])" + p, starts) if first_chars else _plain(p), rx)
    return out


def fewest_words(words: set[str]) -> list[str]:
    """The words inside which none of the others stands: a text holds one of `words` if and only if it
    holds one of these (a word that holds another word brings that one along: 今天 holds 天)."""
    return sorted(w for w in words if not any(o != w and o in w for o in words))


# a text holding none of the words of any pattern has no time expression: most lines of a page. Only
# asked whether a text holds one (parse.find_times), so of 今天 and 天 only 天 is looked for: less than
# half the alternatives, tried at each character that may start one
ANY_WORD = _plain("|".join(map(re.escape, fewest_words({w for _, words, _ in TABLE.values() for w in words}))))


_SENTENCE_END = _plain(r"[。!?;\n]")


def clause_before(text: str, at: int, reach: int = 30) -> str:
    """The sentence's text before `at`, at most `reach` characters of it."""
    return _SENTENCE_END.split(text[max(0, at - reach):at])[-1]
