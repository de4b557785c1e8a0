"""The learned participant adder's tool (tools/train_participant_model.py, tools/participant_candidates.py):
the candidates and their features, the plain-Python scoring, the ship gate and the training's
determinism (invented pages)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from dipnet.extract.common.page import EventPage
from dipnet.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import participant_candidates as learned  # noqa: E402

# an invented report: talks of two premiers, two countries' envoys named after them (the rules leave them out)
TALKS = "新华社北京3月2日电 3月2日，越南总理范明政在河内会见了老挝总理宋赛·西潘敦，柬埔寨、泰国两国大使陪同会见。"

# invented weights: a country new to the event's sides is added, a country inside an actor's title is not
MODEL: dict[str, Any] = {"bias": -1.0, "threshold": 0.5, "weights": {"cand_side=new": 4.0, "in_title": -4.0}}


def _meet_candidates() -> dict[str, list[str]]:
    doc = extract(TALKS)
    meets = [i for i, e in enumerate(doc.events) if e.type == "MEET"]
    assert meets, [e.type for e in doc.events]
    return {name: f for i, name, f in learned.candidates(EventPage(doc), doc.events) if i == meets[0]}


def test_candidates_are_the_sentences_names_the_event_lacks() -> None:
    got = _meet_candidates()
    assert {"柬埔寨", "泰国", "越南"} <= set(got)
    assert "范明政" not in got and "宋赛·西潘敦" not in got  # already actors
    assert "新华社" not in got  # the dateline's agency stands in no sentence of the talks


def test_features_say_where_the_name_stands() -> None:
    got = _meet_candidates()
    envoy = got["柬埔寨"]
    assert {"t=MEET", "kind=COUNTRY", "side=after", "marks=1", "aw=、", "cand_side=new"} <= set(envoy)
    assert "in_title" not in envoy
    land = got["越南"]  # 越南总理范明政: the premier's own country, inside his title
    assert {"in_title", "land_of_actor", "cand_side=known", "side=before", "home"} <= set(land)


def test_longest_context_word_wins() -> None:
    before, after = learned.context_words()
    assert before.index("以及") < before.index("及")
    assert after.index("代表团") < after.index("的")


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    assert learned.probability(MODEL, ["cand_side=new"]) == pytest.approx(1 / (1 + 2.718281828459045 ** -3))
    assert learned.probability(MODEL, ["unknown feature"]) == pytest.approx(1 / (1 + 2.718281828459045))


def _tool() -> Any:
    path = Path(__file__).resolve().parents[1] / "tools" / "train_participant_model.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("train_participant_model", path)
    tool = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(tool)  # type: ignore[union-attr]
    return tool


def test_a_model_ships_only_where_it_beats_the_rules() -> None:
    beats = _tool().beats
    rules = {"strict": 0.70, "relaxed": 0.80, "actors_p": 0.92}
    assert not beats(rules, dict(rules))  # equal: the rules stay alone
    assert not beats(rules, {"strict": 0.72, "relaxed": 0.83, "actors_p": 0.85})  # actors' precision lost
    assert not beats(rules, {"strict": 0.70, "relaxed": 0.83, "actors_p": 0.93})  # strict not above
    assert beats(rules, {"strict": 0.71, "relaxed": 0.81, "actors_p": 0.91})
    assert beats(dict(rules, actors_p=0.88), {"strict": 0.71, "relaxed": 0.81, "actors_p": 0.88})  # the rules' own floor


def test_training_gives_the_same_weights_twice() -> None:
    pytest.importorskip("sklearn")
    tool = _tool()
    rows = [SimpleNamespace(cands=[(0, "甲", ["a", "b"]), (0, "乙", ["b"]), (1, "丙", ["c"])], labels=[1, 0, 0],
                            any_labels=[1, 0, 1]),
            SimpleNamespace(cands=[(0, "丁", ["a"]), (0, "戊", ["c", "b"])], labels=[1, 0], any_labels=[1, 0])]
    first, second = tool.fit(rows, 0.3), tool.fit(rows, 0.3)
    assert first == second and first["weights"]["a"] > 0
