"""Generators of hostile inputs for benchmarks/fuzz.py: random Unicode and mixed scripts, control
characters, enormous lines, mutated real pages, deeply nested or truncated HTML, malformed JSONL
lines and WARC records, bytes in one encoding declared as another. Each takes a random.Random, so
a run is reproduced from its seed."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# character pools: the scripts and signs diplomatic news pages mix, and the ones that break code
POOLS = [
    [chr(c) for c in range(0x4E00, 0x9FA6)],  # CJK
    [chr(c) for c in range(0x20, 0x7F)],  # ASCII
    list("ăâđêôơưạảấầẩậắằẳặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹĂÂĐÊÔƠƯ"),  # Vietnamese
    [chr(c) for c in range(0x0400, 0x0460)] + [chr(c) for c in range(0x0600, 0x0660)],  # Cyrillic, Arabic
    [chr(c) for c in range(0x3000, 0x3040)] + [chr(c) for c in range(0xFF00, 0xFF60)],  # CJK punct, full width
    [chr(c) for c in range(0x00, 0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"],  # controls, line breaks
    ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u3000", "\u202e", "\u2066", "\ufffd", "\u0301",
     "\u0308", "\ue000", "\uf8ff"],  # zero width, bidi, replacement, combining, private use
    [chr(c) for c in range(0x1F300, 0x1F650)] + [chr(c) for c in range(0x20000, 0x20100)],  # emoji, ext. B
    [chr(c) for c in range(0x3400, 0x3500)] + list("與國會總務關係經濟協議簽署訪問舉行領導"),  # ext. A, Traditional
]
WORDS = ["越通社", "河内", "新华社", "——", "更多", "相关新闻:", "(完)", "(越通社-VNA)", "越南", "中国", "老挝",
         "国家主席", "总理", "外交部长", "会见", "访问", "签署", "全面战略伙伴关系", "建交", "2024年3月5日",
         "3月5日", "上午", "昨天", "去年", "第十三届", "农历正月初一", "亿美元", "%", "苏林", "范明政", "ảnh 1",
         "图自越通社", "来源:", "首页 > ", "|", "\n", "\n\n", " ", "。", ",", "“", "”", "《", "》", "·", "(", ")",
         "12345678901234567890", "-", ":", "1975", "99", "0", "年", "月", "日", "至", "期间", "访华", "与", "和"]


def seed_pages() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus" / "dev").glob("*.txt"))]
    return pages or ["越南与老挝签署合作文件\n\n越通社万象——2月5日上午,两国领导人出席了合作文件交换仪式。"]


_SEEDS: list[str] = []


def _seeds() -> list[str]:
    if not _SEEDS:
        _SEEDS.extend(seed_pages())
    return _SEEDS


def random_text(rng: random.Random, size: int | None = None) -> str:
    size = size if size is not None else rng.choice([0, 1, 2, 5, 20, 80, 300, 1500])
    out: list[str] = []
    while len(out) < size:
        if rng.random() < 0.35:
            out.extend(rng.choice(WORDS))
        else:
            pool = rng.choice(POOLS)
            out.extend(rng.choice(pool) for _ in range(rng.randint(1, 12)))
    return "".join(out[:size]) if size else "".join(out)


def mutate(rng: random.Random, text: str) -> str:
    """A real page cut, spliced, stuttered and sprinkled with hostile characters."""
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(7)
        i = rng.randint(0, len(text))
        j = rng.randint(i, min(len(text), i + rng.choice([1, 10, 200, 2000])))
        if op == 0:
            text = text[:i]  # truncated
        elif op == 1:
            text = text[:i] + random_text(rng, rng.randint(1, 60)) + text[i:]
        elif op == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 30) + text[j:]  # stutter
        elif op == 3:
            text = text[:i] + text[j:]
        elif op == 4:
            text = text.replace("\n", rng.choice(["", " ", "\r\n", "\r", "\u2028", "\x0b"]))
        elif op == 5:
            text = text[:i] + rng.choice(WORDS) * rng.randint(1, 50) + text[i:]
        else:
            text = "".join(ch if rng.random() > 0.02 else rng.choice(rng.choice(POOLS)) for ch in text)
    return text


def enormous_line(rng: random.Random) -> str:
    unit = rng.choice(["越南", "会见", "2024年3月5日", "a", "。", " ", "越通社河内——", "|", ">", "(", "1"])
    return unit * (rng.randint(10_000, 100_000) // len(unit))


def excerpt(rng: random.Random) -> str:
    """A piece of a real page: whole pages now and then, mostly a few lines (the pipeline's time grows
    faster than a page's length, and the run is about breadth)."""
    page = rng.choice(_seeds())
    if rng.random() < 0.03:
        return page
    n = rng.choice([50, 200, 600, 1500])
    i = rng.randint(0, max(0, len(page) - n))
    return page[i:i + n]


def any_text(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return random_text(rng)
    return mutate(rng, excerpt(rng))[:6000]


def huge_text(rng: random.Random) -> str:
    """An enormous line, alone or after a few lines of a page (for the readers and the segmenter)."""
    line = enormous_line(rng)
    return "\n".join(rng.choice(_seeds()).splitlines()[: rng.randint(0, 5)] + [line]) if rng.random() < 0.5 else line


# ---- bytes in (and not in) their declared encoding ------------------------------------------------
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "big5", "latin-1",
             "shift_jis", "cp1258", "utf-32"]


def encode(rng: random.Random, text: str) -> tuple[bytes, str]:
    enc = rng.choice(ENCODINGS)
    return text.encode(enc, errors=rng.choice(["replace", "ignore", "xmlcharrefreplace"])), enc


def damage(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 4)):
        i = rng.randint(0, len(data))
        op = rng.randrange(5)
        if op == 0:
            data = data[:i]
        elif op == 1:
            data = data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[i:]
        elif op == 2:
            data = data[:i] + rng.choice([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe4\xb8", b"\x80", b"\r"]) + data[i:]
        elif op == 3:
            data = data[:i] + data[i + rng.randint(1, 16):]
        else:
            data = bytes(b ^ (1 << rng.randrange(8)) if rng.random() < 0.01 else b for b in data)
    return data


def any_bytes(rng: random.Random) -> bytes:
    r = rng.random()
    if r < 0.1:
        return bytes(rng.randrange(256) for _ in range(rng.choice([1, 10, 500, 5000])))
    data, _ = encode(rng, any_text(rng))
    return damage(rng, data) if r < 0.55 else data


# ---- HTML -------------------------------------------------------------------------------------------
TAGS = ["div", "p", "span", "b", "table", "tr", "td", "ul", "li", "article", "section", "a", "font", "h1", "br",
        "script", "style", "iframe", "svg", "math", "template", "noscript", "textarea", "title", "meta"]


def random_html(rng: random.Random) -> str:
    text = excerpt(rng) if rng.random() < 0.6 else random_text(rng)
    paras = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    charset = rng.choice(ENCODINGS + ["bogus-enc", ""])
    head = (f'<meta charset="{charset}">' if rng.random() < 0.5 else
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    if rng.random() < 0.4:
        head += f'<meta property="article:published_time" content="{rng.choice(["2024-03-05", "9999-99-99", "", "x" * 500, "2024-02-30T25:61"])}">'
    body = paras
    r = rng.random()
    if r < 0.25:  # deeply nested
        depth = rng.choice([50, 500, 5000, 20000])
        tag = rng.choice(TAGS)
        body = f"<{tag}>" * depth + paras + (f"</{tag}>" * depth if rng.random() < 0.5 else "")
    elif r < 0.45:
        body = "".join(rng.choice([f"<{rng.choice(TAGS)}>", f"</{rng.choice(TAGS)}>", "<!--", "-->", "<![CDATA[",
                                   "&#0;", "&#xD800;", "&#x110000;", "&nbsp;", "&", "<", ">", "\x00", line])
                       for line in (paras[i:i + 40] for i in range(0, len(paras), 40)))
    html = f"<!DOCTYPE html><html><head>{head}<title>{random_text(rng, 20)}</title></head><body>{body}</body></html>"
    if rng.random() < 0.3:
        html = html[: rng.randint(0, len(html))]  # truncated
    return html


def html_bytes(rng: random.Random) -> bytes:
    data, _ = encode(rng, random_html(rng))
    return damage(rng, data) if rng.random() < 0.3 else data


# ---- JSONL ------------------------------------------------------------------------------------------
def jsonl_line(rng: random.Random) -> bytes:
    r = rng.random()
    if r < 0.45:
        rec: object = {rng.choice(["text", "html"]): rng.choice([any_text(rng), random_html(rng)]),
                       "url": rng.choice([f"https://example.org/{rng.randrange(10**6)}", None, 5, ""]),
                       "published": rng.choice(["2024-03-05", None, "garbage", 20240305, ["2024"]]),
                       "title": rng.choice([random_text(rng, 10), None, {}, "   "])}
        line = json.dumps(rec, ensure_ascii=rng.random() < 0.5)
    elif r < 0.55:
        line = rng.choice(["[" * rng.choice([10, 1000, 100_000]), "{\"text\": " + "[" * 50_000 + "]" * 50_000 + "}",
                           "1" * rng.choice([10, 5000]), '{"text": "\\ud800\\udfff\\ud800 越南"}',
                           '{"text": "\\u0000\\u0001"}', "null", "\"just a string\"", "{}", '{"text": 1e999}',
                           '{"text": NaN}', '{"html": "<html><body>' + "<div>" * 3000 + '越南</body></html>"}'])
    else:
        good = json.dumps({"text": mutate(rng, excerpt(rng))}, ensure_ascii=False)
        line = good[: rng.randint(0, len(good))]
    data = line.encode("utf-8", errors="surrogatepass")
    return damage(rng, data) if rng.random() < 0.2 else data


def jsonl_bytes(rng: random.Random) -> bytes:
    lines = [jsonl_line(rng) for _ in range(rng.randint(0, 6))]
    sep = rng.choice([b"\n", b"\r\n", b"\n\n"])
    return (b"\xef\xbb\xbf" if rng.random() < 0.1 else b"") + sep.join(lines)


# ---- WARC -------------------------------------------------------------------------------------------
def warc_bytes(rng: random.Random) -> tuple[bytes, bool]:
    """A WARC file of a few records, then possibly damaged; (bytes, gzipped)."""
    buf = io.BytesIO()
    gz = rng.random() < 0.5
    writer = WARCWriter(buf, gzip=gz)
    for _ in range(rng.randint(1, 4)):
        ctype = rng.choice(["text/html; charset=utf-8", "text/html; charset=gbk", "text/html", "text/plain",
                            "application/pdf", "text/html; charset=bogus"])
        payload = html_bytes(rng) if rng.random() < 0.8 else any_bytes(rng)
        hdrs = [("Content-Type", ctype)]
        if rng.random() < 0.15:
            hdrs.append(("Content-Encoding", "gzip"))
            payload = gzip.compress(payload) if rng.random() < 0.5 else payload
        if rng.random() < 0.1:
            hdrs.append(("Transfer-Encoding", "chunked"))
        kind = rng.choice(["response"] * 6 + ["request", "resource", "metadata"])
        http = StatusAndHeaders(rng.choice(["200 OK", "404 Not Found", "301 Moved"]), hdrs, protocol="HTTP/1.1")
        uri = rng.choice([f"https://example.org/news/{rng.randrange(10**6)}.html", "", "not a uri", "越南"])
        try:
            rec = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload),
                                            http_headers=http if kind in ("response", "request") else None,
                                            warc_headers_dict={"WARC-Date": rng.choice(["2024-03-05T00:00:00Z",
                                                                                        "garbage", ""])})
            writer.write_record(rec)
        except (ValueError, TypeError, UnicodeError):
            continue  # warcio refused to write it; the reader is the one under test
    data = buf.getvalue()
    r = rng.random()
    if r < 0.3:
        data = data[: rng.randint(0, len(data))]
    elif r < 0.5:
        data = damage(rng, data)
    elif r < 0.55:
        data = any_bytes(rng)
    return data, gz
