"""Layout decisions that need arithmetic: title line breaks, the signature block, the 红头 size.

Pure functions over text widths (in em of a Chinese character), so they are easy to test.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .chinese import display_width
from .style import CHAR, PAGE, SPACING

# Words that often appear in 公文 titles. Drafting must not load jieba, so titles are segmented by
# forward maximum matching against this list; a break is only placed between words.
_TITLE_WORDS = frozenset(
    [
        "关于",
        "召开",
        "举办",
        "举行",
        "开展",
        "印发",
        "转发",
        "做好",
        "加强",
        "进一步",
        "全面",
        "深入",
        "推进",
        "推动",
        "落实",
        "贯彻",
        "组织",
        "实施",
        "启动",
        "工作",
        "会议",
        "通知",
        "总结",
        "方案",
        "计划",
        "意见",
        "报告",
        "请示",
        "批复",
        "决定",
        "通报",
        "函",
        "纪要",
        "讲话",
        "要点",
        "办法",
        "规定",
        "细则",
        "安全",
        "生产",
        "教育",
        "教学",
        "学校",
        "学期",
        "春季",
        "秋季",
        "夏季",
        "冬季",
        "年度",
        "上半年",
        "下半年",
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
        "全县",
        "全市",
        "全省",
        "全区",
        "全镇",
        "全乡",
        "全局",
        "全系统",
        "全体",
        "各级",
        "部署",
        "动员",
        "培训",
        "专题",
        "专项",
        "检查",
        "督查",
        "督导",
        "整治",
        "排查",
        "管理",
        "建设",
        "发展",
        "质量",
        "考核",
        "评估",
        "评价",
        "表彰",
        "座谈会",
        "推进会",
        "现场会",
        "部署会",
        "动员会",
        "工作会",
        "培训班",
        "研讨会",
        "领导",
        "干部",
        "党建",
        "党风",
        "廉政",
        "疫情",
        "防控",
        "防汛",
        "消防",
        "食品",
        "卫生",
        "环境",
        "乡村",
        "振兴",
        "经济",
        "社会",
        "文化",
        "体育",
        "科技",
        "信息化",
        "数字化",
        "办公室",
        "人民政府",
        "政府",
        "教育局",
        "委员会",
        "有关",
        "事项",
        "情况",
        "问题",
        "活动",
        "服务",
        "保障",
        "治理",
        "改革",
        "创新",
        "高质量",
        "标准化",
        "规范化",
        "制度",
        "机制",
        "体系",
        "能力",
        "水平",
        "作风",
        "纪律",
        "宣传",
        "思想",
        "政治",
        "理论",
        "学习",
        "主题",
        "实践",
        "师资",
        "教师",
        "学生",
        "校长",
        "幼儿园",
        "中小学",
        "小学",
        "中学",
        "高中",
        "初中",
        "义务",
        "招生",
        "考试",
        "毕业",
        "新学期",
        "开学",
        "放假",
        "值班",
        "节假日",
        "国庆",
        "春节",
        "元旦",
        "假期",
        "暑假",
        "寒假",
        "期间",
        "统计",
        "调查",
        "普查",
        "申报",
        "评选",
        "推荐",
        "认定",
        "验收",
        "备案",
        "登记",
        "审核",
        "审批",
        "项目",
        "资金",
        "预算",
        "财务",
        "采购",
        "合同",
        "档案",
        "保密",
        "应急",
        "演练",
        "预案",
        "防范",
        "风险",
        "隐患",
        "事故",
        "交通",
        "消防安全",
        "校园",
        "文明",
        "创建",
        "卫生城市",
        "志愿",
        "服务",
        "群众",
        "基层",
        "社区",
        "农村",
        "城市",
        "企业",
        "单位",
        "部门",
        "机关",
        "系统",
        "行业",
        "领域",
        "春季学期",
        "秋季学期",
        "上学期",
        "下学期",
        "教育教学",
        "工作会议",
        "安全生产",
        "运动会",
        "中小学生",
        "系列",
        "运动",
        "综合",
        "行动",
        "联合",
        "集中",
        "常态化",
        "长效",
        "表彰大会",
        "大会",
    ]
)
_BREAK_AFTER_WORDS = ("关于", "暨", "和", "与", "及", "、")
_GENRE_TAILS = (
    "的通知",
    "的报告",
    "的意见",
    "的请示",
    "的批复",
    "的决定",
    "的函",
    "的讲话",
    "工作总结",
    "实施方案",
    "工作方案",
    "工作计划",
    "纪要",
)
_OPENERS = "“《（(〔"
_CLOSERS = "”》）)〕、，。：；"
_NUMBER_WORD = re.compile(
    r"\d+(?:[—–-]\d+)?(?:学年|年度|年|月|日|号|届|次|期|个|项)?|第[一二三四五六七八九十百\d]+[届次期批]"
)


def title_words(text: str) -> list[str]:
    """Split a title into words: built-in vocabulary, number words, then single characters."""
    words: list[str] = []
    index = 0
    longest = max(len(w) for w in _TITLE_WORDS)
    while index < len(text):
        number = _NUMBER_WORD.match(text, index)
        if number:
            words.append(number.group(0))
            index = number.end()
            continue
        for size in range(min(longest, len(text) - index), 1, -1):
            if text[index : index + size] in _TITLE_WORDS:
                words.append(text[index : index + size])
                index += size
                break
        else:
            words.append(text[index])
            index += 1
    return words


def _break_score(before: str, after: str, after_word: str, before_word: str) -> float:
    """How good a line break between two words is (higher is better); -inf forbids it."""
    if after[0] in _CLOSERS or before[-1] in _OPENERS:
        return -math.inf
    if before.count("“") > before.count("”") or before.count("《") > before.count("》"):
        return -5.0
    if any(after.startswith(tail) for tail in _GENRE_TAILS):
        return 3.0
    if before_word in _BREAK_AFTER_WORDS or after_word in ("并", "暨"):
        return 3.0
    if before_word == "的":
        return 2.0
    known = (before_word in _TITLE_WORDS or len(before_word) > 1) + (after_word in _TITLE_WORDS or len(after_word) > 1)
    return known - 1.5  # between two single unknown characters is likely inside a word


def split_title(text: str, max_width: float = SPACING.title_max_chars) -> list[str]:
    """Break a long title into lines that fit, between words, shaped as a 梯形 or 菱形 (§7.3.1).

    An explicit "|" in the title marks where the writer of the template wants the breaks.
    """
    if "|" in text:
        return [part.strip() for part in text.split("|") if part.strip()]
    text = text.strip()
    total = display_width(text)
    if total <= max_width:
        return [text]
    words = title_words(text)
    if math.ceil(total / max_width) > 2:
        first, rest = _best_split(words, max_width, prefer_width=max_width)
        return [first, *split_title(rest, max_width)]
    return list(_best_split(words, max_width, prefer_width=total / 2))


def _best_split(words: list[str], max_width: float, prefer_width: float) -> tuple[str, str]:
    text = "".join(words)
    best: tuple[float, int] | None = None
    position = 0
    for index in range(1, len(words)):
        position += len(words[index - 1])
        first, second = text[:position], text[position:]
        first_width, second_width = display_width(first), display_width(second)
        if first_width > max_width:
            break
        if second_width > max_width and prefer_width < max_width:
            continue
        score = _break_score(first, second, words[index], words[index - 1])
        if score == -math.inf:
            continue
        # Prefer balanced lines, the upper one not longer than the lower (正梯形).
        score -= abs(first_width - prefer_width) * 0.5
        if first_width > second_width + 1:
            score -= 1.0
        if best is None or score > best[0]:
            best = (score, position)
    if best is None:
        cut = int(max_width)
        return text[:cut], text[cut:]
    return text[: best[1]], text[best[1] :]


@dataclass(frozen=True)
class SignoffLayout:
    """Right indents (twips) of the 署名 and 成文日期 lines, both right-aligned."""

    issuer_right: int
    date_right: int


def signoff_layout(issuer: str, date: str, sealed: bool) -> SignoffLayout:
    """Place 署名 and 成文日期 per §7.3.5.

    Unsealed: the issuer 右空二字, the date starting two characters right of the issuer; if that
    would push the date past 右空二字, the date gets 右空二字 and the issuer moves left instead.
    Sealed: the date 右空四字, the issuer centred over it.
    """
    issuer_w = display_width(issuer) * CHAR
    date_w = display_width(date) * CHAR
    if sealed:
        date_right = SPACING.sealed_date_right
        issuer_right = round(date_right + (date_w - issuer_w) / 2) if issuer else 0
        return SignoffLayout(max(issuer_right, 0), date_right)
    if not issuer:
        return SignoffLayout(0, SPACING.signoff_right)
    issuer_right = SPACING.signoff_right
    date_right = round(issuer_right + issuer_w - SPACING.signoff_date_offset - date_w)
    if date_right < SPACING.signoff_right:
        date_right = SPACING.signoff_right
        issuer_right = round(date_right + date_w + SPACING.signoff_date_offset - issuer_w)
    return SignoffLayout(issuer_right, date_right)


@dataclass(frozen=True)
class MarkSize:
    size: int  # half-points
    scale: int  # horizontal scale in percent, 100 = none


def issuer_mark_size(text: str) -> MarkSize:
    """Largest size up to 初号 at which the 发文机关标志 fits the 版心 width; squeeze if still too wide."""
    width_em = max(display_width(text), 1)
    available_pt = PAGE.text_width / 20 - 2
    size_pt = min(SPACING.issuer_mark_max_size / 2, available_pt / width_em)
    minimum = SPACING.issuer_mark_min_size / 2
    if size_pt >= minimum:
        return MarkSize(int(size_pt) * 2, 100)
    scale = max(int(available_pt / (width_em * minimum) * 100), 33)
    return MarkSize(int(minimum * 2), scale)
