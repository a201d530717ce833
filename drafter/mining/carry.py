"""The template keeper's edits of an earlier mine, taken into the next one (``drafter mine --force`` into the same
folder, a month later, with more documents).

Each mine keeps in its folder's record the text of every template file as mined (``commit_folder``'s originals).
A file whose text differs from it was edited by the keeper: the edits are the differences between the two, and
they are made again on the new mine's file (a three-way merge: as mined then, as the keeper left it, as mined
now). In a manifest.yaml that is key by key (a section by its name), the keeper's value winning where the new
mine learnt another; a Jinja file the keeper edited is taken whole where the new mine wrote it as before. What
cannot be carried (a comment the keeper wrote, which YAML does not keep; a Jinja file both changed; a template
the new mine does not write) refuses the run before anything is replaced: nothing of the keeper's is lost.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from ..errors import OutputError
from .emit import manifest_text

_MANIFEST = "manifest.yaml"

# What the keeper changed, in the words templates show uses.
_FIELD_KEYS = {
    "default": "默认值",
    "description": "说明",
    "example": "示例",
    "required": "是否必填",
    "starter": "是否写进事实文件",
    "type": "类型",
    "alternatives": "其他写法",
}
_TEMPLATE_KEYS = {"title": "模板名称", "description": "模板说明", "aliases": "别名", "reference": "参考文件"}
_SHOWN = 40  # characters of a value quoted in a line on screen


def template_texts(folder: Path) -> dict[str, str]:
    """The text of every template file (manifest.yaml, Jinja) in a mine's output ``folder``, as mined."""
    texts: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and (path.name == _MANIFEST or path.suffix == ".j2"):
            texts[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8")
    return texts


def carry_edits(output: Path, staging: Path, edited: Mapping[str, str], added: Sequence[str] = ()) -> list[str]:
    """Make the keeper's edits of ``output``'s files (``edited``: name → text as mined then) again on the new mine in
    ``staging``, and copy the files the keeper put in (``added``: a template's 红头模板.docx that its manifest names
    as ``reference``); one line per file saying what was carried. OutputError where an edit cannot be carried."""
    said: list[str] = []
    for name in added:
        target = staging / name
        if target.exists() or target.is_symlink():
            raise OutputError(
                f"{output}: {name} 是后来放进去的，这次挖掘也生成了同名的文件；为了不丢失它，没有替换这个文件夹"
                "（请另给一个输出文件夹，或先把它移走）"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(output / name, target)
        said.append(f"{name}：后来放进去的文件，照样留着")
    for name, original in sorted(edited.items()):
        kept = (output / name).read_text(encoding="utf-8").replace("\r\n", "\n")
        target = staging / name
        if not target.is_file():
            raise OutputError(
                f"{output}: {name} 改过，但这次挖掘没有生成这个模板；为了不丢失改动，没有替换这个文件夹"
                "（请另给一个输出文件夹，再把要保留的改动照样改过去）"
            )
        mined = target.read_text(encoding="utf-8")
        if Path(name).name == _MANIFEST:
            changes = _carry_manifest(output / name, original, kept, mined, target)
        elif mined == original:
            target.write_text(kept, encoding="utf-8")
            changes = ["照用改过的文件（这次挖掘的结果与上次相同）"]
        else:
            raise OutputError(
                f"{output}: {name} 改过，这次挖掘又生成了不同的内容，无法自动合并；没有替换这个文件夹"
                "（请另给一个输出文件夹，对照着把要保留的改动改过去）"
            )
        if changes:
            said.append(f"{name}：{'；'.join(changes)}")
    return said


def check_edits(output: Path, edited: Mapping[str, str]) -> None:
    """Refuse, before the mining, edits of manifest files that could not be carried (a comment, broken YAML)."""
    for name, original in sorted(edited.items()):
        if Path(name).name == _MANIFEST:
            _readable_edit(output / name, original, (output / name).read_text(encoding="utf-8").replace("\r\n", "\n"))


def _readable_edit(path: Path, original: str, kept: str) -> Any:
    remarks = _own_lines(kept, original)
    if remarks:
        at, line = remarks[0]
        raise OutputError(
            f"{path}:{at}: 这一行的注释（{line.strip()[:_SHOWN]}）重新挖掘时无法保留；没有替换这个文件夹"
            "（请把要说明的话写进 description，或删去注释后再运行）"
        )
    return _load(kept, path)


def _carry_manifest(path: Path, original: str, kept: str, mined: str, target: Path) -> list[str]:
    now = _readable_edit(path, original, kept)
    then, theirs = _load(original, path), _load(mined, path)
    said: list[str] = []
    merged = _merge(then, now, theirs, (), said)
    if mined == original:
        target.write_text(kept, encoding="utf-8")  # nothing new mined: the keeper's file as it is
    else:
        target.write_text(manifest_text(merged), encoding="utf-8")
    return said


def _own_lines(kept: str, original: str) -> list[tuple[int, str]]:
    """Lines of the keeper's with a comment (whole or after a value) that the file as mined did not have."""
    before = set(original.splitlines())
    return [
        (number, line)
        for number, line in enumerate(kept.splitlines(), 1)
        if line not in before and (line.lstrip().startswith("#") or " #" in line)
    ]


def _load(text: str, path: Path) -> Any:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark is not None else ""
        raise OutputError(
            f"{path}{at}: 改过之后不是正确的 YAML，读不出改了什么；没有替换这个文件夹"
            f"（请先改正，可以用 drafter templates show {path.parent} 检查）"
        ) from exc


def _merge(then: Any, now: Any, theirs: Any, where: tuple[str, ...], said: list[str]) -> Any:
    """``theirs`` (mined now) with what the keeper changed from ``then`` (mined before) to ``now``."""
    if now == then:
        return theirs
    if isinstance(then, dict) and isinstance(now, dict) and isinstance(theirs, dict):
        merged: dict[Any, Any] = {}
        for key in [*theirs, *(k for k in now if k not in theirs)]:
            if key not in now:
                if key in then:
                    said.append(f"去掉了{_named((*where, key))}")
                else:
                    merged[key] = theirs[key]  # learnt by this mine only
            elif key not in then:
                merged[key] = now[key]
                said.append(f"加上了{_named((*where, key))}")
            elif key not in theirs:
                if now[key] != then[key]:  # the keeper's value of what this mine no longer writes
                    merged[key] = now[key]
                    said.append(_changed((*where, key), then[key], now[key], None))
            else:
                merged[key] = _merge(then[key], now[key], theirs[key], (*where, key), said)
        return merged
    if where == ("sections",) and all(_named_sections(v) for v in (then, now, theirs)):
        return _merge_sections(then, now, theirs, said)
    said.append(_changed(where, then, now, theirs if theirs != then else None))
    return now


def _named_sections(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(s, dict) and isinstance(s.get("name"), str) for s in value)


def _merge_sections(
    then: list[dict[str, Any]], now: list[dict[str, Any]], theirs: list[dict[str, Any]], said: list[str]
) -> list[dict[str, Any]]:
    """Sections by name: the keeper's removed ones left out, changed ones changed, added ones put after the section
    the keeper put them after, and the keeper's order where the keeper reordered."""
    before = {s["name"]: s for s in then}
    after = {s["name"]: s for s in now}
    merged: list[dict[str, Any]] = []
    for section in theirs:
        name = section["name"]
        if name in before and name not in after:
            said.append(f"去掉了“{_title(before[name])}”这一节")
        elif name in before:
            merged.append(_merge(before[name], after[name], section, ("sections", _title(before[name])), said))
        elif name not in after:
            merged.append(section)
    for at, section in enumerate(now):
        if section["name"] in before:
            continue
        names = [s["name"] for s in merged]
        merged = [s for s in merged if s["name"] != section["name"]]  # this mine's own, if it learnt it too
        earlier = [s["name"] for s in now[:at] if s["name"] in names]
        place = next((i + 1 for i, s in enumerate(merged) if earlier and s["name"] == earlier[-1]), 0)
        merged.insert(place, section)
        said.append(f"加上了“{_title(section)}”这一节")
    common = [s["name"] for s in then if s["name"] in after]
    ordered = [s["name"] for s in now if s["name"] in before]
    if ordered != common:
        spots = [i for i, s in enumerate(merged) if s["name"] in after]
        mine_ = sorted((merged[i] for i in spots), key=lambda s: [x["name"] for x in now].index(s["name"]))
        for i, section in zip(spots, mine_, strict=True):
            merged[i] = section
        said.append("章节顺序按改过的排")
    return merged


def _title(section: Mapping[str, Any]) -> str:
    return str(section.get("title") or section["name"])


def _named(where: tuple[str, ...]) -> str:
    if len(where) >= 2 and where[0] == "fields":
        field = where[1]
        if len(where) == 2:
            return f"字段“{field}”"
        return f"“{field}”的{_FIELD_KEYS.get(where[2], where[2])}"
    if len(where) >= 2 and where[0] == "sections":
        return f"“{where[1]}”一节的{where[2] if len(where) > 2 else '设置'}"
    if len(where) == 1:
        return _TEMPLATE_KEYS.get(where[0], where[0])
    return "/".join(where)


def _changed(where: tuple[str, ...], then: Any, now: Any, theirs: Any) -> str:
    if len(where) == 3 and where[0] == "sections" and where[2] == "title":
        said = f"“{_shown(then)}”一节改名为“{_shown(now)}”"
    else:
        said = f"{_named(where)}改为“{_shown(now)}”"
    if theirs is not None:
        said += f"（这次挖掘得到的是“{_shown(theirs)}”，按改过的）"
    return said


def _shown(value: Any) -> str:
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        text = "、".join(str(v) for v in value)
    elif isinstance(value, dict | list):
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1000).strip()
    else:
        text = str(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
