// Variant of shortest_connection.cypher for the embedded FalkorDB store (same parameters and columns).
// Why: the portable form enumerates every path of up to 4 hops and times out at 100k edges (hub
// countries have thousands of edges); FalkorDB's shortestPath() accepts only directed patterns,
// so this uses its breadth-first algo.SPpaths (relDirection 'both'), which Neo4j lacks.
MATCH (x) WHERE toLower(x.name) = toLower($a) OR any(n IN x.aliases WHERE toLower(n) = toLower($a)) OR x.id = $a
MATCH (y) WHERE toLower(y.name) = toLower($b) OR any(n IN y.aliases WHERE toLower(n) = toLower($b)) OR y.id = $b
WITH x, y WHERE x.id <> y.id
CALL algo.SPpaths({sourceNode: x, targetNode: y, relTypes: ['VISITED', 'MET', 'SIGNED', 'STATED', 'INVITED', 'RECOGNIZED', 'PARTNERSHIP', 'HOLDS_OFFICE', 'AFFILIATED_WITH', 'MEMBER_OF', 'SUCCEEDED'], relDirection: 'both', maxLen: $max_depth, pathCount: 1})
YIELD path
WITH path, length(path) AS hops
ORDER BY hops
LIMIT 1
RETURN hops, [n IN nodes(path) | n.name] AS names, [n IN nodes(path) | n.id] AS node_ids,
       [r IN relationships(path) | type(r)] AS relations, [r IN relationships(path) | r.id] AS edge_ids
