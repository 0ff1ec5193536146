"""Actor linking as real news writes names: spelling variants, clitics, misspellings, short
names, the unnamed gunmen of each country, and each country's forces and groups.

The table `variants.tsv` holds sentences written for these tests (no outlet's text); a row
passes when a mention with the expected id (or English name) covers exactly the expected
surface text, or, for a `!X` row, when nothing links to X.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasad.actors import get_linker
from rasad.actors.spelling import get_spelling, parse_linking
from rasad.datafiles import DataFileError
from rasad.text.normalise import normalise

TABLE = Path(__file__).with_name("variants.tsv")


def _rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for n, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) == 5, f"variants.tsv:{n}: want 5 tab-separated cells"
        rows.append(tuple(cells))
    return rows


ROWS = _rows()


def _link(text: str, published: str, country: str):
    mentions = get_linker().find(normalise(text), date.fromisoformat(published),
                                 None if country == "-" else country)
    for m in mentions:
        assert text[m.start:m.end] == m.text  # spans point into the original text
    return mentions


@pytest.mark.parametrize("published,country,expected,surface,text", ROWS,
                         ids=[f"{i:03d}-{r[2]}" for i, r in enumerate(ROWS)])
def test_variant_table(published, country, expected, surface, text):
    mentions = _link(text, published, country)
    got = [(m.text, m.actor_id, m.name_en) for m in mentions]
    if expected.startswith("!"):
        unwanted = expected[1:]
        assert not any(unwanted in (aid, name) for _, aid, name in got), got
    else:
        assert any(expected in (aid, name) and t == surface for t, aid, name in got), got


def test_table_size_and_countries():
    """≥ 80 rows over ≥ 7 countries, so the table keeps its reach as it is edited."""
    countries = {r[1] for r in ROWS if r[1] != "-"}
    assert len(ROWS) >= 80 and len(countries) >= 7, (len(ROWS), sorted(countries))


# -- the spelling rules themselves ----------------------------------------------------------


def test_variants_of_a_name():
    v = get_spelling().variants("قوات سوريا الديمقراطية")
    assert v[0] == "قوات سوريا الديمقراطيه"
    assert "قوات سوريا الديموقراطيه" in v


def test_fold_keeps_length():
    text = normalise("أعلنت هيئة الحشد وهئية التفاوض").text
    assert len(get_spelling().fold(text)) == len(text)
    assert get_spelling().fold("هيئه") == get_spelling().fold("هئيه")


@pytest.mark.parametrize(
    "rows,message",
    [
        (["fold\tئ"], "two single characters"),
        (["spell\tديمقراط"], "two or more"),
        (["tied\tتابعون لـ"], "one word"),
        (["swap\tا\tب"], "unknown kind"),
        (["branch\tint.is\tsomalia\tso.is"], "GROUP_ID COUNTRY BRANCH_ID"),
        (["tiegap"], "one or more words"),
        (["notbefore\tالحشد"], "a name and one or more next words"),
        (["describe\tعلى متن"], "describe takes one or more words"),
    ],
)
def test_linking_file_schema(rows, message):
    with pytest.raises(DataFileError, match=message):
        parse_linking(rows, "test.tsv")


def test_linking_file_comments_and_blanks():
    rules = parse_linking(["# a comment", "", "spell\tابو\tابي", "tied\tتابعون"], "t.tsv")
    assert rules.groups == (("ابو", "ابي"),) and rules.tied == frozenset({"تابعون"})


def test_spelling_variants_add_no_alias_clash():
    """A generated spelling never makes two actors active together in one country share a name."""
    from rasad.actors.dictionary import get_dictionary
    from rasad.actors.schema import _overlap, _share_a_country

    spelling = get_spelling()
    owners: dict[str, list] = {}
    for actor in get_dictionary().all():
        keys = {v for name in actor.all_arabic_names() if "{" not in name for v in spelling.variants(name)}
        for key in keys:
            owners.setdefault(key, []).append(actor)
    clashes = [
        (key, a.id, b.id)
        for key, actors in owners.items()
        for i, a in enumerate(actors) for b in actors[i + 1:]
        if a.id != b.id and _overlap(a, b) and _share_a_country(a, b)
    ]
    assert not clashes, clashes[:10]


def test_bare_gentilic_plural():
    v = get_spelling().variants("الحوثيين")
    assert "حوثيين" in v
    assert get_spelling().variants("الحشد") == ["الحشد"]  # not a gentilic plural: «حشد» is a crowd


def test_cli_show_lists_spellings():
    import json

    from typer.testing import CliRunner

    from rasad.actors.cli import app

    result = CliRunner().invoke(app, ["show", "sy.sdf", "--spellings"])
    assert result.exit_code == 0
    data, _ = json.JSONDecoder().raw_decode(result.output)  # affiliation lines follow the JSON
    assert "قوات سوريا الديموقراطيه" in data["spellings"]


def test_search_reads_misspellings():
    from rasad.actors.dictionary import get_dictionary

    assert get_dictionary().search("هئية الحشد الشعبي", limit=3)[0][0].id == "iq.pmf"


def test_branches_name_existing_actors():
    from rasad.actors.dictionary import get_dictionary

    d = get_dictionary()
    for (group, _cc), branch in get_spelling().branches.items():
        assert group in d and branch in d, (group, branch)
