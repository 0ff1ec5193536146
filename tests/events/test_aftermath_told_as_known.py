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
