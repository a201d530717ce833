"""A text file whose end is a block of zero bytes (a save cut short by a crash or a USB stick pulled out) is
read as the text before them.

Such a file was called 不是文本文件（含有二进制内容）, in a mined folder and as a facts file alike; in UTF-16
(Notepad's “Unicode”) the zeros were read as one more line, and parse found a second document of no title.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.textio import decode_text

NOTICE = (
    "梧川镇人民政府关于做好森林防火工作的通知\n各村（社区）：\n为做好森林防火工作，现将有关事项通知如下：\n"
    "一、落实巡山责任\n各村要落实护林员巡山责任。\n二、严格火源管理\n进山路口要设卡登记。\n特此通知。\n"
    "梧川镇人民政府\n2025年12月1日\n"
)
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "gbk": lambda text: text.encode("gbk"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "utf-16-le": lambda text: b"\xff\xfe" + text.encode("utf-16-le"),
    "utf-16-be": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
}


@pytest.mark.parametrize("zeros", [1, 511, 4096])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_the_text_before_the_zeros_is_read(encoding: str, zeros: int) -> None:
    text, _ = decode_text(ENCODINGS[encoding](NOTICE) + b"\x00" * zeros, "通知.txt")
    assert text == NOTICE


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_padded_document_is_parsed_as_the_one_document_it_is(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "通知.txt").write_bytes(ENCODINGS[encoding](NOTICE) + b"\x00" * 4096)
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.txt")])
    assert result.exit_code == 0, result.output
    assert "跳过" not in result.output
    assert "通知.txt：1 篇" in result.output and "（无标题）" not in result.output


def test_a_padded_facts_file_drafts(tmp_path: Path) -> None:
    facts = (
        "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好防汛值班。\n"
        "成文日期: 2025-06-02\n"
    )
    (tmp_path / "通知.yaml").write_bytes(facts.encode("utf-8") + b"\x00" * 2048)
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "请做好防汛值班。" in result.stdout


def test_a_zero_byte_inside_the_text_is_still_pointed_at() -> None:
    # Only the run that ends the file is padding: a zero inside the text is still said with its line.
    data = NOTICE.encode("utf-8")
    with pytest.raises(Exception, match=r"通知\.txt:2:\d+: 这里有一个空字符"):
        decode_text(data.replace("各村".encode(), "各\x00村".encode(), 1) + b"\x00" * 8, "通知.txt")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00", bytes(range(1, 256)) * 4 + b"\x00" * 64],
    ids=["picture", "binary"],
)
def test_a_binary_file_ending_in_zeros_is_still_no_text(data: bytes) -> None:
    # The zeros were all that told these from text: they are not taken for padding.
    with pytest.raises(Exception, match="不是文本文件"):
        decode_text(data, "图片.txt")
