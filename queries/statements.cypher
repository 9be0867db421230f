// name: statements
// purpose: Statements (quotes or paraphrases) by a person or about an entity, with their evidence
// param: person str = null - the speaker (name, alias or id)
// param: about str = null - the entity spoken about (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: speaker str, about str, quote str, date str, start str, medium str, place str, evidence str, doc_ids list, edge_id str
// example: diplograph query statements -p person=Zelenkova
// Three parts, of which the parameters leave one: from the speaker when one is given, else from the
// entity spoken about, else every statement. Speaker and entity are looked up in each label's name
// index (one CALL branch per label: an unlabelled lookup scans every node, ~4 ms at 100k edges on
// FalkorDB); an UNWIND of no rows switches a branch off (FalkorDB turns a WHERE false for the
// parameters, or a lookup of a null name, into a filter after a full scan). Each part orders and limits its own rows.
CALL {
  UNWIND CASE WHEN $person IS NULL THEN [] ELSE [true] END AS by_person
  MATCH (p:Person) WHERE toLower($person) IN p.names_lc OR p.id = $person
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL THEN [] ELSE [true] END AS by_person
  MATCH (p:Country) WHERE toLower($person) IN p.names_lc OR p.id = $person
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL THEN [] ELSE [true] END AS by_person
  MATCH (p:Organization) WHERE toLower($person) IN p.names_lc OR p.id = $person
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL THEN [] ELSE [true] END AS by_person
  MATCH (p:Treaty) WHERE toLower($person) IN p.names_lc OR p.id = $person
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL THEN [] ELSE [true] END AS by_person
  MATCH (p:Document) WHERE toLower($person) IN p.names_lc OR p.id = $person
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
}
WITH p, r, t
WHERE $about IS NULL OR toLower($about) IN t.names_lc OR t.id = $about
RETURN p.name AS speaker, t.name AS about, r.quote AS quote, r.date_iso AS date, r.start AS start, r.medium AS medium,
       r.place AS place, r.evidence_text AS evidence, r.doc_ids AS doc_ids, r.id AS edge_id
ORDER BY start, speaker, edge_id
LIMIT $limit
UNION ALL
CALL {
  UNWIND CASE WHEN $person IS NULL AND $about IS NOT NULL THEN [true] ELSE [] END AS by_about
  MATCH (t:Person) WHERE toLower($about) IN t.names_lc OR t.id = $about
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL AND $about IS NOT NULL THEN [true] ELSE [] END AS by_about
  MATCH (t:Country) WHERE toLower($about) IN t.names_lc OR t.id = $about
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL AND $about IS NOT NULL THEN [true] ELSE [] END AS by_about
  MATCH (t:Organization) WHERE toLower($about) IN t.names_lc OR t.id = $about
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL AND $about IS NOT NULL THEN [true] ELSE [] END AS by_about
  MATCH (t:Treaty) WHERE toLower($about) IN t.names_lc OR t.id = $about
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
  UNION ALL
  UNWIND CASE WHEN $person IS NULL AND $about IS NOT NULL THEN [true] ELSE [] END AS by_about
  MATCH (t:Document) WHERE toLower($about) IN t.names_lc OR t.id = $about
  MATCH (p)-[r:STATED]->(t)
  RETURN p, r, t
}
WITH p, r, t
RETURN p.name AS speaker, t.name AS about, r.quote AS quote, r.date_iso AS date, r.start AS start, r.medium AS medium,
       r.place AS place, r.evidence_text AS evidence, r.doc_ids AS doc_ids, r.id AS edge_id
ORDER BY start, speaker, edge_id
LIMIT $limit
UNION ALL
UNWIND CASE WHEN $person IS NULL AND $about IS NULL THEN [true] ELSE [] END AS everything
MATCH (p)-[r:STATED]->(t)
RETURN p.name AS speaker, t.name AS about, r.quote AS quote, r.date_iso AS date, r.start AS start, r.medium AS medium,
       r.place AS place, r.evidence_text AS evidence, r.doc_ids AS doc_ids, r.id AS edge_id
ORDER BY start, speaker, edge_id
LIMIT $limit
