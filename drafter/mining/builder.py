"""One mined template as it is put together: its parts (fields, sections, Jinja files), and the record of what
was written for its genre (``Emitted``, frozen once the template is written, for the report and the screen).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..catalog import TemplateSpec
from ..fields import FieldSpec
from .constants import Constant, Issuer
from .vetting import Choice, jinja_text


@dataclass(frozen=True)
class Emitted:
    """What was written for one genre, or why nothing was."""

    genre: str
    folder: Path | None = None
    reason: str = ""
    base: str = ""
    opening: str = ""
    transition: str = ""
    closing: str = ""
    salutation: str = ""
    standard: tuple[str, ...] = ()  # places filled with the genre's standard formula
    placed: tuple[str, ...] = ()  # places the template fills with a mined formula
    constants: tuple[Constant, ...] = ()
    # The unit's usual values short of a default (2 of 2 请示 signed by one head) the starter offers as 〔示例〕
    samples: tuple[Constant, ...] = ()
    sections: tuple[str, ...] = ()
    headings: tuple[tuple[str, str], ...] = ()  # (section type, the heading the template gives it)
    issuers: tuple[Issuer, ...] = ()  # the other bodies its drafts can issue as

    def to_json(self) -> dict[str, Any]:
        return {
            "genre": self.genre,
            "folder": self.folder.name if self.folder else "",
            "reason": self.reason,
            "extends": self.base,
            "opening": self.opening,
            "transition": self.transition,
            "closing": self.closing,
            "salutation": self.salutation,
            "standard": list(self.standard),
            "placed": list(self.placed),
            "constants": [c.to_json() for c in self.constants],
            "samples": [c.to_json() for c in self.samples],
            "sections": list(self.sections),
            "headings": dict(self.headings),
            "issuers": [issuer.to_json() for issuer in self.issuers],
        }


@dataclass
class EmitRecord:
    """``Emitted`` while one genre's template is being written: each step of ``emit_template`` adds what it
    placed; the caller gets it frozen."""

    genre: str
    folder: Path | None = None
    reason: str = ""
    base: str = ""
    opening: str = ""
    transition: str = ""
    closing: str = ""
    salutation: str = ""
    standard: list[str] = field(default_factory=list)
    placed: list[str] = field(default_factory=list)
    constants: list[Constant] = field(default_factory=list)
    samples: list[Constant] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)
    issuers: list[Issuer] = field(default_factory=list)

    def frozen(self) -> Emitted:
        values = {item.name: getattr(self, item.name) for item in fields(self)}
        lists = {
            name: tuple(value.items() if isinstance(value, dict) else value)
            for name, value in values.items()
            if isinstance(value, list | dict)
        }
        return Emitted(**{**values, **lists})


class TemplateBuilder:
    """The parts of one mined template: fields (overrides or new), sections and Jinja files."""

    def __init__(self, genre: str, base: TemplateSpec | None) -> None:
        self.genre = genre
        self.base = base
        self.fields: dict[str, dict[str, Any]] = {}
        self.files: dict[str, str] = {}
        self.declared = {f.name for f in base.fields} if base else set()

    def base_field(self, name: str) -> FieldSpec | None:
        return self.base.field(name) if self.base else None

    def has(self, name: str) -> bool:
        return name in self.declared or name in self.fields

    def formula(self, choice: Choice) -> str:
        return jinja_text(choice.phrase, self.fields, self.declared)
