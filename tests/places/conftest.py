"""Fixtures: a gazetteer built into a temporary path, never the user's cache."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).parents[2].parent / "shared" / "data"
OPENSYRIA = SHARED_DATA / "opensyria-geography"
TABLE = Path(__file__).with_name("mentions.tsv")


def load_table() -> list[dict[str, str]]:
    """Rows of mentions.tsv ('#' comment lines skipped)."""
    with TABLE.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.fixture(scope="session")
def resolver(tmp_path_factory: pytest.TempPathFactory):
    """The package resolver on an index built without OpenSyria (the path every install has)."""
    import rasad.places as places

    path = tmp_path_factory.mktemp("gaz") / "gazetteer.pkl"
    old = {k: os.environ.get(k) for k in ("RASAD_GAZETTEER", "RASAD_OPENSYRIA")}
    os.environ["RASAD_GAZETTEER"] = str(path)
    os.environ.pop("RASAD_OPENSYRIA", None)
    places.reset_resolver()
    yield places.get_resolver()
    places.reset_resolver()
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def opensyria_resolver(tmp_path_factory: pytest.TempPathFactory):
    """A resolver whose index also holds OpenSyria's units; skipped when ../shared is absent."""
    if not (OPENSYRIA / "governorates.json").is_file():
        pytest.skip("shared/data/opensyria-geography not present")
    from rasad.places.gazetteer import build
    from rasad.places.resolver import Resolver

    return Resolver(build(OPENSYRIA))


def assert_resolves_near(resolver, text: str, name: str, admin1: str, point: tuple[float, float], km: float) -> None:
    """`name`, found in `text`, resolves to `admin1` within `km` of `point` (the held-out measure's test)."""
    from rasad.places.geo import haversine_km
    from rasad.text.normalise import normalise

    m = next((m for m in resolver.find(normalise(text)) if name in m.text), None)
    assert m is not None, f"{name} not found"
    assert m.admin1_code == admin1 and m.lat is not None
    assert haversine_km(m.lat, m.lon, *point) <= km
