"""msgspec, imported without typing_extensions.

msgspec's ``_utils`` imports typing_extensions only to resolve annotations written with its backports
(``Required``/``NotRequired``) and falls back to ``typing`` when it is missing. drafter's structs use
none of them, yet typing_extensions (present because python-docx needs it) costs about as many
instructions as the rest of msgspec together — some six per cent of a one-shot ``drafter draft``. So the
first import of msgspec, done here before any module defines a struct, hides it for that moment. Any
later ``import typing_extensions`` (python-docx when mining) works as usual.
"""

from __future__ import annotations

import sys

if "msgspec" not in sys.modules and "typing_extensions" not in sys.modules:
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # makes the import raise ImportError
    try:
        import msgspec  # noqa: F401
    finally:
        del sys.modules["typing_extensions"]
