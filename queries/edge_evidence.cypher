// name: edge_evidence
// purpose: Everything recorded about one edge: endpoints, date, rule, confidence and every evidence span
// param: id str - the edge id (e.g. from another query's edge_id column)
// returns: edge_id str, type str, source str, target str, date str, rule str, confidence float, doc_ids list, evidence json
// example: diplograph query edge_evidence -p id=e-0123456789abcdef
// One branch per relationship type so each can use that type's index on r.id (an untyped
// MATCH scans every edge: ~350 ms at 100k edges on FalkorDB, ~1 ms typed).
CALL {
  MATCH (a)-[r:VISITED]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'VISITED' AS type
  UNION ALL
  MATCH (a)-[r:MET]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'MET' AS type
  UNION ALL
  MATCH (a)-[r:SIGNED]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'SIGNED' AS type
  UNION ALL
  MATCH (a)-[r:STATED]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'STATED' AS type
  UNION ALL
  MATCH (a)-[r:INVITED]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'INVITED' AS type
  UNION ALL
  MATCH (a)-[r:RECOGNIZED]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'RECOGNIZED' AS type
  UNION ALL
  MATCH (a)-[r:PARTNERSHIP]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'PARTNERSHIP' AS type
  UNION ALL
  MATCH (a)-[r:HOLDS_OFFICE]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'HOLDS_OFFICE' AS type
  UNION ALL
  MATCH (a)-[r:AFFILIATED_WITH]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'AFFILIATED_WITH' AS type
  UNION ALL
  MATCH (a)-[r:MEMBER_OF]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'MEMBER_OF' AS type
  UNION ALL
  MATCH (a)-[r:SUCCEEDED]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'SUCCEEDED' AS type
  UNION ALL
  MATCH (a)-[r:MENTIONED_IN]->(b) WHERE r.id = $id
  RETURN r AS r, a.name AS source, b.name AS target, 'MENTIONED_IN' AS type
}
RETURN r.id AS edge_id, type, source, target, r.date_iso AS date, r.rule AS rule, r.confidence AS confidence,
       r.doc_ids AS doc_ids, r.evidence AS evidence
