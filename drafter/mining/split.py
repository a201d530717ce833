"""Splitting a file into documents.

Signals, strongest first: explicit separators (第一篇：, 【第1篇】); a document's closing lines (印发,
a date under a signature) followed by a new title; a title naming a genre (……的通知, ……实施方案);
and top-level numbering that starts again at 一、 — with the opening paragraph before it.
"""

from __future__ import annotations

import re

from ..chinese import unspaced
from ..gongwen import (
    MINUTES_ATTENDANCE_OPENS,
    ORGANISATION_END,
    is_date_line,
)
from ..numbering import read_marker
from ..patterns import lazy
from .candidates import heading_candidate
from .classify import REPORTS_GATHERING
from .furniture import SEPARATOR_OPENS, numbered_separators
from .heads import (
    ATTACHMENT,
    BUTTONS,
    BYLINE_LONGEST,
    CLOSING,
    CLOSING_OPENS,
    CLOSING_PARAGRAPH,
    FORM,
    GENRE_WORDS,
    ISSUER_MARK,
    TITLE_END,
    TITLE_LAST,
    bare_issuer,
    embedded_title,
    ends_text,
    has_genre_word,
    head_start,
    heads_above,
    is_addressee,
    is_attendance,
    is_back_matter,
    is_byline,
    is_head_mark,
    is_imprint,
    is_iso_date,
    is_issue_number,
    is_issue_period,
    is_issuing_line,
    is_page_row,
    is_rule,
    is_salutation,
    is_title_like,
    issuer_over_title,
    label_only,
    later_section,
    names_attachment,
    separator_title,
    title_block,
    title_over_furniture,
    undecorated,
    under_speech_title,
)
from .linear import BODY, HEAD, OUT, START, Binary, Sequencer
from .mend import (
    SENTENCE_STOP,
    drop_page_head,
    join_bare_separators,
    keep_attached_forms,
    keep_issue_items,
    keep_notes,
    merge_stray_sentences,
    title_opened_above,
)
from .model import Line, Span
from .prefilter import has_sentence_mark
from .wrapped import FIELD_ROW


def _closed_then_titled(lines: tuple[Line, ...], rules: dict[int, str]) -> list[int]:
    """Starts found after closing lines whose line above is a closing formula and whose title names a genre."""
    found = []
    for index, rule in rules.items():
        if rule != "closing" or not index:
            continue
        above = lines[index - 1].text.strip()
        if above[:1] in CLOSING_OPENS and CLOSING.match(above):
            title = title_block(lines, index, len(lines)).title
            if title and TITLE_END.search(lines[title[-1]].text.strip()):
                found.append(index)
    return found


def _signed_then_titled(lines: tuple[Line, ...]) -> list[int]:
    """Titles naming their genre right under a signature (the unit's name, then the date it signed on), over the
    text they head: the next document (an issued 方案 under its cover notice, one record after another) as
    plainly as under a ruled line, with or without a blank line between them (not as the shipped model was
    trained). Not the title of what a 纪要 or 简报 issue holds, under its 期号 and issuing line."""
    found = []
    # Under a date line only (most lines end otherwise; a line's text ends on no space).
    dated = [index for index in range(2, len(lines) - 1) if lines[index - 1].text[-1:] == "日"]
    for index in dated:
        text = lines[index].text
        if text[-1:] not in TITLE_LAST or lines[index].inline:
            continue
        text = text.strip()
        if not TITLE_END.search(text) or not is_title_like(text):
            continue
        date = lines[index - 1].text.strip()
        if not is_date_line(date) or date.endswith("印发"):
            continue
        signer = date if not date[:1].isdigit() else lines[index - 2].text.strip()
        if not bare_issuer(signer.split()[0] if signer.split() else ""):
            continue
        if any(is_issue_number(lines[k].text.strip()) for k in range(max(0, index - 5), index)):
            continue
        if is_title_like(lines[index + 1].text):
            continue  # a title over more head lines, or a list of names: not plainly a document's start
        found.append(index)
    return found


def model_starts(
    lines: tuple[Line, ...],
    model: Sequencer,
    *,
    flattened: bool = False,
    starts_model: Binary | None = None,
    common: frozenset[str] = frozenset(),
    numbered: dict[int, str] | None = None,
) -> tuple[list[tuple[int, int]], list[int], dict[int, str]]:
    """(start, end) of every document the learned segmenter finds; furniture between them is left out.
    ``numbered``: separator lines in unlisted words (``numbered_separators``), taken as separators. With the spans,
    the lines' labels and the rules' starts: what later steps weigh spans by."""
    from .features import NO_START, segment_parts, segment_rows

    rules = rule_starts(lines)
    rules.update((index, "separator") for index in numbered or {} if rules.get(index) != "separator")
    # A title naming its genre right under a closing formula (谢谢大家！, 特此通知。) is as plain a boundary as a
    # ruled line (not as the shipped model was trained).
    rules.update((index, "ruled") for index in _closed_then_titled(lines, rules))
    rules.update((index, "ruled") for index in _signed_then_titled(lines) if rules.get(index) in (None, "closing"))
    labels = (
        model.decode_parts(segment_parts(lines, rules, flattened=flattened)) if model.features else [BODY] * len(lines)
    )
    if starts_model is not None and starts_model.features:
        rows = segment_rows(lines, rules, flattened=flattened)
        # Starts decided line by line (a document begins where the evidence on both sides says so).
        chosen = [0]
        for i in range(1, len(rows)):
            if rows[i][0] != NO_START and starts_model.score(rows[i]) > 0 and i - chosen[-1] > 1:
                chosen.append(i)
        chosen_set = set(chosen)
        labels = [START if i in chosen_set else (label if label != START else BODY) for i, label in enumerate(labels)]
    starts = sorted({i for i, label in enumerate(labels) if label == START})
    if flattened:
        starts = sorted({*starts, *_record_starts(lines)})
    starts = _place_across_furniture(lines, labels, starts, rules, common)
    # A document does not begin with a page's byline (fields and a numeric date, in whatever words; a blurb
    # may have run into it): it opens with the title right above the byline when that title speaks of the
    # text below, else on the line below (not as the shipped model was trained).
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if rules.get(start) is not None or not is_byline(lines[start].text):
            continue
        if stop - start < 2:
            # a byline alone above a document is no document of its own (a dump's one-line record is, dated)
            if k + 1 < len(starts) and len(lines[start].text) <= BYLINE_LONGEST:
                labels[start] = OUT
                starts[k] = -1
            continue
        labels[start] = OUT
        above = start - 1
        if (
            above > (starts[k - 1] if k else -1)
            and labels[above] == OUT
            and title_over_furniture(lines[above].text)
            and (_cohesion(lines[above].text, _text_below(lines, labels, start + 1, stop), common) or 0.0) >= _COHESION
        ):
            labels[above] = START
            starts[k] = above
        else:
            starts[k] = start + 1
    starts = [start for start in starts if start >= 0]
    # An untitled document that opens by addressing its readers (各位领导、同志们：) on a line of its own, under
    # the last line of another document (the text since the last start is a document's, more than a title,
    # a byline and a blurb; no title of its own right above it): the salutation opens it (not as the shipped
    # model was trained).
    taken = set(starts)
    for i in range(1, len(lines)):
        last = lines[i].text.rstrip()[-1:]
        if last and last not in "：:":
            continue  # both kinds of line end in a colon; most lines of a page end otherwise (asked of every line)
        if i in taken or rules.get(i) is not None:
            continue
        # A 主送 line in words no list holds (县人民政府：, 各成员单位：) opens one too: a line of its own, under a
        # line that ends a sentence or a date (not under a form's labels: 职业： over 公司或学校：) and over
        # the text it addresses.
        if not is_salutation(lines[i].text) and not (
            not lines[i].inline
            and i + 1 < len(lines)
            and i + 1 not in taken
            and is_addressee(lines[i].text)
            and ends_text(lines[i - 1].text)
        ):
            continue
        last_start = max((s for s in starts if s < i), default=0)
        # (a 版记's 印发 line, ……办公室  2026年1月21日印发, closes the document above, however it was read: it is
        # shaped like a title, and a start may have been put on the attachment above it)
        if is_back_matter(lines[i - 1].text) or (
            not is_title_like(lines[i - 1].text)
            and labels[i - 1] != OUT
            and sum(len(line.text) for line in lines[last_start:i]) >= _BODY_ABOVE
        ):
            starts.append(i)
            labels[i] = START
    starts.sort()
    starts = _echoed(lines, labels, starts, rules)
    # A document begins with its title or its first section, never with its second (二、 （三） 4.).
    starts = [s for s in starts if s == 0 or rules.get(s) in _SEPARATING or not later_section(lines[s].text)]
    # Nor with its 版记 (抄送：, 主题词：, ……印发): those lines close the document above them.
    starts = [s for s in starts if s == 0 or not is_back_matter(lines[s].text)]
    # Nor with its 附件说明 (附件：……方案, 附件：1.……) or a link to a file (……清单.xlsx): the document above lists
    # what goes with it (NOTES: attachments stay inside the span of the document they belong to).
    starts = [s for s in starts if s == 0 or not names_attachment(lines[s].text)]
    for mark in _letterheads(lines):
        before = [start for start in starts if start <= mark]
        # Only a letterhead below some content of the document before it opens a new one (a 份号 or
        # 紧急程度 above the first 红头 is the same document's head).
        if mark not in starts and (not before or any(not is_head_mark(line.text) for line in lines[before[-1] : mark])):
            starts = sorted({*starts, mark})
    # A 版头 (……文件, 发文字号, 份号, 密级) above a title belongs to that document, however the model
    # placed the start (LABELS.md: the 版头 is inside the span).
    starts = [head_start(lines, start, starts[k - 1] if k else -1) for k, start in enumerate(starts)]
    # A page's copy may put the title over its 发文字号 (……的通知 | 青人社发〔2026〕11号): the document opens with
    # that title, however the model read it (not as trained).
    starts = [_title_over_number(lines, start, starts[k - 1] if k else -1) for k, start in enumerate(starts)]
    # So is a 纪要's or 简报's head (标志, 期号, issuing line) above the title of what the issue holds; a start
    # the model put on that head's first line and another on the title are one document (not as trained).
    starts = sorted({_issue_head_start(lines, start, starts[k - 1] if k else 0) for k, start in enumerate(starts)})
    if starts and starts[0] == 1 and lines[0].number == 1 and issuer_over_title(lines, 0, len(lines)):
        # A page opening on the unit's name alone over a title (a 社区居委会's or 村委会's 红头, printed without
        # 文件) opens with its document: the name was left outside it (LABELS.md: the 版头 is inside the span).
        starts[0] = 0
    # A "document" that is only a 版头 is the head of the one after it.
    starts = [start for k, start in enumerate(starts) if k == 0 or not _bare_head(lines, labels, starts[k - 1], start)]
    spans = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        while end > start + 1 and labels[end - 1] == OUT:
            end -= 1
        spans.append((start, end))
    return spans, labels, rules


def _sentenced(
    lines: tuple[Line, ...],
    labels: list[int],
    spans: list[tuple[int, int]],
    rules: dict[int, str],
    common: frozenset[str],
) -> list[tuple[int, int]]:
    """Lines without one sentence among them are no document of their own (not as the shipped model was trained):
    a title and its speaker or byline over the text they head, split from it, open that text's document; any
    other such lines (a page's title over its table of contents, the last links of a list over the page's foot)
    belong to no document."""
    kept: list[tuple[int, int]] = []
    pending = -1  # the start of a title block waiting for the text it heads
    for k, (start, end) in enumerate(spans):
        if pending >= 0:
            start, pending = pending, -1
        elif rules.get(start) not in _SEPARATING and not _holds_sentence(
            lines, start, spans[k + 1][0] if k + 1 < len(spans) else len(lines)
        ):
            if k + 1 < len(spans) and spans[k + 1][0] - end <= 1:
                following, stop = spans[k + 1]
                # the text, not its title: a collection's title names the genres of the titles under it
                below = _text_below(lines, labels, following + is_title_like(lines[following].text), stop)
                if (_cohesion(lines[start].text, below, common) or 0.0) >= _COHESION:
                    pending = start
            continue
        kept.append((start, end))
    return kept or spans


def _holds_sentence(lines: tuple[Line, ...], start: int, end: int) -> bool:
    """Whether a sentence ends somewhere in these lines (in Chinese marks, or an English sentence's full stop)."""
    return any(
        any(mark in text for mark in _SENTENCE_STOPS) or _ENGLISH_STOP.search(text) is not None
        for text in (line.text for line in lines[start:end])
    )


# An English sentence's end: a word, its full stop, then a space, the line's end or (in a dump's record, whose
# lines were joined without a space) the next sentence's capital or number; not a name's dot (cnpack.org).
_ENGLISH_STOP = re.compile(r"[A-Za-z][.!?](?:\s|$|[A-Z0-9])")

# (not has_sentence_mark's set: an ASCII ; sets apart the numbers of a contact list, a page's frame)
_SENTENCE_STOPS = "。！？!?；"

_COHESION_SPAN = 400  # characters of the text below a furniture block a title is compared with

_TITLE_SPAN = 60  # a title is no longer; a long line is judged by its opening

# At or above this share of its uncommon letter pairs, a title speaks of the text (chosen on pages built with
# our own training furniture words, data/train_vocab.txt: 0.3 and 0.4 tie there on whole-page scores, 0.2 and 0.5 lose).
_COHESION = 0.3
# Across a byline only, a title loses its text below this share (a title's own byline under it is common).
_COHESION_OVER_BYLINE = 0.15


def letter_pairs(text: str) -> set[str]:
    """Adjacent pairs of letters (Han characters included; digits and punctuation break them)."""
    return {text[k : k + 2] for k in range(len(text) - 1) if text[k].isalpha() and text[k + 1].isalpha()}


def _text_below(lines: tuple[Line, ...], labels: list[int], first: int, stop: int) -> str:
    """The first characters of the text from ``first`` (up to ``stop``), furniture left out: what a title is
    compared with."""
    text = []
    size = 0
    for line, label in zip(lines[first:stop], labels[first:stop], strict=True):
        if label == OUT:
            continue
        text.append(line.text)
        size += len(line.text)
        if size >= _COHESION_SPAN:
            break
    return "".join(text)[:_COHESION_SPAN]


def _cohesion(title: str, below: str, common: frozenset[str]) -> float | None:
    """The share of a title's letter pairs that the text below repeats: a title names what its document is
    about; an entry of a list of links above an untitled document does not. None when the title is too short
    to tell."""
    pairs = letter_pairs(title[:_TITLE_SPAN]) - common
    if len(pairs) < 2:
        return None
    return sum(pair in below for pair in pairs) / len(pairs)


_SEPARATING = ("separator", "ruled")

_BODY_ABOVE = 150  # characters: a title, a byline and a blurb hold fewer, a document's text more


def _page_header_end(lines: tuple[Line, ...]) -> int:
    """Where a page's document opens under the page's own header: its first lines name the site or the unit (in
    Chinese, in English, a menu kept as text) and furniture the cleaning dropped (a menu, a breadcrumb) stands
    between them and a title, maybe under the page's record of the document and its buttons. 0 where the page
    does not open so. A 红头 names its unit over the title too, but no menu ever stands between them."""
    for index in range(min(_HEADER_LINES + 1, len(lines))):
        line = lines[index]
        if index and line.after_furniture:
            return index if title_over_furniture(line.text) else _title_under_record(lines, index)
        if line.inline or not is_title_like(line.text) or has_genre_word(line.text):
            return 0
    return 0


_HEADER_LINES = 3  # lines of a page's header: its name, a name in English, a menu


def _title_under_record(lines: tuple[Line, ...], first: int) -> int:
    """The title under a page's record of the document (a government site's 信息公开 table: 索引号：……
    发布机构：……, 标　　题：……, 发文字号：……) and its row of buttons (【字号：大 中 小】【打印本页】), which stand
    between the page's header and the title; 0 when no such rows lead to a title."""
    # A record shows itself by a row of several fields or of buttons: a field alone (附件：……) may be the
    # document's own.
    shown = False
    for index in range(first, min(first + _RECORD_ROWS + 1, len(lines))):
        text = lines[index].text
        if lines[index].inline:
            return 0
        if index < first + _RECORD_ROWS and is_page_row(text):
            shown = shown or BUTTONS.match(text) is not None or FIELD_ROW.search(text) is not None
            continue
        return index if shown and index > first and heads_above(text) else 0  # (a speaker's line is none)
    return 0


_RECORD_ROWS = 8  # rows of such a record (its fields two or three a row, or one a row)


def _place_across_furniture(
    lines: tuple[Line, ...], labels: list[int], starts: list[int], rules: dict[int, str], common: frozenset[str]
) -> list[int]:
    """Where a block of page furniture (a byline, a blurb, a list of links) stands between a title-shaped
    line and body text, which of the two opens the document: the title when it speaks of the text below the
    block, else the text itself (an untitled document under the last entry of a list of links). The model
    sees a few lines around each line; the words of the title and of the text far below decide this."""
    if not starts:
        return starts
    taken = set(starts)
    placed: list[int] = []
    header = _page_header_end(lines)
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        # A title does not run on across page furniture dropped from between its lines (an ad line over a list of
        # links over the real title, read by the model as the ad's second line): the title opens the document.
        second = start + 1
        if (
            rules.get(start) != "separator"
            and second < stop
            and labels[second] == HEAD
            and lines[second].after_furniture
            and not lines[second].text.startswith(("——", "—"))
            and title_over_furniture(lines[second].text)
            # (with a document's text under it, not only a blurb over the next start: the last link of a list)
            and sum(len(lines[k].text) for k in range(second + 1, stop)) >= _BODY_ABOVE
        ):
            labels[start] = OUT
            labels[second] = START
            placed.append(second)
            continue
        if rules.get(start) in _SEPARATING:
            placed.append(start)  # a 第N篇 line or a drawn rule places the boundary itself
            continue
        if start < header:
            # the page's header: its document opens with the title under it
            labels[start] = OUT
            if header not in taken:  # once, whichever line of the header the model opened the document on
                taken.add(header)
                labels[header] = START
                placed.append(header)
            continue
        # A start on a page's record of the document or its buttons (索引号：……, 【打印本页】) over the title:
        # the document opens with the title.
        recorded = _title_under_record(lines, start) if is_page_row(lines[start].text) else 0
        if start < recorded < stop:
            for line in range(start, recorded):
                labels[line] = OUT
            labels[recorded] = START
            placed.append(recorded)
            continue
        # A start followed by furniture (and perhaps more title-shaped lines: a list of links): is it the title
        # of the text under the furniture, or is one of those lines, or does that text open untitled?
        body = start + 1
        furniture = False
        shaped: list[int] = []
        bar = _COHESION
        while body < stop:
            furniture = furniture or lines[body].after_furniture
            if labels[body] == OUT:
                furniture = True
            elif title_over_furniture(lines[body].text):
                shaped.append(body)
            else:
                break
            body += 1
        if not furniture and not (body < stop and lines[body].after_furniture):
            # A byline in words no list knows, which the cleaning kept (it reads as a short title-shaped line), is
            # furniture too when a document's text follows it before the next start; the title above must then
            # share next to nothing with that text to lose it (a title's own byline stands under it as often as a
            # link's page does).
            byline = next((k for k in (*shaped, body) if k < stop and _bare_byline(lines[k].text)), None)
            if byline is not None:
                beyond = byline + 1
                while beyond < stop and (labels[beyond] == OUT or _bare_byline(lines[beyond].text)):
                    beyond += 1
                if sum(len(lines[k].text) for k in range(beyond, stop)) >= _BODY_ABOVE:
                    body, furniture, bar = beyond, True, _COHESION_OVER_BYLINE
                    shaped = [k for k in shaped if k < byline]
        if body < stop and furniture:  # the loop read the after_furniture of the line it stopped at too
            below = _text_below(lines, labels, body, stop)
            score = _cohesion(lines[start].text, below, common)
            # A subtitle or a speaker's line among those lines heads a speech: its title is the title-shaped line
            # right above it, whatever words the text below repeats (a list's links have no subtitle).
            speech = next((line for line in shaped if under_speech_title(lines[line].text)), None)
            titled = (
                max(
                    (line for line in (start, *shaped) if line < speech and heads_above(lines[line].text)),
                    default=None,
                )
                if speech is not None
                else None
            )
            if titled is not None or (score is not None and score < bar):
                chosen = (
                    titled
                    if titled is not None
                    else next(
                        (
                            line
                            for line in reversed(shaped)
                            if (_cohesion(lines[line].text, below, common) or 0.0) >= _COHESION
                        ),
                        body,
                    )
                )
                for line in range(start, chosen):
                    labels[line] = OUT
                labels[chosen] = START
                placed.append(chosen)
                continue
        # A start under furniture: is the title-shaped line above the furniture its title?
        above = start - 1
        floor = placed[-1] if placed else -1
        while above > floor and labels[above] == OUT and not heads_above(lines[above].text):
            above -= 1
        if (
            (above < start - 1 or lines[start].after_furniture)
            and stop - start > 1  # a title with nothing under it is dropped later: no document to give a title
            and above > floor
            and above not in taken
            and labels[above] == OUT
            and heads_above(lines[above].text)
            and above >= header
            # a start that names its genre is a title itself: the line above the byline is the page's heading
            # (卫生健康局长讲话稿 over 发布时间…… over 在……会议上的讲话)
            and not (is_title_like(lines[start].text) and TITLE_END.search(lines[start].text.strip()))
        ):
            score = _cohesion(lines[above].text, _text_below(lines, labels, start, stop), common)
            # (a subtitle or a speaker's line under it: the title of a speech, whatever words the speech repeats)
            speech = any(under_speech_title(lines[line].text) for line in range(above + 1, start + 1))
            if speech or (score is not None and score >= _COHESION):
                labels[above] = START
                labels[start] = BODY
                placed.append(above)
                continue
        placed.append(start)
    return sorted(set(placed))


def _echoed(lines: tuple[Line, ...], labels: list[int], starts: list[int], rules: dict[int, str]) -> list[int]:
    """A page's blurb names the document it stands by (下面是为大家整理的……的通知，供参考。 ……的通知全文如下。): the
    document whose title it quotes opens on that title, under the blurb, and a blurb under the document it quotes
    opens nothing (not as the shipped model was trained)."""
    taken = set(starts)
    # (a blurb is one short sentence of its own line: most lines are not asked further)
    blurbs = [
        i
        for i, line in enumerate(lines)
        if line.text[-1:] in _BLURB_ENDS and len(line.text) <= _BLURB_LONGEST and not line.inline
    ]
    for i in blurbs:
        text = lines[i].text
        quoted = None
        if rules.get(i) is None:
            for j in range(i + 1, min(i + 1 + _ECHO_REACH, len(lines))):
                # (a title run on into the sentence quoting it is one line's text: a 印发 notice kept on one line)
                below = lines[j + 1].text if j + 1 < len(lines) else ""
                if (
                    not lines[j].inline
                    and _may_quote(text, lines[j].text)
                    and _quoted_title(text, lines[j].text, below)
                ):
                    quoted = j
                    break
        if quoted is not None:
            for k in range(i, quoted):
                if k in taken and rules.get(k) is None:
                    taken.discard(k)
                    labels[k] = OUT if k == i else BODY
            if quoted not in taken:
                taken.add(quoted)
                labels[quoted] = START
        elif i in taken and rules.get(i) is None:
            above = max((s for s in taken if s < i), default=-1)
            # (counted in source lines: a record run together is cut into many)
            if (
                above >= 0
                and lines[i].number - lines[above].number <= _ECHO_REACH
                and _quoted_title(text, lines[above].text)
            ):
                taken.discard(i)
                labels[i] = OUT
    return sorted(taken)


def _may_quote(blurb: str, line: str) -> bool:
    """What ``_quoted_title`` needs before it looks: the line's first characters in the blurb, or a 版头 mark near the
    line's head (the title stands under it)."""
    head = line[:_RECORD_HEAD]
    return line[:_ECHO_LEAST] in blurb or "号" in head or "文件" in head


def _quoted_title(blurb: str, line: str, below: str = "") -> bool:
    """Whether ``blurb`` quotes the title ``line`` opens with, and says more: the whole line (a title on lines of its
    own), or a title ending on a genre word near its head (a record running on into its text, maybe under its 版头:
    ……文件, a 发文字号). ``below``: the next line's text."""
    if len(line) < _ECHO_LEAST:
        return False
    if line in blurb:
        # (a line the blurb holds whole names a genre, or goes on in the next line as the blurb does: a title
        # wrapped over two; a unit's name under a sentence naming it is its signature)
        whole = _TITLE_WORD.search(line) is not None or (bool(below) and line + below[:_ECHO_LEAST] in blurb)
        return whole and len(blurb) - len(line) >= _BLURB_MORE
    head = line[:_RECORD_HEAD]
    for begin in (0, *(found.end() for found in _HEAD_END.finditer(head))):
        at = blurb.find(head[begin : begin + _ECHO_LEAST])
        if at < 0 or begin + _ECHO_LEAST > len(head):
            continue  # most lines: the blurb does not hold the line's first characters
        size = _ECHO_LEAST
        while begin + size < len(head) and at + size < len(blurb) and head[begin + size] == blurb[at + size]:
            size += 1
        # the quote as far as its last genre word: the title (what follows it in the line is the record's text)
        ends = [found.end() for found in _TITLE_WORD.finditer(head, begin, begin + size)]
        if ends and ends[-1] - begin >= _ECHO_LEAST:
            return len(blurb) - (ends[-1] - begin) >= _BLURB_MORE
    return False


_BLURB_LONGEST = 120
_TITLE_WORD = re.compile("(?:" + "|".join(GENRE_WORDS) + ")[)）]?")  # where a quoted title may end
_BLURB_ENDS = "。！"
_ECHO_REACH = 3  # lines between a blurb and the title it quotes, at most
_ECHO_LEAST = 8  # characters of a title, at least, for a quote of it to tell
_RECORD_HEAD = 120  # a record's title stands within its first characters, under its 版头
_HEAD_END = re.compile("号|文件")  # the 版头 a record's title may stand under
_BLURB_MORE = 4  # characters a blurb says besides the title


def _bare_byline(text: str) -> bool:
    """A byline in words no list knows, which the cleaning kept: fields and a date, no sentence run on to it."""
    return "，" not in text and not has_sentence_mark(text) and is_byline(text)


def _record_starts(lines: tuple[Line, ...]) -> list[int]:
    """In a file that lost its line breaks (a CSV or database dump: one document a record), each record
    run together from many sentences opens a document, unless a short title line stands above it."""
    sizes: dict[int, int] = {}
    for line in lines:
        sizes[line.number] = sizes.get(line.number, 0) + len(line.text)
    found = []
    for i in range(1, len(lines)):
        line = lines[i]
        if line.inline or lines[i - 1].number == line.number:
            continue
        # Paragraphs seldom run past 500 characters; a record holding a document does.
        runs_on = i + 1 < len(lines) and lines[i + 1].inline and sizes[line.number] > 500
        if runs_on and (lines[i - 1].inline or not is_title_like(lines[i - 1].text)):
            found.append(i)
    return found


def _bare_head(lines: tuple[Line, ...], labels: list[int], start: int, end: int) -> bool:
    """Whether lines ``start``..``end`` are only a 版头 that heads the text from ``end`` on: 版头 lines alone
    (……文件, 发文字号, 份号, 密级), or a few lines without a sentence, one of them a 期号 or 发文字号, over text that
    opens untitled (a 纪要's 标志, 第9期 and issuing line: a 纪要 may carry no title but its 标志, GB/T 9704 §10.3)."""
    head = [line.text.strip() for line in lines[start:end]]
    if all(is_head_mark(text) for text in head):
        return True
    return (
        len(head) <= 4
        and labels[end - 1] != OUT
        and not is_title_like(lines[end].text)
        and not any(has_sentence_mark(text) for text in head)
        and any(is_issue_number(text) for text in head)
    )


def _letterheads(lines: tuple[Line, ...]) -> list[int]:
    """Lines that open a document as explicitly as a separator: a 发文机关标志 (……文件) with a title
    carrying its genre word right below it, a 纪要's or 简报's 标志 over its 期号. The model rarely sees
    documents packed back to back with their 红头, so this structure of GB/T 9704 is read directly."""
    found = []
    for i in range(1, len(lines)):
        text = lines[i].text.strip()
        if i > 1 and is_issue_period(text):
            if is_title_like(lines[i - 1].text) and not has_sentence_mark(lines[i - 1].text):
                found.append(i - 1)  # a 纪要's or 简报's 标志 over its 期号 (GB/T 9704 §10.3), wherever it stands
            continue
        if not text.endswith("文件") or not ISSUER_MARK.match(text):
            continue
        below = range(i + 1, min(i + 5, len(lines)))
        if any(is_title_like(lines[j].text) and has_genre_word(lines[j].text) for j in below):
            found.append(i)
    return found


def _title_over_number(lines: tuple[Line, ...], start: int, floor: int) -> int:
    """``start`` moved up onto the title right above it when ``start`` is a 发文字号 line and one to three title
    lines above it (never into the document before, from ``floor``) end naming a genre: a head the page laid out
    title first. ``start`` where it is not."""
    if not is_issue_number(lines[start].text.strip()) or is_issue_period(lines[start].text.strip()):
        return start
    for above in range(1, 4):
        first = start - above
        if first <= floor or lines[first].inline or is_date_line(lines[first].text) or bare_issuer(lines[first].text):
            break  # (the signature of the document above is no line of this title)
        head = title_block(lines, first, len(lines))
        if head.title == tuple(range(first, start)) and start in head.lines:
            return first
    return start


def _issue_head_start(lines: tuple[Line, ...], start: int, floor: int) -> int:
    """``start`` moved up over a 纪要's or 简报's head right above it (GB/T 9704 §10.3): its issuing line(s) (the
    office and the date), its 期号 and its 标志, never above ``floor`` (the previous start)."""
    if is_issue_period(lines[start].text.strip()):
        # the model began on the 期号 itself: its 标志 above it is the document's first line
        return start - 1 if start - 1 >= floor and is_title_like(lines[start - 1].text) else start
    if not any(lines[k].text.rstrip().endswith("期") for k in range(max(floor, start - 3), start)):
        return start  # most starts: no 期号 right above
    index = start
    issuing = 0
    while index - 1 >= floor and issuing < 2 and is_issuing_line(lines[index - 1].text):
        index -= 1
        issuing += 1
    if index - 1 < floor or not is_issue_period(lines[index - 1].text.strip()):
        return start
    index -= 1
    if index - 1 >= floor and is_title_like(lines[index - 1].text):
        index -= 1  # the 标志 (……局务会议纪要, ……工作简报)
    return index


def split_documents(
    lines: tuple[Line, ...],
    model: Sequencer | None = None,
    *,
    flattened: bool = False,
    starts_model: Binary | None = None,
    common: frozenset[str] = frozenset(),
) -> list[Span]:
    if not lines:
        return []
    if (model is not None and model.features) or (starts_model is not None and starts_model.features):
        # Separators in words no list knows are read at parse time only (training pages use listed words).
        numbered = {index: label_only(title) for index, title in numbered_separators(lines).items()}
        found, labels, rules = model_starts(
            lines,
            model or Sequencer(),
            flattened=flattened,
            starts_model=starts_model,
            common=common,
            numbered=numbered,
        )
        if not found and any(len(line.text) >= 8 and line.text.rstrip()[-1:] in SENTENCE_STOP for line in lines):
            # A file the model read as page furniture through and through, though it holds sentences of text:
            # a short document of its own (a notice of three lines), not nothing.
            found = [(0, len(lines))]
        if len(found) > 1:
            # A title with nothing under it (a page's own heading, a link) is no document.
            found = [
                (start, end)
                for start, end in found
                if end - start > 1
                or len(lines[start].text) > 60
                or start in numbered
                or separator_title(lines[start].text) is not None
            ]
            if not flattened:
                found = merge_stray_sentences(lines, found)
            found = join_bare_separators(lines, found, numbered)
            found = drop_page_head(lines, found, numbered)
            found = keep_attached_forms(lines, found)
            found = keep_notes(lines, found)
            found = keep_issue_items(lines, found)
            found = _sentenced(lines, labels, found, rules, common)
        found = title_opened_above(lines, [(_skip_rules(lines, start, end), end) for start, end in found])
        return [_span(lines, start, _trim_rules(lines, start, end), numbered.get(start)) for start, end in found]
    return [_span(lines, start, end) for start, end in _rule_spans(lines)]


def rule_starts(lines: tuple[Line, ...], *, as_trained: bool = False) -> dict[int, str]:
    """Where the hand-written detectors start documents, and which one fired (separator, closing lines
    then a title, numbering that restarts): features of the learned segmenter, not decisions. ``as_trained``:
    as the shipped model was taught them."""
    if not lines:
        return {}
    # separator_title's own first test, made here for every line: the call is made only for the few that pass.
    found = {
        i: "separator"
        for i, line in enumerate(lines)
        if line.text.lstrip()[:1] in SEPARATOR_OPENS and separator_title(line.text) is not None
    }
    ruled: set[int] = set()
    closing = _closing_starts(lines, ruled, as_trained=as_trained)
    # A title after a signed document's closing lines and a drawn rule (=====) is as plain a boundary
    # as a 第N篇 line: "ruled" starts are taken like separators (features.segment_rows).
    found.update((i, "ruled" if i in ruled else "closing") for i in closing if i not in found)
    found.update((i, "restart") for i in _restart_starts(lines, set(closing)) if i not in found)
    return found


def _rule_spans(lines: tuple[Line, ...]) -> list[tuple[int, int]]:
    separators = [i for i, line in enumerate(lines) if separator_title(line.text) is not None]
    if separators:
        starts = separators
        if separators[0] > 0 and _substantial(lines, 0, separators[0]):
            starts = [0, *separators]
        return list(zip(starts, [*starts[1:], len(lines)], strict=False))
    closing = _closing_starts(lines)
    starts = sorted({0, *closing, *_restart_starts(lines, set(closing))})
    return [
        (start, _trim_rules(lines, start, end)) for start, end in zip(starts, [*starts[1:], len(lines)], strict=False)
    ]


def _skip_rules(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The start of a document without the ruled lines above its title (a rule divides; it opens nothing)."""
    while start + 1 < end and is_rule(lines[start].text.strip()):
        start += 1
    return start


def _trim_rules(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The end of a document without the ruled lines that divide it from the next one."""
    while end - 1 > start and is_rule(lines[end - 1].text.strip()):
        end -= 1
    return end


def _substantial(lines: tuple[Line, ...], start: int, end: int) -> bool:
    body = [line for line in lines[start:end] if not is_title_like(line.text)]
    return len(body) >= 3


def _span(lines: tuple[Line, ...], start: int, end: int, numbered: str | None = None) -> Span:
    """The document from ``start`` to ``end``: its title and head. ``numbered``: the title a separator line in
    unlisted words carries."""
    title = separator_title(lines[start].text)
    if title is None:
        title = numbered
    if title is not None:
        head = title_block(lines, start + 1, end)
        own = "".join(unspaced(lines[i].text.strip()) for i in head.title)
        # A document under a separator with a title of its own that names its genre (篇一：学校安全工作通知 |
        # 红头 | 关于做好汛期学校安全工作的通知) is called by it: the separator's words are the page's label.
        if own and (not title or TITLE_END.search(own)):
            title = own
        return Span(start, end, undecorated(title), head.lines, separator=True)
    head = title_block(lines, start, end)
    if not head.title and len(lines[start].text) > 60:
        return Span(start, end, embedded_title(lines[start].text))
    if not head.title and start + 1 < end and lines[start + 1].inline:
        # A document that lost its line breaks, cut into pieces: its title may run on from its 版头 pieces.
        return Span(start, end, embedded_title("".join(line.text for line in lines[start : min(start + 4, end)])))
    title = undecorated("".join(unspaced(lines[i].text.strip()) for i in _above_byline(lines, head.title)))
    return Span(start, end, _ROW_NUMBER.sub("", title) if title[:1].isdecimal() else title, head.lines)


def _above_byline(lines: tuple[Line, ...], title: tuple[int, ...]) -> tuple[int, ...]:
    """A title's lines down to a page's byline under it (文/图：……　审核：……　发布日期：2026年9月14日), which is
    title-shaped enough to be taken for a line of it (the head's other steps count it as the shipped model
    was trained; only the title said is cut)."""
    for k, index in enumerate(title):
        if k and is_byline(lines[index].text):
            return title[:k]
    return title


# The 序号 cell of a spreadsheet row exported as text (1<TAB>关于……的通知<TAB>……): a number and a gap, no 年 or 号.
_ROW_NUMBER = lazy(r"^\d{1,3}\s+(?=[^\d\s年月日号期届次])")


def _closing_starts(
    lines: tuple[Line, ...], ruled_starts: set[int] | None = None, *, as_trained: bool = False
) -> list[int]:
    """Documents that begin with a title right after another document's closing lines (those after a
    drawn rule are also added to ``ruled_starts``)."""
    starts = []
    diary: bool | None = None  # three dated entries or more: asked only once a line holds a date
    # The lines that may close a document (the last line of a page aside), picked out by one comprehension over
    # the page: a date in a table cell is a field of a form, not a signature; most lines cannot close.
    may_close = [
        index
        for index, line in enumerate(lines[:-1])
        if not line.in_table
        and (
            (text := line.text.strip())[-1:] in _CLOSING_LAST
            or text[:1] in _CLOSING_FIRST
            or text[:1].isdecimal()
            or text[:2] in MINUTES_ATTENDANCE_OPENS
        )
    ]
    unread = 0  # the first line not read yet: the closing lines found are read as one group
    for index in may_close:
        if index < unread:
            continue
        text = lines[index].text.strip()
        if (
            is_imprint(text)
            or is_date_line(text)
            or is_attendance(text)
            or (text[:1] in CLOSING_OPENS and CLOSING.match(text))
            or (
                is_iso_date(text)
                and not (diary if diary is not None else (diary := _is_diary(lines)))
                and index > 0
                and _signature_like(lines[index - 1].text)
            )
        ):
            following = index + 1
            if (
                text[:1] in CLOSING_OPENS
                and following + 1 < len(lines)
                and _names_a_signer(lines[following].text)
                and is_title_like(lines[following + 1].text)
            ):
                following += 1  # the 署名 under 特此通知 with no date below it: the next title comes after it
            attachment = ruled = False
            while following < len(lines) and (
                is_imprint(lines[following].text)
                or is_date_line(lines[following].text)
                or is_attendance(lines[following].text)
                or is_rule(lines[following].text.strip())
            ):
                attachment = attachment or bool(ATTACHMENT.match(lines[following].text))
                ruled = ruled or is_rule(lines[following].text.strip())
                following += 1
            # After 附件 comes the attachment's title: a form (回执, 名单) stays with its document, a
            # document in its own right (the 方案 a notice issues) is one of its own.
            if following < len(lines) and is_title_like(lines[following].text):
                block = title_block(lines, following, len(lines), as_trained=as_trained).title
                joined = "".join(lines[i].text for i in block)
                standalone = not attachment or (has_genre_word(joined) and not FORM.search(joined))
                # Not as the shipped model was taught: a news item's title names the gathering it reports (某镇召开
                # ……座谈会, under a notice's date); a 简报's masthead stands over its 期号 (第5期) and opens its issue
                # as plainly as a drawn rule does.
                after = block[-1] + 1 if block else following  # the line under the title (a 版头 may open the head)
                parse_time = not as_trained and not attachment
                masthead = parse_time and after < len(lines) and is_issue_number(lines[after].text.strip())
                named = has_genre_word(joined) or masthead or (parse_time and bool(REPORTS_GATHERING.search(joined)))
                ruled = ruled or masthead
                if block and standalone and (named or len(block) >= 2 or ruled):
                    starts.append(following)
                    if ruled and ruled_starts is not None:
                        ruled_starts.add(following)
            unread = following  # the closing lines are one group
    return starts


# How the closing lines can end (印发, a date's 日) or begin (抄送, 主题词, 附件, 特此, 此复, 妥否, 谢谢, an ISO
# date's digit): a line that does neither is none of them (tested on every line of a page).
_CLOSING_LAST = frozenset("发日")

_CLOSING_FIRST = frozenset("抄主附特此妥谢")


def _is_diary(lines: tuple[Line, ...]) -> bool:
    """Whether three lines or more are ISO dates alone (a diary, whose entries each begin with one)."""
    # Only the lines opening with a digit (after spaces, as strip leaves them) are asked: picked out by re in C
    # (\s and \d are str.isspace and str.isdecimal), not by a call of is_iso_date for every line of the page.
    dated = filter(_DIGIT_FIRST.match, [line.text for line in lines])
    return sum(is_iso_date(text.strip()) for text in dated) >= 3


_DIGIT_FIRST = re.compile(r"\s*\d")


def _names_a_signer(text: str) -> bool:
    """A line that is only an organisation's name (南岭镇人民政府), no title naming a genre."""
    stripped = text.strip()
    return (
        _signature_like(stripped)
        and ORGANISATION_END.search(stripped) is not None
        and not has_genre_word(stripped)
        and not stripped.startswith("关于")
    )


def _signature_like(text: str) -> bool:
    """A short line naming who signs (某某开发组 张三), not a sentence."""
    stripped = text.strip()
    return 0 < len(stripped) <= 30 and not re.search("[。！？；，,.!?;]", stripped)


def _restart_starts(lines: tuple[Line, ...], known: set[int]) -> list[int]:
    """Where top-level numbering starts again at 一、 (a new document in a run-together page).

    Numbering counts afresh from each start already ``known`` (a title after a signature).
    """
    starts = []
    highest = 0
    parent_since = False  # a heading of a higher level (a Word heading style) came after the last item
    for index in range(len(lines)):
        if index in known:
            highest = 0
        if lines[index].inline:
            continue
        if lines[index].style_level:
            parent_since = True
            continue
        text = lines[index].text
        if text[:1] not in "一二三四五六七八九十第":
            continue  # most lines: no top-level marker at all
        candidate = heading_candidate(lines, index)
        if candidate is None or candidate.marker.style not in ("cn_dun", "chapter"):
            continue
        ordinal = candidate.marker.ordinal
        if ordinal == 1 and highest >= 2 and not parent_since and not _leads_in(lines, index):
            starts.append(_opening(lines, index))
        highest = ordinal
        parent_since = False
    return starts


def _leads_in(lines: tuple[Line, ...], index: int) -> bool:
    """Whether the line before ``index`` is a short bridge announcing the list (明年的计划如下：).

    A new document opens with a paragraph of context; a one-clause lead-in ending in a colon
    introduces a second list inside the same document.
    """
    if index == 0:
        return False
    text = lines[index - 1].text.strip()
    return len(text) <= 30 and text.endswith(("：", ":")) and read_marker(text) is None


def _opening(lines: tuple[Line, ...], index: int) -> int:
    """The first line of a document whose first heading is at ``index``: its opening paragraph and title."""
    start = index
    previous = index - 1
    if previous >= 0:
        text = lines[previous].text.strip()
        if not is_title_like(text) and not CLOSING_PARAGRAPH.match(text) and not CLOSING.match(text):
            start = previous
    if start - 1 >= 0 and is_title_like(lines[start - 1].text) and has_genre_word(lines[start - 1].text):
        start -= 1
    return start
