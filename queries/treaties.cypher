// name: treaties
// purpose: Treaties and agreements with their signatories and the date of signing
// param: treaty str = null - one treaty (name, alias or id)
// param: party str = null - only treaties this party signed (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: treaty str, kind str, date str, start str, signatories list, treaty_id str, evidence str
// example: diplograph query treaties -p party=Vietnam
// With a party: its treaties first, found from the party (one labelled branch per node type, so
// each looks the name up in that label's index; an unlabelled party walks every SIGNED edge,
// ~5 ms at 100k edges), so only those are grouped. Without one, every treaty.
CALL {
  MATCH (party:Country) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  MATCH (party:Person) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  MATCH (party:Organization) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  MATCH (party:Treaty) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  MATCH (party:Document) WHERE toLower($party) IN party.names_lc OR party.id = $party
  MATCH (party)-[:SIGNED]->(t:Treaty)
  RETURN t
  UNION
  MATCH (t:Treaty) WHERE $party IS NULL
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
