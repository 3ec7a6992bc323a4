package extract

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// TestWordSetsAnswerByToken checks that every set answers for a token, by
// the token's vocabulary index, what it answers for the token's word, and
// that the index is the word's: for every word of the vocabulary, written
// in lower and in title case, and for words in no set, tokenized plainly
// and through the gazetteer's lexicon.
func TestWordSetsAnswerByToken(t *testing.T) {
	if len(allSets) < 100 {
		t.Fatalf("%d word sets registered; the extractor has more than 100", len(allSets))
	}
	var b strings.Builder
	for w := range vocab {
		b.WriteString(w + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
	}
	b.WriteString("Zyxwv qwertyuiop , ; “")
	for _, how := range []struct {
		name string
		toks []token
	}{{"plain", tokenize(b.String())}, {"lexicon", testExtractor.g.tokenize(b.String())}} {
		known := 0
		for _, tok := range how.toks {
			want, in := vocab[tok.lower]
			if !in {
				want = -1
			}
			if tok.wid != want {
				t.Fatalf("%s: token %q: wid %d, want %d", how.name, tok.lower, tok.wid, want)
			}
			if in {
				known++
			}
			for si, s := range allSets {
				if got, want := s.at(tok.wid), s.of(tok.lower); got != want {
					t.Fatalf("%s: set %d: token %q (wid %d): at = %v, of = %v", how.name, si, tok.lower, tok.wid, got, want)
				}
			}
		}
		if known < len(vocab) {
			t.Errorf("%s: %d tokens are words of the vocabulary; it has %d words, each written twice", how.name, known, len(vocab))
		}
	}
}

// TestSingleSpacedIsCollapsed checks phrase's shortcut: a text that
// singleSpaced takes is what collapsing its white space gives, and every
// such ASCII text is taken, over all strings of up to five characters of an
// alphabet with each kind of space and a non-ASCII letter.
func TestSingleSpacedIsCollapsed(t *testing.T) {
	const alphabet = "a .\t\n\u00a0é"
	taken := 0
	var gen func(s string, n int)
	gen = func(s string, n int) {
		collapsed := strings.Join(strings.Fields(s), " ")
		if singleSpaced(s) {
			taken++
			if collapsed != s {
				t.Fatalf("singleSpaced(%q), but collapsed it is %q", s, collapsed)
			}
		} else if collapsed == s && strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
			t.Fatalf("singleSpaced(%q) is false for ASCII text already collapsed", s)
		}
		if n > 0 {
			for _, c := range alphabet {
				gen(s+string(c), n-1)
			}
		}
	}
	gen("", 5)
	if taken < 100 {
		t.Fatalf("singleSpaced took %d strings", taken)
	}
}

// TestGazetteerKeepsCountryIDs checks the IDs the gazetteer keeps for its
// countries, organisations and initiatives against the IDs of their names.
func TestGazetteerKeepsCountryIDs(t *testing.T) {
	g := testExtractor.g
	if len(g.Countries) < 190 {
		t.Fatalf("%d countries", len(g.Countries))
	}
	for i, c := range g.Countries {
		if got, want := g.countryID(i), graph.EntityID(graph.KindCountry, c.Name); got != want {
			t.Fatalf("country %d (%s): ID %q, want %q", i, c.Name, got, want)
		}
	}
	d := &docState{g: g}
	for i, o := range g.Organisations {
		if got, want := d.orgID(i), graph.EntityID(graph.KindOrganisation, o.Name); got != want {
			t.Fatalf("organisation %d (%s): ID %q, want %q", i, o.Name, got, want)
		}
	}
	for i, in := range g.Initiatives {
		if got, want := g.initiativeID(i), graph.EntityID(graph.KindInitiative, in.Name); got != want {
			t.Fatalf("initiative %d (%s): ID %q, want %q", i, in.Name, got, want)
		}
	}
}

// TestGazetteerTokensMatchAsPlainTokens checks the tokens the gazetteer
// looks up against plain tokens: the same vocabulary indexes, and at every
// token the same longest name and known person's name, over the dev set's
// documents.
func TestGazetteerTokensMatchAsPlainTokens(t *testing.T) {
	g := testExtractor.g
	_, docs := devsetDocs(t)
	if len(docs) == 0 {
		t.Skip("no dev set")
	}
	looked, matched, persons := 0, 0, 0
	for _, doc := range docs {
		plain, lexed := tokenize(doc.Text), g.tokenize(doc.Text)
		if len(plain) != len(lexed) {
			t.Fatalf("%d tokens, %d plain", len(lexed), len(plain))
		}
		for i := range plain {
			if plain[i] != lexed[i] && (plain[i].lower != lexed[i].lower || plain[i].start != lexed[i].start || plain[i].end != lexed[i].end) {
				t.Fatalf("token %q at %d: %q at %d", plain[i].lower, plain[i].start, lexed[i].lower, lexed[i].start)
			}
			if plain[i].wid != lexed[i].wid {
				t.Fatalf("token %q: wid %d, %d plain", plain[i].lower, lexed[i].wid, plain[i].wid)
			}
			if plain[i].gid != unlooked || lexed[i].gid == unlooked {
				t.Fatalf("token %q: gid %d, %d plain", plain[i].lower, lexed[i].gid, plain[i].gid)
			}
			if lexed[i].gid >= 0 {
				looked++
			}
			for _, trie := range []struct {
				name  string
				match func(string, []token, int) (gzMatch, bool)
				found *int
			}{{"name", g.match, &matched}, {"known person", g.matchPerson, &persons}} {
				m1, ok1 := trie.match(doc.Text, plain, i)
				m2, ok2 := trie.match(doc.Text, lexed, i)
				if m1 != m2 || ok1 != ok2 {
					t.Fatalf("at %q: %s %v %v, plain %v %v", plain[i].lower, trie.name, m2, ok2, m1, ok1)
				}
				if ok1 {
					*trie.found++
				}
			}
		}
	}
	if looked == 0 || matched == 0 || persons == 0 {
		t.Fatalf("%d tokens are words of names, %d begin a name, %d a known person's", looked, matched, persons)
	}
}

// TestPlanVerbWordsArePlanVerbs checks the set that verbAt tests tokens by
// against the map of planned verbs.
func TestPlanVerbWordsArePlanVerbs(t *testing.T) {
	if len(planVerbWords.m) != len(planVerbs) {
		t.Fatalf("%d words, %d plan verbs", len(planVerbWords.m), len(planVerbs))
	}
	for w := range planVerbs {
		if !planVerbWords.of(w) {
			t.Errorf("%q is a plan verb, not in planVerbWords", w)
		}
	}
}

// TestConcurrentExtractionsAgree extracts the dev set's documents at once
// from several goroutines, which share the extractor and its pool of token
// buffers, and compares each extraction with the document's extraction on
// its own.
func TestConcurrentExtractionsAgree(t *testing.T) {
	_, docs := devsetDocs(t)
	if len(docs) == 0 {
		t.Skip("no dev set")
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = string(goldenJSON(t, d))
	}
	const workers = 4
	errs := make(chan string, workers*len(docs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k + w*7) % len(docs) // each worker in its own order
				ex, err := testExtractor.Extract(docs[i])
				if err != nil {
					errs <- err.Error()
					continue
				}
				ex.Document.Text = ""
				b, _ := json.MarshalIndent(ex, "", "  ")
				if string(b)+"\n" != want[i] {
					errs <- fmt.Sprintf("document %d: the extraction differs from its own", i)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestLexTableFindsTheLexicon checks the tokenizer's hash table against the
// lexicon's map: every word is found, by its lower-case form and, folded,
// by its capitalised and upper-case forms; words not in the lexicon are
// not.
func TestLexTableFindsTheLexicon(t *testing.T) {
	g := testExtractor.g
	if len(g.lex) < 1000 {
		t.Fatalf("%d words in the lexicon", len(g.lex))
	}
	for w, want := range g.lex {
		if got, ok := g.lexTable.find(fnvHash(w), w, false); !ok || got != want {
			t.Fatalf("%q: %v %v, want %v", w, got, ok, want)
		}
		ascii := strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) < 0
		if !ascii {
			continue
		}
		for _, v := range []string{strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if got, ok := g.lexTable.find(fnvHash(w), v, true); !ok || got != want {
				t.Fatalf("%q as %q: %v %v, want %v", w, v, got, ok, want)
			}
		}
	}
	for _, w := range []string{"zzyzx", "qwertyuiop", "ministerx", "xminister"} {
		if _, in := g.lex[w]; in {
			continue
		}
		if e, ok := g.lexTable.find(fnvHash(w), w, false); ok {
			t.Errorf("%q found as %v", w, e)
		}
	}
}
