// name: visits
// purpose: Visits, filtered by visitor (person, or the country they or their organization serve), host, kind and years
// param: visitor str = null - visiting person or their country (name, alias or id)
// param: host str = null - visited country or place (name, alias or id)
// param: kind str = null - state, official, working or other
// param: year_from int = null - first year included
// param: year_to int = null - last year included
// param: limit int = 500 - most rows returned
// returns: date str, start str, visitor str, visitor_country str, host str, kind str, place str, edge_id str, evidence str
// example: diplograph query visits -p visitor=Russia -p host=Vietnam -p year_from=2000
OPTIONAL MATCH (vc:Country) WHERE $visitor IS NOT NULL AND (toLower($visitor) IN vc.names_lc OR vc.id = $visitor)
WITH collect(vc.id) AS visitor_countries
// With a host, its visits only: the host is looked up in each label's name index (one CALL branch
// per label; an unlabelled lookup scans every node, ~5 ms at 100k edges on FalkorDB). An UNWIND of
// no rows switches off the branches the parameters leave out.
CALL {
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Country) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Person) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Organization) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Treaty) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  UNWIND CASE WHEN $host IS NULL THEN [] ELSE [true] END AS by_host
  MATCH (h:Document) WHERE toLower($host) IN h.names_lc OR h.id = $host
  MATCH (v)-[r:VISITED]->(h)
  RETURN v, r, h
  UNION ALL
  UNWIND CASE WHEN $host IS NULL THEN [true] ELSE [] END AS every
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
