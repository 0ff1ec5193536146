"""ACLED's codebook conventions that the export needs: columns, codes, country names, regions.

Country names and regions follow ACLED's own usage ("Syria", "Palestine", region "Middle
East"), not ISO's long names; countries outside this table fall back to pycountry's common
name and an empty region.
"""

from __future__ import annotations

from datetime import date

import pycountry

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]

# alpha-2 → (ACLED country name, ACLED region)
COUNTRIES: dict[str, tuple[str, str]] = {
    "SY": ("Syria", "Middle East"), "IQ": ("Iraq", "Middle East"), "YE": ("Yemen", "Middle East"),
    "LB": ("Lebanon", "Middle East"), "JO": ("Jordan", "Middle East"),
    "PS": ("Palestine", "Middle East"), "IL": ("Israel", "Middle East"),
    "SA": ("Saudi Arabia", "Middle East"), "AE": ("United Arab Emirates", "Middle East"),
    "QA": ("Qatar", "Middle East"), "BH": ("Bahrain", "Middle East"), "KW": ("Kuwait", "Middle East"),
    "OM": ("Oman", "Middle East"), "IR": ("Iran", "Middle East"), "TR": ("Turkey", "Middle East"),
    "CY": ("Cyprus", "Europe"),
    "EG": ("Egypt", "Northern Africa"), "LY": ("Libya", "Northern Africa"),
    "TN": ("Tunisia", "Northern Africa"), "DZ": ("Algeria", "Northern Africa"),
    "MA": ("Morocco", "Northern Africa"), "SD": ("Sudan", "Northern Africa"),
    "EH": ("Western Sahara", "Northern Africa"),
    "SS": ("South Sudan", "Eastern Africa"), "SO": ("Somalia", "Eastern Africa"),
    "DJ": ("Djibouti", "Eastern Africa"), "ER": ("Eritrea", "Eastern Africa"),
    "ET": ("Ethiopia", "Eastern Africa"), "KE": ("Kenya", "Eastern Africa"),
    "KM": ("Comoros", "Eastern Africa"), "UG": ("Uganda", "Eastern Africa"),
    "MR": ("Mauritania", "Western Africa"), "ML": ("Mali", "Western Africa"),
    "NE": ("Niger", "Western Africa"), "NG": ("Nigeria", "Western Africa"),
    "BF": ("Burkina Faso", "Western Africa"), "SN": ("Senegal", "Western Africa"),
    "TD": ("Chad", "Middle Africa"), "CF": ("Central African Republic", "Middle Africa"),
    "AF": ("Afghanistan", "South Asia"), "PK": ("Pakistan", "South Asia"),
    "IN": ("India", "South Asia"),
    "AZ": ("Azerbaijan", "Caucasus and Central Asia"), "AM": ("Armenia", "Caucasus and Central Asia"),
    "GE": ("Georgia", "Caucasus and Central Asia"),
    "RU": ("Russia", "Europe"), "UA": ("Ukraine", "Europe"), "FR": ("France", "Europe"),
    "DE": ("Germany", "Europe"), "GB": ("United Kingdom", "Europe"), "GR": ("Greece", "Europe"),
    "IT": ("Italy", "Europe"), "US": ("United States", "North America"),
}

VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def country_info(alpha2: str | None) -> tuple[str, str, int | None, str]:
    """(ISO3, ACLED country name, ISO 3166-1 numeric, ACLED region) for an alpha-2 code."""
    if not alpha2:
        return "", "", None, ""
    c = pycountry.countries.get(alpha_2=alpha2.upper())
    name, region = COUNTRIES.get(alpha2.upper(), ("", ""))
    if c is None:
        return "", name, None, region
    return c.alpha_3, name or getattr(c, "common_name", None) or c.name, int(c.numeric), region


def to_alpha2(value: str) -> str | None:
    """A country filter as users type it (`SY`, `SYR`, `Syria`, `760`) → alpha-2."""
    v = value.strip()
    for code, (name, _) in COUNTRIES.items():
        if v.upper() == code or v.lower() == name.lower():
            return code
    try:
        c = pycountry.countries.lookup(v)
    except LookupError:
        return None
    return c.alpha_2


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type: excessive force against protesters counts as both kinds,
    mob violence (a Riots sub-type) as political violence."""
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in VIOLENCE or sub_event_type == "Mob violence":
        return "Political violence"
    if event_type in {"Protests", "Riots"}:
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return ""


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, lower digit first (17, 12); one-sided
    events are the actor type times ten (20: sole rebel action)."""
    codes = sorted(i for i in (inter1, inter2) if i)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def time_precision(precision: str | None, from_publication: bool) -> int:
    """1 day, 2 week, 3 month or coarser; an undated event dated by its article is 2."""
    if from_publication:
        return 2
    return TIME_PRECISION.get(precision or "", 3)


def event_number(event_id: str) -> int:
    """The stable number of `event_id_cnty`: 40 bits of the event's hash id."""
    return int(event_id[:10], 16)


def iso_date(day: date | None) -> str:
    return day.isoformat() if day else ""
