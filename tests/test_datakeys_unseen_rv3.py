"""(rv3) The data readers of creditlists, nameends and headbodies index their required keys: a key
missing from the data file (renamed, mistyped) raises DataKeyError naming the file and the key, instead
of switching the rule off unseen."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from dipnet.datakeys import required
from dipnet.errors import DataKeyError, DipnetError
from dipnet.recognize import creditlists, headbodies, nameends
from dipnet.recognize.lexicon import name_rules


def test_required_returns_the_value_and_names_file_and_key_when_missing() -> None:
    assert required({"a": [1]}, "a", "x.toml") == [1]
    with pytest.raises(DataKeyError, match=r"x\.toml: no key 'b'") as err:
        required({"a": [1]}, "b", "x.toml")
    assert isinstance(err.value, DipnetError) and isinstance(err.value, KeyError)
    assert (err.value.file, err.value.key) == ("x.toml", "b")


@pytest.fixture
def cleared() -> Iterator[None]:
    caches = (creditlists.desk_ends, creditlists._signature, nameends._data, headbodies._data)
    for f in caches:
        f.cache_clear()
    yield
    for f in caches:
        f.cache_clear()


def _toml_without(monkeypatch: pytest.MonkeyPatch, module: Any, key: str) -> None:
    """The module's tomllib.loads returns the parsed file with `key` left out."""
    real: Callable[[str], dict[str, Any]] = tomllib.loads
    monkeypatch.setattr(module, "tomllib", type("T", (), {"loads": staticmethod(
        lambda s: {k: v for k, v in real(s).items() if k != key})}))


@pytest.mark.parametrize("key", ["follower_words", "day_words"])
def test_nameends_missing_key_fails_loudly(monkeypatch: pytest.MonkeyPatch, cleared: None, key: str) -> None:
    _toml_without(monkeypatch, nameends, key)
    with pytest.raises(DataKeyError, match=rf"nameends\.toml: no key '{key}'"):
        nameends.follower_at("某某今日表示", 2)


@pytest.mark.parametrize("key", ["non_openers", "post_qualifiers", "post_head", "body_chars", "inner_joiners",
                                 "longest", "clause_chars", "contracted_chars"])
def test_headbodies_missing_key_fails_loudly(monkeypatch: pytest.MonkeyPatch, cleared: None, key: str) -> None:
    _toml_without(monkeypatch, headbodies, key)
    with pytest.raises(DataKeyError, match=rf"headbodies\.toml: no key '{key}'"):
        headbodies._data()


@pytest.mark.parametrize("key,reader", [("credit_desk_ends", "desk_ends"), ("signature_labels", "_signature"),
                                        ("signature_closes", "_signature")])
def test_creditlists_missing_key_fails_loudly(monkeypatch: pytest.MonkeyPatch, cleared: None, key: str,
                                              reader: str) -> None:
    rules = name_rules()
    lacking = replace(rules, name_read_words=tuple((k, v) for k, v in rules.name_read_words if k != key))
    monkeypatch.setattr(creditlists, "name_rules", lambda: lacking)
    with pytest.raises(DataKeyError, match=rf"names\.toml \[name_read_words\]: no key '{key}'"):
        getattr(creditlists, reader)()


def test_the_shipped_data_files_hold_every_key() -> None:
    for f in (creditlists.desk_ends, creditlists._signature, nameends._data, headbodies._data):
        f.cache_clear()
        f()
