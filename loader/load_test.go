package loader_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
)

var seed = filepath.Join("..", "examples", "documents", "000_72d5b63c66d0694d.txt")

func newLoader(t *testing.T, w graph.DocumentWriter) *loader.Loader {
	t.Helper()
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return &loader.Loader{Extractor: extract.New(g), Writer: w}
}

// TestLoadSeed loads the seed into a real Neo4j and checks the graph it
// leaves, then loads it again and checks that nothing changed.
func TestLoadSeed(t *testing.T) {
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	ctx := context.Background()
	l := newLoader(t, s)

	sum, err := l.Load(ctx, []string{seed})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 1 || sum.Unchanged != 0 || len(sum.Refusals) != 0 {
		t.Fatalf("first load: %v", sum)
	}
	count := func(q string) int64 { return neo4jtest.Count(t, c, q, nil) }
	counts := map[string]string{
		"meetings":      "MATCH (n:Meeting) RETURN count(n)",
		"persons":       "MATCH (n:Person) RETURN count(n)",
		"organisations": "MATCH (n:Organisation) RETURN count(n)",
		"countries":     "MATCH (n:Country) RETURN count(n)",
		"groups":        "MATCH (n:Group) RETURN count(n)",
		"documents":     "MATCH (n:Document) RETURN count(n)",
		"nodes":         "MATCH (n) RETURN count(n)",
		"relationships": "MATCH ()-[r]->() RETURN count(r)",
	}
	want := map[string]int64{"meetings": 1, "persons": 3, "organisations": 2, "countries": 2, "groups": 1, "documents": 1}
	before := map[string]int64{}
	for name, q := range counts {
		before[name] = count(q)
		if w, ok := want[name]; ok && before[name] != w {
			t.Errorf("%s: %d, want %d", name, before[name], w)
		}
	}

	facts := map[string]string{
		"meeting on 2021-02-02 in Beijing, China, hosted by Wang Yi": `MATCH (m:Meeting {date: '2021-02-02'})-[:HELD_IN]->(:Place {name: 'Beijing'})-[:LOCATED_IN]->(:Country {id: 'country:china'})
			MATCH (m)-[:HOSTED_BY]->(:Person {id: 'person:wang-yi'}) RETURN count(m)`,
		"Wang Yi attended as Foreign Minister of China":  `MATCH (:Person {id: 'person:wang-yi'})-[r:ATTENDED {role: 'Foreign Minister', representing: 'country:china'}]->(:Meeting) RETURN count(r)`,
		"Norov attended as Secretary-General of the SCO": `MATCH (:Person {id: 'person:vladimir-norov'})-[r:ATTENDED {role: 'Secretary-General', representing: 'organisation:shanghai-cooperation-organisation'}]->(:Meeting) RETURN count(r)`,
		"Denisov attended as Ambassador of Russia":       `MATCH (:Person {id: 'person:andrei-denisov'})-[r:ATTENDED {role: 'Ambassador', representing: 'country:russia'}]->(:Meeting) RETURN count(r)`,
		"Denisov is Ambassador of Russia to China": `MATCH (:Person {id: 'person:andrei-denisov'})-[:HOLDS]->(p:Position {title: 'Ambassador'})-[:OF]->(:Country {id: 'country:russia'})
			MATCH (p)-[:ACCREDITED_TO]->(:Country {id: 'country:china'}) RETURN count(p)`,
		"Wang Yi is Foreign Minister of China": `MATCH (:Person {id: 'person:wang-yi'})-[:HOLDS]->(p:Position {title: 'Foreign Minister'})-[:OF]->(:Country {id: 'country:china'}) RETURN count(p)`,
		"Norov is Secretary-General of the SCO": `MATCH (:Person {id: 'person:vladimir-norov'})-[:HOLDS]->(p:Position {title: 'Secretary-General'})-[:OF]->(o:Organisation {id: 'organisation:shanghai-cooperation-organisation'})
			WHERE 'SCO' IN o.aliases RETURN count(p)`,
		"the ambassadors of the Eurasian states attended": `MATCH (g:Group)-[:ATTENDED]->(:Meeting) WHERE g.description CONTAINS 'ambassadors of the Eurasian states to China' RETURN count(g)`,
		"the Belt and Road Initiative was discussed":      `MATCH (:Meeting)-[:DISCUSSED]->(i:Initiative {id: 'initiative:belt-and-road-initiative'}) RETURN count(i)`,
		"the Health Silk Road was discussed":              `MATCH (:Meeting)-[:DISCUSSED]->(i:Initiative {id: 'initiative:health-silk-road'}) RETURN count(i)`,
		"the COVID-19 pandemic was discussed":             `MATCH (:Meeting)-[:DISCUSSED]->(i:Initiative) WHERE i.name CONTAINS 'COVID-19' RETURN count(i)`,
		"Wang Yi promotes the Belt and Road Initiative":   `MATCH (:Person {id: 'person:wang-yi'})-[:PROMOTES]->(i:Initiative {id: 'initiative:belt-and-road-initiative'}) RETURN count(i)`,
		"China is a founder of the SCO":                   `MATCH (:Country {id: 'country:china'})-[r:MEMBER_OF {role: 'founder'}]->(:Organisation {id: 'organisation:shanghai-cooperation-organisation'}) RETURN count(r)`,
		"the Chinese Communist Party is an organisation":  `MATCH (o:Organisation) WHERE 'Chinese Communist Party' IN o.aliases OR o.name = 'Chinese Communist Party' RETURN count(o)`,
		"Wang Yi said the epidemic will pass, at the meeting": `MATCH (:Person {id: 'person:wang-yi'})-[:SAID]->(s:Statement)-[:SAID_AT]->(:Meeting)
			WHERE s.quote STARTS WITH 'The epidemic will pass but solidarity and friendship will last forever.' RETURN count(s)`,
		"Norov's two-paragraph quote is one statement": `MATCH (:Person {id: 'person:vladimir-norov'})-[:SAID]->(s:Statement)
			WHERE s.quote STARTS WITH 'The SCO member states presented' AND s.quote CONTAINS 'authority and role in the world' RETURN count(s)`,
	}
	for what, q := range facts {
		if n := count(q); n != 1 {
			t.Errorf("%s: %d matches, want 1", what, n)
		}
	}
	if n := count("MATCH (:Person {id: 'person:vladimir-norov'})-[:SAID]->(s:Statement) RETURN count(s)"); n < 2 {
		t.Errorf("Norov has %d statements, want his quotes (at least 2)", n)
	}
	if n := count("MATCH (s:Statement) WHERE NOT (s)<-[:SAID]-(:Person) RETURN count(s)"); n != 0 {
		t.Errorf("%d statements have no speaker", n)
	}
	// Provenance: the document mentions or reports every other node, and
	// its facts list every relationship but those links and resolution's
	// own, and nothing else.
	doc := graph.DocumentID(mustParse(t, seed).Text)
	prov := map[string]any{"doc": doc, "sep": factSep}
	if n := neo4jtest.Count(t, c, `MATCH (n) WHERE n.id <> $doc AND NOT EXISTS { (:Document {id: $doc})-[:MENTIONS]->(n) }
		AND NOT EXISTS { (n)-[:REPORTED_IN]->(:Document {id: $doc}) } RETURN count(n)`, prov); n != 0 {
		t.Errorf("%d nodes are neither mentioned nor reported by their document", n)
	}
	if n := neo4jtest.Count(t, c, `MATCH (d:Document {id: $doc}) MATCH (a)-[r]->(b)
		WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_IN', 'PART_OF', 'POSSIBLY_SAME_AS'] AND NOT type(r) + $sep + a.id + $sep + b.id IN d.facts
		RETURN count(r)`, prov); n != 0 {
		t.Errorf("%d relationships are not among the facts of their document", n)
	}
	if n := neo4jtest.Count(t, c, `MATCH (d:Document {id: $doc}) UNWIND d.facts AS k
		WITH k WHERE NOT EXISTS { MATCH (a:Node)-[r]->(b:Node) WHERE type(r) + $sep + a.id + $sep + b.id = k }
		RETURN count(k)`, prov); n != 0 {
		t.Errorf("%d facts of the document are not in the graph", n)
	}
	if n := neo4jtest.Count(t, c, `MATCH (d:Document {id: $doc}) RETURN size(d.facts)`, prov); n < 20 {
		t.Errorf("the document lists %d facts, want its relationships (20 or more)", n)
	}

	// Loading the same document again changes nothing.
	sum, err = l.Load(ctx, []string{seed})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 0 || sum.Unchanged != 1 || sum.NodesCreated != 0 || sum.PropertiesSet != 0 {
		t.Errorf("second load: %v, want 1 unchanged and nothing written", sum)
	}
	for name, q := range counts {
		if n := count(q); n != before[name] {
			t.Errorf("after reloading, %s: %d, was %d", name, n, before[name])
		}
	}
}

// TestLoadRefusesBadFilesAndLoadsTheRest checks that a bad file is refused
// with a reason while the good one beside it loads.
func TestLoadRefusesBadFilesAndLoadsTheRest(t *testing.T) {
	s := neo4jtest.Open(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	writeFile(t, empty, "")
	binary := filepath.Join(dir, "binary.txt")
	writeFile(t, binary, "abc\x00def")
	sum, err := newLoader(t, s).Load(context.Background(), []string{empty, seed, binary})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 1 || len(sum.Refusals) != 2 {
		t.Fatalf("got %v, want 1 loaded and 2 refused", sum)
	}
	if sum.Refusals[0].Path != empty || sum.Refusals[0].Reason != "empty" {
		t.Errorf("refusal %v, want %s: empty", sum.Refusals[0], empty)
	}
	if sum.Refusals[1].Path != binary || sum.Refusals[1].Reason != "binary (contains NUL bytes)" {
		t.Errorf("refusal %v", sum.Refusals[1])
	}
}
