"""A side told by its land's post alone (越南政府总理在政府驻地会见了…), named in the sentence after
as the one who speaks (范明政对…表示欢迎 / 范明政表示…): the post holder is the party, not the land (pa2, stop 40,
checklist probes; namedafter.posts_named_after). A guest told so (会见到访的新加坡总理) was already read from the
knowledge base's office holders at the page's date."""

import pytest

from eventpage import sides

XINHUA = "中新关系新进展\n\n2025-03-09\n新华社北京6月12日电 "
VNA = "越日关系新进展\n\n2025-03-09\n越通社河内——"


@pytest.mark.parametrize("body", [
    "6月12日下午越南政府总理在政府驻地会见日本外相岩屋毅。范明政对岩屋毅此访表示欢迎。",
    "6月12日下午越南政府总理在政府驻地会见日本外相岩屋毅。范明政表示,越方重视越日关系。",
    "6月12日下午越南政府總理在政府駐地會見日本外相岩屋毅。范明政表示,越方重視越日關係。",
])
def test_the_host_named_after(body: str) -> None:
    assert sides(body + "\n", "MEET", VNA) == [["岩屋毅", "范明政"]]


@pytest.mark.parametrize("body", [  # (guards, true before too: no one of that land speaks after it, the land stays)
    "习近平主席12日在钓鱼台会见到访的新加坡总理。双方就两国关系交换意见。",
    "习近平主席12日在钓鱼台会见到访的新加坡总理。习近平表示,中方盼同新方深化各领域合作。",
])
def test_the_land_stays_without_its_speaker(body: str) -> None:
    assert sides(body + "\n", "MEET", XINHUA) == [["习近平", "新加坡"]]
