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
	"slices"
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
	// Workers is how many documents are read and extracted at once;
	// runtime.GOMAXPROCS(0) when 0, 1 for no parallel extraction.
	Workers int
	// Writers is how many documents are written at once, each in its own
	// transaction, when Writer is a graph.ConcurrentWriter; 1 when 0.
	// Documents that share a write key wait for each other, in the order
	// of paths, so the graph is the one that writing them one by one
	// makes.
	Writers int
}

// DefaultWriters is how many documents the load command writes at once.
// A document's write is mostly waiting (round trips, the commit's flush
// to disk), so a few at once keep Neo4j busy, as far as write keys let
// them: on the first 2,000 medium documents and two cores, 3 writers
// loaded up to 1.4 times as fast as 1 with people's keys alone, and about
// as fast once meetings' days were keys too (README, "Benchmarks").
const DefaultWriters = 3

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
// Reading and extraction (CPU) run in Workers goroutines ahead of the
// writers (Neo4j round trips), a bounded window ahead so that memory stays
// flat whatever the number of files. Documents are reported and counted in
// the order of paths, as a sequential load would.
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	var s Summary
	// Stopping dispatch lets the writes under way finish: what they wrote
	// is counted.
	dispatch, stop := context.WithCancel(ctx)
	defer stop()
	var failed error
	for w := range l.writeAhead(ctx, dispatch, stop, l.extractAhead(dispatch, paths)) {
		r, err := w.r, w.err
		if w.untried || (failed != nil && err != nil) {
			continue // after a failure, only the writes that went through count
		}
		if l.Progress != nil {
			l.Progress(w.path, r, err)
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
			s.Refusals = append(s.Refusals, Refusal{Path: w.path, Reason: graph.ErrorMessage(err)})
		default:
			failed = err
			stop()
		}
	}
	if err := ctx.Err(); err != nil {
		return s, err // stopped from outside: the writes under way fail with it
	}
	if failed != nil {
		return s, failed
	}
	// Search sees what was loaded when Load returns.
	if ir, ok := l.Writer.(graph.IndexRefresher); ok && s.Loaded > 0 {
		return s, ir.RefreshIndexes(ctx)
	}
	return s, nil
}

// written is one file's write (or its refusal).
type written struct {
	path    string
	r       graph.WriteResult
	err     error
	untried bool // the load stopped before its write began
}

// writeAhead writes the extracted files of in and yields the results in
// their order. With a graph.ConcurrentWriter, up to Writers documents are
// written at once; a document waits for the writes under way that share
// one of its keys, so documents that share keys are written in their
// order. Writes run under ctx; dispatch stops the taking of new ones, and
// the channel closes when the writes under way are done. A write that
// fails on the database calls stop before it lets the next document in:
// nothing after it is written, as in a load one document at a time.
func (l *Loader) writeAhead(ctx, dispatch context.Context, stop func(), in <-chan extracted) <-chan written {
	writers := max(1, l.Writers)
	cw, _ := l.Writer.(graph.ConcurrentWriter)
	if cw == nil {
		writers = 1
	}
	out := make(chan written)
	futures := make(chan chan written, 2*writers)
	slots := make(chan struct{}, writers)
	var mu sync.Mutex
	released := sync.NewCond(&mu)
	busy := map[string]bool{}
	var writes sync.WaitGroup
	dispatched := make(chan struct{})
	go func() {
		defer close(dispatched)
		defer close(futures)
		for ex := range in {
			if dispatch.Err() != nil {
				return // select below picks at random when both are ready
			}
			done := make(chan written, 1)
			select {
			case futures <- done:
			case <-dispatch.Done():
				return
			}
			if ex.err != nil || l.Writer == nil {
				done <- written{path: ex.path, err: ex.err}
				continue
			}
			select {
			case slots <- struct{}{}:
			case <-dispatch.Done():
				done <- written{path: ex.path, untried: true}
				return
			}
			var keys []string
			if cw != nil && writers > 1 {
				keys = cw.WriteKeys(ex.x)
			}
			mu.Lock()
			for slices.ContainsFunc(keys, func(k string) bool { return busy[k] }) {
				released.Wait()
			}
			if dispatch.Err() != nil {
				// A write failed while this one waited its turn.
				mu.Unlock()
				<-slots
				done <- written{path: ex.path, untried: true}
				return
			}
			for _, k := range keys {
				busy[k] = true
			}
			mu.Unlock()
			writes.Add(1)
			go func() {
				defer writes.Done()
				r, err := l.Writer.WriteExtraction(ctx, ex.x)
				if err != nil && graph.ErrorCode(err) != graph.EINVALID {
					stop()
				}
				mu.Lock()
				for _, k := range keys {
					delete(busy, k)
				}
				released.Broadcast()
				mu.Unlock()
				<-slots
				done <- written{path: ex.path, r: r, err: err}
			}()
		}
	}()
	go func() {
		defer close(out)
		for f := range futures {
			out <- <-f
		}
		<-dispatched
		writes.Wait()
	}()
	return out
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
