"""Ground given up, and control that is not of ground. A withdrawal is a transfer of territory
where the fighters left, never where they went (told with no place it left, it has none), unless
its own sentence tells the fight it ended (then it is that fight's end); a
crowd brought under control is no territory regained. Our own sentences in the
style of Somali, Syrian, Sudanese and Iraqi outlets → (sub_event_type, place) of each event."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # a withdrawal told in the sentence of the fight is the fight's end, no transfer of its own
    ("مقديشو - شنت القوات الصومالية هجوما على مواقع حركة الشباب في بلدة مقوكوري بإقليم هيران اليوم. "
     "وقال قائد عسكري إن 43 من مقاتلي الحركة قتلوا في المعارك، بينما انسحب الباقون باتجاه إقليم شبيلي الوسطى.",
     [("Armed clash", "مقوكوري")]),
    # where they went is not what they gave up
    ("إدلب - اندلعت اشتباكات عنيفة بين هيئة تحرير الشام وحركة نور الدين الزنكي في بلدة دارة عزة اليوم. وانسحب مقاتلو الزنكي في المساء باتجاه عفرين.",
     [("Armed clash", "دارة عزة"), ("Non-violent transfer of territory", None)]),
    # the place left stays a transfer
    ("مقديشو - انسحبت قوات الاتحاد الأفريقي اليوم من قاعدة بلدة مهاس في إقليم هيران وتسلمها الجيش الصومالي.",
     [("Non-violent transfer of territory", "مهاس")]),
    # a crowd brought under control
    ("بغداد - وقال مسؤول أمني إن قوات الأمن نجحت في السيطرة على هذه الاحتجاجات دون وقوع إصابات.",
     []),
    ("البصرة - تمكنت قوات مكافحة الشغب من السيطرة على أعمال الشغب قرب مبنى المحافظة بعد ساعات.",
     []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ground_given_up(text: str, expected: list[tuple[str, str]]) -> None:
    record = extract(text, "2023-05-10")
    assert [(e["sub_event_type"], (e.get("location") or {}).get("name_ar")) for e in record["events"]] == expected
