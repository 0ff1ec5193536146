"""Curated towns, villages, camps and neighbourhoods the open gazetteers lack or carry without an
Arabic name (sites_sd_more.tsv, sites_ly_more.tsv, …). Coordinates are public facts; the table
checks governorate and distance, as the held-out measure does. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_resolves_near

# (sentence, name as written, admin1, (lat, lon))
TOWNS = [
    # «مدينة الخرطوم» is no longer read over «الخرطوم بحري».
    ("أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في مدينة الخرطوم بحري", "الخرطوم بحري", "SD-KH", (15.64, 32.54)),
    ("قصف الطيران الحربي تمركزات لقوات الدعم السريع في حي جبرة جنوبي الخرطوم", "جبرة", "SD-KH", (15.52, 32.53)),
    ("وصل آلاف النازحين من الفاشر إلى مدينة طويلة خلال الأيام الماضية", "طويلة", "SD-DN", (13.52, 24.87)),
    ("اندلعت اشتباكات بين مجموعتين مسلحتين في منطقة قرقارش غرب طرابلس", "قرقارش", "LY-TB", (32.88, 13.14)),
    ("عاد مئات من أهالي تاورغاء إلى مدينتهم بعد سنوات من التهجير", "تاورغاء", "LY-MI", (31.97, 15.05)),
    # Iraqi villages of the war against the Islamic State (sites_iq_villages.tsv).
    ("أحيا ناجون من قرية كوجو ذكرى المجزرة التي ارتكبها التنظيم جنوب سنجار", "كوجو", "IQ-NI", (36.18, 41.91)),
    ("هاجم مسلحون نقطة للشرطة في ناحية سليمان بيك شرق صلاح الدين", "سليمان بيك", "IQ-SD", (34.79, 44.67)),
    # West Bank villages in their own governorate (sites_ps_westbank.tsv), not the nearest centre's.
    ("اقتحمت قوات الاحتلال بلدة بيتونيا غرب رام الله فجر اليوم", "بيتونيا", "PS-RBH", (31.90, 35.17)),
    ("اقتحمت قوات الاحتلال بلدة الخضر جنوب بيت لحم واعتقلت شابين", "الخضر", "PS-BTH", (31.69, 35.17)),
    ("أصيب شاب برصاص الاحتلال في بلدة كفر راعي جنوب جنين", "كفر راعي", "PS-JEN", (32.37, 35.16)),
    # Jordan's refugee camps (sites_jo.tsv), not a Hebron village of the same name.
    ("عمّان – قتل خمسة من عناصر المخابرات في هجوم على مكتب للدائرة في مخيم البقعة", "مخيم البقعة", "JO-BA", (32.08, 35.84)),
    ("نظم العشرات وقفة احتجاجية في مخيم الوحدات جنوب شرقي عمّان", "مخيم الوحدات", "JO-AM", (31.93, 35.95)),
    # Beirut's neighbourhoods and southern suburbs (sites_lb_beirut.tsv).
    ("اندلعت اشتباكات مسلحة في خلدة خلال تشييع أحد الشبان", "خلدة", "LB-JL", (33.78, 35.48)),
    ("سقط قتلى وجرحى في اشتباكات بين مسلحين في الطيونة وعين الرمانة", "الطيونة", "LB-BA", (33.87, 35.51)),
    # Israeli towns and kibbutzim that rocket, drone and border fire reaches (sites_il.tsv), in
    # reports whose other places are Palestinian or Lebanese: fire aimed across a border lands abroad.
    ("أطلقت فصائل فلسطينية رشقة صواريخ من قطاع غزة باتجاه مدينة عسقلان مساء اليوم", "عسقلان", "IL-D", (31.67, 34.57)),
    ("أطلق حزب الله صواريخ من جنوب لبنان نحو مستوطنة كريات شمونة اليوم", "كريات شمونة", "IL-Z", (33.21, 35.57)),
    ("أعلن حزب الله أنه استهدف مستوطنة المطلة بالأسلحة الصاروخية رداً على الاعتداءات على القرى الجنوبية في لبنان",
     "المطلة", "IL-Z", (33.28, 35.58)),
    ("سقطت قذيفة هاون أطلقت من غزة في ساحة منزل في سديروت دون وقوع إصابات", "سديروت", "IL-D", (31.52, 34.60)),
    # A curated row lends its governorate to the nearest same-named GeoNames town, not the first.
    ("هاجم مستوطنون قرية المغير شرق رام الله وأحرقوا مركبات", "المغير", "PS-RBH", (32.00, 35.35)),
    # Camps, oases and towns of Jordan, Egypt, Morocco, Burkina Faso, Somalia, Iraq and Sudan.
    ("اندلعت احتجاجات داخل مخيم الزعتري للاجئين في محافظة المفرق اعتراضاً على قطع الكهرباء", "مخيم الزعتري", "JO-MA", (32.30, 36.32)),
    ("قتل ثمانية من عناصر الشرطة في كمين بمنطقة الواحات البحرية غرب القاهرة", "الواحات البحرية", "EG-GZ", (28.35, 28.87)),
    ("أوقفت السلطات المغربية أربعة مشتبه بهم في قتل سائحتين قرب قرية إمليل بإقليم الحوز", "إمليل", "MA-07", (31.14, -7.92)),
    ("قتل أكثر من مئة مدني في هجوم ليلي على قرية صولحان بمقاطعة ياغا", "صولحان", "BF-12", (13.94, 0.24)),
    ("انفجرت سيارة مفخخة قرب مقر الإدارة المحلية في مدينة بيداوا جنوب غربي الصومال", "بيداوا", "SO-BY", (3.11, 43.65)),
    ("سيطرت قوات الجيش الصومالي على بلدة جنالة في إقليم شبيلي السفلى", "جنالة", "SO-SH", (1.82, 44.70)),
    ("قتل شرطيان في هجوم مسلح على نقطة تفتيش في قضاء الطوز شرق صلاح الدين", "الطوز", "IQ-SD", (34.88, 44.63)),
    ("هاجمت مليشيات مسلحة بلدة مستري في ولاية غرب دارفور وقتلت عشرات المدنيين", "مستري", "SD-DW", (13.0, 22.4)),
]


@pytest.mark.parametrize("text,name,admin1,point", TOWNS)
def test_curated_town_resolves(resolver, text, name, admin1, point):
    assert_resolves_near(resolver, text, name, admin1, point, km=10)
