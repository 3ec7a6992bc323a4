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
var textExts = map[string]bool{".txt": true, ".text": true, ".json": true,
	".md": true, ".markdown": true, ".html": true, ".htm": true}

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
		// A pattern, unless a file has that very name ("report[1].txt").
		if _, err := os.Stat(a); err != nil && strings.ContainsAny(a, "*?[") {
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
	if int64(len(data)) <= maxSize {
		data = bytes.TrimPrefix(data, []byte("\ufeff")) // a byte order mark is not text
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
	var doc graph.Document
	switch formatOf(path, data) {
	case "json":
		return readJSON(path, data)
	case "html":
		doc, err = ParseHTML(data)
	case "markdown":
		doc, err = ParseMarkdown(data)
	default:
		doc = ParseText(string(data))
	}
	if err != nil {
		return Input{}, err
	}
	if path != "-" {
		if err := applySidecar(&doc, path+".meta"); err != nil {
			return Input{}, err
		}
	}
	doc.Path = path
	return Input{Path: path, Document: doc}, nil
}

// formatOf tells how to read a file: by its extension, or for standard
// input by its first bytes.
func formatOf(path string, data []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return "json"
	case ".html", ".htm":
		return "html"
	case ".md", ".markdown":
		return "markdown"
	case ".txt", ".text":
		return "text"
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return "json"
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")), bytes.Contains(head, []byte("<body")):
		return "html"
	case bytes.HasPrefix(head, []byte("---\n")):
		return "markdown"
	}
	return "text"
}

// readJSON reads a document in our JSON graph format, to be loaded as it is.
func readJSON(path string, data []byte) (Input, error) {
	var x graph.Extraction
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&x); err != nil {
		return Input{}, graph.Errorf(graph.EINVALID, "not a graph in our JSON format: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Input{}, graph.Errorf(graph.EINVALID, "not a graph in our JSON format: data after the graph")
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

// applySidecar reads PATH.meta where it exists: header lines ("title:",
// "url:", "date:", "publisher:") that complete what the document says of
// itself, as the dev set keeps them beside its HTML pages.
func applySidecar(d *graph.Document, meta string) error {
	b, err := os.ReadFile(meta)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return graph.Errorf(graph.EINVALID, "cannot read %s: %v", meta, errorText(err))
	}
	if !utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 {
		return graph.Errorf(graph.EINVALID, "%s is not UTF-8 text", meta)
	}
	fields, ok := parseHeader(strings.TrimSpace(string(b)))
	if !ok {
		return graph.Errorf(graph.EINVALID, "%s is not a header of key: value lines", meta)
	}
	d.Title = firstOf(fields["title"], d.Title)
	d.URL = firstOf(fields["url"], d.URL)
	d.Publisher = firstOf(fields["publisher"], d.Publisher)
	d.Published = firstOf(dateOf(fields["date"]), d.Published)
	return nil
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
		if fields, ok := parseHeader(head); ok {
			body = rest
			d.Title, d.URL, d.Publisher = fields["title"], fields["url"], fields["publisher"]
			d.Published = dateOf(fields["date"])
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

// parseHeader reads a block of "key: value" lines with known keys.
func parseHeader(head string) (map[string]string, bool) {
	fields := map[string]string{}
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || !headerKeys[k] {
			return nil, false
		}
		fields[k] = strings.TrimSpace(v)
	}
	return fields, len(fields) > 0
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
