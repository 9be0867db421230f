// name: treaties
// purpose: Treaties and agreements with their signatories and the date of signing
// param: treaty str = null - one treaty (name, alias or id)
// param: party str = null - only treaties this party signed (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: treaty str, kind str, date str, start str, signatories list, treaty_id str, evidence str
// example: diplograph query treaties -p party=Vietnam
// With a party: its treaties first, found from the party (one labelled branch per node type, so
// each looks the name up in that label's index; an unlabelled party walks every SIGNED edge,
// ~5 ms at 100k edges), so only those are grouped. Else the named treaty, else every treaty.
// An UNWIND of no rows switches a branch off (FalkorDB turns a WHERE false for the parameters,
// or a lookup of a null name, into a filter after a full label scan).
CALL {
  UNWIND CASE WHEN $party IS NULL THEN [] ELSE [true] END AS by_party
  MATCH (party:Country) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  UNWIND CASE WHEN $party IS NULL THEN [] ELSE [true] END AS by_party
  MATCH (party:Person) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  UNWIND CASE WHEN $party IS NULL THEN [] ELSE [true] END AS by_party
  MATCH (party:Organization) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  UNWIND CASE WHEN $party IS NULL THEN [] ELSE [true] END AS by_party
  MATCH (party:Treaty) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  UNWIND CASE WHEN $party IS NULL THEN [] ELSE [true] END AS by_party
  MATCH (party:Document) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  UNWIND CASE WHEN $party IS NULL AND $treaty IS NOT NULL THEN [true] ELSE [] END AS by_name
  MATCH (t:Treaty) WHERE toLower($treaty) IN t.names_lc OR t.id = $treaty
  RETURN t
  UNION
  UNWIND CASE WHEN $party IS NULL AND $treaty IS NULL THEN [true] ELSE [] END AS every
  MATCH (t:Treaty)
  RETURN t
}
WITH t WHERE $treaty IS NULL OR toLower($treaty) IN t.names_lc OR t.id = $treaty
MATCH (s)-[r:SIGNED]->(t)
WITH t, s, r ORDER BY r.start, s.name
WITH t, collect(DISTINCT s.name) AS signatories, collect(r.date_iso)[0] AS date, collect(r.start)[0] AS start,
     collect(r.evidence_text)[0] AS evidence
RETURN t.name AS treaty, t.kind AS kind, date, start, signatories, t.id AS treaty_id, evidence
ORDER BY start, treaty
LIMIT $limit
