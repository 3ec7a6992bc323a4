package loader_test

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Bad input, at unit level: files the loader must refuse with a reason, or
// read and extract quickly and literally. Nothing here needs Neo4j.

// badExtractor is the rule-based extractor over the default gazetteer.
var badExtractor = sync.OnceValue(func() *extract.Extractor {
	g, err := extract.DefaultGazetteer()
	if err != nil {
		panic(err)
	}
	return extract.New(g)
})

// badQuick is how long reading or extracting one bad document may take.
const badQuick = 5 * time.Second

func badWrite(t *testing.T, path string, content []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func badRefused(t *testing.T, what string, err error, reason string) {
	t.Helper()
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("%s: got %v (code %q), want a refusal %q", what, err, graph.ErrorCode(err), reason)
		return
	}
	if msg := graph.ErrorMessage(err); !strings.Contains(msg, reason) {
		t.Errorf("%s: refused with %q, want %q", what, msg, reason)
	}
}

// TestBadInputRefusals: empty, blank, binary, not UTF-8, too large, missing
// or unreadable files are refused with a reason, whatever their extension.
func TestBadInputRefusals(t *testing.T) {
	dir := t.TempDir()
	const limit = 1 << 10
	cases := []struct {
		name, content, reason string
	}{
		{"empty.txt", "", "empty"},
		{"empty.html", "", "empty"},
		{"empty.md", "", "empty"},
		{"empty.json", "", "empty"},
		{"empty", "", "empty"},
		{"blank.txt", " \t\r\n\n \v\f", "empty"},
		{"blank-unicode.md", "\u00a0\u2003\u3000\r\n\u0085", "empty"},
		{"blank.html", "\n\n   \n", "empty"},
		{"nul.txt", "PK\x03\x04\x00\x00\x14\x00", "binary (contains NUL bytes)"},
		{"nul.html", "<html><body><p>Wang Yi\x00met Norov.</p></body></html>", "binary (contains NUL bytes)"},
		{"nul.json", `{"document":{"text":"x` + "\x00" + `"}}`, "binary (contains NUL bytes)"},
		{"utf16.txt", "\xff\xfeW\x00a\x00n\x00g\x00", "binary (contains NUL bytes)"},
		{"latin1.txt", "caf\xe9 au lait", "not valid UTF-8"},
		{"latin1.html", "<html><body><p>Jos\xe9 Manuel Albares met Wang Yi.</p></body></html>", "not valid UTF-8"},
		{"truncated.md", "Wang Yi \xe4\xb8", "not valid UTF-8"},
		{"surrogate.json", `{"document":{"text":"` + "\xed\xa0\x80" + `"}}`, "not valid UTF-8"},
		{"overlong.txt", "\xc0\xaf etc", "not valid UTF-8"},
		{"big.txt", strings.Repeat("word ", limit/5+1), fmt.Sprintf("larger than the limit of %d bytes", limit)},
		{"big.html", "<p>" + strings.Repeat("x", limit) + "</p>", fmt.Sprintf("larger than the limit of %d bytes", limit)},
		{"script-only.html", "<html><body><script>var a = 'Wang Yi met Norov.';</script><nav>Home</nav></body></html>", "no article text found in the HTML"},
		{"open-front-matter.md", "---\ntitle: x\nbody", "front matter is not closed by ---"},
		{"bad-front-matter.md", "---\ntitle: [x\n---\nbody\n", "bad front matter"},
		{"bom-only.txt", "\ufeff", "empty"},
		{"bom-blank.md", "\ufeff \r\n", "empty"},
		{"trailing.json", `{"document":{"text":"x"}} {"garbage":`, "data after the graph"},
		{"two.json", `{"document":{"text":"a"}}{"document":{"text":"b"}}`, "data after the graph"},
		{"number.json", `{"document":{"text":"x"},"countries":[{"id":"country:x","name":"X","evidence":[{"start":1e400}]}]}`, "not a graph in our JSON format"},
	}
	for _, c := range cases {
		p := badWrite(t, filepath.Join(dir, c.name), []byte(c.content))
		start := time.Now()
		_, err := loader.Read(p, nil, limit)
		if d := time.Since(start); d > badQuick {
			t.Errorf("%s: refusing took %v", c.name, d)
		}
		badRefused(t, c.name, err, c.reason)
	}

	// Exactly at the limit is read; one byte over is not.
	at := badWrite(t, filepath.Join(dir, "at-limit.txt"), []byte(strings.Repeat("a", limit-1)+"\n"))
	if _, err := loader.Read(at, nil, limit); err != nil {
		t.Errorf("a file of exactly the limit: %v", err)
	}

	// Standard input, a missing file and a directory.
	_, err := loader.Read("-", strings.NewReader(" \n"), limit)
	badRefused(t, "blank stdin", err, "empty")
	_, err = loader.Read("-", strings.NewReader("\x00\x01"), limit)
	badRefused(t, "binary stdin", err, "binary")
	_, err = loader.Read(filepath.Join(dir, "missing.txt"), nil, limit)
	badRefused(t, "missing file", err, "cannot open")
	_, err = loader.Read(dir, nil, limit)
	badRefused(t, "directory", err, "cannot read")

	// A JSON array nested deeper than encoding/json allows, under the
	// default limit.
	deep := badWrite(t, filepath.Join(dir, "deeper.json"), []byte(strings.Repeat("[", 20000)+strings.Repeat("]", 20000)))
	_, err = loader.Read(deep, nil, loader.DefaultMaxSize)
	badRefused(t, "deeply nested JSON", err, "not a graph in our JSON format")
}

// TestBadInputByteOrderMark reads files that start with a UTF-8 byte order
// mark, as editors on Windows save them: the mark is dropped, so JSON is not
// refused and headers and front matter are still read.
func TestBadInputByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	const text = "Wang Yi met Norov."
	cases := map[string]string{
		"bom.json": "\ufeff{\"document\":{\"title\":\"Talks\",\"text\":\"" + text + "\"}}\n",
		"bom.txt":  "\ufefftitle: Talks\r\ndate: 2021-02-03\r\n\r\n" + text + "\r\n",
		"bom.md":   "\ufeff---\ntitle: Talks\n---\n" + text + "\n",
		"bom.html": "\ufeff<!DOCTYPE html><html><head><title>Talks</title></head><body><p>" + text + "</p></body></html>",
		"bom":      "\ufeff{\"document\":{\"title\":\"Talks\",\"text\":\"" + text + "\"}}",
	}
	for name, content := range cases {
		p := badWrite(t, filepath.Join(dir, name), []byte(content))
		in, err := loader.Read(p, nil, loader.DefaultMaxSize)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		d := in.Document
		if in.Extraction != nil {
			d = in.Extraction.Document
		}
		if d.Title != "Talks" || !strings.Contains(d.Text, text) || strings.ContainsRune(d.Text, '\ufeff') {
			t.Errorf("%s: title %q, text %q", name, d.Title, d.Text)
		}
	}
	// Standard input: the format is told from the first bytes after the mark.
	in, err := loader.Read("-", strings.NewReader(cases["bom"]), loader.DefaultMaxSize)
	if err != nil || in.Extraction == nil {
		t.Errorf("JSON with a byte order mark on standard input: %v, %+v", err, in)
	}
	// The mark does not count against the limit, nor hide an oversized file.
	limit := int64(len(text) + 1)
	p := badWrite(t, filepath.Join(dir, "limit.txt"), []byte("\ufeff"+text+"\n"))
	if _, err := loader.Read(p, nil, limit+3); err != nil {
		t.Errorf("at the limit with a mark: %v", err)
	}
	_, err = loader.Read(p, nil, limit+2)
	badRefused(t, "over the limit with a mark", err, "larger than the limit")
}

// TestBadInputFileNames: a file whose name looks like a pattern is read by
// that name; a sidecar that is not UTF-8 text is refused, not copied into
// the document.
func TestBadInputFileNames(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for _, name := range []string{"report[1].txt", "what?.txt", "star*.txt", "[x].md"} {
		want = append(want, badWrite(t, filepath.Join(dir, "odd", name), []byte("Wang Yi met Norov.\n")))
	}
	for _, p := range want {
		got, err := loader.Expand([]string{p})
		if err != nil || len(got) != 1 || got[0] != p {
			t.Errorf("Expand(%q) = %q, %v", p, got, err)
		}
	}
	// The patterns still expand where no file has their name.
	got, err := loader.Expand([]string{filepath.Join(dir, "odd", "*.txt")})
	if err != nil || len(got) != 3 {
		t.Errorf("pattern: %q, %v", got, err)
	}
	_, err = loader.Expand([]string{filepath.Join(dir, "odd", "[")})
	badRefused(t, "bad pattern", err, "bad pattern")

	for name, meta := range map[string]string{"latin1": "title: caf\xe9\n", "nul": "title: a\x00b\n"} {
		p := badWrite(t, filepath.Join(dir, "meta", name+".txt"), []byte("Wang Yi met Norov.\n"))
		badWrite(t, p+".meta", []byte(meta))
		_, err := loader.Read(p, nil, loader.DefaultMaxSize)
		badRefused(t, name+" sidecar", err, "is not UTF-8 text")
	}
}

// TestBadInputEmptyFrontMatter reads Markdown whose front matter is empty.
func TestBadInputEmptyFrontMatter(t *testing.T) {
	for _, md := range []string{"---\n---\nBody text.\n", "---\r\n---\r\nBody text.\r\n", "---\n\n---\n\nBody text.\n"} {
		d, err := loader.ParseMarkdown([]byte(md))
		if err != nil || d.Text != "Body text.\n" {
			t.Errorf("%q: text %q, %v", md, d.Text, err)
		}
	}
}

// TestBadInputDeepHTML reads pages nested 10,000 deep: each is refused (the
// HTML parser stops at 512 open elements) or read, within a few seconds and
// without exhausting the stack.
func TestBadInputDeepHTML(t *testing.T) {
	const depth = 10000
	dir := t.TempDir()
	body := "Foreign Minister Wang Yi met Secretary-General Vladimir Norov in Beijing."
	cases := []struct {
		name        string
		open, close string
	}{
		{"div", "<div>", "</div>"},
		{"span", "<span>", "</span>"},
		{"blockquote", "<blockquote>", "</blockquote>"},
		{"list", "<ul><li>", "</li></ul>"},
		{"table", "<table><tr><td>", "</td></tr></table>"},
		{"formatting", "<b><i><u>", "</u></i></b>"},
		{"hidden", `<div hidden><section class="tooltip">`, "</section></div>"},
		{"unclosed-div", "<div>", ""},
		{"unclosed-formatting", "<b>", ""},
		// These close themselves or are not nested by the parser: they
		// make long flat pages rather than deep ones.
		{"p", "<p>", "</p>"},
		{"a", "<a href=x>", "</a>"},
		{"li", "<li>", ""},
		{"misnested", "<b><p>", "</b></p>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><body>" + strings.Repeat(c.open, depth) + "<p>" + body + "</p>" +
				strings.Repeat(c.close, depth) + "</body></html>"
			p := badWrite(t, filepath.Join(dir, c.name+".html"), []byte(page))
			start := time.Now()
			in, err := loader.Read(p, nil, loader.DefaultMaxSize)
			read := time.Since(start)
			var x *graph.Extraction
			if err == nil {
				x, err = badExtractor().Extract(in.Document)
				if err == nil {
					err = graph.Validate(x)
				}
			}
			d := time.Since(start)
			t.Logf("%s: %d bytes nested %d deep: read in %v, %v in all; err=%v", c.name, len(page), depth, read, d, err)
			if d > badQuick {
				t.Errorf("took %v", d)
			}
			if err != nil {
				badRefused(t, c.name, err, "")
				return
			}
			if !strings.Contains(in.Document.Text, body) {
				t.Errorf("text lacks the paragraph: %.200q", in.Document.Text)
			}
		})
	}
}

// TestBadInputLongText extracts from 1 MB documents with no sentence
// boundary: extraction must finish quickly.
func TestBadInputLongText(t *testing.T) {
	const size = 1 << 20
	fill := func(unit string) string {
		return strings.Repeat(unit, size/len(unit)+1)[:size]
	}
	// A sentence that goes on for a megabyte and ends on another year: the
	// checks of a passive's subject and of a past year must not read the
	// whole sentence at each verb.
	past := func(unit string) string {
		return fill(unit)[:size-len(" in 1995.")] + " in 1995."
	}
	cases := map[string]string{
		"words":       fill("word "),
		"names":       fill("Foreign Minister Wang Yi met Secretary-General Vladimir Norov and "),
		"capitalised": fill("Alpha Beta Gamma Delta "),
		"quotes":      fill(`"said Wang Yi `),
		"curly":       fill("“Wang Yi said „ ” "),
		"parentheses": fill("Council (SCO) "),
		"abbrevs":     fill("Mr. "),
		"dots":        fill("U.S.A.B."),
		"one-token":   fill("A"),
		"hyphens":     fill("Wang-"),
		"commas":      fill("Wang, "),
		"received":    fill("the letter was received and "),
		"first":       past("they held their first meeting and "),
		"round":       past("they held the third round of talks and "),
		"signed":      past("it was signed by Wang Yi and Li Qiang and "),
		// Bodies named back to back with no punctuation: each must not
		// take in all those before it (a review found one body 200 KB
		// long, built in 6-11 s for 200 KB).
		"universities": fill(" Royal University of Phnom Penh"),
		"banks":        fill(" Bank of Greece"),
		"led-by":       fill(" led by Anna Berg, Minister and"),
		"at-the":       fill(" met at the White House on the 15th"),
		// A list of a megabyte: each item reads the line before it.
		"list-items": "Taking part were:\n" + fill("- Anna Berg, Senior Arctic Official of Finland\n"),
		"job":        fill("Anna Berg, an analyst of the "),
		// Many distinct names: the merges of names into longer ones must
		// not compare each name with each (a review found 13 s for 40,000
		// "Faisal bin Xxxx said." sentences, and 6 s for 40,000 plain
		// names, before they were indexed).
		"nasab":    distinctNames(size, "Faisal bin %s said. "),
		"surnames": distinctNames(size, "Anna %s said. "),
		"ranks":    fill("the Minister, Gen (Rtd) Lt. "),
		// A long paragraph ending in a colon before many quotations, and
		// many hyphenated surnames that share inner words (a second
		// review found 10 s and 6 s for these).
		"attributable":    fill("word of the day and ")[:size/2] + " attributable to Penny Wong:\n\n" + fill(`"We agree." `)[:size/2],
		"hyphen-surnames": distinctNames(size, "Juan Maria Lopez %[1]s said. Minister Maria-%[1]s said. "),
		"messages":        fill("He received a message from his counterpart, "),
		// Titles of many distinct committees beside a body named by its
		// last two words: each title looks its pair up in an index, not
		// through every body (a review of session 27 found 7 s for 2 MB).
		"committee-titles": "The CIS Executive Committee met. " + distinctNames(size, "The Chairman of the %s Committee spoke. "),
		// A text that names another state's council: "the head of the
		// EDB" is looked up once per body (a review found 2 s).
		"head-of": "Nikolai Podguzov, Chairman of the Management Board of the Eurasian Development Bank (EDB), spoke. " +
			fill(`"Fine," the head of the EDB said. `)[:size/2],
		"jobs": distinctNames(size, "Anna %s, an analyst at the World Bank, met the President. "),
		// One paragraph of many encounters, each received by another
		// host: each meeting's day is read once per paragraph (a third
		// review found 65 s).
		"received-by": distinctNames(size, "Minister Anna Berg held talks with Minister Ivan %[1]s. Minister Anna Berg was also received by President Petr %[1]s. "),
		// Many holders of one title, each sentence receiving them all
		// ("the National Coordinators were received by").
		"title-group": distinctNames(size, "Ms Anna %[1]s, National Coordinator of Georgia, arrived. The National Coordinators were received by Minister Petr %[1]s. "),
		// "hosted" and "chaired by" after a meeting noun with a comma,
		// a megabyte long: the subject is not read back at each (a fourth
		// review found 30 s and 10 s; "and chaired by" took 9 s before).
		"hosted":         "Wang Yi met Anna Berg. The talks, were attended by the ministry and " + fill("hosted ")[:size-80],
		"were-hosted-by": "Wang Yi met Anna Berg. The talks, " + fill("were hosted by the ministry and ")[:size-40],
		"chaired-by":     "Wang Yi met Anna Berg. The talks, " + fill("and chaired by the ministry ")[:size-40],
		// A dated document (the pluperfect's weekday is read only when
		// the publication date is known): a megabyte sentence of "had
		// held talks" (a fifth review found 42 s), and many fuller names
		// sharing a first word and a surname (11 s).
		"had-held":     "title: t\ndate: 2026-03-18\n\n" + fill("Anna Berg had held talks with Ivan Petrov and ")[:size-30],
		"middle-names": "title: t\ndate: 2026-03-18\n\n" + distinctNames(size-30, "Anna %s Berg said. Anna Berg said. "),
		// Countries represented, one after another, in one sentence.
		"represented": fill("Peru was represented by its foreign minister, Hugo de Zela, and Ecuador by Environment Minister Ana Berg, "),
		// Nicknames in brackets, names sharing their first two words,
		// wire credits opening paragraphs, a short name of a known body.
		"nicknames":    distinctNames(size, "Speaker Anna Maria %[1]s (Nick%[1]s) met Anna Maria. Speaker Nick%[1]s said. "),
		"credits":      fill("MOSCOW, May 19 (TASS) - Minister Ivan Petrov met Minister Anna Berg.\n\n"),
		"commonwealth": fill("the Commonwealth of Independent States and the Commonwealth "),
	}
	dir := t.TempDir()
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			x, d := readExtractTimed(t, badWrite(t, filepath.Join(dir, name+".txt"), []byte(text)))
			if err := graph.Validate(x); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes: read and extracted in %v (%d persons, %d statements)", name, len(text), d, len(x.Persons), len(x.Statements))
			if d > badQuick {
				t.Errorf("took %v", d)
			}
		})
	}
}

// TestBadInputNames extracts from text full of quotes, backticks and Cypher:
// names and quotations are the literal text, with no escaping, and survive
// our JSON format unchanged.
func TestBadInputNames(t *testing.T) {
	cases := []struct {
		name, text string
		persons    []string // names that must be extracted
		quotes     []string // quotations that must be extracted
	}{
		{
			name:    "cypher-after-name",
			text:    "Foreign Minister Robert'); MATCH (n) DETACH DELETE n; // met President Xi Jinping in Beijing on 2 February 2021.",
			persons: []string{"Robert", "Xi Jinping"},
		},
		{
			name:    "cypher-in-quote",
			text:    `"Robert'); MATCH (n) DETACH DELETE n; // is what we say," Foreign Minister Wang Yi said.`,
			persons: []string{"Wang Yi"},
			quotes:  []string{"Robert'); MATCH (n) DETACH DELETE n; // is what we say,"},
		},
		{
			name:    "backticks",
			text:    "Foreign Minister `Name` met President Xi Jinping. Prime Minister `Li` Qiang}) RETURN 1 // met \"`Name`\" in Beijing.",
			persons: []string{"Xi Jinping"},
		},
		{
			name:    "apostrophe-quote-hyphen",
			text:    "Foreign Minister O'Brien-\"X\" met President Xi Jinping in Beijing on 2 February 2021.",
			persons: []string{"Xi Jinping"},
		},
		{
			name:    "quote-with-braces",
			text:    "Foreign Minister Wang Yi said: \"We reject `backticks`, $param, {braces: 1} and 'single quotes' here.\"",
			persons: []string{"Wang Yi"},
			quotes:  []string{"We reject `backticks`, $param, {braces: 1} and 'single quotes' here."},
		},
		{
			name:    "keywords-as-names",
			text:    "President Match Merge met Foreign Minister Detach Delete in Beijing. \"Return null where true and false,\" Delete said.",
			persons: []string{"Match Merge", "Detach Delete"},
			quotes:  []string{"Return null where true and false,"},
		},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := loader.ParseText(c.text)
			x, err := badExtractor().Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			if err := graph.Validate(x); err != nil {
				t.Fatal(err)
			}
			flat := strings.Join(strings.Fields(doc.Text), " ")
			var names, quotes []string
			for _, p := range x.Persons {
				names = append(names, p.Name)
				for _, s := range append([]string{p.Name}, p.Aliases...) {
					if !strings.Contains(flat, s) {
						t.Errorf("person %q is not in the text", s)
					}
				}
				badPlainID(t, p.ID)
			}
			for _, s := range x.Statements {
				quotes = append(quotes, s.Quote)
				if !strings.Contains(flat, s.Quote) {
					t.Errorf("quote %q is not in the text", s.Quote)
				}
			}
			t.Logf("persons %q, quotes %q", names, quotes)
			for _, want := range c.persons {
				if !badContains(names, want) {
					t.Errorf("no person %q in %q", want, names)
				}
			}
			for _, want := range c.quotes {
				if !badContains(quotes, want) {
					t.Errorf("no quote %q in %q", want, quotes)
				}
			}
			for _, s := range append(names, quotes...) {
				if strings.Contains(s, `\`) {
					t.Errorf("%q has a backslash the text does not have", s)
				}
			}

			// Through our JSON format and back: the same names and quotes.
			b, err := json.Marshal(x)
			if err != nil {
				t.Fatal(err)
			}
			p := badWrite(t, filepath.Join(dir, c.name+".json"), b)
			in, err := loader.Read(p, nil, loader.DefaultMaxSize)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(in.Extraction.Persons, x.Persons) || !reflect.DeepEqual(in.Extraction.Statements, x.Statements) {
				t.Errorf("persons or statements changed through JSON:\n%+v\n%+v", x.Persons, in.Extraction.Persons)
			}
		})
	}
}

// badPlainID checks that an ID is a kind prefix and a slug of letters,
// digits and hyphens: nothing a query could mistake for syntax.
func badPlainID(t *testing.T, id string) {
	t.Helper()
	_, slug, _ := strings.Cut(id, ":")
	for _, r := range slug {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			t.Errorf("id %q has %q", id, r)
			return
		}
	}
	if !utf8.ValidString(id) || slug == "" {
		t.Errorf("bad id %q", id)
	}
}

func badContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// recordingWriter is a graph.DocumentWriter that writes nothing: it records
// the extractions it is given, reports a document it has seen as unchanged,
// and fails with failWith (when set) for a document whose path ends in
// failOn.
type recordingWriter struct {
	written  []*graph.Extraction
	seen     map[string]bool
	failOn   string
	failWith error
}

func (w *recordingWriter) WriteExtraction(_ context.Context, x *graph.Extraction) (graph.WriteResult, error) {
	if w.failOn != "" && strings.HasSuffix(x.Document.Path, w.failOn) {
		return graph.WriteResult{}, w.failWith
	}
	if err := graph.Validate(x); err != nil {
		return graph.WriteResult{}, err
	}
	w.written = append(w.written, x)
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	if w.seen[x.Document.ID] {
		return graph.WriteResult{DocumentID: x.Document.ID, Unchanged: true}, nil
	}
	w.seen[x.Document.ID] = true
	return graph.WriteResult{DocumentID: x.Document.ID, NodesCreated: 1 + len(x.Persons)}, nil
}

var _ graph.DocumentWriter = (*recordingWriter)(nil)

// TestBadInputLoadMix loads good and bad files together: each bad file is
// refused with its reason, the good ones are all written, in order; a
// database error stops the load.
func TestBadInputLoadMix(t *testing.T) {
	dir := t.TempDir()
	good := "On 2 February 2021 in Beijing, Foreign Minister Wang Yi met SCO Secretary-General Vladimir Norov."
	goodJSON, err := json.Marshal(graph.Extraction{
		Document:  graph.Document{Text: "Wang Yi spoke."},
		Persons:   []graph.PersonFact{{ID: "person:wang-yi", Name: "Wang Yi"}},
		Countries: []graph.EntityFact{{ID: "country:china", Name: "China"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name, content string
		reason        string // "" for a good file
	}{
		{"01-good.txt", good, ""},
		{"02-empty.txt", "", "empty"},
		{"03-blank.md", "\n \t\n", "empty"},
		{"04-binary.txt", "GIF89a\x00\x01", "binary (contains NUL bytes)"},
		{"05-latin1.txt", "Jos\xe9 Manuel Albares", "not valid UTF-8"},
		{"06-big.txt", strings.Repeat("x", 5000), "larger than the limit of 4096 bytes"},
		{"07-good.json", string(goodJSON), ""},
		{"08-bad.json", `{"document":{"text":"x"},"persons":[{"id":"wang-yi","name":"Wang Yi"}]}`, "must start with"},
		{"09-unknown.json", `{"document":{"text":"x"},"people":[]}`, "not a graph in our JSON format"},
		{"10-deep.html", "<html><body>" + strings.Repeat("<div>", 600) + "<p>x</p></body></html>", "HTML"},
		{"11-script.html", "<html><body><script>x()</script></body></html>", "no article text found in the HTML"},
		{"12-good.html", "<html><body><article><p>" + good + "</p></article></body></html>", ""},
		{"13-again.txt", good, ""}, // same text as 01: unchanged
		{"14-open.md", "---\ntitle: x\n", "front matter is not closed by ---"},
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, badWrite(t, filepath.Join(dir, f.name), []byte(f.content)))
	}
	missing := filepath.Join(dir, "15-missing.txt")
	paths = append(paths, missing)

	w := &recordingWriter{}
	var progress []string
	l := &loader.Loader{Extractor: badExtractor(), Writer: w, MaxSize: 4096,
		Progress: func(path string, _ graph.WriteResult, _ error) { progress = append(progress, path) }}
	sum, err := l.Load(context.Background(), paths)
	if err != nil {
		t.Fatalf("load stopped: %v", err)
	}
	t.Logf("summary: %v", sum)
	for _, r := range sum.Refusals {
		t.Logf("refused %v", r)
	}
	if !reflect.DeepEqual(progress, paths) {
		t.Errorf("progress told of %q, want every file in order", progress)
	}
	var wantRefused []string
	for i, f := range files {
		if f.reason != "" {
			wantRefused = append(wantRefused, paths[i])
		}
	}
	wantRefused = append(wantRefused, missing)
	var refused []string
	for _, r := range sum.Refusals {
		refused = append(refused, r.Path)
		if r.Reason == "" {
			t.Errorf("%s refused without a reason", r.Path)
		}
	}
	if !reflect.DeepEqual(refused, wantRefused) {
		t.Fatalf("refused %q, want %q", refused, wantRefused)
	}
	k := 0
	for i, f := range files {
		if f.reason == "" {
			continue
		}
		if !strings.Contains(sum.Refusals[k].Reason, f.reason) {
			t.Errorf("%s refused with %q, want %q", files[i].name, sum.Refusals[k].Reason, f.reason)
		}
		k++
	}
	if !strings.Contains(sum.Refusals[k].Reason, "cannot open") {
		t.Errorf("missing file refused with %q", sum.Refusals[k].Reason)
	}
	if sum.Loaded != 3 || sum.Unchanged != 1 {
		t.Errorf("loaded %d, unchanged %d; want 3 and 1", sum.Loaded, sum.Unchanged)
	}
	var written []string
	for _, x := range w.written {
		written = append(written, filepath.Base(x.Document.Path))
	}
	if want := []string{"01-good.txt", "07-good.json", "12-good.html", "13-again.txt"}; !reflect.DeepEqual(written, want) {
		t.Errorf("written %q, want %q", written, want)
	}

	// A database error is not a refusal: the load stops there, keeping
	// what it did.
	w = &recordingWriter{failOn: "07-good.json", failWith: &graph.Error{Code: graph.EUNAVAILABLE, Message: "database unavailable"}}
	l.Writer = w
	sum, err = l.Load(context.Background(), paths)
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("got %v, want the database error", err)
	}
	if sum.Loaded != 1 || len(sum.Refusals) != 5 || len(w.written) != 1 {
		t.Errorf("before the database error: %v, %d written", sum, len(w.written))
	}

	// A dry run (no writer) refuses the same files.
	l.Writer = nil
	sum, err = l.Load(context.Background(), paths)
	if err != nil || len(sum.Refusals) != len(wantRefused) || sum.Loaded != 4 {
		t.Errorf("dry run: %v, %v", sum, err)
	}
}

// distinctNames fills size bytes with format applied to distinct
// capitalised words ("Baaa", "Baab", ...).
func distinctNames(size int, format string) string {
	var b strings.Builder
	for n := 0; b.Len() < size; n++ {
		w := []byte("Baaaa")
		for k, m := len(w)-1, n; k > 0 && m > 0; k, m = k-1, m/26 {
			w[k] = byte('a' + m%26)
		}
		fmt.Fprintf(&b, format, w)
	}
	return b.String()[:size]
}

// TestBadInputManyJoins extracts a megabyte of mixed sentences that a
// review of session 28 generated (testdata/badinput/many-joins.txt.gz):
// many meetings, titles and "X and Y also participated." joins. The
// earlier meeting a join may belong to must be looked for among the last
// few only (the review found 7 s for this megabyte, 28 s for two).
func TestBadInputManyJoins(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "badinput", "many-joins.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	x, d := readExtractTimed(t, badWrite(t, filepath.Join(t.TempDir(), "many-joins.txt"), text))
	if len(x.Meetings) == 0 {
		t.Errorf("no meetings in a text of many")
	}
	t.Logf("%d bytes: read and extracted in %v (%d meetings)", len(text), d, len(x.Meetings))
	if d > badQuick {
		t.Errorf("took %v", d)
	}
}

// readExtractTimed reads and extracts the file p, failing the test on an
// error, and returns the extraction and the time both took.
func readExtractTimed(t *testing.T, p string) (*graph.Extraction, time.Duration) {
	t.Helper()
	start := time.Now()
	in, err := loader.Read(p, nil, loader.DefaultMaxSize)
	if err != nil {
		t.Fatal(err)
	}
	x, err := badExtractor().Extract(in.Document)
	d := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	return x, d
}
