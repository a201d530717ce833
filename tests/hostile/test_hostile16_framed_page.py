"""A web page that only frames others (a frameset, an iframe) is skipped with the pages its text is in.

Saved from an OA system's viewer, such a page holds no text of its own: it was skipped as 网页里没有文字, and the
clerk, who could see the notice in the browser, was not told where it was. The pages are made up for the test.
"""

from pathlib import Path

import pytest
from bounded import run_drafter

PAGES = {
    "框架.html": '<html><frameset rows="20%,80%"><frame src="top.html"><frame src="正文.html"></frameset></html>',
    "内嵌.htm": "<html><body><iframe src='viewer/doc.html' width=100%></iframe></body></html>",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_of_frames_names_the_framed_pages(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(PAGES[name], encoding="utf-8")
    result = run_drafter("parse", name, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{name}: 这是一个框架网页" in result.stderr, result.stderr
    assert ("正文.html" if name == "框架.html" else "viewer/doc.html") in result.stderr


def test_a_page_with_text_and_a_frame_is_read(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>关于做好防汛工作的通知</h1><p>各中小学：</p><p>各校要做好防汛值班。</p>"
        "<iframe src='map.html'></iframe></body></html>"
    )
    (tmp_path / "通知.html").write_text(page, encoding="utf-8")
    result = run_drafter("parse", "通知.html", cwd=tmp_path)
    assert "框架网页" not in result.stderr and "Traceback" not in result.stderr, result.stderr
