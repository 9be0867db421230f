"""CAMEO event codes (codebook v1.1b3) and PLOVER categories for the event edge types.

Only edge types that are events get codes; states such as HOLDS_OFFICE or MEMBER_OF have none.
PLOVER folds CAMEO's neutral statements (01) out of its ontology, so STATED has no PLOVER type.
"""

from __future__ import annotations

from pydantic import BaseModel


class EventCode(BaseModel):
    cameo: str
    cameo_label: str
    plover: str | None


EVENT_CODES: dict[str, EventCode] = {
    # 042 "Make a visit": travel to another location for a meeting; the host side is 043.
    "VISITED": EventCode(cameo="042", cameo_label="Make a visit", plover="CONSULT"),
    # 040 "Consult, not specified below": consultations and meetings.
    "MET": EventCode(cameo="040", cameo_label="Consult", plover="CONSULT"),
    # 057 "Sign formal agreement".
    "SIGNED": EventCode(cameo="057", cameo_label="Sign formal agreement", plover="AGREE"),
    # 010 "Make statement, not specified below".
    "STATED": EventCode(cameo="010", cameo_label="Make statement", plover=None),
    # 036 "Express intent to meet or negotiate": an invitation to visit or to talks.
    "INVITED": EventCode(cameo="036", cameo_label="Express intent to meet or negotiate", plover="CONSULT"),
    # 054 "Grant diplomatic recognition".
    "RECOGNIZED": EventCode(cameo="054", cameo_label="Grant diplomatic recognition", plover="COOPERATE"),
    # 050 "Engage in diplomatic cooperation": establishing or upgrading a partnership.
    "PARTNERSHIP": EventCode(cameo="050", cameo_label="Engage in diplomatic cooperation", plover="COOPERATE"),
}

HOST_A_VISIT = EventCode(cameo="043", cameo_label="Host a visit", plover="CONSULT")


def code_for(edge_type: str) -> EventCode | None:
    """The CAMEO/PLOVER code for an edge type, or None for non-event relations."""
    return EVENT_CODES.get(edge_type)
