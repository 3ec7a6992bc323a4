package loader

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Fuzz tests of the readers. Seeds are in testdata/fuzz/FuzzXxx; run one with
//
//	go test -run '^$' -fuzz '^FuzzParseHTML$' -fuzztime 60s ./loader/

// fuzzSlow is how long reading one fuzz input may take: inputs the fuzzer
// makes are small, so anything near this is a hang or a super-linear step.
const fuzzSlow = 3 * time.Second

// fuzzHang is when reading is taken for a hang: the worker is stopped with a
// panic that shows the input, so that the fuzzer keeps it.
const fuzzHang = 10 * time.Second

// readable reports whether Read would pass data on to a parser: not empty,
// no NUL bytes, valid UTF-8. The parsers are only held to their promises
// for such input; for other input they must merely not panic.
func readable(data []byte) bool {
	return len(bytes.TrimSpace(data)) > 0 && bytes.IndexByte(data, 0) < 0 && utf8.Valid(data)
}

// checkDocument asserts what a parsed document must satisfy, or that err is
// a refusal.
func checkDocument(t *testing.T, d graph.Document, err error, strict bool) {
	t.Helper()
	if err != nil {
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Fatalf("error that is not a refusal (%s): %v", graph.ErrorCode(err), err)
		}
		if graph.ErrorMessage(err) == "" {
			t.Fatalf("refusal without a reason")
		}
		return
	}
	if d.ID != graph.DocumentID(d.Text) {
		t.Fatalf("ID %s is not the hash of the text", d.ID)
	}
	if !strict {
		return
	}
	for name, s := range map[string]string{"text": d.Text, "title": d.Title, "url": d.URL, "published": d.Published, "publisher": d.Publisher} {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", name, s)
		}
	}
	if d.Published != "" {
		if _, err := time.Parse(time.DateOnly, d.Published); err != nil {
			t.Errorf("published %q is not a date: %v", d.Published, err)
		}
	}
}

// timed runs f, the reading of input, and fails when it is slow.
func timed(t *testing.T, input []byte, f func()) {
	t.Helper()
	n := len(input)
	start := time.Now()
	hang := time.AfterFunc(fuzzHang, func() {
		panic(fmt.Sprintf("reading hangs on %q", input))
	})
	f()
	hang.Stop()
	if d := time.Since(start); d > fuzzSlow {
		t.Fatalf("reading %d bytes took %v", n, d)
	}
}

// FuzzParseHTML: never panics; for any input either a refusal or a
// document whose text is valid UTF-8 and whose ID is the hash of its text.
func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(`<html><body><article><h1>Talks</h1><p>Wang Yi met Norov.</p></article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d graph.Document
		var err error
		timed(t, data, func() { d, err = ParseHTML(data) })
		checkDocument(t, d, err, readable(data))
		if err == nil && strings.TrimSpace(d.Text) == "" {
			t.Fatalf("accepted a page without text")
		}
	})
}

// FuzzParseMarkdown: as FuzzParseHTML, for Markdown with front matter.
func FuzzParseMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: Talks\ndate: 2021-02-03\n---\n\nWang Yi met **Norov**.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d graph.Document
		var err error
		timed(t, data, func() { d, err = ParseMarkdown(data) })
		checkDocument(t, d, err, readable(data))
		if err == nil && strings.TrimSpace(d.Text) == "" {
			t.Fatalf("accepted a document without text")
		}
	})
}

// FuzzParseText: never panics; the ID is the hash of the text, the text is
// the end of the input (line ends normalised), and a title is one short
// line.
func FuzzParseText(f *testing.F) {
	f.Add("title: Talks\ndate: 2021-02-03\n\nWang Yi met Norov.\n")
	f.Fuzz(func(t *testing.T, s string) {
		var d graph.Document
		timed(t, []byte(s), func() { d = ParseText(s) })
		strict := readable([]byte(s))
		checkDocument(t, d, nil, strict)
		if !strings.HasSuffix(strings.ReplaceAll(s, "\r\n", "\n"), d.Text) {
			t.Fatalf("text %q is not the end of the input", d.Text)
		}
		if strings.Contains(d.Title, "\n") {
			t.Fatalf("title %q spans lines", d.Title)
		}
	})
}

// FuzzReadJSON feeds bytes to Read as a .json file: never panics; either a
// refusal or an extraction that graph.Validate accepts.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"document":{"text":"Wang Yi met Norov."},"countries":[{"id":"country:china","name":"China"}]}`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := os.CreateTemp(dir, "*.json")
		if err != nil {
			t.Fatal(err)
		}
		path := file.Name()
		defer os.Remove(path)
		_, err = file.Write(data)
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		var in Input
		timed(t, data, func() { in, err = Read(path, nil, DefaultMaxSize) })
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("error that is not a refusal (%s): %v", graph.ErrorCode(err), err)
			}
			return
		}
		if in.Extraction == nil {
			t.Fatalf("a .json file read as a document: %+v", in.Document)
		}
		if err := graph.Validate(in.Extraction); err != nil {
			t.Fatalf("accepted an extraction Validate refuses: %v", err)
		}
		if in.Path != path || in.Extraction.Document.Path == "" {
			t.Fatalf("path not kept: %q, %q", in.Path, in.Extraction.Document.Path)
		}
	})
}
