package neo4j_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// exportStore loads the seed and the API fixture into an empty Neo4j:
//
//	Wang Yi, Andrei Denisov, Vladimir Norov met on 2021-02-02 (Beijing);
//	Wang Yi and Sergey Lavrov on 2021-03-22 (Guilin) and 2022-01-15 (phone);
//	Lavrov and Norov on 2021-05-20 (Moscow).
func exportStore(t *testing.T) *neo4j.Store {
	t.Helper()
	s := neo4jtest.Open(t)
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "api", "*.json"))
	files = append(files, filepath.Join("..", "..", "examples", "documents", "000_72d5b63c66d0694d.txt"))
	l := &loader.Loader{Extractor: extract.New(g), Writer: s}
	if sum, err := l.Load(context.Background(), files); err != nil || sum.Loaded != len(files) {
		t.Fatalf("load: %+v %v", sum, err)
	}
	return s
}

// collect is a sink that keeps what it receives.
type collect struct {
	nodes  []graph.ExportNode
	edges  []graph.Edge
	closed bool
}

func (c *collect) Node(n graph.ExportNode) error { c.nodes = append(c.nodes, n); return nil }
func (c *collect) Edge(e graph.Edge) error       { c.edges = append(c.edges, e); return nil }
func (c *collect) Close() error                  { c.closed = true; return nil }

func (c *collect) ids() []string {
	var out []string
	for _, n := range c.nodes {
		out = append(out, n.ID)
	}
	return out
}

func (c *collect) edge(source, target string, rel graph.Relation) (graph.Edge, bool) {
	for _, e := range c.edges {
		if e.Relation == rel && (e.Source == source && e.Target == target || e.Source == target && e.Target == source) {
			return e, true
		}
	}
	return graph.Edge{}, false
}

func export(t *testing.T, s *neo4j.Store, f graph.ExportFilter) *collect {
	t.Helper()
	c := &collect{}
	if err := s.Export(context.Background(), f, c); err != nil {
		var ae *graph.Error
		if errors.As(err, &ae) {
			t.Fatalf("export %+v: %v (%v)", f, err, ae.Err)
		}
		t.Fatalf("export %+v: %v", f, err)
	}
	if !c.closed {
		t.Fatal("the sink was not closed")
	}
	// every edge joins nodes sent before it, and no edge comes twice
	seen := map[string]bool{}
	for _, e := range c.edges {
		if !slices.Contains(c.ids(), e.Source) || !slices.Contains(c.ids(), e.Target) {
			t.Errorf("edge %+v joins a node not exported", e)
		}
		k := e.Source + " " + e.Target + " " + string(e.Relation)
		if seen[k] {
			t.Errorf("edge %s twice", k)
		}
		seen[k] = true
	}
	return c
}

func TestExport(t *testing.T) {
	s := exportStore(t)

	t.Run("whole graph", func(t *testing.T) {
		c := export(t, s, graph.ExportFilter{})
		for _, id := range []string{"person:wang-yi", "person:vladimir-norov", "country:china", "organisation:shanghai-cooperation-organisation", "initiative:belt-and-road-initiative"} {
			if !slices.Contains(c.ids(), id) {
				t.Errorf("no node %s in %v", id, c.ids())
			}
		}
		for _, n := range c.nodes {
			if n.Kind == graph.KindMeeting || n.Kind == graph.KindPlace || n.Label == "" {
				t.Errorf("node %+v: the actor network has no meetings or places, and every node a label", n)
			}
		}
		if e, ok := c.edge("person:wang-yi", "person:sergey-lavrov", graph.RelMet); !ok || e.Weight != 2 {
			t.Errorf("Wang Yi met Lavrov twice: %+v %v", e, ok)
		}
		if _, ok := c.edge("person:vladimir-norov", "organisation:shanghai-cooperation-organisation", graph.RelHoldsPositionAt); !ok {
			t.Errorf("Norov holds a position at the SCO: %+v", c.edges)
		}
	})

	t.Run("around, depth 1", func(t *testing.T) {
		c := export(t, s, graph.ExportFilter{Around: "person:andrei-denisov", Depth: 1, Relations: []graph.Relation{graph.RelMet}})
		slices.Sort(c.nodes[0].Aliases)
		want := []string{"person:andrei-denisov", "person:vladimir-norov", "person:wang-yi"}
		if got := c.ids(); !slices.Equal(got, want) {
			t.Errorf("nodes %v, want %v", got, want)
		}
		// the edge between two neighbours is there too
		if _, ok := c.edge("person:vladimir-norov", "person:wang-yi", graph.RelMet); !ok || len(c.edges) != 3 {
			t.Errorf("edges %+v", c.edges)
		}
	})

	t.Run("around, depth 2, dates", func(t *testing.T) {
		c := export(t, s, graph.ExportFilter{Around: "person:andrei-denisov", Depth: 2, Relations: []graph.Relation{graph.RelMet}})
		if !slices.Contains(c.ids(), "person:sergey-lavrov") {
			t.Errorf("Lavrov is two hops from Denisov: %v", c.ids())
		}
		c = export(t, s, graph.ExportFilter{Around: "person:andrei-denisov", Depth: 2, Relations: []graph.Relation{graph.RelMet}, From: "2021-03-01"})
		if got := c.ids(); !slices.Equal(got, []string{"person:andrei-denisov"}) || len(c.edges) != 0 {
			t.Errorf("after March 2021 Denisov met no one: %v %v", got, c.edges)
		}
	})

	t.Run("date range over the whole graph", func(t *testing.T) {
		c := export(t, s, graph.ExportFilter{From: "2021-03-01", To: "2021-12-31", Relations: []graph.Relation{graph.RelMet}})
		want := []string{"person:sergey-lavrov", "person:vladimir-norov", "person:wang-yi"}
		if got := c.ids(); !slices.Equal(got, want) {
			t.Errorf("nodes %v, want %v (the people who met in 2021 from March)", got, want)
		}
		if e, ok := c.edge("person:wang-yi", "person:sergey-lavrov", graph.RelMet); !ok || e.Weight != 1 {
			t.Errorf("one meeting of Wang Yi and Lavrov in range: %+v", c.edges)
		}
	})

	t.Run("meetings and places", func(t *testing.T) {
		c := export(t, s, graph.ExportFilter{Relations: []graph.Relation{graph.RelAttended, graph.RelHeldIn}})
		var meeting *graph.ExportNode
		for i, n := range c.nodes {
			if n.Kind == graph.KindMeeting && n.Date == "2021-03-22" {
				meeting = &c.nodes[i]
			}
		}
		if meeting == nil || !strings.Contains(meeting.Label, "Guilin") {
			t.Fatalf("no meeting of 2021-03-22 labelled with its place: %+v", c.nodes)
		}
		if _, ok := c.edge("person:wang-yi", meeting.ID, graph.RelAttended); !ok {
			t.Errorf("Wang Yi attended %s", meeting.ID)
		}
		if _, ok := c.edge(meeting.ID, "place:guilin", graph.RelHeldIn); !ok {
			t.Errorf("%s was held in Guilin", meeting.ID)
		}
	})

	t.Run("errors", func(t *testing.T) {
		for _, tc := range []struct {
			f    graph.ExportFilter
			code string
		}{
			{graph.ExportFilter{Around: "person:nobody"}, graph.ENOTFOUND},
			{graph.ExportFilter{Around: "person:wang-yi", Depth: 3}, graph.EINVALID},
			{graph.ExportFilter{From: "2021-13-01"}, graph.EINVALID},
		} {
			if err := s.Export(context.Background(), tc.f, &collect{}); graph.ErrorCode(err) != tc.code {
				t.Errorf("%+v: %v, want %s", tc.f, err, tc.code)
			}
		}
	})

	t.Run("formats", func(t *testing.T) {
		f := graph.ExportFilter{Around: "person:vladimir-norov"}
		var gml bytes.Buffer
		sink, _ := graph.NewExportEncoder("graphml", &gml)
		if err := s.Export(context.Background(), f, sink); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID   string `xml:"id,attr"`
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(gml.Bytes(), &doc); err != nil {
			t.Fatalf("GraphML does not parse: %v\n%s", err, gml.String())
		}
		found := false
		for _, n := range doc.Graph.Nodes {
			if n.ID == "person:wang-yi" && len(n.Data) >= 2 && n.Data[0].Key == "label" && n.Data[0].Value == "Wang Yi" && n.Data[1].Value == "PERSON" {
				found = true
			}
		}
		if !found || len(doc.Graph.Edges) == 0 {
			t.Errorf("GraphML lacks Wang Yi with label and kind, or edges:\n%s", gml.String())
		}

		var js bytes.Buffer
		sink, _ = graph.NewExportEncoder("json", &js)
		if err := s.Export(context.Background(), f, sink); err != nil {
			t.Fatal(err)
		}
		var nl struct {
			Nodes []map[string]any `json:"nodes"`
			Links []graph.Edge     `json:"links"`
		}
		if err := json.Unmarshal(js.Bytes(), &nl); err != nil || len(nl.Nodes) == 0 || len(nl.Links) == 0 {
			t.Errorf("node-link JSON: %v\n%s", err, js.String())
		}

		var cs bytes.Buffer
		sink, _ = graph.NewExportEncoder("csv", &cs)
		if err := s.Export(context.Background(), f, sink); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&cs).ReadAll()
		if err != nil || len(rows) < 2 || rows[0][0] != "source" {
			t.Fatalf("CSV: %v %v", err, rows)
		}
		if !slices.ContainsFunc(rows, func(r []string) bool {
			return slices.Contains(r, "Wang Yi") && slices.Contains(r, "Vladimir Norov") && slices.Contains(r, "MET")
		}) {
			t.Errorf("CSV has no MET row of Norov and Wang Yi with labels: %v", rows)
		}
	})
}
