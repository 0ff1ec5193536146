"""Actors: the dictionary of armed groups, forces and organisations, and the linker.

`get_linker().find(norm, published, country)` turns a normalised article into
`ActorMention`s; `get_dictionary()` gives lookup and fuzzy search over the YAML data.
"""

from rasad.actors.dictionary import ActorDictionary, get_dictionary
from rasad.actors.linker import ActorLinker, get_linker, link_json
from rasad.actors.schema import Actor, Affiliation, load_actors, validate

__all__ = [
    "Actor", "ActorDictionary", "ActorLinker", "Affiliation", "get_dictionary", "get_linker",
    "link_json", "load_actors", "validate",
]
