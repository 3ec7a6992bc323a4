package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Meeting dates and hosts that the meeting sentence itself does not give.

// indexParas records each paragraph's first sentence (paraSent).
func (d *docState) indexParas() {
	d.paraSent = make([]int, len(d.paras)+1)
	for i := range d.paraSent {
		d.paraSent[i] = len(d.sents)
	}
	for si := len(d.sents) - 1; si >= 0; si-- {
		d.paraSent[d.sents[si].para] = si
	}
	for p := len(d.paras) - 1; p >= 0; p-- {
		if d.paraSent[p] > d.paraSent[p+1] {
			d.paraSent[p] = d.paraSent[p+1]
		}
	}
}

// completeMeetings dates the undated meetings and finds their hosts. It
// runs once the meetings of the document are assembled.
func (d *docState) completeMeetings(ms []*meeting) {
	dl := d.datelineCountry()
	fallback := dl < 0 // found once, when a meeting needs it
	home := false      // dl is the release's own country, not a dateline's
	for i, m := range ms {
		if m.date == "" && m.after != "" {
			// The gathering told before it: "On the margins of the
			// meeting" is not the video call told after it "ahead of the
			// Forum Leaders Meeting".
			m.date, m.precision = d.eventDate(ms[:i], m.after)
			if m.date == "" {
				for _, n := range ms[i+1:] {
					if m.date, m.precision = d.eventDate([]*meeting{n}, m.after); m.date != "" {
						break // the nearest told after
					}
				}
			}
		}
		if m.date == "" {
			m.date, m.precision = d.fallbackDate(m)
		}
		if m.host < 0 && !m.kinds[mkPhone] && len(m.attendees) >= 2 {
			if fallback && m.country < 0 && d.placeCountryOf(m.place) < 0 {
				fallback = false
				// A document about a visit: meetings without a place
				// of their own are in the country visited ("Li's trip
				// to Australia"); a government's own release reports
				// meetings at home unless it names a place.
				if dl = d.docVisitedCountry(); dl < 0 {
					dl = homeCountry(d.g, d.doc.URL)
				}
				if dl < 0 {
					dl = publisherCountry(d.g, d.doc.Publisher) // "Ministry of Foreign Affairs of the Republic of Uzbekistan"
					home = dl >= 0
				}
			}
			if home && m.place == "" && m.country < 0 && d.ownVisit(m) {
				continue // "met with X in the framework of his working visit": abroad
			}
			m.host = d.placeHost(m, dl)
			if m.host < 0 {
				m.host = d.guestsHost(m)
			}
			if m.host < 0 {
				m.host = d.seatHost(m)
			}
			if m.host < 0 {
				m.host = d.seatCityHost(m)
			}
		}
	}
}

// seatCityHost returns the attendee of meeting m who serves the
// international body that sits in the city m was held in (its place, else
// the dateline's capital), or -1: "Andrey Slepnev, Member of the Board of the
// Eurasian Economic Commission, met in Moscow with the head of the Indian
// delegation" is Slepnev's to host. Of several officers of the body, the
// one the report is about hosts; where all attendees serve it, no one.
func (d *docState) seatCityHost(m *meeting) int {
	city := ""
	if k, ok := d.placeAt[m.place]; ok && m.place != "" {
		city = d.out.Places[k].Name
	} else if m.place == "" && m.country < 0 {
		if g, ok := d.datelineCapital(); ok {
			city = d.g.Countries[g.e.idx].Capitals[0] // "NUR-SULTAN" is Astana
		}
	}
	if city == "" {
		return -1
	}
	var hosts []int
	for _, a := range m.attendees {
		pi := d.root(a.person)
		for _, pos := range d.persons[pi].positions {
			if seat := d.g.orgSeatByID[pos.org]; seat != "" && strings.EqualFold(seat, city) {
				if !slices.Contains(hosts, pi) {
					hosts = append(hosts, pi)
				}
				break
			}
		}
	}
	guest := slices.ContainsFunc(m.attendees, func(a attendee) bool { return !slices.Contains(hosts, d.root(a.person)) })
	switch {
	case !guest:
		return -1 // the body's own meeting: no one is received
	case len(hosts) == 1:
		return hosts[0]
	case len(hosts) > 1 && m.subj >= 0 && slices.Contains(hosts, d.root(m.subj)):
		return d.root(m.subj)
	}
	return -1
}

// seatHost returns the one attendee of meeting m who serves the body at
// whose seat a sentence telling m says it was held, or -1: "Secretary-
// General of ASEAN, Dr. Kao Kim Hourn, met yesterday with the Secretary-
// General of the GCC ... at the ASEAN Secretariat" is Kao's to host.
func (d *docState) seatHost(m *meeting) int {
	for _, ev := range m.ev {
		si, ok := d.sentenceAt(ev.Start)
		if !ok {
			continue
		}
		s := d.sents[si]
		for i := s.tokStart; i+3 < s.tokEnd; i++ {
			if d.toks[i].lower != "at" || d.toks[i+1].lower != "the" || d.inQuote(i) {
				continue
			}
			e := i + 2
			for e < s.tokEnd && e < i+7 && d.toks[e].isWord() && d.toks[e].upper && d.toks[e].lower != "secretariat" && d.toks[e].lower != "headquarters" {
				e++
			}
			if e == i+2 || e >= s.tokEnd || d.toks[e].lower != "secretariat" && d.toks[e].lower != "headquarters" {
				continue
			}
			if d.toks[e-1].lower == "general" && e-1 > i+2 {
				e-- // "at the OIC General Secretariat"
			}
			if host := d.servesBody(m, d.phrase(i+2, e)); host >= 0 {
				return host
			}
		}
	}
	return -1
}

// servesBody returns the one attendee of m with a post in the
// organisation the text names body (its name or one of its aliases), or
// -1.
func (d *docState) servesBody(m *meeting, body string) int {
	found := -1
	for _, a := range m.attendees {
		for _, pos := range d.persons[d.root(a.person)].positions {
			k, ok := d.orgAt[pos.org]
			if !ok {
				continue
			}
			o := d.out.Organisations[k]
			if o.Name != body && !slices.Contains(o.Aliases, body) {
				continue
			}
			if found >= 0 && found != a.person {
				return -1
			}
			found = a.person
		}
	}
	return found
}

// ownVisit reports whether the first sentence that tells meeting m says
// it was held on its subject's own visit, a country not named: "X met
// with Y in the framework of his working visit". Not when the subject
// receives: "X received Y during her visit".
func (d *docState) ownVisit(m *meeting) bool {
	if m.subj < 0 || len(m.ev) == 0 {
		return false
	}
	si, ok := d.sentenceAt(m.ev[0].Start)
	if !ok || d.subject[si] != m.subj {
		return false
	}
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		switch d.toks[i].lower {
		case "received", "receives", "hosted", "hosts", "welcomed", "welcomes":
			return false
		case "his", "her":
			for k := i + 1; k < s.tokEnd && k <= i+3; k++ {
				if w := d.toks[k].lower; w == "visit" || w == "trip" || w == "tour" {
					return !d.inQuote(i)
				}
			}
		}
	}
	return false
}

// guestsHost returns the subject of the sentence that tells meeting m
// when it names, in a relative clause, the one it meets as a visitor:
// "X held official talks ... with Y, who is on a two-day official visit
// to the country". It returns -1 otherwise.
func (d *docState) guestsHost(m *meeting) int {
	if m.subj < 0 || len(m.attendees) < 2 || !m.attends(m.subj) {
		return -1
	}
	// The first sentence that tells m (toldIn), found from its evidence:
	// reading every sentence for each meeting is slow on long documents.
	first := -1
	told := func(st int) {
		if si, ok := d.sentenceAt(st); ok && d.subject[si] == m.subj && (first < 0 || si < first) {
			first = si
		}
	}
	for _, e := range m.ev {
		told(e.Start)
	}
	for _, a := range m.attendees {
		told(a.ev.Start)
	}
	if first < 0 {
		return -1
	}
	s := d.sents[first]
	for i := s.tokStart + 2; i+3 < s.tokEnd; i++ {
		if d.toks[i].lower != "who" || d.toks[i-1].punct != ',' || d.inQuote(i) {
			continue
		}
		w, k := d.toks[i+1].lower, i+2
		if w != "is" && w != "was" {
			continue
		}
		if d.toks[k].lower == "on" || d.toks[k].lower == "paying" || d.toks[k].lower == "making" {
			k++
		}
		visit := -1
		for x := k; x < s.tokEnd && x < k+6 && visit < 0 && (d.toks[x].isWord() || d.toks[x].isHyphen()); x++ {
			if d.toks[x].lower == "visit" { // "on a two-day official visit"
				visit = x
			}
		}
		if visit < 0 || d.visitToOtherCountry(visit, s.tokEnd, m.subj) {
			continue
		}
		ms := d.mentionsIn(s.tokStart, i)
		if len(ms) == 0 || ms[len(ms)-1].end != i-1 {
			continue
		}
		if g := ms[len(ms)-1].person; g != m.subj && m.attends(g) {
			return m.subj
		}
	}
	return -1
}

// sentenceAt returns the sentence that starts at offset st (an
// evidence's start).
func (d *docState) sentenceAt(st int) (int, bool) {
	si := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].start >= st })
	return si, si < len(d.sents) && d.sents[si].start == st
}

// visitToOtherCountry reports whether the visit noun at token v goes on
// to a country that is not person pi's: "who is on a visit to Laos"
// makes neither side the host of talks of a Chinese minister.
func (d *docState) visitToOtherCountry(v, end, pi int) bool {
	x := v + 1
	if x >= end || d.toks[x].lower != "to" {
		return false
	}
	if x+1 < end && d.toks[x+1].lower == "the" {
		x++
	}
	g, ok := d.gzOf(x + 1)
	if !ok || g.start != x+1 || g.e.kind != entCountry {
		return false
	}
	ci := d.personCountry(pi)
	return ci >= 0 && d.g.countryID(ci) != d.entityID(g.e)
}

// docVisitedCountry returns the first country the document says was
// visited, outside quotations and plans, or -1.
func (d *docState) docVisitedCountry() int {
	for si := range d.sents {
		if d.plannedSentence(si) || d.toVisit(si) {
			continue
		}
		if c := d.visitedCountry(si); c >= 0 && !d.inQuote(d.sents[si].tokStart) {
			return c
		}
	}
	return -1
}

// toVisit reports whether sentence si says "to visit": an invitation or
// a plan ("an invitation to visit Quito later this year"), no visit yet.
func (d *docState) toVisit(si int) bool {
	s := d.sents[si]
	for i := s.tokStart + 1; i < s.tokEnd; i++ {
		if d.toks[i].lower == "visit" && d.toks[i-1].lower == "to" {
			return true
		}
	}
	return false
}

// fallbackDate dates a meeting from another sentence of its paragraphs,
// then from the lead paragraph ("... said after talks on Wednesday"), then
// from the publication date: a readout reports the day's events.
func (d *docState) fallbackDate(m *meeting) (string, string) {
	if !d.hasPb {
		return "", ""
	}
	for n, p := range m.paras {
		if n >= 4 {
			break
		}
		// A paragraph's day is read once: a paragraph may tell many
		// meetings.
		if d.paraDay == nil {
			d.paraDay = map[int]dateFound{}
		}
		df, seen := d.paraDay[p]
		if !seen {
			for si := d.paraSent[p]; si < len(d.sents) && d.sents[si].para == p; si++ {
				s := d.sents[si]
				if f, found := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb); found && d.lastWeekDay(f) && !d.plannedSentence(si) && !d.arrivalSentence(si) {
					df = f
					break
				}
			}
			d.paraDay[p] = df
		}
		if df.date != "" {
			return df.date, df.precision
		}
	}
	if len(m.paras) > 0 {
		if date, ok := d.stampBefore(m.paras[0]); ok {
			return date, "day"
		}
	}
	if date, precision, found := d.leadDate(); found {
		return date, precision
	}
	return d.pub.Format("2006-01-02"), "day"
}

// stampBefore returns the day of the nearest time-stamp line among the
// dozen paragraphs before paragraph p and p itself ("February 11, 2026,
// 18:40" over the second item of a Kremlin page), when it is within the
// week before publication.
func (d *docState) stampBefore(p int) (string, bool) {
	for q := p; q > d.sents[0].para && q > p-12; q-- {
		// Not the first paragraph: the page's own stamp dates the page,
		// and its lead the first item.
		f, b, found := d.lineDate(q, 12)
		if !found {
			continue
		}
		// The date, then ", HH:MM" and nothing else.
		k := f.tokEnd
		if k < b && d.toks[k].punct == ',' {
			k++
		}
		if k+3 == b && isDigitWord(d.toks[k].lower) && d.toks[k+1].punct == ':' && isDigitWord(d.toks[k+2].lower) {
			return f.date, true
		}
	}
	return "", false
}

// lineDate reads the day that opens paragraph q, a short line of at most
// n tokens, when it is within the week before publication; it also
// returns the paragraph's end.
func (d *docState) lineDate(q, n int) (dateFound, int, bool) {
	si := d.paraSent[q]
	if si >= len(d.sents) || d.sents[si].para != q {
		return dateFound{}, 0, false
	}
	a, b := d.sents[si].tokStart, d.paraEnd(q)
	if b-a > n+3 { // the date, after a place and a comma ("Kuala Lumpur,")
		return dateFound{}, 0, false
	}
	f, found := findDate(d.text, d.toks, a, b, d.pub, d.hasPb)
	return f, b, found && (f.tokStart == a && b-a <= n || d.placeThenComma(a, f.tokStart) && b-f.tokStart <= n) && d.lastWeekDay(f)
}

// placeThenComma reports whether tokens [a, e) are a place's name of one or
// two capitalised words and a comma: the "Manama," of a date line.
func (d *docState) placeThenComma(a, e int) bool {
	if e-a < 2 || e-a > 3 || d.toks[e-1].punct != ',' {
		return false
	}
	for k := a; k < e-1; k++ {
		if !d.toks[k].isWord() || !d.toks[k].upper {
			return false
		}
	}
	return true
}

// dateLineBefore returns the day of the nearest line among the dozen
// paragraphs before paragraph p that is a full date and nothing else
// ("March 4, 2026" under the second readout of a White House page), when
// it is within the week before publication and not the day of
// publication: "today" under it is that day.
func (d *docState) dateLineBefore(p int) (time.Time, bool) {
	for q := p - 1; q > d.sents[0].para && q > p-12; q-- {
		f, b, found := d.lineDate(q, 6)
		if !found || f.rule != "date-explicit" {
			continue
		}
		if k := f.tokEnd; k == b || k+1 == b && d.toks[k].punct == '.' {
			t, err := time.Parse("2006-01-02", f.date)
			return t, err == nil && !t.Equal(d.pub)
		}
	}
	return time.Time{}, false
}

// leadDate returns the day the lead paragraph gives, within the week before
// publication, and whether it gives one.
func (d *docState) leadDate() (string, string, bool) {
	if !d.hasPb {
		return "", "", false
	}
	if d.lead == nil {
		date, precision, found := d.readLeadDate()
		d.lead = &leadDay{date, precision, found}
	}
	return d.lead.date, d.lead.precision, d.lead.found
}

// leadDay is the day the lead paragraph gives, read once.
type leadDay struct {
	date, precision string
	found           bool
}

// lastWeekDay reports whether df is a day within the week before
// publication: a readout's days.
func (d *docState) lastWeekDay(df dateFound) bool {
	if df.precision != "day" {
		return false
	}
	t, err := time.Parse("2006-01-02", df.date)
	return err == nil && !t.After(d.pub) && !t.Before(d.pub.AddDate(0, 0, -7))
}

// readLeadDate reads the day of the lead paragraph for leadDate.
func (d *docState) readLeadDate() (string, string, bool) {
	lead := 0 // the lead paragraph, after a short label ("PRESS RELEASE")
	if len(d.paraSent) > 1 && d.paraSent[1] < len(d.sents) && d.sents[d.paraSent[1]-1].tokEnd-d.sents[0].tokStart < 6 {
		lead = 1
	}
	// Short paragraphs before the body (a headline, a dateline line
	// "Paris, 19 November 2025") lead to it: the body's first paragraph
	// is read too. A bare dateline's date, the day of publication, stands
	// only when the lead gives no other ("received on Tuesday").
	for lead+1 < len(d.paraSent) && lead < 3 && d.paraTokens(lead) < 20 {
		lead++
	}
	dateline := ""
	for si := range d.sents {
		if d.sents[si].para > lead {
			break
		}
		s := d.sents[si]
		// "... will cooperate under agreements signed at the Leaders'
		// Retreat yesterday": what is to come does not make yesterday a
		// plan.
		if df, found := findDate(d.text, d.toks, d.datelineEnd(si), s.tokEnd, d.pub, d.hasPb); found && d.lastWeekDay(df) && (!d.plannedSentence(si) || d.toks[df.tokStart].lower == "yesterday") {
			if s.tokEnd-s.tokStart <= 10 && (df.rule == "date-explicit" || df.rule == "date-yearless" && d.placeOpens(si)) {
				// "BAKU, Azerbaijan, March 12.": a dateline of its own
				if dateline == "" {
					dateline = df.date
				}
				continue
			}
			return df.date, df.precision, true
		}
	}
	if dateline != "" {
		return dateline, "day", true
	}
	return "", "", false
}

// placeOpens reports whether a city or country opens sentence si, as it
// opens a dateline ("BAKU, Azerbaijan, March 12.").
func (d *docState) placeOpens(si int) bool {
	k := d.sents[si].tokStart
	for k < d.sents[si].tokEnd && (d.toks[k].punct == '*' || d.toks[k].punct == '_') {
		k++
	}
	g, ok := d.gzOf(k)
	return ok && g.start == k && (g.e.kind == entCapital || g.e.kind == entCity || g.e.kind == entCountry)
}

// paraTokens counts the tokens of paragraph p.
func (d *docState) paraTokens(p int) int {
	n := 0
	for si := d.paraSent[p]; si < len(d.sents) && d.sents[si].para == p; si++ {
		n += d.sents[si].tokEnd - d.sents[si].tokStart
	}
	return n
}

// paraEnd returns the token after paragraph p.
func (d *docState) paraEnd(p int) int {
	si := d.paraSent[p]
	for si+1 < len(d.sents) && d.sents[si+1].para == p {
		si++
	}
	return d.sents[si].tokEnd
}

// plannedSentence reports whether sentence si speaks of plans ("will",
// "is expected to"): its dates are not those of past meetings.
func (d *docState) plannedSentence(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		if plannedWords.at(d.toks[i].wid) {
			return !d.inQuote(i)
		}
	}
	return false
}

// plannedWords make a sentence a plan (plannedSentence).
var plannedWords = wordSet(`will expected scheduled slated plans planned`)

// datelineCountry returns the gazetteer index of the country of the
// document's dateline ("BEIJING -", "HANOI –", "The Kremlin, Moscow", a
// first line that names only a capital), or -1.
func (d *docState) datelineCountry() int {
	if g, ok := d.datelineCapital(); ok {
		return g.e.idx
	}
	return -1
}

// datelineCapital returns the capital the document's dateline names
// (datelineCountry).
func (d *docState) datelineCapital() (gzMatch, bool) {
	return d.datelineHit(entCapital)
}

// datelineHit returns the gazetteer place of kind the document's
// dateline names: a capital (datelineCapital) or a city.
func (d *docState) datelineHit(kind entKind) (gzMatch, bool) {
	// The dateline opens the text, or the first paragraph of the body
	// after a page's headline and its date ("Kazakhstan and Malaysia hold
	// consultations" / "5 March 2025 · 10:15" / "ASTANA, 4 March 2025 –").
	for n := 0; n < len(d.paras) && n < 4; n++ {
		p := d.paras[n]
		first := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= p.start })
		for i := first; i < len(d.toks) && d.toks[i].start < p.end && i < first+6; i++ {
			g, ok := d.gzOf(i)
			if !ok || g.start != i || g.e.kind != kind {
				continue
			}
			e := g.end
			short := e >= len(d.toks) || d.toks[e].start >= p.end || (p.end-p.start) < 40
			// "New Delhi [India], August 27 (ANI):": the country in
			// square brackets after the capital.
			if (short && n == 0) || (e < len(d.toks) && (d.toks[e].punct == ',' || d.toks[e].isHyphen() || isDash(d.toks[e].punct) || d.toks[e].punct == '(' || d.toks[e].punct == '[')) {
				return g, true
			}
		}
		if p.end-p.start >= 80 && strings.HasSuffix(strings.TrimRight(d.text[p.start:p.end], " \t\r\n\"”’'»)"), ".") {
			break // a paragraph of the body, its full stop perhaps inside a quotation (".”"): no dateline after it; a long headline has no full stop
		}
	}
	return gzMatch{}, false
}

// personCountry returns the gazetteer index of the country a person
// serves, from their positions or the list of known persons, or -1.
func (d *docState) personCountry(pi int) int {
	p := d.persons[pi]
	for _, pos := range p.positions {
		if ci, ok := d.g.countryByID[pos.org]; ok && pos.org != "" {
			return ci
		}
	}
	if p.known >= 0 && d.g.Persons[p.known].Country != "" {
		return d.g.countryIndex(d.g.Persons[p.known].Country)
	}
	for _, pos := range p.positions {
		// "Chairman of the Senate of Kazakhstan": a national body's.
		if ci, ok := d.g.orgCountryByID[pos.org]; ok {
			return ci
		}
	}
	for _, pos := range p.positions {
		// "Chairman of the Central Bank of Armenia": a body the text
		// names with its country.
		if k, ok := d.orgAt[pos.org]; ok {
			name := d.out.Organisations[k].Name
			if ci := d.g.countryNamedIn(name, tokenize(name)); ci >= 0 {
				return ci
			}
		}
	}
	return -1
}

// placeCountryOf returns the country of the place named place, or -1
// (for "" too).
func (d *docState) placeCountryOf(place string) int {
	if place == "" {
		return -1
	}
	if k, ok := d.placeAt[place]; ok {
		if ci, ok := d.g.countryByID[d.out.Places[k].Country]; ok {
			return ci
		}
	}
	if ci, ok := d.placeCountry[place]; ok {
		return ci
	}
	return -1
}

// placeHost returns the attendee who hosts a meeting held in their own
// country: the country of its place, else of the dateline. It is the only
// attendee of that country, and some other attendee comes from elsewhere.
func (d *docState) placeHost(m *meeting, dateline int) int {
	c := d.placeCountryOf(m.place)
	if c < 0 {
		c = m.country
	}
	if c < 0 {
		c = dateline
	}
	if c < 0 || len(m.attendees) < 2 {
		return -1
	}
	host, foreign, several := -1, false, false
	for _, a := range m.attendees {
		switch pc := d.personCountry(a.person); {
		case pc == c && host >= 0:
			several = true
		case pc == c:
			host = a.person
		default:
			foreign = true
		}
	}
	if !foreign {
		return -1
	}
	// "A and B co-chaired the meeting" at a place of A's country: A
	// hosts, whoever else of A's country attends.
	home := -1
	for _, cc := range m.coChairs {
		if d.personCountry(cc) == c && m.attends(cc) {
			if home >= 0 && home != cc {
				home = -2
				break
			}
			home = cc
		}
	}
	if home >= 0 {
		return home
	}
	if several {
		// A head of state or government with aides at home: the one
		// who is the subject of the report hosts.
		if m.subj >= 0 && d.personCountry(m.subj) == c && d.leads(m.subj) {
			for _, a := range m.attendees {
				if a.person != m.subj && d.personCountry(a.person) == c && d.leads(a.person) {
					return -1
				}
			}
			return m.subj
		}
		// Otherwise the most senior official of the country hosts: a
		// head of state or government, then a minister, before the
		// ambassadors and officials who attend with them.
		best, bestRank, tie := -1, 0, false
		for _, a := range m.attendees {
			if d.personCountry(a.person) != c {
				continue
			}
			switch r := d.seniority(a.person); {
			case r > bestRank:
				best, bestRank, tie = a.person, r, false
			case r == bestRank:
				tie = true
			}
		}
		if best >= 0 && bestRank >= 2 && !tie {
			return best
		}
		// Officials of one rank at a place of their country: the one the
		// report names first, when it names them before anyone else
		// ("Vice President X met President Y at the White House. They
		// were joined by Deputy Secretary of State Z").
		if first := m.attendees[0].person; best >= 0 && m.place != "" && d.personCountry(first) == c && d.seniority(first) == bestRank {
			return first
		}
		return -1
	}
	return host
}

// juniorMinister reports whether title t (lower case, spaced) is a
// minister of state, who ranks below the ministers: "Minister of State for
// Foreign Affairs", "State Minister"; not "Minister of State Security".
func juniorMinister(t string) bool {
	return strings.Contains(t, " state minister ") || strings.HasSuffix(t, " minister of state ") ||
		strings.Contains(t, " minister of state for ") || strings.Contains(t, " minister of state at ") ||
		strings.Contains(t, " minister of state in ")
}

// seniority ranks person pi for hosting: 4 for a head of state or
// government, 3 for a minister (not a deputy or vice-minister) or a deputy
// prime minister, 2 for a deputy or vice-minister, 1 for others, 0 for no
// position.
func (d *docState) seniority(pi int) int {
	r := 0
	for _, pos := range d.persons[pi].positions {
		t := " " + strings.ToLower(pos.base) + " "
		switch {
		case leaderTitles[pos.title]:
			return 4
		case (strings.Contains(t, " vice president ") || strings.Contains(t, " vice-president ")) && strings.HasPrefix(pos.org, "country:"):
			// A state's vice president ranks with the ministers, over
			// the vice ministers: "Vice President Han Zheng".
			r = max(r, 3)
		case strings.Contains(t, " prime minister ") || strings.Contains(t, " premier ") || pos.title == "Foreign Adviser" ||
			strings.Contains(t, " cabinet secretary ") && !strings.Contains(t, " deputy ") && !strings.Contains(t, " principal "):
			// (An interim government's advisers are its ministers:
			// "Foreign Adviser Md Touhid Hossain"; so are Kenya's cabinet
			// secretaries: "Prime Cabinet Secretary Musalia Mudavadi".)
			r = max(r, 3) // a deputy prime minister, a vice premier, ranks with the ministers
		case strings.Contains(t, " minister ") && !strings.Contains(t, " deputy ") && !strings.Contains(t, " vice ") &&
			!strings.Contains(t, "vice-") && !juniorMinister(t):
			r = max(r, 3)
		case strings.Contains(t, " minister ") || strings.Contains(t, "-minister "):
			// "Deputy Foreign Minister" over the heads of departments
			// who attend with them.
			r = max(r, 2)
		case !d.g.envoys[pos.title] && !strings.Contains(t, " deputy ") && !strings.Contains(t, " vice ") && !strings.Contains(t, "vice-") &&
			!strings.Contains(t, " assistant ") && (strings.HasPrefix(t, " secretary ") || strings.HasPrefix(t, " state secretary ") ||
			strings.HasPrefix(t, " chairman ") || strings.HasPrefix(t, " speaker ")):
			// "State Secretary of the Security Council" over his
			// deputies, as a deputy minister over the heads of
			// departments; not "Finance Secretary", a ministry's
			// official.
			r = max(r, 2)
		default:
			r = max(r, 1)
		}
	}
	return r
}

// leaderTitles are the titles of heads of state and government.
var leaderTitles = map[string]bool{"President": true, "Prime Minister": true, "Premier": true, "King": true,
	"Emir": true, "Sultan": true, "Chancellor": true, "Crown Prince": true, "Taoiseach": true}

// leads reports whether person pi holds a head of state's or government's
// title.
func (d *docState) leads(pi int) bool {
	for _, pos := range d.persons[pi].positions {
		if leaderTitles[pos.title] {
			return true
		}
	}
	return false
}

// meetingNounAt matches "[a|the|their] [adjective] meeting|talks|call|
// conversation|consultations" at
// token i, with "with" or a sentence end or a date after a bare noun, and
// returns the token after the noun, or 0.
func (d *docState) meetingNounAt(i, end int) int {
	k := i
	if k < end && (d.toks[k].lower == "a" || d.toks[k].lower == "the" || d.toks[k].lower == "their" || d.toks[k].lower == "his" || d.toks[k].lower == "her") {
		k++
	}
	for n := 0; n < 2 && k < end && (meetAdjectives.at(d.toks[k].wid) || phoneWords.at(d.toks[k].wid)) && d.toks[k].lower != "call"; n++ {
		k++
	}
	if k >= end || !d.toks[k].isWord() {
		return 0
	}
	switch d.toks[k].lower {
	case "meeting", "talks", "call", "conversation", "consultations":
	default:
		return 0
	}
	return k + 1
}

// onlyAttributionBetween reports whether tokens [a, b) hold only
// punctuation and speech verbs.
func (d *docState) onlyAttributionBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.isWord() && !speechVerbs.at(t.wid) && !honorifics.at(t.wid) && t.lower != "the" {
			return false
		}
	}
	return true
}

// speechAfter reports whether a speech verb follows token a closely in its
// sentence, outside quotations.
func (d *docState) speechAfter(a, end int) bool {
	for k := a; k < end && k < a+8; k++ {
		if d.inQuote(k) {
			return false
		}
		if speechVerbs.at(d.toks[k].wid) && d.toks[k].isWord() {
			return true
		}
	}
	return false
}

// speechVerbBefore reports whether a speech or evaluation verb precedes
// token i in its sentence, outside quotations.
func (d *docState) speechVerbBefore(i int) bool {
	s := d.sents[d.toks[i].sent]
	if k := i - 1; k > s.tokStart && isQuoteMark(d.toks[k].punct) {
		i = k // the quotation's own mark
	}
	if k := i - 1; k > s.tokStart && d.toks[k].lower == "as" {
		// "described the situation in Ecuador's ports as 'a war ...'":
		// the verb's object between it and "as".
		for k--; k >= s.tokStart && k >= i-14 && !d.inQuote(k) && d.toks[k].punct != ';'; k-- {
			if w := d.toks[k].lower; w == "described" || w == "describing" || w == "characterised" || w == "characterized" {
				// Not when the object names someone with a verb of his
				// own: in 'described the initiative that Ramdin announced
				// as "..."' the phrase would go to the one named.
				for _, m := range d.mentionsIn(k+1, i-1) {
					if d.speechVerbBetween(m.end, i-1) {
						return false
					}
				}
				return true
			}
		}
	}
	for k := i - 1; k >= s.tokStart && k >= i-4; k-- {
		w := d.toks[k].lower
		if d.inQuote(k) {
			return false
		}
		if evalVerbs.of(w) || w == "said" || w == "says" || w == "told" || w == "warned" || w == "praised" ||
			w == "reaffirmed" || w == "stressed" || w == "expressed" {
			return true
		}
		if (w == "recalled" || w == "spoke" && d.toks[k+1].lower == "of") && !d.othersWordsAfter(i) {
			return true // 'spoke of the "quiet courage" of small nations', 'recalled the "brotherly" ties'
		}
	}
	return false
}

// evalVerbs voice a judgement in the speaker's words ("denounced the
// 'hypocrisy'").
var evalVerbs = wordSet(`denounced condemned criticised criticized described called slammed hailed lauded decried
vowed pledged promised describing calling accused blamed`)

// namedNear reports whether person pi is named (not by a pronoun) in
// sentence si or the one before, or the one before that when it refers to
// pi by a pronoun: a pronoun speaks for the person only then.
func (d *docState) namedNear(pi, si int) bool {
	from := max(0, si-1)
	if from > 0 && d.pronounOf(pi, from) {
		// "Wijewardane proposed ... She also briefed ... '...,' she
		// said": a pronoun carries the name one sentence further.
		from--
	}
	a := d.sents[from].tokStart
	for _, m := range d.mentionsIn(a, d.sents[si].tokEnd) {
		if m.person == pi && m.kind != mkPronoun && d.canBeSubject(m) {
			return true
		}
	}
	return false
}

// pronounOf reports whether sentence si refers to person pi by a pronoun.
func (d *docState) pronounOf(pi, si int) bool {
	for _, m := range d.mentionsIn(d.sents[si].tokStart, d.sents[si].tokEnd) {
		if m.person == pi && m.kind == mkPronoun {
			return true
		}
	}
	return false
}

// titleQuote reports whether quotation q names a theme, a document or an
// event rather than quoting someone: it follows "theme of", "titled",
// "entitled", "dubbed" ..., or most of its words are capitalised and it
// holds no full stop or comma at its end.
func (d *docState) titleQuote(q *quote, openTok int, words string) bool {
	if openTok > 0 {
		switch d.toks[openTok-1].lower {
		case "titled", "entitled", "dubbed", "theme", "themed", "slogan", "motto", "named", "headlined", "caption":
			return true
		case "resolution", "decree", "law", "ordinance", "order":
			// 'signed a resolution "On measures to implement the
			// agreements ..."': an act's title opens with its own
			// capital.
			if r, _ := utf8.DecodeRuneInString(words); unicode.IsUpper(r) {
				return true
			}
		}
		if openTok > 1 && d.toks[openTok-1].lower == "of" && (d.toks[openTok-2].lower == "theme" || d.toks[openTok-2].lower == "title") {
			return true
		}
	}
	fs := strings.Fields(words)
	if len(fs) < 2 {
		return false
	}
	// The small words of a name do not count: "Ocean of Peace", "Rays
	// of Hope".
	caps, n := 0, 0
	for _, f := range fs {
		if nameConnectors.of(f) {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) || !unicode.IsLetter(r) {
			caps++
		}
	}
	last := fs[len(fs)-1]
	// A name may close its sentence with the period inside the marks:
	// 'the "Fish and Rice Corridor."'.
	named := openTok > 0 && d.toks[openTok-1].lower == "the" && len(fs) <= 5 && strings.HasSuffix(last, ".")
	return n > 0 && caps*10 >= n*7 && !strings.HasSuffix(last, ",") && (named || !strings.HasSuffix(last, "."))
}

// speechVerbBetween reports whether a speech or evaluation verb lies in
// tokens [a, b) outside quotations.
func (d *docState) speechVerbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.inQuote(k) && (speechVerbs.at(d.toks[k].wid) || evalVerbs.at(d.toks[k].wid) ||
			d.toks[k].lower == "went" && k+1 < b && d.toks[k+1].lower == "on") { // '," the minister went on. "'
			return true
		}
	}
	return false
}

// othersWordsAfter reports whether the sentence goes on after the quotation
// opening at token i to say whose words they are: 'recalled the "do more"
// demands made by Washington', 'spoke of the "axis of evil" speech of
// former US President George Bush'.
func (d *docState) othersWordsAfter(i int) bool {
	s := d.sents[d.toks[i].sent]
	for k := i + 1; k+1 < s.tokEnd; k++ {
		if (d.toks[k].punct == ',' || d.toks[k].punct == ';') && !d.inQuote(k) {
			break // another clause: "ties between the two countries, both members of the League ..."
		}
		if d.inQuote(k) || d.toks[k].lower != "by" && d.toks[k].lower != "of" {
			continue
		}
		for n := k + 1; n < s.tokEnd && n <= k+5; n++ {
			if g, ok := d.gzOf(n); ok && (g.e.kind == entCountry || g.e.kind == entCapital || g.e.kind == entOrg || g.e.kind == entTitle) {
				return true
			}
			if d.toks[n].isWord() && d.toks[n].upper {
				return true // a name
			}
		}
	}
	return false
}

// arrivalSentence reports whether sentence si tells of an arrival or a
// departure ("The visiting minister arrived in Port Vila on Monday"),
// whose day is not the meeting's.
func (d *docState) arrivalSentence(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		switch d.toks[i].lower {
		case "arrived", "arrives", "landed", "departed", "departs":
			if !d.inQuote(i) && !d.oneDayVisit(si) {
				return true
			}
		}
	}
	return false
}

// oneDayVisit reports whether sentence si speaks of a visit of one day
// ("arrived in Santiago on Monday for a one-day visit"), whose day is the
// meeting's.
func (d *docState) oneDayVisit(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i+2 < s.tokEnd; i++ {
		if (d.toks[i].lower == "one" || d.toks[i].lower == "single") && d.toks[i+1].isHyphen() && d.toks[i+2].lower == "day" {
			return true
		}
	}
	return false
}
