"""Linking tables: sentences written for these tests → expected (surface text, actor id) pairs."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.actors import get_linker, link_json
from rasad.text.normalise import normalise

D2014, D2015, D2016, D2017, D2018, D2019, D2020 = (date(y, 6, 1) for y in range(2014, 2021))
D2025 = date(2025, 3, 1)


def linked(text, published=None, country=None):
    mentions = get_linker().find(normalise(text), published, country)
    for m in mentions:
        assert text[m.start:m.end] == m.text  # spans point into the original text
    return [(m.text, m.actor_id) for m in mentions]


# (text, published, country, expected [(surface, id)])
NAMED = [
    # Plain names and well-known aliases.
    ("سيطرت هيئة تحرير الشام على قرية جديدة", D2018, None, [("هيئة تحرير الشام", "sy.hts")]),
    ("أعلنت حركة أحرار الشام الإسلامية النفير العام", D2016, None, [("حركة أحرار الشام الإسلامية", "sy.ahrar_al_sham")]),
    ("اندلعت اشتباكات بين جيش الإسلام وفيلق الرحمن في الغوطة", D2016, None,
     [("جيش الإسلام", "sy.jaysh_al_islam"), ("فيلق الرحمن", "sy.faylaq_al_rahman")]),
    ("تقدمت قوات سوريا الديمقراطية (قسد) في ريف الرقة", D2017, None,
     [("قوات سوريا الديمقراطية", "sy.sdf"), ("قسد", "sy.sdf")]),
    ("قصفت وحدات حماية الشعب الكردية قرى في ريف عفرين", D2016, None, [("وحدات حماية الشعب الكردية", "sy.ypg")]),
    ("شارك فيلق الشام وفرقة الحمزة وفرقة السلطان مراد في المعركة", D2019, None,
     [("فيلق الشام", "sy.faylaq_al_sham"), ("فرقة الحمزة", "sy.hamza_division"), ("فرقة السلطان مراد", "sy.sultan_murad")]),
    ("تبادل فصيل العمشات وأحرار الشرقية الاتهامات", D2020, None,
     [("فصيل العمشات", "sy.amshat"), ("أحرار الشرقية", "sy.ahrar_al_sharqiya")]),
    ("هاجم تنظيم داعش نقاطا لقوات النظام في البادية", D2019, "SY",
     [("تنظيم داعش", "int.is"), ("قوات النظام", "sy.military")]),
    ("نفذ تنظيم حراس الدين هجوما على مواقع في ريف اللاذقية", D2019, None, [("تنظيم حراس الدين", "sy.hurras_al_din")]),
    ("أعلن الحزب الإسلامي التركستاني مقتل عدد من مقاتليه", D2018, None, [("الحزب الإسلامي التركستاني", "int.tip")]),
    ("شنت الطائرات الحربية الروسية غارات على ريف إدلب", D2019, None, [("الطائرات الحربية الروسية", "int.russia_military")]),
    ("استهدف الحرس الثوري الإيراني مواقع في دير الزور", D2018, None, [("الحرس الثوري الإيراني", "int.iran_irgc")]),
    ("قتل عناصر من لواء فاطميون في البادية السورية", D2017, None, [("لواء فاطميون", "int.fatemiyoun")]),
    ("وصلت تعزيزات للجيش التركي إلى إدلب", D2020, None, [("للجيش التركي", "int.turkey_military")]),
    ("قصف الجيش الإسرائيلي مواقع في القنيطرة", D2018, None, [("الجيش الإسرائيلي", "int.israel_military")]),
    ("أعلنت القيادة المركزية الأمريكية مقتل قيادي", D2019, None, [("القيادة المركزية الأمريكية", "int.us_military")]),
    ("طالبت الأمم المتحدة بوقف إطلاق النار", D2016, None, [("الأمم المتحدة", "int.un")]),
    ("أدخل الهلال الأحمر العربي السوري قافلة مساعدات", D2016, None, [("الهلال الأحمر العربي السوري", "sy.red_crescent")]),
    ("قالت مفوضية الأمم المتحدة لشؤون اللاجئين إن آلاف العائلات نزحت", D2019, None,
     [("مفوضية الأمم المتحدة لشؤون اللاجئين", "int.unhcr")]),
    ("وزعت اللجنة الدولية للصليب الأحمر مواد إغاثية", D2017, None, [("اللجنة الدولية للصليب الأحمر", "int.icrc")]),
    ("اقتحمت الفرقة الرابعة بلدات في ريف درعا", D2019, None, [("الفرقة الرابعة", "sy.fourth_division")]),
    ("اعتقلت المخابرات الجوية شابين من المدينة", D2017, None, [("المخابرات الجوية", "sy.air_force_intelligence")]),
    ("انتشرت قوات الدفاع الوطني في الأحياء", D2015, None, [("قوات الدفاع الوطني", "sy.ndf")]),
    ("قاتل لواء القدس إلى جانب قوات النمر في حلب", D2016, None,
     [("لواء القدس", "sy.liwa_al_quds"), ("قوات النمر", "sy.tiger_forces")]),
    ("أصدرت حركة رجال الكرامة بيانا في السويداء", D2018, None, [("حركة رجال الكرامة", "sy.rijal_al_karama")]),
    ("سيطر مجلس منبج العسكري على المدينة", D2016, None, [("مجلس منبج العسكري", "sy.manbij_military_council")]),
    ("أعلن الجيش الوطني السوري بدء العملية", D2019, None, [("الجيش الوطني السوري", "sy.sna")]),
    ("اجتمع الائتلاف الوطني السوري في إسطنبول", D2018, None, [("الائتلاف الوطني السوري", "sy.snc")]),
    ("نشرت الشرطة العسكرية الروسية نقاطا في المنطقة", D2018, None, [("الشرطة العسكرية الروسية", "int.russia_military")]),
    ("شن التحالف الدولي غارات على مواقع داعش", D2017, None, [("التحالف الدولي", "int.coalition"), ("داعش", "int.is")]),
    # Clitics glued to the name.
    ("وهيئة تحرير الشام رفضت الاتفاق", D2018, None, [("هيئة تحرير الشام", "sy.hts")]),
    ("بايع التنظيم لتنظيم الدولة الإسلامية", D2015, None, [("تنظيم الدولة الإسلامية", "int.is")]),
    ("انضم عشرات المقاتلين لجيش الإسلام", D2016, None, [("جيش الإسلام", "sy.jaysh_al_islam")]),
    ("وبحركة نور الدين الزنكي التحق المنشقون", D2016, None, [("حركة نور الدين الزنكي", "sy.zenki")]),
    # Quotes around and inside names.
    ("هاجم تنظيم “الدولة الإسلامية” مواقع الفصائل", D2016, None, [("تنظيم “الدولة الإسلامية", "int.is")]),
    ("أعلنت «هيئة تحرير الشام» حل نفسها", D2018, None, [("هيئة تحرير الشام", "sy.hts")]),
    ("قال متحدث باسم لـ”فيلق الشام” إن", D2018, None, [("فيلق الشام", "sy.faylaq_al_sham")]),
    ("اتهم \"جيش العزة\" قوات النظام بخرق الهدنة", D2018, None,
     [("جيش العزة", "sy.jaish_al_izza"), ("قوات النظام", "sy.military")]),
    # Construct nouns before the name stay out of the span.
    ("قتل ثلاثة من عناصر داعش بكمين", D2017, None, [("داعش", "int.is")]),
    ("أسر مقاتلو الجيش الحر عنصرين", D2013 if (D2013 := date(2013, 6, 1)) else None, None, [("الجيش الحر", "sy.fsa")]),
    ("قال قيادي في جيش الإسلام إن المفاوضات فشلت", D2017, None, [("جيش الإسلام", "sy.jaysh_al_islam")]),
    ("هاجمت ميليشيا قسد قرية في ريف دير الزور", D2019, None, [("قسد", "sy.sdf")]),
]


@pytest.mark.parametrize("text,published,country,expected", NAMED)
def test_named_actors(text, published, country, expected):
    assert linked(text, published, country) == expected


# Aliases that meant different actors in different years: the article's date decides.
DATED = [
    ("سيطرت جبهة النصرة على مدينة إدلب", D2015, "sy.nusra"),
    ("سيطرت جبهة النصرة على مدينة إدلب", date(2016, 9, 1), "sy.jfs"),
    ("سيطرت جبهة النصرة على مدينة إدلب", D2018, "sy.hts"),
    ("سيطرت جبهة النصرة على مدينة إدلب", None, "sy.nusra"),
    ("انتشر الجيش السوري في أحياء المدينة", D2016, "sy.military"),
    ("انتشر الجيش السوري في أحياء المدينة", D2025, "sy.military.2024"),
    ("أصدرت الحكومة السورية قرارا جديدا", D2016, "sy.government"),
    ("أصدرت الحكومة السورية قرارا جديدا", D2025, "sy.government.2024"),
    ("قال مسؤول في الشرطة السورية إن", date(2024, 12, 20), "sy.police.2024"),
]


@pytest.mark.parametrize("text,published,expected_id", DATED)
def test_date_aware_aliases(text, published, expected_id):
    ids = [aid for _, aid in linked(text, published)]
    assert ids[0] == expected_id


# Category phrases: filled by the article's country, or the country's own actor.
GENERIC = [
    ("قصفت قوات النظام بلدة في ريف حماة", D2016, "SY", [("قوات النظام", "sy.military")]),
    ("قصفت قوات النظام بلدة في ريف حماة", D2025, "SY", [("قوات النظام", "sy.military.2024")]),
    ("استهدف الطيران الحربي سوقا شعبيا ما أدى لمقتل مدنيين", D2016, "SY",
     [("الطيران الحربي", "sy.military"), ("مدنيين", "gen.civilians:SY")]),
    ("أطلق مسلحون مجهولون النار على سيارة", D2018, "SY", [("مسلحون مجهولون", "gen.unidentified:SY")]),
    ("خرج متظاهرون في ساحة المدينة", D2019, "IQ", [("متظاهرون", "gen.protesters:IQ")]),
    ("هاجمت فصائل المعارضة مواقع الجيش", D2015, "SY",
     [("فصائل المعارضة", "gen.rebels:SY"), ("الجيش", "sy.military")]),
    ("اعتقلت الشرطة ثلاثة أشخاص", D2018, "EG", [("الشرطة", "eg.police")]),
    ("أصيب ناشط إعلامي برصاص قناص", D2017, "SY", [("ناشط إعلامي", "gen.activists:SY")]),
    ("داهم عناصر الأمن العام منزلا في حمص", D2025, "SY", [("الأمن العام", "sy.general_security")]),
    # Country inferred from the other actors when none is given.
    ("قصفت قوات النظام مواقع هيئة تحرير الشام", D2018, None,
     [("قوات النظام", "sy.military"), ("هيئة تحرير الشام", "sy.hts")]),
    # No country at all: the bare category.
    ("قتل مدنيون في القصف", None, None, [("مدنيون", "gen.civilians")]),
]


@pytest.mark.parametrize("text,published,country,expected", GENERIC)
def test_generic_actors(text, published, country, expected):
    assert linked(text, published, country) == expected


def test_generic_mentions_are_marked_generic():
    m = get_linker().find(normalise("قصفت قوات النظام القرية"), D2016, "SY")[0]
    assert m.generic and m.actor_id == "sy.military" and m.inter == 1


# Short forms resolve to the most recent named actor that lists them; unnamed, they are dropped.
ANAPHORA = [
    ("اشتبكت هيئة تحرير الشام مع حركة نور الدين الزنكي، وقالت الهيئة إن الحركة بدأت الهجوم", D2017,
     [("هيئة تحرير الشام", "sy.hts", False), ("حركة نور الدين الزنكي", "sy.zenki", False),
      ("الهيئة", "sy.hts", True), ("الحركة", "sy.zenki", True)]),
    ("انشق لواء الأقصى عن جند الأقصى، ثم غادر مقاتلو اللواء إلى الرقة", D2017,
     [("لواء الأقصى", "sy.liwa_al_aqsa", False), ("جند الأقصى", "sy.jund_al_aqsa", False),
      ("اللواء", "sy.liwa_al_aqsa", True)]),
    ("هاجم تنظيم داعش مدينة تدمر، وأعلن التنظيم سيطرته عليها", D2015,
     [("تنظيم داعش", "int.is", False), ("التنظيم", "int.is", True)]),
    ("بايع جند الأقصى تنظيم القاعدة، وقال التنظيم إن", D2016,
     [("جند الأقصى", "sy.jund_al_aqsa", False), ("تنظيم القاعدة", "int.aq", False), ("التنظيم", "int.aq", True)]),
    ("قالت الهيئة في بيان إن الحركة خرقت الاتفاق", D2017, []),
    ("أعلنت الجبهة الشامية النفير، وقالت الجبهة إن", D2018,
     [("الجبهة الشامية", "sy.levant_front", False), ("الجبهة", "sy.levant_front", True)]),
    ("شكّل فصيل “لواء أحرار الجبل” غرفة عمليات، وقال اللواء إن", D2018,
     [("لواء أحرار الجبل", "new:lwa_ahrar_aljbl", False), ("اللواء", "new:lwa_ahrar_aljbl", True)]),
    ("شن التحالف الدولي غارات، وقال التحالف إن الغارات أصابت أهدافها", D2017,
     [("التحالف الدولي", "int.coalition", False), ("التحالف", "int.coalition", True)]),
]


@pytest.mark.parametrize("text,published,expected", ANAPHORA)
def test_anaphora(text, published, expected):
    mentions = get_linker().find(normalise(text), published, "SY")
    assert [(m.text, m.actor_id, m.anaphor) for m in mentions] == expected


# Names the dictionary lacks are still captured, with stable new: ids.
UNKNOWN = [
    ("قال عناصر من “لواء شهداء الجبل” إنهم صدوا الهجوم", [("لواء شهداء الجبل", "new:lwa_shhda_aljbl", False)]),
    ("أعلنت كتيبة أنصار الحق المبايعة للتنظيم انسحابها", [("كتيبة أنصار الحق", "new:ktybh_ansar_alhq", False)]),
    ("شكلت الفصائل غرفة عمليات “نصرة المظلوم” في الريف", [("غرفة عمليات “نصرة المظلوم", "new:ghrfh_mlyat_nsrh_almzlwm", False)]),
    ("أعلنت حركة “شباب الجنوب” مسؤوليتها", [("حركة “شباب الجنوب", "new:hrkh_shbab_aljnwb", False)]),
    ("قتل القيادي أبو خالد الشامي في غارة", [("أبو خالد الشامي", "new:abw_khald_alshamy", True)]),
    ("اعتقلت الدورية شخصا يدعى “سامر الحسين” في المدينة", [("سامر الحسين", "new:samr_alhsyn", True)]),
    ("أفرجت عن المدعو فادي الأحمد بعد أسبوع", [("فادي الأحمد", "new:fady_alahmd", True)]),
    ("وقال القيادي حسان العبد الله إن", [("حسان العبد الله", "new:hsan_albd_allh", True)]),
    ("سيطر مجلس الشدادي العسكري على القرية", [("مجلس الشدادي العسكري", "new:mjls_alshdady_alskry", False)]),
]


@pytest.mark.parametrize("text,expected", UNKNOWN)
def test_unknown_names(text, expected):
    mentions = get_linker().find(normalise(text), D2018, "SY")
    got = [(m.text, m.actor_id, m.is_person) for m in mentions if m.actor_id.startswith("new:")]
    assert got == expected


NOT_ACTORS = [
    "وصلت القافلة إلى بلدة أبو الظهور في ريف إدلب",
    "عين ضابط برتبة لواء في الجيش قائدا للمنطقة",
    "تستمر حركة النزوح من القرى الجنوبية",
    "أعلنت الدولة عن خطة اقتصادية جديدة",
    "قال إن القاعدة الجوية تعرضت لهجوم",
]


@pytest.mark.parametrize("text", NOT_ACTORS)
def test_no_false_names(text):
    ids = [aid for _, aid in linked(text, D2018, "SY")]
    assert not any(i.startswith("new:") or i in ("int.is", "int.aq") for i in ids), ids


def test_link_json_shape():
    out = link_json("قصفت قوات النظام مواقع هيئة تحرير الشام", "2018-03-01", "SY")
    assert [d["actor_id"] for d in out] == ["sy.military", "sy.hts"]
    assert set(out[0]) >= {"text", "start", "end", "actor_id", "name_ar", "name_en", "inter", "kind",
                           "countries", "generic", "anaphor", "is_person"}


def test_linker_is_a_singleton():
    assert get_linker() is get_linker()
