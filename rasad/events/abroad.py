"""Events placed in another country than the article's: their unnamed parties belong there.

A round-up datelined in Bamako tells of gunmen who killed four villagers near Tillabéri: the
linker read «مسلحون مجهولون» and «مدنيين» for the article's country (Mali), but the attack
happened in Niger, so they are Niger's Unidentified Armed Group and Niger's civilians. Only
categories are moved — a party the text names («جماعة نصرة الإسلام والمسلمين», «الجيش
المالي») is who it is wherever it fights — and only to a country the text names itself («وفي
النيجر، …»): a village read abroad by a namesake («البليدة» in an Egyptian report) moves nobody.
"""

from __future__ import annotations

import dataclasses
import re

from rasad.actors.dictionary import ROLE_ID, get_dictionary
from rasad.types import ActorMention, Event, PlaceMention

# «gen.civilians:ML»: a category filled for a country (ActorDictionary.fill_generic).
_FILLED = re.compile(r"^gen\.([a-z0-9_]+):([A-Z]{2})$")


def _category(m: ActorMention, article_country: str) -> str | None:
    """The category id a mention was read as for the article's country, or None."""
    if not m.generic:
        return None
    filled = _FILLED.match(m.actor_id)
    if filled:
        return "gen." + filled.group(1) if filled.group(2) == article_country else None
    own = ROLE_ID.match(m.actor_id)  # «ml.military»: the country's own actor for a category
    if own and own.group(1) == article_country.lower():
        return "gen." + own.group(2)
    return None


def localise_parties(events: list[Event], article_country: str | None, places: list[PlaceMention]) -> None:
    """Move the category parties of events placed abroad to the country they took place in."""
    named = {p.country for p in places if p.feature == "country" and p.country}
    if not article_country or not named - {article_country}:
        return
    dictionary = get_dictionary()
    for event in events:
        country = event.location.country if event.location is not None else None
        if not country or country == article_country or country not in named:
            continue
        for attr in ("actor1", "actor2"):
            m = getattr(event, attr)
            category_id = _category(m, article_country) if m is not None else None
            category = dictionary.get(category_id) if category_id else None
            if category is None:
                continue
            actor = dictionary.resolve(category, country, event.date)
            setattr(event, attr, dataclasses.replace(
                m, actor_id=actor.id, name_ar=actor.name_ar, name_en=actor.name_en, inter=actor.inter,
                kind=actor.kind, countries=tuple(actor.countries)))
