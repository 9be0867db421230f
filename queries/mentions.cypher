// name: mentions
// purpose: Documents that mention an entity, with the first mention
// param: entity str - the entity (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: entity str, doc_id str, title str, path str, url str, published str, evidence str
// example: diplograph query mentions -p entity=Kosygin
// The entity is looked up in each label's name index (an unlabelled MATCH scans every node: ~3 ms
// at 100k edges on FalkorDB). WITH n: FalkorDB 4.x does not see a CALL's result as bound in the next MATCH.
CALL {
  MATCH (n:Person) WHERE toLower($entity) IN n.names_lc OR n.id = $entity RETURN n
  UNION ALL
  MATCH (n:Country) WHERE toLower($entity) IN n.names_lc OR n.id = $entity RETURN n
  UNION ALL
  MATCH (n:Organization) WHERE toLower($entity) IN n.names_lc OR n.id = $entity RETURN n
  UNION ALL
  MATCH (n:Treaty) WHERE toLower($entity) IN n.names_lc OR n.id = $entity RETURN n
  UNION ALL
  MATCH (n:Document) WHERE toLower($entity) IN n.names_lc OR n.id = $entity RETURN n
}
WITH n
MATCH (n)-[r:MENTIONED_IN]->(d:Document)
RETURN n.name AS entity, d.id AS doc_id, coalesce(d.title, d.name) AS title, d.path AS path, d.url AS url,
       d.date AS published, r.evidence_text AS evidence
ORDER BY published, doc_id
LIMIT $limit
