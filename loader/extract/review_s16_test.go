package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestKeptBuffersHoldNoText checks that the buffers Extract keeps for the
// next document hold nothing of the document just read. A token's
// lower-case form is, for every punctuation mark and every lower-case word
// the lexicon does not know, a substring of the text: a kept token that
// still holds one keeps the whole text reachable from the pool after
// Extract has returned, and the tokens past the next, shorter document's
// own keep older texts, one more for each document in a run of documents
// of decreasing length.
func TestKeptBuffersHoldNoText(t *testing.T) {
	text := "zyxwv, qwerty; “uiop” asdfg. Wang Yi met Sergey Lavrov."
	d := &docState{g: testExtractor.g, text: text, buf: new(docBuffer)}
	d.toks = tokenizeWith(nil, text, d.g)
	if len(d.toks) < 10 {
		t.Fatalf("%d tokens", len(d.toks))
	}
	kept := d.buf
	d.keepBuffers()
	for i, tok := range kept.toks[:cap(kept.toks)] {
		if tok != (token{}) {
			t.Fatalf("kept token %d still holds %q of the last document", i, tok.lower)
		}
	}
}

// TestTitleOfTheAtTheEnd reads a text cut off after "Director of the": the
// title's complement has no word to start at (it read past the last token
// and panicked).
func TestTitleOfTheAtTheEnd(t *testing.T) {
	doc := graph.Document{Text: "Foreign Minister Oana Toiu received the Ambassador of Chile, Maria Larrain, on Wednesday.\n\n" +
		"Also present was Mihaela Carstea-Dobre, Director of the"}
	ex, err := testExtractor.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Persons) < 2 {
		t.Errorf("%d persons, want the minister and the ambassador at least", len(ex.Persons))
	}
}

// TestExtractorFailureRefusesTheDocument checks the net under the rules: a
// rule that panics on a document makes Extract refuse that document with a
// reason (the loader then goes on with the others) instead of ending the
// process. An extractor without a gazetteer panics in its first rule.
func TestExtractorFailureRefusesTheDocument(t *testing.T) {
	ex, err := (&Extractor{}).Extract(graph.Document{Text: "Foreign Minister Wang Yi met Sergey Lavrov in Beijing."})
	if err == nil || ex != nil {
		t.Fatalf("Extract = %v, %v; want no extraction and an error", ex, err)
	}
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), "extractor failed") {
		t.Errorf("error %q (%s), want a refusal that says the extractor failed", err, graph.ErrorCode(err))
	}
}
