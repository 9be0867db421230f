// name: statements
// purpose: Statements (quotes or paraphrases) by a person or about an entity, with their evidence
// param: person str = null - the speaker (name, alias or id)
// param: about str = null - the entity spoken about (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: speaker str, about str, quote str, date str, start str, medium str, place str, evidence str, doc_ids list, edge_id str
// example: diplograph query statements -p person=Zelenkova
MATCH (p)-[r:STATED]->(t)
WHERE ($person IS NULL OR toLower($person) IN p.names_lc OR p.id = $person)
  AND ($about IS NULL OR toLower($about) IN t.names_lc OR t.id = $about)
RETURN p.name AS speaker, t.name AS about, r.quote AS quote, r.date_iso AS date, r.start AS start, r.medium AS medium,
       r.place AS place, r.evidence_text AS evidence, r.doc_ids AS doc_ids, r.id AS edge_id
ORDER BY start, speaker, edge_id
LIMIT $limit
