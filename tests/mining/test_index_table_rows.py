"""A government page files each document under an index table — a header of short labels and one row of values,
cells apart by tabs — and that row is the page's, not the first line of the document (our own sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.furniture import mark_index_rows
from drafter.mining.parse import parse_file

HEADER = "索引号\t信息分类\t发布机构\t生成日期\t公开方式\t有效期"
PAGE = f"""柳湾区人民政府网站
首页　　信息公开　　办事服务　　政民互动
{HEADER}
11420103MB0001/2026-00211\t农业农村\t柳湾区农业农村局\t2026-10-09\t主动公开\t长期
柳湾区农业农村局关于做好秋冬季农作物秸秆禁烧工作的通知
各街道办事处：
为改善空气质量，现就做好秋冬季秸秆禁烧工作通知如下：
一、落实属地责任
各街道要明确包片干部，做到田间地头有人巡、有人管。
二、推进综合利用
各街道要组织农户开展秸秆还田，提高综合利用水平。
柳湾区农业农村局
2026年10月9日
【打印】　【关闭】
{HEADER}
11420103MB0001/2026-00230\t农业农村\t柳湾区农业农村局\t2026-10-21\t主动公开\t长期
关于召开全区秋播工作推进会的通知
各街道办事处：
定于10月24日上午9时在区农业农村局三楼会议室召开全区秋播工作推进会，请分管负责同志参加。
请各街道于10月23日前将参会人员名单报区农业农村局办公室。
柳湾区农业农村局办公室
2026年10月21日
"""


def test_each_document_opens_at_its_title_under_the_index_row(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    found = [(d.start_line, d.title) for d in parse_file(path).documents]
    assert found == [
        (5, "柳湾区农业农村局关于做好秋冬季农作物秸秆禁烧工作的通知"),
        (17, "关于召开全区秋播工作推进会的通知"),
    ]


def test_a_table_of_several_rows_stays() -> None:
    header = "序号 活动名称 举办地点 开始日期 结束日期 负责单位"
    rows = ["1 秋季运动会 区体育馆 2026-10-12 2026-10-13 区教育局", "2 科普周 区图书馆 2026-10-20 2026-10-26 区科协"]
    furniture = [True, False, False]
    mark_index_rows([header, *rows], furniture)
    assert furniture == [True, False, False]
