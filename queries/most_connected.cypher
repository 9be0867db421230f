// name: most_connected
// purpose: The actors with the most relations (document mentions not counted), optionally of one node type
// param: type node_type = null - Person, Country, Organization or Treaty
// param: limit int = 10 - how many
// returns: name str, type str, id str, degree int
// example: diplograph query most_connected -p type=Person -p limit=5
// n.degree is the count of n's relations other than MENTIONED_IN, kept by the loader (store.DERIVED_PROPS);
// counting them here walks every edge of the graph (~600 ms at 100k edges on FalkorDB).
MATCH (n)
WHERE n.degree > 0 AND ($type IS NULL OR n.type = $type)
RETURN n.name AS name, n.type AS type, n.id AS id, n.degree AS degree
ORDER BY degree DESC, name
LIMIT $limit
