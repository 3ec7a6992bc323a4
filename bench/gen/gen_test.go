package gen_test

import (
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/bench/gen"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// digest generates a corpus and hashes every document's text and truth.
func digest(t testing.TB, p gen.Preset, seed uint64) ([32]byte, int) {
	h := sha256.New()
	n := 0
	err := gen.Generate(p, seed, func(d gen.Doc) error {
		b, err := json.Marshal(d.Truth)
		if err != nil {
			return err
		}
		h.Write([]byte(d.Name))
		h.Write([]byte(d.Text))
		h.Write(b)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, n
}

func TestDeterministic(t *testing.T) {
	a, n := digest(t, gen.Small, 42)
	b, m := digest(t, gen.Small, 42)
	if a != b || n != m {
		t.Fatalf("two runs with the same seed differ: %x (%d docs) vs %x (%d docs)", a, n, b, m)
	}
	c, _ := digest(t, gen.Small, 43)
	if a == c {
		t.Fatal("different seeds gave the same corpus")
	}
}

func TestSmallCorpus(t *testing.T) {
	var st gen.Stats
	perPerson := map[string]int{}
	modes := map[string]int{}
	docIDs := map[string]bool{}
	meetingIDs := map[string]bool{}
	twoMeetingDocs := 0
	var docs int
	err := gen.Generate(gen.Small, 1, func(d gen.Doc) error {
		docs++
		x := d.Truth
		if err := graph.Validate(x); err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		// The loader reads the header and finds the same body and ID.
		ld := loader.ParseText(d.Text)
		if ld.ID != x.Document.ID || ld.Text != x.Document.Text || ld.Published != x.Document.Published ||
			ld.Title != x.Document.Title || ld.URL != x.Document.URL {
			t.Fatalf("%s: the loader reads %+v, the truth says %+v", d.Name, ld, x.Document)
		}
		if x.Document.ID != graph.DocumentID(x.Document.Text) {
			t.Fatalf("%s: document ID is not the hash of the body", d.Name)
		}
		body := x.Document.Text
		if !strings.HasSuffix(d.Text, body) {
			t.Fatalf("%s: the body is not the end of the text", d.Name)
		}
		if docIDs[x.Document.ID] {
			t.Fatalf("%s: duplicate document", d.Name)
		}
		docIDs[x.Document.ID] = true
		for _, p := range x.Persons {
			if !strings.Contains(body, p.Name) {
				t.Errorf("%s: person %q is not in the text", d.Name, p.Name)
			}
			if len(p.Positions) == 0 {
				t.Errorf("%s: person %q has no position", d.Name, p.Name)
			}
		}
		for _, s := range x.Statements {
			if !strings.Contains(body, s.Quote) {
				t.Errorf("%s: quote %q is not in the text", d.Name, s.Quote)
			}
			if s.ID != graph.StatementID(s.Speaker, s.Quote) {
				t.Errorf("%s: statement ID", d.Name)
			}
		}
		for _, c := range x.Countries {
			if !mentioned(body, c.Name) {
				t.Logf("%s: country %q declared without its name in the text (demonym or place?)", d.Name, c.Name)
			}
		}
		if len(x.Meetings) == 2 {
			twoMeetingDocs++
		}
		for _, m := range x.Meetings {
			if meetingIDs[m.ID] {
				t.Fatalf("%s: meeting %s reported twice", d.Name, m.ID)
			}
			meetingIDs[m.ID] = true
			if n := len(m.Attendees); n < 2 || n > 15 {
				t.Errorf("%s: meeting with %d attendees", d.Name, n)
			}
			var ids []string
			for _, a := range m.Attendees {
				perPerson[a.Person]++
				ids = append(ids, a.Person)
			}
			if m.ID != graph.MeetingID(m.Date, ids) {
				t.Errorf("%s: meeting ID", d.Name)
			}
			if m.Date < "2015-01-01" || m.Date > "2025-12-31" {
				t.Errorf("%s: meeting date %s", d.Name, m.Date)
			}
			modes[m.Mode]++
		}
		stAdd(&st, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("small: %d documents (%d with two meetings), %d meetings, %d attendances (%.1f per meeting), %d statements, %d bytes, %d persons attend",
		st.Documents, twoMeetingDocs, st.Meetings, st.Attendances, float64(st.Attendances)/float64(st.Meetings), st.Statements, st.TextBytes, len(perPerson))
	t.Logf("modes: %v", modes)
	if st.Meetings < 950 || st.Meetings > 1000 {
		t.Errorf("meetings = %d, want about 1,000", st.Meetings)
	}
	if twoMeetingDocs == 0 {
		t.Error("no document reports two meetings")
	}
	for _, mode := range []string{"visit", "host", "third-party", "multilateral", "phone"} {
		if modes[mode] == 0 {
			t.Errorf("no %s meeting", mode)
		}
	}
	// Heavy tail: the top 1% of the world's people (who attend anything)
	// account for a large share of attendances.
	counts := make([]int, 0, len(perPerson))
	for _, n := range perPerson {
		counts = append(counts, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	top := max(1, gen.Small.Persons/100)
	sum := 0
	for _, n := range counts[:min(top, len(counts))] {
		sum += n
	}
	share := float64(sum) / float64(st.Attendances)
	t.Logf("top 1%% (%d people) attend %.1f%% of attendances; the busiest attends %d meetings", top, 100*share, counts[0])
	if share < 0.10 {
		t.Errorf("top 1%% share = %.3f, want > 0.10", share)
	}
}

func mentioned(body, name string) bool { return strings.Contains(body, name) }

func stAdd(st *gen.Stats, d gen.Doc) {
	st.Documents++
	st.Meetings += len(d.Truth.Meetings)
	for _, m := range d.Truth.Meetings {
		st.Attendances += len(m.Attendees)
	}
	st.Statements += len(d.Truth.Statements)
	st.TextBytes += int64(len(d.Text))
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	p := gen.Small
	p.Meetings = 200
	st, err := gen.WriteDir(p, 7, dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	truths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	if len(docs) != st.Documents || len(truths) != st.Documents || st.Meetings != 200 {
		t.Fatalf("stats %+v, %d docs and %d truth files", st, len(docs), len(truths))
	}
	var want []gen.Doc
	if err := gen.Generate(p, 7, func(d gen.Doc) error { want = append(want, d); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, d := range want {
		text, err := os.ReadFile(filepath.Join(dir, "docs", d.Name+".txt"))
		if err != nil || string(text) != d.Text {
			t.Fatalf("%s: text differs (%v)", d.Name, err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "truth", d.Name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var x graph.Extraction
		if err := json.Unmarshal(b, &x); err != nil {
			t.Fatal(err)
		}
		if err := graph.Validate(&x); err != nil || x.Document.ID != d.Truth.Document.ID {
			t.Fatalf("%s: truth file: %v", d.Name, err)
		}
	}
	t.Logf("wrote %+v", st)
}

// TestMemoryFlat generates 20,000 meetings with a counting emit and checks
// that the heap does not hold the corpus.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	p := gen.Medium
	p.Meetings = 20_000
	var st gen.Stats
	var peak uint64
	var ms runtime.MemStats
	start := time.Now()
	err := gen.Generate(p, 1, func(d gen.Doc) error {
		stAdd(&st, d)
		if st.Documents%2000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms)
	end := ms.HeapAlloc
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t.Logf("%d meetings in %d documents, %d attendances, %d statements, %.1f MB text in %v (%.0f docs/s); HeapAlloc at end %.1f MB, after GC %.1f MB, peak sampled %.1f MB",
		st.Meetings, st.Documents, st.Attendances, st.Statements, float64(st.TextBytes)/1e6, elapsed.Round(time.Millisecond),
		float64(st.Documents)/elapsed.Seconds(), float64(end)/1e6, float64(ms.HeapAlloc)/1e6, float64(peak)/1e6)
	if peak > 200e6 || end > 200e6 {
		t.Errorf("heap grew to %.1f MB", float64(max(peak, end))/1e6)
	}
}

// TestMediumTiming times the medium preset with a counting emit; it runs
// only with GEN_MEDIUM=1.
func TestMediumTiming(t *testing.T) {
	if os.Getenv("GEN_MEDIUM") == "" {
		t.Skip("set GEN_MEDIUM=1 to time the medium preset")
	}
	var st gen.Stats
	var ms runtime.MemStats
	var peak uint64
	start := time.Now()
	err := gen.Generate(gen.Medium, 1, func(d gen.Doc) error {
		stAdd(&st, d)
		if st.Documents%10000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("medium: %d documents, %d meetings, %d attendances, %d statements, %.1f MB text in %v (%.0f docs/s), peak HeapAlloc %.1f MB",
		st.Documents, st.Meetings, st.Attendances, st.Statements, float64(st.TextBytes)/1e6, el.Round(time.Millisecond),
		float64(st.Documents)/el.Seconds(), float64(peak)/1e6)
}

func BenchmarkGenerate(b *testing.B) {
	p := gen.Small
	docs := 0
	start := time.Now()
	for b.Loop() {
		if err := gen.Generate(p, 1, func(gen.Doc) error { docs++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs)/time.Since(start).Seconds(), "docs/s")
}
