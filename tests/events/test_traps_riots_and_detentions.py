"""Traps that borrow war's words, crowds that riot, and people held. Our own sentences.

- A book just out, an air show, a sung poem of the fronts, a shell of an old war found in a
  field, a threat of what will meet an escalation, the start of a protest movement named as
  the origin of a tally: no event.
- A party's followers who fight the police with fire, no gun told, riot; a crowd that burns a
  building to protest a death riots, and the death it protests is not its toll; a march that
  met no one («دون تسجيل مواجهات») stays peaceful.
- «أوقفت السلطات الناشطة …» is an arrest; hostages held by gunmen, however far the word
  «رهائن» stands, are abducted; gunmen who take cars and radios take no ground.
"""

from __future__ import annotations

import pytest

from rasad import extract

NO_EVENT = [
    "صدرت حديثاً عن دار الساقي رواية «غارة على الحي القديم» للكاتب العراقي سلام حسن، وتروي سيرة حي بغدادي خلال الحرب.",
    "نفذت طائرات حربية ومروحيات استعراضاً جوياً فوق كورنيش الدوحة احتفالاً باليوم الوطني وسط حشود من المواطنين.",
    "انتشر زامل جديد للمنشد عيسى الليث يتغنى بمعارك الساحل الغربي وصمود المقاتلين في الجبهات.",
    "عثر رعاة على قذيفة مدفعية تعود إلى الحرب العالمية الثانية قرب بلدة العلمين، وتولى خبراء المفرقعات إبطالها.",
    "حذر قيادي في الجماعة من أن أي هجوم على الميناء سيقابل بضربات صاروخية تطال المنشآت النفطية.",
    "قالت منظمة العفو الدولية إن أكثر من مئة محتج قتلوا منذ انطلاق الاحتجاجات في أيلول الماضي.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_war_words_that_tell_no_event(text: str) -> None:
    assert extract(text, published="2022-10-05")["events"] == []


EVENTS = [
    # (text, sub-type, fatalities)
    ("اشتبك أنصار الحزب مع قوات الأمن في حي عين شمس عقب صلاة الجمعة، وأحرقوا سيارة تابعة للشرطة.",
     "Violent demonstration", None),
    ("إحراق مقر بلدية الرقاب احتجاجاً على وفاة شاب في الحجز.", "Violent demonstration", None),
    ("أحرق شبان غاضبون مقر المعتمدية في الرقاب احتجاجاً على وفاة شاب في مركز الشرطة.", "Violent demonstration", None),
    ("أوقفت السلطات الجزائرية الناشطة الحقوقية أميرة سعدي في مطار هواري بومدين لدى عودتها من باريس.", "Arrests", None),
    ("احتجزت جماعة مسلحة قدمت من وراء الحدود عشرات الموظفين المحليين والأجانب رهائن داخل حقل النفط.",
     "Abduction/forced disappearance", None),
    ("نهب مسلحون مجهولون مستودع برنامج الأغذية العالمي في مدينة كيدال، واستولوا على سيارتين وأجهزة اتصال.",
     "Looting/property destruction", None),
    ("وشهدت مدينة كسلا موكباً مماثلاً رفع فيه المحتجون لافتات تطالب بالحكم المدني، دون تسجيل مواجهات.",
     "Peaceful protest", None),
    # (guard) a toll the act itself caused stays its own
    ("قتل شابان برصاص قوات الأمن خلال تظاهرة في مدينة الحسيمة.", "Excessive force against protesters", 2),
]


@pytest.mark.parametrize(("text", "sub_type", "fatalities"), EVENTS)
def test_riots_and_people_held(text: str, sub_type: str, fatalities: int | None) -> None:
    events = extract(text, published="2022-10-05")["events"]
    assert [e["sub_event_type"] for e in events] == [sub_type]
    assert events[0]["fatalities"] == fatalities


def test_a_halted_talk_is_no_arrest() -> None:
    # (guard) «أوقفت» of talks, a journalist named after «مع»
    assert extract("أوقفت السلطات المفاوضات مع الصحفي المعروف بشأن عودته.", published="2022-10-05")["events"] == []
