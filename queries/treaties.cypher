// name: treaties
// purpose: Treaties and agreements with their signatories and the date of signing
// param: treaty str = null - one treaty (name, alias or id)
// param: party str = null - only treaties this party signed (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: treaty str, kind str, date str, start str, signatories list, treaty_id str, evidence str
// example: diplograph query treaties -p party=Vietnam
MATCH (s)-[r:SIGNED]->(t:Treaty)
WHERE $treaty IS NULL OR toLower(t.name) = toLower($treaty) OR any(x IN t.aliases WHERE toLower(x) = toLower($treaty)) OR t.id = $treaty
WITH t, s, r ORDER BY r.start, s.name
WITH t, collect(DISTINCT s.name) AS signatories, collect(s) AS parties, collect(r.date_iso)[0] AS date,
     collect(r.start)[0] AS start, collect(r.evidence_text)[0] AS evidence
WHERE $party IS NULL OR any(p IN parties WHERE toLower(p.name) = toLower($party) OR any(x IN p.aliases WHERE toLower(x) = toLower($party)) OR p.id = $party)
RETURN t.name AS treaty, t.kind AS kind, date, start, signatories, t.id AS treaty_id, evidence
ORDER BY start, treaty
LIMIT $limit
