// name: treaties
// purpose: Treaties and agreements with their signatories and the date of signing
// param: treaty str = null - one treaty (name, alias or id)
// param: party str = null - only treaties this party signed (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: treaty str, kind str, date str, start str, signatories list, treaty_id str, evidence str
// example: diplograph query treaties -p party=Vietnam
// With a party: its treaties first (an index lookup), so only those are grouped.
OPTIONAL MATCH (party)-[:SIGNED]->(pt:Treaty)
WHERE $party IS NOT NULL AND (toLower($party) IN party.names_lc OR party.id = $party)
WITH collect(DISTINCT pt.id) AS chosen
MATCH (t:Treaty)
WHERE ($party IS NULL OR t.id IN chosen)
  AND ($treaty IS NULL OR toLower($treaty) IN t.names_lc OR t.id = $treaty)
MATCH (s)-[r:SIGNED]->(t)
WITH t, s, r ORDER BY r.start, s.name
WITH t, collect(DISTINCT s.name) AS signatories, collect(r.date_iso)[0] AS date, collect(r.start)[0] AS start,
     collect(r.evidence_text)[0] AS evidence
RETURN t.name AS treaty, t.kind AS kind, date, start, signatories, t.id AS treaty_id, evidence
ORDER BY start, treaty
LIMIT $limit
