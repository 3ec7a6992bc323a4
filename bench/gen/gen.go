package gen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/graph"
)

// Preset sizes a corpus: the world (countries, organisations, people,
// initiatives) and the number of meetings reported.
type Preset struct {
	Name          string
	Countries     int // at most the 197 of the gazetteer
	Organisations int // real intergovernmental bodies first, then synthetic ones
	Persons       int // office holders; the budget is spent on the most important offices first
	Initiatives   int
	Meetings      int
	// DoubleReports is the share, in percent, of documents that report a
	// second meeting of the visitor on the same day.
	DoubleReports int
}

// The presets.
var (
	Small  = Preset{Name: "small", Countries: 197, Organisations: 200, Persons: 3000, Initiatives: 50, Meetings: 1000, DoubleReports: 8}
	Medium = Preset{Name: "medium", Countries: 197, Organisations: 2000, Persons: 20000, Initiatives: 50, Meetings: 100_000, DoubleReports: 8}
	Large  = Preset{Name: "large", Countries: 197, Organisations: 2000, Persons: 20000, Initiatives: 50, Meetings: 1_000_000, DoubleReports: 8}
)

// Presets lists the presets by name.
var Presets = map[string]Preset{"small": Small, "medium": Medium, "large": Large}

// PresetByName returns the named preset.
func PresetByName(name string) (Preset, error) {
	p, ok := Presets[name]
	if !ok {
		return Preset{}, fmt.Errorf("gen: no preset %q (small, medium, large)", name)
	}
	return p, nil
}

// Doc is one generated document: its file name (without extension), its
// text (header block, blank line, body) and the ground truth, whose
// Document.Text is the body.
type Doc struct {
	Name  string
	Text  string
	Truth *graph.Extraction
}

// Stats counts what a run produced.
type Stats struct {
	Documents   int
	Meetings    int
	Attendances int // attendance edges: one per attendee per meeting
	Statements  int
	TextBytes   int64 // bytes of the documents' text, headers included
	TruthBytes  int64 // bytes of the truth files (WriteDir only)
}

func (s *Stats) add(d Doc) {
	s.Documents++
	s.Meetings += len(d.Truth.Meetings)
	for _, m := range d.Truth.Meetings {
		s.Attendances += len(m.Attendees)
	}
	s.Statements += len(d.Truth.Statements)
	s.TextBytes += int64(len(d.Text))
}

type generator struct {
	w  *world
	pl *planner
	r  *rand.Rand
}

// Generate produces the corpus of preset p, calling emit with each
// document in order. Only the world is kept in memory; each document is
// built, emitted and dropped. An error from emit stops the run.
func Generate(p Preset, seed uint64, emit func(doc Doc) error) error {
	w, err := newWorld(p, seed)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed^0x9e3779b97f4a7c15, seed+0x2545f4914f6cdd1d))
	g := &generator{w: w, pl: &planner{w: w, r: r}, r: r}
	seen := map[string]bool{} // meeting IDs of the current day
	idx, made := 0, 0
	total := int64(p.Meetings)
	for day := int32(0); day < periodDays; day++ {
		// Meetings are spread evenly over the days; a document reporting
		// two meetings borrows from the following days.
		quota := int((int64(day)+1)*total/periodDays) - made
		clear(seen)
		for failures := 0; quota > 0 && failures < 100; {
			m := g.pl.plan(day)
			if m == nil || seen[m.id] {
				failures++
				continue
			}
			seen[m.id] = true
			ms := []*meetingPlan{m}
			if made+1 < p.Meetings && r.IntN(100) < p.DoubleReports {
				if m2 := g.pl.planSecond(m); m2 != nil && !seen[m2.id] {
					seen[m2.id] = true
					ms = append(ms, m2)
				}
			}
			quota -= len(ms)
			made += len(ms)
			doc, err := g.compose(idx, ms)
			if err != nil {
				return err
			}
			if err := emit(doc); err != nil {
				return err
			}
			idx++
		}
	}
	return nil
}

// WriteDir generates the corpus into dir: dir/docs/NNNNNN.txt holds each
// document and dir/truth/NNNNNN.json its truth (indented JSON of the
// graph.Extraction). Files are written as they are generated.
func WriteDir(p Preset, seed uint64, dir string) (Stats, error) {
	var st Stats
	docs, truth := filepath.Join(dir, "docs"), filepath.Join(dir, "truth")
	for _, d := range []string{docs, truth} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return st, err
		}
	}
	err := Generate(p, seed, func(d Doc) error {
		if err := os.WriteFile(filepath.Join(docs, d.Name+".txt"), []byte(d.Text), 0o644); err != nil {
			return err
		}
		f, err := os.Create(filepath.Join(truth, d.Name+".json"))
		if err != nil {
			return err
		}
		cw := &countingWriter{w: bufio.NewWriter(f)}
		enc := json.NewEncoder(cw)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d.Truth); err != nil {
			f.Close()
			return err
		}
		if err := cw.w.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		st.add(d)
		st.TruthBytes += cw.n
		return nil
	})
	return st, err
}

type countingWriter struct {
	w *bufio.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
