"""(fn58) A known body's name as the press reshapes it, read as that body: its dash left out (某江某河合作),
its last word written another way (某某合作机制, 某某机制; 某某峰会 for 某某会议), the body at its head named as a
region's press names it (东协 / 亚细安 + 国防部长会议). Each made form maps to the ids of the name it is made from,
where the knowledge base files no name of that form. Words in data/nameforms.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from dipnet.datakeys import required


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    file = "recognize/data/nameforms.toml"
    d = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("nameforms.toml").read_text("utf-8"))
    dashes, least = str(required(d, "dashes", file)), int(required(d, "dash_part_shortest", file))
    han = rf"[\u4e00-\u9fff]{{{least},}}"
    dash = re.compile(rf"^{han}(?:[{re.escape(dashes)}]{han})+$")
    endings = {k: tuple(v) for k, v in dict(required(d, "endings", file)).items()}
    heads = {k: tuple(v) for k, v in dict(required(d, "head_forms", file)).items()}
    return dash, endings, heads


def _made(form: str, parent: str | None, dash: re.Pattern[str], endings: dict[str, tuple[str, ...]],
          heads: dict[str, tuple[str, ...]]) -> list[str]:
    """The forms made from one filed name of a body whose parent body is named `parent` (each rule once, then
    the dash left out of each); the head's other forms only where the head is the body's parent (东盟 +
    国防部长会议: ASEAN's own meeting; 中国-东盟自由贸易区 is no body of ASEAN's)."""
    out = [form]
    out += [form[:-len(end)] + w for end, ws in endings.items() if form.endswith(end) and len(form) > len(end) + 1
            for w in ws]
    hs = heads.get(parent or "", ())
    out += [h + f[len(parent or ""):] for f in list(out) if hs and f.startswith(parent or "")
            and len(f) > len(parent or "") + 1 for h in hs]
    out += [re.sub("[^\u4e00-\u9fff]", "", f) for f in out if dash.match(f)]
    return out[1:]


def made_forms(forms: Mapping[str, tuple[str, ...]], orgs: Mapping[str, str | None]
               ) -> dict[str, tuple[tuple[str, ...], str]]:
    """The forms made from the names of bodies (`forms`: every filed name -> its ids; `orgs`: the ids of
    bodies -> the name of the body each is part of, if any), each to the bodies' ids of the name it is made
    from and that name; none that is filed already, and none made from names of different bodies."""
    dash, endings, heads = _data()
    got: dict[str, tuple[tuple[str, ...], str]] = {}
    clash: set[str] = set()
    for form, ids in forms.items():
        own = tuple(i for i in ids if i in orgs)
        if not own:
            continue
        parents = {orgs[i] for i in own}
        parent = parents.pop() if len(parents) == 1 else None
        for m in _made(form, parent, dash, endings, heads):
            if m in forms or m in clash:
                continue
            if got.setdefault(m, (own, form))[0] != own:
                clash.add(m)
    return {m: v for m, v in got.items() if m not in clash}
