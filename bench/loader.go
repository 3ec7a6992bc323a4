package bench

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Facts counts the facts of an extraction: its entities (people,
// positions, organisations, countries, places, initiatives, meetings,
// groups, statements) and its relations (attendances, hosts, places of
// meetings, topics, promoters, memberships, speakers). The document itself
// is not counted.
func Facts(x *graph.Extraction) int {
	n := len(x.Persons) + len(x.Organisations) + len(x.Countries) + len(x.Places) + len(x.Initiatives) +
		len(x.Meetings) + len(x.Statements) + len(x.Memberships)
	for _, p := range x.Persons {
		n += 2 * len(p.Positions) // the position and its holder
	}
	for _, in := range x.Initiatives {
		n += len(in.Promoters)
	}
	for _, m := range x.Meetings {
		n += len(m.Attendees) + len(m.Groups) + len(m.Discussed)
		if m.Host != "" {
			n++
		}
		if m.Place != "" {
			n++
		}
	}
	for _, st := range x.Statements {
		if st.Speaker != "" {
			n++
		}
	}
	return n
}

// LoadRun is one measured run of the loader (or of the limit script).
type LoadRun struct {
	Mode      string // extract, write, whole, limit
	Documents int
	Facts     int
	Elapsed   time.Duration
	Workers   int
	Writers   int   // documents written at once (write and whole runs)
	MaxRSSKiB int64 // peak resident memory of the process that ran it
	// Refused counts the documents the loader refused (not counted in
	// Documents), FirstRefusal says why the first was.
	Refused      int
	FirstRefusal string `json:",omitempty"`
	// Tenths is the throughput, in documents per second, over each tenth
	// of the documents in the order they were loaded (write and whole
	// runs): whether loading slows down as the graph grows.
	Tenths []float64 `json:",omitempty"`
}

// DocsPerSec is the run's throughput in documents.
func (r LoadRun) DocsPerSec() float64 { return float64(r.Documents) / r.Elapsed.Seconds() }

// FactsPerSec is the run's throughput in facts.
func (r LoadRun) FactsPerSec() float64 { return float64(r.Facts) / r.Elapsed.Seconds() }

// factWriter passes extractions on to a store, counting their facts.
type factWriter struct {
	w     graph.DocumentWriter
	facts atomic.Int64
}

func (f *factWriter) WriteExtraction(ctx context.Context, x *graph.Extraction) (graph.WriteResult, error) {
	f.facts.Add(int64(Facts(x)))
	if f.w == nil {
		return graph.WriteResult{DocumentID: x.Document.ID}, nil
	}
	return f.w.WriteExtraction(ctx, x)
}

// WriteKeys passes the store's write keys on, so that the loader writes
// as many documents at once as it would on the store itself; one key for
// all when the store has none (one at a time).
func (f *factWriter) WriteKeys(x *graph.Extraction) []string {
	if cw, ok := f.w.(graph.ConcurrentWriter); ok {
		return cw.WriteKeys(x)
	}
	return []string{"all"}
}

// RefreshIndexes passes on to the store, so that a timed load includes
// the wait for the search indexes that Load makes.
func (f *factWriter) RefreshIndexes(ctx context.Context) error {
	if ir, ok := f.w.(graph.IndexRefresher); ok {
		return ir.RefreshIndexes(ctx)
	}
	return nil
}

var (
	_ graph.ConcurrentWriter = (*factWriter)(nil)
	_ graph.IndexRefresher   = (*factWriter)(nil)
)

// Files lists the files of dir with the extension ext, sorted; at most
// limit of them when limit > 0.
func Files(dir, ext string, limit int) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*"+ext))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	if limit > 0 && len(paths) > limit {
		paths = paths[:limit]
	}
	return paths, nil
}

// LoadOnce runs the project's loader in this process: mode extract reads
// and extracts the text documents and writes nothing; write loads the
// truth files (our JSON format: no extraction); whole reads, extracts and
// writes the text documents. The caller measures memory (run it in a
// process of its own).
func LoadOnce(ctx context.Context, mode, dir string, limit, workers, writers int, cfg store.Config) (LoadRun, error) {
	r := LoadRun{Mode: mode, Workers: workers, Writers: writers}
	sub, ext := "docs", ".txt"
	if mode == "write" {
		sub, ext = "truth", ".json"
	}
	paths, err := Files(filepath.Join(dir, sub), ext, limit)
	if err != nil {
		return r, err
	}
	fw := &factWriter{}
	if mode != "extract" {
		cfg.RetryTime = 30 * time.Second
		s, err := store.Open(ctx, cfg)
		if err != nil {
			return r, err
		}
		defer s.Close(context.Background())
		fw.w = s
	}
	l := &loader.Loader{Extractor: extract.New(nil), Writer: fw, Workers: workers, Writers: writers}
	start := time.Now()
	done, last := 0, start
	tenth := max(1, len(paths)/10)
	l.Progress = func(string, graph.WriteResult, error) {
		if done++; mode != "extract" && done%tenth == 0 && len(r.Tenths) < 10 {
			now := time.Now()
			r.Tenths = append(r.Tenths, float64(tenth)/now.Sub(last).Seconds())
			last = now
		}
	}
	sum, err := l.Load(ctx, paths)
	r.Elapsed = time.Since(start)
	if err != nil {
		return r, err
	}
	r.Refused = len(sum.Refusals)
	if r.Refused > 0 {
		r.FirstRefusal = sum.Refusals[0].String()
	}
	r.Documents = sum.Loaded + sum.Unchanged
	r.Facts = int(fw.facts.Load())
	return r, nil
}

// Wipe empties the database, keeping its constraints and indexes.
//
// Relationships go first, in batches of their own: a hub node (a country
// of the medium corpus has tens of thousands) detached with all of its
// relationships in one inner transaction exceeds Neo4j's memory pool.
func Wipe(ctx context.Context, d neo4j.DriverWithContext, db string) error {
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := s.Run(ctx, q, nil)
		if err != nil {
			return err
		}
		if _, err := res.Consume(ctx); err != nil {
			return err
		}
	}
	return nil
}

// readTruth decodes one truth file.
func readTruth(path string) (*graph.Extraction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var x graph.Extraction
	return &x, json.Unmarshal(b, &x)
}
