"""The unit's own values written into a mined template's fields: its constants as defaults (发文机关标志, 文号格式,
署名, 主送机关, 抄送, 印发机关), the values it writes most often as the starter's marked samples, the issuers it
hosts, and the starter's questions (事由, 签发人, the kind a title names) put as the unit's documents put them.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..fields import FieldSpec, shown_default
from ..gongwen import RECEIVER_FIELDS, bulletin_kind, doc_type, parse_doc_number
from ..gongwen.wording import LETTER_CLOSING, REPLY_CLOSING
from ..placeholders import mark_samples, placeholder, sample
from .builder import EmitRecord, TemplateBuilder
from .constants import CONTACT_ASKED, DOWNWARD, USUAL_DOCUMENTS, Constant, Issuer
from .docvalues import joint_names
from .vetting import Choice


def apply_issuers(
    builder: TemplateBuilder, manifest: dict[str, Any], emitted: EmitRecord, issuers: Sequence[Issuer]
) -> None:
    """The other bodies issuing from the unit's archive (its 党委), each with the values of its own documents
    that this template prints: drafting as one (发文机关: 中共××局委员会) takes its 红头, 文号格式, 署名 and 版记
    rather than the unit's, which won the vote over the whole archive."""
    if not builder.has("发文机关") or not builder.has("署名"):
        return  # a template that signs no issuer (工作总结, 讲话稿) drafts as no one else
    written = []
    # A genre the other body sends all of (an office's 会议通知) drafts as it by default: offered as another issuer
    # too, its starter told the clerk how to draft as the body it already drafts as (ux26 walk).
    signer = builder.fields.get("署名", {}).get("default")
    own = (
        {signer} if isinstance(signer, str) else set(signer) if isinstance(signer, list) and len(signer) == 1 else set()
    )
    for issuer in issuers:
        if issuer.name in own:
            continue
        values = {c.field: c.value for c in issuer.constants if builder.has(c.field)}
        if builder.genre not in DOWNWARD:
            # Its 主送机关 is where its documents going down go (an office's notices to 各乡镇卫生院): a 请示 goes up
            # to one office, a 函 or 批复 to the one it answers (ux26 walk: the letter starter said drafting as the
            # office sends the 函 to every 卫生院).
            values.pop("主送机关", None)
        if "文号格式" in values and not builder.has("发文字号"):
            del values["文号格式"]
        if not values:
            continue
        written.append({"发文机关": issuer.name, **values})
        # The report lists what this template takes of it (not the 主送机关 a 请示 leaves out).
        emitted.issuers.append(
            dataclasses.replace(issuer, constants=tuple(c for c in issuer.constants if c.field in values))
        )
    if written:
        manifest["issuers"] = written


def _sample_number(base: FieldSpec | None) -> tuple[str, str]:
    """Year and serial of the built-in's sample 文号, so the unit's sample is of the same date."""
    number = parse_doc_number(str(base.example)) if base is not None and base.example else None
    return (str(number.year), str(number.number)) if number else ("2025", "3")


def apply_constants(builder: TemplateBuilder, constants: Sequence[Constant], emitted: EmitRecord) -> None:
    """Constants become defaults of the fields they fill, each with its support."""
    signed_by = ""
    for constant in constants:
        name = constant.field
        if name == "文号格式" and not builder.has("发文字号"):
            continue
        if name in ("发文机关标志", "签发人") and not builder.has(name):
            continue  # a built-in without a 红头 (工作总结) would declare a default nothing prints
        # Each 版记 line by itself: a 函 in the 信函格式 has a 版记 of 抄送 alone (GB/T 9704 §10.1), no 印发机关.
        if name in (*RECEIVER_FIELDS, "印发机关") and not builder.has(name):
            continue  # 分送 only where the built-in prints one (the 纪要)
        if name in ("主送机关", "附注") and not builder.has(name):
            continue
        if name in ("发文机关标志", "署名") and _joint_in_one(builder, name, constant.value):
            continue
        if name in (
            "类别",
            "纪要标志",
            "称谓",
            "讲话人",
            "简报名称",
            "编印单位",
            "联系人位置",
            "编号格式",
        ) and not builder.has(name):
            continue  # 纪要标志 only where the built-in prints one (the 纪要 format, not a news report), 简报名称 a 简报
        if name == "类别" and constant.value == "情况":
            # A 情况通报 names nobody to commend or criticise: the starter leaves 对象 out.
            builder.fields.setdefault("对象", {})["starter"] = False
        spec = builder.fields.setdefault(name, {})
        base = builder.base_field(name)
        if base is None and name not in builder.declared:
            spec.update(type="list" if name in RECEIVER_FIELDS else "text")
        value = constant.value
        if name == "联系人位置" and base is not None and base.choices and value not in base.choices:
            value = "正文"  # a section of its own where the built-in has none (a 通知): a line of its body
        if base is not None and base.type == "list" and not isinstance(value, list):
            # e.g. 发文机关标志, a list for joint issuance in the built-in; a joint 署名 lists its offices
            value = joint_names(value) if name == "署名" and isinstance(value, str) else [value]
        # A 抄送 written out replaces the unit's usual receivers, not adds to them: say so where the clerk
        # adds the office the matter concerns.
        also = "；另加机关时连同这几个一起写" if name in RECEIVER_FIELDS else ""
        if name == "附注":
            also = "；这一份不要时写“附注: 无”"  # a document not for the public, of a kind the unit publishes
        spec.update(
            required=False,
            default=value,
            example=value,
            starter=False,
            description=f"不填时用本单位的惯例“{shown_default(value, name)}”（{constant.support}文档如此{constant.aside}）{also}",
        )
        emitted.constants.append(constant)
        if name == "署名":
            signed_by = constant.value
    pattern = next((c.value for c in emitted.constants if c.field == "文号格式"), None)
    if isinstance(pattern, str):
        year, number = _sample_number(builder.base_field("发文字号"))
        builder.fields["文号序号"] = {
            "type": "integer",
            # No 文号 is numbered 0: 文号序号: 0 was taken, and the 红头 went without its number under a
            # reminder that no serial was written.
            "minimum": 1,
            # Not required: a 发文字号 written out needs no serial (drafting says a word when neither is).
            "required": False,
            "description": "本文的发文字号序号，与“文号格式”组成发文字号；直接写了“发文字号”时不用填",
            # A marked sample, not a 〔请填写〕: an integer field cannot hold the placeholder's words, and
            # a draft allowed to keep the starter's samples (to look at the layout) needs a number here.
            "example": sample(number),
        }
        # The built-in's sample 文号 is another unit's: show this unit's own pattern instead. Its year and
        # number are a sample's, marked as the 文号序号's is: uncommented unchanged, the starter's line sent a
        # draft out numbered 岚文旅发〔2025〕5号 with no word.
        own = pattern.replace("{年}", year).replace("{号}", number)
        builder.fields["发文字号"] = {
            "example": sample(own),
            "description": f"红头下的发文字号，如“{own}”；不填时由“文号格式”和“文号序号”组成",
        }
    if signed_by:
        # The unit that signs is the unit that writes: 发文机关 / 单位 need not be typed either.
        for name in ("发文机关", "单位"):
            if builder.has(name) and name not in builder.fields and not _joint_in_one(builder, name, signed_by):
                base = builder.base_field(name)
                signer: Any = joint_names(signed_by) if base is not None and base.type == "list" else signed_by
                builder.fields[name] = {
                    "required": False,
                    "default": signer,
                    "example": signer,
                    "starter": False,
                    "description": f"不填时用“{shown_default(joint_names(signed_by))}”（挖掘到的署名）",
                }


def _joint_in_one(builder: TemplateBuilder, name: str, value: Any) -> bool:
    """Whether ``value`` names several offices (a joint 红头 or 署名) for a field of the built-in that holds one
    name (a 会议通知's 发文机关标志, 署名, 发文机关 are text): written there, the ux21 walk's 两办 meeting notice
    printed the 红头 中共……办公室、……政府办公室、文件 on one red line and signed one line with both names run
    together. The built-in's sample, marked, is left to the clerk instead."""
    base = builder.base_field(name)
    if base is None or base.type != "text":
        return False
    return isinstance(value, list) or (isinstance(value, str) and len(joint_names(value)) > 1)


def contact_shown(builder: TemplateBuilder) -> None:
    """A unit whose documents of the genre print a contact as a habit (its 联系人位置 is a default: most of them
    carry one) gets the 联系人 in its starter to fill in, not commented out: the built-in's 通知 has it optional,
    and a draft from the starter went out without the contact every one of the unit's notices gives."""
    if "联系人位置" in builder.fields and builder.has("联系人"):
        builder.fields.setdefault("联系人", {})["starter"] = True


def apply_usual(builder: TemplateBuilder, usual: Sequence[Constant]) -> None:
    """The unit's usual value (below the bar of a default) as the marked sample of a field of the starter,
    in place of the built-in's sample: the user confirms it by deleting 〔示例〕. Fields the starter shows
    commented out take it too: uncommenting 抄送 offered another unit's offices beside the unit's usual ones."""
    for value in usual:
        if value.field == "联系人" and value.value == CONTACT_ASKED:
            # The genre's own documents name clerks the unit's usual contact is none of (``own_contact``): the
            # starter asks whom to name, not another genre's clerk nor the built-in's, another unit's.
            if value.field not in builder.fields and builder.has(value.field):
                builder.fields[value.field] = {
                    "example": [{"姓名": placeholder("联系人姓名"), "电话": placeholder("联系电话")}]
                }
            continue
        if value.field == "署名":
            # The unit that signs is the unit that writes (as with a default 署名): where the starter leaves
            # 署名 out (it defaults to 单位 / 发文机关), the usual signature is the sample of the name it
            # shows instead of the built-in's, which names another unit.
            signed = builder.base_field("署名")
            if signed is None or not signed.starter:
                names = (n for n in ("单位", "发文机关") if builder.has(n) and n not in builder.fields)
                named = next(names, None)
                if named is not None:
                    value = dataclasses.replace(value, field=named)  # its support as it was counted
        if value.field == "文号格式":
            _usual_number(builder, value)
            continue
        base = builder.base_field(value.field)
        if value.field == "回执" and base is not None and isinstance(base.example, dict):
            # Where the unit's receipts go (报镇党政办公室), in place of the built-in's e-mail address; the
            # deadline stays the built-in's sample, each meeting has its own.
            if value.field not in builder.fields:
                builder.fields[value.field] = {
                    "example": mark_samples({**base.example, "报送方式": value.value}),
                    "description": f"{base.description}；回执本单位常写“{value.value}”（{value.support}文档如此{value.aside}）",
                }
            continue
        if value.field == "纪要标志" and value.field in builder.fields:
            # Another standing meeting's mark (the 党组's beside the 局务会议's): offered beside the first, a clerk
            # keeping both series picks his (ux26 walk).
            entry = builder.fields[value.field]
            entry["alternatives"] = [*entry.get("alternatives", []), value.value]
            entry["description"] = (
                f"{entry.get('description', '')}；另一个会议的纪要写“{value.value}”（{value.support}文档如此）"
            )
            continue
        if base is None or base.type not in ("text", "list") or value.field in builder.fields:
            continue
        shown = value.value if base.type == "list" or not isinstance(value.value, list) else shown_default(value.value)
        if value.field == "联系人" and isinstance(value.value, list) and len(value.value) == 2:
            shown = [{"姓名": value.value[0], "电话": value.value[1]}]  # a meeting notice's contact record
        elif base.type == "list" and not isinstance(shown, list):
            shown = [shown]
        builder.fields[value.field] = {
            "example": mark_samples(shown),
            "description": f"{_without_sample(base.description)}；"
            + (
                f"如本单位的一份文档写“{shown_default(value.value)}”"
                if value.documents == 1 and not value.unit_of
                else f"本单位常写“{shown_default(value.value)}”（{value.support}文档如此{value.aside}）"
            ),
        }


# The built-in's own sample in a field's description (接收单位，如“各中小学、幼儿园”（冒号自动加）).
_DESCRIBED_SAMPLE = re.compile(r"[，,](?:如|也可以写)“[^”]*”")


def _without_sample(description: str) -> str:
    """A field's description without the built-in's sample, where the unit's usual value follows: a culture
    bureau's notice starter (and a batch row refused for leaving the field empty) read 接收单位，如“各中小学、
    幼儿园”（冒号自动加）；本单位常写“各区县文化广电和旅游局，各A级旅游景区”, a school's addressees first."""
    return _DESCRIBED_SAMPLE.sub("", description)


# What a title says besides its genre, per field that holds it: 关于（事由）的通知, 关于召开（会议名称）的通知,
# 在（会议名称）上的讲话. A title that issues or forwards a document (关于印发《……》的通知) is no 事由's shape.
# The issuer may stand before 关于 (××市文化广电和旅游局关于……的通知, GB/T 9704 §7.3.1): it is no part of the
# matter, and the mined template writes it again from 发文机关.
_ISSUER = r"(?:[^，。：；《》“”\s]{2,30}?)??"


_SUBJECT_OF_TITLE = {
    "会议名称": re.compile(
        rf"^(?:{_ISSUER}关于(?:召开|举办)(?P<meeting>.{{4,40}}?)的通知|在(?P<speech>.{{4,40}}?)上的(?:讲话|发言|致辞))$"
    ),
    "事由": re.compile(
        rf"^{_ISSUER}关于(?!印发|转发|召开)(?P<subject>[^《》]{{4,40}}?)"
        r"的(?:通知|请示|报告|函|复函|批复|通报|实施意见|意见)$"
    ),
}


def apply_own_subject(builder: TemplateBuilder, own_titles: Sequence[str]) -> None:
    """The 事由 (or 会议名称) of one of the unit's own documents as the starter's sample, in place of the
    built-in's, which is another unit's matter: a water company's notice starter offered 〔示例〕做好2025年春季学期
    中小学校园安全工作 and its speech 全县2025年教育工作会议 (ux9 walk). Only titles of documents naming the unit
    (``own_titles``): a saved web sample's matter is another unit's as the built-in's is. A sample only."""
    for name, shape in _SUBJECT_OF_TITLE.items():
        base = builder.base_field(name)
        if base is None or base.type != "text" or name in builder.fields or not base.starter:
            continue
        found = ((title, shape.match(title)) for title in _own_genre_first(builder, _kind_first(builder, own_titles)))
        subjects = ((title, next(v for v in m.groupdict().values() if v)) for title, m in found if m)
        # Quoted names (“清廉水务”) and Latin letters are one document's own: the next title is shown instead.
        title, subject = next(((t, s) for t, s in subjects if not re.search(r"[A-Za-z“”\"]", s)), ("", ""))
        if subject:
            builder.fields[name] = {"example": mark_samples(subject)}
            _kind_of_subject(builder, title)


def _own_genre_first(builder: TemplateBuilder, titles: Sequence[str]) -> list[str]:
    """``titles`` with those naming the template's own 文种 first (each group in its order): a 街道's notice starter
    offered 事由: 〔示例〕2024年第三季度安全生产检查情况, the subject of a 通报 counted among its notices, which
    drafted 关于……检查情况的通知 (ux27 walk). A title naming no 文种 of gongwen's is as good as the genre's own."""
    assert builder.base is not None
    genre = builder.base.genre
    return sorted(titles, key=lambda title: doc_type(title) not in ("", genre))


def _kind_first(builder: TemplateBuilder, titles: Sequence[str]) -> list[str]:
    """``titles`` with those of the kind the starter's 类别 shows (the unit's usual one, else the built-in's
    sample) first, each group in its order: a tax bureau's 通报 starter showed 类别: 〔示例〕表扬 above the 事由 of
    its criticism (对……分局违反工作纪律问题: no word of ``bulletin_kind`` names it), its praise being the
    second title (ux20 walk). Titles of no such kind (a notice's) keep their order."""
    base = builder.base_field("类别")
    if base is None or not base.choices:
        return list(titles)
    shown = builder.fields.get("类别", {}).get("default") or base.example
    return sorted(titles, key=lambda title: bulletin_kind(title) != shown)


def _kind_of_subject(builder: TemplateBuilder, title: str) -> None:
    """A 通报 starter's 类别 sample said as the title its 事由 sample comes from says it (``bulletin_kind``),
    where the unit has no usual 类别: a tax bureau's one 批评 and one 表扬 通报 gave the starter 类别: 〔示例〕表扬
    (the built-in's) above 事由: 〔示例〕对……分局违反工作纪律问题, a criticism (ux20 walk)."""
    base = builder.base_field("类别")
    kind = bulletin_kind(title)
    if base is None or "类别" in builder.fields or not kind or not base.choices or kind not in base.choices:
        return
    builder.fields["类别"] = {"example": mark_samples(kind)}


def own_kind_name(builder: TemplateBuilder, own_titles: Sequence[str]) -> None:
    """The unit's own name of the genre at its titles' end (……报告的审议意见), where most of its own titles
    (two at least) end on one the built-in's 文种名 does not offer but ends as they do: a county congress
    committee's 审议意见 could only be titled 意见, 实施意见 or 指导意见, and 事由 written as its titles say
    (对……报告的审议意见) drafted 关于对……报告的审议意见的意见 (ux16 walk)."""
    spec = builder.base_field("文种名")
    if spec is None or spec.type != "choice" or not spec.choices or "文种名" in builder.fields:
        return
    tails = Counter(
        tail
        for title in own_titles
        if "的" in title
        for tail in [title.rstrip("。 ").rsplit("的", 1)[1]]
        if len(tail) <= 6 and tail not in spec.choices and any(tail.endswith(c) for c in spec.choices)
    )
    if not tails:
        return
    tail, held = tails.most_common(1)[0]
    if held < USUAL_DOCUMENTS or 2 * held <= len(own_titles):
        return
    builder.fields["文种名"] = {
        "choices": [tail, *spec.choices],
        "default": tail,
        "example": tail,
        "description": f"{spec.description}；不填时用本单位标题的写法“{tail}”（{held}/{len(own_titles)} 篇本单位的文档如此）",
    }


def _usual_number(builder: TemplateBuilder, pattern: Constant) -> None:
    """The unit's usual 文号 pattern (below the bar of a default: two 函 of the unit's, 汀市监函〔{年}〕{号}号)
    as the marked sample of 发文字号, in the place and in the words of the built-in's, which is another
    unit's: the walk's letter starter offered 〔示例〕青教函〔2025〕12号 to a 市场监督管理局."""
    base = builder.base_field("发文字号")
    if base is None or "发文字号" in builder.fields or not isinstance(pattern.value, str):
        return
    year, number = _sample_number(base)
    own = pattern.value.replace("{年}", year).replace("{号}", number)
    support = f"{pattern.support}文档如此{pattern.aside}"
    example = f"“{base.example}”"
    if base.example and example in base.description:
        described = base.description.replace(example, f"“{own}”（本单位的写法：{support}）")
    else:
        described = f"{base.description}；本单位常写“{own}”这样的文号（{support}）"
    builder.fields["发文字号"] = {"example": sample(own), "description": described}


# Whom a document goes to and what it is about: fields a head-only template has no document of its genre to
# take a sample of.
WHOM_AND_WHAT = ("主送机关", "事由")


def ask_whom_and_what(builder: TemplateBuilder) -> None:
    """A head-only template's starter asks for the 主送机关 and 事由 the unit has no sample of (none of its
    documents goes the genre's way, none of its titles has the genre's shape) instead of showing the built-in's,
    another unit's: a culture bureau's 请示 starter offered 〔示例〕县教育局 and 增设青禾县第一中学科技创新实验室,
    its 函 starter 〔示例〕青禾县文化和旅游局 as the office to write to (ux12 walk)."""
    for name in WHOM_AND_WHAT:
        base = builder.base_field(name)
        if base is None or name in builder.fields or not base.starter:
            continue
        builder.fields[name] = {"example": placeholder(what_is_asked(base))}


def what_is_asked(spec: FieldSpec) -> str:
    """A field's description up to the built-in's own sample (，如“……” or its parenthesis)."""
    return re.split(r"[，,]如“|（", spec.description or spec.name, maxsplit=1)[0] or spec.name


def ask_signer(builder: TemplateBuilder) -> None:
    """An upward template (请示, 报告) that prints the unit's 红头 by default asks for the 签发人 in its starter:
    kept commented out as the built-in keeps it, a league committee's 请示 drafted as its starter came drew
    "上行文要写签发人" every time (ux18 walk). The unit's usual signer is the sample; with none, the clerk is asked
    for one rather than shown the built-in's, another unit's head."""
    if builder.base_field("签发人") is None or "default" not in builder.fields.get("发文机关标志", {}):
        return
    spec = builder.fields.setdefault("签发人", {})
    if "default" in spec:
        return
    spec["starter"] = True
    if "example" not in spec:
        spec["example"] = [placeholder("签发人姓名；不排红头时删去这一项")]


def into_field(builder: TemplateBuilder, name: str, choice: Choice, alternatives: list[str]) -> bool:
    """A mined formula without slots as the value of a built-in's own field for it (请示's 结语 and
    过渡语): its default where the built-in has one, else the starter's value; one more choice of a
    choice field. False when the built-in has no such field or the formula has slots."""
    spec = builder.base_field(name)
    if spec is None or spec.type not in ("text", "choice") or choice.phrase.slots:
        return False
    text = choice.text
    entry = builder.fields.setdefault(name, {})
    entry.update(example=text, alternatives=alternatives)
    if spec.type == "choice":
        entry["choices"] = [text, *(c for c in spec.choices if c != text)]
    if spec.default not in (None, ""):
        entry["default"] = text
        entry["description"] = f"{spec.description}；不填时用挖掘到的常用语“{text}”"
    return True


def whose(text: str, mined: Sequence[Choice]) -> str:
    """Where a letter's closing comes from, as its description says it: the walk's letters, which end on
    请于……前函复我局。 and write no formula, were told 特此函告。 and 此复。 were the unit's own."""
    return "本单位的写法" if any(choice.text == text for choice in mined) else "公文惯例"


def letters_closings(texts: Sequence[str]) -> list[str]:
    """The 去函 closing each of the unit's own letters ends on (its last line that is one, 请予函复。), for a genre
    too few to vet a formula from: "" for a letter that writes none, or answers (此复。)."""
    closings = []
    for text in texts:
        lines = [line.strip() for line in text.splitlines()]
        ends = [line for line in lines if LETTER_CLOSING.match(line) or REPLY_CLOSING.match(line)]
        closings.append(ends[-1] if ends and LETTER_CLOSING.match(ends[-1]) else "")
    return closings


# The 文号 a 批复 or 复函 quotes of what it answers, in its opening: 你街道《关于……的请示》（松街发〔2025〕14号）收悉.
_ANSWERED_NUMBER = re.compile(r"》\s*[（(](?P<number>[^（）()]{4,30})[）)]\s*收悉")


def answered_number(builder: TemplateBuilder, texts: Sequence[str]) -> None:
    """The 文号 of the 来文 (来函) a 批复 (复函) starter shows, as the unit's own answers quote those they answer:
    the latest quoted, marked as a sample. The built-in's is a school's 青一中〔2025〕4号, which a street office
    answering its 社区 was offered (ux27 walk). The 标题 is asked for, as ``_ask_for_matter`` asks it."""
    for name in ("来文", "来函"):
        spec = builder.base_field(name)
        if spec is None or spec.type != "record" or not isinstance(spec.example, dict) or name in builder.fields:
            continue
        quoted = [
            str(number)
            for text in texts
            for match in _ANSWERED_NUMBER.finditer(text)
            if (number := parse_doc_number(match.group("number"))) is not None
        ]
        if not quoted:
            continue
        example = {
            key: mark_samples(quoted[-1]) if key == "文号" else placeholder(f"{name}的{key}") for key in spec.example
        }
        builder.fields[name] = {"example": example}
