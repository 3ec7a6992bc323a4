// The graph view around a person: the people met (MET: shared held
// meetings), and the people they met, most shared meetings first, at most
// $limit nodes, with the MET edges among them weighted by shared meetings.
// The people at depth 2 are found from the meetings of those at depth 1,
// grouped: a meeting weighs as many as it has attendees at depth 1, and
// its attendees are walked once, not once for each of them. The edges are
// found from the meetings of the nodes kept, grouped, in the same way.
MATCH (s:Person {id: $id})
CALL (s) {
  MATCH (s)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) WHERE b <> s AND m.status = 'held'
  WITH b, count(*) AS w ORDER BY w DESC, b.id LIMIT $limit
  RETURN collect(b) AS l1
}
CALL (s, l1) {
  UNWIND l1 AS a
  MATCH (a)-[:ATTENDED]->(m:Meeting) WHERE m.status = 'held'
  WITH m, count(*) AS k
  MATCH (m)<-[:ATTENDED]-(b:Person) WHERE b <> s AND NOT b IN l1
  WITH b, sum(k) AS w ORDER BY w DESC, b.id LIMIT $limit
  RETURN collect(b) AS l2
}
WITH [s] + l1 + l2 AS reached
WITH reached[0..$limit] AS ns, size(reached) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[:ATTENDED]->(m:Meeting) WHERE m.status = 'held'
  WITH m, collect(a) AS here WHERE size(here) > 1
  UNWIND here AS a
  UNWIND here AS b
  WITH a, b WHERE a.id < b.id
  WITH a, b, count(*) AS w ORDER BY a.id, b.id
  RETURN collect({source: a.id, target: b.id, relation: 'MET', weight: w}) AS edges
}
RETURN {nodes: [n IN ns | {id: n.id, name: n.name}], edges: edges, truncated: truncated} AS result
