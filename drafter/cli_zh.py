"""Chinese for the messages click writes itself (usage errors, help headings, prompts).

click marks its texts with gettext; it ships no Chinese catalogue, so the few dozen texts a user can
meet are translated here and click's modules are pointed at this table. A text click adds in a
later release falls back to its English until it is added below.
"""

from __future__ import annotations

import re
from collections.abc import Callable

TEXTS = {
    "Aborted!": "已中止。",
    "Commands": "命令",
    "Options": "选项",
    "Positional arguments": "参数",
    "Usage:": "用法：",
    "Missing command.": "缺少命令。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "No such command {name!r}.": "没有“{name}”这个命令。",
    "No such option {name!r}.": "没有“{name}”这个选项。",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看帮助。",
    "Error: {message}": "错误：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值不对：{message}",
    "Invalid value: {message}": "值不对：{message}",
    "Could not open file {filename!r}: {message}": "无法打开文件“{filename}”：{message}",
    "unknown error": "未知错误",
    "Option {name!r} does not take a value.": "选项“{name}”后面不能跟值。",
    "Argument {name!r} takes {nargs} values.": "参数“{name}”需要 {nargs} 个值。",
    "Invalid start character for option ({option})": "选项“{option}”的开头字符不对",
    "Value must be an iterable.": "这里应当是多个值。",
    "Show the version and exit.": "显示版本号后退出。",
    "Show this message and exit.": "显示这段帮助后退出。",
    "Confirm the action without prompting.": "不再询问，直接执行。",
    "Do you want to continue?": "要继续吗？",
    "%(prog)s, version %(version)s": "%(prog)s %(version)s",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
    "deprecated": "已弃用",
    "(dynamic)": "（动态）",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "{name} {filename!r} does not exist.": "{name}“{filename}”不存在。",
    "{name} {filename!r} is a file.": "{name}“{filename}”是文件，不是文件夹。",
    "{name} {filename!r} is a directory.": "{name}“{filename}”是文件夹，不是文件。",
    "{name} {filename!r} is not readable.": "{name}“{filename}”没有读取权限。",
    "{name} {filename!r} is not writable.": "{name}“{filename}”没有写入权限。",
    "{name} {filename!r} is not executable.": "{name}“{filename}”不能执行。",
    "{value!r} is not a valid {number_type}.": "“{value}”不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在 {range} 的范围内。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "“{value}”不是是/否；可以写：{states}",
    "{value!r} is not a valid UUID.": "“{value}”不是有效的 UUID。",
    "Press any key to continue...": "按任意键继续……",
    "Repeat for confirmation": "再输入一次以确认",
    "Error: The two entered values do not match.": "错误：两次输入不一致。",
    "Error: invalid input": "错误：输入无效",
}

# Keyed by click's singular and plural texts alike: Chinese needs one form.
PLURALS = {
    "Got unexpected extra argument ({args})": "多出了参数（{args}）；含空格的文件名请加引号",
    "Got unexpected extra arguments ({args})": "多出了参数（{args}）；含空格的文件名请加引号",
    "Did you mean {possibility}?": "（是否想写 {possibility}？）",
    "(Did you mean one of: {possibilities}?)": "（是否想写 {possibilities} 之一？）",
    "Option {name!r} requires an argument.": "选项“{name}”后面要跟一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项“{name}”后面要跟 {nargs} 个值。",
    "{value!r} is not {choice}.": "“{value}”不是 {choice}。",
    "{value!r} is not one of {choices}.": "“{value}”不在可选项 {choices} 之中。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，给了 {len} 个。",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，给了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，给了 {len_value} 个。",
    "{value!r} does not match the format {format}.": "“{value}”不符合格式 {format}。",
    "{value!r} does not match the formats {formats}.": "“{value}”不符合任何一种格式 {formats}。",
}

# Type names click puts into messages ("'x' is not a valid integer."). The longer names first: replaced after
# "integer", "integer range" left "range" behind (-j abc: “abc”不是有效的整数 range。).
TYPE_WORDS = {"integer range": "整数", "float range": "数字", "integer": "整数", "float": "数字"}

_QUOTED = re.compile(r"'([^']*)'")


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes (wide East Asian characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """Break ``text`` into lines of at most ``width`` columns, between words or between Chinese characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for token in re.findall(r"[\x21-\x7e]+|\s+|.", paragraph):
            size = columns(token)
            if used + size > width and line.strip():
                lines.append(line.rstrip())
                line, used = "", 0
                if token.isspace():
                    continue
            line += token
            used += size
        lines.append(line.rstrip())
    return lines or [""]


def translate(text: str) -> str:
    return TEXTS.get(text, text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    english = singular if count == 1 else plural
    return PLURALS.get(english, english)


# An extra argument that names an output file: drafter new 会议通知 通知.yaml, drafter draft 通知.yaml 通知.docx (the
# -o left out, as many programs take the output after the input). Told only to quote a name with spaces, the clerk
# could not tell what was wrong.
# Each command's outputs: drafter draft 我的 通知.yaml (a name with a space, unquoted) is no output left without -o.
_OUTPUTS = {"draft": ("docx", "pdf", "md", "txt"), "new": ("yaml", "yml", "xlsx")}
_EXTRA = re.compile(r"^多出了参数（(?:.*\s)?(?P<name>\S+?)）；")


def tidy(message: str, command: str = "") -> str:
    """click's punctuation around the Chinese: 'x' → “x”, a final '.' → '。'; ``command``'s own words where
    there are some."""
    extra = _EXTRA.match(message)
    if extra and extra.group("name").rpartition(".")[2].lower() in _OUTPUTS.get(command, ()):
        message = message.replace("；", f"；要写到这个文件请在它前面加 -o（-o {extra.group('name')}）；", 1)
    message = _QUOTED.sub(lambda m: f"“{m.group(1)}”", message)
    for english, chinese in TYPE_WORDS.items():
        message = message.replace(f"有效的{english}", f"有效的{chinese}")
    if message.endswith(".") and not message.endswith(".."):
        message = message[:-1] + "。"
    return message.replace("。.", "。").replace("”.", "”。")


def install() -> None:
    """Point every click module that translates at the tables above."""
    import importlib

    gettext_like: Callable[[str], str] = translate
    for name in (
        "click.core",
        "click.decorators",
        "click.exceptions",
        "click.formatting",
        "click.parser",
        "click.termui",
        "click.types",
        "click.utils",
    ):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "_"):
            module._ = gettext_like  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = translate_plural  # type: ignore[attr-defined]
