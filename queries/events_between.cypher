// name: events_between
// purpose: Dated events whose start falls in a date window, optionally of one edge type, oldest first
// param: from date - window start (YYYY, YYYY-MM or YYYY-MM-DD; first day of that period)
// param: to end_date = 9999 - window end, inclusive (last day of that period)
// param: type edge_type = null - only this relation, e.g. VISITED
// param: limit int = 500 - most rows returned
// returns: date str, start str, type str, source str, target str, detail str, edge_id str, evidence str
// example: diplograph query events_between -p from=2001 -p to=2012
// One branch per relationship type so each can use that type's index on r.start (an untyped
// MATCH scans every edge: ~600 ms at 100k edges on FalkorDB).
CALL {
  MATCH (a)-[r:VISITED]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'VISITED')
  RETURN r.date_iso AS date, r.start AS start, 'VISITED' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:MET]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'MET')
  RETURN r.date_iso AS date, r.start AS start, 'MET' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:SIGNED]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'SIGNED')
  RETURN r.date_iso AS date, r.start AS start, 'SIGNED' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:STATED]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'STATED')
  RETURN r.date_iso AS date, r.start AS start, 'STATED' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:INVITED]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'INVITED')
  RETURN r.date_iso AS date, r.start AS start, 'INVITED' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:RECOGNIZED]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'RECOGNIZED')
  RETURN r.date_iso AS date, r.start AS start, 'RECOGNIZED' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:PARTNERSHIP]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'PARTNERSHIP')
  RETURN r.date_iso AS date, r.start AS start, 'PARTNERSHIP' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:HOLDS_OFFICE]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'HOLDS_OFFICE')
  RETURN r.date_iso AS date, r.start AS start, 'HOLDS_OFFICE' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:AFFILIATED_WITH]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'AFFILIATED_WITH')
  RETURN r.date_iso AS date, r.start AS start, 'AFFILIATED_WITH' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:MEMBER_OF]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'MEMBER_OF')
  RETURN r.date_iso AS date, r.start AS start, 'MEMBER_OF' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
  UNION ALL
  MATCH (a)-[r:SUCCEEDED]->(b) WHERE r.start >= $from AND r.start <= $to AND ($type IS NULL OR $type = 'SUCCEEDED')
  RETURN r.date_iso AS date, r.start AS start, 'SUCCEEDED' AS type, a.name AS source, b.name AS target,
         coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
}
RETURN date, start, type, source, target, detail, edge_id, evidence
ORDER BY start, type, edge_id
LIMIT $limit
