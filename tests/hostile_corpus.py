"""A tiny corpus whose group values and doc_ids are attacks on the report's Markdown.

Six short articles, written for this test (not taken from any outlet): two per
group, three groups. Every group value and doc_id carries one of the ways a
manifest string could become markup once a notebook prints it with
``Markdown(...)`` and the notebook is exported to HTML: a raw tag with an event
handler, a ``<script>`` element, an attribute break-out, an HTML entity, a
Markdown link to ``javascript:``, inline code and math. What runs sets
``window.__pwned`` or opens an alert (the browser test reads both); what renders
as text shows the literal value (``R&D &amp;`` as exactly that: neither ``R&amp;D``
nor ``R&D &``). ``$`` in a group value is refused by the pre-check by design
(figure labels would read it as math), so ``$x$`` stands in a doc_id here and in
the refused group values of :data:`REFUSED_GROUPS`.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

#: The grouping column of the hostile manifest.
BY = "outlet"

#: Group values: each must show as literal text and run nothing.
GROUPS = (
    "<img src=x onerror=window.__pwned=1>",
    "<script>window.__pwned=1</script> R&D &amp;",
    "\"onmouseover=\"window.__pwned=1\" [x](javascript:window.__pwned=1) `code`",
)

#: doc_ids, two per group (in the order of :data:`ARTICLES`).
DOC_IDS = (
    "<img src=y onerror=window.__pwned=1>",
    "<svg onload=alert(1)>",
    "[z](javascript:window.__pwned=1)",
    "&lt;b&gt;&amp;",
    "$x$ `tick` <script>window.__pwned=1</script>",
    "\" onfocus=\"window.__pwned=1\" autofocus=\"",
)

#: Group values the pre-check refuses by design, with a fragment of its one line.
REFUSED_GROUPS = {
    "$x$": "contains '$'",
}

#: Six short district-news articles (title, then body paragraphs), written for this test.
ARTICLES = (
    ("城区街道开展党史学习教育宣讲活动\n\n"
     "近日，城区街道组织宣讲团深入社区，开展党史学习教育专题宣讲。\n\n"
     "宣讲员结合身边故事，讲述基层党组织带领群众修路建桥的经历，居民听得认真。\n\n"
     "街道负责人表示，将把学习成果转化为为民办实事的具体行动，解决群众急难愁盼问题。\n"),
    ("城区新建口袋公园方便居民休闲\n\n"
     "城区今年新建口袋公园六处，利用闲置地块种植花木、铺设步道。\n\n"
     "附近居民说，以前下楼没有地方散步，现在傍晚可以带孩子出来走走。\n\n"
     "城区住建部门介绍，下一步将继续排查可利用空间，让绿地离群众更近。\n"),
    ("山区乡镇推进乡村振兴产业发展\n\n"
     "山区乡镇依托高山气候，发展茶叶、中药材等特色产业，带动农户增收。\n\n"
     "镇里成立专业合作社，统一技术指导和销售渠道，茶叶价格比去年提高。\n\n"
     "驻村工作队表示，将继续完善冷链物流设施，帮助农产品走出大山。\n"),
    ("山区开展农村人居环境整治\n\n"
     "山区各村组织村民清理房前屋后垃圾，改造旱厕，整治村容村貌。\n\n"
     "镇政府为每个村配备保洁员，建立垃圾分类收集点，定期检查评比。\n\n"
     "村民表示，村子变干净了，来乡村旅游的游客也越来越多。\n"),
    ("新区召开重点项目建设推进会\n\n"
     "新区召开重点项目建设推进会，通报今年以来项目投资和开工情况。\n\n"
     "会议要求各部门优化审批服务，协调解决用地、用电等问题，加快项目落地。\n\n"
     "新区负责人强调，要以项目建设为抓手，推动经济高质量发展。\n"),
    ("新区举办招聘会助力稳就业\n\n"
     "新区人力社保部门举办专场招聘会，四十余家企业提供岗位一千多个。\n\n"
     "高校毕业生和返乡人员现场咨询，不少求职者当场达成就业意向。\n\n"
     "工作人员介绍，新区还将开展职业技能培训，提升劳动者就业能力。\n"),
)


def write_hostile_corpus(folder: Path, groups=GROUPS, doc_ids=DOC_IDS, by: str = BY) -> Path:
    """Write the six articles and a manifest (``doc_id,file,sha256,<by>``) into ``folder``.

    Articles ``2k`` and ``2k+1`` belong to ``groups[k]``. Returns ``folder``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, text in enumerate(ARTICLES):
        data = text.encode("utf-8")
        name = f"article_{i}.txt"
        (folder / name).write_bytes(data)
        rows.append({"doc_id": doc_ids[i], "file": name,
                     "sha256": hashlib.sha256(data).hexdigest(), by: groups[i // 2]})
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc_id", "file", "sha256", by], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return folder
