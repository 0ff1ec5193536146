"""Killings told by verbs of slaughter and shooting dead («ذبحوه», «أرداه قتيلاً»), and the
crowds and attackers that are no protest and no fight: a funeral procession, a pilgrimage, a
marathon, hyenas on a flock, sacrifices of the feast, a kitchen's gas cylinder, war's
leftovers cleared. Our own sentences (rasad/data/events/
triggers.yaml and the `procession`, `animals` and `sacrifice` contexts of trigger_roots.yaml)."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, event type or None)
    ("القصرين - اقتحم مسلحون منزل راعٍ في قرية بجبل سمامة وذبحوه أمام أفراد عائلته.", "Violence against civilians"),
    ("طرابلس - أردى مسلح ملثم صاحب محل تجاري برصاصتين في الرأس أمام متجره في باب التبانة.", "Violence against civilians"),
    ("بنغازي - أرداه مسلحون قتيلاً أمام منزله في حي الماجوري مساء أمس.", "Violence against civilians"),
    # «وقتلوا …» with the people they killed after it: armed men who killed, whatever else they did
    ("أحرق مسلحون قرية في مقاطعة بيبور وقتلوا تسعة مدنيين بينهم أطفال.", "Violence against civilians"),
    # traps
    ("الخليل - شيّع الآلاف جثمان الشيخ المتوفى عن تسعين عاماً في موكب مهيب جاب شوارع البلدة القديمة.", None),
    ("كربلاء - تتواصل مسيرة الأربعين المليونية نحو كربلاء وسط إجراءات أمنية مشددة.", None),
    ("مسقط - جاب أكثر من خمسة آلاف عداء شوارع العاصمة في ماراثون مسقط الدولي صباح الجمعة.", None),
    ("النعمة - هاجمت ذئاب جائعة قطيع أغنام في بلدية باسكنو ونفق عشرون رأساً.", None),
    ("القاهرة - ذبح المواطنون الأضاحي صباح اليوم الأول من أيام العيد.", None),
    # teams and drones that watch a crowd: no crowd dispersed, no strike
    ("مكة - نشر الدفاع المدني فرقاً للتدخل السريع وطائرات مسيّرة لمراقبة الحشود عند جسر الجمرات.", None),
    ("منى - عملت فرق الإنقاذ على تنظيم الحشود في مشعر منى.", None),
    # a race or a cup in play
    ("المنامة - شن السائق البريطاني هجوماً مبكراً على صاحب المركز الأول في اللفة الخامسة من سباق الجائزة الكبرى.", None),
    ("الرباط - يخوض المنتخب مواجهة نارية أمام نظيره النيجيري في نصف نهائي كأس أمم أفريقيا.", None),
    # (guard) fans fighting near the ground
    ("القاهرة - اشتبك مشجعو الناديين بالحجارة والزجاجات في محيط الملعب عقب المباراة.", "Riots"),
    # (guard) a crowd dispersed
    ("بغداد - فرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع في ساحة التحرير.", "Protests"),
    # a kitchen's gas cylinder; war's leftovers cleared
    ("الجيزة - انفجرت أسطوانة غاز داخل مطبخ شقة في منطقة فيصل ما أدى إلى إصابة سيدة وطفليها بحروق.", None),
    ("الموصل - أعلنت فرق نزع الألغام أنها رفعت نحو عشرة آلاف مقذوف غير منفلق من المدينة القديمة خلال العام.", None),
]


@pytest.mark.parametrize(("text", "event_type"), CASES)
def test_killings_and_crowds_that_are_none(text: str, event_type: str | None) -> None:
    events = extract(text, published="2021-07-20")["events"]
    assert [e["event_type"] for e in events] == ([event_type] if event_type else [])


def test_the_passive_plural_kills_no_one_of_its_own() -> None:
    """(guard) «الذين قتلوا في الغارة» were killed by the strike told, no attack of their own."""
    events = extract("صنعاء - شيع المئات المدنيين الذين قتلوا في الغارة على سوق مستبأ.", published="2021-07-20")["events"]
    assert "Violence against civilians" not in [e["event_type"] for e in events]
