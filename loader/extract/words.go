package extract

import (
	"strings"
	"unicode/utf8"
)

// words is a set of lower-case words. The extractor asks its sets about
// each token many times over, so a token carries the index of its word in
// the vocabulary of all the sets (tokenize looks it up once), and a set
// answers for a token with a bit rather than a map lookup.
type words struct {
	m    map[string]bool
	bits []uint64 // bit i: the word of vocabulary index i is in the set
}

// vocab indexes every word of every set. The sets are made when the
// package is initialised, and vocab is read-only after that.
var vocab = map[string]int32{}

// allSets are the sets made, for the tests.
var allSets []*words

// wordSet makes the set of the words of s, separated by white space.
func wordSet(s string) *words {
	w := &words{m: map[string]bool{}}
	allSets = append(allSets, w)
	for _, f := range strings.Fields(s) {
		w.m[f] = true
		id, ok := vocab[f]
		if !ok {
			id = int32(len(vocab))
			vocab[f] = id
		}
		for int(id>>6) >= len(w.bits) {
			w.bits = append(w.bits, 0)
		}
		w.bits[id>>6] |= 1 << (id & 63)
	}
	return w
}

// wordID is the vocabulary index of a token's lower-case form, or -1.
func wordID(lower string) int32 {
	if len(lower) == 1 && lower[0] < utf8.RuneSelf {
		return asciiIDs[lower[0]]
	}
	if id, ok := vocab[lower]; ok {
		return id
	}
	return -1
}

// at reports whether the word of vocabulary index id (a token's wid) is in
// the set.
func (s *words) at(id int32) bool {
	i := int(id >> 6)
	return i >= 0 && i < len(s.bits) && s.bits[i]&(1<<(id&63)) != 0
}

// of reports whether w is in the set.
func (s *words) of(w string) bool { return s.m[w] }

// asciiIDs are the vocabulary indexes of the one-character ASCII strings:
// punctuation and initials are tokens of one character.
var asciiIDs [utf8.RuneSelf]int32

func init() {
	for c := range asciiIDs {
		asciiIDs[c] = -1
		if id, ok := vocab[string(rune(c))]; ok {
			asciiIDs[c] = id
		}
	}
}
