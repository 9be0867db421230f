// name: mentions
// purpose: Documents that mention an entity, with the first mention
// param: entity str - the entity (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: entity str, doc_id str, title str, path str, url str, published str, evidence str
// example: diplograph query mentions -p entity=Kosygin
MATCH (n) WHERE toLower($entity) IN n.names_lc OR n.id = $entity
MATCH (n)-[r:MENTIONED_IN]->(d:Document)
RETURN n.name AS entity, d.id AS doc_id, coalesce(d.title, d.name) AS title, d.path AS path, d.url AS url,
       d.date AS published, r.evidence_text AS evidence
ORDER BY published, doc_id
LIMIT $limit
