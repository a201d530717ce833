"""YAML syntax errors said in Chinese: where, the likely cause, and the fix — every one a file has.

PyYAML stops at the first error and says it in parser terms (``expected <block end>, but found
'-'``). Here each error is translated, the line it concerns is mended the way the hint says (or
set aside), and the text is parsed again, so one run lists every syntax problem of the file.
"""

from __future__ import annotations

import re

import yaml

from .errors import WIDE_INDENT, Location, Problem

# At most this many syntax problems are listed; past it the rest of the file is likely one mistake.
MAX_PROBLEMS = 20
# Past this size a file is parsed again for its later problems no more (PyYAML's parser is slow).
MAX_MENDED_CHARS = 1_000_000

_FOUND = {
    "<block sequence start>": "一个“- ”列表项",
    "<block mapping start>": "一个“键: 值”",
    "<scalar>": "一段文字",
    "<block end>": "缩进的结束",
    "-": "一个“- ”列表项",
    "<stream end>": "文件末尾",
    "<flow mapping end>": "“}”",
    "<flow sequence end>": "“]”",
    "<key>": "一个键",
    "<alias>": "一个引用（*）",
    "<anchor>": "一个锚点（&）",
}

# (pattern of PyYAML's problem text, Chinese message, default hint). The first match wins.
_MESSAGES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), message, hint)
    for pattern, message, hint in (
        (r"found character '\\t'", "这一行用了 Tab 字符", "YAML 不能用 Tab 缩进，请改用空格"),
        (
            r"found character '(.)' that cannot start any token",
            "值不能以“{0}”开头",
            '请给整段文字加引号，例如 键: "{0}……"',
        ),
        (r"mapping values are not allowed here", "这里不能出现“键: 值”", "值里有英文冒号加空格时，请给整段文字加引号"),
        (r"could not find expected ':'", "缺少键后面的冒号", "键和值之间要有英文冒号加空格"),
        (
            r"found unexpected end of stream",
            "引号没有成对：从这里开始的引号直到文件末尾都没有结束",
            "请在这段文字末尾补上同样的引号",
        ),
        (
            r"found unknown escape character",
            "双引号里的反斜杠“\\”后面跟了不认识的字符",
            "请改用单引号，或把“\\”写成“\\\\”",
        ),
        (
            # "C:\Users\……" (a Windows path in double quotes): \U asks for eight hexadecimal digits, and the line
            # was said as 格式不对（请检查缩进……引号是否成对）.
            r"expected escape sequence of \d+ hexadecimal numbers",
            "双引号里的反斜杠“\\”是转义符，这里的“\\”后面不是转义的写法",
            "Windows 的路径请改用单引号（'C:\\Users\\……'）或不加引号，也可以把“\\”写成“/”",
        ),
        (r"expected <block end>, but found (.+)", "缩进不一致：这里出现了{found}，但它和同一级的行没有对齐", ""),
        (r"did not find expected key", "缩进不一致，找不到下一个键", "同一级的键要从同一列开始"),
        (r"did not find expected '-' indicator", "列表项的缩进不一致", "同一个列表的“- ”要从同一列开始"),
        (r"expected ',' or '\]'", "方括号“[ ]”没有成对，或里面缺少逗号", "文字里有方括号时，请给整段文字加引号"),
        (r"expected ',' or '\}'", "花括号“{{ }}”没有成对，或里面缺少逗号", "文字里有花括号时，请给整段文字加引号"),
        (r"did not find expected node content", "这里缺少内容", "请检查上一行是否多写了“- ”或冒号"),
        (r"expected a comment or a line break", "这一行后面多出了内容", "引号后面不能再写文字；请把整段文字放进引号里"),
        (
            r"expected alphabetic or numeric character",
            "以“&”或“*”开头的文字会被当作 YAML 的引用",
            "请给整段文字加引号",
        ),
        (r"found undefined alias", "引用了没有定义的锚点（*）", "以“*”开头的文字请加引号"),
        (
            r"expected chomping or indentation indicators",
            "“|”或“>”后面不能在同一行接着写文字",
            "请换行后缩进再写，或去掉“|”“>”",
        ),
        (r"expected <document start>", "文件开头的格式不对", "文件应当由一行行“键: 值”组成"),
        (r"found unexpected ':'", "冒号的位置不对", "值里有冒号时，请给整段文字加引号"),
        (
            r"found invalid Unicode character escape code",
            "双引号里的“\\u”转义不是一个完整的字符",
            "成对写出 \\uXXXX\\uXXXX，或直接写出这个字",
        ),
        (r"found duplicate anchor", "同一个锚点（&）定义了两次", "以“&”开头的文字请加引号"),
        (r"found undefined tag handle|expected URI", "以“!”开头的文字会被当作 YAML 的标签", "请给整段文字加引号"),
    )
)


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _missing_colon(body: str) -> tuple[str, str] | None:
    """(key, value) of a "key value" line written without its colon, if it reads as one."""
    words = body.split(maxsplit=1)
    if len(words) != 2 or body.startswith(("#", "-", '"', "'")) or ":" in words[0] or "：" in words[0]:
        return None
    return words[0], words[1]


def _named_in_chinese(line: str, column: int) -> bool:
    """Whether the & or * before ``column`` of ``line`` is followed by a name in Chinese characters."""
    start = max(line.rfind("&", 0, column + 1), line.rfind("*", 0, column + 1))
    return start >= 0 and re.match(r"[\u4e00-\u9fff]{1,20}(\s|$)", line[start + 1 :]) is not None


# A line indented with full-width spaces reads as text at the start of the line, and the parser's complaint
# (a missing colon, an indent out of line) pointed at anything but the spaces.
_WIDE_INDENT = WIDE_INDENT


# A value opening with a bracket and going on after it closes (事由: [示例]做好……, 标题: {紧急}关于……): YAML read the
# bracket as a list (a mapping) and the text after it as a line out of place, and said 缩进不一致 (请检查缩进……).
_BRACKET_THEN_TEXT = re.compile(r"(:\s+|^-\s+)(([\[{])[^\]}]*[\]}]\s*[^\s#,\]}].*)")
_BRACKET_HINT = '以“{0}”开头的值会被当作{1}；请给整段文字加引号，例如 {2}"{3}"'


def _bracket_hint(body: str, found: re.Match[str]) -> str:
    bracket, value = found.group(3), found.group(2).rstrip()
    lead = body[: found.start(2)].rstrip() + " "
    return _BRACKET_HINT.format(bracket, "列表" if bracket == "[" else "键值对", lead, value)


# A key's colon followed by a full-width space (事由:　做好……, the space bar of a Chinese input method in full-width
# mode): YAML takes no key there, and the clerk was told 缺少键后面的冒号 about a line that has its colon.
_WIDE_AFTER_COLON = re.compile(r"(-\s+)?([^:\s]+):\u3000+(.*)")
_HALF_WIDTH_ONLY = "YAML 只认半角空格（全角空格是中文输入法的空格），请写成"


# The same after a space copied from a web page or Word (事由:\u00a0做好……, a no-break space; a zero-width one):
# it looks like a space, YAML takes no key there, and the clerk was told 缺少键后面的冒号 about a line with its colon.
_ODD_SPACES = "\u00a0\u2000-\u200b\u202f\u205f\u2060\ufeff"
_ODD_AFTER_COLON = re.compile(rf"(-\s+)?([^:\s]+):[{_ODD_SPACES}]+(.*)")
_ODD_SPACE_HINT = (
    "这个空格是从网页或 Word 复制来的特殊空格，看起来一样，YAML 却不认；请删掉它，重新打一个半角空格，写成"
)


def _odd_after_colon_hint(found: re.Match[str]) -> str:
    value = found.group(3).strip() or "……"
    return f"{_ODD_SPACE_HINT}“{found.group(1) or ''}{found.group(2)}: {value}”"


def _wide_after_colon_hint(body: str, found: re.Match[str]) -> str:
    value = found.group(3).strip() or "……"
    return f"{_HALF_WIDTH_ONLY}“{found.group(1) or ''}{found.group(2)}: {value}”"


# A line of three dots at the start (an ellipsis typed in English: ...): YAML's end of the document, and what follows
# was said as 格式不对（请检查缩进……）.
_DOCUMENT_END = "单独一行、顶格的“...”在 YAML 里表示文件到此结束；省略号请写成中文的“……”，或删去这一行"
# A line left with its value and colon only (“: 青禾县教育局”: the field's name deleted with a word before it).
_NO_KEY = "冒号前面要写字段名"


def _hint_for_line(line: str, default: str) -> str:
    """The likely cause, read from the line itself (what office staff typically slip on)."""
    body = line.strip()
    first = body.split(maxsplit=1)[0] if body else ""
    if "\t" in line:
        return "YAML 不能用 Tab 缩进，请改用空格"
    if re.fullmatch(r"\.{3,}", body) and not line[:1].isspace():
        return _DOCUMENT_END
    if re.match(r":(\s|$)|：", body):
        value = body[1:].strip() or "……"
        return f"{_NO_KEY}，写成“字段名: {value}”；是否把字段名删掉了？"
    if "\u3000" in line[: len(line) - len(line.lstrip())]:
        return _WIDE_INDENT
    if "：" in first and ":" not in first:
        key = first.split("：", 1)[0].lstrip("- ")
        return f"键后面要用英文冒号加空格，例如“{key}: ……”，不能用中文冒号“：”"
    wide = _WIDE_AFTER_COLON.match(body)
    if wide:
        return _wide_after_colon_hint(body, wide)
    odd = _ODD_AFTER_COLON.match(body)
    if odd:
        return _odd_after_colon_hint(odd)
    if body.startswith("-\u3000"):
        return f"{_HALF_WIDTH_ONLY}“- {body[1:].strip()}”"
    if re.match(r"[^:\s]+:\S", body.lstrip("- ")) and "://" not in line:
        return "英文冒号后面要有一个空格"
    missing = _missing_colon(body)
    if missing and missing[1].startswith("：") and ":" not in line:
        # 成文日期 ：2025-02-20 (a space, then the full-width colon): the example took the colon for the value's
        # first character and said 例如“成文日期: ：2025-02-20”, the same mistake again.
        value = missing[1][1:].strip() or "……"
        return f"键后面要用英文冒号加空格，例如“{missing[0]}: {value}”，不能用中文冒号“：”"
    if missing and ": " not in line:
        return f"键和值之间要有英文冒号加空格，例如“{missing[0]}: {missing[1]}”"
    bracket = _BRACKET_THEN_TEXT.search(body)
    if bracket:
        return _bracket_hint(body, bracket)
    if re.search(r":\s*([\"']).*\1\s*[^\s#]", body):
        return "引号后面不能再写文字；请把整段文字放进引号里"
    if body.count(": ") >= 2:
        return "值里含有英文冒号加空格时，请给整段文字加引号"
    if body.startswith("-") and not body.startswith("- ") and len(body) > 1:
        return f"列表项的“-”后面要有一个空格，例如“- {body[1:].strip()}”"
    if body.count('"') % 2 or body.count("'") % 2:
        return "引号要成对，请在文字末尾补上引号"
    return default or "请检查缩进是否和同一级的行对齐、引号是否成对"


_KEY_VALUE = re.compile(r"(?P<key>[^\s:#\-\[{\"'][^\s:]{0,19}):\s+\S")


def _indented_key(lines: list[str], number: int) -> str:
    """The hint for a key line indented with spaces under a key that holds text (事由: 做好…… | ␣主送机关: 各中小学,
    a space typed or pasted at its start): YAML reads it as more of that text, and the clerk was told to put
    the value in quotes, which is not the cause."""
    line = _line(lines, number)
    body = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    own = _KEY_VALUE.match(body)
    if not indent or own is None or line[:indent].strip():
        return ""
    for index in range(number - 2, -1, -1):
        above = lines[index]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        depth = len(above) - len(above.lstrip(" "))
        text = above.strip()
        if text.startswith("- "):  # an item's first key (  - 标题: ……): its column is past the dash
            depth += len(text) - len(text[1:].lstrip())
            text = text[1:].lstrip()
        held = _KEY_VALUE.match(text)
        if depth >= indent or held is None:
            return ""
        return (
            f"“{own.group('key')}”比上一个键“{held.group('key')}”多缩进了 {indent - depth} 个空格，被当作"
            f"“{held.group('key')}”的值的续行；请删去多的空格，和“{held.group('key')}”对齐"
        )
    return ""


def _list_after_text(lines: list[str], number: int) -> str:
    """The hint for a "- " line under a key that already has text: YAML reads it as more of that text."""
    from .habits import read_lines

    for found in read_lines("\n".join(lines)).lists.values():
        if found.lead and any(line == number for _, line, _ in found.items):
            key = _line(lines, found.key_line).split(":", 1)[0].strip().lstrip("- ")
            return (
                f"第 {found.key_line} 行“{key}:”后面已经写了文字，下面的“- ”行会被当作那段文字的续行；"
                f"请先写“{key}:”并换行，那句话也写成一项：“  - {found.lead}”"
            )
    return ""


def _mend(lines: list[str], index: int) -> str | None:
    """The line as the hint would have it, or None when no one fix is evident."""
    line = lines[index]
    body = line.strip()
    indent = line[: len(line) - len(line.lstrip())]
    first = body.split(maxsplit=1)[0] if body else ""
    if "\t" in indent:
        above = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        depth = len(above) - len(above.lstrip()) + (2 if above.rstrip().endswith(":") else 0)
        return " " * depth + body.replace("\t", " ")
    if "\t" in line:
        return line.replace("\t", " ")
    if "\u3000" in indent:
        return indent.replace("\u3000", "  ") + body  # one full-width space is two columns wide
    if "：" in first and ":" not in first:
        return line.replace("：", ": ", 1)
    if _WIDE_AFTER_COLON.match(body):
        return line.replace(":\u3000", ": ", 1)
    odd = _ODD_AFTER_COLON.match(body)
    if odd:
        return f"{indent}{odd.group(1) or ''}{odd.group(2)}: {odd.group(3)}"
    if body.startswith("-\u3000"):
        return line.replace("-\u3000", "- ", 1)
    if re.match(r"[^:\s]+:\S", body.lstrip("- ")) and "://" not in line:
        return re.sub(r":(?=\S)", ": ", line, count=1)
    missing = _missing_colon(body)
    if missing and missing[1].startswith("：") and ":" not in line:
        # 成文日期 ：2025-02-20 (a space, then the full-width colon): the example took the colon for the value's
        # first character and said 例如“成文日期: ：2025-02-20”, the same mistake again.
        value = missing[1][1:].strip() or "……"
        return f"键后面要用英文冒号加空格，例如“{missing[0]}: {value}”，不能用中文冒号“：”"
    if missing and ": " not in line:
        return f"{indent}{missing[0]}: {missing[1]}"
    for quote in ('"', "'"):
        if body.count(quote) % 2:
            return line + quote
    return None


# PyYAML takes a key ("键: 值" on one line) of at most this many characters; past it every message it
# gives (a missing colon, a mapping not allowed here, a flow mapping's comma) points away from the cause.
MAX_KEY_CHARS = 1024
_KEY_END = re.compile(r":(?=\s|$)")


def _long_key(line: str) -> int:
    """The length of a key of ``line`` (its first, or one inside { }) longer than YAML allows, else 0."""
    for number, end in enumerate(_KEY_END.finditer(line)):
        start = max(line.rfind(mark, 0, end.start()) for mark in "{,")
        if start < 0 and number:
            continue  # a "键: 值: 值" line: a colon in the value, not a key
        key = line[start + 1 : end.start()].strip().lstrip("-[ ").strip("\"'")
        if len(key) > MAX_KEY_CHARS:
            return len(key)
    return 0


def _translate(problem: str) -> tuple[str, str]:
    for pattern, message, hint in _MESSAGES:
        match = pattern.search(problem)
        if match:
            groups = match.groups()
            found = _FOUND.get(groups[0].strip("'"), "意外的内容") if "{found}" in message and groups else ""
            try:
                return message.format(*groups, found=found), hint.format(*groups)
            except (IndexError, KeyError, ValueError):
                return message, hint
    return "格式不对", ""


def _where(exc: yaml.MarkedYAMLError) -> yaml.Mark | None:
    problem = exc.problem or ""
    if problem.startswith("could not find expected ':'") and exc.context_mark:
        return exc.context_mark  # the line that lacks its colon, not the line after it
    if problem.startswith("found unexpected end of stream") and exc.context_mark:
        return exc.context_mark  # where the unclosed quote opened
    return exc.problem_mark or exc.context_mark


def _wide_colon_above(lines: list[str], number: int) -> int:
    """The line above ``number`` whose key has a full-width colon (文种：通知), if the text run down to
    ``number`` starts there: YAML reads that line as text going on over the next ones, and complained of
    the next key (发文机关: ……, 这里不能出现“键: 值”) and of every key after it, never of the line itself."""
    for index in range(number - 2, -1, -1):
        line = lines[index]
        first = line.strip().split(maxsplit=1)[0] if line.strip() else ""
        if not first or ":" in line or line.lstrip().startswith("#"):
            return 0
        if "：" in first and not line[:1].isspace():
            return index + 1
    return 0


def _set_aside(lines: list[str], index: int) -> None:
    """Blank a line with no evident fix and the lines indented under it (line numbers stay true).

    The block under it goes too: without its parent it would only repeat the same problem.
    """
    indent = len(lines[index]) - len(lines[index].lstrip())
    lines[index] = ""
    for following in range(index + 1, len(lines)):
        text = lines[following]
        if text.strip() and len(text) - len(text.lstrip()) <= indent:
            break
        lines[following] = ""


def syntax_problems(text: str, path: str, error: yaml.YAMLError) -> list[Problem]:
    """Every syntax problem of ``text``, starting with ``error`` (the parser's first complaint)."""
    lines = text.split("\n")
    problems: list[Problem] = []
    reported: set[int] = set()
    current = error
    while len(problems) < MAX_PROBLEMS:
        if isinstance(current, yaml.reader.ReaderError):
            line = text.count("\n", 0, current.position) + 1
            message = f"文件里有不能出现在 YAML 中的控制字符（U+{current.character:04X}）"
            problems.append(Problem(Location(path, line), message, hint="请删除这个字符"))
            break
        if not isinstance(current, yaml.MarkedYAMLError):
            problems.append(Problem(Location(path), "YAML 格式错误：格式不对", hint="请检查缩进和引号"))
            break
        mark = _where(current)
        number = mark.line + 1 if mark else 0
        above = _wide_colon_above(lines, number) if (current.problem or "").startswith("mapping values") else 0
        if above:
            number = above
        if (current.problem or "").startswith("expected '<document start>'"):
            # The complaint is of the line after a “...” (the document ended there): said at the “...” itself.
            ended = next((i + 1 for i in range(number - 2, -1, -1) if re.fullmatch(r"\.{3,}", lines[i].rstrip())), 0)
            number = ended or number
            mark = yaml.Mark("", 0, number - 1, 0, "", 0) if ended else mark
        if number in reported:
            break  # mending did not help: the rest would repeat this problem
        reported.add(number)
        message, hint = _translate(current.problem or current.context or "")
        if (current.context or "").startswith("while scanning a directive"):
            # %…… at the start of the file: a YAML directive, said as an anchor (以“&”或“*”开头的文字……).
            message, hint = "以“%”开头的一行会被当作 YAML 的指令", "请删去行首的“%”，或给整段文字加引号"
        where = Location(path, number, mark.column + 1) if mark else Location(path)
        if above:
            where, message = Location(path, number, 1), "缺少键后面的冒号"
        indented = _indented_key(lines, number) if (current.problem or "").startswith("mapping values") else ""
        hint = indented or _list_after_text(lines, number) or _hint_for_line(_line(lines, number), hint)
        if indented:
            message = "这一行开头多了空格"  # the cause, not the parser's view of it
        elif hint == _DOCUMENT_END:
            message = "这一行的“...”表示文件结束"  # (the cause, as above)
        elif hint.startswith(_NO_KEY):
            message = "这一行的冒号前面没有字段名"  # (the cause, as above: it was said as 缩进不一致)
        elif hint == _WIDE_INDENT:
            message = "这一行用全角空格缩进"  # the cause, not the parser's view of it
        elif hint.startswith(_HALF_WIDTH_ONLY):
            wide = _WIDE_AFTER_COLON.match(_line(lines, number).strip())
            message = f"{'键后面的冒号' if wide else '列表项的“-”'}后面用了全角空格“　”"  # (the cause, as above)
        elif hint.startswith(_ODD_SPACE_HINT):
            message = "键后面的冒号后面是一个特殊空格（不换行空格等）"  # (the cause, as above)
        elif hint.startswith(("以“[”开头的值", "以“{”开头的值")):
            message = f"{'方括号“[ ]”' if hint[2] == '[' else '花括号“{ }”'}后面又写了文字"  # (the cause, as above)
        if (
            message.startswith("以“&”或“*”开头")
            and mark is not None
            and _named_in_chinese(_line(lines, number), mark.column)
        ):
            # &机关 … *机关: an anchor meant, named as YAML does not allow (only ASCII letters and digits).
            hint = "锚点（&名字）和引用（*名字）的名字只能用英文字母和数字，如 &jiguan、*jiguan；不是锚点的文字请加引号"
        long_key = _long_key(_line(lines, number))
        if long_key:
            where = Location(path, number)
            message = f"这一行的键（字段名）太长，有 {long_key:,} 个字，YAML 的键最多 {MAX_KEY_CHARS:,} 个字"
            hint = "字段名应当是“主送机关”这样的短名字；这是一段内容的话，请写在字段名后面，例如“正文: ……”"
        problems.append(Problem(where, "YAML 格式错误：" + message, hint=hint))
        if not 0 < number <= len(lines):
            break
        mended = None if long_key else _mend(lines, number - 1)
        if mended is not None:
            lines[number - 1] = mended
        else:
            _set_aside(lines, number - 1)
        if len(text) > MAX_MENDED_CHARS:
            break  # each pass parses the whole text again: for a huge file the first problem must do
        try:
            # Events only: composing would recurse once per nesting level of a hostile file.
            for _ in yaml.parse("\n".join(lines), Loader=yaml.SafeLoader):
                pass
        except yaml.YAMLError as exc:
            current = exc
            continue
        break
    return problems
