// name: timeline
// purpose: Dated events between two countries, their predecessor states and their office holders, oldest first
// param: a str - first country (name, alias or id)
// param: b str - second country (name, alias or id)
// param: limit int = 500 - most rows returned
// returns: date str, start str, type str, source str, target str, detail str, edge_id str, evidence str
// example: diplograph query timeline -p a=Vietnam -p b=Russia
// Each side is the country, the states it succeeded (SUCCEEDED edges or the predecessor/successor
// properties) and the persons holding office for any of them or for one of their organizations.
// An event is a dated edge from one side to the other, a signing of a treaty both sides signed,
// or a dated edge between either side's states and a person with no known office (attributed
// to neither side, e.g. a leader whose office the articles never state).
MATCH (ca:Country) WHERE toLower($a) IN ca.names_lc OR ca.id = $a
OPTIONAL MATCH (ca)-[:SUCCEEDED*1..3]->(pa:Country)
OPTIONAL MATCH (qa:Country) WHERE qa.successor = ca.id OR qa.id = ca.predecessor
WITH collect(DISTINCT ca) + collect(DISTINCT pa) + collect(DISTINCT qa) AS states_a
UNWIND states_a AS sa
OPTIONAL MATCH (ga:Organization) WHERE ga.country = sa.id
WITH states_a, sa, collect(ga) + [sa] AS bodies_a
UNWIND bodies_a AS xa
OPTIONAL MATCH (oa:Person)-[:HOLDS_OFFICE]->(xa)
WITH states_a, collect(DISTINCT oa) AS officials_a
WITH states_a + officials_a AS side_a
MATCH (cb:Country) WHERE toLower($b) IN cb.names_lc OR cb.id = $b
OPTIONAL MATCH (cb)-[:SUCCEEDED*1..3]->(pb:Country)
OPTIONAL MATCH (qb:Country) WHERE qb.successor = cb.id OR qb.id = cb.predecessor
WITH side_a, collect(DISTINCT cb) + collect(DISTINCT pb) + collect(DISTINCT qb) AS states_b
UNWIND states_b AS sb
OPTIONAL MATCH (gb:Organization) WHERE gb.country = sb.id
WITH side_a, states_b, sb, collect(gb) + [sb] AS bodies_b
UNWIND bodies_b AS xb
OPTIONAL MATCH (ob:Person)-[:HOLDS_OFFICE]->(xb)
WITH side_a, states_b, collect(DISTINCT ob) AS officials_b
WITH side_a, states_b + officials_b AS side_b
UNWIND [n IN side_a | [n, true]] + [n IN side_b | [n, false]] AS x
WITH x[0] AS s, x[1] AS in_a
OPTIONAL MATCH (s)-[:SIGNED]->(t:Treaty)
WITH collect(DISTINCT CASE WHEN in_a THEN s END) AS side_a, collect(DISTINCT CASE WHEN NOT in_a THEN s END) AS side_b,
     collect(DISTINCT CASE WHEN in_a THEN t.id END) AS treaties_a, collect(DISTINCT CASE WHEN NOT in_a THEN t.id END) AS treaties_b
WITH side_a, side_b, [t IN treaties_a WHERE t IN treaties_b] AS common
UNWIND [n IN side_a | [n, true]] + [n IN side_b | [n, false]] AS x
WITH side_a, side_b, common, x[0] AS u, x[1] AS u_in_a, x[0].type = 'Country' AS u_state
MATCH (u)--(v)
WHERE (u_in_a AND v IN side_b) OR v.id IN common
   OR (u_state AND v.type = 'Person' AND NOT v IN side_a AND NOT v IN side_b)
OPTIONAL MATCH (v)-[:HOLDS_OFFICE]->(office)
WITH u, v, u_in_a, u_state, side_a, side_b, common, office
WHERE (u_in_a AND v IN side_b) OR v.id IN common OR office IS NULL
MATCH (u)-[r]-(v)
WHERE r.start IS NOT NULL
  AND ((u_in_a AND v IN side_b) OR (type(r) = 'SIGNED' AND v.id IN common)
       OR (u_state AND v.type = 'Person' AND NOT v IN side_a AND NOT v IN side_b))
WITH DISTINCT r
RETURN r.date_iso AS date, r.start AS start, type(r) AS type, startNode(r).name AS source, endNode(r).name AS target,
       coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY start, type, edge_id
LIMIT $limit
