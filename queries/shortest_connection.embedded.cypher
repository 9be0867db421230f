// Variant of shortest_connection.cypher for the embedded FalkorDB store (same parameters and columns).
// Why: the portable form enumerates every path of up to 4 hops and times out at 100k edges (hub
// countries have thousands of edges); FalkorDB's shortestPath() accepts only directed patterns,
// so this uses its breadth-first algo.SPpaths (relDirection 'both'), which Neo4j lacks.
// The endpoints are looked up in each label's name index (an unlabelled MATCH scans every node:
// ~8 ms for the two at 100k edges), then put back in node-id order, the order a scan gave them in.
CALL {
  MATCH (x:Person) WHERE toLower($a) IN x.names_lc OR x.id = $a RETURN x
  UNION ALL
  MATCH (x:Country) WHERE toLower($a) IN x.names_lc OR x.id = $a RETURN x
  UNION ALL
  MATCH (x:Organization) WHERE toLower($a) IN x.names_lc OR x.id = $a RETURN x
  UNION ALL
  MATCH (x:Treaty) WHERE toLower($a) IN x.names_lc OR x.id = $a RETURN x
  UNION ALL
  MATCH (x:Document) WHERE toLower($a) IN x.names_lc OR x.id = $a RETURN x
}
WITH x ORDER BY id(x)
WITH collect(x) AS xs
CALL {
  MATCH (y:Person) WHERE toLower($b) IN y.names_lc OR y.id = $b RETURN y
  UNION ALL
  MATCH (y:Country) WHERE toLower($b) IN y.names_lc OR y.id = $b RETURN y
  UNION ALL
  MATCH (y:Organization) WHERE toLower($b) IN y.names_lc OR y.id = $b RETURN y
  UNION ALL
  MATCH (y:Treaty) WHERE toLower($b) IN y.names_lc OR y.id = $b RETURN y
  UNION ALL
  MATCH (y:Document) WHERE toLower($b) IN y.names_lc OR y.id = $b RETURN y
}
WITH xs, y ORDER BY id(y)
WITH xs, collect(y) AS ys
UNWIND xs AS x
UNWIND ys AS y
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
