"""The unit's constants: what recurs in the head and tail of its documents.

发文机关标志 (……文件), the 文号 prefix (青教〔{年}〕{号}号), the 签发人 of its 上行文, 署名, 主送机关, 抄送 and
印发机关 are the same in most documents one office sends. A value becomes a template default when at least three
documents and most of a genre's documents (60 %) carry it; its support is kept for the report.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..gongwen import (
    DISTRIBUTION_LABELS,
    ORGANISATION_END,
    RECEIVER_FIELDS,
)
from ..gongwen.wording import NONE_WORDS
from .docvalues import (
    CONTACT_FIELD,
    JOINT_GAP,
    MINUTES_MARK,
    carriers,
    document_contact,
    document_values,
    joint_names,
    meeting_values,
    tally,
    without_contact,
)
from .parse import ParsedDocument

# The 版记's lists of offices: 抄送, and a 纪要's 分送 or a 简报's 报/送/发, each learnt as 抄送 is (its core names).
_OFFICE_LISTS = RECEIVER_FIELDS
MIN_DOCUMENTS = 3
MIN_SHARE = 0.6


@dataclass(frozen=True)
class Constant:
    # 发文机关标志, 文号格式, 签发人, 署名, 主送机关, 抄送, 印发机关; 类别 of a 通报; 纪要标志 and 单位 of a 纪要;
    # 讲话人 of a speech; 称谓 of a 批复 or 复函
    field: str
    value: Any  # text, or a list of names (抄送, 签发人)
    documents: int  # documents carrying it
    of: int  # documents of the genre
    # Borrowed from the unit's documents of every genre (``unit_wide_constants``): those carrying the value
    # and those carrying the field at all; 0 for a genre's own constant.
    unit_documents: int = 0
    unit_of: int = 0
    # Documents of the genre signed by another unit (saved model documents), left out of its majority: given
    # only where it made the majority (3 of 8 is none, 3 of the 5 the unit signed is).
    others: int = 0
    # Documents of the genre the unit issued under the name of a body it hosts (its 安委办), left out of the
    # majority of the fields that name the issuer (``_NAMING``): the unit's own, but no votes on its name.
    hosted: int = 0
    # Borrowed though the genre has documents enough: they do not agree on the field (``usual_addressee`` for
    # meeting notices that each add an office, the unit's usual contact where they name none); said so, not that the genre's documents are too few.
    differing: bool = False

    @property
    def support(self) -> str:
        if self.unit_of and not self.of and self.differing:
            kin = "同向行文的公文" if self.field == "主送机关" else "其他公文"
            return f"这个文种的文档各写各的，按本单位{kin}：写了这一项的 {self.unit_documents}/{self.unit_of} 篇"
        if self.unit_of and not self.of:  # a genre the unit has no document of (``unit_head_constants``)
            kin = "同向行文的公文" if self.field == "主送机关" else "各文种"
            return f"这个文种的文档不够，按本单位{kin}：写了这一项的 {self.unit_documents}/{self.unit_of} 篇"
        # Counted among the unit's own documents: "2/4 篇……其中 2 篇是别的单位署名的" read as half (the ux14 walk).
        apart = self.others + self.hosted
        own = f"{self.documents}/{self.of - apart} 篇本单位的" if apart else f"{self.documents}/{self.of} 篇"
        if not self.unit_of:
            return own
        kin = "同向行文的公文" if self.field == "主送机关" else "各文种"
        return f"{own}；本单位{kin}写了这一项的 {self.unit_documents}/{self.unit_of} 篇"

    @property
    def aside(self) -> str:
        """What the support left out, said after it (……文档如此；另有 3 篇别的单位署名的范文，不计); "" when nothing."""
        said = f"；另有 {self.others} 篇别的单位署名的范文，不计" if self.others else ""
        if self.hosted:
            said += f"；另有 {self.hosted} 篇是以本单位的党组织或所承担的另一机构的名义发的（署名不同），这一项不计"
        return said

    def to_json(self) -> dict[str, Any]:
        data = {"field": self.field, "value": self.value, "documents": self.documents, "of": self.of}
        if self.unit_of:
            data.update(unit_documents=self.unit_documents, unit_of=self.unit_of)
        if self.others:
            data.update(others=self.others)
        if self.hosted:
            data.update(hosted=self.hosted)
        return data


# A value below the bar of a default is still the unit's usual one when two documents or more carry it and
# no other value as many: the starter shows it as its marked sample (〔示例〕), for the user to confirm, in place
# of the built-in's sample, which is another unit's (a walk's three 会议通知, two to the unit's usual
# addressees, were offered a county's schools).
USUAL_DOCUMENTS = 2


@dataclass(frozen=True)
class Archive:
    """The unit's whole archive as every genre of one mine reads it, read once (``read_archive``): each genre
    compares its own documents with the unit's documents of every genre, and the head and tail of all of them
    were read again for each genre and each question (the unit's name alone was found in five places)."""

    documents: tuple[ParsedDocument, ...]
    # Per document, the fields its head and tail carry whatever its genre, its addressee and its contact
    # (``carriers`` with ``contact``): the facts below and the genres' own documents are tallied from these.
    values: tuple[Mapping[str, Any], ...]
    # Per field (no contact), each value and the documents carrying it: ``carriers`` of the whole archive.
    carriers: Mapping[str, Mapping[Any, list[int]]]
    # The same without the documents other units signed (saved 范文): the votes on the unit's habits.
    own_carriers: Mapping[str, Mapping[Any, list[int]]]
    unit: str  # whose archive it is (``unit_name``); "" when no one unit stands out
    # The names of bodies the unit hosts that sign some of its documents (``_hosted_names``): its own archive.
    hosted: frozenset[str] = frozenset()
    # The unit's 红头, 文号, 署名 and 版记 (``unit_head_constants``) and, where it has them, the samples a
    # genre with few documents borrows (``unit_samples``).
    head: tuple[Constant, ...] = ()
    samples: tuple[Constant, ...] = ()
    # Where each document is in ``documents``, by identity: a genre's documents are the archive's own objects.
    positions: Mapping[int, int] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    def carriers_of(self, documents: Sequence[ParsedDocument]) -> dict[str, dict[Any, list[int]]]:
        """``carriers`` (no genre's own fields, no contact) of some documents, numbered among them: the values
        of the archive's own documents are not read again."""
        return tally(without_contact(self._values_of(document)) for document in documents)

    def signed_elsewhere(self, documents: Sequence[ParsedDocument]) -> set[int]:
        """``signed_elsewhere`` of some documents and the archive's unit, from the values already read."""
        return _signed_elsewhere(self.carriers_of(documents).get("署名", {}), self.unit, self.hosted)

    def hosted_among(self, documents: Sequence[ParsedDocument]) -> set[int]:
        """The indices of ``documents`` signed by a body the unit hosts (``hosted``)."""
        signed = self.carriers_of(documents).get("署名", {})
        return {n for name, held in signed.items() if name in self.hosted for n in held}

    def carriers_among(self, numbers: Sequence[int]) -> dict[str, dict[Any, list[int]]]:
        """``carriers_of`` the archive's documents at ``numbers``."""
        return tally(without_contact(self.values[n]) for n in numbers)

    def _values_of(self, document: ParsedDocument) -> Mapping[str, Any]:
        """The values read of one of the archive's documents; read now for a document from elsewhere."""
        at = self.positions.get(id(document))
        if at is not None and self.documents[at] is document:
            return self.values[at]
        return document_values(document, speech=False, bulletin=False, minutes=False, contact=True)


def read_archive(documents: Sequence[ParsedDocument], voices: Callable[[Sequence[int]], int] | None = None) -> Archive:
    """The archive-wide facts of ``documents`` (the unit's documents of every genre, duplicates out). ``voices``
    counts the source groups among documents given by their index; without it no samples are read (``samples``
    is then empty, as it is when the unit has no 红头)."""
    values = tuple(
        document_values(document, speech=False, bulletin=False, minutes=False, contact=True) for document in documents
    )
    carriers = tally(without_contact(v) for v in values)
    signed = carriers.get("署名", {})
    unit = _unit_name(signed)
    # A unit signing four documents as itself and three as the 安委办 it hosts has no rival in that body: the
    # name signing most is the unit's where the others it outnumbers less than twice are all bodies it hosts.
    leading = unit or max(
        (name for name in signed if isinstance(name, str) and name), key=lambda n: _signing(signed, n), default=""
    )
    hosted = _hosted_names(values, signed, leading)
    if not unit and hosted:
        unit = _unit_name(signed, hosted)
    hosted = hosted if unit else frozenset()
    own_carriers = _leaving_out(carriers, _signed_elsewhere(signed, unit, hosted))
    hosting = {n for name, held in signed.items() if name in hosted for n in held}
    archive = Archive(
        documents=tuple(documents),
        values=values,
        carriers=carriers,
        # The hosted body's documents vote on the unit's 版记 and addressees, not on the name it signs with.
        own_carriers=_leaving_out(own_carriers, hosting, fields=_NAMING),
        unit=unit,
        hosted=hosted,
        positions={id(document): n for n, document in enumerate(documents)},
    )
    head = unit_head_constants(archive)
    samples = unit_samples(archive, voices) if head and voices is not None else []
    return replace(archive, head=tuple(head), samples=tuple(samples))


@dataclass(frozen=True)
class Issuer:
    """Another body issuing from the unit's archive under its own name and 文号 (a bureau's 党委: 中共××局委员会,
    ×公党〔2025〕3号), with the 红头, 文号格式, 署名 and 版记 its own documents carry: voted over the whole archive,
    they lost to the unit's, and a template drafted as that body headed, numbered and signed as the unit."""

    name: str  # its 署名, what the clerk writes as 发文机关 to draft as it
    constants: tuple[Constant, ...]  # its own values, each with its support among the documents it signed
    documents: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "documents": self.documents, "constants": [c.to_json() for c in self.constants]}


_ISSUER_FIELDS = ("发文机关标志", "文号格式", "主送机关", "署名", "抄送", "印发机关")


def other_issuers(archive: Archive) -> tuple[Issuer, ...]:
    """The bodies besides the unit that issue from its archive: a 署名 other than the unit's that goes with a
    文号 prefix of its own in ``MIN_DOCUMENTS`` documents and ``MIN_SHARE`` of those it signs (in both of two,
    for a body named for the unit; the evidence is the pair a document carries, not a list of names), and that
    is the unit's (its name within the 署名, as
    中共××局委员会 holds ××局, or its documents printed by the unit's own office): a saved 范文 of another unit
    is no issuer of the unit's. Its constants are its own documents' values by the same bar as the unit's."""
    head = {c.field: c.value for c in archive.head}
    unit_signer, unit_pattern, unit_printer = head.get("署名"), head.get("文号格式"), head.get("印发机关")
    if archive.unit and not isinstance(unit_pattern, str):
        # A unit numbering in several series (a bureau's 澜卫发, its letters' 澜卫函 and its office's 澜卫办) has no
        # archive-wide 文号格式; its own is the one its own 署名 writes most. Only against the archive-wide one, the
        # office's series was never told from the unit's and a notice drafted as the office took 澜卫发 (ux26 walk).
        unit_pattern = _leading_pattern(archive, archive.unit)
    if not archive.unit or not isinstance(unit_pattern, str):
        return ()
    found = []
    for name, held in archive.carriers.get("署名", {}).items():
        if not isinstance(name, str) or not name or name in (archive.unit, unit_signer) or len(held) < USUAL_DOCUMENTS:
            continue
        # A body named for the unit (its 党组, 中共××委员会党组) issues few documents beside the unit's: two of them
        # numbered alike are its habit (a 卫健委's archive held two 党组 notices, both 澜卫党〔……〕, and a notice
        # drafted as the 党组 took the 委's 文号 and was told to invent an "X党" one: ux24 walk). Any other
        # body (known only as printed by the unit's office) still needs ``MIN_DOCUMENTS``.
        few = len(held) < MIN_DOCUMENTS
        if few and archive.unit not in name:
            continue
        carried = archive.carriers_among(held)
        printers = carried.get("印发机关", {})
        printed_by_unit = bool(unit_printer) and len(printers.get(unit_printer, ())) * 2 > len(held)
        if archive.unit not in name and not printed_by_unit:
            continue
        constants = []
        # Its 版记 read (every document printed by someone), it copies to no one where no document has a 抄送: the
        # unit's usual 抄送 is no default of its (ux24 walk: the 党组's notice printed the 委's four offices).
        printed = sum(len(held_by) for held_by in printers.values()) == len(held)
        for field in _ISSUER_FIELDS:
            values = carried.get(field)
            if not values:
                if field == "抄送" and printed and head.get("抄送"):
                    constants.append(Constant(field, NONE_WORDS[0], len(held), len(held)))
                continue
            value, carrying = max(values.items(), key=lambda item: len(item[1]))  # first seen wins ties
            if _is_default(len(carrying), len(held)) or (few and len(carrying) == len(held)):
                shown = list(value) if isinstance(value, tuple) else value
                constants.append(Constant(field, shown, len(carrying), len(held)))
        pattern = next((c.value for c in constants if c.field == "文号格式"), None)
        if pattern is None or pattern == unit_pattern:
            continue  # no 文号 of its own that goes with its 署名: it numbers as the unit does
        found.append(Issuer(name, tuple(constants), len(held)))
    return tuple(found)


def _leading_pattern(archive: Archive, name: str) -> str | None:
    """The 文号格式 most of the documents signed ``name`` carry (the first seen on a tie), None if none does."""
    held = archive.carriers.get("署名", {}).get(name, [])
    patterns = archive.carriers_among(held).get("文号格式", {})
    if not patterns:
        return None
    pattern, _ = max(patterns.items(), key=lambda item: len(item[1]))
    return pattern if isinstance(pattern, str) else None


def _signing(signed: Mapping[Any, list[int]], value: Any) -> int:
    """The documents signed by the unit ``value`` names or by one of its offices (鹤岭学院党政办公室 under
    鹤岭学院): an office signs its own summaries and notices, and they are the unit's documents as much as
    those it signs itself. Counted for the unit's name only, never for a 署名 default: the saved model
    documents of other units beside them had left the unit's name under the bar (9 of 16 signed documents,
    two of its own office's summaries counted against it), and neither its 纪要 nor a genre with few
    documents of its own learnt it."""
    if not isinstance(value, str) or not value:
        return len(signed.get(value, ()))
    return sum(len(held) for name, held in signed.items() if isinstance(name, str) and name.startswith(value))


def _joint_partners(signed: Mapping[Any, list[int]], name: str) -> list[str]:
    """The offices signing the unit's joint documents with ``name`` (``USUAL_DOCUMENTS`` of them at least): a
    街道's party working committee beside its office, each issuing alone too."""
    return [
        office
        for signature, held in signed.items()
        if isinstance(signature, str) and len(held) >= USUAL_DOCUMENTS
        for office in joint_names(signature)
        if name in joint_names(signature) and office != name
    ]


def _is_default(count: int, total: int) -> bool:
    """Whether a value carried by ``count`` of ``total`` documents is the unit's constant (a default)."""
    return count >= MIN_DOCUMENTS and count >= MIN_SHARE * total


def _copy_core(values: Mapping[Any, list[int]], total: int) -> tuple[tuple[str, ...], list[int]]:
    """The receivers most of ``total`` documents copy to, whatever else each adds, and the documents whose
    抄送 holds them all. An office copies every document to the same offices above it and adds the one the
    matter concerns (县委办公室，县政府办公室，县林业局 / ……，县应急管理局): no whole line recurs, and the
    fixed part was never learnt. ``((), [])`` when no receiver is the unit's custom."""
    core, carrying = _shared_names(values, lambda count: _is_default(count, total))
    return tuple(core), carrying


def _shared_names(values: Mapping[Any, list[int]], enough: Callable[[int], bool]) -> tuple[list[str], list[int]]:
    """The names (of lists of names: 抄送, 出席) carried by ``enough`` documents, whatever else each list holds,
    and the documents holding them all; ``([], [])`` when no name is carried by enough."""
    held: dict[str, set[int]] = {}
    for value, documents in values.items():
        for name in value if isinstance(value, tuple) else ():
            held.setdefault(name, set()).update(documents)
    # Taken most carried first, each only while the documents holding all taken so far are still enough: an
    # office copying most documents to 县政府办公室 but not its 请示 and 报告 (they go to the 县人民政府 itself)
    # had every name pass on its own and no document set holding all of them pass, and no 抄送 was learnt of
    # the three offices every document copies to (ux15 walk).
    core: list[str] = []
    carrying: set[int] = set()
    for name, holders in sorted(held.items(), key=lambda item: -len(item[1])):  # stable: first seen wins ties
        holding = holders & carrying if core else holders
        if enough(len(holding)):
            core.append(name)
            carrying = holding
    if not core:
        return [], []
    return _as_written(core, values, carrying), sorted(carrying)


def _as_written(core: list[str], values: Mapping[Any, list[int]], carrying: set[int]) -> list[str]:
    """``core`` in the order the documents holding it all write it most (the 县委 office before the 县政府's, as
    a county bureau lists them), not in the order of how many documents name each: a bureau copying a few notices
    to 县人民政府办公室 alone had its usual 县委宣传部，县人民政府办公室 learnt the other way round (ux30 walk)."""
    orders: dict[tuple[str, ...], int] = {}
    for value, documents in values.items():
        if not isinstance(value, tuple):
            continue
        order = tuple(name for name in dict.fromkeys(value) if name in core)
        if len(order) == len(core):
            orders[order] = orders.get(order, 0) + len(carrying.intersection(documents))
    if not orders:
        return core
    written, _ = max(orders.items(), key=lambda item: item[1])  # first seen wins ties
    return list(written)


def unit_constants(
    documents: Sequence[ParsedDocument],
    *,
    speech: bool = False,
    bulletin: bool = False,
    minutes: bool = False,
    others: Collection[int] = frozenset(),
    hosted: Collection[int] = frozenset(),
) -> list[Constant]:
    """Constants of one genre's documents (a speech has no 主送机关 or 版记; its addressee is a salutation).
    A unit's 通报 (``bulletin``) are mostly of one kind, which their titles say: its 类别. A unit's 纪要
    (``minutes``) carry its 纪要标志 (……会议纪要, GB/T 9704 §10.3), their title when no 关于……的会议纪要 follows.
    A value short of the bar among all the documents is still one where it holds among those the unit signed
    (``others`` names the rest by their place: saved 范文): an emergency bureau's notices, all copied to the
    same four offices, were four of eleven beside a 范文 page's notices, and the notice template learnt no
    抄送 of its own (ux15 walk). The documents ``hosted`` names (issued under the name of a body the unit
    hosts, its 安委办) are the unit's own for every field but those naming the issuer (``_NAMING``): its name,
    红头 and 文号 stay the ones it signs most with."""
    total = len(documents)
    found = _constants_of(documents, total, speech=speech, bulletin=bulletin, minutes=minutes)
    if others or hosted:
        have = {c.field for c in found}
        own = [document for n, document in enumerate(documents) if n not in others]
        found += [
            replace(c, of=total, others=total - len(own))
            for c in _constants_of(own, len(own), speech=speech, bulletin=bulletin, minutes=minutes)
            if c.field not in have and (c.field not in _NAMING or not hosted)
        ]
    if hosted:
        have = {c.field for c in found}
        named = [document for n, document in enumerate(documents) if n not in others and n not in hosted]
        found += [
            replace(c, of=total, others=len(others), hosted=len(hosted))
            for c in _constants_of(named, len(named), speech=speech, bulletin=bulletin, minutes=minutes)
            if c.field not in have and c.field in _NAMING
        ]
    order = (
        "讲话人",
        "类别",
        "纪要标志",
        "简报名称",
        "编印单位",
        "发文机关标志",
        "文号格式",
        "签发人",
        "主送机关",
        "署名",
        "附注",
        *DISTRIBUTION_LABELS,
        "抄送",
        "印发机关",
    )
    found.sort(key=lambda c: order.index(c.field) if c.field in order else len(order))
    return found


def _constants_of(
    documents: Sequence[ParsedDocument], total: int, *, speech: bool, bulletin: bool, minutes: bool
) -> list[Constant]:
    """The values ``MIN_DOCUMENTS`` of ``documents`` and ``MIN_SHARE`` of ``total`` carry (``unit_constants``)."""
    carried = carriers(documents, speech=speech, bulletin=bulletin, minutes=minutes)
    found = []
    for field, values in carried.items():
        if field in _SAMPLES_ONLY:
            continue  # a 纪要's chair and room, read from every issue: samples (``usual_values``), never defaults
        value, held = max(values.items(), key=lambda item: len(item[1]))  # first seen wins ties
        count = len(held)
        if not _is_default(count, total) and field in _OFFICE_LISTS:
            core, carrying = _copy_core(values, total)
            value, count = core, len(carrying)
        if value and _is_default(count, total):
            found.append(Constant(field, list(value) if isinstance(value, tuple) else value, count, total))
    return found


# Values that are only ever samples, however many documents carry them: a meeting's place and contact, where
# its receipt goes, and who chairs a 纪要's meeting (another chairs it when he is away).
_SAMPLES_ONLY = ("会议地点", "联系人", "回执", "主持人")


def usual_values(
    documents: Sequence[ParsedDocument],
    voices: Callable[[Sequence[int]], int],
    *,
    speech: bool = False,
    bulletin: bool = False,
    minutes: bool = False,
    meeting: bool = False,
    unit: str = "",
    others: Collection[int] = frozenset(),
) -> list[Constant]:
    """Values the unit writes most often that fall short of a default (``unit_constants`` takes the rest):
    carried by at least ``USUAL_DOCUMENTS`` documents of as many source groups (``voices`` counts the groups
    among documents given by their index: a sample never names what one series alone writes), more than
    any other value of the field. A 纪要标志 opening with the ``unit``'s name (the 单位 its 纪要 borrowed from
    the unit's documents of every genre) needs no second group: the name it carries is the unit's, not one
    series' (a unit's 纪要 are one series, and the starter offered another unit's 标志 instead). The documents
    ``others`` names (signed by other units, see ``signed_elsewhere``) are left out: two saved model notices
    addressed to a county's 乡镇 tied with the unit's two to its districts, and the starter offered the
    built-in's schools."""
    # Every genre's contact: a template whose built-in asks for one (请示, 函) shows the unit's, not the
    # built-in's sample of another unit's clerk and telephone (the others have no 联系人 field to show it in).
    carried = carriers(
        documents, speech=speech, bulletin=bulletin, minutes=minutes, meeting=meeting, contact=not speech
    )
    return _usual_among(carried, len(documents), voices, unit=unit, others=others)


def _usual_among(
    carried: Mapping[str, Mapping[Any, list[int]]],
    documents: int,
    voices: Callable[[Sequence[int]], int],
    *,
    unit: str = "",
    others: Collection[int] = frozenset(),
) -> list[Constant]:
    """``usual_values`` of ``documents`` documents whose values are tallied (``carried``)."""
    total = documents - len(others)
    found = []
    for field, values in _leaving_out(carried, set(others)).items():
        if field == "附注":
            continue  # a note the unit prints on most of a kind is its default; on a few, each document's own
        if field in _ATTENDANCE:
            found += _usual_attendance(field, values, total, voices)
            continue
        if field == "纪要标志":
            found += _usual_marks(values, total, voices, unit)
            continue
        ranked = sorted(values.items(), key=lambda item: len(item[1]), reverse=True)  # stable: first seen wins ties
        value, held = ranked[0]
        count = len(held)
        if _is_default(count, total) and field not in _SAMPLES_ONLY:
            continue  # a default
        if len(ranked) > 1 and len(ranked[1][1]) == count and field != CONTACT_FIELD:
            # No value is the usual one. A contact is only ever a sample, and each clerk is named on his share of
            # the documents: of two tied, the first seen is the unit's own to change, where the starter showed the
            # built-in's 林晓 at 0571-…, another unit's clerk (ux18 walk: two clerks on two notices each).
            continue
        # So does the office of that unit printing them (中共××街道工作委员会办公室 under its 纪要): the starter
        # offered the built-in's 〔示例〕青禾县教育局办公室 for the 印发机关 of a 街道's two 纪要 (ux23 walk).
        own_mark = field in ("纪要标志", "印发机关") and bool(unit) and str(value).startswith(unit)
        if count >= USUAL_DOCUMENTS and (own_mark or voices(held) >= USUAL_DOCUMENTS):
            found.append(
                Constant(
                    field, list(value) if isinstance(value, tuple) else value, count, documents, others=len(others)
                )
            )
    return found


_ATTENDANCE = ("出席", "列席")


def _usual_marks(
    values: Mapping[Any, list[int]], total: int, voices: Callable[[Sequence[int]], int], unit: str
) -> list[Constant]:
    """The 纪要标志 of each standing meeting the unit keeps 纪要 of (its 党组会议 and its 局务会议): every mark
    ``USUAL_DOCUMENTS`` 纪要 carry, the unit's own (its name in it, 中共××局党组会议纪要 too: the unit's party
    group) or of as many source groups, most carried first; the one a default already is, left to the default.
    Two meetings' marks each on half the 纪要 tied, and the starter offered neither (ux26 walk); the first is the
    starter's sample, the others its alternatives."""
    ranked = sorted(values.items(), key=lambda item: len(item[1]), reverse=True)  # stable: first seen wins ties
    found = []
    for place, (value, held) in enumerate(ranked):
        if place == 0 and _is_default(len(held), total):
            continue  # a default (unit_constants)
        own = bool(unit) and unit in str(value)
        if len(held) >= USUAL_DOCUMENTS and (own or voices(held) >= USUAL_DOCUMENTS):
            found.append(Constant("纪要标志", value, len(held), total))
    return found


def _usual_attendance(
    field: str, values: Mapping[Any, list[int]], total: int, voices: Callable[[Sequence[int]], int]
) -> list[Constant]:
    """The people most of a unit's 纪要 list as attending (its 院长 and 副院长) or sitting in (the office's
    clerk), whoever else each meeting adds or misses: the names ``USUAL_DOCUMENTS`` 纪要 and more than half
    carry, of as many source groups. No whole line recurs (one is away, a head of section sits in for one
    matter), and the starter offered the built-in's 〔示例〕王明、李华 instead of the unit's leaders."""
    core, carrying = _shared_names(values, lambda count: count >= USUAL_DOCUMENTS and 2 * count > total)
    if not core or len(carrying) < USUAL_DOCUMENTS or voices(carrying) < USUAL_DOCUMENTS:
        return []
    return [Constant(field, core, len(carrying), total)]


# What one office writes the same under every genre it issues with a 红头: the 发文机关标志, the 文号 prefix,
# the 署名 and the 版记 (抄送, 印发机关), and the 签发人 of its 上行文: the head who signs its 请示 signs its
# 报告 (only 上行文 carry one, so "the documents carrying the field" are those; a genre still borrows it only
# when most of its own documents name the same person). 主送机关 follows the genre (a 请示 goes up to one office).
_UNIT_WIDE = ("发文机关标志", "文号格式", "签发人", "署名", "抄送", "印发机关")


def unit_wide_constants(
    documents: Sequence[ParsedDocument],
    archive: Archive,
    own: Sequence[Constant],
    *,
    minutes: bool = False,
) -> list[Constant]:
    """Constants a genre borrows from the unit's documents of every genre (``archive``) where its own are too
    few to call them a custom (two 会议通知 of the unit and one sample of another unit's: two of three is
    below the bar, though every other genre of the unit writes the same 红头, 文号 prefix and 版记).

    A value is borrowed when the corpus makes it the unit's (``MIN_DOCUMENTS`` documents and ``MIN_SHARE``
    of those carrying the field) and the genre's own documents confirm it: it is their most common value of
    the field, carried by ``USUAL_DOCUMENTS`` of them and by more than half. A genre that never writes the
    field (its documents carry no 红头) borrows nothing."""
    have = {c.field for c in own}
    mine = archive.carriers_of(documents)
    found = []
    if minutes and "单位" not in have:
        found += _minutes_unit(documents, archive.carriers.get("署名", {}))
    # Model documents of other units saved beside the unit's own (a 范文 page's notices, signed by a county's
    # bureau) are no votes on the unit's habits: counted, they left the unit's own notices short of half of
    # the genre (3 of 8) and its name short of 60 % of the signatures (12 of 23, seven other units signing
    # the rest), and the genre learnt no 红头, 署名 or 版记.
    others = _signed_elsewhere(mine.get("署名", {}), archive.unit, archive.hosted)
    mine = _leaving_out(mine, others)
    hosting = archive.hosted_among(documents)
    mine = _leaving_out(mine, hosting, fields=_NAMING)
    everyone = archive.own_carriers
    counted = len(documents) - len(others)
    for field in _UNIT_WIDE:
        if field == "署名" and field not in have and field not in mine:
            found += _signed_under_head([*own, *found], everyone.get(field, {}))
            continue
        if (
            field == "署名"
            and field not in have
            and len(mine[field]) == 1
            and len(next(iter(mine[field].values()))) == 1
        ):
            # One document read with a 署名, the others' lost in reading: too few to vote, but when it is the
            # name the genre's 红头 prints (X文件) and the unit signs as X often, X signs it.
            found += _signed_as_head([*own, *found], everyone.get(field, {}), next(iter(mine[field])))
            continue
        if field in have or field not in mine or field not in everyone:
            continue
        carrying = sum(len(v) for v in everyone[field].values())
        ranked = sorted(mine[field].items(), key=lambda item: len(item[1]), reverse=True)
        value, held = ranked[0]
        unit = (
            _signing(everyone[field], value)
            if field == "署名"
            else _copying(archive, everyone[field], value)
            if field == "抄送"
            else len(everyone[field].get(value, ()))
        )
        # The unit's name is voted on by the documents it signs as itself, not those of a body it hosts.
        voting = counted - len(hosting) if field in _NAMING else counted
        whole = (
            len(held) >= USUAL_DOCUMENTS
            and 2 * len(held) > voting
            and not (len(ranked) > 1 and len(ranked[1][1]) == len(held))
        )
        widened = False
        if not (whole and _is_default(unit, carrying)) and field == "抄送":
            line, line_held = value, held
            # The unit's documents copying the whole line, whatever each adds (the office the matter concerns).
            line_unit = sum(
                len(docs)
                for copied, docs in everyone[field].items()
                if isinstance(line, tuple) and isinstance(copied, tuple) and set(line) <= set(copied)
            )
            # The offices the unit copies every document to, whatever each adds (see ``_copy_core``).
            value, copied = _copy_core(everyone[field], carrying)
            unit = len(copied)
            held = [n for v, docs in mine[field].items() if set(value) <= set(v) for n in docs] if value else []
            whole = len(held) >= USUAL_DOCUMENTS and 2 * len(held) > counted
            if (
                whole
                and isinstance(line, tuple)
                and set(value) < set(line)
                and len(line_held) == counted
                and line_unit >= MIN_DOCUMENTS
                and all(2 * _copied_to(everyone[field], name) > carrying for name in set(line) - set(value))
            ):
                # Every one of the genre's documents copies the whole line, the unit's core and offices most
                # of the unit's documents copy too (if short of the bar), and the unit's documents copy all of
                # it on MIN_DOCUMENTS: the genre's line, not the core alone. A 街道 copies its downward documents
                # to the district's two offices (6 of 11) and its 请示 and 报告 elsewhere; the core (区委办公室)
                # left its two meeting notices, both copying both offices, drafted copying the one (ux23 walk).
                # An office the matter concerns stays out, though a genre's few documents share it (a
                # township's two opinions on rural work, each copied to 县农业农村局 as well, 3 of 9).
                value, held, unit, widened = line, line_held, line_unit, True
        # A 文号 series is a genre's own (a hospital numbers its notices 青医发 and its 请示 and 报告 to the
        # bureau 青医, three of each): no one series holds MIN_SHARE of the unit's numbers, yet every 请示 of
        # the unit's writing the same one makes it the genre's, and its 请示 were drafted with no 文号 at all.
        # A document writing no 文号 (a 范文 page's copy of the unit's letter, its 版头 left off) votes for no
        # other series: every one that writes a 文号 writing the same makes it the genre's (ux17 walk).
        series = field == "文号格式" and len(ranked) == 1
        if whole and value and unit >= MIN_DOCUMENTS and (unit >= MIN_SHARE * carrying or series or widened):
            shown = list(value) if isinstance(value, tuple) else value
            said = len(others) if 2 * len(held) <= len(documents) else 0
            found.append(Constant(field, shown, len(held), len(documents), unit, carrying, said))
        elif field == "署名" and len(mine[field]) == 1:
            # Every document of the genre read with a 署名 signs as X, the 红头 it is sent under is X文件, and the
            # unit signs as X often, though less than its own name: X signs it (a congress committee's office
            # signs its two 审议意见, which asked for 发文机关: 〔示例〕……, ux16 walk).
            found += _signed_as_head([*own, *found], everyone.get(field, {}), value)
    return found


def _copying(archive: Archive, copied: Mapping[Any, list[int]], value: Any) -> int:
    """The documents among ``copied`` (the unit's 抄送 lines and the documents writing each) that keep the
    line ``value``: those copying to it, and those copying to it less the offices they are sent to, which a
    document never copies (§7.4.2: 抄送 is for offices other than the 主送). A tax bureau copies its notices to
    the city bureau of its line and the county government; its 请示, sent to the city bureau, copies the
    county alone, and its 报告 to the county copies the city bureau alone: counted as other lines, they had
    the whole line at 7 of 12 documents, under the bar, and its meeting notices and 通报, both of each copied
    to the two offices, were drafted copying the county alone (ux20 walk)."""
    if not isinstance(value, tuple):
        return len(copied.get(value, ()))
    offices = set(value)
    keeping = 0
    for line, held in copied.items():
        if not isinstance(line, tuple) or not set(line) <= offices:
            continue
        left = offices - set(line)
        for n in held:
            sent_to = archive.values[n].get("主送机关") if left else None
            if not left or (isinstance(sent_to, str) and left <= set(_OFFICE_SEPARATORS.split(sent_to))):
                keeping += 1
    return keeping


def _copied_to(copied: Mapping[Any, list[int]], name: str) -> int:
    """The documents among ``copied`` (抄送 lines and the documents writing each) copying to ``name``."""
    return sum(len(docs) for line, docs in copied.items() if isinstance(line, tuple) and name in line)


_OFFICE_SEPARATORS = re.compile(r"[\s\u3000、，,；;]+")


def _signed_under_head(constants: Sequence[Constant], signed: Mapping[Any, list[int]]) -> list[Constant]:
    """The unit's 署名 for a genre none of whose documents is read with one, sent under the unit's 红头 by
    default (``constants``): a head that is the unit's name and 文件 says who signs. A bureau's 会议通知, their
    signatures lost in reading (a contact line took one, a page break the other), got its 红头 岚溪县应急管理局文件
    and 文号 by default, and the starter asked 发文机关: 〔请填写：发文机关〕 (ux15 walk)."""
    head = next((c for c in constants if c.field == "发文机关标志"), None)
    if head is None or not signed:
        return []
    value, _ = max(signed.items(), key=lambda item: len(item[1]))
    carrying = sum(len(v) for v in signed.values())
    unit = _signing(signed, value)
    name = head.value[0] if isinstance(head.value, list) and len(head.value) == 1 else head.value
    if not isinstance(value, str) or name != f"{value}文件" or not _is_default(unit, carrying):
        return []
    return [Constant("署名", value, head.documents, head.of, unit, carrying)]


def _signed_as_head(constants: Sequence[Constant], signed: Mapping[Any, list[int]], read: Any) -> list[Constant]:
    """The 署名 of a genre one of whose documents is read with one (``read``) and whose 红头 default names the
    same signer (``read`` followed by 文件), where the unit signs as ``read`` on ``MIN_DOCUMENTS`` documents: an
    office of the unit that heads its own documents with its 红头 (岚溪县人大常委会办公室文件) signs them, though
    the unit itself signs more (a county congress committee's 会议通知, ux16 walk: the starter asked
    发文机关: 〔请填写：发文机关〕 under a 红头 and 文号 it printed by default)."""
    head = next((c for c in constants if c.field == "发文机关标志"), None)
    if head is None or not isinstance(read, str) or not read:
        return []
    name = head.value[0] if isinstance(head.value, list) and len(head.value) == 1 else head.value
    own = len(signed.get(read, ()))
    if name != f"{read}文件" or own < MIN_DOCUMENTS:
        return []
    return [Constant("署名", read, head.documents, head.of, own, sum(len(v) for v in signed.values()))]


def unit_head_constants(archive: Archive) -> list[Constant]:
    """The unit's 红头, 文号, 署名 and 版记 for a genre it has no document of (a company's archive of notices,
    reports and speeches, and a 请示 to write): the value most of the corpus's documents carrying the field
    write (``MIN_DOCUMENTS`` of them and ``MIN_SHARE``), with no genre's own documents to confirm it. Empty
    unless the unit writes a 发文机关标志 that way: without its 红头 there is nothing the unit sends every
    genre under. The 签发人 is left out: it signs only 上行文, and who signs one the archive does not say."""
    # Other units' saved model documents tell nothing of the unit's habits (as in ``unit_wide_constants``):
    # the ux11 walk's six 范文 of other committees, each signed by its own, had left the unit's 署名 at 9 of
    # 17 signed documents, and its head-only 请示 asked for 发文机关: 〔示例〕青禾县教育局.
    everyone = archive.own_carriers
    # A document with a 版记 that copies no one chose so: of a school's 9 documents, each with its 印发 line, the 3
    # notices copying the county bureau's section had 抄送 at 3/3 and offered it to the head-only 报告 and 意见.
    imprinted = {
        n for label in ("抄送", "印发机关", *DISTRIBUTION_LABELS) for v in everyone.get(label, {}).values() for n in v
    }
    found = []
    for field in _UNIT_WIDE:
        if field == "签发人" or field not in everyone:
            continue
        carrying = sum(len(v) for v in everyone[field].values())
        if field == "抄送":
            carrying = max(carrying, len(imprinted))
        value, held = max(everyone[field].items(), key=lambda item: len(item[1]))
        joint_head = field == "发文机关标志" and not _is_default(len(held), carrying)
        if joint_head:
            # A joint 红头 is the unit's where the offices it stacks each head their own documents too (a county's
            # 两办: the joint notices, and each office's own under its name): each office's 红头 is a part of it.
            # Only where no one 红头 holds the bar as printed: a 街道's office heads most documents alone, its
            # party committee few, and the stacked 红头 of their two joint notices, counted with both, headed
            # the head-only 请示 and 函 the office alone signs (ux23 walk: 8/8 for a 红头 printed once).
            value = max(everyone[field], key=lambda mark: _heading(everyone[field], mark))
            held = everyone[field][value]
        unit = (
            _signing(everyone[field], value)
            if field == "署名"
            else _copying(archive, everyone[field], value)
            if field == "抄送"
            else _heading(everyone[field], value)
            if joint_head
            else len(held)
        )
        if not _is_default(unit, carrying) and field == "抄送":
            value, copied = _copy_core(everyone[field], carrying)
            unit = len(copied)
        if value and _is_default(unit, carrying):
            shown = list(value) if isinstance(value, tuple) else value
            found.append(Constant(field, shown, 0, 0, unit, carrying))
    if not any(c.field == "发文机关标志" for c in found):
        return []
    if not any(c.field == "署名" for c in found):
        # No one signer holds the bar (the committee signs some genres, its office others), but the 红头 the
        # genre is sent under names one (X under X文件): a county congress committee's head-only 请示 and 函,
        # sent under 岚溪县人大常委会办公室文件, asked for 发文机关: 〔示例〕青禾县教育局 (ux16 walk).
        found += _head_signer(found, everyone.get("署名", {}))
    return found


def _heading(marks: Mapping[Any, list[int]], mark: Any) -> int:
    """The documents a 发文机关标志 heads: its own, and for a joint one stacking several offices' names (甲, 乙,
    文件) the documents headed by one of those offices alone (甲, 乙文件) as well."""
    held = len(marks.get(mark, ()))
    if not isinstance(mark, tuple) or len(mark) < 3 or mark[-1] != "文件":
        return held
    names = set(mark[:-1])
    return held + sum(
        len(documents)
        for other, documents in marks.items()
        if other != mark and isinstance(other, str) and other.removesuffix("文件") in names
    )


def _head_signer(constants: Sequence[Constant], signed: Mapping[Any, list[int]]) -> list[Constant]:
    """The 署名 the 红头 default of ``constants`` names (X for X文件) where the unit signs as X on
    ``MIN_DOCUMENTS`` documents at least; empty otherwise."""
    head = next((c for c in constants if c.field == "发文机关标志"), None)
    if head is None:
        return []
    name = head.value[0] if isinstance(head.value, list) and len(head.value) == 1 else head.value
    if isinstance(name, list) and len(name) > 2 and name[-1] == "文件":
        # Offices issuing jointly under their stacked 红头 sign jointly (JOINT_GAP, as ``_signature`` reads it):
        # a county 两办's head-only 请示 asked for 发文机关: 〔示例〕青禾县教育局 (ux21 walk).
        name = JOINT_GAP.join(name[:-1]) + "文件"
    if not isinstance(name, str) or not name.endswith("文件"):
        return []
    signer = name.removesuffix("文件")
    own = len(signed.get(signer, ()))
    if own < MIN_DOCUMENTS:
        return []
    return [Constant("署名", signer, head.documents, head.of, own, sum(len(v) for v in signed.values()))]


def sent_by_an_office(documents: Sequence[ParsedDocument], archive: Archive) -> str:
    """The office of the unit (its 办公室) that signs every one of a genre's own documents, none of them under
    a 红头 (``USUAL_DOCUMENTS`` of them at least); "" otherwise. Such a genre is not sent under the unit's
    红头: a hospital's two 会议通知, each signed 青禾县人民医院办公室 with no 红头 and no 版记, got a head-only
    template printing 青禾县人民医院文件, a 文号, 署名 青禾县人民医院 and a 版记 copied to the county bureau."""
    unit = archive.unit
    mine = archive.carriers_of(documents)
    others = _signed_elsewhere(mine.get("署名", {}), unit, archive.hosted)
    own = len(documents) - len(others)
    mine = _leaving_out(mine, others)
    names = mine.get("署名", {})
    if not unit or own < USUAL_DOCUMENTS or "发文机关标志" in mine or len(names) != 1:
        return ""
    name, held = next(iter(names.items()))
    if not isinstance(name, str) or name == unit or len(held) < own:
        return ""
    return name


def genre_number_format(
    documents: Sequence[ParsedDocument], archive: Archive, head: Sequence[Constant]
) -> list[Constant]:
    """``head`` (``unit_head_constants``) for a genre of ``documents`` too few for a template, with the 文号格式
    the unit's own documents of the genre write where all of them that carry one write the same, another than
    the unit-wide one: offices number their letters in a series of their own (××文旅函〔2025〕7号 beside the
    notices' ××文旅发), and the head-only letter numbered a draft as a notice. One document is enough: the
    series is the unit's own custom for the genre, not one document's words. Other units' documents (saved
    范文) are not counted."""
    usual = next((c for c in head if c.field == "文号格式"), None)
    mine = archive.carriers_of(documents)
    mine = _leaving_out(mine, _signed_elsewhere(mine.get("署名", {}), archive.unit, archive.hosted))
    written = mine.get("文号格式", {})
    if len(written) != 1:
        return list(head)
    value, held = next(iter(written.items()))
    if not isinstance(value, str) or (usual is not None and value == usual.value):
        return list(head)
    own = Constant("文号格式", value, len(held), len(held))
    if usual is None:
        # No one series is the unit's (a hospital's notices 青医发 and its 请示 and 报告 青医, three of each):
        # the genre's own is still its custom, where the head-only 报告 offered the built-in's 青教〔2025〕5号.
        return [*head, own]
    return [own if c is usual else c for c in head]


def genre_mark(documents: Sequence[ParsedDocument], archive: Archive, head: Sequence[Constant]) -> list[Constant]:
    """``head`` for a genre of ``documents`` too few for a template, with the 发文机关标志 the unit's own documents
    of the genre print where all of them that carry one print the same, another than the unit-wide one: a unit
    sends its letters in the 信函格式 under its name alone (GB/T 9704 §10.1), and the head-only letter template of
    a 街道 whose two 函 both read 岚溪区松台街道办事处 printed its notices' 岚溪区松台街道办事处文件 (ux27 walk). One
    document is enough, as for the genre's 文号 series (``genre_number_format``)."""
    usual = next((c for c in head if c.field == "发文机关标志"), None)
    mine = archive.carriers_of(documents)
    mine = _leaving_out(mine, _signed_elsewhere(mine.get("署名", {}), archive.unit, archive.hosted))
    written = mine.get("发文机关标志", {})
    if usual is None or len(written) != 1:
        return list(head)
    value, held = next(iter(written.items()))
    if value == usual.value or (isinstance(value, tuple) and list(value) == usual.value):
        return list(head)
    # Still the unit's 红头 (unit_of kept: the template is one of the unit's), counted as its documents print it.
    unit = len(archive.own_carriers.get("发文机关标志", {}).get(value, ()))
    own = replace(
        usual,
        value=list(value) if isinstance(value, tuple) else value,
        documents=len(held),
        of=len(held),
        unit_documents=unit,
    )
    return [own if c is usual else c for c in head]


def genre_issuer(documents: Sequence[ParsedDocument], archive: Archive, head: Sequence[Constant]) -> list[Constant]:
    """``head`` for a genre of ``documents`` too few for a template, signed and headed by one of the offices that
    sign the unit's joint documents where the unit's own documents of the genre are all signed by that office
    alone: a county 两办's one 函 is the government office's (岚政办函), and the head-only letter template printed
    the party office's name atop the government office's 文号, signed by both (ux21 walk). One document is enough,
    as for the genre's 文号 series (``genre_number_format``)."""
    signer = next((c for c in head if c.field == "署名"), None)
    if signer is None or not isinstance(signer.value, str):
        return list(head)
    everyone = archive.own_carriers
    offices = joint_names(signer.value)
    # Or the unit signs alone, and an office co-signing its joint documents issues the genre: a 街道's one 报告 is
    # its party committee's (桐街党工, under 中共……工作委员会文件); the head-only report template printed the
    # office's 红头 and signature over the party committee's 文号 series (ux23 walk).
    partnered = len(offices) < 2
    if partnered:
        offices = [signer.value, *_joint_partners(everyone.get("署名", {}), signer.value)]
    mine = archive.carriers_of(documents)
    theirs = _leaving_out(mine, _signed_elsewhere(mine.get("署名", {}), archive.unit, archive.hosted))
    signed, printers = theirs.get("署名", {}), theirs.get("印发机关", {})
    if len(offices) < 2 or len(signed) != 1:
        return list(head)
    office, held = next(iter(signed.items()))
    if office not in offices or office == signer.value:
        return list(head)
    kept = []
    for constant in head:
        # Still the unit's (unit_of kept: a head-only template is one of the unit's 红头), counted as they are.
        if constant is signer:
            unit = len(everyone.get("署名", {}).get(office, ()))
            constant = replace(constant, value=office, documents=len(held), of=len(held), unit_documents=unit)
        elif constant.field == "发文机关标志" and (
            constant.value == [*offices, "文件"] or (partnered and f"{office}文件" in everyone.get("发文机关标志", {}))
        ):
            unit = len(everyone.get("发文机关标志", {}).get(f"{office}文件", ()))
            mark = f"{office}文件"
            constant = replace(constant, value=mark, documents=len(held), of=len(held), unit_documents=unit)
        elif constant.field == "印发机关" and len(printers) == 1 and str(next(iter(printers))).startswith(office):
            # The office's own 办公室 prints its documents (中共××街道工作委员会办公室 under the party committee's
            # 报告), not the unit's usual printer: the head-only report printed 桐溪街道党政办公室 (ux23 walk).
            printer, printed = next(iter(printers.items()))
            unit = len(everyone.get("印发机关", {}).get(printer, ()))
            constant = replace(constant, value=printer, documents=len(printed), of=len(held), unit_documents=unit)
        kept.append(constant)
    return kept


def genre_imprint(documents: Sequence[ParsedDocument], archive: Archive, head: Sequence[Constant]) -> list[Constant]:
    """``head`` for a genre of ``documents`` too few for a template, less the unit's 抄送 where the genre's own
    documents printing a 版记 (their 印发机关) all copy no one: a bureau copies its budget notices and 请示 to
    the county's offices, and its meeting notice, called for its own staff, only the 印发 line (ux17 walk: the
    head-only 会议通知 copied 县委办公室，县人大常委会办公室…… by default). One document is enough, as for a
    genre's 文号 series (``genre_number_format``); other units' documents (saved 范文) are not counted."""
    mine = archive.carriers_of(documents)
    mine = _leaving_out(mine, _signed_elsewhere(mine.get("署名", {}), archive.unit, archive.hosted))
    issued = {n for numbers in mine.get("印发机关", {}).values() for n in numbers}
    copied = {n for numbers in mine.get("抄送", {}).values() for n in numbers}
    if not issued or issued & copied:
        return list(head)
    return [c for c in head if c.field != "抄送"]


def own_meeting_place(documents: Sequence[ParsedDocument], others: Collection[int]) -> list[Constant]:
    """The place one of the unit's own meeting notices gives (``others``: those signed by another unit), the
    sample of a starter whose meeting notices meet in no one place: each meeting has its own, and the built-in's
    县教育局三楼会议室（青禾县文昌路18号） is another unit's hall and street. A sample only, said to be one
    document's."""
    own = [d for n, d in enumerate(documents) if n not in others]
    for document in own:
        place = meeting_values(document).get("会议地点")
        if place:
            return [Constant("会议地点", place, 1, len(own))]
    return []


def own_contact(
    documents: Sequence[ParsedDocument],
    others: Collection[int],
    usual: Sequence[Constant],
    archive: Archive | None = None,
    voices: Callable[[Sequence[int]], int] | None = None,
) -> list[Constant]:
    """An empty 联系人 (the starter asks for one, ``CONTACT_ASKED``) for a genre whose own documents (``others``:
    those signed by another unit left out) name contacts, none of them the unit's usual one (``usual``, its
    samples): a tax bureau's 请示 name its finance clerk twice, its meeting notice and its letter each another
    clerk (the office's, the collection section's), and both starters offered the finance clerk (ux20 walk).
    One document's clerk is no sample either (a name of one source group). Empty where the genre's documents
    name no one, or name the unit's usual contact."""
    own = [d for n, d in enumerate(documents) if n not in others]
    named = [name for d in own for name in [document_contact(d).get(CONTACT_FIELD)] if name]
    borrowed = [list(c.value) for c in usual if c.field == CONTACT_FIELD and isinstance(c.value, (list, tuple))]
    if not named or any(list(contact) in borrowed for contact in named):
        return []
    if archive is not None and voices is not None and len(set(named)) == 1:
        # The genre's own clerk is the unit's too where its documents of other genres name him, USUAL_DOCUMENTS
        # of them of as many source groups (the bar of a sample): a 街道's one 请示 and one 函 name the same clerk,
        # its two meeting notices another, first seen; the 请示 starter asked 〔请填写：联系人姓名〕 (ux23 walk).
        contacts = tally(archive.values).get(CONTACT_FIELD, {})
        held = contacts.get(named[0], [])
        if len(held) >= USUAL_DOCUMENTS and voices(held) >= USUAL_DOCUMENTS:
            carrying = sum(len(v) for v in contacts.values())
            return [Constant(CONTACT_FIELD, list(named[0]), 0, 0, len(held), carrying)]
    return [Constant(CONTACT_FIELD, CONTACT_ASKED, 0, len(own))]


# The value of a 联系人 the starter asks for (``own_contact``).
CONTACT_ASKED = ""


# The unit's usual values any genre's starter may show as samples whatever its genre (a 请示's 主送机关 is not
# the notices' 各分（子）公司). Its 文号 too: a small unit numbering only its 请示 and 报告 (two in the ux11
# walk, 榆社〔2025〕6号) has it under the bar of a default, and its head-only starters offered 青教〔2025〕5号.
_UNIT_SAMPLES = ("签发人", "联系人", "文号格式")


def unit_samples(archive: Archive, voices: Callable[[Sequence[int]], int]) -> list[Constant]:
    """Who signs the unit's 上行文 and whom its documents name as contact, the samples (never defaults) of a
    genre it has too few documents of (``unit_head_constants``): the built-in's are another unit's (王明远,
    林晓 at 0571-……). Supported as a borrowed value is, by the documents carrying the field."""
    carried = tally(archive.values)  # ``usual_values`` of the whole archive: its contact too
    found = []
    for constant in _usual_among(carried, len(archive.documents), voices):
        if constant.field in _UNIT_SAMPLES:
            carrying = sum(len(held) for held in carried.get(constant.field, {}).values())
            found.append(Constant(constant.field, constant.value, 0, 0, constant.documents, carrying))
    return found


def unit_signature(archive: Archive) -> list[Constant]:
    """The unit's own name as the sample 署名 (and so 发文机关 or 单位) of a genre whose documents each sign with
    another of its offices: a school's notices, signed by its 校办, 教务处, 教科室 and the school, had no 署名 of
    their own, and the notice starter offered the built-in's 〔示例〕青禾县教育局, another unit (ux25 walk).
    Supported by the unit's documents of every genre signing with its name; none when none do."""
    signed = archive.own_carriers.get("署名", {})
    held = signed.get(archive.unit, []) if archive.unit else []
    if not held:
        return []
    carrying = len({n for documents in signed.values() for n in documents})
    return [Constant("署名", archive.unit, 0, 0, len(held), carrying, differing=True)]


# Which way a genre goes: a 请示 goes up as the unit's 报告 do, a 通报 or 意见 down to those its notices go to.
# A 批复 answers one office's 请示 and a 函 one office: no unit-wide addressee.
_UPWARD = ("request", "report")
DOWNWARD = ("notice", "meeting_notice", "bulletin", "opinion")


def usual_addressee(
    archive: Archive,
    genres: Sequence[tuple[str, ...]],
    genre: str,
    voices: Callable[[Sequence[int]], int],
) -> list[Constant]:
    """The 主送机关 the unit's documents going the way ``genre`` goes name most (its 报告 to 市国资委 for a 请示,
    its notices' 各分（子）公司 for a 通报), as the sample of a genre it has too few documents of: the built-in's
    is another unit's (县教育局, 各乡镇中心学校). ``genres``: the genres each document counts in. Carried by
    ``USUAL_DOCUMENTS`` documents of as many source groups and more than any other value; a sample only."""
    # A summary naming a 主送机关 is sent up too (a residents' committee's to its 街道办事处); one kept in the
    # unit's files names none and counts for nothing here. Its own starter's sample is where the unit's 请示
    # and 报告 go: the ux19 walk's land bureau, whose summaries name no one, got the built-in's 县教育局.
    upward = genre in _UPWARD or genre == "summary"
    kin: tuple[str, ...] = _UPWARD if upward else DOWNWARD if genre in DOWNWARD else ()
    kin += ("summary",) if upward else ()
    numbers = [n for n, held in enumerate(genres) if set(held) & set(kin)]
    carried = archive.carriers_among(numbers)
    # Other units' saved 范文 send their notices to their own offices (各乡镇，各景区): counted, two of them tied
    # with the unit's usual addressee and the starter fell back to the built-in's, a school district's.
    carried = _leaving_out(carried, _signed_elsewhere(carried.get("署名", {}), archive.unit, archive.hosted))
    named = carried.get("主送机关", {})
    if not named:
        return []
    carrying = sum(len(docs) for docs in named.values())
    ranked = sorted(named.items(), key=lambda item: len(item[1]), reverse=True)
    value, held = ranked[0]
    if len(ranked) > 1 and len(ranked[1][1]) == len(held):
        value, held = _leading_addressee(named, carrying)
    if not value or len(held) < USUAL_DOCUMENTS or voices([numbers[i] for i in held]) < USUAL_DOCUMENTS:
        return []
    if isinstance(value, str) and archive.unit and archive.unit.endswith(value):
        # Sent to the unit itself (its 执法检查组's reports to 县人大常委会): a body of the unit writes those, and
        # the unit's own 请示 starter offered 〔示例〕县人大常委会 — the committee asking itself (ux16 walk).
        return []
    return [Constant("主送机关", value, 0, 0, len(held), carrying)]


def addressee_default(genre: str, usual: Sequence[Constant], unit: Sequence[Constant]) -> Constant | None:
    """The 主送机关 of a genre going down (a 通报, a 会议通知) as its default where all its own documents, too few
    for a default of their own (``USUAL_DOCUMENTS`` of them at least), write the one the unit's documents going
    down write by custom (``usual_addressee``: ``MIN_DOCUMENTS`` of them and ``MIN_SHARE``), as the 红头 and 版记
    are borrowed: a tax bureau's two 通报 and its notices all go to 局内各股室、各税务分局, and the 通报 template
    asked for it in every row of a batch sheet (ux20 walk). None otherwise; the value stays a sample."""
    if genre not in DOWNWARD:
        return None
    own = next((c for c in usual if c.field == "主送机关"), None)
    custom = next((c for c in unit if c.field == "主送机关"), None)
    if own is None or custom is None or own.value != custom.value:
        return None
    if own.documents < USUAL_DOCUMENTS or own.documents < own.of - own.others:
        return None
    if not _is_default(custom.unit_documents, custom.unit_of):
        return None
    return replace(own, unit_documents=custom.unit_documents, unit_of=custom.unit_of)


def _leading_addressee(named: Mapping[Any, list[int]], carrying: int) -> tuple[str, list[int]]:
    """The longest run of offices more than half of the ``carrying`` documents open their 主送机关 with, and
    those documents; ``("", [])`` when none. An office sends to the same offices below it and adds whom the
    matter concerns (各区县文化广电和旅游局，各A级旅游景区 / ……，各星级饭店 / ……，市旅游协会): whole lines tie,
    and the starter offered another unit's addressee in place of the part every line shares."""
    lists = {value: re.split(r"[，,、；;]", value) for value in named if isinstance(value, str)}
    best: tuple[str, list[int]] = ("", [])
    longest = 0
    for value, names in lists.items():
        for end in range(longest + 1, len(names) + 1):
            lead = names[:end]
            held = sorted(n for other, its in lists.items() if its[:end] == lead for n in named[other])
            if 2 * len(held) > carrying:
                # As the unit writes it, its own separators (，or 、) kept.
                shown = value[: sum(len(name) for name in lead) + end - 1]
                best, longest = (shown, held), end
    return best


def signed_elsewhere(documents: Sequence[ParsedDocument], unit: str) -> set[int]:
    """The indices of ``documents`` signed by another unit than ``unit``, the one whose archive it is
    (``unit_name`` of the corpus, found once: saved model documents of other units); none when ``unit`` is ""."""
    return _signed_elsewhere(carriers(documents, speech=False, bulletin=False, minutes=False).get("署名", {}), unit)


def short_name(name: str) -> str:
    """The shortest opening of an organisation's name that is itself one (three characters at least): the
    name a unit calls itself by in its titles. A residents' committee 榆荫里社区居民委员会 titles its speeches
    在榆荫里社区2025年居民代表大会上的讲话, and none of them was its own, so the speech starter offered the
    built-in's 〔示例〕全县2025年教育工作会议 (ux11 walk). "" when no shorter opening is a name."""
    for end in range(3, len(name)):
        if ORGANISATION_END.search(name[:end]):
            return name[:end]
    return ""


def unit_name(corpus: Sequence[ParsedDocument]) -> str:
    """The unit whose archive ``corpus`` is, by the 署名 of its documents (see ``_unit_name``); "" when none
    stands out."""
    return _unit_name(carriers(corpus, speech=False, bulletin=False, minutes=False).get("署名", {}))


def _unit_name(signed: Mapping[Any, list[int]], hosted: Collection[str] = frozenset()) -> str:
    """The unit whose archive it is: the 署名 (with its offices') of ``MIN_DOCUMENTS`` documents and more, and
    of at least twice as many as any other unit's (a body it hosts, ``hosted``, is no other unit); "" when no
    name stands out so. Not a share of all the signatures: each saved page brings several units, each signing
    one or two of its model documents."""
    counts = sorted(
        ((_signing(signed, name), name) for name in signed if isinstance(name, str) and name),
        reverse=True,
    )
    if not counts or counts[0][0] < MIN_DOCUMENTS:
        return ""
    count, name = counts[0]
    # Its offices count for it, and the bodies it hosts sign beside it.
    rivals = [n for c, n in counts[1:] if not n.startswith(name) and n not in hosted]
    if rivals and count < 2 * max(c for c, n in counts[1:] if n in rivals):
        return ""
    return name


def _leaving_out(
    carried: Mapping[str, Mapping[Any, list[int]]], documents: Collection[int], *, fields: Collection[str] = ()
) -> dict[str, dict[Any, list[int]]]:
    """``carried`` (per field, each value's documents) without ``documents`` (in ``fields`` only, when given);
    values and fields left with none are dropped."""
    kept: dict[str, dict[Any, list[int]]] = {}
    for field, values in carried.items():
        for value, held in values.items():
            rest = [n for n in held if n not in documents] if not fields or field in fields else held
            if rest:
                kept.setdefault(field, {})[value] = rest
    return kept


def _signed_elsewhere(signed: Mapping[Any, list[int]], unit: str, hosted: Collection[str] = frozenset()) -> set[int]:
    """The documents signed by another unit than ``unit`` (nor by one of its offices, which sign as
    鹤岭学院党政办公室 under 鹤岭学院, nor by a body it hosts, ``hosted``); none when the unit is unknown.
    Unsigned documents are not told apart."""
    if not unit:
        return set()
    # The unit's party branch signs beside it under the name they share (中共榆荫里社区支部委员会 beside
    # 榆荫里社区居民委员会, the 两委 of one community): its 党员大会 notice is the archive's own, not a 范文.
    short = short_name(unit)
    return {
        n
        for name, held in signed.items()
        if isinstance(name, str) and not name.startswith(unit) and not (short and short in name) and name not in hosted
        for n in held
    }


# The fields that name who issues a document: a body the unit hosts signs, heads and numbers its documents
# under its own name, and they are no votes on the unit's.
_NAMING = ("发文机关标志", "文号格式", "署名", "签发人")
# The facts only the unit's own office writes into a document: who prints it (印发机关) and whom to call
# (the contact's telephone). The same 抄送 is no evidence by itself: every office of a county copies its
# documents to the county's 县委办公室 and 县政府办公室, 范文 of a neighbouring bureau too.
_OFFICE_EVIDENCE = ("印发机关", CONTACT_FIELD)


# How the party (and league) bodies of an organisation are named before its name: 中共××局委员会, 共青团××委员会.
_PARTY_PREFIXES = ("中共", "中国共产党", "共青团")


def _hosted_names(values: Sequence[Mapping[str, Any]], signed: Mapping[Any, list[int]], unit: str) -> frozenset[str]:
    """The names of bodies the unit hosts that sign some of its documents: a bureau issues as itself and as
    the 安委办 (or 防汛办, 领导小组办公室) whose office sits in it. Another signer's documents are the unit's
    own when most of them (and two at least) are printed by the office that prints the unit's own documents
    or give the telephone its own documents give (each of those carried by two of the unit's documents at
    least: its habit, not a chance; one document alone needs both). Judged by what the documents carry, never by a list of names: counted as
    another unit's 范文, the hosted body's notices were left out of the unit's archive (6/6 篇, the 抄送 and
    印发机关 they share uncounted) and a genre of few documents was short of the unit's own."""
    if not unit:
        return frozenset()
    elsewhere = _signed_elsewhere(signed, unit)
    own = [n for held in signed.values() for n in held if n not in elsewhere]
    habits: dict[str, set[Any]] = {}
    for field in _OFFICE_EVIDENCE:
        seen: dict[Any, int] = {}
        for n in own:
            value = _evidence(values[n], field)
            if value:
                seen[value] = seen.get(value, 0) + 1
        habits[field] = {value for value, count in seen.items() if count >= USUAL_DOCUMENTS}
    hosted = set()
    for name, held in signed.items():
        if not isinstance(name, str) or not held or held[0] not in elsewhere:
            continue
        if name.startswith(tuple(prefix + unit for prefix in _PARTY_PREFIXES)):
            # The unit's party committee (or league committee), named for the unit in full (中共……县公安局委员会,
            # numbering as ……公党): the unit's own, not another unit's 范文, and no vote on the name the unit
            # signs with (ux22 walk: the report called the bureau's party committee's notice another unit's 范文).
            hosted.add(name)
            continue
        shared = [n for n in held if any(_evidence(values[n], f) in habits[f] for f in _OFFICE_EVIDENCE)]
        # One document alone is the unit's only when it carries both: printed by its office, its telephone.
        alone = len(held) == 1 and all(_evidence(values[held[0]], f) in habits[f] for f in _OFFICE_EVIDENCE)
        if alone or (len(shared) >= USUAL_DOCUMENTS and 2 * len(shared) > len(held)):
            hosted.add(name)
    return frozenset(hosted)


def _evidence(values: Mapping[str, Any], field: str) -> Any:
    """A document's value of ``field`` as evidence of the office writing it: the contact's telephone, not the
    clerk's name (two clerks answer the same office telephone); None when it has none."""
    value = values.get(field)
    if field == CONTACT_FIELD:
        return value[1] if isinstance(value, tuple) and len(value) == 2 else None
    return value or None


# The region a unit's full name opens with (岚溪区, 浙江省岚溪市) and the word a street office's name ends with: a
# 纪要标志 often names the unit without them (松台街道主任办公会纪要 of 岚溪区松台街道办事处).
_NAME_REGION = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?[省市区县])+")
_NAME_OFFICE = "办事处"


def _short_names(name: str) -> tuple[str, ...]:
    """``name`` and the shorter forms a 纪要标志 writes it in: without its region, without 办事处, without both (four
    characters at least: a name, not a word)."""
    core = _NAME_REGION.sub("", name)
    forms = (name, core, name.removesuffix(_NAME_OFFICE), core.removesuffix(_NAME_OFFICE))
    return tuple(dict.fromkeys(form for form in forms if len(form) >= 4))


def _minutes_unit(documents: Sequence[ParsedDocument], signed: Mapping[Any, list[int]]) -> list[Constant]:
    """The 单位 of the unit's 纪要, which are not signed (GB/T 9704 §10.3): their 纪要标志 names the unit
    instead (××局局长办公会议纪要). The unit's usual 署名 is theirs when most of the 纪要 (``USUAL_DOCUMENTS``
    of them and more than half) open their 标志 with it; without it the starter offered another unit's name
    as the 单位 of the unit's own 纪要."""
    if not signed:
        return []
    value, _ = max(signed.items(), key=lambda item: len(item[1]))
    carrying = sum(len(v) for v in signed.values())
    unit = _signing(signed, value)  # with its offices' documents
    if not isinstance(value, str) or unit < MIN_DOCUMENTS or unit < MIN_SHARE * carrying:
        return []
    # The offices signing with it jointly (USUAL_DOCUMENTS times) are the unit's too: a 街道's 纪要 are its party
    # working committee's (中共××街道工作委员会会议纪要), the office signing most of the rest, and the two
    # signing their joint notices; the starter asked 单位: 〔请填写：单位〕 for the unit's own 纪要 (ux23 walk).
    for name in (value, *_joint_partners(signed, value)):
        names = _short_names(name)
        marked = [d for d in documents if MINUTES_MARK.match(d.title) and d.title.startswith(names)]
        if len(marked) >= USUAL_DOCUMENTS and 2 * len(marked) > len(documents):
            signing = unit if name == value else _signing(signed, name)  # alone, or with the office jointly
            return [Constant("单位", name, len(marked), len(documents), signing, carrying)]
    return []
