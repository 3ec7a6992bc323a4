// The shortest paths between two nodes over ATTENDED, at most 4 hops long, the first $first by node IDs.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[:ATTENDED*..4]-(b))
WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT $first
RETURN {nodes: [n IN nodes(p) | n.id],
  edges: [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, relation: 'ATTENDED'}]} AS result
