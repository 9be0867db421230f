// name: most_connected
// purpose: The actors with the most relations (document mentions not counted), optionally of one node type
// param: type node_type = null - Person, Country, Organization or Treaty
// param: limit int = 10 - how many
// returns: name str, type str, id str, degree int
// example: diplograph query most_connected -p type=Person -p limit=5
MATCH (n)-[r]-()
WHERE type(r) <> 'MENTIONED_IN' AND ($type IS NULL OR n.type = $type)
WITH n, count(r) AS degree
RETURN n.name AS name, n.type AS type, n.id AS id, degree
ORDER BY degree DESC, name
LIMIT $limit
