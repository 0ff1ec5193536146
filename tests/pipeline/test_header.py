"""Headers as outlets print them, written for these tests (names and dates invented)."""

from datetime import date

import pytest

from rasad.pipeline.header import parse_header
from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text,dateline,outlet,author",
    [
        ("قصف على ريف حلب\n9 مايو، 2019\nسمارت-سامر الأحمد\nقصفت طائرات حربية…", date(2019, 5, 9), "سمارت", "سامر الأحمد"),
        ("تعزيزات إلى سراقب\nالخميس ٩ أيار ٢٠١٩ - ١٠:٣٠\nفي محافظة إدلب…", date(2019, 5, 9), None, None),
        ("قتلى بهجوم في لحج\n\nالسبت 2019/03/02\nلحج- قتل خمسة أشخاص…", date(2019, 3, 2), None, None),
        ("قصف على بلدة\n7 تموز (يوليو - جويلية)، 2018\nسمارت-ريم الخطيب\nقصفت قوات…", date(2018, 7, 7), "سمارت", "ريم الخطيب"),
        ("قصف على بلدة\n7 تموز 2018\nسمارت-ريم الخطيب\nقصفت قوات…", date(2018, 7, 7), "سمارت", "ريم الخطيب"),
        ("تشكيل عسكري جديد\nرووداو - السليمانية\nأعلنت ثلاثة فصائل…", None, "رووداو", None),
        ("سقطت قذائف على بلدة معرتمصرين اليوم الأحد 14 تموز/ يوليو 2019، ما أدى إلى أضرار مادية.",
         date(2019, 7, 14), None, None),
        ("إصابة محتجين في البصرة\nوكالة الناس – أصيب محتجان بجروح خلال تفريق اعتصام", None, "وكالة الناس", None),
        ("بيروت (رويترز) - قالت مصادر أمنية إن…", None, "رويترز", None),
        ("تقدم في ريف حماة\nبلدي نيوز - حماة (خاص)\nتقدمت الفصائل…", None, "بلدي نيوز", None),
        # A date of figures after a short label.
        ("غارات على ريف إدلب\nتاريخ النشر: 12-03-2019\nقصفت طائرات حربية بلدة كفرنبل.", date(2019, 3, 12), None, None),
        ("غارات على ريف إدلب\nآخر تحديث 2019/03/12 - 10:45\nقصفت طائرات حربية بلدة كفرنبل.", date(2019, 3, 12), None, None),
        ("غارات على ريف إدلب\nقتل ثلاثة أشخاص في قصف يوم 12/03/2019 على البلدة.\nوأصيب آخرون.", None, None, None),
        # A wire-style dateline opening the story's first line.
        ("الرباط – 20 تموز 2017 – تظاهر مئات المواطنين في مدينة الحسيمة يوم الأربعاء.", date(2017, 7, 20), None, None),
        ("عدن - 3 أيار 2018: قتل جندي بانفجار عبوة ناسفة في مديرية المنصورة.", date(2018, 5, 3), None, None),
        ("دمشق، 12 آذار 2019 (سانا) - استشهد مدنيان بقذائف سقطت على حي باب توما وسط العاصمة.",
         date(2019, 3, 12), "سانا", None),
        ("أفادت مصادر محلية أن 12 آذار 2019 - كان يوما داميا في المدينة.", None, None, None),
    ],
)
def test_header(text: str, dateline: date | None, outlet: str | None, author: str | None) -> None:
    header = parse_header(normalise(text))
    assert header.dateline == dateline
    assert header.outlet == outlet
    assert header.author == author


def test_related_headlines_are_furniture() -> None:
    text = (
        "غارات على ريف إدلب الجنوبي\n"
        "ارتفاع أسعار الخبز في مدينة حلب\n"
        "3 آب (أغسطس - أوت)، 2019\n"
        "توتر أمني بين فصيلين في ريف عفرين\n"
        "2 آب (أغسطس - أوت)، 2019\n"
        "قتل مدنيان بغارات جوية على بلدة كفرنبل في ريف إدلب الجنوبي."
    )
    header = parse_header(normalise(text))
    spans = [text[a:b] for a, b in header.furniture]
    assert "3 آب (أغسطس - أوت)، 2019" in spans
    assert "توتر أمني بين فصيلين في ريف عفرين" in spans
    assert all("قتل مدنيان" not in s for s in spans)
    assert header.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "الرباط – 20 تموز 2017 – تظاهر مئات المواطنين في مدينة الحسيمة يوم الأربعاء.",
        "قتل ثلاثة مدنيين في 4 آب 2019 بقصف على بلدة كفرنبل.",
        "غارات على كفرنبل\nقتل ثلاثة مدنيين في 4 آب 2019 بقصف على بلدة كفرنبل.",
    ],
)
def test_a_dated_story_line_is_no_furniture(text: str) -> None:
    """The only line, or a line that ends its sentence, is the story, not a related headline."""
    assert parse_header(normalise(text)).furniture == []


@pytest.mark.parametrize("text,furniture,story", [
    # a link line opened by its label
    ("قصف على الفاشر\nالفاشر - دارفور24\nقتل خمسة مدنيين أمس في قصف على حي الثورة بمدينة الفاشر.\n"
     "اقرأ أيضاً: نازحو المخيم: الجوع يقتلنا قبل الرصاص",
     ["اقرأ أيضاً: نازحو المخيم: الجوع يقتلنا قبل الرصاص"], "قتل خمسة مدنيين"),
    # a label on a line of its own, then the headlines it lists
    ("غارات على ريف حلب\nحلب - المدن\nقصفت المدفعية قرية الشيخ عيسى صباح اليوم.\nمواضيع ذات صلة\n"
     "\"الجيش الوطني\" يعلن تشكيل غرفة عمليات جديدة في ريف حلب\nمقتل ثلاثة في اشتباكات بين عشيرتين في ريف الحسكة",
     ["مواضيع ذات صلة", "\"الجيش الوطني\" يعلن تشكيل غرفة عمليات جديدة في ريف حلب",
      "مقتل ثلاثة في اشتباكات بين عشيرتين في ريف الحسكة"], "قصفت المدفعية"),
])
def test_link_labels_open_furniture(text: str, furniture: list[str], story: str) -> None:
    spans = [text[a:b] for a, b in parse_header(normalise(text)).furniture]
    assert spans == furniture and all(story not in s for s in spans)


@pytest.mark.parametrize("text,blocked", [
    ("شارك مئات الفلسطينيين في المسيرة الأسبوعية في قرية بلعين.", False),  # the march
    ("وقالت قناة المسيرة إن طيران التحالف شن غارات على صعدة.", True),        # the channel
    ("صنعاء - المسيرة\nشنت طائرات التحالف غارات على صعدة أمس.", True),         # the byline
])
def test_an_outlet_named_by_a_common_word_needs_its_context(text: str, blocked: bool) -> None:
    norm = normalise(text)
    spans = parse_header(norm).outlet_spans
    at = norm.text.find("المسيره")
    assert any(a <= at < b for a, b in spans) == blocked
