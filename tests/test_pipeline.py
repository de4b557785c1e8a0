"""What the pipeline does with a bug in a stage: the page is reported as failed, naming the input
and the stage, and the rest of the batch is extracted."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES
from dipnet import pipeline
from dipnet.errors import InputError, PipelineBug
from dipnet.model import Page


def _example_texts() -> list[str]:
    """Three real pages with events, shipped with the project: the text example and the JSONL records."""
    lines = (EXAMPLES / "protest.jsonl").read_text(encoding="utf-8").splitlines()
    return [(EXAMPLES / "vn_lao_visit.txt").read_text(encoding="utf-8"), *(json.loads(x)["text"] for x in lines)]


def test_a_stage_bug_fails_its_page_only_and_names_the_input_and_stage(tmp_path, monkeypatch, caplog):
    pages = tmp_path / "pages.jsonl"
    with open(pages, "w", encoding="utf-8") as f:
        for i, page in enumerate(_example_texts()[:3]):
            text = page + ("\n爆炸测试" if i == 1 else "")
            f.write(json.dumps({"url": f"https://example.org/{i}", "text": text}, ensure_ascii=False) + "\n")
    real = dict(pipeline.stages())["facts"]

    def facts_with_a_bug(doc):
        if "爆炸测试" in doc.text:
            raise IndexError("list index out of range")
        return real(doc)

    monkeypatch.setattr(pipeline, "add_facts", facts_with_a_bug)
    got = list(pipeline.process_inputs([str(pages)]))
    assert len(got) == 3
    assert not isinstance(got[0], InputError) and not isinstance(got[2], InputError)
    assert got[0].events and got[2].events  # the pages around it are extracted whole
    err = got[1]
    assert isinstance(err, InputError)
    assert err.source == "https://example.org/1" and "facts stage failed" in err.reason and "IndexError" in err.reason
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)  # logged, not hidden

    with pytest.raises(PipelineBug):  # one page through the public API: the bug is raised
        pipeline.process_page(Page(source="x", text=_example_texts()[0] + "爆炸测试"))


def test_a_long_line_of_text_is_text_not_a_file_name():
    """A one-line page longer than a file name may be (255 bytes) is read as text, not tried as a path."""
    line = "越南国家主席会见老挝总理,双方同意加强合作。" * 8  # one line, ~500 bytes
    doc = pipeline.extract(line)
    assert doc.source == "<text>" and "老挝" in {e.name for e in doc.entities}
    assert pipeline.extract("a\x00b").source == "<text>"  # a NUL cannot be in a path
