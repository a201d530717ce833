"""drafter: a template-driven drafting assistant for Chinese official documents (公文).

    import drafter
    drafter.draft("通知.yaml", output="通知.docx")
    drafter.draft({"文种": "工作总结", "单位": "…", …}, output="总结.docx", reference="红头.docx")
    drafter.new("会议通知", output="会议通知.yaml")
    drafter.batch(["名单.yaml"], Path("输出"), jobs=2)
    parsed, skipped = drafter.parse([Path("旧文件夹")])
    drafter.mine([Path("旧文件夹")], Path("挖掘结果"))

Every error is a ``DrafterError`` whose ``str()`` is the whole Chinese message. The functions are
imported when first used, so ``import drafter`` stays cheap.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from . import structs  # noqa: F401  # first, before any module defines a struct
from .errors import (
    DrafterError,
    FactsError,
    InputError,
    Location,
    OutputError,
    Problem,
    TemplateError,
    UsageError,
)

__version__ = "0.1.0"

__all__ = [
    "DrafterError",
    "FactsError",
    "InputError",
    "Location",
    "OutputError",
    "Problem",
    "TemplateError",
    "UsageError",
    "__version__",
    "batch",
    "draft",
    "mine",
    "new",
    "parse",
    "templates",
]

if TYPE_CHECKING:
    from .api import draft, new, templates
    from .batch import run_batch as batch
    from .mining.mine import mine
    from .mining.parse import parse_paths as parse

_FUNCTIONS = {
    "draft": ("drafter.api", "draft"),
    "new": ("drafter.api", "new"),
    "templates": ("drafter.api", "templates"),
    "batch": ("drafter.batch", "run_batch"),
    "parse": ("drafter.mining.parse", "parse_paths"),
    "mine": ("drafter.mining.mine", "mine"),
}


def _function(name: str) -> Any:
    module, attribute = _FUNCTIONS[name]
    return getattr(importlib.import_module(module), attribute)


class _Package(types.ModuleType):
    """``drafter.batch`` is the batch function even though ``drafter/batch.py`` is also a submodule.

    Importing a submodule binds it as an attribute of its package; this property keeps the public
    function there instead (the module stays importable: ``from drafter.batch import run_batch``).
    """

    @property
    def batch(self) -> Any:
        return _function("batch")

    @batch.setter
    def batch(self, module: types.ModuleType) -> None:
        pass  # the submodule being bound by the import system; it stays in sys.modules


def __getattr__(name: str) -> Any:
    if name in _FUNCTIONS:
        return _function(name)
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
