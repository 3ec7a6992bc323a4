package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultMaxSize is the largest document read unless told otherwise.
const DefaultMaxSize = 4 << 20

// Input is one document to load: read from a file or standard input, and
// either text to extract from or an extraction in our JSON format.
type Input struct {
	Path       string            // as given or found; "-" for standard input
	Document   graph.Document    // set for text input
	Extraction *graph.Extraction // set for JSON input: loaded as it is
}

// textExts are the extensions read as text when a directory is walked.
var textExts = map[string]bool{".txt": true, ".text": true, ".json": true}

// Expand turns the paths given on a command line (files, directories,
// glob patterns, "-") into a sorted list of files. Directories are walked
// recursively for files with a known extension.
func Expand(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		if a == "-" {
			add(a)
			continue
		}
		matches := []string{a}
		if strings.ContainsAny(a, "*?[") {
			m, err := filepath.Glob(a)
			if err != nil {
				return nil, graph.Errorf(graph.EINVALID, "bad pattern %q: %v", a, err)
			}
			if len(m) == 0 {
				return nil, graph.Errorf(graph.EINVALID, "no file matches %q", a)
			}
			matches = m
		}
		for _, p := range matches {
			info, err := os.Stat(p)
			if err != nil {
				return nil, graph.Errorf(graph.EINVALID, "cannot read %s: %v", p, errorText(err))
			}
			if !info.IsDir() {
				add(p)
				continue
			}
			var found []string
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && textExts[strings.ToLower(filepath.Ext(path))] {
					found = append(found, path)
				}
				return nil
			})
			if err != nil {
				return nil, graph.Errorf(graph.EINVALID, "cannot walk %s: %v", p, errorText(err))
			}
			sort.Strings(found)
			for _, f := range found {
				add(f)
			}
		}
	}
	return out, nil
}

// Read reads one file ("-" for standard input) into an Input. A file that is
// empty, binary, not UTF-8 or larger than maxSize is refused with an
// EINVALID error that says why.
func Read(path string, stdin io.Reader, maxSize int64) (Input, error) {
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return Input{}, graph.Errorf(graph.EINVALID, "cannot open: %v", errorText(err))
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return Input{}, graph.Errorf(graph.EINVALID, "cannot read: %v", errorText(err))
	}
	switch {
	case int64(len(data)) > maxSize:
		return Input{}, graph.Errorf(graph.EINVALID, "larger than the limit of %d bytes", maxSize)
	case len(bytes.TrimSpace(data)) == 0:
		return Input{}, graph.Errorf(graph.EINVALID, "empty")
	case bytes.IndexByte(data, 0) >= 0:
		return Input{}, graph.Errorf(graph.EINVALID, "binary (contains NUL bytes)")
	case !utf8.Valid(data):
		return Input{}, graph.Errorf(graph.EINVALID, "not valid UTF-8")
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		var x graph.Extraction
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&x); err != nil {
			return Input{}, graph.Errorf(graph.EINVALID, "not a graph in our JSON format: %v", err)
		}
		if x.Document.ID == "" && x.Document.Text != "" {
			x.Document.ID = graph.DocumentID(x.Document.Text)
		}
		if x.Document.Path == "" {
			x.Document.Path = path
		}
		if err := graph.Validate(&x); err != nil {
			return Input{}, err
		}
		return Input{Path: path, Extraction: &x}, nil
	}
	doc := ParseText(string(data))
	doc.Path = path
	return Input{Path: path, Document: doc}, nil
}

// headerKeys are the keys of the optional header block of a text document
// (as in the dev set: "source:", "url:", "date:", "title:", then a blank line).
var headerKeys = map[string]bool{"source": true, "url": true, "date": true, "title": true, "publisher": true}

// ParseText reads a text document: an optional header block of "key: value"
// lines ended by a blank line, then the body. Without a header, the first
// line is taken as the title when it is short. The document's ID is the hash
// of its body.
func ParseText(s string) graph.Document {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var d graph.Document
	body := s
	if head, rest, ok := strings.Cut(s, "\n\n"); ok {
		fields := map[string]string{}
		isHeader := true
		for _, line := range strings.Split(head, "\n") {
			k, v, ok := strings.Cut(line, ":")
			k = strings.ToLower(strings.TrimSpace(k))
			if !ok || !headerKeys[k] {
				isHeader = false
				break
			}
			fields[k] = strings.TrimSpace(v)
		}
		if isHeader && len(fields) > 0 {
			body = rest
			d.Title, d.URL, d.Publisher = fields["title"], fields["url"], fields["publisher"]
			if len(fields["date"]) >= 10 {
				d.Published = fields["date"][:10]
			}
		}
	}
	body = strings.TrimLeft(body, "\n")
	if d.Title == "" {
		first, _, _ := strings.Cut(body, "\n")
		if first = strings.TrimSpace(first); len(first) > 0 && len(first) <= 200 {
			d.Title = first
		}
	}
	d.Text = body
	d.ID = graph.DocumentID(body)
	return d
}

// errorText drops the "open PATH:" prefix of os errors: the path is shown
// beside the message already.
func errorText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Refusal is a file that was not loaded, and why.
type Refusal struct {
	Path   string
	Reason string
}

func (r Refusal) String() string { return fmt.Sprintf("%s: %s", r.Path, r.Reason) }
