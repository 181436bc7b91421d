"""The relation ontology as data: the 16 PLOVER types from `data/relations.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from graphbuild.model import RELATIONS
from graphbuild.paths import load_yaml


@dataclass(frozen=True)
class RelationType:
    id: str
    cameo: tuple[str, ...]
    quad: int
    goldstein: float
    property: str
    label_en: str
    label_id: str
    description: str

    @property
    def cooperative(self) -> bool:
        return self.quad in (1, 2)

    @property
    def quad_label(self) -> str:
        return QUAD_LABELS[self.quad]


QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@cache
def relation_types() -> dict[str, RelationType]:
    """The 16 types keyed by PLOVER name, in the ontology's order."""
    types = {}
    for row in load_yaml("relations.yaml")["relations"]:
        types[row["id"]] = RelationType(
            id=row["id"], cameo=tuple(row["cameo"]), quad=int(row["quad"]), goldstein=float(row["goldstein"]),
            property=row["property"], label_en=row["label"]["en"], label_id=row["label"]["id"],
            description=row["description"],
        )  # fmt: skip
    if tuple(types) != RELATIONS:
        raise ValueError("data/relations.yaml must list the 16 PLOVER types in model.RELATIONS order")
    return types
