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
	for _, order := range [][]string{docs, reversed} {
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
		personOf := map[string]string{}
		for _, r := range rows(t, c, `MATCH (p:Person) UNWIND [p.name] + p.aliases AS n RETURN [n, p.id]`) {
			var kv []string
			json.Unmarshal([]byte(r), &kv)
			personOf[kv[0]] = kv[1]
		}
		mp, mr := pairwise(expected.Meetings, meetingOf)
		pp, pr := pairwise(expected.Persons, personOf)
		t.Logf("order starting %s: meetings precision %.3f recall %.3f; persons precision %.3f recall %.3f",
			filepath.Base(order[0]), mp, mr, pp, pr)
		if mp < 0.98 || pp < 0.98 {
			t.Errorf("resolution precision: meetings %.3f, persons %.3f, want at least 0.98", mp, pp)
		}
		if mr < 0.90 || pr < 0.75 {
			t.Errorf("resolution recall: meetings %.3f (floor 0.90), persons %.3f (floor 0.75)", mr, pr)
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
func pairwise(clusters [][]string, nodeOf map[string]string) (precision, recall float64) {
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
			case want:
				fn++
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
	return precision, recall
}
