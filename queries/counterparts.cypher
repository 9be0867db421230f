// name: counterparts
// purpose: Whom a person met, invited or was invited by, with the counterpart's country
// param: person str - the person (name, alias or id)
// returns: person str, counterpart str, counterpart_country str, relation str, date str, start str, edge_id str, evidence str
// example: diplograph query counterparts -p "person=Vladimir Putin"
MATCH (p:Person) WHERE toLower($person) IN p.names_lc OR p.id = $person
MATCH (p)-[r:MET|INVITED]-(o:Person)
OPTIONAL MATCH (o)-[:HOLDS_OFFICE]->(office)
WITH p, r, o, collect(coalesce(office.country, office.id)) AS office_countries
OPTIONAL MATCH (home:Country {id: coalesce(office_countries[0], '')})
RETURN p.name AS person, o.name AS counterpart, home.name AS counterpart_country,
       CASE WHEN type(r) = 'MET' THEN 'met' WHEN startNode(r).id = p.id THEN 'invited' ELSE 'was invited by' END AS relation,
       r.date_iso AS date, r.start AS start, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY start, counterpart, edge_id
