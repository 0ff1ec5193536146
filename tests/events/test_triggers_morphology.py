"""Forms spelled out from roots (rasad/events/morphology.py) and their typing by context."""

from __future__ import annotations

import pytest

from rasad.events.morphology import generate, morphology_tables, stems
from rasad.events.triggers import get_trigger_lexicon
from rasad.text.normalise import normalise


@pytest.mark.parametrize("root, form, slot, expected", [
    ("عصم", "VIII", "masdar", ["اعتصام"]),
    ("ضرب", "VIII", "perfect", ["اضطرب"]),          # emphatic first letter: ت → ط
    ("حمم", "VIII", "perfect", ["احتمم"]),
    ("غول", "VIII_hollow", "perfect", ["اغتال", "اغتيل", "اغتل"]),
    ("جمهر", "QII", "agent", ["متجمهر"]),
    ("هجم", "III", "masdar", ["مهاجمه"]),
])
def test_stems(root: str, form: str, slot: str, expected: list[str]) -> None:
    templates, _ = morphology_tables()
    assert stems(root, form, slot, templates) == expected


@pytest.mark.parametrize("root, forms, word, present", [
    ("عصم", {"VIII": ["perfect", "imperfect", "masdar", "agent"]}, "يعتصمون", True),
    ("عصم", {"VIII": ["perfect", "imperfect", "masdar", "agent"]}, "اعتصامهم", True),
    ("عصم", {"VIII": ["perfect", "imperfect", "masdar", "agent"]}, "معتصمو", True),
    ("غول", {"VIII_hollow": ["perfect"]}, "اغتالوه", True),
    ("ظهر", {"VI": ["masdar"]}, "تظاهرات", True),
    ("ظهر", {"VI": ["masdar"]}, "مظاهر", False),   # «مظاهر» (appearances) is not generated from VI
])
def test_generated_forms(root: str, forms: dict, word: str, present: bool) -> None:
    templates, affixes = morphology_tables()
    assert (word in {f.text for f in generate(root, forms, [], templates, affixes)}) is present


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(h.entry.event_type, h.text) for h in get_trigger_lexicon().find(normalise(sentence)) if not h.entry.merge_only]


@pytest.mark.parametrize("sentence, trigger, event_type", [
    ("واعتصم عشرات العمال أمام مبنى الشركة في الحديدة.", "اعتصم", "Protests"),
    ("جابت مسيرة حاشدة شوارع مدينة إب.", "جابت", "Protests"),
    ("خرجت مسيرات منددة بالغلاء في مدن عدة.", "مسيرات", "Protests"),
    ("استهدفت مسيرة سيارة على طريق مأرب.", "مسيرة", "Explosions/Remote violence"),
    ("قتل شخصان في قصف بمسيرة على قرية شمالي البلاد.", "مسيرة", "Explosions/Remote violence"),
    # two drones, a drone that fell: aircraft, not marches
    ("وكانت الفصائل قد استهدفت قاعدة قرب مطار أربيل بطائرتين مسيرتين الشهر الماضي.", "مسيرتين", "Explosions/Remote violence"),
    ("وأقر الجيش بسقوط مسيّرة في منطقة مفتوحة قرب المستوطنة.", "مسيّرة", "Explosions/Remote violence"),
    ("أقفل المحتجون الطريق الساحلية بالإطارات.", "أقفل", "Protests"),
    ("أحرق شاب نفسه أمام مقر البلدية.", "أحرق", "Protests"),
    ("اغتيل قاض أمام منزله في المكلا.", "اغتيل", "Violence against civilians"),
    ("قُتل حارس برصاص مسلحين مجهولين في سرت.", "قُتل", "Violence against civilians"),
    ("تجمع المئات أمام مبنى المحافظة.", "تجمع", "Protests"),
])
def test_typed_by_context(sentence: str, trigger: str, event_type: str) -> None:
    assert (event_type, trigger) in _types(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("تحدث اللاعب عن مسيرته الكروية مع المنتخب.", "مسيرته"),
    ("يواصل الطرفان مسيرة السلام رغم الخلافات.", "مسيرة"),
    ("استدعت الخارجية السفير احتجاجاً على التصريحات.", "احتجاجاً"),
    ("حكمت المحكمة بالإعدام على ثلاثة متهمين.", "بالإعدام"),
    ("قطعت القوات طريق الإمداد عن المسلحين.", "قطعت"),
    ("احتشدت القوات على الحدود الشمالية.", "احتشدت"),
    ("هاجم الوزير المعارضة في تصريحات صحفية.", "هاجم"),
    ("تجمع المهنيين يصدر بياناً.", "تجمع"),
    ("أطلق الأهالي الرصاص ابتهاجاً بالعرس.", "أطلق"),
])
def test_no_trigger_in_context(sentence: str, word: str) -> None:
    assert all(word not in text and text not in word for _, text in _types(sentence))


@pytest.mark.parametrize("sentence,fight", [
    # both sides named between «تبادل» and «إطلاق النار»
    ("تبادل عناصر من الجيش الليبي ومسلحو مجلس شورى ثوار بنغازي إطلاق النار في منطقة قنفودة غرب المدينة.", True),
    # a ceasefire the parties accuse each other of breaking is no exchange of fire
    ("تبادل الطرفان الاتهامات بالمسؤولية عن خرق وقف إطلاق النار في العاصمة.", False),
])
def test_an_exchange_of_fire_with_its_sides_between(sentence: str, fight: bool) -> None:
    assert ("Battles" in {t for t, _ in _types(sentence)}) == fight


def test_gunmen_who_set_on_a_sit_in_attack() -> None:
    """«اعتدى مسلحون على طلاب … أثناء اعتصامهم»: gunmen as the subject make the attack a strong
    trigger, not one a crowd's word beside it hides (the sit-in is a protest of its own)."""
    from rasad import extract
    events = extract("الخرطوم - اعتدى مسلحون بالهراوات على طلاب في جامعة الخرطوم أثناء اعتصامهم داخل الحرم الجامعي.",
                     "2019-03-08")["events"]
    assert ("Violence against civilians", "Attack") in {(e["event_type"], e["sub_event_type"]) for e in events}


def test_a_group_of_masked_men_who_set_on_workers_attack() -> None:
    """«اعتدت مجموعة من الملثمين … على عمال»: a group of armed or masked men as the subject."""
    from rasad import extract
    events = extract("المنامة - اعتدت مجموعة من الملثمين بالسيوف والهراوات على عمال آسيويين في سوق المنامة القديم.",
                     "2011-03-20")["events"]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("sentence,protest", [
    # a headline's crowd in the streets with what it wants: a protest with no verb
    ("طوفان بشري في شوارع الجزائر العاصمة في الجمعة الثامنة من الحراك", True),
    ("ملايين المصريين في الميادين للمطالبة برحيل الرئيس", True),
    # crowds in the streets that want nothing are no protest
    ("آلاف النازحين في شوارع المدينة بعد ليلة من القصف", False),
    ("يعتزم المعتصمون أمام جامعة صنعاء الزحف نحو دار الرئاسة يوم السبت.", True),  # a crowd's march
    ("بدأت قوات حفتر الزحف نحو العاصمة طرابلس من الجنوب.", False),                  # an army's advance
    # a Friday of protest named by its slogan makes a crowd that goes out a protest
    ("خرج الآلاف في مدينة حماة في جمعة أطفال الحرية.", True),
    # worshippers leaving a mosque after the Friday prayer are no protest
    ("خرج آلاف المصلين من الجامع الكبير بعد صلاة الجمعة.", False),
    # a crowd told as holding a sit-in that goes on is out today
    ("يواصل عشرات الشبان المعتصمين في منطقة الكامور نصب خيامهم قرب محطة ضخ النفط.", True),
    ("واصل المعتصمون اعتصامهم أمام قصر الحكومة بالقصبة.", True),
    # the police who go on chasing a crowd are no sit-in
    ("واصلت قوات الأمن ملاحقة المطلوبين في أحياء المدينة.", False),
])
def test_protest_wordings_beyond_the_lexicon(sentence: str, protest: bool) -> None:
    """A headline's crowd in the streets with its demand, a crowd's march on a seat of power, a
    Friday named by its slogan, a sit-in that goes on: protests, and the look-alikes none."""
    assert ("Protests" in {t for t, _ in _types(sentence)}) == protest
