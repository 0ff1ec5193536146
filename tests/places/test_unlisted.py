"""Villages no gazetteer holds are placed by the area the text names beside them."""

import pytest

from rasad.places import get_resolver
from rasad.places.unlisted import find_unlisted
from rasad.text.normalise import normalise


def _unlisted(text: str) -> list[tuple[str, str | None, int]]:
    norm = normalise(text)
    return [(p.text, p.admin1_code, p.geo_precision) for p in find_unlisted(norm, get_resolver().find(norm))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("قصفت قوات النظام قرى المخيلة والزعيبة والغدفة في ريف إدلب الجنوبي الشرقي.",
         [("المخيلة", "SY-ID", 2), ("الزعيبة", "SY-ID", 2), ("الغدفة", "SY-ID", 2)]),
        ("سقطت قذيفتان على حي الوحدة الثانية جنوبي العاصمة بغداد.", [("الوحدة الثانية", "IQ-BG", 2)]),
        ("دخلت القوات بلدتي الزعيبة وأبو حبيلات بريف حماة الشرقي.", [("الزعيبة", "SY-HM", 2), ("أبو حبيلات", "SY-HM", 2)]),
        # two mountains named together are two places in the governorate named after them
        # (the Kasserine mountains are curated now, rasad/data/places/sites_tn.tsv: Ben Arous' are not)
        ("قصف الجيش مخابئ المسلحين بجبلي بوقرنين والرصاص في ولاية بن عروس.",
         [("بوقرنين", "TN-13", 2), ("الرصاص", "TN-13", 2)]),
        # the known place glued to «ب» ends the name and holds it; a known item of the list is not repeated
        ("خرجت مسيرات في منطقتي المطرية وعين شمس بالقاهرة وحي سيدي بشر بالإسكندرية.",
         [("عين شمس", "EG-C", 2), ("سيدي بشر", "EG-ALX", 2)]),
        # a quarter named by its number is one name; the bare «الحي» («والحي المجاور») is none
        ("سيطرت القوات على حي الدولار والحي رقم 2 في مدينة سرت.", [("الدولار", "LY-SR", 2), ("الحي رقم 2", "LY-SR", 2)]),
        ("داهمت قوات الأمن منازل في حي الكرامة والحي المجاور له في مدينة الرمادي.", [("الكرامة", "IQ-AN", 2)]),
        # «ووادي …» is «و» + a name's first word, not «و» + the verb «أدى»
        ("قصفت المدفعية قرى الزعيبة ووادي الحمام في ريف حماة الغربي.",
         [("الزعيبة", "SY-HM", 2), ("وادي الحمام", "SY-HM", 2)]),
        # «حين», «عندما» open a clause of time: no word of the name
        ("وسقط القتلى في حي المرابيع حين أصابت قذيفة منزلاً في مدينة كادقلي.", [("المرابيع", "SD-KS", 2)]),
        ("قتل طفلان في حي الشويحات عندما سقطت قذيفة على منزلهما في مدينة حمص.", [("الشويحات", "SY-HI", 2)]),
    ],
)
def test_listed_villages_take_their_area(text: str, expected: list) -> None:
    assert _unlisted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات قرى عدة في المنطقة دون تحديد.",          # no names, no area
        "قصفت المدفعية قرية التح الليلة الماضية.",              # a name, but no area to place it
        "شهدت أحياء وسط العاصمة دمشق انفجارات.",               # «وسط» is no village
        "اشتباكات في مخيم عين الحلوة للاجئين الفلسطينيين قرب صيدا.",  # the camp is known
        # a verb after the list, glued by «و» or after a comma, is no village
        "وفي ناحية سيد صادق، أطلقت قوات الأمن الكردية الرصاص الحي لتفريق المحتجين.",
        # «وقفات» after a list of towns is the protests they saw, not a village «قفات»
        "وشهدت مدن الكرك والطفيلة والسلط وقفات احتجاجية مماثلة.",
        "وأحرق المسلحون قرية بكاملها في ريف المقدادية.",
        # «كل من» + a verb is «whoever», «لـ» + an imperfect verb a purpose, «انتهت» a verb
        "كانوا يطلقون النار على كل من يتحرك في شوارع مدينة الجنينة.",
        "وبسطت القوات سيطرتها على منطقة الكدرو، لتلتقي بذلك مع القوات القادمة من بحري.",
        "وشهدت محافظة شبوة معارك في مديرية بيحان، انتهت بطرد المسلحين منها.",
    ],
)
def test_nothing_is_made_up(text: str) -> None:
    assert _unlisted(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a military camp named after «معسكر» is a place in the area told after it
        ("شنت طائرات غارات جوية استهدفت معسكر اليرموك ومنطقة وادي الربيع جنوب العاصمة طرابلس.",
         [("اليرموك", "LY-TB", 2)]),
        ("سيطرت قوات الانتقالي على معسكر جبل حديد ومعسكر بدر في مدينة عدن.",
         [("جبل حديد", "YE-AD", 2), ("بدر", "YE-AD", 2)]),
        # … not a training camp or the army's camp
        ("قصفت الطائرات معسكر تدريب للتنظيم في ريف إدلب.", []),
        ("وقعت اشتباكات قرب معسكر للجيش في مدينة سبها.", []),
    ],
)
def test_camps_are_places(text: str, expected: list) -> None:
    assert _unlisted(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the place told after a clause of its own holds no village of the list before it
        ("وتجمع المئات أمام مبنى البلدية في حي الشويحات، احتجاجا على ما قالوا إنها اعتداءات تعرض لها ذووهم في طرابلس.",
         []),
        ("سقطت قذيفة على حي الشويحات، وفق مصدر طبي في مستشفى حمص.", []),
        ("وقصفت المدفعية قرية الشويحات، وغارات أخرى على ناحية القحطانية.", []),
        # a short locative phrase between them still holds it
        ("سقطت قذائف على قرية الشويحات الواقعة في ريف حمص الشمالي.", [("الشويحات", "SY-HI", 2)]),
        ("تظاهر المئات في حي الشويحات، جنوب مدينة حمص.", [("الشويحات", "SY-HI", 2)]),
        ("قصفت المدفعية قرية الشويحات التابعة لقضاء سنجار.", [("الشويحات", "IQ-NI", 2)]),
    ],
)
def test_the_area_holds_the_list_only_from_a_short_locative(text: str, expected: list) -> None:
    assert _unlisted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أودى لغم أرضي بحياة راعيين قرب بلدة بصرى الشام.",   # «بحياة» is not «حي» + «اة»
        "حيث قصفت المدفعية تلة قرب تل تمر في ريف الحسكة.",           # «حيث» is not «حي» + «ث»
    ],
)
def test_settlement_words_are_whole_words(text: str) -> None:
    assert _unlisted(text) == []


def test_dual_countryside_names_two_areas() -> None:
    from rasad.places.unlisted import dual_countryside

    text = "تتواصل الاشتباكات في ريفي حماة وإدلب منذ أيام."
    norm = normalise(text)
    places = dual_countryside(norm, get_resolver().find(norm))
    assert [(p.admin1_code, p.geo_precision, p.feature) for p in places] == [("SY-HM", 2, "area"), ("SY-ID", 2, "area")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A list ends where a clause goes on; verbs and nouns of the report are no villages.
        ("اعتقلت السلطات ناشطين في مدن الأبيض وكوستي وسنار بتهمة التعاون مع المتمردين.", ["الأبيض", "كوستي", "سنار"]),
        ("قطع محتجون الطرق في بلدات حلبا وببنين والقبيات، احتجاجاً على انقطاع الكهرباء.", ["حلبا", "ببنين", "القبيات"]),
        ("خطف مسلحون شاباً من قرية الصالحية بريف دير الزور، واقتادوه إلى جهة مجهولة.", ["الصالحية"]),
        # With no area after it, a village lies near the place told before.
        ("دارت اشتباكات قرب بلدة تل تمر بريف الحسكة. وقصفت المدفعية قرية الأسدية المجاورة.", ["الأسدية"]),
        # A verb that looks like a noun with «ال» ends the list («وألقت القبض»).
        ("وفي الإسكندرية، فرقت الشرطة مسيرة في منطقة سيدي بشر وألقت القبض على عشرين من المشاركين.", ["سيدي بشر"]),
        # Words of the report are no villages: speech verbs, triggers, weekdays, a bare «عين».
        ("تجددت الاشتباكات في حي التضامن، أكدت مصادر محلية، يوم الاثنين.", []),
        ("قصفت قوات النظام قرية عين في ريف حماة.", []),
        # A verb of consequence after the list is no village («…، أسفرت عن …»).
        ("داهمت القوات قرى الدالية وبيت ياشوط، أسفرت عن اعتقال عشرة أشخاص.", ["الدالية", "بيت ياشوط"]),
        # A longer name that only ends in a known one is the village.
        ("اشتباكات في منطقتي الحرشة وأبو صرة بمدينة الزاوية.", ["أبو صرة"]),
        # No name carries tanween: an adverb or participle after the list ends it, or ends a name.
        ("دارت اشتباكات قرب بلدة تل تمر بريف الحسكة. وطال القصف أيضاً قريتي الأسدية والدردارة، متسبباً بأضرار في المنازل.",
         ["الأسدية", "الدردارة"]),
        ("دارت اشتباكات قرب بلدة تل تمر بريف الحسكة. وقصفت المدفعية قرية الأسدية تحديداً.", ["الأسدية"]),
        # Common words after a list: «إلا», «مواقع», the verb «كبّدها».
        ("دارت اشتباكات قرب بلدة تل تمر بريف الحسكة. وهاجم التنظيم حاجزاً في قرية الأسدية، إلا أن مصادر نفت ذلك.", ["الأسدية"]),
        ("استعاد التنظيم السيطرة على قرية الزعيبة ومواقع محيطة بها في ريف حماة.", ["الزعيبة"]),
        ("استهدف الطيران تجمعات المتمردين في منطقة أم سنطة وكبدها خسائر كبيرة شمال الفاشر.", ["أم سنطة"]),
        # «ود» opens Sudanese names; «راوة» folds to «راوه», which is no verb with its object.
        ("اقتحمت قوات الدعم السريع قرى ود راوة والمسيد شمالي ولاية الجزيرة.", ["ود راوة", "المسيد"]),
        # «بالمتاريس» (with barricades) opens no name's second word
        ("أغلق المحتجون شوارع رئيسية في حي الشويحات بالمتاريس في مدينة الخرطوم.", ["الشويحات"]),
    ],
)
def test_list_items_end_cleanly(text: str, expected: list[str]) -> None:
    from rasad.places.unlisted import with_unlisted

    norm = normalise(text)
    found = {p.text for p in with_unlisted(norm, get_resolver().find(norm))}
    unlisted = [t for t, _, _ in _unlisted(text)]
    assert set(expected) <= found and all(t in expected for t in unlisted)


@pytest.mark.parametrize("text,expected", [
    # «باب» is a word: no «ب» + «إب» (Ibb) in a Moroccan square, which would drag Rabat to Yemen.
    ("جاب الأساتذة شوارع العاصمة في مسيرة انطلقت من ساحة باب الأحد في الرباط.", {"MA"}),
    ("تظاهر المئات في مدينة إب وفي ذمار.", {"YE"}),
])
def test_two_letter_names_take_no_proclitic(text: str, expected: set[str]) -> None:
    from rasad.places import resolve_json

    assert {p["country"] for p in resolve_json(text)} == expected


def test_the_datelines_country_reads_the_article() -> None:
    """«الجزيرة (السودان)»: the dateline's line says the country, whatever Iraqi towns the
    villages' names recall (Rawa, Anah)."""
    from rasad import extract

    text = ("قوات الدعم السريع تقتحم قرى ود راوة والمسيد\nالجزيرة (السودان) – 3 ديسمبر 2024\n"
            "اقتحمت قوات الدعم السريع فجر اليوم قرى راوة والمسيد وعانة شمالي ولاية الجزيرة، وقتلت تسعة مواطنين في راوة.")
    assert extract(text, None)["article"]["country"] == "SD"


def test_a_verb_ends_the_list() -> None:
    text = "هاجمت مجموعات من الشباب منازل في حيي الشعبية ومكرام وأضرمت النار في عدد منها في مدينة كسلا."
    assert [p[0] for p in _unlisted(text)] == ["الشعبية", "مكرام"]


@pytest.mark.parametrize("text,adjective", [
    # A definite word after a definite place word is its adjective, even when OCHA lists a
    # hamlet of that name («المنكوبة»).
    ("وأرسلت المنظمة قوافل مساعدات إلى البلدات المنكوبة في الشمال السوري.", "المنكوبة"),
    ("وعاد الأهالي إلى القرى المنكوبة بعد انحسار المياه.", "المنكوبة"),
])
def test_a_definite_place_words_adjective_is_no_place(text: str, adjective: str) -> None:
    from rasad.places import resolve_json

    assert adjective not in {p["text"] for p in resolve_json(text)}
