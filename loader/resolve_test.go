package loader_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// devset returns the paths of the dev set's documents, or skips the test
// when the dev set is not beside the repository.
func devset(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "devset")
	var paths []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Skipf("the dev set is not beside the repository (%s)", dir)
	}
	sort.Strings(paths)
	return paths
}

// snapshot reads the whole graph as sorted text: every node's and every
// relationship's properties.
func snapshot(t *testing.T, c store.Config) string {
	t.Helper()
	// resolvedBy, the record of the merges that made a node, is left out:
	// with three spellings of a name, which two met first, and by which
	// rule, depends on the order by nature. The node does not.
	lines := rows(t, c, "MATCH (n) RETURN [labels(n), n {.*, resolvedBy: null}]")
	lines = append(lines, rows(t, c, "MATCH (a)-[r]->(b) RETURN [a.id, type(r), b.id, properties(r)]")...)
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestLoadingOrderDoesNotMatter loads the dev set in three orders and
// compares the graphs.
func TestLoadingOrderDoesNotMatter(t *testing.T) {
	paths := devset(t)
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	l := newLoader(t, s)
	reversed := append([]string(nil), paths...)
	sort.Sort(sort.Reverse(sort.StringSlice(reversed)))
	shuffled := append([]string(nil), paths...)
	rand.New(rand.NewPCG(7, 11)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var want string
	for i, order := range [][]string{paths, reversed, shuffled} {
		neo4jtest.Wipe(t, c)
		if sum, err := l.Load(context.Background(), order); err != nil || len(sum.Refusals) > 0 {
			t.Fatalf("order %d: %v %v", i, sum, err)
		}
		got := snapshot(t, c)
		if i == 0 {
			want = got
			continue
		}
		if got != want {
			t.Errorf("order %d gives another graph:\n%s", i, firstDifference(want, got))
		}
	}
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	inA := map[string]bool{}
	for _, l := range al {
		inA[l] = true
	}
	inB := map[string]bool{}
	for _, l := range bl {
		inB[l] = true
	}
	var out []string
	for _, l := range al {
		if !inB[l] && len(out) < 6 {
			out = append(out, "- "+l)
		}
	}
	for _, l := range bl {
		if !inA[l] && len(out) < 40 {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}

// TestAnnouncedThenHeldIsOneMeeting loads the Jakarta Post's announcement
// of Joko Widodo's meeting in Hanoi and the Straits Times' report of it,
// in both orders: one held meeting, two sources.
func TestAnnouncedThenHeldIsOneMeeting(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "devset")
	announced := filepath.Join(dir, "11-jokowi-vietnam-visit-jakarta-post.txt")
	held := filepath.Join(dir, "12-jokowi-hanoi-straits-times.txt")
	if _, err := os.Stat(announced); err != nil {
		t.Skipf("the dev set is not beside the repository: %v", err)
	}
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	l := newLoader(t, s)
	const q = `MATCH (:Person {id: 'person:joko-widodo'})-[:ATTENDED]->(m:Meeting {date: '2024-01-12'})
	  RETURN [m.status, COUNT { (m)-[:REPORTED_IN]->(:Document) }, COUNT { (:Person {id: 'person:vo-van-thuong'})-[:ATTENDED]->(m) }]`
	for _, order := range [][]string{{announced, held}, {held, announced}} {
		neo4jtest.Wipe(t, c)
		if _, err := l.Load(context.Background(), order[:1]); err != nil {
			t.Fatal(err)
		}
		first := rows(t, c, q)
		if _, err := l.Load(context.Background(), order[1:]); err != nil {
			t.Fatal(err)
		}
		got := rows(t, c, q)
		if len(got) != 1 || got[0] != `["held",2,1]` {
			t.Errorf("loading %s first: meetings of Widodo on 12 January 2024 %v, want one held, with two sources and Vo Van Thuong (after the first document: %v)",
				filepath.Base(order[0]), got, first)
		}
	}
}

// rows returns the first column of each record as JSON.
func rows(t *testing.T, c store.Config, q string) []string {
	t.Helper()
	var out []string
	for _, v := range neo4jtest.Values(t, c, q, nil) {
		b, _ := json.Marshal(v)
		out = append(out, string(b))
	}
	return out
}

// TestPlannedCancelledHeld follows one meeting through an announcement, a
// report that it was called off, and a report that it took place after all.
func TestPlannedCancelledHeld(t *testing.T) {
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	l := newLoader(t, s)
	dir := t.TempDir()
	doc := func(name, status string) string {
		p := filepath.Join(dir, name+".json")
		writeFile(t, p, `{"document": {"text": "`+name+`"},
		  "persons": [{"id": "person:ana-costa", "name": "Ana Costa"}, {"id": "person:kenji-mori", "name": "Kenji Mori"}],
		  "meetings": [{"id": "meeting:`+name+`", "date": "2024-06-20", "date_precision": "day", "type": "CONSULT", "status": "`+status+`",
		    "attendees": [{"person": "person:ana-costa"}, {"person": "person:kenji-mori"}]}]}`)
		return p
	}
	const q = `MATCH (m:Meeting) RETURN [m.status, COUNT { (m)-[:REPORTED_IN]->() }]`
	for _, step := range []struct{ name, status, want string }{
		{"announced", "planned", `["planned",1]`},
		{"called-off", "cancelled", `["cancelled",2]`},
		{"took-place", "held", `["held",3]`},
	} {
		if _, err := l.Load(context.Background(), []string{doc(step.name, step.status)}); err != nil {
			t.Fatal(err)
		}
		if got := rows(t, c, q); len(got) != 1 || got[0] != step.want {
			t.Errorf("after %s: meetings %v, want one %s", step.name, got, step.want)
		}
	}
}
