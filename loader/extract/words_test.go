package extract

import (
	"strings"
	"testing"
)

// TestWordSetsAnswerByToken checks that every set answers for a token, by
// the token's vocabulary index, what it answers for the token's word: for
// every word of the vocabulary, written in lower and in title case, and
// for words in no set.
func TestWordSetsAnswerByToken(t *testing.T) {
	if len(allSets) < 100 {
		t.Fatalf("%d word sets registered; the extractor has more than 100", len(allSets))
	}
	var b strings.Builder
	for w := range vocab {
		b.WriteString(w + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
	}
	b.WriteString("Zyxwv qwertyuiop , ; “")
	toks := tokenize(b.String())
	known := 0
	for _, tok := range toks {
		if tok.wid >= 0 {
			known++
		}
		for si, s := range allSets {
			if got, want := s.at(tok.wid), s.of(tok.lower); got != want {
				t.Fatalf("set %d: token %q (wid %d): at = %v, of = %v", si, tok.lower, tok.wid, got, want)
			}
		}
	}
	if known < len(vocab) {
		t.Errorf("%d tokens have a vocabulary index; the vocabulary has %d words", known, len(vocab))
	}
}
