"""Each first-level division's namesake town lies in it: «تطاوين» in Tataouine (TN-83), not in
Médenine. GeoNames admin1 codes that no curated row maps are learnt by a vote of nearest
centroids, which misplaces whole governorates; admin1.tsv carries the codes that vote got wrong."""

from __future__ import annotations

import pytest

from rasad.places.sources import arabic_key

# Namesakes that are rightly elsewhere: Sanaa city is the capital district (YE-SA), not Sanaa
# governorate; a town «صلاح الدين» in Erbil; GeoNames files Karak town under Ma'an; in Bahrain the
# curated Arabic name of the capital governorate is the island's.
ELSEWHERE = {"YE-SN", "IQ-SD", "JO-KA", "BH-13"}
PREFIXES = ("محافظه ", "ولايه ", "جهه ", "اقليم ", "منطقه ", "اماره ")


def _capitals(gaz):
    towns: dict[tuple[str, str], list] = {}
    for e in gaz.entries:
        if e.feature == "town" and e.source == "geonames":
            for n in e.names:
                towns.setdefault((e.country, arabic_key(n) or ""), []).append(e)
    for code, (_en, ar, cc, _lat, _lon) in gaz.admin1.items():
        key = arabic_key(ar) or ""
        for p in PREFIXES:
            key = key.removeprefix(p)
        found = towns.get((cc, key))
        if found and code not in ELSEWHERE:
            yield code, max(found, key=lambda e: e.population)


def test_namesake_towns_lie_in_their_division(resolver):
    wrong = [(code, town.name_en, town.admin1) for code, town in _capitals(resolver.gaz) if town.admin1 != code]
    assert not wrong


@pytest.mark.parametrize("sentence,admin1", [
    ("خرجت احتجاجات ليلية في مدينة تطاوين جنوب البلاد", "TN-83"),
    ("أغلق محتجون الطريق في حي سكرة", "TN-12"),
    ("اعتصم عمال شركة النفط في ورقلة", "DZ-30"),
])
def test_maghreb_towns_take_their_governorate(resolver, sentence: str, admin1: str) -> None:
    from rasad.text.normalise import normalise

    assert resolver.find(normalise(sentence))[0].admin1_code == admin1
