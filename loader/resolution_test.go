package loader_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestResolutionScores loads testdata/resolution/ (pairs of reports of one
// meeting or person, and near misses) in two orders, and scores meeting and
// person resolution pairwise against testdata/resolution.expected.json.
func TestResolutionScores(t *testing.T) {
	var expected struct {
		Meetings [][]string  `json:"meetings"`
		Persons  [][]string  `json:"persons"`
		PartOf   [][2]string `json:"part_of"`
	}
	b, err := os.ReadFile(filepath.Join("..", "testdata", "resolution.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &expected); err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join("..", "testdata", "resolution", "*.json"))
	sort.Strings(docs)
	reversed := append([]string(nil), docs...)
	sort.Sort(sort.Reverse(sort.StringSlice(reversed)))

	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	l := newLoader(t, s)
	var first string
	for i, order := range [][]string{docs, reversed} {
		neo4jtest.Wipe(t, c)
		if sum, err := l.Load(context.Background(), order); err != nil || sum.Loaded != len(docs) {
			t.Fatalf("load: %v %v", sum, err)
		}
		// Where each report's meeting ended up: its evidence names it.
		meetingOf := map[string]string{}
		for _, r := range rows(t, c, `MATCH (m:Meeting)-[r:REPORTED_IN]->() RETURN [r.sentence, m.id]`) {
			var kv []string
			json.Unmarshal([]byte(r), &kv)
			meetingOf[strings.TrimPrefix(kv[0], "MARKER ")] = kv[1]
		}
		// Where each document's mention of a person ended up: "Name@title"
		// for that document's mention, "Name" for every document's (a
		// name that two nodes share maps to neither).
		personOf := map[string]string{}
		for _, r := range rows(t, c, `MATCH (d:Document)-[m:MENTIONS]->(p:Person) RETURN [m.name, d.title, p.id]`) {
			var v []string
			json.Unmarshal([]byte(r), &v)
			personOf[v[0]+"@"+v[1]] = v[2]
			if prev, ok := personOf[v[0]]; ok && prev != v[2] {
				personOf[v[0]] = "ambiguous"
			} else {
				personOf[v[0]] = v[2]
			}
		}
		// The graph itself is the same in both orders.
		if snap := snapshot(t, c); i == 0 {
			first = snap
		} else if snap != first {
			t.Errorf("the graph depends on the loading order: %s", firstDifference(first, snap))
		}
		mp, mr, mw := pairwise(expected.Meetings, meetingOf)
		pp, pr, pw := pairwise(expected.Persons, personOf)
		t.Logf("order starting %s: meetings precision %.3f recall %.3f; persons precision %.3f recall %.3f",
			filepath.Base(order[0]), mp, mr, pp, pr)
		for _, w := range append(mw, pw...) {
			t.Logf("  wrong pair: %s", w)
		}
		if mp < 0.98 || pp < 0.98 {
			t.Errorf("resolution precision: meetings %.3f, persons %.3f, want at least 0.98", mp, pp)
		}
		if mr < 0.90 || pr < 0.90 {
			t.Errorf("resolution recall: meetings %.3f, persons %.3f, want at least 0.90", mr, pr)
		}
		for _, po := range expected.PartOf {
			q := fmt.Sprintf(`MATCH (:Meeting {id: '%s'})-[:PART_OF]->(:Meeting {id: '%s'}) RETURN 1`, meetingOf[po[0]], meetingOf[po[1]])
			if len(rows(t, c, q)) != 1 {
				t.Errorf("%s is not linked as part of %s", po[0], po[1])
			}
		}
		// The weak spelling is kept apart, but offered to a curator.
		if n := len(rows(t, c, `MATCH (:Person {id: 'person:maria-zaharova'})-[:POSSIBLY_SAME_AS]-(:Person {id: 'person:maria-zakharova'}) RETURN 1`)); n != 1 {
			t.Errorf("Zaharova and Zakharova: %d candidate links, want 1", n)
		}
	}
}

// pairwise scores a clustering: over every pair of items, predicted same
// when they map to one node, expected same when they share a cluster.
func pairwise(clusters [][]string, nodeOf map[string]string) (precision, recall float64, wrong []string) {
	var items []string
	cluster := map[string]int{}
	for i, c := range clusters {
		for _, x := range c {
			items = append(items, x)
			cluster[x] = i
		}
	}
	var tp, fp, fn int
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			same := nodeOf[a] != "" && nodeOf[a] == nodeOf[b]
			want := cluster[a] == cluster[b]
			switch {
			case same && want:
				tp++
			case same:
				fp++
				wrong = append(wrong, "merged: "+a+" / "+b)
			case want:
				fn++
				wrong = append(wrong, "apart: "+a+" / "+b)
			}
		}
	}
	precision, recall = 1, 1
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		recall = float64(tp) / float64(tp+fn)
	}
	return precision, recall, wrong
}

// TestSplitPersonUndoesAMerge loads the three reports that name Recep
// Tayyip Erdoğan (one of them by surname only, merged by his office), then
// gives the surname-only report's mention back its own person: with its
// call, its position and its name, while the merged person keeps the other
// two reports' meetings.
func TestSplitPersonUndoesAMerge(t *testing.T) {
	var docs []string
	for _, n := range []string{"x1-erdogan-ankara", "x2-erdogan-tashkent", "x3-erdogan-call"} {
		docs = append(docs, filepath.Join("..", "testdata", "resolution", n+".json"))
	}
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	neo4jtest.Wipe(t, c)
	if _, err := newLoader(t, s).Load(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	const merged = "person:recep-tayyip-erdogan"
	meetingsOf := func(id string) string {
		return strings.Join(rows(t, c, `MATCH (:Person {id: '`+id+`'})-[:ATTENDED]->(m:Meeting)-[:REPORTED_IN]->(d:Document)
			RETURN d.title ORDER BY d.title`), " ")
	}
	if got := meetingsOf(merged); got != `"x1-erdogan-ankara" "x2-erdogan-tashkent" "x3-erdogan-call"` {
		t.Fatalf("before the split, the merged person attended: %s", got)
	}
	if got := rows(t, c, `MATCH (p:Person {id: '`+merged+`'}) RETURN p.resolvedBy`); len(got) != 1 ||
		!strings.Contains(got[0], "same-surname-same-position: Erdogan (President, country:turkey)") {
		t.Fatalf("the merge does not say why: %v", got)
	}
	call := rows(t, c, `MATCH (d:Document {title: 'x3-erdogan-call'}) RETURN d.id`)[0]
	call = strings.Trim(call, `"`)

	if _, err := s.SplitPerson(context.Background(), merged, "document:nope"); err == nil {
		t.Error("a split by a document that does not mention the person should fail")
	}
	split, err := s.SplitPerson(context.Background(), merged, call)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(split, "person:erdogan@") {
		t.Errorf("the split person is %s, want the document's own ID", split)
	}
	if got := meetingsOf(split); got != `"x3-erdogan-call"` {
		t.Errorf("the split person attended: %s", got)
	}
	if got := meetingsOf(merged); got != `"x1-erdogan-ankara" "x2-erdogan-tashkent"` {
		t.Errorf("the merged person attended: %s", got)
	}
	got := rows(t, c, `MATCH (p:Person {id: '`+split+`'}) RETURN [p.name, COUNT { (:Document)-[:MENTIONS]->(p) },
		[(p)-[:HOLDS]->(x)-[:OF]->(o) | x.title + ' ' + o.id]]`)
	if len(got) != 1 || got[0] != `["Erdogan",1,["President country:turkey"]]` {
		t.Errorf("the split person: %v", got)
	}
	got = rows(t, c, `MATCH (p:Person {id: '`+merged+`'}) RETURN [p.aliases, COUNT { (:Document)-[:MENTIONS]->(p) },
		COUNT { (p)-[:HOLDS]->() }, COUNT { (p)-[:HOLDS]->(x) WHERE [(x)-[:REPORTED_IN]->(d:Document) | d.id] = ['`+call+`'] }]`)
	if len(got) != 1 || got[0] != `[["Recep Tayyip Erdogan"],2,1,0]` {
		t.Errorf("the merged person: %v", got)
	}
	// The call's position is its own; the other reports' position lost it.
	if n := len(rows(t, c, `MATCH (x:Position) WITH x, [(x)-[:REPORTED_IN]->(d:Document) | d.id] AS docs
		WHERE '`+call+`' IN docs AND size(docs) > 1 RETURN x`)); n != 0 {
		t.Errorf("%d positions still name the split document among others", n)
	}
}
