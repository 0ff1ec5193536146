"""Spelling variants of place keys, and the bundled gazetteer file they index."""

from __future__ import annotations

import pytest

from rasad.places import data as curated
from rasad.places.variants import variant_keys
from rasad.text.normalise import normalise, normalise_phrase


@pytest.mark.parametrize("name,variant", [
    ("كفر نبودة", "كفرنبوده"),      # joined
    ("كفرنبودة", "كفر نبوده"),      # apart
    ("تل رفعت", "تله رفعت"),        # «تل/تلة»
    ("كفر زيتا", "كفير زيتا"),      # «كفر/كفير»
    ("عين العرب", "عيون العرب"),    # «عين/عيون»
    ("نوى", "نوا"),                  # final «ى» written «ا»
])
def test_variant_keys(name, variant):
    assert variant in variant_keys(normalise_phrase(name), name.endswith("ى"))


@pytest.mark.parametrize("name", ["حلب", "دوما", "الباب", "القامشلي"])
def test_no_variant_for_plain_names(name):
    assert variant_keys(normalise_phrase(name), name.endswith("ى")) == []


@pytest.mark.parametrize("sentence,target,admin1", [
    ("تعرضت بلدة كفر نبودة في ريف حماة الشمالي لقصف صاروخي", "كفر نبودة", "SY-HM"),
    ("قتل شاب برصاص مجهولين في مدينة نوا بريف درعا الغربي", "نوا", "SY-DR"),
    ("اشتباكات بين مسلحين في مديرية كعيدنة بمحافظة حجة", "كعيدنة", "YE-HJ"),
    ("قصف مدفعي على ناحية بيت جن في ريف دمشق", "بيت جن", "SY-RD"),
])
def test_resolved_through_variants_and_bundle(resolver, sentence, target, admin1):
    hits = [m for m in resolver.find(normalise(sentence)) if target in m.text]
    assert hits and hits[0].admin1_code == admin1, [(m.text, m.admin1_code) for m in resolver.find(normalise(sentence))]


@pytest.mark.parametrize("sentence", [
    "أعلن الوزير عن خطة لدعم الثورة الزراعية في البلاد",   # «الثورة» is also a Yemeni district
    "قال المتحدث إن الوحدة الوطنية خط أحمر",
])
def test_common_words_named_like_districts_stay_words(resolver, sentence):
    assert [m.text for m in resolver.find(normalise(sentence))] == []


def test_bundled_rows_are_well_formed():
    rows = curated.load_bundled()
    assert len(rows) > 2000
    assert {r.country for r in rows} >= {"SY", "YE"}
    assert len({r.id for r in rows}) == len(rows)
    assert all(r.admin1 for r in rows if r.feature != "town")


@pytest.mark.parametrize("filename", ["gazetteer.tsv", "variants.yaml"])
def test_index_is_rebuilt_when_bundled_data_changes(tmp_path, monkeypatch, filename):
    import shutil

    from rasad.places import gazetteer

    folder = tmp_path / "places"
    shutil.copytree(curated.data_dir(), folder)
    monkeypatch.setattr(curated, "data_dir", lambda: folder)
    before = gazetteer.inputs_fingerprint()
    with (folder / filename).open("a", encoding="utf-8") as fh:
        fh.write("# edited\n")
    assert gazetteer.inputs_fingerprint() != before


@pytest.mark.parametrize("module", ["context.py", "geo.py", "gazetteer.py"])
def test_index_is_rebuilt_when_the_code_of_its_words_changes(monkeypatch, module):
    # «مقاطعة» added to context.py's place words changes the index's function words: an index
    # built before must not be reused.
    from rasad.places import gazetteer

    before = gazetteer.inputs_fingerprint()
    real = gazetteer.stamp
    monkeypatch.setattr(gazetteer, "stamp", lambda p: real(p) + ("+edited" if p.name == module else ""))
    assert gazetteer.inputs_fingerprint() != before
