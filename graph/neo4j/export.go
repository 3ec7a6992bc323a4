package neo4j

import (
	"context"
	"fmt"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

var _ graph.ExportService = (*Store)(nil)

// The export's statements share the neighbours subquery of neighbourhood
// (compile_graph.go) with the relations and dates as parameters, so that
// an edge is the same whether the API or an export shows it. Each edge is
// read once, from the end where it points out (for MET, the smaller ID).

// exportAround collects the IDs within $depth hops of $id.
var exportAround = fmt.Sprintf(`MATCH (s:Node {id: $id})
CALL (s) {
  %[1]s
  WITH b WHERE b.kind IN $kinds
  RETURN collect(DISTINCT b) AS l1
}
CALL (s, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS a
  %[2]s
  WITH b WHERE b.kind IN $kinds AND NOT b IN l1 AND b <> s
  RETURN collect(DISTINCT b) AS l2
}
RETURN [x IN [s] + l1 + l2 | x.id]`, neighbours("s", "$rels", "$from", "$to"), neighbours("a", "$rels", "$from", "$to"))

// exportNodeFields projects a node for graph.ExportNode.
const exportNodeFields = `RETURN n.id AS id, n.kind AS kind,
  coalesce(n.name, CASE WHEN n:Meeting THEN trim(coalesce(n.date, '') + ' ' +
    coalesce(head(COLLECT { MATCH (n)-[:HELD_IN]->(p:Place) RETURN p.name }), '')) END, n.id) AS label,
  coalesce(n.aliases, []) AS aliases, coalesce(n.qid, '') AS qid, coalesce(n.date, '') AS date
ORDER BY n.id`

// exportNodes streams every node of the kinds (of the IDs, where given).
const exportNodes = `MATCH (n:Node) WHERE n.kind IN $kinds AND ($ids IS NULL OR n.id IN $ids)
` + exportNodeFields

// exportLinkedNodes streams the nodes of the kinds that keep an edge, for
// a whole-graph export with a date range.
var exportLinkedNodes = fmt.Sprintf(`MATCH (a:Node) WHERE a.kind IN $kinds
CALL (a) {
  %s
  WITH b WHERE b.kind IN $kinds
  RETURN count(b) > 0 AS linked
}
WITH a AS n WHERE linked
`, neighbours("a", "$rels", "$from", "$to")) + exportNodeFields

// exportEdges streams the edges among the nodes.
var exportEdges = fmt.Sprintf(`MATCH (a:Node) WHERE a.kind IN $kinds AND ($ids IS NULL OR a.id IN $ids)
%s
WITH a, b, rel, w, out WHERE out AND b.kind IN $kinds AND ($ids IS NULL OR b.id IN $ids)
RETURN a.id AS source, b.id AS target, rel AS relation, w AS weight
ORDER BY source, target, relation`, neighbours("a", "$rels", "$from", "$to"))

// Export implements graph.ExportService. The neighbourhood's IDs are read
// first (held in memory); the nodes and edges are then streamed record by
// record to the sink from one read transaction. The transaction is not
// retried: the sink has seen part of the export by then.
func (s *Store) Export(ctx context.Context, f graph.ExportFilter, sink graph.ExportSink) error {
	if err := f.Validate(); err != nil {
		return err
	}
	rels := make([]string, len(f.Relations))
	for i, r := range f.Relations {
		rels[i] = string(r)
	}
	var kinds []string
	for _, k := range graph.KindsOf(f.Relations) {
		kinds = append(kinds, string(k))
	}
	params := map[string]any{"rels": rels, "kinds": kinds, "from": nullable(f.From), "to": nullable(f.To), "ids": nil}

	session := s.driver.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: driver.AccessModeRead})
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer tx.Close(ctx)

	nodes := exportNodes
	if f.Around != "" {
		p := map[string]any{"id": f.Around, "depth": int64(f.Depth)}
		for k, v := range params {
			p[k] = v
		}
		res, err := tx.Run(ctx, exportAround, p)
		if err != nil {
			return s.wrap(err)
		}
		if !res.Next(ctx) {
			if err := res.Err(); err != nil {
				return s.wrap(err)
			}
			return graph.Errorf(graph.ENOTFOUND, "no node %q", f.Around)
		}
		params["ids"] = res.Record().Values[0]
		if _, err := res.Consume(ctx); err != nil {
			return s.wrap(err)
		}
	} else if f.From != "" || f.To != "" {
		nodes = exportLinkedNodes
	}

	res, err := tx.Run(ctx, nodes, params)
	if err != nil {
		return s.wrap(err)
	}
	for res.Next(ctx) {
		v := res.Record().Values
		n := graph.ExportNode{ID: exportString(v[0]), Kind: graph.Kind(exportString(v[1])), Label: exportString(v[2]), QID: exportString(v[4]), Date: exportString(v[5])}
		if as, ok := v[3].([]any); ok {
			for _, a := range as {
				n.Aliases = append(n.Aliases, exportString(a))
			}
		}
		if err := sink.Node(n); err != nil {
			return err
		}
	}
	if err := res.Err(); err != nil {
		return s.wrap(err)
	}

	res, err = tx.Run(ctx, exportEdges, params)
	if err != nil {
		return s.wrap(err)
	}
	for res.Next(ctx) {
		v := res.Record().Values
		w, _ := v[3].(int64)
		if err := sink.Edge(graph.Edge{Source: exportString(v[0]), Target: exportString(v[1]), Relation: graph.Relation(exportString(v[2])), Weight: int(w)}); err != nil {
			return err
		}
	}
	if err := res.Err(); err != nil {
		return s.wrap(err)
	}
	if err := tx.Commit(ctx); err != nil {
		return s.wrap(err)
	}
	return sink.Close()
}

// exportString reads a string column; null and other types give "".
func exportString(v any) string {
	s, _ := v.(string)
	return s
}
