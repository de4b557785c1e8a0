"""Regenerate src/dipnet/kb/data/countries.tsv from CLDR (via babel) and ISO 3166-1 (via pycountry).

Each country also gets its CLDR name in English (en_name) and Vietnamese (vi_name), which users
type to find it (`dipnet kb Vietnam`, `dipnet query registry "Việt Nam"`); they are looked up
through the knowledge base's folded index, never matched in Chinese page text.

Build-time only: needs babel and pycountry; OpenCC (optional) converts zh_Hant names to
Simplified so that Taiwan/Hong Kong forms that t2s does not map onto the canonical name
(寮國 -> 寮国, 紐西蘭 -> 纽西兰) become aliases. Hand-curated knowledge (everyday short names,
formal names, extra aliases, Wikidata QIDs) lives in the tables below and is marked
`general-knowledge` in the source column.

Usage: python tools/build_countries.py [output.tsv]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
from babel import Locale

try:
    import opencc

    _T2S = opencc.OpenCC("t2s").convert
except ImportError:  # pragma: no cover
    def _T2S(s: str) -> str:
        return s

OUT = Path(__file__).resolve().parents[1] / "src" / "dipnet" / "kb" / "data" / "countries.tsv"

# everyday short name where CLDR's differs (old CLDR name becomes an alias)
NAME_OVERRIDE = {
    "HK": "香港", "MO": "澳门", "PS": "巴勒斯坦", "TW": "台湾",
    # the common short form Chinese news and the gold name it by (CLDR's 阿拉伯联合酋长国 stays an alias)
    "AE": "阿联酋",
}

# territories, not states: a page's entity for them is a place (LOCATION), not a country
TERRITORIES = {"HK", "MO", "TW"}

# formal names and other aliases (general knowledge)
EXTRA: dict[str, list[str]] = {
    "VN": ["越南社会主义共和国", "越南民主共和国"],
    "LA": ["老挝人民民主共和国", "寮国人民民主共和国", "寮国", "老撾"],
    "KH": ["柬埔寨王国", "民主柬埔寨", "高棉"],
    "CN": ["中华人民共和国", "中国大陆"],
    "US": ["美利坚合众国", "美利坚"],
    "KR": ["大韩民国", "南韩", "南朝鲜"],
    "KP": ["朝鲜民主主义人民共和国", "北韩", "北朝鲜"],
    "RU": ["俄罗斯联邦", "俄国", "俄联邦"],
    "JP": ["日本国"],
    "TH": ["泰王国", "泰国"],
    "ID": ["印尼", "印度尼西亚共和国", "印尼共和国"],
    "MY": ["大马", "马来西亚联邦", "马国"],
    "PH": ["菲律宾共和国", "菲国"],
    "SG": ["新加坡共和国", "星加坡", "星洲", "狮城"],
    "MM": ["缅甸联邦共和国", "缅甸联邦"],
    "BN": ["文莱达鲁萨兰国", "汶莱", "文莱苏丹国"],
    "TL": ["东帝汶民主共和国"],
    "AU": ["澳大利亚联邦", "澳洲"],
    "NZ": ["纽西兰"],
    "HN": ["宏国", "洪都拉斯共和国", "宏都拉斯共和国"],
    "SB": ["索罗门", "索国"],
    "IN": ["印度共和国"],
    "GB": ["大不列颠及北爱尔兰联合王国", "联合王国"],
    "FR": ["法兰西共和国"],
    "DE": ["德意志联邦共和国", "联邦德国"],
    "IT": ["意大利共和国", "义大利"],
    "CU": ["古巴共和国"],
    "CA": ["加拿大"],
    "MN": ["蒙古国"],
    "KZ": ["哈萨克斯坦共和国", "哈萨克"],
    "UA": ["乌克兰"],
    "BY": ["白俄罗斯共和国", "白罗斯"],
    "CZ": ["捷克共和国"],
    "HU": ["匈牙利"],
    "PL": ["波兰共和国"],
    "IL": ["以色列国"],
    "EG": ["阿拉伯埃及共和国", "埃及阿拉伯共和国"],
    "TR": ["土耳其共和国", "土耳其"],
    "IR": ["伊朗伊斯兰共和国"],
    "SA": ["沙特阿拉伯王国", "沙特", "沙乌地阿拉伯", "沙地阿拉伯", "沙乌地"],
    "AE": ["阿联酋", "阿拉伯联合大公国"],
    "BR": ["巴西联邦共和国"],
    "AR": ["阿根廷共和国"],
    "MX": ["墨西哥合众国"],
    "VE": ["委内瑞拉玻利瓦尔共和国"],
    "ES": ["西班牙王国"],
    "PT": ["葡萄牙共和国"],
    "NL": ["荷兰王国"],
    "BE": ["比利时王国"],
    "CH": ["瑞士联邦"],
    "AT": ["奥地利共和国"],
    "SE": ["瑞典王国"],
    "NO": ["挪威王国"],
    "DK": ["丹麦王国"],
    "FI": ["芬兰共和国"],
    "GR": ["希腊共和国"],
    "ZA": ["南非共和国"],
    "NG": ["尼日利亚联邦共和国"],
    "PK": ["巴基斯坦伊斯兰共和国"],
    "BD": ["孟加拉国人民共和国", "孟加拉", "孟加拉人民共和国"],
    "LK": ["斯里兰卡民主社会主义共和国"],
    "NP": ["尼泊尔联邦民主共和国"],
    "CD": ["刚果民主共和国", "民主刚果", "刚果(金)", "刚果金"],
    "CG": ["刚果共和国", "刚果(布)", "刚果", "刚果布"],
    "CI": ["象牙海岸", "科特迪瓦共和国", "象牙海岸共和国"],
    "HK": ["中国香港", "香港特别行政区", "香港特区", "中国香港特别行政区"],
    "MO": ["中国澳门", "澳门特别行政区", "澳门特区", "中国澳门特别行政区"],
    "TW": ["中国台湾", "台湾地区", "臺灣", "中华民国", "中华台北", "中国台湾地区"],
    "PS": ["巴勒斯坦国", "巴勒斯坦领土"],
    "VA": ["梵蒂冈城国", "教廷", "圣座", "罗马教廷"],
    "SY": ["阿拉伯叙利亚共和国", "叙利亚阿拉伯共和国"],
    "IQ": ["伊拉克共和国"],
    "AF": ["阿富汗伊斯兰共和国"],
    "CL": ["智利共和国"],
    "CO": ["哥伦比亚共和国"],
    "PE": ["秘鲁共和国"],
    "NI": ["尼加拉瓜共和国"],
    "MZ": ["莫桑比克共和国"],
    "AO": ["安哥拉共和国"],
    "DZ": ["阿尔及利亚民主人民共和国"],
    "MA": ["摩洛哥王国"],
    "JO": ["约旦哈希姆王国", "约旦王国"],
    "KW": ["科威特国"],
    "QA": ["卡塔尔国", "卡达"],
    "OM": ["阿曼苏丹国"],
    "BH": ["巴林王国"],
    "YE": ["也门共和国"],
    "LB": ["黎巴嫩共和国"],
    "BT": ["不丹王国"],
    "MV": ["马尔代夫共和国"],
    "UZ": ["乌兹别克斯坦共和国", "乌兹别克"],
    "KG": ["吉尔吉斯共和国", "吉尔吉斯"],
    "TJ": ["塔吉克斯坦共和国", "塔吉克"],
    "TM": ["土库曼斯坦", "土库曼"],
    "AZ": ["阿塞拜疆共和国"],
    "AM": ["亚美尼亚共和国"],
    "GE": ["格鲁吉亚"],
    "RS": ["塞尔维亚共和国"],
    "RO": ["罗马尼亚"],
    "BG": ["保加利亚共和国"],
    "SK": ["斯洛伐克共和国"],
    "IE": ["爱尔兰共和国"],
    "ET": ["埃塞俄比亚联邦民主共和国"],
    "KE": ["肯尼亚共和国"],
    "TZ": ["坦桑尼亚联合共和国"],
    "LY": ["利比亚国"],
    "SD": ["苏丹共和国"],
    "SS": ["南苏丹共和国"],
    "CF": ["中非"],
    "FJ": ["斐济共和国"],
    "PG": ["巴布亚新几内亚独立国", "巴新"],
    # 多米尼加 alone is the Dominican Republic in the news; Dominica is written 多米尼克 or 多米尼加联邦
    "DM": ["多米尼加联邦", "多米尼克国"],
    "DO": ["多米尼加", "多明尼加"],
    "BA": ["波黑", "波士尼亚"],
    "BO": ["玻利维亚多民族国"],
    "FK": ["马尔维纳斯群岛"],
    "FM": ["密克罗尼西亚联邦"],
    "LU": ["卢森堡大公国"],
    "MH": ["马绍尔", "马绍尔群岛共和国"],
    "UY": ["乌拉圭东岸共和国"],
    "SZ": ["埃斯瓦蒂尼", "埃斯瓦蒂尼王国", "斯威士兰王国", "史瓦济兰", "史瓦济兰王国"],
    "MK": ["马其顿", "北马其顿共和国"],
    "MD": ["摩尔多瓦共和国"],
    "AL": ["阿尔巴尼亚共和国"],
    "TO": ["汤加王国", "东加王国"],
    "WS": ["萨摩亚独立国"],
    "VU": ["瓦努阿图共和国"],
    "KI": ["基里巴斯共和国"],
    # official long forms (mainland and Taiwan transliterations) and regional forms (lx9); left out:
    # 千里达 (Trinidad, read inside 千里达成), 柬国 (Cambodia, splits 越柬国界), 巴国 (inside 古巴国家),
    # 瓜国 (Guatemala in Taiwan news: right, but its extra mentions move a Taiwan page's bare 经济部 to Guatemala)
    "AD": ["安道尔公国"],
    "BI": ["布隆迪共和国", "蒲隆地共和国"],
    "BJ": ["贝宁共和国", "贝南共和国"],
    "BS": ["巴哈马国"],
    "BW": ["博茨瓦纳共和国", "波札那共和国"],
    "CM": ["喀麦隆共和国"],
    "CR": ["哥斯达黎加共和国", "哥斯大黎加共和国"],
    "CV": ["佛得角共和国", "维德角共和国"],
    "CY": ["塞浦路斯共和国", "赛普勒斯共和国"],
    "DJ": ["吉布提共和国", "吉布地共和国"],
    "EC": ["厄瓜多尔共和国", "厄瓜多共和国"],
    "EE": ["爱沙尼亚共和国"],
    "ER": ["厄立特里亚国"],
    "GA": ["加蓬共和国", "加彭共和国"],
    "GH": ["加纳共和国", "迦纳共和国"],
    "GM": ["冈比亚共和国", "甘比亚共和国"],
    "GN": ["几内亚共和国"],
    "GQ": ["赤道几内亚共和国"],
    "GT": ["危地马拉共和国", "瓜地马拉共和国"],
    "GW": ["几内亚比绍共和国", "几内亚比索共和国"],
    "GY": ["圭亚那合作共和国", "盖亚那合作共和国"],
    "HR": ["克罗地亚共和国", "克罗埃西亚共和国"],
    "HT": ["海地共和国"],
    "KM": ["科摩罗联盟", "葛摩联盟"],
    "KN": ["圣克里斯多福"],
    "LI": ["列支敦士登公国", "列支敦斯登侯国"],
    "LR": ["利比里亚共和国", "赖比瑞亚共和国"],
    "LS": ["莱索托王国", "赖索托王国"],
    "LT": ["立陶宛共和国"],
    "LV": ["拉脱维亚共和国"],
    "MC": ["摩纳哥公国"],
    "MG": ["马达加斯加共和国"],
    "ML": ["马里共和国", "马利共和国"],
    "MR": ["毛里塔尼亚伊斯兰共和国", "茅利塔尼亚伊斯兰共和国"],
    "MT": ["马耳他共和国", "马尔他共和国"],
    "MU": ["毛里求斯共和国", "模里西斯共和国"],
    "MW": ["马拉维共和国", "马拉威共和国"],
    "NA": ["纳米比亚共和国"],
    "NE": ["尼日尔共和国", "尼日共和国"],
    "NR": ["瑙鲁共和国", "诺鲁共和国"],
    "PA": ["巴拿马共和国"],
    "PW": ["帕劳共和国", "帛琉共和国"],
    "PY": ["巴拉圭共和国"],
    "RW": ["卢旺达共和国", "卢安达共和国"],
    "SC": ["塞舌尔共和国", "塞席尔共和国"],
    "SI": ["斯洛文尼亚共和国", "斯洛维尼亚共和国"],
    "SL": ["塞拉利昂共和国", "狮子山共和国"],
    "SM": ["圣马力诺共和国", "圣马利诺共和国"],
    "SN": ["塞内加尔共和国"],
    "SO": ["索马里联邦共和国", "索马利亚联邦共和国"],
    "SR": ["苏里南共和国", "苏利南共和国"],
    "SV": ["萨尔瓦多共和国"],
    "TD": ["乍得共和国", "查德共和国"],
    "TG": ["多哥共和国"],
    "TN": ["突尼斯共和国"],
    "TT": ["特立尼达和多巴哥共和国"],
    "UG": ["乌干达共和国"],
    "VC": ["圣文森"],
    "ZM": ["赞比亚共和国", "尚比亚共和国"],
    "ZW": ["津巴布韦共和国", "辛巴威共和国"],
}

QID = {
    "VN": "Q881", "CN": "Q148", "US": "Q30", "LA": "Q819", "KH": "Q424", "RU": "Q159",
    "JP": "Q17", "KR": "Q884", "KP": "Q423", "TH": "Q869", "ID": "Q252", "MY": "Q833",
    "PH": "Q928", "SG": "Q334", "MM": "Q836", "BN": "Q921", "TL": "Q574", "AU": "Q408",
    "IN": "Q668", "GB": "Q145", "FR": "Q142", "DE": "Q183", "IT": "Q38", "CU": "Q241",
    "CA": "Q16", "MN": "Q711", "KZ": "Q232", "UA": "Q212", "BY": "Q184", "CZ": "Q213",
    "HU": "Q28", "PL": "Q36", "IL": "Q801", "EG": "Q79", "TR": "Q43", "IR": "Q794",
    "SA": "Q851", "NZ": "Q664", "BR": "Q155", "AR": "Q414", "MX": "Q96", "ES": "Q29",
    "PT": "Q45", "NL": "Q55", "BE": "Q31", "CH": "Q39", "AT": "Q40", "SE": "Q34",
    "NO": "Q20", "DK": "Q35", "FI": "Q33", "IE": "Q27", "GR": "Q41", "ZA": "Q258",
    "NG": "Q1033", "PK": "Q843", "BD": "Q902", "LK": "Q854", "NP": "Q837", "TW": "Q865",
    "HK": "Q8646", "MO": "Q14773", "VE": "Q717", "CL": "Q298", "CO": "Q739", "PE": "Q419",
    "IQ": "Q796", "SY": "Q858", "AE": "Q878", "QA": "Q846", "KW": "Q817", "RO": "Q218",
    "BG": "Q219", "RS": "Q403", "HR": "Q224", "SK": "Q214", "SI": "Q215", "UZ": "Q265",
    "AF": "Q889", "MA": "Q1028", "DZ": "Q262", "ET": "Q115", "KE": "Q114", "AO": "Q916",
    "MZ": "Q1029", "LY": "Q1016", "TN": "Q948", "SD": "Q1049", "SS": "Q958", "JO": "Q810",
    "LB": "Q822", "OM": "Q842", "YE": "Q805", "BH": "Q398", "EE": "Q191", "LV": "Q211",
    "LT": "Q37", "IS": "Q189", "LU": "Q32", "MT": "Q233", "CY": "Q229", "GE": "Q230",
    "AM": "Q399", "AZ": "Q227", "MD": "Q217", "AL": "Q222", "MK": "Q221", "BA": "Q225",
    "ME": "Q236", "PA": "Q804", "CR": "Q800", "NI": "Q811", "HN": "Q783", "GT": "Q774",
    "SV": "Q792", "DO": "Q786", "HT": "Q790", "JM": "Q766", "BO": "Q750", "PY": "Q733",
    "UY": "Q77", "EC": "Q736", "FJ": "Q712", "PG": "Q691", "TJ": "Q863", "KG": "Q813",
    "TM": "Q874", "BT": "Q917", "MV": "Q826", "PS": "Q219060", "VA": "Q237",
}

# aliases CLDR's variants give that the news uses for something else, or that sit inside common
# names: 查德 (Chad in Taiwan) is read inside 理查德
DROP = {"TD": {"查德"}}

# CLDR territories that are not ISO 3166-1 but occur as countries in news
NON_ISO = {"XK": ("XKX", "Q1246")}

# former states that history passages name (前苏联, 苏联解体): code (ISO 3166-3's former alpha-2), alpha-3,
# Chinese name, aliases, Wikidata, English and Vietnamese names (general knowledge); CLDR has none
FORMER = {
    "SU": ("SUN", "苏联", ["苏维埃社会主义共和国联盟", "苏维埃联盟"], "Q15180", "Soviet Union", "Liên Xô"),
    "YU": ("YUG", "南斯拉夫", ["南斯拉夫社会主义联邦共和国", "南斯拉夫联盟共和国"], "Q36704", "Yugoslavia", "Nam Tư"),
    "CS": ("CSK", "捷克斯洛伐克", ["捷克斯洛伐克社会主义共和国"], "Q33946", "Czechoslovakia", "Tiệp Khắc"),
    "DD": ("DDR", "民主德国", ["德意志民主共和国"], "Q16957", "East Germany", "Cộng hòa Dân chủ Đức"),
}


def main(out: Path = OUT) -> int:
    zh = Locale("zh").territories
    en, vi = Locale("en").territories, Locale("vi").territories
    variants = [Locale.parse("zh_Hant").territories, Locale.parse("zh_Hant_HK").territories]
    rows = []
    codes = [(c.alpha_2, c.alpha_3) for c in pycountry.countries]
    codes += [(k, v[0]) for k, v in NON_ISO.items()]
    for a2, a3 in sorted(codes):
        cldr = zh.get(a2)
        if cldr is None:
            raise SystemExit(f"no CLDR zh name for {a2}")
        name = NAME_OVERRIDE.get(a2, cldr)
        candidates = [cldr] + [_T2S(t) for terr in variants if (t := terr.get(a2))]
        candidates += EXTRA.get(a2, [])
        aliases = [s for s in dict.fromkeys(candidates) if s and s != name and s not in DROP.get(a2, ())]
        source = "cldr+general-knowledge" if a2 in EXTRA or a2 in NAME_OVERRIDE else "cldr"
        qid = QID.get(a2) or NON_ISO.get(a2, ("", ""))[1]
        rows.append([a2, a3, name, "|".join(aliases), qid, en.get(a2, ""), vi.get(a2, ""), source,
                     "territory" if a2 in TERRITORIES else ""])
    for a2, (a3, name, aliases, qid, en_name, vi_name) in FORMER.items():
        rows.append([a2, a3, name, "|".join(aliases), qid, en_name, vi_name, "general-knowledge", "former"])
    rows.sort(key=lambda r: r[0])
    with out.open("w", encoding="utf-8") as f:
        f.write("# generated by tools/build_countries.py from CLDR (babel) + ISO 3166-1 (pycountry)\n")
        f.write("# kind territory: a territory that news lists beside countries (中国香港, 中国台湾), not a state: "
                "its entity is a place (LOCATION); former: a state that no longer exists (苏联)\n")
        f.write("iso2\tiso3\tname\taliases\twikidata\ten_name\tvi_name\tsource\tkind\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
