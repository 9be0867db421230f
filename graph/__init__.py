"""The graph layer: typed records, the in-memory graph, CAMEO codes and the stores."""

from .memory import DiploGraph
from .models import (
    EDGE_TYPES,
    NODE_TYPES,
    Country,
    Document,
    Edge,
    EventDate,
    Evidence,
    GraphData,
    Organization,
    Person,
    Treaty,
)

__all__ = [
    "DiploGraph",
    "EDGE_TYPES",
    "NODE_TYPES",
    "Country",
    "Document",
    "Edge",
    "EventDate",
    "Evidence",
    "GraphData",
    "Organization",
    "Person",
    "Treaty",
]
