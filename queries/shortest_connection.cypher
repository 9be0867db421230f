// name: shortest_connection
// purpose: The shortest chain of relations (up to 4 hops, documents excluded) between two entities
// param: a str - first entity (name, alias or id)
// param: b str - second entity (name, alias or id)
// param: max_depth int = 4 - longest chain considered (1 to 4)
// returns: hops int, names list, node_ids list, relations list, edge_ids list
// example: diplograph query shortest_connection -p "a=Ho Chi Minh" -p "b=Vladimir Putin"
// Portable form: FalkorDB rejects shortestPath() in MATCH (and undirected shortestPath anywhere);
// Neo4j 5 rejects a parameter as a variable-length bound. So: a fixed *1..4 pattern, filtered by
// $max_depth, shortest first.
MATCH (x) WHERE toLower($a) IN x.names_lc OR x.id = $a
MATCH (y) WHERE toLower($b) IN y.names_lc OR y.id = $b
MATCH p = (x)-[:VISITED|MET|SIGNED|STATED|INVITED|RECOGNIZED|PARTNERSHIP|HOLDS_OFFICE|AFFILIATED_WITH|MEMBER_OF|SUCCEEDED*1..4]-(y)
WHERE length(p) <= $max_depth AND x.id <> y.id
WITH p, length(p) AS hops
ORDER BY hops
LIMIT 1
RETURN hops, [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS node_ids,
       [r IN relationships(p) | type(r)] AS relations, [r IN relationships(p) | r.id] AS edge_ids
