"""The user's cache folder for drafter (compiled templates, jieba's dictionary cache).

A cache only ever saves time: when the folder cannot be made, callers go on without one.
"""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir(*parts: str) -> Path | None:
    """``$XDG_CACHE_HOME/drafter/<parts>`` (default ``~/.cache``), created private to the user; None if impossible."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base, "drafter", *parts)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None
