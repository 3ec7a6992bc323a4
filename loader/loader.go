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
	// Progress, when set, is told about each document as it is done.
	Progress func(path string, r graph.WriteResult, err error)
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
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	var s Summary
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		x, err := l.Extract(p)
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
	return s, nil
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
