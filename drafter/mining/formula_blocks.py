"""How a mined formula is written into a template that extends a built-in: the Jinja blocks and the fields of
its opening, transition and closing (the default, the alternatives a starter offers, the customary closing of a
genre where the unit writes none of its own).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..catalog import TemplateSpec
from ..gongwen import OWN_TEMPLATES
from ..gongwen.wording import ISSUING_SENTENCE, NONE_WORDS, OWN_TRANSITION_ENDS, REPLY_CLOSING
from ..placeholders import placeholder
from .builder import EmitRecord, TemplateBuilder
from .constants import USUAL_DOCUMENTS, Constant
from .fieldvalues import into_field, letters_closings, whose
from .literal import template_literal
from .vetting import Choice

# The standard formula of a genre in 公文 practice, used only when the corpus offers no vetted one
# (the report says so): a notice opens on 现将有关事项通知如下 and closes on 特此通知; a summary sent
# up closes on 特此报告 (the closing of an upward report, 《党政机关公文处理工作条例》's 报告); a plan or
# 方案 issued for implementation closes on the clause that puts it in force. A 纪要 has no customary
# closing (it records and ends with the last decision, GB/T 9704 §10.3 gives it no 署名 either): its
# template gets a closing only when the unit's own 纪要 share one.
STANDARD = {
    "notice": {"transition": "现将有关事项通知如下：", "closing": "特此通知。"},
    "meeting_notice": {"transition": "现将有关事项通知如下：", "closing": "特此通知。"},
    "summary": {"transition": "现将有关情况总结如下：", "closing": "特此报告。"},
    "speech": {"salutation": "同志们：", "closing": "谢谢大家！"},
    "plan": {"transition": "结合实际，制定本方案。", "closing": "本方案自印发之日起实施。"},
}
# Where each fallback closing comes from, as the field's description says it to the user.
_CUSTOM = {"summary": "总结报送上级时的惯例", "plan": "方案印发实施时的惯例"}
# A summary the unit sends up (its summaries carry a 主送机关) keeps its customary closing even where the unit's
# own summaries never write it (issue 10); the clerk writes 结尾: 无 (the field says so). A summary the unit
# keeps for itself reports to no one: 特此报告。 is no closing of it, and a school's term summaries, none
# closing so, were all drafted ending on it (ux25 walk). Like a plan the unit never closes so, it takes none.
_CLOSED_WHEN_SENT = ("summary",)


def _sent_up(constants: Sequence[Constant]) -> bool:
    """Whether the genre's own documents carry a 主送机关 (a constant of theirs, not one borrowed from the unit)."""
    return any(c.field == "主送机关" and c.of and c.documents for c in constants)


def _closing_writers(genre: str, own_texts: Sequence[str]) -> int:
    return sum(STANDARD[genre]["closing"].rstrip(_END_MARKS) in text for text in own_texts)


def _leaves_out_closing(genre: str, constants: Sequence[Constant], own_texts: Sequence[str]) -> bool:
    """Whether the unit's documents of the genre do without its customary closing: none of them writes it, or,
    for a summary the unit does not send up, fewer than half (a school's one 报告 up to the city bureau, read as a
    summary too, ended on 特此报告。 and gave its three term summaries that closing, ux25 walk)."""
    writers = _closing_writers(genre, own_texts)
    if genre in _CLOSED_WHEN_SENT:
        return not _sent_up(constants) and 2 * writers < len(own_texts)
    return writers == 0


def _how_many_leave_out(genre: str, own_texts: Sequence[str]) -> str:
    return "都" if _closing_writers(genre, own_texts) == 0 else "大多"


# Marks an opening may end on before the transition joins it (a sentence or a clause).
_CLAUSE_ENDS = ("。", "，", "；", "！", "？", ".", ",", ";", "!", "?")


def _shared_clauses(literal: str) -> list[tuple[str, str]]:
    """(leading clauses, the rest) of a transition written as plain text, longest lead first:
    结合我县实际，现将有关事项通知如下： → [(结合我县实际, 现将有关事项通知如下：)]."""
    clauses = re.findall(r"[^，,]+[，,]?", literal)
    return [("".join(clauses[:k]).rstrip("，,"), "".join(clauses[k:])) for k in range(len(clauses) - 1, 0, -1)]


# How a transition's last clause opens when it can stand alone: 现将……如下：, 现就……通知如下：, 特……如下：.
_STANDING_CLAUSE = ("现将", "现就", "现把", "特将", "特就")


def _standing_alone(text: str) -> str:
    """A transition written with no opening before it: its last clause when that clause is a whole 承启语
    (结合我县实际，现将有关事项通知如下： → 现将有关事项通知如下：), else the transition as it is."""
    _, comma, last = text.rpartition("，")
    return last if comma and last.startswith(_STANDING_CLAUSE) else text


def paragraph_block(
    name: str,
    default: str,
    *,
    append: str = "",
    unless: str = "",
    literal: str = "",
    needs: str = "",
    fallback: str = "",
) -> str:
    """Paragraphs of a field, else a default line; ``append`` ends the user's own last paragraph.
    ``unless``: a field that, when given, makes the built-in write its own opening (a notice that
    印发s a document says 现将《……》印发给你们): neither the default nor ``append`` is written then.
    ``literal``: ``append`` as plain text when it has no slots, so an opening that already ends on its
    first clauses (……，结合我县实际) is not given them twice. ``needs``: the field a transition announces
    (a notice's 正文): without it neither the default nor ``append`` is written, for 现将有关事项通知如下：
    over nothing (a 周知 notice of one paragraph, a batch row with its 正文 cell empty) went straight on to
    特此通知。. ``fallback``: what is written in place of an ``append`` and ``default`` whose gap the facts leave
    unfilled (the genre's customary transition)."""
    guard = (f"not {unless} and " if unless else "") + (f"{needs} and " if needs else "")
    # 导语: 无 (as 结尾: 无 switches the closing off) is no opening of the clerk's own: it drafted 无，结合我县实际，
    # 现将有关事项通知如下：. What is written is what a deleted item writes.
    lines = ["{% if " + _says_something(name) + " %}", "{% for paragraph in " + name + " %}"]
    if append:
        # An opening written without a mark at its end (……结合我县实际) takes a comma before the transition:
        # a walk's notice read ……结合我县实际现将有关事项通知如下：.
        joined = "{{ paragraph }}{% if not paragraph.endswith(" + repr(_CLAUSE_ENDS) + ") %}，{% endif %}" + append
        if "{%" in append:
            # A transition with a gap is written only where the facts fill it (现将第{{ 数量 }}轮……通知如下：): the
            # comma before it was written all the same, and the 导语 ended ……工作， on the line before 一、. Unfilled,
            # the clerk's opening takes the genre's customary transition, or else ends as a sentence.
            comma = "{% if not paragraph.endswith(" + repr(_CLAUSE_ENDS) + ") %}，{% endif %}"
            joined = (
                "{% set tail %}"
                + append
                + "{% endset %}{% if tail | trim %}{{ paragraph }}"
                + comma
                + "{{ tail | trim }}"
                + (
                    "{% else %}{{ paragraph }}" + comma + template_literal(fallback)
                    if fallback
                    else "{% else %}{{ paragraph | 句号 }}"
                )
                + "{% endif %}"
            )
        # The unit writes its transition's first clause in its opening too (为……，结合我县实际，现将……): a clerk
        # who does the same got 结合我县实际，结合我县实际，现将……; the clauses the opening ends on are not repeated.
        cases = _shared_clauses(literal)
        if cases:
            joined = (
                "{% set bare = paragraph.rstrip('，,。') %}"
                + "".join(
                    ("{% if " if n == 0 else "{% elif ")
                    + f"bare.endswith({lead!r}) %}}{{{{ bare }}}}，"
                    + template_literal(rest)
                    for n, (lead, rest) in enumerate(cases)
                )
                + "{% else %}"
                + joined
                + "{% endif %}"
            )
        # An opening that ends on a transition of the clerk's own (……，现就有关工作通知如下。, its colon typed as a
        # full stop) takes no second one: a walk's notice read ……通知如下。现将有关事项通知如下：. It ends on
        # the colon a transition ends on.
        own = "paragraph.rstrip('。.，,；; ')"
        lines.append(
            "{% if loop.last and "
            + guard
            + "not paragraph.endswith(('：', ':')) and "
            + own
            + f".endswith({OWN_TRANSITION_ENDS!r}) %}}{{{{ "
            + own
            + " }}：{% elif loop.last and "
            + guard
            + "not paragraph.endswith(('：', ':')) %}"
            + joined
            # the last paragraph with no transition after it (no 正文) ends as a sentence (为防范危化品事故 → ……。)
            + "{% else %}{{ (paragraph | 句号) if loop.last else paragraph }}{% endif %}"
        )
    else:
        lines.append("{{ (paragraph | 句号) if loop.last else paragraph }}")
    lines.append("{% endfor %}")
    if default:
        condition = " and ".join(([f"not {unless}"] if unless else []) + ([needs] if needs else []))
        if fallback and "{%" in default:
            default = "{% set tail %}" + default + "{% endset %}{{ tail | trim or " + repr(fallback) + " }}"
        lines += ["{% elif " + condition + " %}" if condition else "{% else %}", default]
    lines.append("{% endif %}")
    return "\n".join(lines) + "\n"


# What a clerk writes for no closing paragraph at all (结尾: 无, gongwen's NONE_WORDS) leaves the mined default out
# too. An empty list (结尾: []) says the same; a field left out or blank takes the default. Written as the
# closing paragraph itself, 否 ended a notice on a line that said 否.
_END_MARKS = "。.！!；;，,"


def _says_something(name: str) -> str:
    """The Jinja test that ``name`` (a paragraphs field) says something: not [] nor one of NONE_WORDS."""
    words = "(" + ", ".join(repr(word) for word in NONE_WORDS) + ")"
    return f"{name} and not ({name} | length == 1 and {name}[0].rstrip({_END_MARKS!r}) in {words})"


def closing_block(name: str, default: str, *, when: str = "") -> str:
    """A closing field's paragraphs; ``default`` (under the condition ``when``) when it is not given; nothing
    when it says 无. The last paragraph the clerk writes is closed with its mark (句号), as the mined opening's
    last is: 结尾: 请各单位认真抓好落实 was printed without its full stop, above 特此通知。"""
    lines = ["{% if " + name + " is none %}"]
    if default:
        lines += ["{% if " + when + " %}", default, "{% endif %}"] if when else [default]
    lines += ["{% elif " + _says_something(name) + " %}", "{% for paragraph in " + name + " %}"]
    lines += ["{{ (paragraph | 句号) if loop.last else paragraph }}"]
    lines += ["{% endfor %}", "{% endif %}"]
    return "\n".join(lines) + "\n"


# A built-in intro that writes its own opening sentence when this field is given (the notice that
# 印发s or 转发s a document): the mined opening steps aside then, and the rest of that intro is kept.
_OWN_OPENING = {"notice": "印发文件"}
# The field a built-in's transition announces (现将有关事项通知如下： over a notice's 正文): no transition without it.
_ANNOUNCED = {"notice": "正文"}


def base_file(base: TemplateSpec, name: str) -> str:
    """A file of the built-in template a mined one extends ("" when it has none)."""
    path = base.path / name
    return path.read_text(encoding="utf-8") if path.is_file() else ""


# A built-in intro that writes a 导语 by itself, nothing of its own after it (an 意见's; a 报告's appends its
# 现将……报告如下：, which a mined transition would repeat).
# Matched loosely: how the loop prints each paragraph (a full stop added to the last) is the built-in's own.
_BARE_OPENING = re.compile(r"\{% for paragraph in 导语 %\}\n\{\{[^\n]*\}\}\n\{% endfor %\}\n\{% else %\}")


def _mined_intro(base: TemplateSpec, field_name: str, block: str) -> str:
    """The intro file of a mined template: the mined block in place of the built-in intro's loop over
    its opening paragraphs, so whatever else the built-in intro writes stays (else the block alone)."""
    # (the built-ins' loop ends its last paragraph as a sentence: templates/notice, bulletin, report intro.j2)
    loop = (
        "{% for paragraph in "
        + field_name
        + " or [] %}\n{{ (paragraph | 句号) if loop.last else paragraph }}\n{% endfor %}\n"
    )
    text = base_file(base, "intro.j2")
    return text.replace(loop, block, 1) if loop in text else block


# A notice's built-in signs off with 特此通知。 itself (for notices that 布置 or 周知). A unit's own closing
# is the line it writes before that: 请各单位高度重视，认真抓好落实。 ends most notices an office sends, and
# had no place in the mined template (a walk's bureau wrote it in 4 of 5 notices and never saw it offered).
_SIGN_OFF = "特此通知"
_SIGN_OFF_LINE = "{% if closing %}\n特此通知。"


def _notice_closing(
    builder: TemplateBuilder, chosen: Choice | None, alternatives: Sequence[Choice], emitted: EmitRecord
) -> bool:
    """The unit's vetted closing line other than 特此通知 as the default of a new 结尾, written before the
    built-in's 特此通知。 in a notice that 布置s or 周知s (also when 特此通知: 否 leaves that out: the request
    stands by itself), not in one that 印发s or 转发s a document (its 贯彻要求 asks for the same). False when
    there is none or the built-in's closing is not the one known."""
    assert builder.base is not None
    own = [c for c in (chosen, *alternatives) if c is not None and _SIGN_OFF not in c.text]
    line = next((c for c in own if c.vetted), None)
    text = base_file(builder.base, "closing.j2")
    if _SIGN_OFF_LINE not in text or builder.has("结尾"):
        return False
    if line is None:
        # None is vetted for a default (two source groups, not three), but the unit's own closing requests are
        # still offered, commented out, as other genres' 结尾 are: without a 结尾 field they had nowhere to go,
        # and the ux23 walk's 街道, closing two notices on 请各社区、各科室高度重视，认真抓好落实。, found it
        # nowhere in its notice starter. Nothing is written unless the clerk writes it.
        if own:
            block = closing_block("结尾", "")
            builder.files["closing.j2"] = text.replace(_SIGN_OFF_LINE, block + _SIGN_OFF_LINE, 1)
            builder.fields["结尾"] = {
                "type": "paragraphs",
                "description": "正文之后、“特此通知。”之前的一段（如提要求的一句）；不填时不写",
                "starter": False,
                "example": "",
                "alternatives": [c.text for c in own],
            }
        return False
    block = closing_block("结尾", builder.formula(line), when="类别 in ('布置', '周知')")
    builder.files["closing.j2"] = text.replace(_SIGN_OFF_LINE, block + _SIGN_OFF_LINE, 1)
    builder.fields["结尾"] = {
        "type": "paragraphs",
        "description": f"正文之后、“特此通知。”之前的一段；不填时用挖掘到的常用结尾“{line.text}”"
        "（印发、转发文件的通知不写，那里由“贯彻要求”提要求）；不要这一段时写“结尾: 无”",
        "starter": False,
        "example": "",
        "alternatives": [c.text for c in own if c is not line and not _cut_from(c, line)],
    }
    emitted.closing = line.text + STANDARD["notice"]["closing"]
    emitted.placed.append("closing")
    return True


def _opened_before(texts: Sequence[str], transition: str) -> bool:
    """Whether most of the documents writing ``transition`` write words of their own before it in its
    paragraph (an opening), rather than opening on it."""
    found = [line.find(transition) for text in texts for line in text.split("\n") if transition in line]
    return 2 * sum(1 for at in found if at > 0) > len(found)


def _opening_prompt(genre: str, transition: str) -> list[str]:
    """The starter's opening of a mined template: the user's own, asked for (the built-in's sample is
    another unit's words: a walk's culture bureau was offered a school term's campus safety)."""
    what = "，写为什么发这份通知、依据什么" if genre == "notice" else ""
    then = f"，之后自动接“{transition}”" if transition else ""
    return [placeholder(f"开头一段{what}{then}；不要开头时删去这一项")]


def formula_alternatives(choices: Sequence[Choice], chosen: Choice | None) -> list[str]:
    return [c.text for c in choices if chosen is None or (c.text != chosen.text and not _cut_from(c, chosen))]


def _issuing(choice: Choice) -> bool:
    """Whether every source of an opening is the sentence issuing a document (现将《……》印发给你们，请……认真组织
    实施。), which the built-in notice writes itself: offered as another 导语, its 请……认真组织实施。 opened a
    布置 notice before 现将有关事项通知如下： (ux24 walk)."""
    examples = choice.phrase.examples
    return bool(examples) and all(ISSUING_SENTENCE.search(sentence) for sentence, _ in examples)


def _cut_from(part: Choice, whole: Choice) -> bool:
    """Whether ``part`` is a piece of the ``whole`` formula its every source writes whole: the notice starter
    offered 结尾: [精心组织，确保活动取得实效。] beside the default 请各级团组织高度重视，精心组织，确保活动取得实效。,
    the same sentence cut short, which no notice writes alone (ux18 walk). A piece some source writes by itself
    is a way of closing of its own and stays offered."""
    examples = part.phrase.examples
    return part.text in whole.text and bool(examples) and all(whole.text in sentence for sentence, _ in examples)


def _letter_closing(
    builder: TemplateBuilder,
    closing: Choice | None,
    alternatives: Sequence[Choice],
    emitted: EmitRecord,
    few: Sequence[str] | None = None,
) -> None:
    """A 函's 结语 follows its 类别: the unit's 去函 closing, or its 复函 closing (the built-in's where the unit
    has none). The starter leaves 结语 out, so that turning its 去函 into a 复函 (类别: 复函, 来函) changes the
    closing too: the starter's 结语: 特此函告。 closed a walk's 复函 with the 去函's words. Which kind a mined
    closing is, is told by its words (REPLY_CLOSING), not by which kind the unit writes more often.
    ``few``: the unit's own letters where they are too few to vet a formula from (a head-only template): the
    closing every one of them writes (a 函 closing gongwen knows) is the 去函's, and those they write each their
    own are offered (a street office's two letters closed 请予函复。, and its template 特此函告。, ux27 walk)."""
    plain = [c for c in ([closing] if closing else []) + list(alternatives) if not c.phrase.slots]
    outgoing = next((c.text for c in plain if not REPLY_CLOSING.match(c.text)), "特此函告。")
    reply = next((c.text for c in plain if REPLY_CLOSING.match(c.text)), "此复。")
    unit = [text for text in letters_closings(few or ()) if text]
    everyone = len(unit) >= USUAL_DOCUMENTS and len(unit) == len(few or ()) and len(set(unit)) == 1
    if closing is None and everyone:
        outgoing = unit[0]
    offered = [text for text in dict.fromkeys([*(c.text for c in plain), *unit]) if text not in (outgoing, reply)]
    if closing is not None and closing.text in (outgoing, reply):
        emitted.placed.append("closing")
    elif closing is None and everyone:
        emitted.closing = outgoing
        emitted.placed.append("closing")
    else:
        emitted.closing = ""
    builder.files["closing.j2"] = (
        "{% import '_gongwen.j2' as g with context %}\n"
        f"{{{{ 结语 or ({json.dumps(reply, ensure_ascii=False)} if 类别 == '复函' "
        f"else {json.dumps(outgoing, ensure_ascii=False)}) }}}}\n"
        "{{ g.attachment_note() }}\n"
    )
    spec = builder.base_field("结语")
    # The built-in's closings, where it lists them, and the unit's, which it may not.
    choices = {"choices": list(dict.fromkeys([outgoing, reply, *spec.choices]))} if spec and spec.choices else {}
    builder.fields["结语"] = {
        **builder.fields.get("结语", {}),
        "example": outgoing,
        "starter": False,
        **choices,
        "alternatives": offered,
        "description": f"函的结尾；不填时去函写“{outgoing}”"
        f"（{f'本单位的写法：{len(unit)}/{len(unit)} 篇函如此' if everyone and outgoing == unit[0] else whose(outgoing, plain)}），"
        f"复函写“{reply}”（{whose(reply, plain)}）",
    }


def opening_formulae(
    builder: TemplateBuilder,
    choices: dict[str, tuple[Choice | None, list[Choice]]],
    texts: Sequence[str],
    emitted: EmitRecord,
) -> None:
    """The unit's opening and transition formulae: the 导语's default and the intro that writes it, or the
    built-in's own transition field; the other good candidates as alternatives."""
    base = builder.base
    assert base is not None
    genre = builder.genre
    opening, opening_alts = choices["opening"]
    transition, transition_alts = choices["transition"]
    intro_field = "导语" if builder.has("导语") else ("开场" if builder.has("开场") else "")
    # A statutory genre's built-in writes its own transition from the facts (现将……请示如下：, ……收悉。):
    # the mined ones are offered as alternatives and never replace that logic.
    own = base.name in OWN_TEMPLATES
    # A statutory genre whose built-in has no 过渡语 field (an 意见 writes 为……，根据……，提出如下意见。 from its
    # 目的 and 依据) still takes the unit's transition after a 导语 the unit writes before it: a congress
    # committee's 审议意见 (……听取和审议了……的报告。……现将审议意见交办如下：) were drafted with the built-in's
    # 提出如下意见。 and a starter asking for 目的 and 依据 they never write (ux16 walk).
    appended = False
    if own:
        emitted.opening = ""
        if transition and into_field(builder, "过渡语", transition, []):
            emitted.placed.append("transition")
        elif (
            transition
            and intro_field == "导语"
            and builder.base_field("过渡语") is None
            and _BARE_OPENING.search(base_file(base, "intro.j2"))
            and not transition.phrase.slots
            and _opened_before(texts, transition.text)
        ):
            appended, opening = True, None
        else:
            emitted.transition = ""
    if (
        intro_field
        and (opening or transition)
        and (not own or appended)
        and genre not in ("meeting_notice", "plan", "meeting_report")
    ):
        # No 导语 written: a transition opens the document by itself, so the clause that joins it to an opening
        # (结合我县实际，现将有关事项通知如下：) is left out where its last clause stands alone.
        alone = _standing_alone(transition.text) if transition and not opening and not transition.phrase.slots else None
        default = (builder.formula(opening) if opening else "") + (
            template_literal(alone) if alone is not None else builder.formula(transition) if transition else ""
        )
        append = builder.formula(transition) if transition else ""
        intro_name = next((s.name for s in base.sections if s.name in ("intro", "opening")), "intro")
        first = opening or transition
        if intro_name == "intro" and first is not None:
            unless = _OWN_OPENING.get(base.name, "")
            unless = unless if builder.has(unless) else ""
            literal = transition.text if transition is not None and not transition.phrase.slots else ""
            needs = _ANNOUNCED.get(base.name, "")
            # A transition with a gap left unfilled gives way to the genre's customary one (a notice's 现将有关事项通知如下：).
            fallback = STANDARD.get(genre, {}).get("transition", "") if transition and transition.phrase.slots else ""
            block = paragraph_block(
                intro_field, default, append=append, unless=unless, literal=literal, needs=needs, fallback=fallback
            )
            builder.files["intro.j2"] = _mined_intro(base, intro_field, block)
            if appended:
                # Only a 导语 takes the transition: with none, the built-in's sentence from 目的 and 依据 stays.
                text = base_file(base, "intro.j2")
                builder.files["intro.j2"] = _BARE_OPENING.sub(lambda _: block + "{% else %}", text, count=1)
            emitted.placed.extend(
                place for place, chosen in (("opening", opening), ("transition", transition)) if chosen
            )
            builder.fields[intro_field] = {
                **builder.fields.get(intro_field, {}),
                "required": False,
                "description": f"开头一段；不填时用挖掘到的常用开头“{alone or first.text}”"
                + (f"，自己写的开头会接上“{transition.text}”" if transition else ""),
                "example": _opening_prompt(genre, transition.text if transition else ""),
            }
            if transition is not None and not opening and _opened_before(texts, transition.text):
                # The unit writes its own opening before the transition (2024年，在市委、市政府的坚强领导
                # 下，……。现将有关情况总结如下：): a summary drafted from a starter that left 导语 commented out
                # began bare on the transition under its 主送机关. The starter asks for it, as a notice's does.
                builder.fields[intro_field]["starter"] = True
    elif intro_field and genre == "notice" and not opening and not transition and not own:
        # No formula of the unit's own opens its notices: the genre's customary transition does (公文惯例, as
        # README promises), written and appended as a mined one would be. A walk's 街道 notices had none
        # vetted, and a notice drafted without 导语 went straight from its 主送 to 一、.
        text = STANDARD["notice"]["transition"]
        unless = _OWN_OPENING.get(base.name, "")
        unless = unless if builder.has(unless) else ""
        block = paragraph_block(intro_field, text, append=text, unless=unless, literal=text, needs="正文")
        builder.files["intro.j2"] = _mined_intro(base, intro_field, block)
        emitted.transition = text
        emitted.standard.append("transition")
        builder.fields[intro_field] = {
            **builder.fields.get(intro_field, {}),
            "required": False,
            "description": f"开头一段；不填时用公文惯例“{text}”，自己写的开头会接上这句过渡语",
            "example": _opening_prompt(genre, text),
        }
    if intro_field:
        if _OWN_OPENING.get(base.name):
            opening_alts = [c for c in opening_alts if not _issuing(c)]
        alternatives = formula_alternatives(opening_alts + transition_alts, opening or transition)
        if alternatives:
            builder.fields.setdefault(intro_field, {})["alternatives"] = alternatives


def closing_formulae(
    builder: TemplateBuilder,
    choices: dict[str, tuple[Choice | None, list[Choice]]],
    constants: Sequence[Constant],
    own_texts: Sequence[str],
    letter_texts: Sequence[str] | None,
    emitted: EmitRecord,
) -> list[dict[str, str]]:
    """The closing formula (a speech's salutation too) as the genre closes: the sections it adds before the
    署名 (a 结尾), returned."""
    base = builder.base
    assert base is not None
    genre = builder.genre
    closing, closing_alts = choices["closing"]
    salutation, _ = choices["salutation"]
    own = base.name in OWN_TEMPLATES
    extra: list[dict[str, str]] = []
    if genre == "speech":
        greeting = (
            salutation.phrase.skeleton.rstrip("：:") if salutation else STANDARD["speech"]["salutation"].rstrip("：")
        )
        (emitted.placed if salutation else emitted.standard).append("salutation")
        emitted.salutation = greeting
        # The starter's line to uncomment shows the default, not the built-in's 同志们: a league secretary's
        # 同志们、青年朋友们 was the default, and the line under its description offered 同志们 (ux18 walk).
        builder.fields["称呼"] = {
            "default": greeting,
            "example": greeting,
            "description": f"开头的称呼，默认“{greeting}”（冒号自动加）",
        }
        mined_closing = closing is not None and not closing.phrase.slots
        text = closing.text if closing is not None and mined_closing else STANDARD["speech"]["closing"]
        (emitted.placed if mined_closing else emitted.standard).append("closing")
        emitted.closing = text
        # The speaker's own closing paragraph is followed by the formula, unless it already ends with it (its
        # last mark aside: 谢谢大家 was followed by 谢谢大家！). 结束语: 无, as the 结尾 of other mined
        # templates is switched off, writes no paragraph (it was a paragraph that said 无).
        bare = text.rstrip(_END_MARKS)
        # The last paragraph ends as a sentence does (a closing typed 祝……健康成长 stood open above 谢谢大家！), one
        # ending on the formula with the formula's own mark (……谢谢大家 → ……谢谢大家！).
        marks = repr(_END_MARKS)
        closing_line = (
            "(paragraph.rstrip(" + marks + ") ~ '" + text[len(bare) :] + "') if paragraph.rstrip(" + marks + ")"
            ".endswith('" + bare + "') else (paragraph | 句号)"
        )
        builder.files["closing.j2"] = (
            "{% if " + _says_something("结束语") + " %}\n"
            "{% for paragraph in 结束语 %}\n{{ (" + closing_line + ") if loop.last else paragraph }}\n"
            "{% endfor %}\n{% endif %}\n"
            "{% if not (" + _says_something("结束语") + " and 结束语[-1].rstrip(" + repr(_END_MARKS) + ")"
            ".endswith('" + bare + "')) %}\n" + text + "\n{% endif %}\n"
        )
        base_closing = builder.base_field("结束语")
        builder.fields["结束语"] = {
            **builder.fields.get("结束语", {}),
            "default": [],
            "example": [placeholder("结尾一段，如号召和祝愿（不要时删去这一项）")] if base_closing else "",
            "description": f"结尾一段（如号召和祝愿），后面自动接“{text}”",
            "alternatives": formula_alternatives(closing_alts, closing),
        }
    elif genre in ("summary", "plan", "meeting_report") and closing:
        emitted.placed.append("closing")
        builder.files["closing.j2"] = closing_block("结尾", builder.formula(closing))
        builder.fields["结尾"] = {
            "type": "paragraphs",
            "description": f"结尾一段；不填时用挖掘到的常用结尾“{closing.text}”，不要结尾时写“结尾: 无”",
            "starter": False,
            "example": "",
            "alternatives": formula_alternatives(closing_alts, closing),
        }
        extra.append({"name": "closing", "title": "结尾"})
    elif genre == "notice" and not own:
        _notice_closing(builder, closing, closing_alts, emitted)
    elif base.name == "letter":
        _letter_closing(builder, closing, closing_alts, emitted, letter_texts)
    elif own:
        if closing and into_field(builder, "结语", closing, formula_alternatives(closing_alts, closing)):
            emitted.placed.append("closing")
        else:
            emitted.closing = ""
    elif genre in _CUSTOM and own_texts and _leaves_out_closing(genre, constants, own_texts):
        # None of the unit's documents of the genre writes the customary closing: a mined template writes
        # like the unit and adds none (the built-in writes none either). A walk's plans were drafted ending on
        # 本方案自印发之日起实施。, which none of them wrote. It stays a choice for the clerk.
        text = STANDARD[genre]["closing"]
        builder.files["closing.j2"] = closing_block("结尾", "")
        builder.fields["结尾"] = {
            "type": "paragraphs",
            "description": f"结尾一段；本单位的{base.title}{_how_many_leave_out(genre, own_texts)}不写“{text}”这样的结尾，"
            f"不填时不写；需要时写“结尾: {text}”",
            "starter": False,
            "example": "",
            "alternatives": formula_alternatives(closing_alts, None),
        }
        extra.append({"name": "closing", "title": "结尾"})
    elif genre in _CUSTOM:
        text = STANDARD[genre]["closing"]
        emitted.closing, emitted.standard = text, [*emitted.standard, "closing"]
        builder.files["closing.j2"] = closing_block("结尾", text)
        builder.fields["结尾"] = {
            "type": "paragraphs",
            "description": f"结尾一段；不填时用“{text}”（{_CUSTOM[genre]}），不要结尾时写“结尾: 无”",
            "starter": False,
            "example": "",
            "alternatives": formula_alternatives(closing_alts, None),
        }
        extra.append({"name": "closing", "title": "结尾"})
    return extra
