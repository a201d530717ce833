import os
from pathlib import Path

import pytest

from drafter import output
from drafter.errors import OutputError
from drafter.output import write_atomic


@pytest.fixture(params=["unnamed", "named"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs both ways of writing: an unnamed file linked in (Linux) and a temporary file renamed."""
    if request.param == "named":
        monkeypatch.setattr(output, "_unnamed_possible", lambda: False)
    elif not output._unnamed_possible():
        pytest.skip("this system cannot write unnamed files")
    return str(request.param)


def test_writes_and_refuses_to_overwrite(tmp_path: Path, way: str) -> None:
    target = tmp_path / "a.docx"
    write_atomic(target, b"one")
    with pytest.raises(OutputError, match="文件已存在；如需覆盖请加 --force"):
        write_atomic(target, b"two")
    assert target.read_bytes() == b"one"
    write_atomic(target, b"three", force=True)
    assert target.read_bytes() == b"three"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_a_relative_name_lands_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic(Path("a.docx"), b"one")
    write_atomic(Path("a.docx"), b"two", force=True)
    assert (tmp_path / "a.docx").read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_missing_folder_and_directory_target(tmp_path: Path, way: str) -> None:
    with pytest.raises(OutputError, match=r"输出文件夹 .* 不存在"):
        write_atomic(tmp_path / "no" / "a.docx", b"x")
    with pytest.raises(OutputError, match="这是一个文件夹"):
        write_atomic(tmp_path, b"x")


def test_failure_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match="写入失败"):
        write_atomic(tmp_path / "a.docx", b"data")
    assert list(tmp_path.iterdir()) == []


def test_interrupt_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.docx", b"data")
    assert list(tmp_path.iterdir()) == []


def test_failure_while_replacing_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    target = tmp_path / "a.docx"
    write_atomic(target, b"old")

    def broken_replace(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="写入失败"):
        write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_a_system_that_cannot_link_an_unnamed_file_gets_the_named_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not output._unnamed_possible():
        pytest.skip("this system cannot write unnamed files")
    link = os.link

    def no_proc_links(source: str, *args: object, **kwargs: object) -> None:
        if str(source).startswith("/proc/"):
            raise OSError(18, "Invalid cross-device link")
        link(source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "link", no_proc_links)
    write_atomic(tmp_path / "a.docx", b"data")
    assert (tmp_path / "a.docx").read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_the_unnamed_file_follows_the_umask(tmp_path: Path) -> None:
    if not output._unnamed_possible():
        pytest.skip("this system cannot write unnamed files")
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "a.docx", b"data")
    finally:
        os.umask(old)
    assert (tmp_path / "a.docx").stat().st_mode & 0o777 == 0o600


def test_a_temporary_file_being_born_is_not_taken_for_abandoned(tmp_path: Path) -> None:
    import fcntl
    import time

    from drafter.output import abandoned_temporary

    born = tmp_path / ".a.docx.x1.tmp"
    born.write_bytes(b"")  # created, not yet locked: another run is about to write it
    assert not abandoned_temporary(born)
    old = time.time() - 3600
    os.utime(born, (old, old))  # still empty an hour later: its run died before writing
    assert abandoned_temporary(born)
    written = tmp_path / ".b.docx.x2.tmp"
    written.write_bytes(b"PK")  # written and no longer locked: its run died
    assert abandoned_temporary(written)
    with open(written, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # being written right now
        assert not abandoned_temporary(written)
