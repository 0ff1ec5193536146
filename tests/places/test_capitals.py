"""«العاصمة» told bare is the capital of the country a nationality adjective names, else of the
article's country; qualified («العاصمة المؤقتة») it is another city, and a square told in its
sentence lies in it. Our own sentences in the style of Algerian, Iraqi, Sudanese, Tunisian and
Yemeni outlets → (sub-type, place, ISO 3166-2 code) of each event."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("الجزائر – خرج آلاف الجزائريين، أمس الجمعة، في مسيرات حاشدة في وهران وقسنطينة. وفي العاصمة، "
     "منعت قوات الشرطة المتظاهرين من الوصول إلى مقر البرلمان.",
     [("Peaceful protest", "وهران", "DZ-31"), ("Peaceful protest", "قسنطينة", "DZ-25"),
      ("Protest with intervention", "الجزائر", "DZ-16")]),
    # (a square the gazetteer knows is the more precise place: sites_dz.tsv)
    ("الجزائر – خرج آلاف الجزائريين، أمس الجمعة، في مسيرات حاشدة في وهران وقسنطينة. وفي العاصمة، "
     "منعت قوات الشرطة المتظاهرين من الوصول إلى ساحة البريد المركزي.",
     [("Peaceful protest", "وهران", "DZ-31"), ("Peaceful protest", "قسنطينة", "DZ-25"),
      ("Protest with intervention", "ساحة البريد المركزي", "DZ-16")]),
    ("البصرة - شهدت العاصمة العراقية اليوم مظاهرات حاشدة للمطالبة بالإصلاح.",
     [("Peaceful protest", "بغداد", "IQ-BG")]),
    ("ود مدني - خرجت مواكب حاشدة في العاصمة اليوم للمطالبة بالحكم المدني.",
     [("Peaceful protest", "الخرطوم", "SD-KH")]),
    # a square told in the capital's sentence lies in the capital, not in the town told before
    ("الجزائر – شهدت مدن تيزي وزو والبويرة وعنابة مسيرات اليوم. وفي العاصمة، استعملت قوات الشرطة الغاز المسيل "
     "للدموع لتفريق المتظاهرين قرب نفق ساحة أودان.",
     [("Peaceful protest", "تيزي وزو", "DZ-15"), ("Peaceful protest", "البويرة", "DZ-10"),
      ("Peaceful protest", "عنابة", "DZ-23"), ("Protest with intervention", "ساحة موريس أودان", "DZ-16")]),
    # the arrests of the capital's crowd, told in its sentence, are how the police met it
    ("تونس - شهدت العاصمة اليوم وقفة احتجاجية أمام مقر البرلمان بباردو، واعتقلت الشرطة ثلاثة من المشاركين فيها.",
     [("Protest with intervention", "باردو", "TN-11")]),
    # a name right after it says which city; a qualified capital is another one
    ("عدن - شنت طائرات التحالف غارات على العاصمة صنعاء اليوم.",
     [("Air/drone strike", "العاصمة صنعاء", "YE-SA")]),
    ("عدن - اندلعت اشتباكات اليوم في العاصمة المؤقتة بين قوات الحماية الرئاسية وقوات المجلس الانتقالي.",
     [("Armed clash", "عدن", "YE-AD")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_bare_capital(text: str, expected: list[tuple[str, str, str]]) -> None:
    record = extract(text, "2020-03-10")
    assert [(e["sub_event_type"], (e.get("location") or {}).get("name_ar"), (e.get("location") or {}).get("admin1_code"))
            for e in record["events"]] == expected
