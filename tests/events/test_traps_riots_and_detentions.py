"""Traps that borrow war's words, crowds that riot, and people held. Our own sentences.

- A book just out, an air show, a sung poem of the fronts, a shell of an old war found in a
  field, a threat of what will meet an escalation, the start of a protest movement named as
  the origin of a tally, a festival, a campaign rally, a pilgrimage, a museum, demining, a
  monthly count, drones that carry medicine, migrants stopped at sea, and agreements on wages
  or business between civil parties: no event.
- A party's followers who fight the police with fire, no gun told, riot; a crowd that burns a
  building to protest a death riots, and the death it protests is not its toll; a march that
  met no one («دون تسجيل مواجهات») stays peaceful.
- Unknown men who set fire to a party's office destroy property.
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
    # a festival, a campaign rally, a pilgrimage, a museum, demining, rebuilding, a monthly count,
    # a verdict, drones for medicine, a campaign against the sands, migrants stopped, wages and business
    "احتشد آلاف الزوار في ساحة المدينة العتيقة بتونس لحضور مهرجان ثقافي يحتفي بالتراث الموسيقي.",
    "افتتح المرشح حملته الانتخابية بمهرجان خطابي حاشد في ملعب المدينة بحضور آلاف من أنصاره.",
    "تتواصل مسيرات الزوار سيراً على الأقدام نحو كربلاء لإحياء زيارة الأربعين وسط إجراءات أمنية مشددة.",
    "افتتح في دهوك أمس متحف يوثق القصف الكيميائي لقرى بهدينان ويضم صوراً ووثائق للضحايا.",
    "أعلنت المديرية العامة لشؤون الألغام رفع ثلاثة آلاف عبوة ناسفة من قرى سنجار خلال الأشهر الستة الماضية.",
    "بدأت البلدية ترميم المدارس التي دمرتها المعارك في حي الصاخور بتمويل من منظمة دولية.",
    "قال مرصد حقوقي في تقريره الشهري إن قوات الأمن اعتقلت أكثر من 300 شخص خلال شهر آب الماضي.",
    "قضت المحكمة العسكرية بإعدام رجلين أدينا بالتخطيط لتفجير سوق في مدينة بيدوا.",
    "بدأت وزارة الصحة استخدام طائرات مسيرة لنقل عينات الدم إلى المستشفيات النائية في الجنوب.",
    "أطلقت الوزارة حملة وطنية لغرس الأشجار لمواجهة زحف الرمال على الطرق الصحراوية.",
    "أعلن خفر السواحل إحباط محاولات هجرة غير شرعية لمئتي شخص قبالة سواحل صفاقس خلال الأسبوع الماضي.",
    "وقعت وزارة الصحة ونقابة الأطباء اتفاقاً يقضي بزيادة الرواتب وإنهاء الإضراب.",
    "وقعت الحكومة اتفاقية مع شركة صينية لإنشاء محطة كهرباء باستثمارات تبلغ 300 مليون دولار.",
    # drones that only fly; a tyre that bursts
    "حلقت طائرات مسيرة فوق مدينة الرقة طوال ليل أمس دون أن تنفذ أي ضربات.",
    "انفجر إطار حافلة على الطريق الصحراوي قرب أسيوط دون وقوع إصابات.",
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
    ("أضرم مجهولون النار في مقر حزب النهضة في مدينة قبلي فجر اليوم.", "Looting/property destruction", None),
    # (guards) a state's agreement with rebels the sentence leaves unnamed; a crowd's fire is its riot
    ("أعلنت الحكومة التوصل إلى اتفاق يقضي بخروج المسلحين من حي الوعر إلى ريف حلب الشمالي.", "Agreement", None),
    ("أضرم متظاهرون النار في مقر حزب الدعوة في قضاء الشطرة.", "Violent demonstration", None),
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
