"""diplograph: news articles about diplomacy -> a typed, evidenced property graph.

    import diplograph
    g = diplograph.build(["seeds/"])
    g.edges(type="VISITED")
"""

from __future__ import annotations

from diplograph.api import build, read_documents
from diplograph.graph import DiploGraph, Edge, EventDate, Evidence

__all__ = ["DiploGraph", "Edge", "EventDate", "Evidence", "build", "evaluate", "read_documents"]
__version__ = "0.1.0"


def evaluate(gold, paths):
    """Extract ``paths`` and score them against gold annotations (see ``diplograph.scoring.evaluate``)."""
    from diplograph.scoring import evaluate as _evaluate

    return _evaluate(gold, paths)
