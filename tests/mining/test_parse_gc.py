"""parse_paths pauses Python's cycle collector: parsing must make no reference cycles, and the collector is
left as it was found."""

from __future__ import annotations

import gc
from pathlib import Path

from drafter.mining.parse import forget, parse_paths

_PAGE = (
    "某县农业农村局关于做好秋季田间管理工作的通知\n\n"
    "各乡镇农业服务中心：\n\n"
    "为确保秋粮丰收，现就有关事项通知如下：\n"
    "一、加强田间巡查\n"
    "各乡镇要组织技术人员深入田间地头，及时掌握作物长势和病虫害发生情况。\n"
    "二、做好防灾准备\n"
    "要密切关注天气变化，提前备足排涝设备和物资，确保遇灾能及时应对。\n\n"
    "某县农业农村局\n2026年9月3日\n"
    "相关文章\n上一篇：夏季防汛工作部署会召开\n下一篇：全县农技培训班开班\n"
)


def _folder(tmp_path: Path) -> Path:
    for k in range(3):
        (tmp_path / f"page{k}.txt").write_text(
            _PAGE + f"第{k + 1}页\n" + "（一）落实责任。各单位明确专人负责。\n" * k, "utf-8"
        )
    return tmp_path


def test_parsing_leaves_no_cycles_to_collect(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    parse_paths([folder])  # imports and first-use set-up out of the way
    forget()
    gc.collect()
    parsed, skipped = parse_paths([folder])
    assert parsed and not skipped
    assert gc.collect() == 0


def test_collector_left_as_found(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert gc.isenabled()
    parse_paths([folder])
    assert gc.isenabled()
    gc.disable()
    try:
        parse_paths([folder])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_parse_leaves_alive_is_moved_to_the_oldest_generation(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    parse_paths([folder])
    gc.collect()
    parsed, _ = parse_paths([folder])
    assert gc.get_freeze_count() == 0  # nothing left frozen
    # Not in the young generation, where the next collection would walk it again, but in the oldest one.
    assert id(parsed[0]) not in {id(o) for o in gc.get_objects(0)}
    assert id(parsed[0]) in {id(o) for o in gc.get_objects(2)}


def test_objects_the_program_froze_stay_frozen(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    kept = [object(), [1, 2]]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        parse_paths([folder])
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()
    assert kept
