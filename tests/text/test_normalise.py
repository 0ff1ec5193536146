import pytest

from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text,expected",
    [
        ("اتفقت “حركة أحرار الشام” وتنظيم", "اتفقت حركه احرار الشام وتنظيم"),
        ("قصف على «إدلب» و‘حماة’", "قصف علي ادلب وحماه"),
        ("صرّح لـ”رصد”في الخامس من الشهر", "صرح لرصد في الخامس من الشهر"),
        ("قُتِلَ ١٥ شخصاً", "قتل 15 شخصا"),
        ("الـــجـيـش", "الجيش"),
        ("مستشفى الأمل", "مستشفي الامل"),
        ("آذار  إبريل\u200fأيار", "اذار ابريلايار"),
    ],
)
def test_matching_form(text: str, expected: str) -> None:
    assert normalise(text).text.strip() == expected


@pytest.mark.parametrize(
    "text,needle",
    [
        ("وأوضح “الحمصي” أن الطرفين", "الحمصي"),
        ("قُتِلَ ١٥ شخصاً في إدلب", "١٥ شخصاً"),
        ("الـــجـيـش السوري", "السوري"),
        ("صرّح لـ”رصد”في الخامس من الشهر", "الخامس من الشهر"),
    ],
)
def test_spans_point_into_the_original(text: str, needle: str) -> None:
    norm = normalise(text)
    folded = normalise(needle).text
    i = norm.text.index(folded)
    a, b = norm.span(i, i + len(folded))
    assert text[a:b] == needle
