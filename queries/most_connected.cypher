// name: most_connected
// purpose: The actors with the most relations (document mentions not counted), optionally of one node type
// param: type node_type = null - Person, Country, Organization or Treaty
// param: limit int = 10 - how many
// returns: name str, type str, id str, degree int
// example: diplograph query most_connected -p type=Person -p limit=5
// n.degree is the count of n's relations other than MENTIONED_IN, kept by the loader (store.DERIVED_PROPS);
// counting them here walks every edge of the graph (~600 ms at 100k edges on FalkorDB).
// With a type, only that label is scanned (one CALL branch per label; an UNWIND of no rows
// switches the others off); the top nodes are chosen before their columns are projected.
CALL {
  UNWIND CASE WHEN $type IS NULL OR $type = 'Person' THEN [true] ELSE [] END AS wanted
  MATCH (n:Person) RETURN n
  UNION ALL
  UNWIND CASE WHEN $type IS NULL OR $type = 'Country' THEN [true] ELSE [] END AS wanted
  MATCH (n:Country) RETURN n
  UNION ALL
  UNWIND CASE WHEN $type IS NULL OR $type = 'Organization' THEN [true] ELSE [] END AS wanted
  MATCH (n:Organization) RETURN n
  UNION ALL
  UNWIND CASE WHEN $type IS NULL OR $type = 'Treaty' THEN [true] ELSE [] END AS wanted
  MATCH (n:Treaty) RETURN n
  UNION ALL
  UNWIND CASE WHEN $type IS NULL OR $type = 'Document' THEN [true] ELSE [] END AS wanted
  MATCH (n:Document) RETURN n
}
WITH n WHERE n.degree > 0
WITH n ORDER BY n.degree DESC, n.name LIMIT $limit
RETURN n.name AS name, n.type AS type, n.id AS id, n.degree AS degree
ORDER BY degree DESC, name
