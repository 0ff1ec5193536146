"""Every actor file under rasad/data/actors/ follows the schema, and together they cover enough."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.actors.dictionary import get_dictionary
from rasad.actors.schema import (
    KINDS, REQUIRED, actor_files, alias_conflicts, load_file, parse_actor, parse_partial_date, validate,
)
from rasad.datafiles import DataFileError

FILES = actor_files()


def test_files_exist():
    names = {p.name for p in FILES}
    assert {"syria.yaml", "international.yaml", "generic.yaml"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_parses_with_required_fields(path):
    actors = load_file(path)
    assert actors, f"{path.name} is empty"
    for a in actors:
        assert a.inter is None or 1 <= a.inter <= 8
        assert a.kind in KINDS
        assert a.name_ar and a.name_en and a.aliases_ar, a.id
        if not a.generic:
            assert a.countries, f"{a.id} has no country"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_ids_carry_their_prefix(path):
    for a in load_file(path):
        prefix = a.id.split(".", 1)[0]
        assert len(prefix) in (2, 3), a.id
        if a.generic:
            assert prefix == "gen", a.id


def test_cross_file_rules():
    """Unique ids, affiliation targets that exist, no alias shared by actors active together."""
    problems = validate(get_dictionary().all())
    assert not problems, "\n".join(problems)


def test_affiliation_dates_parse():
    for a in get_dictionary().all():
        for f in a.affiliations:
            parse_partial_date(f.date)
            parse_partial_date(f.until)


def test_coverage_count():
    """≥400 complete actors over ≥7 countries (needs the country files of the other helper)."""
    complete = get_dictionary().complete()
    countries = {a.id.split(".")[0] for a in complete if not a.id.startswith("int.")}
    assert len(complete) >= 400, f"COVERAGE: only {len(complete)} complete actors (want ≥400)"
    assert len(countries) >= 7, f"COVERAGE: only {len(countries)} country prefixes {sorted(countries)} (want ≥7)"


def test_own_files_coverage():
    own = [a for p in FILES if p.name in ("syria.yaml", "international.yaml") for a in load_file(p)]
    assert sum(a.complete for a in own) >= 220


@pytest.mark.parametrize(
    "value,end,expected",
    [
        ("2017", False, date(2017, 1, 1)),
        ("2017", True, date(2017, 12, 31)),
        ("2016-02", True, date(2016, 2, 29)),
        ("2016-12", True, date(2016, 12, 31)),
        ("2017-01-28", False, date(2017, 1, 28)),
        (None, False, None),
    ],
)
def test_partial_dates(value, end, expected):
    assert parse_partial_date(value, end=end) == expected


@pytest.mark.parametrize(
    "raw,message",
    [
        ({"id": "sy.x", "name_ar": "س", "name_en": "X", "aliases_ar": ["س"], "inter": 9, "kind": "rebel_group",
          "countries": ["SY"]}, "inter"),
        ({"id": "sy.x", "name_ar": "س", "name_en": "X", "aliases_ar": ["س"], "inter": 2, "kind": "rebels",
          "countries": ["SY"]}, "kind"),
        ({"id": "Sy-X", "name_ar": "س", "name_en": "X", "aliases_ar": ["س"], "inter": 2, "kind": "rebel_group",
          "countries": ["SY"]}, "bad id"),
        ({"id": "sy.x", "name_ar": "س", "name_en": "X", "aliases_ar": ["س"], "inter": 2, "kind": "rebel_group",
          "countries": ["SY"], "active_from": "17-01-2017"}, "bad date"),
        ({"id": "sy.x", "name_ar": "س", "name_en": "X", "aliases_ar": ["س"], "inter": 2, "kind": "rebel_group",
          "countries": ["SY"], "affiliations": [{"type": "befriended", "target": "sy.y"}]}, "unknown type"),
        ({"id": "sy.x", "name_ar": "س", "aliases_ar": ["س"], "inter": 2, "kind": "rebel_group",
          "countries": ["SY"]}, "missing field 'name_en'"),
        ({"id": "sy.x", "name_ar": "س", "name_en": "X", "aliases_ar": ["س"], "inter": 2, "kind": "rebel_group",
          "countries": ["Syria"]}, "ISO"),
    ],
)
def test_bad_entries_are_refused(raw, message):
    with pytest.raises(DataFileError, match=message):
        parse_actor(raw, "test.yaml[0]")


def _actor(aid, alias, start=None, end=None, countries=("SY",)):
    return parse_actor({"id": aid, "name_ar": alias, "name_en": aid, "aliases_ar": [alias], "inter": 2,
                        "kind": "rebel_group", "countries": list(countries), "active_from": start, "active_to": end}, "t")


def test_alias_rule_allows_successive_owners_only():
    before, after = _actor("sy.a", "جبهة س", None, "2016-07-28"), _actor("sy.b", "جبهة س", "2016-07-28")
    assert alias_conflicts([before, after]) == []
    overlapping = _actor("sy.c", "جبهه س", "2016-01-01")  # same alias once normalised
    assert alias_conflicts([before, overlapping])


def test_required_fields_listed():
    assert set(REQUIRED) == {"id", "name_ar", "name_en", "aliases_ar", "inter", "kind", "countries"}


def test_alias_rule_allows_owners_of_different_countries():
    """«فاغنر» names Libya's Wagner Group in Libyan news and Mali's in Malian news: the linker picks
    by the article's country, so only owners that share a country conflict."""
    libya, mali = _actor("ly.w", "فاغنر", "2018", None, ("LY",)), _actor("ml.w", "فاغنر", "2021", None, ("ML", "BF"))
    assert alias_conflicts([libya, mali]) == []
    assert alias_conflicts([libya, _actor("sd.w", "فاغنر", "2019", None, ("SD", "LY"))])
