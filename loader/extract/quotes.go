package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// quote is a quotation: its inner text segments (one per paragraph it
// spans), and the byte offsets of its opening and closing marks. close is
// -1 for a quotation left open at the end of its paragraph.
type quote struct {
	segs        []span
	open, close int
}

// text returns the quoted words without the marks, white space collapsed
// (a quote over two paragraphs is one statement).
func (q *quote) text(doc string) string {
	var b strings.Builder
	for i, s := range q.segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(doc[s.start:s.end])
	}
	return graph.CollapseSpace(b.String())
}

// innerStart and innerEnd bound the quoted text.
func (q *quote) innerStart() int { return q.segs[0].start }
func (q *quote) innerEnd() int   { return q.segs[len(q.segs)-1].end }

// quoteMark is one double quotation mark in a paragraph.
type quoteMark struct {
	pos, size int
	opening   bool
}

// marksIn returns the quotation marks of the paragraph p. Curly marks say
// which way they face; a straight mark opens when it follows a space, an
// opening bracket or the start of the paragraph, and closes otherwise.
func marksIn(text string, p span) []quoteMark {
	var ms []quoteMark
	for i := p.start; i < p.end; {
		if c := text[i]; c < utf8.RuneSelf && c != '"' {
			i++ // the only ASCII mark is '"'
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isQuoteMark(r) {
			opening := r == '“' || r == '„' || r == '«'
			if r == '"' {
				opening = true
				if i > p.start {
					prev, _ := utf8.DecodeLastRuneInString(text[p.start:i])
					opening = unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
				}
			}
			ms = append(ms, quoteMark{pos: i, size: size, opening: opening})
		}
		i += size
	}
	if len(ms) == 0 {
		return singleMarksIn(text, p)
	}
	return ms
}

// singleMarksIn returns the single quotation marks of a paragraph that has
// no double ones, as British releases quote: ‘...,’ she said, or '...,' she
// said with straight marks, kept only in pairs. An opening
// mark follows a space, a bracket or the start of the paragraph; a closing
// one follows the quotation's last punctuation and no letter follows it,
// which tells it from an apostrophe ("Georgia’s", "countries’").
func singleMarksIn(text string, p span) []quoteMark {
	var ms []quoteMark
	for i := p.start; i < p.end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '‘':
			prev := ' '
			if i > p.start {
				prev, _ = utf8.DecodeLastRuneInString(text[p.start:i])
			}
			if unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' {
				ms = append(ms, quoteMark{pos: i, size: size, opening: true})
			}
		case '’':
			prev, _ := utf8.DecodeLastRuneInString(text[p.start:i])
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if strings.ContainsRune(",.!?", prev) && (i+size >= p.end || !unicode.IsLetter(next)) {
				ms = append(ms, quoteMark{pos: i, size: size})
			}
		case '\'':
			// A straight mark: opening before a capital after a space,
			// closing after the quotation's last punctuation.
			prev := ' '
			if i > p.start {
				prev, _ = utf8.DecodeLastRuneInString(text[p.start:i])
			}
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			switch {
			case (unicode.IsSpace(prev) || prev == '(' || prev == '[') && unicode.IsUpper(next):
				ms = append(ms, quoteMark{pos: i, size: size, opening: true})
			case strings.ContainsRune(",.!?", prev) && (i+size >= p.end || !unicode.IsLetter(next)):
				ms = append(ms, quoteMark{pos: i, size: size})
			}
		}
		i += size
	}
	return pairedStraight(text, ms)
}

// pairedStraight drops the straight single marks that do not pair with the
// next mark ('the 'Middle Corridor' route' has no closing one): an
// apostrophe is no quotation. A pair quotes a statement when it holds
// several words or an attribution follows it: "the initiative called 'Blue
// Pacific.'" quotes a name.
func pairedStraight(text string, ms []quoteMark) []quoteMark {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if text[m.pos] != '\'' {
			out = append(out, m)
			continue
		}
		if m.opening && k+1 < len(ms) && !ms[k+1].opening && text[ms[k+1].pos] == '\'' {
			if c := ms[k+1].pos; wordCount(text[m.pos+1:c]) >= 4 || attributionAfter(text[c+1:]) {
				out = append(out, m, ms[k+1])
			}
			k++
		}
	}
	return out
}

// attributionAfter reports whether a speech verb is among the first words
// of text: "' she said", "', the Minister added".
func attributionAfter(text string) bool {
	ws := strings.Fields(text)
	for k := 0; k < len(ws) && k < 4; k++ {
		if speechVerbs.of(strings.ToLower(strings.Trim(ws[k], ".,;:!?"))) {
			return true
		}
	}
	return false
}

// findQuotes pairs quotation marks paragraph by paragraph. A quotation
// left open at the end of a paragraph continues into the next one when
// that paragraph opens with a quotation mark (the convention for quotes
// over several paragraphs) or when its first mark is a closing one;
// otherwise it ends with its paragraph.
func findQuotes(text string, paras []span) []quote {
	var out []quote
	var pending *quote
	for _, p := range paras {
		ms := marksIn(text, p)
		k := 0
		if pending != nil {
			switch {
			case len(ms) > 0 && ms[0].opening && ms[0].pos == p.start:
				// Continuation mark: the quote goes on in this paragraph.
				k = 1
				if next := nextClosing(ms, 1); next >= 0 && (len(ms) == 2 || !ms[1].opening || next == 1) {
					pending.segs = append(pending.segs, span{ms[0].pos + ms[0].size, ms[next].pos})
					pending.close = ms[next].pos
					out = append(out, *pending)
					pending = nil
					k = next + 1
				} else {
					pending.segs = append(pending.segs, span{ms[0].pos + ms[0].size, p.end})
					continue
				}
			case len(ms) > 0 && !ms[0].opening:
				pending.segs = append(pending.segs, span{p.start, ms[0].pos})
				pending.close = ms[0].pos
				out = append(out, *pending)
				pending = nil
				k = 1
			default:
				out = append(out, *pending)
				pending = nil
			}
		}
		for k < len(ms) {
			if !ms[k].opening {
				k++ // a stray closing mark
				continue
			}
			open := ms[k]
			if k+1 < len(ms) && !ms[k+1].opening {
				c := ms[k+1]
				out = append(out, quote{segs: []span{{open.pos + open.size, c.pos}}, open: open.pos, close: c.pos})
				k += 2
				continue
			}
			if k+1 < len(ms) {
				// Two opening marks in a row: take the next mark as the
				// closing one, as straight quotes are often mis-spaced.
				c := ms[k+1]
				out = append(out, quote{segs: []span{{open.pos + open.size, c.pos}}, open: open.pos, close: c.pos})
				k += 2
				continue
			}
			pending = &quote{segs: []span{{open.pos + open.size, p.end}}, open: open.pos, close: -1}
			k++
		}
	}
	if pending != nil {
		out = append(out, *pending)
	}
	// Trim white space inside the marks.
	for i := range out {
		for j := range out[i].segs {
			s := &out[i].segs[j]
			s.start, s.end = trimSpan(text, s.start, s.end)
		}
	}
	return out
}

// nextClosing returns the index of the first closing mark at or after k.
func nextClosing(ms []quoteMark, k int) int {
	for ; k < len(ms); k++ {
		if !ms[k].opening {
			return k
		}
	}
	return -1
}

// minQuoteWords keeps scare quotes ("Tea Road") out of the statements.
const minQuoteWords = 4

// statements attributes each quotation to its speaker and links it to the
// meeting its paragraph reports. The speaker is, in order: a person named
// with a speech verb right after the closing mark ("...," Vladimir Norov
// said), the subject of the sentence that opens the quotation when it comes
// before it (X said: "..."), or the latest subject before a quotation that
// opens its sentence.
func (d *docState) statements(ms []*meeting) {
	pm := d.paraMeetings(ms)
	seen := map[string]bool{}
	last, lastSpeaker, lastClose := -1, -1, -1 // the statement written last, its speaker, its closing token
	lastEmbedded := false                      // the statement written last is a phrase in a clause of reported speech
	head := opening{speaker: -1}               // a quoted word or two its attribution splits from the rest
	unresolvedClose := -1                      // the closing token of the last quotation attributed to no one resolved
	for qi := range d.quotes {
		q := &d.quotes[qi]
		words := q.text(d.text)
		nw := wordCount(words)
		openTok, closeTok := d.tokenAt(q.open), -1
		if q.close >= 0 {
			closeTok = d.tokenAt(q.close)
		}
		// One word is a statement only as the opening its attribution
		// splits from the rest ('"Cooperation," the Minister added').
		if openTok < 0 || (nw < 2 && (closeTok < 0 || !d.speechAfter(closeTok+1, min(len(d.toks), closeTok+6)))) ||
			d.titleQuote(q, openTok, words) {
			continue
		}
		speaker, rule, lastSi := d.speakerOf(q, openTok)
		if rule == "quote-previous-subject" && d.continuesQuote(unresolvedClose, openTok) && !d.subjectBetween(unresolvedClose, openTok) {
			// '"A," said someone not resolved. "B ...': B goes on with
			// A's speaker, not with the subject before. A sentence with
			// a named subject between them ('Quispe was more upbeat.
			// "B."') gives B back to that subject.
			speaker = -1
		}
		if rule == "quote-previous-subject" && last >= 0 && lastSpeaker != speaker && d.continuesQuote(lastClose, openTok) &&
			!d.subjectBetween(lastClose, openTok) {
			// '"A," the head of Croatian diplomacy said. "B ...': B goes
			// on with A's speaker, read from the role, not with the
			// subject before.
			speaker = lastSpeaker
		}
		unresolvedClose = -1
		if speaker < 0 && closeTok >= 0 && d.speechAfter(closeTok+1, d.sents[d.toks[closeTok].sent].tokEnd) {
			unresolvedClose = closeTok
		}
		if speaker >= 0 && d.quoteNames(qi, openTok, speaker) {
			// '"Grateful to my friend Margus ..."' is not Margus's: no
			// one names himself.
			speaker = -1
		}
		if speaker < 0 {
			head = opening{speaker: -1}
			continue
		}
		// A short quoted phrase is a statement only when its speaker is
		// the named subject of a speech verb before it: Raisi denounced
		// the "terrible crimes"; otherwise it is a scare quote. It may
		// also open a quotation its attribution splits: '"Cooperation,"
		// the Minister added, "is not a word for declarations."'
		if nw < minQuoteWords && (rule != "quote-subject" || !(d.speechVerbBefore(openTok) || d.reportedClause(openTok)) || nw < 2) {
			head = opening{words: words, speaker: speaker, close: closeTok}
			continue
		}
		if head.speaker == speaker && d.continuesQuote(head.close, openTok) {
			words = head.words + " " + words
		}
		head = opening{speaker: -1}
		sid := d.personID(speaker)
		firstSi := d.toks[openTok].sent
		// Not after a phrase its sentence reports: 'X said that Baku saw
		// Serbia as "a reliable partner" and reaffirmed its respect for
		// Serbia. "We stand by ...," the minister said.' is two.
		if last >= 0 && speaker == lastSpeaker && !lastEmbedded && (d.continuesQuote(lastClose, openTok) || d.quoteParagraphGoesOn(lastClose, q, openTok)) {
			// '"A," she said. "B."': the attribution splits one
			// statement in two; so does an attribution that ends its
			// paragraph before a paragraph of quotation alone.
			st := &d.out.Statements[last]
			st.Quote += " " + words
			st.ID = graph.StatementID(sid, st.Quote)
			st.Mentions = mergeIDs(st.Mentions, d.quoteMentions(qi, openTok))
			ev := &st.Evidence[0]
			if e := d.sents[max(lastSi, firstSi)].end; e > ev.End {
				ev.End, ev.Sentence = e, d.text[ev.Start:e]
			}
			lastClose = d.tokenAt(q.close)
			continue
		}
		st := graph.StatementFact{ID: graph.StatementID(sid, words), Speaker: sid, Quote: words}
		if seen[st.ID] {
			continue
		}
		seen[st.ID] = true
		if k := pm[d.sents[firstSi].para]; k >= 0 {
			st.Meeting = graph.MeetingID(ms[k].date, d.attendeeIDs(ms[k]))
		}
		st.Mentions = d.quoteMentions(qi, openTok)
		a, b := d.sents[firstSi].start, d.sents[max(lastSi, firstSi)].end
		st.Evidence = []graph.Evidence{{Sentence: d.text[a:b], Start: a, End: b, Rule: rule}}
		d.out.Statements = append(d.out.Statements, st)
		last, lastSpeaker, lastClose = len(d.out.Statements)-1, speaker, -1
		// So is a phrase a word leads into: 'X described the ties as "a
		// relationship that has survived war" and thanked the hosts.'
		lastEmbedded = d.reportedClause(openTok) || openTok > d.sents[firstSi].tokStart && d.toks[openTok-1].isWord()
		if q.close >= 0 {
			lastClose = d.tokenAt(q.close)
		}
	}
}

// reportVerbs open a clause of reported speech: 'He said Israel had
// committed "terrible crimes"'.
var reportVerbs = wordSet(`said says told stressed stated noted added warned insisted reaffirmed hoped argued wrote`)

// namingVerbs introduce a name or label, not the speaker's words.
var namingVerbs = wordSet(`call calls called calling dub dubs dubbed term terms termed name names named label labels
labelled labeled brand brands branded`)

// reportedClause reports whether the quotation opening at token openTok
// lies in a clause of reported speech: a reporting verb before it in its
// sentence, with no quotation, semicolon or colon between them.
func (d *docState) reportedClause(openTok int) bool {
	s := d.sents[d.toks[openTok].sent]
	for k := openTok - 1; k >= s.tokStart && k >= openTok-20; k-- {
		t := d.toks[k]
		if d.inQuote(k) || t.punct == ';' || t.punct == ':' || namingVerbs.at(t.wid) {
			// 'Perez noted that Russia still calls the war a "special
			// military operation"': the phrase is another's name for it.
			return false
		}
		if reportVerbs.at(t.wid) {
			return true
		}
	}
	return false
}

// subjectBetween reports whether a sentence after the one of token close
// and before the one of token openTok names a person who can be its
// subject.
func (d *docState) subjectBetween(close, openTok int) bool {
	cs, os := d.toks[close].sent, d.toks[openTok].sent
	if os <= cs+1 {
		return false
	}
	for _, m := range d.mentionsIn(d.sents[cs+1].tokStart, d.sents[os].tokStart) {
		if m.kind != mkPronoun && d.canBeSubject(m) {
			return true
		}
	}
	return false
}

// continuesQuote reports whether the quotation opening at token openTok
// goes on the one that closed at token close, its attribution between:
// '"A," she said. "B."' in one paragraph.
// The attribution may be long when it is the closing mark's sentence alone
// and the quotation goes on at the start of the next: "'A,' said Name,
// Secretary-General of the National Commission of ... for UNESCO, in a
// video message. 'B.'"
func (d *docState) continuesQuote(close, openTok int) bool {
	if close < 0 || openTok <= close || d.sents[d.toks[close].sent].para != d.sents[d.toks[openTok].sent].para {
		return false
	}
	cs, os := d.toks[close].sent, d.toks[openTok].sent
	near := openTok-close <= 30 || os == cs+1 && openTok == d.sents[os].tokStart
	// The rest opens its sentence, or the attribution's: in '"A," Li
	// said. Beijing also "B", Li said' B is a quotation of its own.
	opens := os == cs || openTok == d.sents[os].tokStart
	return near && opens && d.speechVerbBetween(close+1, openTok) && !d.wordBeforeQuote(close, openTok) && !d.reportsBetween(close+1, openTok)
}

// reportsBetween reports whether the attribution in tokens [a, b) reports
// more words of the speaker's in a clause of its own: '"A," she said,
// adding that Malta would go on. "B," she noted.' is two statements.
func (d *docState) reportsBetween(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if d.toks[k].lower == "adding" && d.toks[k+1].lower == "that" {
			return true
		}
	}
	return false
}

// wordBeforeQuote reports whether a word, not a mark, comes just before
// the quotation opening at token openTok (after token close): 'and said
// the region wanted to be "inside the laboratory"' quotes a phrase of
// its own, where '"A," she said, "B."' goes on.
func (d *docState) wordBeforeQuote(close, openTok int) bool {
	f := openTok
	for f+1 < len(d.toks) && isQuoteMark(d.toks[f].punct) {
		f++
	}
	if w := d.toks[f].lower; w == "and" || w == "but" || w == "or" {
		return false // '"A," she told reporters in Quito "and B."': it goes on
	}
	k := openTok - 1
	for k > close && isQuoteMark(d.toks[k].punct) {
		k--
	}
	return k > close && d.toks[k].isWord()
}

// quoteParagraphGoesOn reports whether quotation q, which opens at token
// openTok, is a paragraph of its own that goes on with the quotation that
// closed at token close, whose attribution ends the paragraph before:
// '"A," he said.' then, as the next paragraph, '"B."'.
func (d *docState) quoteParagraphGoesOn(close int, q *quote, openTok int) bool {
	if close < 0 || q.close < 0 || openTok <= close {
		return false
	}
	cp, op := d.sents[d.toks[close].sent].para, d.sents[d.toks[openTok].sent].para
	if op != cp+1 || openTok != d.sents[d.paraSent[op]].tokStart {
		return false
	}
	// The attribution ends its paragraph, and the quotation fills its own.
	ce, oe := d.paraEnd(cp), d.paraEnd(op)
	// The attribution is short and alone after the quotation, in the
	// paragraph's last sentence: '," Berg said.'; not '," Berg said. Her
	// counterpart disagreed.', '," Berg said, but the minister was
	// cautious.', '," Berg said of the declaration, which reads:'.
	last := d.toks[ce-1]
	if ce-close > 12 || d.toks[close].sent != d.toks[ce-1].sent || last.punct != '.' || !d.speechVerbBetween(close+1, ce) ||
		len(d.mentionsIn(close+1, ce)) > 1 {
		return false // '," Berg said as Holm told reporters ...': someone else after the speaker
	}
	for k := close + 2; k < ce-1; k++ {
		if d.toks[k].punct == ',' || d.toks[k].punct == ':' {
			return false
		}
	}
	qc := d.tokenAt(q.close)
	for k := qc + 1; k < oe; k++ {
		if d.toks[k].isWord() {
			return false
		}
	}
	return true
}

// describedSpeakerAfter returns the person named, after words that
// describe them, in the attribution that opens at token a (after a
// closing mark): ', said Fortify Rights director X', ', deputy minister
// of emergency situations X told reporters'; or -1. The words between are
// few, with no mark but hyphens and no other name.
func (d *docState) describedSpeakerAfter(a, end int) int {
	k := a
	for k < end && k < a+2 && !d.toks[k].isWord() {
		k++
	}
	verbFirst := k < end && speechVerbs.at(d.toks[k].wid)
	if verbFirst {
		k++
	}
	ms := d.mentionsIn(k, min(end, k+10))
	if len(ms) == 0 || ms[0].kind != mkName || ms[0].start-k > 7 || d.inQuote(ms[0].start) {
		return -1
	}
	m := ms[0]
	if w := d.toks[m.start-1].lower; m.start > k && (describedSpeakerLinks.of(w) || strings.HasSuffix(w, "ing")) {
		// '", said the spokesperson of President X', '", said an aide
		// accompanying President X': his aide spoke.
		return -1
	}
	if m.end+1 < end && d.toks[m.end].lower == "'" && d.toks[m.end+1].lower == "s" {
		return -1 // '", said an official in President X's administration'
	}
	for j := k; j < m.start; j++ {
		if t := &d.toks[j]; !t.isWord() && !t.isHyphen() || speechVerbs.at(t.wid) || clauseOpeners.at(t.wid) {
			return -1 // '", while Kazakh President X praised': another's words
		}
	}
	if verbFirst || d.attributionVerbAt(m.end, end) {
		return m.person
	}
	return -1
}

// describedSpeakerLinks, before a name after a quotation, tie the one
// who spoke to another: '", said an official close to President X'.
var describedSpeakerLinks = wordSet(`of to for with by from in at on between among around near behind under about against beside`)

// clauseOpeners open a clause of its own after a quotation.
var clauseOpeners = wordSet(`while whereas as and but when after before though although which who whom adding according`)

// opening is a short quoted opening that an attribution splits from the
// rest of its quotation: the words, their speaker and the closing mark's
// token.
type opening struct {
	words          string
	speaker, close int
}

// mergeIDs returns a with the IDs of b it lacks appended.
func mergeIDs(a, b []string) []string {
	for _, id := range b {
		if !slices.Contains(a, id) {
			a = append(a, id)
		}
	}
	return a
}

// tokenAt returns the index of the token starting at byte offset off.
func (d *docState) tokenAt(off int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= off })
	if i < len(d.toks) && d.toks[i].start == off {
		return i
	}
	return -1
}

// speakerOf finds the speaker of quotation q, the rule that found them and
// the last sentence of the attribution.
func (d *docState) speakerOf(q *quote, openTok int) (int, string, int) {
	openSi := d.toks[openTok].sent
	if p, si := d.dashLineSpeaker(q); p >= 0 {
		return p, "quote-dash-line", si
	}
	if q.close >= 0 {
		if c := d.tokenAt(q.close); c >= 0 {
			si := d.toks[c].sent
			end := d.sents[si].tokEnd
			// '"...," X said' and '"...," said X': the attribution follows
			// the closing mark at once, over punctuation and the verb only.
			for _, m := range d.mentionsIn(c+1, min(end, c+8)) {
				if d.inQuote(m.start) {
					continue
				}
				if !d.onlyAttributionBetween(c+1, m.start) &&
					!(openTok == d.sents[d.toks[openTok].sent].tokStart && m.start > 0 && d.toks[m.start-1].punct == ',') {
					// '"Mutual respect ..." are key, Li said' keeps the
					// attribution after a comma; ', while X praised' does not.
					break
				}
				// '"...," said the Secretary-General of SEGIB, X.': the
				// mention spans the title that opens its apposition.
				saidThe := m.kind == mkName && m.start > 1 && d.toks[m.start-1].lower == "the" && speechVerbs.at(d.toks[m.start-2].wid)
				if d.attributionVerbAt(m.end, end) || (m.start > 0 && speechVerbs.at(d.toks[m.start-1].wid)) || saidThe {
					// A pronoun's person is named in the quotation's
					// sentences or the one before them.
					if m.ambiguous || m.kind == mkPronoun && !d.namedNear(m.person, si) && !d.namedNear(m.person, openSi) {
						return -1, "", si
					}
					return m.person, "quote-said", si
				}
			}
			// '"...," said the Director-General of the Agency, Ambassador
			// X': an inverted attribution whose title chain puts the name
			// past the window above.
			if p := d.invertedTitledSpeaker(c+1, end); p >= 0 {
				return p, "quote-said", si
			}
			// '"...," deputy minister of emergency situations X told
			// reporters', '"...," said Fortify Rights director X': words
			// that describe the speaker before the name.
			if p := d.describedSpeakerAfter(c+1, end); p >= 0 {
				return p, "quote-said", si
			}
			// '"...," the Minister said': the one holding that title
			// who was named just before.
			if p := d.titledSpeaker(c+1, end, openSi); p >= 0 {
				return p, "quote-said-title", si
			}
			// 'it "would not compromise relations" with China, Ms Meloni
			// said.': the sentence's own attribution, set off at its end.
			if p := d.setOffAttribution(c+1, end, si, openSi); p >= 0 {
				return p, "quote-said-end", si
			}
			// An attribution to someone unnamed ('," a diplomatic source
			// said', '," the statement added') gives the quote to no one.
			if d.speechAfter(c+1, end) && !(d.coordinatedPredicate(c+1, end) && (d.reportedClause(openTok) || d.speechVerbBefore(openTok)) && !d.namingBefore(openTok)) {
				return -1, "", si
			}
		}
	}
	// The closest subject before the quotation in its clause: in 'A said
	// "...", while B praised "..."', the second quotation is B's.
	var near *pmention
	// Look back a bounded window: a sentence may be very long.
	from := max(d.sents[openSi].tokStart, openTok-60)
	ms := d.mentionsIn(from, openTok)
	for k := range ms {
		if !d.inQuote(ms[k].start) && d.canBeSubject(ms[k]) && ms[k].kind != mkPronoun && !d.inRelativeClause(ms[k], from, openTok) {
			near = &ms[k]
		}
	}
	if near != nil && near.person != d.subject[openSi] && d.speechVerbBetween(near.end, openTok) && !d.coordinatedVerb(near.end, openTok) {
		if near.ambiguous {
			return -1, "", openSi
		}
		return near.person, "quote-subject", openSi
	}
	if p := d.subject[openSi]; p >= 0 {
		for _, m := range ms {
			if m.person == p && !d.inQuote(m.start) {
				if d.subjectAmbiguous[openSi] {
					return -1, "", openSi
				}
				return p, "quote-subject", openSi
			}
		}
	}
	if p := d.countryVoiceSpeaker(openSi, openTok); p >= 0 {
		return p, "quote-country-voice", openSi
	}
	// A quotation that opens its sentence goes on with the last subject;
	// one after a colon in its sentence does so only when the clause
	// before the colon names no one of its own: in 'the Leader of the
	// Nation said: "..."', 'my colleague put it well: "..."' or 'a saying
	// has taken hold: "..."' the speaker is someone not resolved, not the
	// subject before.
	if openTok == d.sents[openSi].tokStart {
		// "Quotes attributable to Minister for Foreign Affairs Penny
		// Wong:" then paragraphs of quotation: hers.
		if p := d.attributedBlock(openSi); p >= 0 {
			return p, "quote-attributable", openSi
		}
	}
	if openTok == d.sents[openSi].tokStart || (openTok > 0 && d.toks[openTok-1].punct == ':') {
		for si := openSi - 1; si >= 0 && si >= openSi-3; si-- {
			if p := d.subject[si]; p >= 0 {
				if openTok != d.sents[openSi].tokStart && d.ownSubjectBefore(openSi, openTok-1, p) {
					break
				}
				if d.subjectAmbiguous[si] {
					return -1, "", openSi
				}
				return p, "quote-previous-subject", openSi
			}
		}
	}
	return -1, "", openSi
}

// countryVoiceVerbs tell what a country wishes or holds, in the words of
// the one who speaks for it: "China hopes that ...".
var countryVoiceVerbs = wordSet(`hopes believes supports stands calls urges welcomes appreciates opposes expects`)

// countryVoiceSpeaker returns who speaks for the country that opens
// sentence si with a verb of its wishes before the quotation at openTok:
// in "Wang Yi said that China supports ... . China hopes that the two
// sides will "manage differences ..."", Wang Yi, the subject of a sentence
// just before in the paragraph, of that country; or -1.
func (d *docState) countryVoiceSpeaker(si, openTok int) int {
	s := d.sents[si]
	g, ok := d.gzOf(s.tokStart)
	if !ok || g.start != s.tokStart || g.e.kind != entCountry || !d.isCountryName(g) || g.end >= openTok || !countryVoiceVerbs.at(d.toks[g.end].wid) {
		return -1
	}
	for k := g.end + 1; k < openTok; k++ {
		// Not 'China opposes what Washington calls a "..."', 'welcomes
		// the UN resolution that calls for "..."': words of another.
		if speechVerbs.at(d.toks[k].wid) || d.toks[k].lower == "calls" || d.toks[k].lower == "what" {
			return -1
		}
		if h, ok := d.gzOf(k); ok && h.e.kind != entCountry || !ok && d.toks[k].upper {
			return -1 // a capital, a body or a name; countries are the subject's wish ("that Afghanistan and Pakistan will")
		}
	}
	for k := si - 1; k >= 0 && k >= si-2 && d.sents[k].para == s.para; k-- {
		if p := d.subject[k]; p >= 0 {
			if d.subjectAmbiguous[k] || d.personCountry(p) != g.e.idx || !d.saysIn(k) {
				return -1
			}
			return p
		}
	}
	return -1
}

// saysIn reports whether sentence si, outside quotations, has a speech
// verb: "Wang Yi said that ...".
func (d *docState) saysIn(si int) bool {
	s := d.sents[si]
	for k := s.tokStart; k < s.tokEnd; k++ {
		if speechVerbs.at(d.toks[k].wid) && !d.toks[k].upper && !d.inQuote(k) {
			return true
		}
	}
	return false
}

// setOffAttribution finds the speaker of the attribution set off by
// commas among tokens [a, end) of a sentence: ', Name said.', ', said
// Name.' or ', Name said, including ...'. No quotation stands between it
// and a; a pronoun speaks only for someone named near.
func (d *docState) setOffAttribution(a, end, si, openSi int) int {
	// The attribution is near, and before any other quotation.
	lim := min(end, a+setOffWindow)
	for k := a; k < lim; k++ {
		if d.inQuote(k) {
			lim = k
		}
	}
	boundary := func(k int) bool { return k >= end || d.toks[k].punct == ',' || d.toks[k].punct == '.' }
	said := func(k int) bool { return k < end && reportVerbs.at(d.toks[k].wid) && !d.inQuote(k) }
	for _, m := range d.mentionsIn(a, lim) {
		if m.start < 1 {
			return -1
		}
		named := m.kind != mkPronoun || d.namedNear(m.person, si) || d.namedNear(m.person, openSi)
		before := m.start > 1 && said(m.start-1) && d.toks[m.start-2].punct == ',' && boundary(m.end)
		after := d.toks[m.start-1].punct == ',' && said(m.end) && boundary(m.end+1)
		if (before || after) && named && !m.ambiguous {
			return m.person
		}
	}
	return -1
}

// setOffWindow bounds how far after a quotation its set-off attribution
// may be: 'Beijing also "stands ready ..." to advance its interests in the
// country, Li said' is 11 tokens.
const setOffWindow = 30

// coordinatedVerb reports whether the first speech verb in tokens [a, b)
// follows "and" there: in 'X conveyed the greetings of Y to Z, and praised
// "..."' the verb is X's, not Z's. A relative pronoun stops the check: in
// 'Q welcomed R, who arrived on Sunday and said "..."' the verb is R's.
func (d *docState) coordinatedVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if d.inQuote(k) {
			return false
		}
		switch l := d.toks[k].lower; {
		case speechVerbs.of(l) || evalVerbs.of(l):
			return false
		case relativePronouns.of(l):
			return false
		case l == "and":
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause on the name before them.
var relativePronouns = wordSet(`who which whom whose`)

// postVerbs attribute a quotation from a post on social media.
var postVerbs = wordSet(`posted tweeted`)

// attributionVerbAt reports whether token k, before end, is the verb of an
// attribution after the speaker's name: a speech verb or a verb of
// posting, after one adverb at most ('," Jaishankar later posted on X').
func (d *docState) attributionVerbAt(k, end int) bool {
	if k < end && d.toks[k].isWord() && !d.toks[k].upper && (attributionAdverbs.at(d.toks[k].wid) || strings.HasSuffix(d.toks[k].lower, "ly")) {
		k++
	}
	return k < end && (speechVerbs.at(d.toks[k].wid) || postVerbs.at(d.toks[k].wid))
}

// attributionAdverbs may stand between a speaker and the verb.
var attributionAdverbs = wordSet(`later also then further again afterwards earlier`)

// attendeeIDs lists the person IDs of a meeting's attendees.
func (d *docState) attendeeIDs(m *meeting) []string {
	ids := make([]string, 0, len(m.attendees))
	for _, a := range m.attendees {
		ids = append(ids, d.personID(a.person))
	}
	return ids
}

// govNouns are the nouns a leader's name qualifies without naming him as
// a person: "the Albanese Government", "the Biden administration".
var govNouns = wordSet(`government administration doctrine cabinet presidency era plan initiative policy ministry team`)

// quoteNames reports whether quotation qi names person pi as a person. A
// name that qualifies a government or the like ("The Albanese Government
// is committed ...") is the speaker's own, and names no one.
func (d *docState) quoteNames(qi, openTok, pi int) bool {
	for i := openTok; i < len(d.toks) && d.toks[i].start <= d.quotes[qi].innerEnd(); i++ {
		if int(d.quoteAt[i]) != qi {
			continue
		}
		if ms := d.mentionsIn(i, i+1); len(ms) > 0 && ms[0].kind == mkName && ms[0].start == i && ms[0].person == pi {
			if e := ms[0].end; e < len(d.toks) && int(d.quoteAt[e]) == qi && govNouns.at(d.toks[e].wid) {
				continue
			}
			return true
		}
	}
	return false
}

// quoteMentions lists the entities named inside quotation qi.
func (d *docState) quoteMentions(qi, openTok int) []string {
	var ids []string
	for i := openTok; i < len(d.toks); i++ {
		if d.toks[i].start > d.quotes[qi].innerEnd() {
			break
		}
		if int(d.quoteAt[i]) != qi {
			continue
		}
		var id string
		if g, ok := d.gzOf(i); ok && g.start == i {
			switch g.e.kind {
			case entCountry, entOrg, entInitiative:
				id = d.gzID(g)
			}
		} else if ms := d.mentionsIn(i, i+1); len(ms) > 0 && ms[0].kind == mkName {
			id = d.personID(ms[0].person)
		}
		if id != "" && !contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// titledSpeaker reads an attribution by title after a quotation, from
// token a: '," the Minister said', '» the Head of State noted', '," the
// German minister added'. It returns the one person of the sentences
// around the quotation (from the one before sentence openSi) who holds
// that title, and of that country when one is named, or -1.
func (d *docState) titledSpeaker(a, end, openSi int) int {
	k := a
	for k < end && k < a+2 && d.toks[k].punct != 0 {
		k++
	}
	// '," said the Guatemalan foreign minister, "...': the verb first.
	verbFirst := k < end && speechVerbs.at(d.toks[k].wid) && !d.toks[k].upper
	if verbFirst {
		k++
	}
	if k >= end || d.toks[k].lower != "the" {
		return -1
	}
	k++
	country := ""
	if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entCountry {
		country, k = d.entityID(g.e), g.end
	}
	var fits func(position) bool
	// ofCountry tells whether person pi, with post p, is of the country
	// the attribution names.
	ofCountry := func(pi int, p position) bool { return p.org == country }
	leader := false // a head of state's or government's title: one per country
	near := false   // only one named in the sentence before or this one: "official" fits many
	// '," the OCP Africa CEO said', '," the Malaysian senate president
	// said', '," the committee chair said': a body named before the
	// title, whose holder is the one named before.
	k, body := d.qualifiedTitleAt(k, end)
	if k >= end {
		return -1 // '"...," the' ending the text
	}
	switch g, ok := d.gzOf(k); {
	case k+2 < end && d.toks[k].lower == "head" && d.toks[k+1].lower == "of" &&
		(d.toks[k+2].lower == "state" || d.toks[k+2].lower == "government"):
		fits = func(p position) bool { return leaderTitles[p.base] || leaderTitles[p.title] }
		leader = true // "the Head of Government said", its holder named paragraphs before
		k += 3
	case k+3 < end && country == "" && d.toks[k].lower == "head" && d.toks[k+1].lower == "of" && d.countryAdjectiveAt(k+2) != "" &&
		d.toks[k+3].lower == "diplomacy":
		// '," the head of Nicaraguan diplomacy said': the country's
		// foreign minister.
		country = d.countryAdjectiveAt(k + 2)
		fits = func(p position) bool { return foreignMinister(p) }
		k += 4
	case (d.toks[k].lower == "diplomat" || d.toks[k].lower == "envoy") && country == "" && k+1 < end && speechVerbs.at(d.toks[k+1].wid) && !verbFirst:
		// '," the diplomat said': the one envoy named in the sentence
		// before or this one ("The ambassador noted ...").
		fits = func(p position) bool {
			return d.g.envoys[p.title] || d.g.envoys[p.base] || holdsTitleWord(p.title, "envoy")
		}
		near = true
		k++
	case country != "" && (d.toks[k].lower == "diplomat" || d.toks[k].lower == "envoy"):
		// '," the Japanese envoy said', '," the Vietnamese diplomat
		// said': the country's one envoy (or, for a diplomat, its foreign
		// minister) named before.
		// An unnamed one introduced before ("A Chilean diplomat who took
		// part ...") is the one the definite noun refers back to.
		if d.unnamedIntroduced(country, d.toks[k].lower, a) {
			return -1
		}
		diplomat := d.toks[k].lower == "diplomat"
		fits = func(p position) bool {
			return d.g.envoys[p.title] || d.g.envoys[p.base] || holdsTitleWord(p.title, "envoy") || diplomat && p.title == "Foreign Minister"
		}
		k++
	case country == "" && k+4 < end && d.toks[k].lower == "head" && d.toks[k+1].lower == "of" && d.toks[k+2].lower == "the" &&
		d.countryAdjectiveAt(k+3) != "" && d.toks[k+4].lower == "delegation":
		// '," the head of the Uruguayan delegation said': the one who
		// leads it ("a delegation of ... Uruguay led by X").
		e := k + 5
		if !verbFirst && (e >= end || !speechVerbs.at(d.toks[e].wid)) {
			return -1
		}
		ci := d.g.countryByID[d.countryAdjectiveAt(k+3)]
		return d.delegationLeader(ci, a)
	case country != "" && d.toks[k].lower == "official":
		// '," the Belarusian official said': the one person of that
		// country named in the sentence before or this one, whatever post
		// the text gives him (an officer of its security council too).
		if d.unnamedIntroduced(country, "official", a) {
			return -1
		}
		ci := d.g.countryByID[country]
		fits = func(position) bool { return true }
		ofCountry = func(pi int, _ position) bool { return d.personCountry(pi) == ci }
		near = true
		k++
	case ok && g.start == k && g.e.kind == entTitle:
		word := strings.ToLower(d.phrase(g.start, g.end))
		canon := d.g.Titles[g.e.idx].Name // "CEO" is a Chief Executive Officer
		leader = leaderTitles[canon]
		fits = func(p position) bool {
			return (holdsTitleWord(p.title, word) || p.base == canon) && (body == "" || p.org == body)
		}
		k = g.end
	default:
		return -1
	}
	if verbFirst {
		if k < end && d.toks[k].punct != ',' && d.toks[k].punct != '.' {
			return -1 // "said the minister of X": not the title read here
		}
	} else if k >= end || !speechVerbs.at(d.toks[k].wid) {
		return -1
	}
	if d.anonymousAfter(k, end) {
		// '," said the Chilean diplomat, who asked not to be named':
		// an anonymous source, no one named.
		return -1
	}
	from := d.sents[max(0, openSi-1)].tokStart
	if country != "" && !near {
		// '," said the Guatemalan foreign minister': the country tells
		// which of those named before is meant.
		from = 0
	}
	holder := func(from int) int {
		found := -1
		for _, m := range d.mentionsIn(from, a) {
			if d.inQuote(m.start) || m.person == found {
				continue
			}
			for _, p := range d.persons[m.person].positions {
				if fits(p) && (country == "" || ofCountry(m.person, p)) {
					if found >= 0 {
						return -2 // two could be meant
					}
					found = m.person
					break
				}
			}
		}
		return found
	}
	found := holder(from)
	if found == -1 && from > 0 && leader {
		// '," said the Federal Chancellor.' two paragraphs after he was
		// named: the one holder named before (not of a minister's title,
		// which many hold).
		found = holder(0)
	}
	return max(found, -1)
}

// delegationLeader returns the one person that a sentence before token
// before says leads a delegation of country ci ("a delegation of the
// General Assembly of the Oriental Republic of Uruguay led by X", "the
// Uruguayan delegation, headed by X"), or -1.
func (d *docState) delegationLeader(ci, before int) int {
	found := -1
	for i := 0; i < before; i++ {
		if d.toks[i].lower != "delegation" || d.inQuote(i) {
			continue
		}
		of := false // the delegation is of ci: a country named from the word before it to the verb
		for k := max(0, i-1); k < before && k < i+14; k++ {
			if g, ok := d.gzOf(k); ok && g.start == k && (g.e.kind == entCountry && g.e.idx == ci || g.e.kind == entOrg && d.bodyOfCountry(d.entityID(g.e), ci)) {
				of = true // or a national body of ci: "the General Assembly of the Oriental Republic of Uruguay"
			}
			if !leadVerbs.at(d.toks[k].wid) || k+1 >= before || d.toks[k+1].lower != "by" {
				continue
			}
			ms := d.mentionsIn(k+2, min(before, k+8))
			if of && len(ms) > 0 && ms[0].kind == mkName {
				p := d.root(ms[0].person)
				if found >= 0 && found != p {
					return -1
				}
				found = p
			}
			break
		}
	}
	return found
}

// foreignMinister reports whether p is a foreign minister's post, in the
// gazetteer's form or with a wider portfolio written out ("Minister of
// Foreign and European Affairs"), not a deputy's.
func foreignMinister(p position) bool {
	if p.title == "Foreign Minister" {
		return true
	}
	w := strings.Fields(strings.ToLower(p.title))
	return len(w) >= 3 && w[0] == "minister" && (w[1] == "of" || w[1] == "for") && slices.Contains(w, "foreign") && slices.Contains(w, "affairs")
}

// qualifiedTitleAt returns the token where a title starts after one to
// three words that name its body at token k ("OCP Africa CEO", "senate
// president", "committee chair"), or k. A rank ("deputy", "former") is no
// body: "the deputy minister said" is another post. It also returns the
// ID of a known body those words name, which the holder's post must be
// of: "the AfDB president" is not the country's President.
func (d *docState) qualifiedTitleAt(k, end int) (int, string) {
	body := ""
	for j := k; j < end && j < k+4; j++ {
		g, ok := d.gzOf(j)
		if ok && g.start == j && g.e.kind == entTitle {
			return j, body
		}
		t := &d.toks[j]
		if !t.isWord() || rankWords.at(t.wid) || t.lower == "former" || t.lower == "late" || t.lower == "outgoing" || speechVerbs.at(t.wid) ||
			hardStop.at(t.wid) && !(t.lower == "foreign" && t.upper) || ok && g.e.kind != entOrg {
			return k, ""
		}
		if ok && g.start == j {
			body = d.gzID(g)
		}
	}
	return k, ""
}

// unbracket spaces out the brackets of a title.
var unbracket = strings.NewReplacer("(", " ", ")", " ")

// holdsTitleWord reports whether title contains the title word as whole
// words, not after a rank: "Minister of Defence" and "Foreign Minister"
// are ministers; a "Vice President" is no president.
func holdsTitleWord(title, word string) bool {
	// "Member of the Board (Minister) in charge of Trade" holds "minister".
	t := " " + unbracket.Replace(strings.ToLower(title)) + " "
	i := strings.Index(t, " "+word+" ")
	if i < 0 {
		return false
	}
	before := strings.Fields(t[:i])
	return len(before) == 0 || !rankWords.of(before[len(before)-1])
}

// dashLineSpeaker reads the attribution line under a quotation that is a
// paragraph of its own, as releases set their quotes: the quotation, then
// "– Anita Anand, Minister of Foreign Affairs". It returns the person and
// the line's sentence, or -1.
func (d *docState) dashLineSpeaker(q *quote) (int, int) {
	if q.close < 0 {
		return -1, 0
	}
	c := d.tokenAt(q.close)
	if c < 0 {
		return -1, 0
	}
	n := c + 1
	for n < len(d.toks) && !d.toks[n].newlineBefore && !d.toks[n].isWord() {
		n++ // the closing punctuation after the mark
	}
	if n+1 >= len(d.toks) || !d.toks[n].newlineBefore || !(d.toks[n].isHyphen() || isDash(d.toks[n].punct)) {
		return -1, 0
	}
	for _, m := range d.mentionsIn(n+1, min(len(d.toks), n+4)) {
		if m.kind != mkPronoun && m.start <= n+2 {
			return m.person, d.toks[m.start].sent
		}
	}
	return -1, 0
}

// ownSubjectBefore reports whether the clause that ends at the colon at
// token c (in sentence si) has a subject of its own, a noun phrase after a
// determiner or a possessive that is no person resolved: "the Leader of
// the Nation said:", "my colleague put it very well:", "a saying has taken
// hold:". A clause with only adverbials ("In conclusion:") or a pronoun
// does not, and leaves the quotation to the last subject, person last; nor
// does a third-person possessive, which refers back to him ("His message
// was simple:"), or a description that fits him ("The visiting minister
// added:", "The head of Peruvian diplomacy stressed:").
func (d *docState) ownSubjectBefore(si, c, last int) bool {
	a := d.sents[si].tokStart
	// The clause starts after the last comma before the colon: in "At the
	// press conference, the minister said:" the determiner of the opener
	// is no subject.
	for k := c - 1; k > a; k-- {
		if d.toks[k].punct == ',' {
			a = k + 1
			break
		}
	}
	for k := a; k+1 < c; k++ {
		if d.inQuote(k) {
			return false
		}
		if subjectDeterminers.at(d.toks[k].wid) && d.toks[k+1].isWord() && !prepositions.at(d.toks[k+1].wid) &&
			(k == a || !prepositions.at(d.toks[k-1].wid)) {
			if d.toks[k].lower == "the" && d.describes(k+1, c, last) {
				return false
			}
			return true
		}
	}
	return false
}

// coordinatedPredicate reports whether "and" or "but" at token i opens a
// verb phrase of the clause before it, not one with a subject of its own:
// 'Lula said the deal was "..." and urged rich nations to pay', not
// '"..." and the ministry added'.
func (d *docState) coordinatedPredicate(i, end int) bool {
	if i+2 < end && d.toks[i].punct == ',' {
		i++ // '..."quarrels", but warned that ...'
	}
	if i+1 >= end || (d.toks[i].lower != "and" && d.toks[i].lower != "but") {
		return false
	}
	t := &d.toks[i+1]
	return t.isWord() && !t.upper && !subjectDeterminers.at(t.wid) && t.lower != "he" && t.lower != "she" && t.lower != "they" && t.lower != "it"
}

// namingBefore reports whether a relative clause with a naming verb comes
// in the few words before the quotation opening at token openTok: 'what
// NATO had called "a growing threat"' names it in another's words.
func (d *docState) namingBefore(openTok int) bool {
	s := d.sents[d.toks[openTok].sent]
	for k := openTok - 1; k >= s.tokStart && k >= openTok-4; k-- {
		if !namingVerbs.at(d.toks[k].wid) {
			continue
		}
		for r := k - 1; r >= s.tokStart && r >= k-4; r-- {
			if w := d.toks[r].lower; w == "what" || w == "which" {
				return true
			}
		}
	}
	return false
}

// subjectDeterminers open a noun phrase that may be a clause's subject; a
// third-person possessive ("his", "her", "their", "its") refers back to the
// last subject and opens none of its own.
var subjectDeterminers = wordSet(`the a an my our this that`)

// describes reports whether the noun phrase after "the" at token k, before
// token end, describes person p by a title he holds: "the visiting
// minister", "the Chilean envoy", "the head of Peruvian diplomacy".
func (d *docState) describes(k, end, p int) bool {
	if p < 0 {
		return false
	}
	country := ""
	for n := 0; k < end && n < 3; n++ {
		if c := d.countryAdjectiveAt(k); c != "" && country == "" {
			country = c
			k++
			continue
		}
		// Adjectives before the title: "the visiting minister".
		if d.toks[k].isWord() && !d.toks[k].upper && !hardStop.at(d.toks[k].wid) && !d.isTitleTok(k) &&
			d.toks[k].lower != "head" && d.toks[k].lower != "diplomat" && d.toks[k].lower != "envoy" {
			k++
			continue
		}
		break
	}
	if k >= end {
		return false
	}
	var fits func(position) bool
	switch g, ok := d.gzOf(k); {
	case k+3 < end && country == "" && d.toks[k].lower == "head" && d.toks[k+1].lower == "of" && d.countryAdjectiveAt(k+2) != "" &&
		d.toks[k+3].lower == "diplomacy":
		country = d.countryAdjectiveAt(k + 2)
		fits = func(p position) bool { return foreignMinister(p) }
	case country != "" && (d.toks[k].lower == "diplomat" || d.toks[k].lower == "envoy"):
		diplomat := d.toks[k].lower == "diplomat"
		fits = func(p position) bool {
			return d.g.envoys[p.title] || d.g.envoys[p.base] || holdsTitleWord(p.title, "envoy") || diplomat && p.title == "Foreign Minister"
		}
	case ok && g.start == k && g.e.kind == entTitle:
		word := strings.ToLower(d.phrase(g.start, g.end))
		fits = func(p position) bool { return holdsTitleWord(p.title, word) }
	default:
		return false
	}
	for _, pos := range d.persons[p].positions {
		if fits(pos) && (country == "" || pos.org == country) {
			return true
		}
	}
	return false
}

// countryAdjectiveAt returns the ID of the country named by the one word at
// token k ("Nicaraguan", "Finnish"), or "".
func (d *docState) countryAdjectiveAt(k int) string {
	if g, ok := d.gzOf(k); ok && g.start == k && g.end == k+1 && g.e.kind == entCountry {
		return d.entityID(g.e)
	}
	return ""
}

// invertedTitledSpeaker reads '," said the <title> of <body>, <title>
// <Name>' from token a (after a closing mark): a speech verb first, then
// only titles, known bodies or countries, "the", "of", honorifics and
// commas up to the first person named, whose person it returns; -1
// otherwise. The name must close the attribution (a comma, a full stop or
// "in a statement" after it), so that '," said the Minister, who met X'
// names no one.
func (d *docState) invertedTitledSpeaker(a, end int) int {
	k := a
	for k < end && !d.toks[k].isWord() {
		k++
	}
	if k >= end || !speechVerbs.at(d.toks[k].wid) || d.inQuote(k) {
		return -1
	}
	titled := false
	for _, m := range d.mentionsIn(k+1, min(end, k+24)) {
		if m.kind == mkPronoun || m.ambiguous || d.inQuote(m.start) {
			return -1
		}
		// apposed: the chain reaches the name over a comma, with no "of"
		// after it ("..., Ambassador X"); in "said the spokesperson of
		// President X" the name is the title's genitive, not the speaker.
		apposed := false
		for j := k + 1; j < m.start; j++ {
			t := &d.toks[j]
			switch {
			case !t.isWord():
				if t.punct != ',' && !t.isHyphen() {
					return -1
				}
				if t.punct == ',' {
					apposed = true
				}
			case d.isTitleTok(j):
				titled = true
			case t.lower == "of":
				apposed = false
			case d.gzAt[j] >= 0, t.lower == "the", honorifics.at(t.wid):
			default:
				return -1
			}
		}
		if !titled || !apposed || (m.end < end && d.toks[m.end].isWord() && d.toks[m.end].lower != "in") {
			return -1
		}
		if m.end+1 < end && d.toks[m.end].lower == "'" && d.toks[m.end+1].lower == "s" {
			return -1 // "..., Ana Quispe's host": the name is a possessive
		}
		return m.person
	}
	return -1
}

// unnamedIntroduced reports whether, before token a, an unnamed person was
// introduced by an indefinite noun phrase of the country's and the noun's
// ("A Chilean diplomat who took part in the talks", "a senior Chilean
// envoy"), whom a later "the Chilean diplomat" refers back to.
func (d *docState) unnamedIntroduced(country, noun string, a int) bool {
	for j := 1; j < a; j++ {
		if d.toks[j].lower != noun || d.inQuote(j) {
			continue
		}
		seen := false
		for k := j - 1; k >= 0 && k >= j-4 && d.toks[k].isWord(); k-- {
			if d.countryAdjectiveAt(k) == country {
				seen = true
				continue
			}
			if indefinites.at(d.toks[k].wid) {
				if seen {
					return true
				}
				break
			}
		}
	}
	return false
}

// indefinites introduce someone not named before.
var indefinites = wordSet(`a an another one`)

// anonymousAfter reports whether the attribution in tokens [k, end) gives an
// anonymous source: "who asked not to be named", "speaking on condition of
// anonymity".
func (d *docState) anonymousAfter(k, end int) bool {
	for j := k; j < end; j++ {
		switch d.toks[j].lower {
		case "anonymity", "anonymously":
			return true
		case "named", "identified", "quoted":
			if j >= 3 && d.toks[j-1].lower == "be" && d.toks[j-2].lower == "to" && d.toks[j-3].lower == "not" {
				return true
			}
		}
	}
	return false
}

// inRelativeClause reports whether mention m sits in a relative clause set
// off by commas that closes before token end: in 'Wang, whose government
// has demanded that Prime Minister Sanae Takaichi retract her comments,
// said ... "..."', Takaichi is not the speaker. from bounds the look back.
func (d *docState) inRelativeClause(m pmention, from, end int) bool {
	for r := m.start - 1; r > from; r-- {
		switch w := d.toks[r].lower; {
		case (w == "who" || w == "whose" || w == "whom") && d.toks[r-1].punct == ',':
			for c := m.end; c < end; c++ {
				if speechVerbs.at(d.toks[c].wid) {
					return false // "at State House, whose spokesman X told reporters, "..."": the clause speaks
				}
				if d.toks[c].punct == ',' {
					return true
				}
			}
			return false
		case d.toks[r].punct == ',' || d.toks[r].punct == ';':
			return false
		}
	}
	return false
}

// attributedBlock returns the person a heading attributes the quotations
// after it to ("Quotes attributable to Minister for Foreign Affairs Penny
// Wong:", "The following is attributable to Spokesperson X:"), when the
// paragraphs between it and sentence si are quotations too, or -1.
func (d *docState) attributedBlock(si int) int {
	for p := d.sents[si].para - 1; p >= 0 && p >= d.sents[si].para-6; p-- {
		first := d.paraSent[p]
		if first >= len(d.sents) || d.sents[first].para != p {
			continue // no sentence: an empty paragraph
		}
		a, e := d.sents[first].tokStart, d.paraEnd(p)
		if a >= e {
			return -1
		}
		if d.inQuote(a) || a+1 < e && d.inQuote(a+1) {
			continue // a paragraph of quotation
		}
		if d.toks[e-1].punct != ':' || e-a > 40 {
			return -1 // a heading is short
		}
		// The first person after "attributable to": "Quotes attributable
		// to Minister for Trade Don Farrell on the visit of Premier Li
		// Qiang:" are Farrell's.
		for k := a; k+1 < e; k++ {
			if d.toks[k].lower == "attributable" && d.toks[k+1].lower == "to" {
				ms := d.mentionsIn(k+2, e)
				if len(ms) == 0 || ms[0].ambiguous {
					return -1
				}
				return ms[0].person
			}
		}
		return -1
	}
	return -1
}

// wordCount is len(strings.Fields(s)), without the slice.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
