package neo4j_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestHubMeetingsSoughtByDate: resolution finds the same meetings whether
// it reads a person's meetings from the person or seeks them by date (as
// it does for a hub, hubDegree). Reports of meetings known by their day,
// month or year, each naming one participant of a meeting already in the
// graph, give the same graph when every person is taken for a hub, and
// the reports do merge: the lookup found the graph's meetings both ways.
func TestHubMeetingsSoughtByDate(t *testing.T) {
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	ctx := context.Background()
	report := func(doc, date string, people ...string) *graph.Extraction {
		x := &graph.Extraction{Document: graph.Document{ID: graph.DocumentID(doc), Title: doc, Text: doc, Published: "2025-12-01"}}
		m := graph.MeetingFact{ID: "meeting:" + doc, Date: date, Type: "CONSULT", Mode: "host"}
		switch len(date) {
		case 10:
			m.DatePrecision = "day"
		case 7:
			m.DatePrecision = "month"
		default:
			m.DatePrecision = "year"
		}
		for _, p := range people {
			x.Persons = append(x.Persons, graph.PersonFact{ID: "person:" + p, Name: strings.ReplaceAll(p, "-", " ")})
			m.Attendees = append(m.Attendees, graph.AttendeeFact{Person: "person:" + p})
		}
		x.Meetings = []graph.MeetingFact{m}
		return x
	}
	reports := []*graph.Extraction{
		report("a", "2025-03-15", "ana-quispe", "luis-rojas"),
		report("b", "2025-03-16", "ana-quispe"), // the next day: Ana Quispe's talks of "a"
		report("c", "2025-04", "pedro-soto", "ines-vega"),
		report("d", "2025-04-20", "ines-vega"), // a day of the month of "c"
		report("e", "2024", "rosa-mora", "juan-pena"),
		report("f", "2024-06-01", "juan-pena"),  // a day of the year of "e"
		report("g", "2025-05-01", "luis-rojas"), // nothing of his that day
	}
	load := func() string {
		neo4jtest.Wipe(t, c)
		for _, x := range reports {
			if _, err := s.WriteExtraction(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		var lines []string
		for _, q := range []string{
			"MATCH (m:Meeting) RETURN m.id + ' ' + coalesce(m.date, '') + ' ' + coalesce(m.resolvedBy, '')",
			"MATCH (a)-[r:ATTENDED|PART_OF]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id",
		} {
			for _, v := range neo4jtest.Values(t, c, q, nil) {
				lines = append(lines, v.(string))
			}
		}
		sort.Strings(lines)
		return strings.Join(lines, "\n")
	}
	want := load()
	meetings := neo4jtest.Count(t, c, "MATCH (m:Meeting) RETURN count(m)", nil)
	if meetings != 4 {
		t.Fatalf("%d meetings for %d reports, want 4 (b, d and f merged): \n%s", meetings, len(reports), want)
	}
	defer store.SetHubDegree(store.SetHubDegree(0))
	if got := load(); got != want {
		t.Errorf("seeking every person's meetings by date gives another graph:\n%s\nwant:\n%s", got, want)
	}
}

// TestCandidateHoldingTwoOffices: a person of the graph who held two of the
// offices of a document's person is one candidate with all of their
// positions, not one per office (which resolution took for two people, and
// so for an ambiguity): "Ishaq Dar", Deputy Prime Minister and Foreign
// Minister of Pakistan, is the graph's "Muhammad Ishaq Dar".
func TestCandidateHoldingTwoOffices(t *testing.T) {
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	ctx := context.Background()
	person := func(doc, id, name string) *graph.Extraction {
		x := &graph.Extraction{Document: graph.Document{ID: graph.DocumentID(doc), Title: doc, Text: doc, Published: "2025-06-01"}}
		x.Countries = []graph.EntityFact{{ID: "country:pakistan", Name: "Pakistan"}}
		x.Persons = []graph.PersonFact{{ID: id, Name: name, Positions: []graph.PositionFact{
			{Title: "Deputy Prime Minister", Organisation: "country:pakistan"},
			{Title: "Foreign Minister", Organisation: "country:pakistan"},
		}}}
		return x
	}
	for _, x := range []*graph.Extraction{
		person("a", "person:muhammad-ishaq-dar", "Muhammad Ishaq Dar"),
		person("b", "person:ishaq-dar", "Ishaq Dar"),
	} {
		if _, err := s.WriteExtraction(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if n := neo4jtest.Count(t, c, "MATCH (p:Person) RETURN count(p)", nil); n != 1 {
		names := neo4jtest.Values(t, c, "MATCH (p:Person) RETURN p.name", nil)
		possibly := neo4jtest.Count(t, c, "MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)", nil)
		t.Errorf("%d people (%v, %d POSSIBLY_SAME_AS), want one", n, names, possibly)
	}
}
