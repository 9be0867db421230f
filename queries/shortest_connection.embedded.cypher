// Variant of shortest_connection.cypher for the embedded FalkorDB store (same parameters and columns).
// Why: the portable form enumerates every path of up to 4 hops and times out at 100k edges (hub
// countries have thousands of edges); FalkorDB's shortestPath() accepts only directed patterns,
// so this uses its breadth-first algo.SPpaths (relDirection 'both'), which Neo4j lacks.
MATCH (x) WHERE toLower($a) IN x.names_lc OR x.id = $a
MATCH (y) WHERE toLower($b) IN y.names_lc OR y.id = $b
WITH collect([x, y]) AS pairs
// Iterative deepening: SPpaths explores every path up to maxLen even when a short one exists
// (~70 ms at 100k edges with maxLen 4 for a 2-hop answer), so ask every (a, b) pair for 1, 2, ...
// hops in turn; LIMIT 1 stops at the first depth that yields a path, which is then a shortest one.
UNWIND range(1, $max_depth) AS depth
UNWIND pairs AS pair
WITH pair[0] AS x, pair[1] AS y, depth WHERE x.id <> y.id
CALL algo.SPpaths({sourceNode: x, targetNode: y, relTypes: ['VISITED', 'MET', 'SIGNED', 'STATED', 'INVITED', 'RECOGNIZED', 'PARTNERSHIP', 'HOLDS_OFFICE', 'AFFILIATED_WITH', 'MEMBER_OF', 'SUCCEEDED'], relDirection: 'both', maxLen: depth, pathCount: 1})
YIELD path
WITH path, length(path) AS hops
LIMIT 1
RETURN hops, [n IN nodes(path) | n.name] AS names, [n IN nodes(path) | n.id] AS node_ids,
       [r IN relationships(path) | type(r)] AS relations, [r IN relationships(path) | r.id] AS edge_ids
