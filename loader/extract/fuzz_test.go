package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// fuzzSlow is how long one extraction of a fuzz input may take. Inputs the
// fuzzer makes are small (kilobytes), so anything near this is a hang or a
// super-linear rule, not a slow machine.
const fuzzSlow = 3 * time.Second

// fuzzHang is when an extraction is taken for a hang: the worker is stopped
// with a panic that shows the input, so that the fuzzer keeps it.
const fuzzHang = 10 * time.Second

// FuzzExtract checks, for any UTF-8 text and publication date, that Extract
// does not panic, returns an extraction that graph.Validate accepts, whose
// evidence points into the text at valid UTF-8, whose strings are all valid
// UTF-8, and that two calls give the same JSON.
//
// Seeds are in testdata/fuzz/FuzzExtract; run with
//
//	go test -run '^$' -fuzz '^FuzzExtract$' -fuzztime 60s ./loader/extract/
func FuzzExtract(f *testing.F) {
	f.Add("On 2 February 2021 in Beijing, Foreign Minister Wang Yi met SCO Secretary-General Vladimir Norov.", "2021-02-03")
	f.Add(`"We agree on everything here," Vladimir Norov said.`, "")
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) || !utf8.ValidString(published) {
			t.Skip("the loader refuses text that is not UTF-8")
		}
		doc := graph.Document{Text: text, Published: published}
		start := time.Now()
		hang := time.AfterFunc(fuzzHang, func() {
			panic(fmt.Sprintf("Extract hangs on text %q, published %q", text, published))
		})
		x, err := testExtractor.Extract(doc)
		hang.Stop()
		if d := time.Since(start); d > fuzzSlow {
			t.Fatalf("extraction of %d bytes took %v", len(text), d)
		}
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("error that is not a refusal: %v", err)
			}
			return
		}
		checkExtraction(t, text, x)
		y, err := testExtractor.Extract(doc)
		if err != nil {
			t.Fatalf("second call failed: %v", err)
		}
		a, errA := json.Marshal(x)
		b, errB := json.Marshal(y)
		if errA != nil || errB != nil {
			t.Fatalf("marshal: %v, %v", errA, errB)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("not deterministic:\n%s\n%s", a, b)
		}
	})
}

// checkExtraction asserts what every extraction of text must satisfy.
func checkExtraction(t *testing.T, text string, x *graph.Extraction) {
	t.Helper()
	if x == nil {
		t.Fatal("nil extraction without an error")
	}
	if err := graph.Validate(x); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if x.Document.Text != text {
		t.Fatalf("document text changed")
	}
	if want := graph.DocumentID(text); x.Document.ID != want {
		t.Fatalf("document ID %s, want %s", x.Document.ID, want)
	}
	walkStrings(reflect.ValueOf(x), "extraction", func(path, s string) {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", path, s)
		}
	})
	walkEvidence(reflect.ValueOf(x), "extraction", func(path string, e graph.Evidence) {
		if e.Start < 0 || e.End < e.Start || e.End > len(text) {
			t.Errorf("%s: offsets [%d,%d) outside the text (%d bytes)", path, e.Start, e.End, len(text))
			return
		}
		s := text[e.Start:e.End]
		if !utf8.ValidString(s) {
			t.Errorf("%s: text[%d:%d] = %q is not valid UTF-8", path, e.Start, e.End, s)
		}
		if e.Sentence != s {
			t.Errorf("%s: sentence %q is not text[%d:%d] = %q", path, e.Sentence, e.Start, e.End, s)
		}
		if e.Rule == "" {
			t.Errorf("%s: evidence without a rule", path)
		}
	})
}

var evidenceType = reflect.TypeFor[graph.Evidence]()

// walkEvidence calls fn on every Evidence reachable from v.
func walkEvidence(v reflect.Value, path string, fn func(string, graph.Evidence)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkEvidence(v.Elem(), path, fn)
		}
	case reflect.Struct:
		if v.Type() == evidenceType {
			fn(path, v.Interface().(graph.Evidence))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			walkEvidence(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkEvidence(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	}
}

// walkStrings calls fn on every string reachable from v.
func walkStrings(v reflect.Value, path string, fn func(string, string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkStrings(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	}
}
