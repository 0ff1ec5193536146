"""Acts named as a protest's grievance, and words of sport, verdicts, truces and diplomacy,
are no events; our own sentences → the event types the record may hold (and must)."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # A protest against shelling, an assassination, arrests, fighting: the protest only.
    ("2020-01-12", "تظاهر المئات في مدينة تعز اليوم احتجاجاً على القصف الحوثي للأحياء السكنية.", {"Protests"}),
    ("2021-06-02", "نظم العشرات وقفة احتجاجية أمام مبنى المحافظة في عدن تنديداً باغتيال الناشط.", {"Protests"}),
    ("2019-04-27", "رفع المحتجون في بلدة الكشكية لافتات تندد بالاعتقالات العشوائية.", {"Protests"}),
    ("2023-09-12", "أغلق التجار محالهم في صيدا احتجاجاً على استمرار المعارك في المخيم.", {"Protests"}),
    # A football report's «attack» and «clash»; a death sentence; a breach of a truce named
    # after the shelling that broke it; a committee named after a settlement; a note handed over.
    ("2021-02-14", "فاز فريق الشرطة على ضيفه أربيل بثلاثة أهداف ضمن الدوري العراقي الممتاز، وشن لاعبو الشرطة هجوماً كاسحاً منذ البداية.", set()),
    ("2023-05-09", "يستضيف ستاد عمّان الدولي مساء الجمعة المقبل مواجهة نارية بين الفيصلي والوحدات ضمن دوري المحترفين.", set()),
    ("2018-06-12", "أصدرت المحكمة الجنائية المركزية في بغداد حكماً بالإعدام شنقاً حتى الموت بحق مدانين اثنين.", set()),
    ("2020-01-12", "قصفت مليشيا الحوثي بقذائف الهاون أحياء سكنية في مدينة حيس، في خرق جديد للهدنة الأممية.",
     {"Explosions/Remote violence"}),
    ("2019-11-17", "اغتال مسلحون مجهولون عضواً في لجنة المصالحة أمام منزله في مدينة نوى.", {"Violence against civilians"}),
    ("2023-05-09", "سلّمت وزارة الخارجية، اليوم الثلاثاء، مذكرة احتجاج رسمية إلى السفارة الإسرائيلية في عمّان.", set()),
    # What a crowd demands («للمطالبة بتسوية أوضاعهم», «مطالبين بالإفراج عن …») is not what happened.
    ("2022-03-15", "نفذ عمال الحضائر وقفة احتجاجية أمام مقر ولاية القيروان للمطالبة بتسوية أوضاعهم المهنية.", {"Protests"}),
    ("2019-05-02", "تجمع أهالي المعتقلين أمام مبنى المحافظة في درعا مطالبين بالإفراج عن أبنائهم.", {"Protests"}),
    # Diplomats evacuated are no ground given up; an agreement an act broke is no agreement of the day.
    ("2014-07-28", "أعلنت الولايات المتحدة وعدة دول أوروبية إجلاء دبلوماسييها من العاصمة الليبية طرابلس خلال الأيام الماضية.", set()),
    ("2023-08-14", "واعتبرت الحركات الأزوادية في بيان اليوم انتشار وحدات الجيش في المنطقة خرقاً لاتفاق الجزائر للسلام.", set()),
    # Confronting an epidemic or a crisis is no fight.
    ("2021-01-18", "فرضت الحكومة في تونس حجراً صحياً شاملاً لمواجهة تفشي فيروس كورونا في الأحياء الشعبية.", set()),
    ("2022-07-04", "أعلنت الحكومة في بغداد خطة طارئة لمواجهة موجة الحر وانقطاع الكهرباء.", set()),
    # The act a crowd blames on a party («محمّلين إياها مسؤولية …») is its grievance.
    ("2023-02-11", "تظاهر المئات في مدينة الزاوية مطالبين برحيل المجلس البلدي، ومحمّلين إياه مسؤولية الاشتباكات "
                   "التي شهدتها المدينة مطلع الأسبوع.", {"Protests"}),
    # Violence the organisers refuse («ورفضهم أي أعمال تخريب») leaves a planned march peaceful.
    ("2023-02-11", "ودعا منظمو الحراك في الزاوية إلى مسيرة جديدة يوم الجمعة المقبل، مؤكدين سلمية تحركهم ورفضهم "
                   "أي أعمال تخريب.", {"Protests"}),
    # «بتكرار», «باستمرار»: the continuation of a grievance takes the preposition.
    ("2022-05-17", "نظم العشرات من أهالي الزاوية وقفة احتجاجية أمام المجلس البلدي تنديداً بتكرار الاشتباكات في "
                   "مدينة الزاوية.", {"Protests"}),
    # A heated exchange in a council, members «attacking» a ministry's policies: words, no battle.
    ("2019-02-11", "شهد مجلس الشورى مواجهة ساخنة بين الأعضاء ووزير الصحة حول قوائم الانتظار، إذ هاجم عدد من "
                   "الأعضاء سياسات الوزارة.", set()),
    # Egypt's «كمين أمني» is a police checkpoint: a bomb that targets one is no ambush.
    ("2017-06-01", "أصيب ثلاثة من رجال الشرطة بانفجار عبوة ناسفة استهدفت كميناً أمنياً في مدينة العريش.",
     {"Explosions/Remote violence"}),
    # Forces deployed to prevent a protest: neither the protest nor a transfer of territory.
    ("2022-05-05", "- قوات الأمن تنتشر في ساحة التحرير ببغداد لمنع الطلاب من التظاهر", set()),
    ("2022-05-05", "انتشرت قوات الأمن بكثافة في شوارع الخرطوم اليوم لمنع خروج مظاهرات مناهضة للانقلاب.", set()),
    ("2022-05-05", "تظاهر المئات في ساحة التحرير اليوم رغم انتشار قوات الأمن لمنع التجمعات.", {"Protests"}),
    # Dated only by the span since a period began: a tally, not an event; a crowd out since then
    # is a sit-in that goes on, and a killing told with its own day stands beside the tally.
    ("2022-05-05", "ووثق المرصد منذ مطلع العام الجاري مقتل 95 شخصاً في عمليات اغتيال بمحافظتي درعا والقنيطرة.", set()),
    ("2022-05-05", "وبذلك يرتفع إلى 92 عدد الغارات التي نفذتها طائرات مسيرة تركية على مناطق الإدارة الذاتية منذ بداية العام.", set()),
    ("2022-05-05", "يواصل عمال المصنع اعتصامهم أمام مبنى الولاية في قفصة منذ مطلع الشهر الجاري للمطالبة بصرف أجورهم.", {"Protests"}),
    ("2022-05-05", "قتل شخصان اليوم باشتباكات في ريف درعا، ليرتفع عدد القتلى منذ مطلع العام إلى 40.", {"Battles"}),
    # Concern about fighting is no fighting; a ministry «advancing» a complaint takes no ground.
    ("2024-05-27", "وأعربت بعثة الأمم المتحدة عن قلقها من تجدد الاشتباكات داخل الأحياء السكنية في الزاوية.", set()),
    ("2024-02-13", "وتقدمت وزارة الخارجية والمغتربين اللبنانية بشكوى جديدة إلى مجلس الأمن ضد الخروقات الإسرائيلية.", set()),
    # Control of a fire or of the situation is no control of ground.
    ("2024-04-20", "وتمكنت فرق الدفاع المدني من السيطرة على الحريق الذي اندلع في سوق الهال بعد ساعات.", set()),
    ("2024-04-20", "وأكد المحافظ أن الأجهزة الأمنية تمكنت من السيطرة على الوضع في المدينة مساء اليوم.", set()),
    ("2016-06-11", "وقال المتحدث إن القوات الحكومية «سيطرت على الوضع تماما» في العاصمة طرابلس.", set()),
    # Shells fired from an area a group holds: the holding is a state of affairs, no taking.
    ("2019-05-15", "وسقطت قذائف صاروخية مصدرها مناطق سيطرة \"قسد\" على أطراف مدينة مارع، دون وقوع إصابات.",
     {"Explosions/Remote violence"}),
    ("2016-06-11", "وأفاد شهود بأن عناصر الإطفاء سيطروا على النيران في مستودع الوقود بمصراتة بعد ساعات.", set()),
    # Trees and crops destroyed are property destroyed; roads cut by a crowd are not.
    ("2025-06-26", "نابلس - اقتحم مستوطنون أراضي بلدة قريوت فجر اليوم واقتلعوا أكثر من 150 شجرة زيتون.",
     {"Strategic developments"}),
    ("2024-07-02", "الخليل - أحرق مستوطنون مساء أمس عشرات أشجار اللوزيات في أراضي بلدة بيت أمر.", {"Strategic developments"}),
    # A crowd gathered peacefully is a protest, no handover of ground.
    ("2025-07-21", "وفي الناصرية، تجمع المئات مساء اليوم بشكل سلمي أمام مبنى المحافظة مطالبين بتحسين الخدمات.", {"Protests"}),
    # Marchers who move up front take no ground.
    ("2019-03-08", "خرج آلاف المتظاهرين اليوم في مسيرة حاشدة بمدينة وهران، فيما تقدمت نساء وعائلات بأطفالها الصفوف "
                   "الأولى للمسيرة.", {"Protests"}),
]


@pytest.mark.parametrize("published,text,types", CASES)
def test_only_the_reported_events(published: str, text: str, types: set[str]) -> None:
    assert {e["event_type"] for e in extract(text, published)["events"]} == types


# A place fronted before the first comma sets the scene for its sentence, not one in a later
# clause of another act; a town told by its bearing from a far city is where it happened.
PLACES = [
    ("2022-08-03", "وفي القيروان، نفذ المعلمون اليوم وقفة احتجاجية أمام مقر المندوبية الجهوية، في حين دعت نقابة "
                   "الأساتذة بسوسة إلى إضراب عام الأسبوع المقبل.", "Protests", "القيروان"),
    ("2024-03-09", "خاضت وحدات من الجيش اشتباكات مع عصابات تهريب مسلحة في منطقة أم الأرانب جنوب غربي سبها.",
     "Battles", "أم الأرانب"),
    # Where the mediators came from is not where the truce holds; a crowd gathered «بشكل سلمي»
    # is a protest, not a peaceful handover of ground.
    ("2025-05-14", "وتوصل الطرفان، اليوم، إلى اتفاق لوقف إطلاق النار في مدينة الزاوية بوساطة من أعيان مصراتة وزليتن.",
     "Strategic developments", "الزاوية"),
    ("2025-07-21", "وفي الناصرية، تجمع المئات مساء اليوم بشكل سلمي أمام مبنى المحافظة مطالبين بتحسين الخدمات.",
     "Protests", "الناصرية"),
    # The country a crowd chants against is not where it stands.
    ("2021-11-20", "وتجمع العشرات على الطريق الرئيسي في مدينة كايا مرددين شعارات معادية لفرنسا ووجودها العسكري.",
     "Protests", "كايا"),
]


@pytest.mark.parametrize("published,text,etype,place", PLACES)
def test_the_events_place(published: str, text: str, etype: str, place: str) -> None:
    events = [e for e in extract(text, published)["events"] if e["event_type"] == etype and e["modality"] == "asserted"]
    assert events and place in events[0]["location"]["name_ar"]


def test_moroccos_public_forces_are_its_police() -> None:
    rec = extract("وفي بني بوعياش بإقليم الحسيمة، تحولت وقفة احتجاجية إلى مواجهات بعد تدخل القوات العمومية لتفريق المحتجين.",
                  "2017-06-12")
    assert "Police Forces of Morocco" in {a["name_en"] for a in rec["actors"]}


@pytest.mark.parametrize("text", [
    "ألغت اللجنة المنظمة المسيرة التي كانت مقررة يوم الجمعة في البصرة بسبب الإجراءات الصحية.",
    "وقررت النقابة إلغاء الوقفة أمام مبنى الوزارة بعد وعود بصرف الرواتب.",
])
def test_a_crowd_called_off_is_none(text: str) -> None:
    assert extract(text, published="2020-05-08")["events"] == []


@pytest.mark.parametrize("text", [
    # a warning against «any» gatherings names none
    "حذرت وزارة الداخلية في بيان من المشاركة في أي تجمعات أو مسيرات غير مرخصة يوم الجمعة.",
    # a draft is no agreement reached
    "أعلن وفد البرلمان انسحابه من جلسات الحوار اعتراضاً على التعديلات التي أدخلتها البعثة على مسودة الاتفاق.",
])
def test_any_gathering_and_a_draft_are_no_events(text: str) -> None:
    assert extract(text, published="2015-05-08")["events"] == []


def test_any_gathering_denied_is_a_denial() -> None:
    """«لم تشهد حلب أي تظاهرات»: «any» under a negation is the denial of a protest, not nothing."""
    r = extract("حلب - لم تشهد مدينة حلب أي تظاهرات بعد صلاة الجمعة أمس وسط انتشار أمني كثيف.", published="2011-05-07")
    assert [e["modality"] for e in r["unrealised_events"] if e["event_type"] == "Protests"] == ["negated"]


@pytest.mark.parametrize("text,expected", [
    # a ceasefire told with tanween is an agreement, no shooting
    ("وأعلن التحالف فجر اليوم وقفاً لإطلاق النار في مدينة عدن اعتباراً من الساعة الواحدة ظهراً.",
     {("Strategic developments", "Agreement")}),
    # a court's verdict for a killing is no killing of the day, nor is «حكماً» a place
    ("أصدرت محكمة جنايات أم درمان أمس حكماً بسجن شرطي عشر سنوات بعد إدانته بقتل متظاهر.", set()),
    # a count of attacks over a span is a tally
    ("وتقدر وزارة الدفاع عدد الهجمات التي تعرضت لها قواتها في العراق منذ مطلع الشهر بأكثر من ستين هجوماً.", set()),
])
def test_ceasefires_verdicts_and_tallies(text: str, expected: set) -> None:
    r = extract(text, published="2023-11-20")
    assert {(e["event_type"], e["sub_event_type"]) for e in r["events"]} == expected
    assert all(p.get("name_ar") != "حكماً" for p in r["places"])
