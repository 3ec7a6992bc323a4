package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word (a run of letters and digits) or a single punctuation
// character, with its byte offsets in the text. Every rule works on tokens,
// so the text is scanned once.
type token struct {
	start, end    int
	lower         string // lower-cased word, or the punctuation (’ folded to ')
	punct         rune   // the punctuation character; 0 for words
	upper         bool   // first letter is upper case
	allCaps       bool   // at least two letters, none lower case ("SCO", "HANOI")
	newlineBefore bool   // a line break separates it from the previous token
	sent          int    // index of its sentence
	wid           int32  // lower's index in the vocabulary of the word sets; -1 when in none
	gid           int32  // lower's index among the words of the gazetteer's names: -1 for none, unlooked when not looked up
}

// unlooked is the gid of a token that tokenize did not look up in a
// gazetteer.
const unlooked = -2

func (t *token) isWord() bool   { return t.punct == 0 }
func (t *token) isHyphen() bool { return t.punct == '-' || t.punct == '‐' }

// isQuoteMark reports whether r is a double quotation mark.
func isQuoteMark(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}

// tokenize splits s into tokens. Lower-casing allocates only for words that
// have upper-case letters.
func tokenize(s string) []token { return tokenizeWith(nil, s, nil) }

// tokenizeWith is tokenize, with each token looked up in g's lexicon when
// g is not nil, appending the tokens to toks.
func tokenizeWith(toks []token, s string, g *Gazetteer) []token {
	toks = slices.Grow(toks, len(s)/5+4)
	newline := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			newline = true
			i += size
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			upperFirst := unicode.IsUpper(r)
			if r == 'ʻ' || r == 'ʼ' {
				// "ʻAna": the ʻokina (U+02BB, a glottal stop and a letter
				// of its own), or the modifier apostrophe U+02BC written
				// for it, before a capital.
				if r2, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsUpper(r2) {
					upperFirst = true
				}
			}
			hasUpper, hasLower, letters, ascii := false, false, 0, true
			h := fnvOffset // of the lower-case bytes, while the word is ASCII
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					switch {
					case 'a' <= c && c <= 'z':
						hasLower = true
					case 'A' <= c && c <= 'Z':
						hasUpper = true
						c += 'a' - 'A'
					case '0' <= c && c <= '9':
						h = (h ^ uint32(c)) * fnvPrime
						j++
						continue
					default:
						goto end
					}
					h = (h ^ uint32(c)) * fnvPrime
					letters++
					j++
					continue
				}
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				ascii = false
				if unicode.IsUpper(r2) {
					hasUpper = true
				} else if unicode.IsLower(r2) {
					hasLower = true
				}
				if unicode.IsLetter(r2) {
					letters++
				}
				j += sz
			}
		end:
			w := s[i:j]
			lower, wid, gid := w, int32(0), int32(0)
			switch {
			case g != nil && ascii:
				// Hashed while read; a capitalised word the lexicon
				// knows takes its lower-case form from there, without
				// making one.
				if e, ok := g.lexTable.find(h, w, hasUpper); ok {
					lower, wid, gid = e.word, e.wid, e.gid
				} else {
					if hasUpper {
						lower = strings.ToLower(w)
					}
					wid, gid = -1, -1
				}
			case !hasUpper:
				wid, gid = g.lookup(w)
			default:
				lower = strings.ToLower(w)
				wid, gid = g.lookup(lower)
			}
			toks = append(toks, token{start: i, end: j, lower: lower, upper: upperFirst,
				allCaps: hasUpper && !hasLower && letters >= 2, newlineBefore: newline, wid: wid, gid: gid})
			newline = false
			i = j
		default:
			p := r
			lower := s[i : i+size]
			if r == '’' || r == '‘' {
				p, lower = '\'', "'"
			}
			toks = append(toks, token{start: i, end: i + size, lower: lower, punct: p, newlineBefore: newline})
			t := &toks[len(toks)-1]
			t.wid, t.gid = g.lookup(lower)
			newline = false
			i += size
		}
	}
	return toks
}

// span is a byte range of the text.
type span struct{ start, end int }

// sentence is a sentence with its byte offsets, its paragraph and its
// tokens [tokStart, tokEnd).
type sentence struct {
	start, end       int
	para             int
	tokStart, tokEnd int
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true,
	"lt": true, "col": true, "capt": true, "sen": true, "rep": true, "gov": true, "jr": true,
	"sr": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "ltd": true, "co": true, "corp": true, "dept": true, "hon": true,
	"rev": true, "messrs": true, "fig": true, "approx": true, "maj": true, "adm": true, "amb": true,
	"rt": true, "eng": true, "engr": true, "ma": true, "md": true, "sk": true, "cllr": true,
}

// paragraphs returns the non-blank lines of text: news bodies put one
// paragraph per line, and a line break always ends a sentence.
func paragraphs(text string) []span {
	var ps []span
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := trimSpan(text, i, end)
		if s < e {
			ps = append(ps, span{s, e})
		}
		i = end + 1
	}
	return ps
}

// trimSpan shrinks [s, e) to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// splitSentences splits text into sentences with byte offsets. A sentence
// ends at a line break, or at . ! ? (with any closing quotes or brackets)
// followed by white space and an upper-case letter, digit or opening quote,
// unless the full stop ends an abbreviation ("Mr.", "Feb.") or an initial
// ("H.E.", "U.S.", "J.").
func splitSentences(text string) []sentence { return sentencesOf(nil, text, paragraphs(text)) }

// sentencesOf is splitSentences over the paragraphs paras of text,
// appending the sentences to out.
func sentencesOf(out []sentence, text string, paras []span) []sentence {
	for pi, p := range paras {
		start := p.start
		for i := p.start; i < p.end; {
			// The marks are ASCII, and no byte of another character is.
			k := strings.IndexAny(text[i:p.end], ".!?")
			if k < 0 {
				break
			}
			r := rune(text[i+k])
			i += k + 1
			end := i
			for end < p.end {
				r2, sz := utf8.DecodeRuneInString(text[end:])
				if isQuoteMark(r2) || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == ']' {
					end += sz
					continue
				}
				break
			}
			if end < p.end {
				r2, sz := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsSpace(r2) {
					continue
				}
				k := end + sz
				for k < p.end {
					r3, sz3 := utf8.DecodeRuneInString(text[k:])
					if !unicode.IsSpace(r3) {
						break
					}
					k += sz3
				}
				if k >= p.end {
					continue
				}
				r3, sz3 := utf8.DecodeRuneInString(text[k:])
				// A straight single mark before a capital opens a
				// quotation: "... for the launch. 'We want ...'".
				straightQuote := r3 == '\'' && k+sz3 < p.end && unicode.IsUpper(firstRune(text[k+sz3:]))
				if !(unicode.IsUpper(r3) || unicode.IsDigit(r3) || isQuoteMark(r3) || r3 == '(' || r3 == '‘' || straightQuote) {
					continue
				}
			}
			if r == '.' && noSentenceEnd(text, start, i-1) {
				continue
			}
			if s, e := trimSpan(text, start, end); s < e {
				out = append(out, sentence{start: s, end: e, para: pi})
			}
			start = end
			i = end
		}
		if s, e := trimSpan(text, start, p.end); s < e {
			out = append(out, sentence{start: s, end: e, para: pi})
		}
	}
	return out
}

// noSentenceEnd reports whether the full stop at dot ends an abbreviation or
// an initial rather than a sentence.
func noSentenceEnd(text string, from, dot int) bool {
	w := dot
	for w > from {
		r, size := utf8.DecodeLastRuneInString(text[from:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= size
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "J. Smith", "U.S.", "H.E."
	}
	lw := strings.ToLower(word)
	if numberedAbbreviations[lw] {
		// "Mar. 5", "No. 3"; not "Viña del Mar. Han conveyed ...".
		k := dot + 1
		for k < len(text) && text[k] == ' ' {
			k++
		}
		return k < len(text) && text[k] >= '0' && text[k] <= '9'
	}
	return abbreviations[lw]
}

// numberedAbbreviations are abbreviations that a number follows: the
// months and "No.". Before anything else their full stop ends a
// sentence.
var numberedAbbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true,
}

// assignSentences sets tok.sent and the sentences' token ranges.
func assignSentences(toks []token, sents []sentence) {
	si := 0
	for i := range toks {
		for si < len(sents)-1 && toks[i].start >= sents[si].end {
			sents[si].tokEnd = i
			si++
			sents[si].tokStart = i
		}
		toks[i].sent = si
	}
	if len(sents) > 0 {
		sents[si].tokEnd = len(toks)
		// Sentences after the last token (none in practice) stay empty.
		for k := si + 1; k < len(sents); k++ {
			sents[k].tokStart, sents[k].tokEnd = len(toks), len(toks)
		}
	}
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
