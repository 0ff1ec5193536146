import pytest

from rasad.pipeline.numbers import find_numbers
from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text,expected",
    [
        ("خلّفت المعارك 13 قتيلاً من الطرف الآخر", [(13, False)]),
        ("بينما لقي نحو 250 مقاتلا حتفهم", [(250, True)]),
        ("ويبلغ تعداد الفوج أكثر من ألفي جندي", [(2000, True)]),
        ("قتل أحد عشر مدنيا في القصف", [(11, False)]),
        ("مقتل ما لا يقل عن 28 شخصا", [(28, True)]),
        ("أدى إلى مقتل العشرات", [(12, True)]),
        ("سقط خمسة وعشرون قتيلا", [(25, False)]),
        ("مقتل ١٨ شخصاً وإصابة ٣٢ آخرين", [(18, False), (32, False)]),
        ("نزوح ثلاثة آلاف عائلة", [(3000, False)]),
        ("مقتل 17 مقاتلا على الأقل", [(17, True)]),
        ("اثنا عشر جنديا", [(12, False)]),
        ("وصل إلى مئتين وخمسين", [(250, False)]),
        ("زيارة أحد المقربين من التنظيم", []),
    ],
)
def test_counts(text: str, expected: list[tuple[int, bool]]) -> None:
    assert [(n.value, n.approx) for n in find_numbers(normalise(text))] == expected


def test_number_span_is_original_text() -> None:
    text = "لقي نحو ٢٥٠ جنديا حتفهم"
    (n,) = find_numbers(normalise(text))
    assert text[n.start:n.end] == "نحو ٢٥٠"


@pytest.mark.parametrize(
    "text",
    ["قتل 12 شخصا و15 جريحا", "123.45 و12 ب3,456 x1 1,2345 ٣٤ 12/3 -5 :7 و٧", "2019-05-14 10:30 ب1,000,000", "عام1990 و 7"],
)
def test_figures_are_the_digit_pattern_matches(text: str) -> None:
    from rasad.pipeline.numbers import _DIGITS, _figures

    assert [m.span() for m in _figures(text)] == [m.span() for m in _DIGITS.finditer(text)]
