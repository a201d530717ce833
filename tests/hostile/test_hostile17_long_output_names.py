"""An output name or folder longer than the system allows is said to be too long, not an unexpected error.

-o with a name of 100 Chinese characters (300 bytes: a file or folder name may have 255) or a path past the system's
4096 bytes: draft, batch and mine stopped with 出现意外错误（OSError: [Errno 36] File name too long……）, the clerk told to
send the files to the maintainer. Now it is said as too long, with how long a name may be, and nothing is written.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

FACTS = (
    "文种: 通知\n发文机关: 青禾县住建局\n类别: 布置\n事由: 做好汛前房屋安全排查\n主送机关: 各乡镇人民政府\n"
    "正文:\n- 各乡镇要完成危房排查。\n成文日期: 2025-05-12\n"
)
LONG = "关于做好汛前房屋安全排查工作" * 8  # 112 characters, 336 bytes


@pytest.mark.parametrize(
    "args",
    [
        ["draft", "通知.yaml", "-o", f"{LONG}.docx"],
        ["draft", "通知.yaml", "-o", "d/" * 2100 + "通知.docx"],
        ["batch", "通知.yaml", "-o", LONG],
        ["mine", "过往", "-o", LONG],
    ],
    ids=["draft-name", "draft-path", "batch-folder", "mine-folder"],
)
def test_a_name_too_long_is_said_so(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "过往").mkdir()
    (tmp_path / "过往" / "通知.txt").write_text(
        "关于做好汛前房屋安全排查的通知\n各乡镇：\n请排查。\n", encoding="utf-8"
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_drafter(*args, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "文件名或路径太长" in result.stderr and "意外错误" not in result.stderr, result.stderr
    assert "关于做好汛前房屋安全排查工作" in result.stderr or "d/d/" in result.stderr  # names what is too long
    assert sorted(p.name for p in tmp_path.iterdir()) == before
