"""Section types a part's heading names in sentence form, or by its place in a kind of document (LABELS)."""

from drafter.mining.classify import classify_sections
from drafter.mining.outline import Heading


def heading(line: int, level: int, text: str) -> Heading:
    return Heading(line, line, "", "cn", 1, text, level)


def sections(genre: str, *parts: tuple[int, str], retrospective: bool = False) -> list[str]:
    found = classify_sections(
        [heading(n, level, text) for n, (level, text) in enumerate(parts, 1)], genre, retrospective=retrospective
    )
    return [h.section for h in found]


def test_a_working_speech_reviews_then_sets_the_work_ahead() -> None:
    assert sections(
        "speech",
        (1, "认真回顾近两年来的征地拆迁工作，看到成绩更要看到差距"),
        (2, "依法征收的制度更加健全"),
        (1, "正视当前工作中遇到的困难和问题"),
        (1, "扎实做好明年各项征收工作，确保按期交地"),
        (2, "要在依法征收上下功夫"),
    ) == ["overview", "practices", "problems", "next_steps", "next_steps"]
    assert sections(
        "speech",
        (1, "过去两年的主要工作"),
        (1, "正视面临的困难和挑战，增强做好工作的紧迫感"),
        (1, "抓好今年重点任务，推动园区再上新台阶"),
    ) == ["overview", "problems", "next_steps"]


def test_a_speech_of_points_keeps_them_topical() -> None:
    assert (
        sections(
            "speech",
            (1, "要把群众的冷暖放在心上"),
            (1, "要把手中的权力用在正处"),
            (1, "要把学到的本领用到基层"),
        )
        == ["topical"] * 3
    )


def test_a_meeting_notice_names_the_meeting_content() -> None:
    assert sections("meeting_notice", (1, "会议时间"), (1, "主要内容"), (2, "通报上半年进度")) == [
        "meeting_info",
        "meeting_info",
        "meeting_info",
    ]


def test_a_notice_lays_out_its_schedule_and_reports_what_was_found() -> None:
    assert sections("notice", (1, "评审安排"), (2, "初审阶段（3月1日至3月10日）"), (1, "有关要求")) == [
        "steps",
        "steps",
        "safeguards",
    ]
    assert sections("notice", (1, "检查发现的主要问题"), (2, "台账登记不全")) == ["problems", "problems"]


def test_a_plan_laid_out_by_month_and_a_notice_s_sign_up_are_steps() -> None:
    assert sections("plan", (1, "工作目标"), (1, "月份安排"), (2, "三月：启动部署")) == ["objectives", "steps", "steps"]
    assert sections("notice", (1, "活动内容"), (1, "报名方式")) == ["tasks", "steps"]
    assert sections("meeting_notice", (1, "会议时间"), (1, "会议报名")) == ["meeting_info", "meeting_info"]
