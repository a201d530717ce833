"""The 提醒 a draft gets from what its facts say about who sends it, who receives it and who is copied, and from a
``drafter new`` starter's samples left in place: each a reminder beside the drafted document, never a refusal."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .catalog import IssuerSpec, TemplateSpec
from .errors import Problem
from .facts import Mapping, Scalar, scalars
from .facts import Sequence as NodeSequence
from .gongwen.dates import DateParseError, parse_date
from .gongwen.wording import none_word
from .model import Draft, Heading, Signoff
from .patterns import lazy

FORMATS = ("docx", "md", "txt", "pdf")


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    return [str(item) for item in value] if isinstance(value, list) else []


def issuer_defaults_apart(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """A template whose 发文机关 default is another office than its 署名 default, neither written in the facts: the
    keeper changed the 发文机关 (the 局 renamed) and not the 署名 and 红头, and every notice went out signed by the
    old name with no word (ux28 walk). Which one the keeper meant is not known: said, drafted by the 署名."""
    issuer, signer = spec.field("发文机关"), spec.field("署名")
    if issuer is None or signer is None or tree.get("发文机关") is not None or tree.get("署名") is not None:
        return []
    usual, signed = _names(issuer.default), _names(signer.default)
    if not usual or not signed or usual == signed or _names(values.get("署名")) != signed:
        return []
    return [
        Problem(
            tree.value_location("模板"),
            f"模板的发文机关默认是“{'、'.join(usual)}”，署名默认却是“{'、'.join(signed)}”，这一份按署名落款",
            field="发文机关",
            hint="模板的发文机关改了名时，请在模板的 manifest.yaml 里把署名（和发文机关标志）的 default 一并改掉；"
            "这一份可以写出“署名”",
        )
    ]


def another_issuer(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """A 发文机关 written in place of the one a mined template defaults to (the company's 党委 issuing a notice
    from the company's template) signs and heads the document: the template's 署名 and 发文机关标志 are the
    unit's usual ones, and the ux9 walk's 党委 notice went out under 临渚市水务集团有限公司文件 signed by the
    company. A 标志 the unit forms as its name plus 文件 is formed so for the written issuer; a 文号 made from
    the unit's 文号格式 is kept and said, for another issuer numbers its documents its own way."""
    issuer_field = spec.field("发文机关")
    entry = tree.get("发文机关")
    written = _names(values.get("发文机关"))
    usual = _names(issuer_field.default) if issuer_field is not None else []
    if entry is None or not written or not usual or written == usual:
        return []
    known = next((issuer for issuer in spec.issuers if written == [issuer.name]), None)
    if known is not None:
        _as_issuer(spec, tree, values, known)
        return []
    # Issued jointly with the unit as the lead issuer (主办机关) first: the 标志 may be the lead's name alone (GB/T
    # 9704 §7.2.4) and the document takes the lead's 文号 (《党政机关公文处理工作条例》第九条), printed by its office;
    # a league committee's joint notice with the 教育局 drew a reminder that its own 文号 was not the 教育局's.
    joint = len(usual) == 1 and len(written) > 1 and written[0] == usual[0]
    changed = []
    signer = spec.field("署名")
    signed = signer is not None and signer.default is not None and tree.get("署名") is None
    if signed and signer is not None and _names(values.get("署名")) == _names(signer.default):
        values["署名"] = written if isinstance(signer.default, list) else written[0]
        changed.append("署名")
    marker = spec.field("发文机关标志")
    if tree.get("发文机关标志") is None and marker is not None and marker.default is not None:
        marks = _names(values.get("发文机关标志"))
        if marks == _names(marker.default) and marks in ([f"{name}文件" for name in usual], usual):
            suffix = "文件" if marks[0].endswith("文件") else ""
            values["发文机关标志"] = [f"{name}{suffix}" for name in written]
            changed.append("发文机关标志")
        elif marks == _names(marker.default) and len(usual) > 1 and marks == [*usual, "文件"]:
            # The joint 红头 of offices issuing together (两办: both names stacked, 文件 beside them): one office
            # drafting from their template went out under both offices' 红头 (ux21 walk).
            values["发文机关标志"] = [*written, "文件"] if len(written) > 1 else [f"{written[0]}文件"]
            changed.append("发文机关标志")
    found = []
    if changed:
        kept = (
            f"；发文机关标志仍是主办机关的“{'、'.join(_names(values.get('发文机关标志')))}”（联合行文可以只用主办机关的标志），"
            "发文字号用主办机关的"
            if joint and "发文机关标志" not in changed and values.get("发文机关标志")
            else ""
        )
        found.append(
            Problem(
                entry.value.location,
                f"发文机关写的是{'、'.join(written)}，{'和'.join(changed)}随之改用它"
                f"（模板默认的是本单位的{'、'.join(usual)}）{kept}",
                field="发文机关",
                hint="要用模板默认的写法，请把"
                + "和".join(changed)
                + "也写出来"
                + ("；要并用各机关的标志，请写“发文机关标志”，一行一个" if kept else ""),
            )
        )
    if joint:
        return found
    pattern = spec.field("文号格式")
    if (
        pattern is not None
        and isinstance(pattern.default, str)
        and tree.get("文号格式") is None
        and tree.get("发文字号") is None
        and values.get("文号序号")
        and values.get("发文机关标志")
    ):
        found.append(
            Problem(
                entry.value.location,
                f"发文字号按本单位（{'、'.join(usual)}）的文号格式“{pattern.default}”编排，"
                f"这份公文的发文机关是{'、'.join(written)}",
                field="文号格式",
                hint=(
                    f"联合行文用主办机关（{written[0]}）的发文字号，请写“发文字号”或“文号格式”"
                    if len(written) > 1
                    else "它的发文字号另有代字时，请写“发文字号”或“文号格式”（如“X党〔{年}〕{号}号”）"
                ),
            )
        )
    # The 版记's 印发机关 is the unit's own office (岚川市文化广电和旅游局办公室): kept, for an office may print
    # another issuer's documents too (a company's 综合办公室 its 党委's), but said, as the 文号 is; a 体育局's
    # notice drafted from the culture bureau's template went out printed by the culture bureau's office unsaid.
    printer = spec.field("印发机关")
    printed = values.get("印发机关")
    if (
        printer is not None
        and isinstance(printer.default, str)
        and tree.get("印发机关") is None
        and isinstance(printed, str)
        and printed == printer.default
        and any(printed.startswith(name) for name in usual)
        # Printed by the lead issuer's office (《党政机关公文处理工作条例》第九条): the unit named second in a joint
        # notice the 医疗保障局 leads does not print it, and its office went unsaid (ux24 walk).
        and not printed.startswith(written[0])
    ):
        found.append(
            Problem(
                entry.value.location,
                f"版记的印发机关是本单位的“{printed}”，这份公文的发文机关是{'、'.join(written)}",
                field="印发机关",
                hint="由发文机关自己的办公室印发时，请写“印发机关”（如“" + written[0] + "办公室”）",
            )
        )
    return found


def _as_issuer(spec: TemplateSpec, tree: Mapping, values: dict[str, Any], issuer: IssuerSpec) -> None:
    """Draft as another body the unit issues as (a mined template's ``issuers``: its 党委): its own 红头,
    文号格式, 署名 and 版记 for every one of them the facts leave to the template, shaped as the field is."""
    for name, value in issuer.values:
        field = spec.field(name)
        if field is None or tree.get(name) is not None:
            continue
        names = list(value) if isinstance(value, tuple) else [value]
        if all(isinstance(n, str) and none_word(n) for n in names):
            # The body writes none (its documents copy to no one: 抄送: 无), where the unit writes its own: the
            # ux24 walk's 党组 notice printed the 委's 抄送.
            values[name] = [] if field.type == "list" else ""
            continue
        values[name] = names if field.type == "list" else "、".join(names)


_NAME_BREAK = lazy(r"[、，,；;]")  # between the names of one line (县委办公室、县政府办公室)


def copied_to_addressee(tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """A 抄送 naming the 主送机关 itself leaves it out of the 版记 and says so: 抄送 are the offices other than
    the 主送机关 that are to act on or know of the document (GB/T 9704 §7.4.2). A mined template copies to the
    unit's usual offices (市国资委，集团公司领导班子成员), and a 请示 sent up to one of them printed 主送
    市国资委 over a 版记 抄送：市国资委 (ux9 walk)."""
    addressee = values.get("主送机关")
    copies = values.get("抄送")
    if not isinstance(addressee, str) or not isinstance(copies, list) or not copies:
        return []
    addressed = {name.strip() for name in _NAME_BREAK.split(addressee.strip().rstrip("：:")) if name.strip()}
    kept: list[Any] = []
    dropped: list[str] = []
    for line in copies:
        if not isinstance(line, str):
            kept.append(line)
            continue
        names = [name for name in _NAME_BREAK.split(line) if name.strip()]
        left = [name for name in names if name.strip().rstrip("。") not in addressed]
        dropped += [name.strip().rstrip("。") for name in names if name not in left]
        if left == names:
            kept.append(line)
        elif left:
            kept.append("、".join(name.strip() for name in left))
    if not dropped:
        return []
    values["抄送"] = kept
    # Where the clerk can act: the 抄送 written, else the 主送机关 written, else the template named (both
    # the template's defaults: a mined 报告's 主送 市国资委 and its usual 抄送 市国资委，……).
    written = tree.get("抄送") is not None
    return [
        Problem(
            tree.value_location("抄送", "主送机关", "模板"),
            f"{'、'.join(dropped)}是这份公文的主送机关，版记里不再抄送" + ("" if written else "（抄送是模板的默认值）"),
            field="抄送",
            hint="抄送机关是主送机关以外需要执行或知晓公文内容的机关（GB/T 9704 第7.4.2条）",
        )
    ]


# Lists of offices, where one named twice is a slip (a long 抄送 pasted together from two old notices); a list of
# people (出席) may hold two of one name, and is only told.
_OFFICE_NAMES = ("发文机关", "署名", "发文机关标志", "抄送", "分送", "报", "送", "发", "印发机关")
_PEOPLE_NAMES = ("出席", "列席", "请假", "签发人")


def named_twice(tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """A name written twice in one list: 发文机关: [青禾县教育局, 青禾县教育局] signed the document twice and 抄送:
    [县委办公室, 县委办公室] printed 抄送：县委办公室，县委办公室。, with no word. An office named again is left out,
    and said; a person named again is said only (two people may share a name)."""
    problems: list[Problem] = []
    for key in (*_OFFICE_NAMES, *_PEOPLE_NAMES):
        value = values.get(key)
        if not isinstance(value, list) or len(value) < 2:
            continue
        seen: dict[str, int] = {}
        kept: list[Any] = []
        for index, item in enumerate(value, 1):
            name = item.strip().rstrip("。") if isinstance(item, str) else None
            if name is None or name not in seen:
                if name is not None:
                    seen[name] = index
                kept.append(item)
                continue
            office = key in _OFFICE_NAMES
            entry = tree.get(key)
            nodes = entry.value.items if entry is not None and isinstance(entry.value, NodeSequence) else ()
            where = nodes[index - 1].location if len(nodes) == len(value) else tree.value_location(key)
            problems.append(
                Problem(
                    where,
                    f"第{index}项“{name}”与第{seen[name]}项重复" + ("，只排一次" if office else ""),
                    field=key,
                    hint="删去重复的一项" if office else "是同名的两个人时可以不理会这条提醒；否则删去重复的一项",
                    path=(key, index - 1),
                )
            )
            if not office:
                kept.append(item)
        values[key] = kept
    problems.extend(_named_twice_in_a_line(tree, values))
    problems.extend(_addressee_semicolons(tree, values))
    problems.extend(_addressed_twice(tree, values))
    return problems


_BETWEEN_NAMES = lazy(r"([、，,；;])")


def _named_twice_in_a_line(tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """An office named twice in a list of offices written on one line (抄送: 县委办、县财政局，县委办, as the README
    lets a clerk write it), or on one line again after its own item: printed 抄送：县委办、县财政局，县委办。 with no
    word, where the same names given as items were said and printed once. The name again, with the mark before it,
    is left out and said; a mark with no name before it, left out."""
    problems: list[Problem] = []
    for key in _OFFICE_NAMES:
        value = values.get(key)
        if not isinstance(value, list) or not any(isinstance(i, str) and _NAME_BREAK.search(i) for i in value):
            continue
        entry = tree.get(key)
        nodes = entry.value.items if entry is not None and isinstance(entry.value, NodeSequence) else ()
        seen: set[str] = set()
        kept: list[Any] = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                kept.append(item)
                continue
            pieces = _BETWEEN_NAMES.split(item)
            line: list[str] = []
            for at in range(0, len(pieces), 2):
                name = pieces[at].strip().rstrip("。")
                if not name:  # a mark typed twice or first (抄送: ，县委办) printed 抄送：，县委办。
                    continue
                if name in seen:
                    where = nodes[index].location if len(nodes) == len(value) else tree.value_location(key)
                    problems.append(
                        Problem(
                            where, f"“{name}”写了两次，只排一次", field=key, hint="删去重复的一个", path=(key, index)
                        )
                    )
                    continue
                seen.add(name)
                line += [pieces[at - 1], pieces[at]] if line else [pieces[at]]
            text = "".join(line).strip()
            if text:
                kept.append(text)
        values[key] = kept
    return problems


def _addressee_semicolons(tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """Offices in the 主送机关 set apart by semicolons (各乡镇卫生院；县直各医疗单位), as a clerk lists them in a sentence:
    GB/T 9704 §7.3.3 sets them apart by 顿号 or 逗号, and the draft was addressed 各乡镇卫生院；县直各医疗单位：. Commas,
    and said."""
    text = values.get("主送机关")
    if not isinstance(text, str) or ("；" not in text and ";" not in text):
        return []
    values["主送机关"] = text.replace("；", "，").replace(";", "，")
    return [
        Problem(
            tree.value_location("主送机关"),
            "主送机关之间用了分号，已改用逗号排版",
            field="主送机关",
            hint="主送机关之间用顿号或逗号隔开（GB/T 9704 第7.3.3条），如 各乡镇卫生院，县直各医疗单位",
        )
    ]


def _addressed_twice(tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """An office named twice in the 主送机关 (各中小学，县直各单位，各中小学, or a list of offices pasted together from
    two old notices): the draft was addressed to 各中小学，县直各单位，各中小学：, with no word. Left out, and said."""
    import re

    text = values.get("主送机关")
    if not isinstance(text, str) or len(text) < 4:
        return []
    pieces = re.split(r"([，,、；;])", text)
    seen: dict[str, int] = {}
    kept = [pieces[0]]
    problems: list[Problem] = []
    for number, index in enumerate(range(0, len(pieces), 2), 1):
        name = pieces[index].strip()
        if name and name in seen:
            problems.append(
                Problem(
                    tree.value_location("主送机关"),
                    f"第{number}个机关“{name}”与第{seen[name]}个重复，只排一次",
                    field="主送机关",
                    hint="删去重复的一个",
                )
            )
            continue
        seen.setdefault(name, number)
        if index:
            kept += [pieces[index - 1], pieces[index]]
    if problems:
        values["主送机关"] = "".join(kept)
    return problems


# The genres whose contact is the unit's choice: a 通知 that only tells, a 报告 or 通报 the unit writes a contact
# into when it expects questions (ux24 walk: a 卫健委's 报告 to the 市人民政府), an 意见 and a 批复.
_CONTACT_OPTIONAL = ("notice", "report", "bulletin", "opinion", "reply")


# Who finds no one to ask, by genre: a 请示's superior has no receipt to send (it was told so; ux31 walk).
_NO_ONE_TO_ASK = {
    "": "收文单位有事要问时找不到人",
    "meeting_notice": "收文单位有事要问、要报送回执时找不到人",
    "request": "上级机关审批时有事要问找不到人",
}


def no_contact(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """A 会议通知, 请示 or 函 (the genres whose built-in asks for a 联系人; a 通知's is optional) sent with no contact: those it goes
    to have no one to ask or to send a receipt to, a common slip that drafted without a word. Not when the
    contact is written (联系人: 无 too: none on purpose) or in the 附注."""
    field = spec.field("联系人")
    if field is None or values.get("联系人") or "联系" in str(values.get("附注") or ""):
        return []
    if values.get("类别") == "复函":
        return []  # an answer: the letter it answers gave the contact, the reply needs none
    if spec.genre in _CONTACT_OPTIONAL:
        return []  # a 通知 that only tells (周知) or issues a document has no one to answer: its contact is optional
    if tree.get(field.name) is not None:
        return []
    from .catalog import builtin_templates

    builtin = next((t for t in builtin_templates() if t.genre == spec.genre and t.field("联系人")), None)
    if builtin is None:
        return []
    return [
        Problem(
            tree.location,
            f"这份{builtin.title}没有写联系人和电话（{_NO_ONE_TO_ASK.get(spec.genre, _NO_ONE_TO_ASK[''])}）",
            field="联系人",
            hint="写上联系人的姓名和电话；确实不需要联系人时，联系人一项写“无”",
        )
    ]


# The fields that name the unit a built-in starter's samples belong to (青禾县教育局).
_UNIT_FIELDS = ("发文机关", "单位", "编印单位")
# A kept sample said only where it is the sample unit's own: long enough to be its wording, or holding a number
# (a telephone, an e-mail, a date); 半天, 上午, 县人民政府 are any unit's words.
_OWN_LENGTH = 8
# Fields that quote another unit's document (the letter a 复函 answers): their sample is another unit's by nature,
# and the sample 复函 (青禾县文化和旅游局's) answers the sample 函 as it is.
_QUOTED_FIELDS = ("来函", "来文", "来文机关", "来文字号")


def samples_kept(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """Values still the built-in starter's samples in facts whose unit is no longer the sample's: a clerk who
    wrote the bureau's name over 青禾县教育局 and kept the rest sent the sample's contact (林晓 0571-88001234),
    e-mail (qhjyj@example.gov.cn) and meeting place to every 社区卫生服务中心, with no word (ux29 walk). The
    starter left as it is drafts without a word (its samples are all one unit's); a mined template's samples
    carry 〔示例〕 and are refused before this."""
    if not spec.builtin:
        return []
    unit_field = next((spec.field(name) for name in _UNIT_FIELDS if spec.field(name) is not None), None)
    if unit_field is None:
        return []
    sample_unit, unit = _first_text(unit_field.example), _first_text(values.get(unit_field.name))
    if not sample_unit or not unit or unit == sample_unit:
        return []
    problems: list[Problem] = []
    for field in spec.fields:
        entry = tree.get(field.name)
        if field.name in (unit_field.name, *_QUOTED_FIELDS) or entry is None:
            continue
        if field.type in ("bool", "choice", "date", "meeting_time"):
            continue
        samples = {text for text in _texts(field.example) if _own_wording(text)}
        kept = next((node for node in scalars(entry.value) if node.text.strip() in samples), None)
        if kept is not None:
            problems.append(
                Problem(
                    kept.location,
                    f"还是 drafter new 示例里的内容“{kept.text.strip()}”（示例是{sample_unit}的）",
                    field=field.name,
                    hint="请改成本单位的实际内容",
                )
            )
    return problems


def _first_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def _texts(value: Any) -> Iterable[str]:
    """Every text inside a field's example (a list's items, a record's values)."""
    if isinstance(value, str):
        yield value.strip()
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)


def _own_wording(text: str) -> bool:
    if not (len(text) >= _OWN_LENGTH or (len(text) >= 4 and any(ch.isascii() and ch.isdigit() for ch in text))):
        return False
    try:
        parse_date(text)
    except DateParseError:
        return True
    return False  # a date (a 回执's 截止日期) is any unit's, and a copied one is checked as a date


def copies_left_out(spec: TemplateSpec, tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """A 抄送 written without the offices a mined template copies every document to: the clerk who added the
    office the matter concerns (抄送: 县林业局) dropped the unit's usual ones without knowing it, the starter's
    note (另加机关时连同这几个一起写) being easy to miss."""
    field = spec.field("抄送")
    entry = tree.get("抄送")
    written = values.get("抄送")
    usual = field.default if field is not None else None
    if entry is None or not written or not isinstance(usual, list) or not isinstance(written, list):
        return []
    # An office is there when any line names it: 抄送: 县委办公室、县政府办公室、县林业局 is one line of three.
    addressee = values.get("主送机关")
    addressed = set(_NAME_BREAK.split(addressee.strip().rstrip("：:"))) if isinstance(addressee, str) else set()
    missing = [
        office for office in usual if office not in addressed and not any(office in str(line) for line in written)
    ]
    if not missing:
        return []
    return [
        Problem(
            entry.value.location,
            f"本单位的文档通常都抄送{'、'.join(usual)}，这里的抄送没有{'、'.join(missing)}",
            field="抄送",
            hint=f"另加机关时连同这几个一起写；这一份确实不抄送{'、'.join(missing)}的，可以不理会这条提醒",
        )
    ]


def dropped_sections(spec: TemplateSpec, tree: Mapping) -> list[Problem]:
    """Facts that would lay out a section of the built-in which this template (extending it) dropped
    from its manifest: said, not lost without a word (a clerk who removed 会议议程 from a mined template
    still had it in last month's facts, and the draft left it out silently)."""
    from .catalog import dropped_sections

    out = []
    for name, section in dropped_sections(spec).items():
        entry = tree.get(name)
        if entry is None:
            continue
        out.append(
            Problem(
                entry.key_location,
                f"模板“{spec.title}”去掉了“{section.title}”这一节，写了{name}也不排这一节",
                field=name,
                hint=f"要排这一节，在模板的 manifest.yaml 的 sections 里加回 name: {section.name}；不需要时删去这一项",
            )
        )
    return out


# The sections of a built-in without which a 公文 is not one (GB/T 9704 §7.3: its title; §7.3.5: its 署名 and 成文日期),
# with what they print and whether a draft has it.
_ESSENTIAL: dict[str, tuple[str, Callable[[Draft], bool]]] = {
    "head": ("标题", lambda draft: bool(draft.title)),
    "signoff": ("署名和成文日期", lambda draft: any(isinstance(block, Signoff) for block in draft.blocks)),
}


def essentials_left_out(spec: TemplateSpec, tree: Mapping, draft: Draft) -> list[Problem]:
    """A template extending a built-in whose sections leave out the built-in's head or signoff, no file of its own
    printing the title or the 署名 and date in their place: a keeper who deleted the line - {name: signoff} had every
    notice go out with neither 署名 nor 成文日期, exit 0 and no word. Said beside the draft (the keeper may mean it)."""
    from .catalog import builtin_at

    base = builtin_at(spec.base) if spec.base else None
    if base is None:
        return []
    listed = {section.name for section in spec.sections}
    out = []
    for section in base.sections:
        if section.name not in _ESSENTIAL or section.name in listed or (section.when and not tree.get(section.when)):
            continue
        what, printed = _ESSENTIAL[section.name]
        if printed(draft):
            continue
        out.append(
            Problem(
                tree.value_location("模板"),
                f"模板“{spec.title}”的 sections 里没有 {section.name}（{section.title}），这份公文没有{what}",
                field="模板",
                hint=f"请在 {spec.path / 'manifest.yaml'} 的 sections 里加回 - {{name: {section.name}}}"
                f"（{base.title}的顺序：{'、'.join(s.name for s in base.sections)}）",
            )
        )
    return out


def long_headings(tree: Mapping, draft: Draft) -> list[Problem]:
    """A heading longer than a heading runs (an item's 标题, a 章节标题): a paragraph pasted into 标题 was printed as
    a numbered 黑体 heading of ten lines, exit 0 and no word. Said at the value it came from; drafted as written."""
    from .catalog import HEADING_CHARS

    out = []
    keyed: list[tuple[str, Scalar]] | None = None
    for block in draft.blocks:
        if not isinstance(block, Heading) or len(block.text) <= HEADING_CHARS:
            continue
        if keyed is None:
            keyed = [(key, s) for key, s in _keyed_scalars(tree, "") if len(s.text) > HEADING_CHARS]
        key, held = next(((key, s) for key, s in keyed if block.text[:HEADING_CHARS] in s.text), ("标题", None))
        out.append(
            Problem(
                held.location if held is not None else tree.location,
                f"小标题“{block.marker}{block.text[:20]}……”有 {len(block.text)} 个字，不像标题",
                field=key,
                hint=f"小标题一般一两行、不超过 {HEADING_CHARS} 个字；是否把正文写进了“{key}”？"
                + (
                    "这里只写这一节的标题，正文写在这一节的条目里"
                    if key == "章节标题"
                    else "正文请写在“内容”里，标题只写概括的一句"
                ),
            )
        )
    return out


def _keyed_scalars(node: Any, key: str) -> Iterable[tuple[str, Scalar]]:
    """Every scalar of the facts with the key it is written under (a list's items under the list's key)."""
    if isinstance(node, Scalar):
        yield key, node
    elif isinstance(node, NodeSequence):
        for item in node.items:
            yield from _keyed_scalars(item, key)
    elif isinstance(node, Mapping):
        for entry in node.entries:
            yield from _keyed_scalars(entry.value, entry.key if key != "章节标题" else key)
