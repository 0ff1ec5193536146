"""Military assets named by their nationality are that country's forces
(rasad/actors/nationality.py, rasad/data/actors/rules/nationality_assets.yaml)."""

from __future__ import annotations

import pytest

from rasad.actors.linker import link_json


@pytest.mark.parametrize("text,actor_id", [
    ("شنت المقاتلات التركية غارات على جبل قنديل", "int.turkey_military"),
    ("ردت البوارج الأمريكية بقصف مواقع في الحديدة", "int.us_military"),
    ("أغارت طائرات حربية أردنية على مواقع لمهربين", "int.jordan_military"),
    ("قصفت الزوارق الإسرائيلية قوارب الصيادين", "int.israel_military"),
    ("شنت طائرات مسيرة إماراتية غارات على مواقع في شبوة", "int.uae_military"),
    ("استهدفت المدفعية السودانية مواقع الدعم السريع", "sd.military"),
])
def test_asset_with_nationality(text: str, actor_id: str) -> None:
    ids = [m["actor_id"] for m in link_json(text, "2020-01-01")]
    assert actor_id in ids


def test_named_group_inside_wins() -> None:
    """A named actor inside the phrase is not overridden."""
    ids = [m["actor_id"] for m in link_json("قصفت قوات سوريا الديمقراطية مواقع تركية", "2020-01-01")]
    assert "sy.sdf" in ids
