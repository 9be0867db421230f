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
MATCH (cb:Country) WHERE toLower($b) IN cb.names_lc OR cb.id = $b
OPTIONAL MATCH (cb)-[:SUCCEEDED*1..3]->(pb:Country)
OPTIONAL MATCH (qb:Country) WHERE qb.successor = cb.id OR qb.id = cb.predecessor
WITH states_a, collect(DISTINCT cb) + collect(DISTINCT pb) + collect(DISTINCT qb) AS states_b
// One pass over both sides' states (in_a tells them apart) for their organizations, officials and
// treaties, so no big list is ever a grouping key or projected into many rows (each costs a copy).
UNWIND [s IN states_a | [s, true]] + [s IN states_b | [s, false]] AS x
WITH states_a, states_b, x[0] AS s, x[1] AS in_a
OPTIONAL MATCH (g:Organization) WHERE g.country = s.id
WITH states_a, states_b, s, in_a, collect(g) + [s] AS bodies
UNWIND bodies AS body
OPTIONAL MATCH (o:Person)-[:HOLDS_OFFICE]->(body)
UNWIND [s, o] AS n
WITH DISTINCT states_a, states_b, in_a, n
OPTIONAL MATCH (n)-[:SIGNED]->(t:Treaty)
WITH states_a, states_b,
     collect(DISTINCT CASE WHEN in_a THEN n END) AS side_a, collect(DISTINCT CASE WHEN NOT in_a THEN n END) AS side_b,
     collect(DISTINCT CASE WHEN in_a THEN t END) AS treaties_a, collect(DISTINCT CASE WHEN NOT in_a THEN t END) AS treaties_b
WITH states_a, states_b, side_a, side_b, [t IN treaties_a WHERE t IN treaties_b] AS common
// Candidate (u, v) pairs, each found from its cheaper end: a hub country has thousands of
// relations, so it is only expanded towards persons (for the office-less ones) and otherwise
// tested against each node of the other side (Expand Into). signed_only: only SIGNED counts.
CALL {
  WITH states_a, side_b
  UNWIND states_a AS u
  UNWIND side_b AS v
  MATCH (u)--(v)
  RETURN u, v, false AS signed_only
  UNION ALL
  WITH states_b, side_a
  UNWIND states_b AS u
  UNWIND side_a AS v
  MATCH (u)--(v)
  RETURN u, v, false AS signed_only
  UNION ALL
  WITH side_a, side_b
  UNWIND side_a AS u
  MATCH (u:Person)--(v:Person)
  WHERE v IN side_b
  RETURN u, v, false AS signed_only
  UNION ALL
  WITH side_a, side_b, common
  UNWIND common AS v
  MATCH (v)-[:SIGNED]-(u)
  WHERE u IN side_a OR u IN side_b
  RETURN u, v, true AS signed_only
  UNION ALL
  WITH states_a, states_b
  UNWIND states_a + states_b AS u
  MATCH (u)--(v:Person)
  WHERE v.offices = 0
  RETURN u, v, false AS signed_only
}
// The relations of each candidate pair (an untyped relationship variable is costly to expand from
// a hub country: ~4x the plain (u)--(v), so it is only bound here, between two known nodes)
WITH DISTINCT u, v, signed_only
MATCH (u)-[r]-(v)
WHERE r.start IS NOT NULL AND (NOT signed_only OR type(r) = 'SIGNED')
WITH DISTINCT r
RETURN r.date_iso AS date, r.start AS start, type(r) AS type, startNode(r).name AS source, endNode(r).name AS target,
       coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY start, type, edge_id
LIMIT $limit
