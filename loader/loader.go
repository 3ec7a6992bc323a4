// Package loader reads documents, has their facts extracted, and writes
// each document with its facts to the graph in one transaction.
//
// A document flows: file → Read (text or our JSON format) → Extractor →
// graph.Extraction → graph.DocumentWriter.
package loader

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Extractor finds the facts in a document. The rule-based extractor in
// loader/extract implements it.
type Extractor interface {
	Extract(doc graph.Document) (*graph.Extraction, error)
}

// Loader loads documents into the graph.
type Loader struct {
	Extractor Extractor
	Writer    graph.DocumentWriter // nil for a dry run
	MaxSize   int64                // per document; DefaultMaxSize when 0
	Stdin     io.Reader            // read for the path "-"; os.Stdin when nil
	// Progress, when set, is told about each document as it is done, in
	// the order of the paths.
	Progress func(path string, r graph.WriteResult, err error)
	// Workers is how many documents are read and extracted at once while
	// one writer writes them; runtime.GOMAXPROCS(0) when 0, 1 for no
	// parallel extraction.
	Workers int
}

// Summary is what a load did.
type Summary struct {
	Loaded               int
	Unchanged            int
	Refusals             []Refusal
	NodesCreated         int
	NodesMerged          int
	RelationshipsCreated int
	RelationshipsMerged  int
	PropertiesSet        int
}

func (s Summary) String() string {
	return fmt.Sprintf("%d loaded, %d unchanged, %d refused; nodes: %d created, %d merged; relationships: %d created, %d merged",
		s.Loaded, s.Unchanged, len(s.Refusals), s.NodesCreated, s.NodesMerged, s.RelationshipsCreated, s.RelationshipsMerged)
}

// Extract reads and extracts one file without writing anything.
func (l *Loader) Extract(path string) (*graph.Extraction, error) {
	in, err := Read(path, l.stdin(), l.maxSize())
	if err != nil {
		return nil, err
	}
	if in.Extraction != nil {
		return in.Extraction, nil
	}
	return l.Extractor.Extract(in.Document)
}

// Load loads the given files, each in its own transaction. A file that
// cannot be read or extracted is refused and the others still load; an
// error that concerns the database (unavailable, timeout) stops the load,
// leaving what was loaded before it in place.
//
// Reading and extraction (CPU) run in Workers goroutines ahead of the one
// writer (Neo4j round trips), a bounded window ahead so that memory stays
// flat whatever the number of files; documents are written, counted and
// reported in the order of paths, as a sequential load would.
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	var s Summary
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for ex := range l.extractAhead(ctx, paths) {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		p, x, err := ex.path, ex.x, ex.err
		var r graph.WriteResult
		if err == nil && l.Writer != nil {
			r, err = l.Writer.WriteExtraction(ctx, x)
		}
		if l.Progress != nil {
			l.Progress(p, r, err)
		}
		switch code := graph.ErrorCode(err); {
		case err == nil && r.Unchanged:
			s.Unchanged++
		case err == nil:
			s.Loaded++
			s.NodesCreated += r.NodesCreated
			s.RelationshipsCreated += r.RelationshipsCreated
			s.NodesMerged += r.NodesMerged
			s.RelationshipsMerged += r.RelationshipsMerged
			s.PropertiesSet += r.PropertiesSet
		case code == graph.EINVALID:
			s.Refusals = append(s.Refusals, Refusal{Path: p, Reason: graph.ErrorMessage(err)})
		default:
			return s, err
		}
	}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	// Search sees what was loaded when Load returns.
	if ir, ok := l.Writer.(graph.IndexRefresher); ok && s.Loaded > 0 {
		return s, ir.RefreshIndexes(ctx)
	}
	return s, nil
}

// extracted is one file read and extracted.
type extracted struct {
	path string
	x    *graph.Extraction
	err  error
}

// extractAhead reads and extracts paths in l.Workers goroutines and yields
// the results in the order of paths. At most 2×Workers results wait to be
// consumed. The channel closes after the last path, or early when ctx is
// done.
func (l *Loader) extractAhead(ctx context.Context, paths []string) <-chan extracted {
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make(chan extracted)
	// Each path gets a one-slot future; the futures queue in path order,
	// and the queue's capacity bounds the work done ahead of the writer.
	futures := make(chan chan extracted, 2*workers)
	jobs := make(chan struct {
		path string
		done chan extracted
	})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				x, err := l.Extract(j.path)
				j.done <- extracted{path: j.path, x: x, err: err}
			}
		}()
	}
	go func() {
		defer close(futures)
		defer close(jobs)
		for _, p := range paths {
			done := make(chan extracted, 1)
			select {
			case futures <- done:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- struct {
				path string
				done chan extracted
			}{p, done}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		defer close(out)
		defer wg.Wait()
		for f := range futures {
			select {
			case r := <-f:
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func (l *Loader) maxSize() int64 {
	if l.MaxSize > 0 {
		return l.MaxSize
	}
	return DefaultMaxSize
}

func (l *Loader) stdin() io.Reader {
	if l.Stdin != nil {
		return l.Stdin
	}
	return os.Stdin
}
