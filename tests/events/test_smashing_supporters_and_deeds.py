"""Crowds that smash shops, supporters who rally, tribes that sign a peace deed, a group that
leaves the body it joined, a day of protest named in quotes; and look-alikes that are none:
flowers thrown in welcome, a hunting trip, a water main that bursts, a tally over years.
Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,sub,modality", [
    ("قام عشرات الشبان بتكسير واجهات المحال التجارية في شارع الحمراء ببيروت ليل السبت.", "2019-10-20",
     "Violent demonstration", "asserted"),
    ("وحطم محتجون غاضبون زجاج مصرفين في مدينة صيدا قبل أن يتفرقوا.", "2020-01-15", "Violent demonstration", "asserted"),
    ("وأضرم أهالي القرية النار في أربعة منازل بقرية المنشأة الكبرى في المنيا إثر شائعة.", "2016-07-14",
     "Mob violence", "asserted"),
    ("تجمع مئات من أنصار المجلس العسكري أمام مقر السفارة الفرنسية في واغادوغو مساء الأحد.", "2022-10-02",
     "Peaceful protest", "asserted"),
    ("وقع وجهاء قبيلتي المعاليا والرزيقات في مدينة الضعين أمس وثيقة صلح تنهي القتال بين الطرفين.", "2017-03-08",
     "Agreement", "asserted"),
    ("أعلنت حركة أحرار الشام في بيان انسحابها من الجبهة الإسلامية.", "2016-02-11", "Change to group/activity", "asserted"),
    ("دعت الفصائل إلى المشاركة الواسعة في فعاليات «جمعة الغضب» بعد غد في مدينة نابلس.", "2017-12-13",
     "Peaceful protest", "planned"),
])
def test_told_events(text: str, published: str, sub: str, modality: str) -> None:
    r = extract(text, published)
    found = [e for e in r["events"] + r.get("unrealised_events", []) if e["sub_event_type"] == sub]
    assert found and found[0]["modality"] == modality


@pytest.mark.parametrize("text,published", [
    ("رشق سكان الحي موكب العرسان بالورود والأرز وسط الزغاريد في مدينة الموصل.", "2018-07-20"),
    ("توفي رجل إثر خطأ في استخدام بندقية صيد خلال رحلة قنص للطيور في صحراء الأنبار.", "2019-11-02"),
    ("أدى انفجار خط رئيسي لنقل المياه إلى غرق شوارع في حي الرياض بالخرطوم.", "2021-04-05"),
    ("وثقت منظمة حقوقية أكثر من مئتي عملية اغتيال في درعا منذ منتصف 2018.", "2021-06-30"),
    ("تجمع عشرات من عناصر أنصار الشريعة قرب معسكر للجيش في درنة.", "2014-05-03"),  # (guard) armed men massing
    ("وقعت الشركة وثيقة صلح مع العمال المفصولين في الخرطوم.", "2019-08-01"),  # (guard) a labour dispute
    ("انطلقت في مدينة سوسة فعاليات «مسيرة الأمل» للتوعية بمرض السرطان بمشاركة مئات الرياضيين.", "2022-10-09"),
    ("اتهمت منظمة حقوقية في تقريرها السنوي الأجهزة الأمنية بممارسة الإخفاء القسري بحق عشرات الناشطين.", "2020-05-14"),
])
def test_look_alikes(text: str, published: str) -> None:
    r = extract(text, published)
    assert not [e for e in r["events"] if e["modality"] in ("asserted", "claimed")]


def test_burning_beside_an_attack_is_that_attack() -> None:
    """«هاجم مستوطنون القرية واعتدوا على الأهالي وأضرموا النار في منازل»: one attack, not an attack and a riot."""
    text = "هاجم مستوطنون مساء أمس قرية بورين جنوب نابلس واعتدوا على الأهالي وأضرموا النار في منازل ومركبات."
    events = extract(text, "2023-06-21")["events"]
    assert [e["sub_event_type"] for e in events] == ["Attack"]
