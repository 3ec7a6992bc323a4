package neo4j_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestNeighbourhoodSecondRing: the people at depth 2 are ranked by the
// meetings they shared with the people at depth 1 (a month apart, so that
// resolution merges none), a meeting counting
// once for each of them who attended it (the statement groups the
// depth-1 people's meetings before it walks their attendees). Around S:
// A (two meetings), B and C (one each). X shared one meeting with both A
// and B (weight 2), Y two with C, Z one with A and one with B; V a
// meeting with A that was only planned (no weight). The ties go by ID,
// and the limit of 6 keeps S, A, B, C, X and Y. Counting X's meeting
// once would rank X last, after Y and Z.
func TestNeighbourhoodSecondRing(t *testing.T) {
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	neo4jtest.Wipe(t, c)
	ctx := context.Background()
	meetings := []struct {
		people string
		status string
	}{
		{"s a b", ""}, {"s a", ""}, {"s c", ""},
		{"a b x", ""}, {"c y", ""}, {"c y", ""}, {"a z", ""}, {"b z", ""},
		{"a v", graph.StatusPlanned}, {"a v", graph.StatusPlanned}, {"s a", graph.StatusPlanned},
	}
	for i, m := range meetings {
		doc := fmt.Sprintf("ring-%02d", i)
		x := &graph.Extraction{Document: graph.Document{ID: graph.DocumentID(doc), Title: doc, Text: doc, Published: "2025-01-01"}}
		f := graph.MeetingFact{ID: "meeting:" + doc, Date: fmt.Sprintf("2025-%02d-01", i+1), DatePrecision: "day", Type: "CONSULT", Mode: "host", Status: m.status}
		for _, p := range strings.Fields(m.people) {
			x.Persons = append(x.Persons, graph.PersonFact{ID: "person:" + p, Name: "Person " + strings.ToUpper(p)})
			f.Attendees = append(f.Attendees, graph.AttendeeFact{Person: "person:" + p})
		}
		x.Meetings = []graph.MeetingFact{f}
		if _, err := s.WriteExtraction(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	sel := func(name string, ch ...*graph.Selection) *graph.Selection {
		return &graph.Selection{Name: name, Alias: name, Children: ch}
	}
	view := func(depth, limit int64, relations ...any) ([]string, bool) {
		root := sel("neighbourhood", sel("nodes", sel("id")), sel("truncated"))
		root.Args = map[string]any{"id": "person:s", "depth": depth, "limit": limit, "relations": relations}
		if to, ok := relations[len(relations)-1].(string); ok && strings.HasPrefix(to, "20") {
			// A date ends the list: the view up to that day.
			root.Args["relations"], root.Args["from"], root.Args["to"] = relations[:len(relations)-1], "2025-01-01", to
		}
		var g graph.Subgraph
		if err := s.Query(ctx, root, &g); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, n := range g.Nodes {
			ids = append(ids, strings.TrimPrefix(n.NodeID(), "person:"))
		}
		return ids, g.Truncated
	}
	// The MET edges among S, A, B and C, weighted by the held meetings
	// each pair shared (A and B: the first meeting and X's; S and A's
	// planned meeting does not count).
	root := sel("neighbourhood", sel("edges", sel("source"), sel("target"), sel("relation"), sel("weight")))
	root.Args = map[string]any{"id": "person:s", "depth": int64(1), "limit": int64(100), "relations": []any{"MET"}}
	var g graph.Subgraph
	if err := s.Query(ctx, root, &g); err != nil {
		t.Fatal(err)
	}
	var edges []string
	for _, e := range g.Edges {
		edges = append(edges, fmt.Sprintf("%s-%s %s %d", strings.TrimPrefix(e.Source, "person:"), strings.TrimPrefix(e.Target, "person:"), e.Relation, e.Weight))
	}
	if got, want := strings.Join(edges, ", "), "a-b MET 2, a-s MET 2, b-s MET 1, c-s MET 1"; got != want {
		t.Errorf("edges %q, want %q", got, want)
	}
	for _, c := range []struct {
		depth, limit int64
		relations    []any
		want         string
		truncated    bool
	}{
		{2, 6, []any{"MET"}, "s a b c x y", true},
		{2, 100, []any{"MET"}, "s a b c x y z", false},
		{1, 100, []any{"MET"}, "s a b c", false},
		// With another relation beside MET, the people met are ranked
		// the same (the people hold no positions).
		{2, 6, []any{"MET", "HOLDS_POSITION_AT"}, "s a b c x y", true},
		// Up to the end of May: X's meeting (April) and Y's first (May)
		// count, Y's second and Z's do not.
		{2, 100, []any{"MET", "2025-05-31"}, "s a b c x y", false},
	} {
		ids, truncated := view(c.depth, c.limit, c.relations...)
		if got := strings.Join(ids, " "); got != c.want || truncated != c.truncated {
			t.Errorf("depth %d, limit %d, %v: nodes %q (truncated %v), want %q (truncated %v)", c.depth, c.limit, c.relations, got, truncated, c.want, c.truncated)
		}
	}
}
