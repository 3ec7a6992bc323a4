package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sharedDir finds the shared/ directory next to the repository root by
// walking up from the package directory.
func sharedDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, "shared")); err == nil && fi.IsDir() {
			return filepath.Join(dir, "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

const seedName = "000_72d5b63c66d0694d"

// readSeed returns the seed document, from the copy the repository keeps
// in examples/documents/.
func readSeed(t testing.TB) graph.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "documents", seedName+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return loader.ParseText(string(b))
}

// devsetDocs returns the devset documents by name.
func devsetDocs(t testing.TB) (names []string, docs []graph.Document) {
	dir := sharedDir(t)
	if dir == "" {
		return nil, nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "devset", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".txt"))
		docs = append(docs, loader.ParseText(string(b)))
	}
	return names, docs
}

var testExtractor = func() *Extractor {
	g, err := DefaultGazetteer()
	if err != nil {
		panic(err)
	}
	return New(g)
}()

// goldenJSON is the extraction of doc as indented JSON, without the text.
func goldenJSON(t testing.TB, doc graph.Document) []byte {
	t.Helper()
	ex, err := testExtractor.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	ex.Document.Text = ""
	b, err := json.MarshalIndent(ex, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func checkGolden(t *testing.T, name string, doc graph.Document) {
	got := goldenJSON(t, doc)
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: extraction differs from %s; review and run with -update", name, path)
	}
}

func TestGolden(t *testing.T) {
	t.Run(seedName, func(t *testing.T) { checkGolden(t, seedName, readSeed(t)) })
	names, docs := devsetDocs(t)
	for i := range names {
		t.Run(names[i], func(t *testing.T) { checkGolden(t, names[i], docs[i]) })
	}
}

// TestDeterministic extracts every document twice and compares the JSON.
func TestDeterministic(t *testing.T) {
	names, docs := devsetDocs(t)
	for i := range docs {
		a, b := goldenJSON(t, docs[i]), goldenJSON(t, docs[i])
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", names[i])
		}
	}
}

// TestConsistent checks on every document that evidence offsets slice back
// to the evidence sentence and that every ID used in a fact is declared.
func TestConsistent(t *testing.T) {
	names, docs := devsetDocs(t)
	if dir := sharedDir(t); dir != "" {
		if b, err := os.ReadFile(filepath.Join(dir, "seeds", seedName+".txt")); err == nil {
			names = append(names, seedName)
			docs = append(docs, graph.Document{Text: string(b)})
		}
	}
	for i, doc := range docs {
		ex, err := testExtractor.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		if errs := consistency(ex); len(errs) > 0 {
			t.Errorf("%s:\n%s", names[i], strings.Join(errs, "\n"))
		}
	}
}

func consistency(ex *graph.Extraction) []string {
	var errs []string
	text := ex.Document.Text
	declared := map[string]bool{}
	for _, p := range ex.Persons {
		declared[p.ID] = true
	}
	for _, l := range [][]graph.EntityFact{ex.Organisations, ex.Countries} {
		for _, e := range l {
			declared[e.ID] = true
		}
	}
	for _, p := range ex.Places {
		declared[p.ID] = true
	}
	for _, in := range ex.Initiatives {
		declared[in.ID] = true
	}
	meetings := map[string]bool{}
	for _, m := range ex.Meetings {
		meetings[m.ID] = true
	}
	need := func(what, id string) {
		if id != "" && !declared[id] {
			errs = append(errs, what+": undeclared "+id)
		}
	}
	checkEv := func(what string, evs []graph.Evidence) {
		for _, e := range evs {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Sentence || e.Rule == "" {
				errs = append(errs, what+": bad evidence "+e.Rule)
			}
		}
		if len(evs) == 0 {
			errs = append(errs, what+": no evidence")
		}
	}
	for _, p := range ex.Persons {
		checkEv(p.ID, p.Evidence)
		for _, pos := range p.Positions {
			need(p.ID, pos.Organisation)
			need(p.ID, pos.AccreditedTo)
			checkEv(p.ID+" position", pos.Evidence)
		}
	}
	for _, p := range ex.Places {
		need(p.ID, p.Country)
	}
	for _, in := range ex.Initiatives {
		checkEv(in.ID, in.Evidence)
		for _, id := range in.Promoters {
			need(in.ID, id)
		}
	}
	for _, m := range ex.Meetings {
		checkEv(m.ID, m.Evidence)
		need(m.ID, m.Place)
		need(m.ID, m.Host)
		for _, a := range m.Attendees {
			need(m.ID, a.Person)
			need(m.ID, a.Representing)
		}
		for _, id := range m.Discussed {
			need(m.ID, id)
		}
	}
	for _, s := range ex.Statements {
		checkEv(s.ID, s.Evidence)
		need(s.ID, s.Speaker)
		for _, id := range s.Mentions {
			need(s.ID, id)
		}
		if s.Meeting != "" && !meetings[s.Meeting] {
			errs = append(errs, s.ID+": unknown meeting "+s.Meeting)
		}
	}
	for _, m := range ex.Memberships {
		need("membership", m.Member)
		need("membership", m.Organisation)
		checkEv("membership", m.Evidence)
	}
	return errs
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func readFileString(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}
