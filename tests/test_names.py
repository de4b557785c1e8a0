"""Names in every language the user types: English, Vietnamese with or without diacritics, and
Traditional Chinese find the same entity through the CLI (`kb`, `query ...`) and the REST API, and
entity results carry name_en / name_vi beside the Chinese name. Runs on the packaged knowledge base
and the invented pages of test_consolidate (no corpus needed)."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dipnet.cli import main
from dipnet.kb import load_kb
from dipnet.kb.fold import fold, strip_marks
from dipnet.serve import create_app
from test_consolidate import build_store
from test_security import _serve


def test_fold_joins_script_case_diacritics_and_spacing() -> None:
    assert fold("Phạm Minh Chính") == fold("pham minh chinh") == fold("PHAM-MINH-CHINH") == "phamminhchinh"
    assert fold("Đà Nẵng") == fold("da nang") and strip_marks("Đà Nẵng") == "Da Nang"
    assert fold("蘇林") == fold("苏林") == "苏林" and fold("ＶＩＥＴＮＡＭ") == fold("Việt Nam")
    assert fold("Lào") != fold("Lạng") and fold("") == ""


@pytest.mark.parametrize("typed,entry", [
    ("Vietnam", "country:VN"), ("viet nam", "country:VN"), ("Việt Nam", "country:VN"), ("France", "country:FR"),
    ("Pháp", "country:FR"), ("Hoa Ky", "country:US"), ("蘇林", "person:to-lam"), ("To Lam", "person:to-lam"),
    ("Pham Minh Chinh", "person:pham-minh-chinh"), ("phạm minh chính", "person:pham-minh-chinh"),
    ("Communist Party of Vietnam", "org:cpv"), ("Ha Noi", "place:hanoi"), ("寮國", "country:LA"),
])
def test_the_knowledge_base_finds_names_in_every_language(typed: str, entry: str) -> None:
    kb = load_kb()
    assert [e.id for e in kb.lookup(typed)][:1] == [entry]
    assert kb.search(typed, limit=5)[0].id == entry


def test_english_and_vietnamese_names_shown_where_known() -> None:
    kb = load_kb()
    assert kb.get("country:VN").display == {"name_en": "Vietnam", "name_vi": "Việt Nam"}
    assert kb.get("person:pham-minh-chinh").display == {"name_en": "Pham Minh Chinh", "name_vi": "Phạm Minh Chính"}
    assert kb.get("person:xi-jinping").display == {"name_en": "Xi Jinping"}  # no Vietnamese name in the data
    assert kb.get("place:hanoi").display == {"name_en": "Ha Noi", "name_vi": "Hà Nội"}
    assert not kb.lookup("Atlantis") and not kb.search("zzqx")


def _kb_cli(*args: str) -> list[dict]:
    r = CliRunner().invoke(main, ["kb", *args, "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


@pytest.mark.parametrize("typed,entry", [("Vietnam", "country:VN"), ("France", "country:FR"), ("蘇林", "person:to-lam"),
                                         ("Pham Minh Chinh", "person:pham-minh-chinh")])
def test_kb_command_in_any_language(typed: str, entry: str) -> None:
    first = _kb_cli(typed)[0]
    assert first["id"] == entry and first["name_en"] and first["name_vi"]
    r = CliRunner().invoke(main, ["kb", typed])
    assert r.exit_code == 0 and r.output.startswith(entry) and first["name_vi"] in r.output.splitlines()[0]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("names") / "kb.duckdb")


def _query(db: Path, *args: str) -> dict:
    r = CliRunner().invoke(main, ["query", *args, "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_query_commands_in_any_language(db: Path) -> None:
    chinese = _query(db, "registry", "越南", "--as-of", "2024-01-01")
    for typed in ("Vietnam", "Viet Nam", "việt nam"):
        assert _query(db, "registry", typed, "--as-of", "2024-01-01") == chinese
    assert chinese["country"]["name_vi"] == "Việt Nam"
    assert {p["partner"]: p.get("name_en") for p in chinese["partners"]}["country:US"] == "United States"
    person = _query(db, "person", "苏林")
    assert person["entity"]["entity_id"] == "person:to-lam" and person["entity"]["n_docs"] > 0
    assert person["entity"]["name_en"] == "To Lam" and person["entity"]["name_vi"] == "Tô Lâm"
    for typed in ("蘇林", "To Lam", "to lam", "Tô Lâm"):
        assert _query(db, "person", typed) == person
    assert _query(db, "country", "Laos") == _query(db, "country", "老挝")
    assert _query(db, "pair", "Vietnam", "Lào") == _query(db, "pair", "越南", "老挝")
    found = _query(db, "entities", "pham minh chinh")["items"]
    assert [e["entity_id"] for e in found] == ["person:pham-minh-chinh"] and found[0]["name"] == "范明政"
    r = CliRunner().invoke(main, ["query", "person", "Atlantis Smith", "--db", str(db)])
    assert r.exit_code != 0 and "Atlantis Smith" in r.output


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    for host, port in _serve(create_app(str(db))):
        yield f"http://{host}:{port}"


def _api(base: str, path: str, **params: str) -> tuple[int, dict]:
    url = base + urllib.parse.quote(path) + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_api_name_parameters_in_any_language(base: str) -> None:
    _, reg = _api(base, "/registry/越南", as_of="2024-01-01")
    assert reg["country"]["entity_id"] == "country:VN" and reg["country"]["name_en"] == "Vietnam"
    assert _api(base, "/registry/Vietnam", as_of="2024-01-01") == (200, reg)
    _, person = _api(base, "/people/苏林")
    for typed in ("蘇林", "To Lam", "to lam"):
        assert _api(base, f"/people/{typed}") == (200, person)
    _, events = _api(base, "/events", actor="苏林", country="老挝")
    assert events["total"] > 0 and _api(base, "/events", actor="To Lam", country="Laos") == (200, events)
    _, ents = _api(base, "/entities", q="Pham Minh Chinh")
    assert ents["items"][0]["entity_id"] == "person:pham-minh-chinh" and ents["items"][0]["name_vi"] == "Phạm Minh Chính"
    _, ents = _api(base, "/entities", q="蘇林")
    assert ents["items"][0]["entity_id"] == "person:to-lam"
    status, err = _api(base, "/countries/Atlantis")
    assert status == 404 and "Atlantis" in err["error"]["message"]
