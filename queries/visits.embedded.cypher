// Variant of visits.cypher for the embedded FalkorDB store (same parameters and columns).
// Why: with a visitor and no host, the portable form matches every VISITED edge and looks up the
// visitor's offices for each (~240 ms at 100k edges on FalkorDB). This one adds a branch per label
// for the nodes of the visitor's name and one for the holders of an office in the visitor's
// countries or their organizations. It is portable Cypher, but too long for FalkorDB's Bolt server
// (about 3,900 bytes a statement), through which the Neo4j store is tested.
OPTIONAL MATCH (vc:Country) WHERE $visitor IS NOT NULL AND (toLower($visitor) IN vc.names_lc OR vc.id = $visitor)
WITH collect(vc.id) AS visitor_countries
// With a host, its visits only: the host is looked up in each label's name index (one CALL branch
// per label; an unlabelled lookup scans every node, ~5 ms at 100k edges on FalkorDB). With a visitor
// and no host, the visits of the nodes the visitor can stand for only: the nodes of that name, then
// the holders of an office in one of the visitor's countries or their organizations (the final
// WHERE decides, as for every row; scanning every visit with an office lookup each took ~300 ms).
// An UNWIND of no rows switches off the branches the parameters leave out.
CALL {
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Country) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Person) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Organization) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Treaty) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Document) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NOT NULL THEN [true] ELSE [] END AS by_visitor
  MATCH (v:Person) WHERE toLower($visitor) IN v.names_lc OR v.id = $visitor
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NOT NULL THEN [true] ELSE [] END AS by_visitor
  MATCH (v:Country) WHERE toLower($visitor) IN v.names_lc OR v.id = $visitor
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NOT NULL THEN [true] ELSE [] END AS by_visitor
  MATCH (v:Organization) WHERE toLower($visitor) IN v.names_lc OR v.id = $visitor
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NOT NULL THEN [true] ELSE [] END AS by_visitor
  MATCH (v:Treaty) WHERE toLower($visitor) IN v.names_lc OR v.id = $visitor
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NOT NULL THEN [true] ELSE [] END AS by_visitor
  MATCH (v:Document) WHERE toLower($visitor) IN v.names_lc OR v.id = $visitor
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NOT NULL THEN [true] ELSE [] END AS by_visitor
  UNWIND visitor_countries AS c
  MATCH (country:Country {id: c})
  OPTIONAL MATCH (g:Organization) WHERE g.country = c
  WITH country, collect(g) AS bodies
  UNWIND bodies + [country] AS body
  MATCH (v)-[:HOLDS_OFFICE]->(body)
  WITH DISTINCT v WHERE NOT (toLower($visitor) IN v.names_lc OR v.id = $visitor)
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  WITH visitor_countries
  UNWIND CASE WHEN $host IS NULL AND $visitor IS NULL THEN [true] ELSE [] END AS every
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
}
WITH visitor_countries, v, r, h
WHERE ($kind IS NULL OR toLower(r.kind) = toLower($kind))
  AND ($year_from IS NULL OR r.year >= $year_from)
  AND ($year_to IS NULL OR r.year <= $year_to)
OPTIONAL MATCH (v)-[:HOLDS_OFFICE]->(office)
WITH visitor_countries, v, r, h, collect(coalesce(office.country, office.id)) AS office_countries
WHERE $visitor IS NULL OR toLower($visitor) IN v.names_lc OR v.id = $visitor
   OR any(c IN office_countries WHERE c IN visitor_countries)
OPTIONAL MATCH (home:Country {id: coalesce(office_countries[0], '')})
RETURN r.date_iso AS date, r.start AS start, v.name AS visitor, CASE WHEN v.type = 'Country' THEN v.name ELSE home.name END AS visitor_country,
       h.name AS host, r.kind AS kind, r.place AS place, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY start, visitor, edge_id
LIMIT $limit
