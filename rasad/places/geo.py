"""Small spherical-geometry helpers: distances for disambiguation, offsets for «12 كم شمال X»."""

from __future__ import annotations

import math

EARTH_KM = 6371.0088

# Compass words as Arabic news writes them (normalised form), in degrees clockwise from north.
BEARINGS: dict[str, float] = {
    "شمال": 0.0, "شمالي": 0.0, "الشمال": 0.0, "الشمالي": 0.0,
    "شرق": 90.0, "شرقي": 90.0, "الشرق": 90.0, "الشرقي": 90.0,
    "جنوب": 180.0, "جنوبي": 180.0, "الجنوب": 180.0, "الجنوبي": 180.0,
    "غرب": 270.0, "غربي": 270.0, "الغرب": 270.0, "الغربي": 270.0,
}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from the first point to the second, degrees clockwise from north."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360.0) % 360.0


def bearing_gap(a: float, b: float) -> float:
    """How far apart two bearings are, in degrees (0–180, across north too)."""
    return abs((a - b + 180.0) % 360.0 - 180.0)


def destination(lat: float, lon: float, bearing_deg: float, dist_km: float) -> tuple[float, float]:
    """The point `dist_km` from (lat, lon) along `bearing_deg`, rounded to 5 decimals."""
    d = dist_km / EARTH_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def combine_bearings(first: float, second: float | None) -> float:
    """«شمال شرق» → 45: the mean of two compass words (north and west wrap to 315)."""
    if second is None:
        return first
    a, b = first, second
    if abs(a - b) > 180:
        if a < b:
            a += 360
        else:
            b += 360
    return ((a + b) / 2) % 360
