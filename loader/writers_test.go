package loader_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
)

// keyedWriter is a graph.ConcurrentWriter whose documents name their write
// keys in their text ("keys: a b"). It records what it sees and fails a
// write where two documents that share a key are written at once.
type keyedWriter struct {
	mu       sync.Mutex
	inFlight map[string]string // key → path of the document being written
	running  int
	most     int      // the most documents written at once
	order    []string // paths, in the order their writes began
	written  int      // writes that succeeded
	clash    []string
	// write, when set, runs inside each write (after it is counted as
	// running) and its error is the write's.
	write func(path string) error
}

func (w *keyedWriter) WriteKeys(x *graph.Extraction) []string {
	_, keys, _ := strings.Cut(x.Document.Text, "keys:")
	return strings.Fields(keys)
}

func (w *keyedWriter) WriteExtraction(_ context.Context, x *graph.Extraction) (graph.WriteResult, error) {
	path := filepath.Base(x.Document.Path)
	keys := w.WriteKeys(x)
	w.mu.Lock()
	for _, k := range keys {
		if other, ok := w.inFlight[k]; ok {
			w.clash = append(w.clash, fmt.Sprintf("%s and %s share %s", other, path, k))
		}
		w.inFlight[k] = path
	}
	w.running++
	w.most = max(w.most, w.running)
	w.order = append(w.order, path)
	w.mu.Unlock()
	var err error
	if w.write != nil {
		err = w.write(path)
	}
	w.mu.Lock()
	for _, k := range keys {
		delete(w.inFlight, k)
	}
	w.running--
	if err == nil {
		w.written++
	}
	w.mu.Unlock()
	return graph.WriteResult{DocumentID: x.Document.ID}, err
}

type textExtractor struct{}

func (textExtractor) Extract(doc graph.Document) (*graph.Extraction, error) {
	return &graph.Extraction{Document: doc}, nil
}

// keyedDocs writes one document per key list, named 00.txt, 01.txt, ...
func keyedDocs(t *testing.T, keys ...string) []string {
	dir := t.TempDir()
	var paths []string
	for i, k := range keys {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		writeFile(t, p, fmt.Sprintf("Document %d. keys: %s", i, k))
		paths = append(paths, p)
	}
	return paths
}

// TestWritersShareNoKey loads documents with several writers at once:
// documents that share a key are never written at the same time and are
// written in their order; the others are; progress and the summary follow
// the order of the paths.
func TestWritersShareNoKey(t *testing.T) {
	var keys []string
	for i := range 40 {
		keys = append(keys, fmt.Sprintf("k%d", i%5))
	}
	paths := keyedDocs(t, keys...)
	w := &keyedWriter{inFlight: map[string]string{}, write: func(string) error {
		time.Sleep(2 * time.Millisecond)
		return nil
	}}
	var progress []string
	l := &loader.Loader{Extractor: textExtractor{}, Writer: w, Writers: 3,
		Progress: func(path string, _ graph.WriteResult, _ error) { progress = append(progress, path) }}
	sum, err := l.Load(context.Background(), paths)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != len(paths) {
		t.Errorf("loaded %d documents, want %d", sum.Loaded, len(paths))
	}
	if len(w.clash) > 0 {
		t.Errorf("documents that share a key were written at once: %v", w.clash)
	}
	if w.most < 2 || w.most > 3 {
		t.Errorf("at most %d documents were written at once, want 2 or 3 (3 writers, 5 keys)", w.most)
	}
	if !reflect.DeepEqual(progress, paths) {
		t.Errorf("progress told of %q, want the paths in order", progress)
	}
	// Documents of one key begin their writes in path order.
	last := map[string]string{}
	for _, p := range w.order {
		k := keys[indexOf(paths, p)]
		if p < last[k] {
			t.Errorf("%s (key %s) was written after %s", p, k, last[k])
		}
		last[k] = p
	}
}

func indexOf(paths []string, base string) int {
	for i, p := range paths {
		if filepath.Base(p) == base {
			return i
		}
	}
	return -1
}

// TestWritersDisjointAtOnce: two documents with no key in common are
// written at the same time (each write waits, up to a limit, for the
// other to begin); two that share one are not (the first write lasts long
// enough for the second to begin, were it let).
func TestWritersDisjointAtOnce(t *testing.T) {
	for _, c := range []struct {
		keys     []string
		together bool
	}{
		{[]string{"a b", "c"}, true},
		{[]string{"a b", "b c"}, false},
	} {
		both := make(chan struct{}, 2)
		w := &keyedWriter{inFlight: map[string]string{}, write: func(string) error {
			both <- struct{}{}
			deadline := time.After(time.Second)
			for {
				select {
				case <-deadline:
					return nil
				default:
				}
				if len(both) == 2 {
					return nil
				}
				time.Sleep(time.Millisecond)
			}
		}}
		l := &loader.Loader{Extractor: textExtractor{}, Writer: w, Writers: 2}
		if _, err := l.Load(context.Background(), keyedDocs(t, c.keys...)); err != nil {
			t.Fatal(err)
		}
		if together := w.most == 2; together != c.together {
			t.Errorf("keys %q: written at once %v, want %v", c.keys, together, c.together)
		}
		if len(w.clash) > 0 {
			t.Errorf("keys %q: %v", c.keys, w.clash)
		}
	}
}

// TestWritersStopOnDatabaseError: when a write fails on the database, the
// load stops taking documents, the writes under way finish, and the
// summary counts exactly the documents that were written.
func TestWritersStopOnDatabaseError(t *testing.T) {
	var keys []string
	for i := range 30 {
		keys = append(keys, fmt.Sprintf("k%d", i))
	}
	paths := keyedDocs(t, keys...)
	w := &keyedWriter{inFlight: map[string]string{}, write: func(path string) error {
		switch {
		case path == "10.txt":
			return graph.Errorf(graph.EUNAVAILABLE, "neo4j: gone")
		case path > "10.txt":
			// Slow enough that the load hears of the failure while these
			// are under way.
			time.Sleep(20 * time.Millisecond)
		}
		return nil
	}}
	var progress []string
	l := &loader.Loader{Extractor: textExtractor{}, Writer: w, Writers: 3,
		Progress: func(path string, _ graph.WriteResult, _ error) { progress = append(progress, filepath.Base(path)) }}
	sum, err := l.Load(context.Background(), paths)
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("load returned %v, want the database error", err)
	}
	if sum.Loaded != w.written {
		t.Errorf("summary says %d loaded, the writer wrote %d", sum.Loaded, w.written)
	}
	if sum.Loaded < 10 {
		t.Errorf("%d loaded, want the 10 documents before the failure at least", sum.Loaded)
	}
	// The two other writers were busy with documents after the failing
	// one, and its slot may have taken one more before the load heard.
	after := 0
	for _, p := range w.order {
		if p > "10.txt" {
			after++
		}
	}
	if after > 3 {
		t.Errorf("%d writes of documents after the failing one began, want at most 3: %v", after, w.order)
	}
	if len(progress) < 11 || progress[10] != "10.txt" {
		t.Errorf("progress told of %v, want the failure as the 11th", progress)
	}
}

// TestWritersGraphAsSequential loads the generalization batches (520
// documents of many publishers, with many people in common) one at a time
// and then with several writers, into a real Neo4j, and compares the two
// graphs: write keys must keep apart every two documents whose order
// matters.
func TestWritersGraphAsSequential(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "generalization", "docs", "*"))
	if len(paths) < 100 {
		t.Fatalf("found %d generalization documents, want 20 a set", len(paths))
	}
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	l := newLoader(t, s)
	var want string
	for _, writers := range []int{1, 4} {
		neo4jtest.Wipe(t, c)
		l.Writers = writers
		sum, err := l.Load(context.Background(), paths)
		if err != nil || sum.Loaded != len(paths) {
			t.Fatalf("%d writers: %v %v", writers, sum, err)
		}
		snap := snapshot(t, c)
		if writers == 1 {
			want = snap
			continue
		}
		if snap != want {
			t.Errorf("%d writers made another graph than one:\n%s", writers, firstDifference(want, snap))
		}
	}
}

// TestWritersNothingAfterAFailedWrite: a document that waited for a write
// that then failed on the database is not written (a rerun would write it
// before the one that failed), with one writer or several. Whether the
// next document slips in is a race, lost about one time in ten without
// the rule: the test runs it 20 times each.
func TestWritersNothingAfterAFailedWrite(t *testing.T) {
	for run := range 40 {
		writers := 1 + 2*(run/20) // 1, then 3
		keys := make([]string, 10)
		for i := range keys {
			keys[i] = "k" // one after the other
		}
		w := &keyedWriter{inFlight: map[string]string{}, write: func(path string) error {
			if path == "04.txt" {
				return graph.Errorf(graph.EUNAVAILABLE, "neo4j: gone")
			}
			return nil
		}}
		l := &loader.Loader{Extractor: textExtractor{}, Writer: w, Writers: writers}
		sum, err := l.Load(context.Background(), keyedDocs(t, keys...))
		if graph.ErrorCode(err) != graph.EUNAVAILABLE {
			t.Fatalf("%d writers: load returned %v, want the database error", writers, err)
		}
		if want := []string{"00.txt", "01.txt", "02.txt", "03.txt", "04.txt"}; !reflect.DeepEqual(w.order, want) {
			t.Errorf("%d writers: writes began for %v, want %v", writers, w.order, want)
		}
		if sum.Loaded != 4 {
			t.Errorf("%d writers: %d loaded, want 4", writers, sum.Loaded)
		}
	}
}

// TestWritersOneMeetingThroughOtherParticipants: two documents that share
// no key each report a meeting the graph already holds, through a
// different participant, and both merge into it (one renames it). Written
// at once, the second must see the first's rename, as it would one after
// the other: the graph is the sequential one, every time.
func TestWritersOneMeetingThroughOtherParticipants(t *testing.T) {
	dir := t.TempDir()
	doc := func(name, text string, persons []graph.PersonFact, meeting string) string {
		var attendees []graph.AttendeeFact
		for _, p := range persons {
			attendees = append(attendees, graph.AttendeeFact{Person: p.ID})
		}
		b, err := json.Marshal(graph.Extraction{Document: graph.Document{Text: text, Published: "2024-05-04"}, Persons: persons,
			Meetings: []graph.MeetingFact{{ID: meeting, Date: "2024-05-03", DatePrecision: "day", Type: "CONSULT", Attendees: attendees}}})
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		writeFile(t, p, string(b))
		return p
	}
	widodo := graph.PersonFact{ID: "person:joko-widodo", Name: "Joko Widodo"}
	albanese := graph.PersonFact{ID: "person:anthony-albanese", Name: "Anthony Albanese"}
	both := doc("b.json", "Widodo and Albanese met in Jakarta.", []graph.PersonFact{widodo, albanese}, "meeting:2024-05-03-jakarta-b")
	one := doc("a.json", "Widodo received the Australian prime minister.", []graph.PersonFact{widodo}, "meeting:2024-05-03-jakarta-a")
	other := doc("g.json", "Albanese met the Indonesian president.", []graph.PersonFact{albanese}, "meeting:2024-05-03-jakarta-aa")

	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	l := newLoader(t, s)
	ctx := context.Background()
	neo4jtest.Wipe(t, c)
	if _, err := l.Load(ctx, []string{both, one, other}); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, c)
	if n := len(rows(t, c, "MATCH (m:Meeting) RETURN m.id")); n != 1 {
		t.Fatalf("one after the other: %d meetings, want the one", n)
	}
	l.Writers = 2
	for round := range 5 {
		neo4jtest.Wipe(t, c)
		if _, err := l.Load(ctx, []string{both}); err != nil {
			t.Fatal(err)
		}
		if _, err := l.Load(ctx, []string{one, other}); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if got := snapshot(t, c); got != want {
			t.Fatalf("round %d: written at once, another graph:\n%s", round, firstDifference(want, got))
		}
	}
}
