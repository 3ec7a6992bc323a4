package loader_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustParse(t *testing.T, path string) graph.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return loader.ParseText(string(b))
}

func TestParseTextWithHeader(t *testing.T) {
	d := loader.ParseText("source: a/b:c@1\nurl: https://example.org/x\ndate: 2022-11-16T10:00:00\ntitle: Readout\n\nBody line one.\nBody two.\n")
	if d.Title != "Readout" || d.URL != "https://example.org/x" || d.Published != "2022-11-16" {
		t.Errorf("header: %+v", d)
	}
	if d.Text != "Body line one.\nBody two.\n" {
		t.Errorf("body %q", d.Text)
	}
	if d.ID != graph.DocumentID(d.Text) {
		t.Errorf("id %s is not the hash of the body", d.ID)
	}
}

func TestParseTextWithoutHeader(t *testing.T) {
	d := loader.ParseText("A headline\n\n\nOn 2 February 2021 in Beijing, they met.")
	if d.Title != "A headline" || d.Published != "" {
		t.Errorf("got %+v", d)
	}
	if !strings.HasPrefix(d.Text, "A headline") {
		t.Errorf("text %q should keep the headline", d.Text)
	}
}

func TestReadRefusals(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]struct {
		content string
		reason  string
	}{
		"empty.txt":  {"  \n\n", "empty"},
		"binary.txt": {"PK\x03\x04\x00\x00", "binary (contains NUL bytes)"},
		"latin1.txt": {"caf\xe9 au lait", "not valid UTF-8"},
		"big.txt":    {strings.Repeat("word ", 100), "larger than the limit of 100 bytes"},
		"bad.json":   {`{"persons": 3}`, "not a graph in our JSON format"},
	}
	for name, c := range cases {
		p := filepath.Join(dir, name)
		writeFile(t, p, c.content)
		_, err := loader.Read(p, nil, 100)
		if graph.ErrorCode(err) != graph.EINVALID || !strings.HasPrefix(graph.ErrorMessage(err), c.reason) {
			t.Errorf("%s: got %v, want a refusal %q", name, err, c.reason)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "sub/b.txt", "sub/c.json", "sub/d.png"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		writeFile(t, filepath.Join(dir, p), "x")
	}
	got, err := loader.Expand([]string{dir, filepath.Join(dir, "*.txt"), "-"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub/b.txt"), filepath.Join(dir, "sub/c.json"), "-"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := loader.Expand([]string{filepath.Join(dir, "nothing*.txt")}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("a pattern that matches nothing: %v", err)
	}
}
