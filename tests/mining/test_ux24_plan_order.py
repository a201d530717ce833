"""ux24 walk: the order of a unit's 实施方案 sections, where one 方案 opens with a section read as its tasks.

A 卫健委's 爱国卫生月 方案 opens with 活动主题 (read as its tasks) before 工作目标 and 主要任务; its other 方案
writes 工作目标 first; a third document (a set of 工作要点) is all tasks. The first 方案 was counted as
putting the tasks before the aims, its tasks after the aims uncounted, the tie fell to mean position, and
the mined plan template drafted 主要任务 before 工作目标 — the one habit it had learnt, and a wrong one. A
document now votes that one section precedes another only where all of it does.

The unit and its plans are made up for this walk.
"""

from __future__ import annotations

import json
from pathlib import Path

from walkhelpers import mine_cli, write_archive

UNIT = "汀州市卫生健康委员会"

THEMED = f"""汀州市爱国卫生月活动实施方案

为改善城乡环境卫生，营造整洁有序的生活环境，结合我市实际，制定本方案。
一、活动主题
清洁家园，健康你我。
二、工作目标
城乡环境卫生明显改善，病媒生物密度控制在标准以内。
三、主要任务
（一）开展环境卫生集中整治。以农贸市场和老旧小区为重点清理卫生死角。
（二）开展病媒生物防制。组织一次统一灭鼠灭蚊行动。
四、实施步骤
（一）动员部署阶段（4月1日至4月7日）。
（二）集中整治阶段（4月8日至4月25日）。
五、保障措施
（一）加强组织领导。各区县成立工作专班。
（二）强化督导检查。市爱卫办组织明察暗访。

{UNIT}
2025年3月20日
"""

PLAIN = f"""汀州市基层卫生服务能力提升行动实施方案

为补齐基层医疗卫生服务短板，结合我市实际，制定本方案。
一、工作目标
年底前八成以上乡镇卫生院达到服务能力基本标准。
二、主要任务
（一）改善设施设备条件。为乡镇卫生院配备数字化影像设备。
（二）加强人才队伍建设。选派城市医院医生驻点帮扶。
三、实施步骤
（一）启动阶段（4月）。
（二）推进阶段（5月至10月）。
四、保障措施
（一）落实经费保障。
（二）严格考核评估。

{UNIT}
2025年4月2日
"""

POINTS = f"""2025年全市卫生健康系统行风建设工作方案

一、压实行风建设责任
各单位主要负责人履行第一责任人职责。
二、整治医药购销不正之风
聚焦药品耗材采购等重点环节开展专项整治。
三、加强医德医风教育
组织开展廉洁从医主题教育。

{UNIT}
2025年3月1日
"""


def test_a_plan_opening_with_its_theme_does_not_put_the_tasks_before_the_aims(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "档案", [("方案1.txt", THEMED), ("方案2.txt", PLAIN), ("方案3.txt", POINTS)])
    mine_cli(archive, tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    plan = next(g for g in report["genres"] if g["genre"] == "plan")
    order = [pair["first"] for pair in plan["structure"]["order"]] + [plan["structure"]["order"][-1]["second"]]
    assert order.index("objectives") < order.index("tasks"), order
