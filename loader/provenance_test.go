package loader_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// factSep is the store's separator of the parts of a fact key.
const factSep = "\x1f"

// provenanceChecks are the invariants of provenance, each a count that must
// be zero: every node but a document is mentioned or reported by a
// document; every relationship but those links and resolution's own is
// among the facts of a document; every fact of a document is in the graph.
var provenanceChecks = map[string]string{
	"nodes no document supports": `MATCH (n:Node) WHERE NOT n:Document
  AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) } AND NOT EXISTS { (n)-[:REPORTED_IN]->(:Document) }
RETURN count(n)`,
	"relationships no document lists": `MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_IN', 'PART_OF', 'POSSIBLY_SAME_AS']
  AND NOT EXISTS { MATCH (d:Document) WHERE type(r) + $sep + a.id + $sep + b.id IN d.facts }
RETURN count(r)`,
	"facts not in the graph": `MATCH (d:Document) UNWIND d.facts AS k
WITH k, split(k, $sep) AS p
WHERE NOT EXISTS { MATCH (a:Node)-[r]->(b:Node) WHERE a.id = p[1] AND b.id = p[2] AND type(r) = p[0] }
RETURN count(k)`,
}

func checkProvenance(t *testing.T, c store.Config, after string) {
	t.Helper()
	for what, q := range provenanceChecks {
		if n := neo4jtest.Count(t, c, q, map[string]any{"sep": factSep}); n != 0 {
			t.Errorf("after %s: %d %s", after, n, what)
		}
	}
}

// TestRetractionKeepsProvenanceWhole loads the resolution corpus (reports
// that resolution merges into shared people and meetings, renaming some
// on the way), curates it (a merge, a split of a meeting and of a person)
// and retracts its documents one by one. After each step every node and
// relationship is supported by a document that is still there and every
// document's facts are in the graph; after the last retraction the graph
// is empty.
func TestRetractionKeepsProvenanceWhole(t *testing.T) {
	docs, _ := filepath.Glob(filepath.Join("..", "testdata", "resolution", "*.json"))
	sort.Strings(docs)
	if len(docs) < 10 {
		t.Fatalf("%d resolution documents", len(docs))
	}
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	ctx := context.Background()
	if sum, err := newLoader(t, s).Load(ctx, docs); err != nil || sum.Loaded != len(docs) {
		t.Fatalf("load: %v %v", sum, err)
	}
	checkProvenance(t, c, "loading")
	renamed := neo4jtest.Count(t, c, `MATCH (d:Document)-[m:MENTIONS]->(p:Person) WHERE m.asId <> p.id RETURN count(m)`, nil)
	if renamed == 0 {
		t.Error("no document's person was merged under another ID: the corpus does not exercise renames")
	}

	// Curation: merge two people who share no meeting, split a meeting of
	// two reports, and split a person of two documents.
	pair := neo4jtest.Values(t, c, `MATCH (a:Person), (b:Person)
WHERE a.id < b.id AND NOT EXISTS { (a)-[:ATTENDED]->()<-[:ATTENDED]-(b) }
RETURN [a.id, b.id] ORDER BY a.id, b.id LIMIT 1`, nil)
	if len(pair) != 1 {
		t.Fatal("no two people to merge")
	}
	ids := pair[0].([]any)
	if _, err := s.MergeActors(ctx, ids[0].(string), ids[1].(string)); err != nil {
		t.Fatal(err)
	}
	checkProvenance(t, c, "a merge")
	split := neo4jtest.Values(t, c, `MATCH (m:Meeting)-[:REPORTED_IN]->(d:Document)
WITH m, collect(d.id) AS ds WHERE size(ds) > 1
RETURN [m.id, ds[0]] ORDER BY m.id LIMIT 1`, nil)
	if len(split) != 1 {
		t.Fatal("no meeting with two reports")
	}
	v := split[0].([]any)
	// The ID the split would take is in use (as after an earlier split of
	// the same report): it takes another.
	_, tag, _ := strings.Cut(v[1].(string), ":")
	taken := v[0].(string) + "~" + tag[:12]
	neo4jtest.Values(t, c, "CREATE (:Meeting:Node {id: $id, kind: 'Meeting'})", map[string]any{"id": taken})
	got, err := s.SplitMeeting(ctx, v[0].(string), v[1].(string))
	if err != nil {
		t.Fatal(err)
	}
	if got != taken+"~2" {
		t.Errorf("the split meeting is %s, want %s~2", got, taken)
	}
	neo4jtest.Values(t, c, "MATCH (m:Meeting {id: $id}) DELETE m", map[string]any{"id": taken})
	checkProvenance(t, c, "a meeting's split")
	split = neo4jtest.Values(t, c, `MATCH (d:Document)-[:MENTIONS]->(p:Person)
WITH p, collect(d.id) AS ds WHERE size(ds) > 1 AND EXISTS { (p)-[:HOLDS]->() }
RETURN [p.id, ds[0]] ORDER BY p.id LIMIT 1`, nil)
	if len(split) != 1 {
		t.Fatal("no person with two documents and a position")
	}
	v = split[0].([]any)
	if _, err := s.SplitPerson(ctx, v[0].(string), v[1].(string)); err != nil {
		t.Fatal(err)
	}
	checkProvenance(t, c, "a person's split")

	// A merge of two organisations, one a member of the other: the
	// relationship between them goes, and so does its key.
	orgs := filepath.Join(t.TempDir(), "orgs.json")
	if err := os.WriteFile(orgs, []byte(`{"document": {"text": "The Pacific Forum joined the Pacific Islands Forum."},
	  "organisations": [{"id": "organisation:pacific-forum", "name": "Pacific Forum"}, {"id": "organisation:pacific-islands-forum", "name": "Pacific Islands Forum"}],
	  "memberships": [{"member": "organisation:pacific-forum", "organisation": "organisation:pacific-islands-forum"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err := newLoader(t, s).Load(ctx, []string{orgs}); err != nil || sum.Loaded != 1 {
		t.Fatalf("load: %v %v", sum, err)
	}
	if _, err := s.MergeActors(ctx, "organisation:pacific-islands-forum", "organisation:pacific-forum"); err != nil {
		t.Fatal(err)
	}
	checkProvenance(t, c, "a merge of an organisation into the one it is a member of")

	// Retract every document, every other one first.
	loaded := neo4jtest.Values(t, c, `MATCH (d:Document) RETURN d.id ORDER BY d.id`, nil)
	var order []string
	for _, first := range []bool{true, false} {
		for i, id := range loaded {
			if (i%2 == 0) == first {
				order = append(order, id.(string))
			}
		}
	}
	for i, id := range order {
		r, err := s.DeleteDocument(ctx, id)
		if err != nil || !r.Deleted {
			t.Fatalf("deleting %s: %+v %v", id, r, err)
		}
		checkProvenance(t, c, "retracting "+id)
		if t.Failed() {
			t.Fatalf("stopped after %d of %d retractions", i+1, len(order))
		}
	}
	if n := neo4jtest.Count(t, c, `MATCH (n) RETURN count(n)`, nil); n != 0 {
		t.Errorf("%d nodes left after retracting every document", n)
	}
}
