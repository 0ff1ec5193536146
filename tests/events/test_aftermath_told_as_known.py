"""An act named only as what its aftermath is about — a site visited, an inquiry, victims
remembered, survivors, the displaced, a condemnation — is told as known: no event, unless the
sentence dates it or gives its toll after it. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published", [
    ("تفقد وزير الداخلية برفقة محافظ البصرة موقع التفجير في سوق العشار، واطلع على حجم الأضرار.", "2019-09-21"),
    ("أعلنت النيابة العامة فتح تحقيق في ملابسات الانفجار الذي هز مخزناً للوقود في ميناء طرابلس.", "2020-08-12"),
    ("أحيا أهالي الكرادة ذكرى ضحايا تفجير الكرادة بإيقاد الشموع في الشارع التجاري.", "2017-07-03"),
    ("صرفت الحكومة تعويضات للعائلات المتضررة من القصف في أحياء حلب الشرقية.", "2018-02-11"),
    ("نقلت طائرة إسعاف قطرية عشرين من جرحى تفجير مقديشو لتلقي العلاج في الدوحة.", "2017-10-19"),
    ("يروي أحد الناجين من القصف الكيماوي على خان شيخون كيف فقد أسرته.", "2018-04-04"),
    ("استنكرت جامعة الدول العربية الهجوم الإرهابي على كنيسة مار جرجس في طنطا.", "2017-04-10"),
    ("ارتفع عدد النازحين جراء المعارك في ولاية سنار إلى نحو 200 ألف شخص وفق المنظمة الدولية للهجرة.", "2024-07-10"),
    ("توافد عشرات الشبان على مستشفى أم درمان للتبرع بالدم لصالح جرحى الاحتجاجات.", "2019-06-05"),

    # an act only feared or prepared for, whatever date the sentence gives; a cause named
    ("نصبت السلطات حواجز إسمنتية حول مبنى البرلمان في مقديشو تحسباً لهجمات محتملة خلال شهر رمضان.", "2019-05-07"),
    ("دعا الرئيس إلى اصطفاف وطني في مواجهة الإرهاب بعد أسبوع دام.", "2017-11-25"),
    ("قررت السلطات حظر الدراجات النارية ليلاً في منطقة ديفا في إطار الإجراءات الأمنية لمواجهة تسلل عناصر بوكو حرام.",
     "2016-06-08"),
    # the relative clause of a condemned act tells that act
    ("أدانت الخارجية الهجوم الإرهابي الغادر الذي استهدف المصلين في كنيسة بحي الزيتون.", "2016-12-12"),
])
def test_aftermath_is_no_event(text: str, published: str) -> None:
    r = extract(text, published)
    assert not [e for e in r["events"] if e["modality"] in ("asserted", "claimed")]


@pytest.mark.parametrize("text,published,act", [
    # suspects of a known act: their arrest is the news, the act is not told again
    ("أعلنت الشرطة أن قوات الأمن أوقفت ثمانية أشخاص يشتبه في صلتهم بالتفجير خلال مداهمات في حي هودن.", "2017-02-20",
     "Explosions/Remote violence"),
    # (a guard: already no event)
    ("ألقت قوات الأمن القبض على شابين للاشتباه في علاقتهم بالهجوم المسلح على حاجز الشرطة.", "2016-03-14",
     "Violence against civilians"),
    ("وقالت الشرطة إنها تحقق مع ثلاثة موقوفين بشأن تورطهم في الاشتباكات بين العشيرتين.", "2015-08-30", "Battles"),
])
def test_suspects_of_a_known_act(text: str, published: str, act: str) -> None:
    assert act not in {e["event_type"] for e in extract(text, published)["events"]}


@pytest.mark.parametrize("text,published", [
    ("وأعلنت وزارة الداخلية اليوم القبض على 14 شخصاً في بنغازي متورطين في أعمال الشغب التي شهدتها المدينة.", "2020-09-14"),
    ("أوقفت مصالح الأمن 23 شخصاً متورطين في أعمال التخريب خلال الليلة الماضية في تقرت.", "2018-01-06"),
])
def test_arrests_of_suspects_are_arrests(text: str, published: str) -> None:
    """The arrest is the act; the riot they are suspected of is named as known."""
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == ["Arrests"]


@pytest.mark.parametrize("text,published,sub", [
    # (guards) the act dated after its name; the victims' kin who protest; the wounded of a fight told
    ("دان الرئيس التفجير الذي استهدف سوقاً شعبياً في مدينة الصدر صباح اليوم.", "2016-05-11",
     "Remote explosive/landmine/IED"),
    ("نظم أهالي ضحايا التفجير وقفة احتجاجية أمام مبنى المحافظة في البصرة.", "2019-09-22", "Peaceful protest"),
    ("قتل ثلاثة مدنيين وسقط عشرات الجرحى في مواجهات بين الجيش ومسلحين في طرابلس.", "2014-03-21", "Armed clash"),
    ("استنفرت قوات الجيش لمواجهة هجوم الحوثيين على مدينة مأرب أمس.", "2021-02-09", "Armed clash"),
    ("وأفاد مصدر طبي بأن حصيلة القتلى منذ اندلاع الاشتباكات أمس الاثنين بلغت 11 قتيلاً في الكفرة.", "2012-06-12",
     "Armed clash"),
])
def test_acts_still_told(text: str, published: str, sub: str) -> None:
    assert sub in {e["sub_event_type"] for e in extract(text, published)["events"]}
