"""Chinese names for the section slugs (corpus/LABELS.md) and genre slugs, used in reports and templates."""

from __future__ import annotations

SECTION_NAMES = {
    "intro": "导语",
    "overview": "基本情况",
    "practices": "主要做法",
    "experience": "经验体会",
    "problems": "存在问题",
    "next_steps": "下步打算",
    "guiding_ideology": "指导思想",
    "objectives": "工作目标",
    "tasks": "主要任务",
    "steps": "实施步骤",
    "safeguards": "保障措施",
    "meeting_info": "会议安排",
    "contact": "联系方式",
    "topical": "主要内容",
    "closing": "结尾",
}


def genre_name(slug: str) -> str:
    """The Chinese name of a genre slug, from gongwen's genre records (the one place genres are named)."""
    from ..gongwen import find_genre

    genre = find_genre(slug)
    return genre.name if genre is not None else slug


def section_name(slug: str) -> str:
    return SECTION_NAMES.get(slug, slug)
