"""Tolls an outlet tells plainly: a strike dated to a part of last month keeps its own toll (it is
no running total over the month), and «عدم تسجيل خسائر بشرية» says 0. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # A point in a period dates one strike; the figure is its toll.
    ("2022-06-15", "وكانت مسيرة تركية قد استهدفت منتصف الشهر الماضي مستوصفاً في بلدة سنوني، ما أسفر عن مقتل أربعة أشخاص.", 4),
    ("2021-03-10", "وكانت غارة للتحالف قد استهدفت أواخر العام الماضي سوقاً شعبية في مديرية باقم، ما أدى إلى مقتل سبعة مدنيين.", 7),
    # A total over the period is no event's toll.
    ("2022-06-15", "وقتل 45 مدنياً بغارات التحالف خلال الشهر الماضي في محافظة صعدة.", None),
    ("2022-06-15", "وقتل 45 مدنياً بغارات التحالف خلال شهر أيار الماضي في محافظة صعدة.", None),
    # Nobody hurt, in the words of an official or an agency.
    ("2022-06-15", "قصفت المدفعية التركية محيط ناحية كاني ماسي، بحسب قائمقام القضاء الذي أشار إلى عدم تسجيل خسائر بشرية.", 0),
    ("2024-02-14", "أغار الطيران الحربي الإسرائيلي على منزل في بلدة عيترون من دون أن يفيد عن إصابات.", 0),
    # Figures joined by «و» before the death words that close the list all count.
    ("2018-11-24", "اندلعت معارك عنيفة أمس بين قوات سوريا الديمقراطية ومسلحي تنظيم داعش قرب بلدة السوسة. وقال المرصد "
                   "إن تسعة عناصر من قسد و14 مسلحاً من التنظيم لقوا مصرعهم في المعارك.", 23),
    ("2016-05-03", "دارت اشتباكات عنيفة يوم أمس بين الجيش اليمني ومسلحي الحوثي في مديرية نهم. وأكدت مصادر عسكرية أن "
                   "ثلاثة جنود وسبعة مسلحين من الحوثيين قتلوا في الاشتباكات.", 10),
    # … not a figure told with a verb of its own («انسحبوا»).
    ("2018-11-24", "اندلعت معارك عنيفة أمس بين قوات سوريا الديمقراطية ومسلحي تنظيم داعش قرب بلدة السوسة. وقالت المصادر "
                   "إن 300 مقاتل انسحبوا من البلدة و5 عناصر لقوا مصرعهم.", 5),
    # One victim as a pronoun, or as «one of» a group, counts one; «من عائلة واحدة» counts nobody more.
    ("2021-09-12", "أطلق مسلحون مجهولون النار على صاحب محل صرافة في مدينة الرمادي مساء أمس، ما أدى إلى مقتله على الفور.", 1),
    ("2020-02-03", "اشتبكت قوة من الجيش اللبناني مع مطلوبين في بلدة الشراونة خلال عملية دهم، ما أسفر عن مقتل أحد "
                   "المطلوبين وإصابة عسكري.", 1),
    ("2022-01-08", "قصفت قوات النظام بالمدفعية بلدة كنصفرة في جبل الزاوية، ما أدى إلى مقتل أربعة مدنيين من عائلة واحدة.", 4),
    # Two victims in the dual before their dual verb, «على الأقل» between.
    ("2023-11-06", "اقتحمت عناصر من الدعم السريع مدينة الخوي أمس، وقال شهود إن رجلين على الأقل قتلا برصاص المهاجمين.", 2),
    ("2023-11-06", "هاجم مسلحون سوق بلدة طويلة أمس، وأفاد شهود بأن شابين استشهدا برصاص المهاجمين أثناء حماية محالهما.", 2),
    # «ارتقى», the martyr's verb, with the person after it.
    ("2022-01-08", "ارتقى شاب وأصيب آخرون برصاص قوات الاحتلال خلال اقتحامها مخيم جنين فجر اليوم.", 1),
]


@pytest.mark.parametrize("published,text,toll", CASES)
def test_the_toll(published: str, text: str, toll: int | None) -> None:
    events = extract(text, published)["events"]
    assert events and events[0]["fatalities"] == toll


def test_since_this_morning_is_no_running_total() -> None:
    """«منذ ساعات الصباح»: since this morning, one day's shelling and its own dead."""
    text = ("قصف الجيش التركي، منذ ساعات الصباح، قرى تل حلف وعلوك والأسدية في ريف رأس العين، ما أدى إلى "
            "استشهاد ثلاثة مدنيين من عائلة واحدة في قرية علوك.")
    tolls = {e["location"]["name_ar"]: e["fatalities"] for e in extract(text, "2019-10-12")["events"]}
    assert tolls == {"تل حلف": None, "علوك": 3, "الأسدية": None}
