"""ACLED's event taxonomy: the six event types and their 25 sub-event types."""

from __future__ import annotations

TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
# ACLED inter codes of state forces: a country's own (1) and external ones (8).
STATE_FORCES = frozenset({1, 8})
# ACLED inter codes of forces that fight: state forces, rebels, political and identity militias.
ARMED_SIDES = frozenset({1, 2, 3, 4, 8})
# Demonstration events: a crowd is the actor, whatever befalls it.
CROWD_TYPES = frozenset({"Protests", "Riots"})
RELATION_TYPES = frozenset(
    {"joined", "split_from", "dissolved", "expelled", "merged", "pledged_allegiance", "allied", "fought", "agreement"}
)


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return sub_event_type in TAXONOMY.get(event_type, ())
