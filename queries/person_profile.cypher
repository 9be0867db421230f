// name: person_profile
// purpose: A person's offices, affiliations, visits, meetings, invitations, signings and statements
// param: person str - the person (name, alias or id)
// returns: person str, relation str, direction str, other str, other_type str, detail str, date str, start str, edge_id str, evidence str
// example: diplograph query person_profile -p "person=Vladimir Putin"
MATCH (p:Person) WHERE toLower($person) IN p.names_lc OR p.id = $person
MATCH (p)-[r]-(o)
WHERE type(r) IN ['HOLDS_OFFICE', 'AFFILIATED_WITH', 'VISITED', 'MET', 'INVITED', 'SIGNED', 'STATED', 'MEMBER_OF']
RETURN p.name AS person, type(r) AS relation, CASE WHEN startNode(r).id = p.id THEN 'out' ELSE 'in' END AS direction,
       o.name AS other, o.type AS other_type, coalesce(r.title, r.level, r.kind, r.quote) AS detail, r.date_iso AS date,
       r.start AS start, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY relation, start, other, edge_id
