"""Military assets named by their nationality: «المقاتلات التركية» is Turkey's forces.

The dictionary lists the common forms per country; this rule covers every asset noun and
nationality named in `rasad/data/actors/rules/nationality_assets.yaml` (kept apart from the actor files), so that «البوارج
الأمريكية» or «طائرات حربية أردنية» link without each being listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.datafiles import DataFileError, data_path, load_yaml, require
from rasad.text.literals import alt
from rasad.text.normalise import NormText, normalise_phrase
from rasad.text.words import matches_at, spelled_with


@dataclass(frozen=True)
class NationalityAssets:
    pattern: re.Pattern[str]
    actors: dict[str, str]  # adjective stem → actor id («gen.military:SY» for a country's forces)
    firsts: frozenset[str]  # the words a phrase opens with (a clitic, then an asset noun)

    def find(self, norm: NormText) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of each «asset [qualifier] nationality» phrase in `norm`."""
        out = []
        for m in matches_at(self.pattern, norm, self.firsts):
            stem = m.group("nat")
            # The span opens at the asset, a glued conjunction or preposition left out
            # («بضربة جوية أمريكية» → «ضربة جوية أمريكية»): the trigger it holds stays the event's.
            out.append((m.start("asset"), m.end(), self.actors[stem]))
        return out


@lru_cache(maxsize=1)
def nationality_assets() -> NationalityAssets:
    path = data_path("actors", "rules", "nationality_assets.yaml")
    raw = load_yaml(path)
    require(raw, {"assets": list, "qualifiers": list, "nationalities": dict}, str(path))
    actors = {normalise_phrase(str(k)): str(v) for k, v in raw["nationalities"].items()}
    if not actors:
        raise DataFileError(f"{path}: no nationalities")
    assets = {normalise_phrase(str(w)) for w in raw["assets"]}
    quals = {normalise_phrase(str(w)) for w in raw["qualifiers"]}
    # Word lists as prefix trees, longest first (rasad.text.literals.alt).
    pattern = re.compile(
        rf"(?<!\w)(?:[وفبل](?=ال)|[وفبل](?!ال)|لل)?(?P<asset>(?:ال)?(?:{alt(assets)}))(?:\s(?:{alt(quals)}))?"
        rf"\s(?:ال)?(?P<nat>{alt(actors)})(?:ه|ين|ون)?(?!\w)")
    return NationalityAssets(pattern, actors, spelled_with(("و", "ف", "ب", "ل", "وال", "بال", "لل", "ال"), assets))
