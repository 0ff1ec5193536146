"""Who rode in what was hit is its target, and an air strike on a safe house is an air strike
(not a seizure of weapons). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("2024-12-03", "وفي ديالى، انفجرت عبوة ناسفة صباح اليوم بعجلة عسكرية يستقلها عناصر من الحشد الشعبي في ناحية قره تبه.",
     ("Remote explosive/landmine/IED", None, "Popular Mobilization Forces")),
    ("2024-12-03", "وأعلنت خلية الإعلام الأمني أن طيران الجيش نفذ أمس ضربة جوية على مضافة لتنظيم داعش في وادي الشاي جنوب كركوك.",
     ("Air/drone strike", "Military Forces of Iraq", "Islamic State (IS)")),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_target_and_kind(published: str, text: str, expected: tuple) -> None:
    record = extract(text, published)
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    got = [(e["sub_event_type"], names.get(e["actor1"]), names.get(e["actor2"])) for e in record["events"]]
    assert got == [expected]


def test_the_bomber_of_a_group_is_its_author() -> None:
    """«بتفجير انتحاري نفذه عنصر من تنظيم داعش»: the group of the man who carried it out is the
    author; the dead fighters' group is the target, never both sides at once."""
    text = ("الأنبار - قُتل أربعة من مقاتلي الحشد العشائري وأصيب ستة آخرون، اليوم، بتفجير انتحاري نفذه "
            "عنصر من تنظيم داعش يرتدي حزاماً ناسفاً في منطقة الكرمة شرقي الفلوجة.")
    record = extract(text, "2016-06-05")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    [event] = record["events"]
    assert (names.get(event["actor1"]), names.get(event["actor2"])) == ("Islamic State (IS)", "Tribal Mobilization Forces")


def test_a_report_that_goes_on_goes_on_where_it_was() -> None:
    """«وأضاف البيان أن القوات ألقت القبض على …»: the same report's next act, with no place of its
    own, took place where its sentence before did (not nowhere)."""
    text = ("العريش - أعلن المتحدث العسكري اليوم أن قوات الجيش قتلت ثمانية مسلحين خلال مداهمات جنوب مدينة رفح. "
            "وأضاف البيان أن القوات ألقت القبض على 17 من العناصر المشتبه فيها خلال المداهمات.")
    arrests = [e for e in extract(text, "2017-02-07")["events"] if e["sub_event_type"] == "Arrests"]
    assert [(e["location"] or {}).get("admin1_code") for e in arrests] == ["EG-SIN"]
