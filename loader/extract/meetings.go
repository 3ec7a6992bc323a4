package extract

import (
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// meetVerbs are verbs that report an encounter on their own ("met",
// "visited"). Base forms ("meet", "visit") are left out: they are nearly
// always plans ("will meet", "to visit").
var meetVerbs = wordSet(`met meets visited visits received receives hosted hosts welcomed talked`)

// holdVerbs + a meeting noun report an encounter ("held talks", "had a
// meeting with").
var holdVerbs = wordSet(`held holds had has holding`)

// planVerbs are the base forms that, after a word of future intent, announce
// a meeting ("will meet", "is expected to hold talks", "plans to visit").
var planVerbs = map[string]meetKind{"meet": mkMeet, "visit": mkVisit, "receive": mkHost, "host": mkHost, "hold": mkMeet}

// meetNouns follow holdVerbs.
var meetNouns = wordSet(`meeting meetings talks call conversation discussion discussions consultations summit`)

// phoneWords make a meeting a phone or video call.
var phoneWords = wordSet(`phone telephone video virtual virtually call videoconference`)

// intentWords before a meeting verb make it a plan, not an event.
var intentWords = wordSet(`will would shall to expected plans planned plan scheduled set going may might could
should hopes hope intends intend invited looking ahead before previously earlier last first since ready`)

// groupNouns head a group of unnamed participants ("ambassadors of ...").
var groupNouns = wordSet(`ambassadors ministers representatives delegates delegation delegations officials
leaders heads members envoys diplomats lawmakers parliamentarians executives counterparts students
participants`)

// meetAdjectives may sit between a hold verb and its noun ("held a
// bilateral meeting"); other words there ("has said will include meetings")
// break the pattern.
var meetAdjectives = wordSet(`a an the bilateral trilateral official formal informal brief closed door
productive fruitful extensive separate joint private lengthy in depth frank constructive cordial`)

// meetKind is what a meeting verb says about the encounter.
type meetKind int

const (
	mkMeet meetKind = iota
	mkTalks
	mkHost
	mkVisit
	mkPhone
	mkJoin
	mkChair
)

// meetingVerb is a meeting verb in a sentence: tokens [start, end).
type meetingVerb struct {
	start, end int
	kind       meetKind
	planned    bool // announced, not (yet) held: "will meet", "is expected to visit"
}

// attendee is a person's part in a meeting.
type attendee struct {
	person   int
	onBehalf string
	ev       graph.Evidence
}

// group is a group of unnamed participants.
type group struct {
	desc string
	ev   graph.Evidence
}

// meeting is a meeting assembled from one or more sentences.
type meeting struct {
	date, precision string
	place           string
	host            int
	attendees       []attendee
	groups          []group
	kinds           map[meetKind]bool
	thirdParty      bool
	paras           []int
	ev              []graph.Evidence
	discussed       []string
	planned         bool
	country         int  // the country visited ("visited Kazakhstan"), or -1
	cancelled       bool // a report that it was called off
}

// futureWords are the words of intent that announce a meeting to come, as
// opposed to the conditional and historical ones of intentWords.
var futureWords = wordSet(`will shall to expected plans planned plan scheduled set going intends intend invited ready`)

// findMeetingVerb returns the first meeting verb of sentence si that reports
// an event, skipping those preceded by a word of intent in their clause.
//
// A sentence whose only meeting verbs follow a word of future intent ("will
// hold talks", "is scheduled to visit") reports a planned meeting.
func (d *docState) findMeetingVerb(si int) (meetingVerb, bool) {
	s := d.sents[si]
	var planned meetingVerb
	found := false
	for i := s.tokStart; i < s.tokEnd; i++ {
		t := &d.toks[i]
		if !t.isWord() || d.inQuote(i) {
			continue
		}
		v, ok := d.verbAt(i, s.tokEnd)
		if !ok {
			continue
		}
		if v.planned || d.intentBefore(s.tokStart, i) {
			if !found && v.kind != mkJoin && d.futureBefore(s.tokStart, i) {
				planned, found = v, true
				planned.planned = true
			}
			i = v.end - 1
			continue
		}
		return v, true
	}
	return planned, found
}

// futureBefore reports whether a word of future intent precedes token v in
// its clause.
func (d *docState) futureBefore(start, v int) bool {
	future := false
	for k := v - 1; k >= start && k >= v-5; k-- {
		t := &d.toks[k]
		if t.punct == ',' || t.punct == ';' || t.punct == ':' {
			break
		}
		switch {
		case t.lower == "not" || t.lower == "never" || t.lower == "no":
			return false // "is not expected to meet": no meeting at all
		case futureWords[t.lower] && !t.upper:
			future = true
		}
	}
	return future
}

// verbAt matches a meeting verb at token i.
func (d *docState) verbAt(i, end int) (meetingVerb, bool) {
	w := d.toks[i].lower
	next := func(k int) string {
		if k < end {
			return d.toks[k].lower
		}
		return ""
	}
	if k, ok := planVerbs[w]; ok && (w != "hold" || meetNouns[next(i+1)] || meetNouns[next(i+2)]) {
		if (k == mkHost || w == "meet") && !d.personOrGroupAfter(i+1, end) && w != "meet" {
			return meetingVerb{}, false
		}
		return meetingVerb{start: i, end: i + 1, kind: k, planned: true}, true
	}
	switch {
	case meetVerbs[w]:
		k := meetingVerb{start: i, end: i + 1, kind: mkMeet}
		switch w {
		case "visited", "visits":
			k.kind = mkVisit
		case "received", "receives", "hosted", "hosts", "welcomed":
			// Only when a person or group is received, not a letter.
			if !d.personOrGroupAfter(i+1, end) {
				return meetingVerb{}, false
			}
			k.kind = mkHost
		}
		return k, true
	case holdVerbs[w]:
		k := i + 1
		for n := 0; n < 3 && k < end && !meetNouns[next(k)]; n++ {
			if d.toks[k].isHyphen() || meetAdjectives[d.toks[k].lower] || phoneWords[d.toks[k].lower] {
				k++
				continue
			}
			break
		}
		if meetNouns[next(k)] {
			kind := mkMeet
			if next(k) == "talks" {
				kind = mkTalks
			}
			for x := i + 1; x < k; x++ {
				if phoneWords[d.toks[x].lower] {
					kind = mkPhone
				}
			}
			if next(k) == "call" {
				kind = mkPhone
			}
			return meetingVerb{start: i, end: k + 1, kind: kind}, true
		}
	case w == "spoke" || w == "speaks" || w == "talked":
		for k := i + 1; k < end && k < i+6; k++ {
			if phoneWords[next(k)] {
				return meetingVerb{start: i, end: k + 1, kind: mkPhone}, true
			}
			if next(k) == "with" && d.personOrGroupAfter(k+1, end) {
				return meetingVerb{start: i, end: k + 1, kind: mkPhone}, true
			}
			if next(k) == "on" && next(k+1) == "behalf" {
				break
			}
		}
	case w == "chaired" || w == "presided" || (w == "co" && (next(i+1) == "chaired" || next(i+2) == "chaired")):
		// "Wang Yi, who co-chaired the meeting": the chair hosts.
		k := i + 1
		if w == "co" {
			k = i + 2
			if next(i+1) != "chaired" {
				k = i + 3
			}
		}
		if w == "presided" && next(k) == "over" {
			k++
		}
		if next(k) == "the" || next(k) == "a" {
			k++
		}
		for n := 0; n < 5 && k < end; n++ {
			if meetNouns[next(k)] {
				return meetingVerb{start: i, end: k + 1, kind: mkChair}, true
			}
			if !d.toks[k].isWord() && !d.toks[k].isHyphen() && d.toks[k].lower != "'" {
				break
			}
			k++
		}
	case (w == "during" || w == "at" || w == "in") && d.meetingNounAt(i+1, end) > 0:
		// "She made the remarks during a meeting with Xi Jinping", "Li
		// said during the talks": the sentence reports the encounter.
		e := d.meetingNounAt(i+1, end)
		kind := mkMeet
		if next(e-1) == "talks" {
			kind = mkTalks
		}
		if next(e-1) == "call" {
			kind = mkPhone
		}
		return meetingVerb{start: i, end: e, kind: kind}, true
	case w == "joined" && (d.personAt(i+1) || (next(i+1) == "by" && d.personAt(i+2))):
		// "Li then joined Wong for a lunch", "She was joined by the
		// minister": an encounter of the subject with the person joined.
		return meetingVerb{start: i, end: i + 2, kind: mkMeet}, true
	case (w == "in" || w == "during" || w == "on") && d.visitNounAt(i+1, end) > 0:
		// "In her visit with President X", "during Li's official visit
		// to Malaysia".
		return meetingVerb{start: i, end: d.visitNounAt(i+1, end), kind: mkVisit}, true
	case w == "took" || w == "takes" || w == "taking" || w == "participated" || w == "attended" || w == "joined":
		k := i + 1
		if w == "took" || w == "takes" || w == "taking" {
			if next(k) != "part" || next(k+1) != "in" {
				return meetingVerb{}, false
			}
			k += 2
		} else if w == "participated" {
			if next(k) != "in" {
				return meetingVerb{}, false
			}
			k++
		}
		if next(k) == "the" || next(k) == "a" {
			k++
		}
		if meetNouns[next(k)] {
			return meetingVerb{start: i, end: k + 1, kind: mkJoin}, true
		}
	}
	return meetingVerb{}, false
}

// intentBefore reports whether a word of intent or a past perfect ("had
// met") precedes token v in its clause.
func (d *docState) intentBefore(start, v int) bool {
	for k := v - 1; k >= start && k >= v-5; k-- {
		t := &d.toks[k]
		if t.punct == ',' || t.punct == ';' || t.punct == ':' {
			return false
		}
		if intentWords[t.lower] && !t.upper {
			return true
		}
		if t.lower == "had" && k == v-1 && d.toks[v].lower != "met" {
			// "had held talks" is background; "had met separately
			// with" on the sidelines reports an encounter, dated below.
			return true
		}
	}
	return false
}

// personOrGroupAfter reports whether a person mention or a group noun
// follows token i closely.
func (d *docState) personOrGroupAfter(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if groupNouns[d.toks[k].lower] {
			return true
		}
	}
	return len(d.mentionsIn(i, min(end, i+4))) > 0
}

// findMeetings reads the meetings of the document: one per sentence with a
// meeting verb, merged with an earlier meeting when they share a named
// attendee and do not disagree on the date. A "took part in the meeting"
// sentence adds its subject to the current meeting.
func (d *docState) findMeetings() []*meeting {
	var ms []*meeting
	cur := -1
	if m := d.headlineMeeting(); m != nil {
		ms, cur = append(ms, m), 0
	}
	for si := range d.sents {
		v, ok := d.findMeetingVerb(si)
		if !ok {
			if c := d.cancelledMeeting(si); c != nil {
				d.planned = mergeInto(d.planned, c)
			}
			continue
		}
		s := d.sents[si]
		if v.kind == mkJoin && cur >= 0 {
			m := ms[cur]
			for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
				if !d.inQuote(pm.start) {
					m.addAttendee(pm.person, d.ev(si, "meeting-join"))
				}
			}
			m.paras = append(m.paras, s.para)
			continue
		}
		nm := d.readMeeting(si, v)
		if nm == nil {
			continue
		}
		if nm.planned && d.cancels(si, false) {
			nm.cancelled = true // "the visit to meet X was postponed"
		}
		if nm.planned {
			// Planned meetings are kept apart: they take no statements,
			// topics or later "also took part" sentences.
			d.planned = mergeInto(d.planned, nm)
			continue
		}
		merged := false
		for k, m := range ms {
			if m.shares(nm) {
				m.merge(nm)
				cur = k
				merged = true
				break
			}
		}
		if !merged && cur >= 0 && ms[cur].sameScene(nm) {
			// A paragraph tells of one encounter: "Retno visited
			// Beijing. ... Taha was also present during the meeting
			// with Wang Yi."
			ms[cur].merge(nm)
			merged = true
		}
		if !merged {
			ms = append(ms, nm)
			cur = len(ms) - 1
		}
	}
	d.meetingSpeakers(ms)
	d.completeMeetings(ms)
	return ms
}

// headlineMeeting reads a headline that names an encounter as a noun
// phrase, the style of presidential and ministry websites: "Telephone
// conversation with President of China Xi Jinping", "Meeting with Prime
// Minister of Peru Ana Ruiz". The site's principal, the other party, is
// the first person the body names as the subject of a sentence.
func (d *docState) headlineMeeting() *meeting {
	if len(d.sents) < 2 || len(d.paras) < 2 || d.sents[0].para != 0 || d.sents[1].para == 0 {
		return nil
	}
	s := d.sents[0]
	k := s.tokStart
	kind := mkMeet
	for k < s.tokEnd && phoneWords[d.toks[k].lower] && d.toks[k].lower != "call" {
		kind = mkPhone
		k++
	}
	if k+2 >= s.tokEnd {
		return nil
	}
	switch d.toks[k].lower {
	case "conversation", "call":
		kind = mkPhone
	case "meeting", "talks":
	default:
		return nil
	}
	if d.toks[k+1].lower != "with" {
		return nil
	}
	guests := d.mentionsIn(k+2, s.tokEnd)
	if len(guests) == 0 {
		return nil
	}
	ev := d.ev(0, "meeting-headline")
	m := &meeting{host: -1, country: -1, kinds: map[meetKind]bool{kind: true}, paras: []int{0}, ev: []graph.Evidence{ev}}
	for _, g := range guests {
		m.addAttendee(g.person, ev)
	}
	for si := 1; si < len(d.sents); si++ {
		if p := d.subject[si]; p >= 0 && p != guests[0].person {
			m.addAttendee(p, d.ev(si, "meeting-headline"))
			break
		}
	}
	if len(m.attendees) < 2 {
		return nil
	}
	return m
}

// cancelWords say that an encounter did not happen ("the talks were
// called off", "the visit was postponed", "did not take place").
var cancelWords = wordSet(`cancelled canceled postponed scrapped cancels cancel`)

// encounterNouns name an encounter in a sentence that reports it called off.
var encounterNouns = wordSet(`meeting meetings talks visit visits summit call trip consultations`)

// cancelledMeeting reads a sentence that reports a meeting called off: an
// encounter noun, a word of cancellation ("cancelled", "postponed", "called
// off", "did not take place") and the people it concerned. It is kept with
// the planned meetings, with the status cancelled, so that it resolves into
// the announcement of the same meeting.
func (d *docState) cancelledMeeting(si int) *meeting {
	if !d.cancels(si, true) {
		return nil
	}
	s := d.sents[si]
	m := d.readMeeting(si, meetingVerb{start: s.tokStart, end: s.tokStart, kind: mkMeet, planned: true})
	if m == nil {
		return nil
	}
	m.cancelled = true
	return m
}

// cancels reports whether sentence si says an encounter was called off:
// a word of cancellation and, when needNoun, an encounter noun.
func (d *docState) cancels(si int, needNoun bool) bool {
	s := d.sents[si]
	noun, cancel := !needNoun, false
	for i := s.tokStart; i < s.tokEnd; i++ {
		t := &d.toks[i]
		if !t.isWord() || d.inQuote(i) {
			continue
		}
		next := ""
		if i+1 < s.tokEnd {
			next = d.toks[i+1].lower
		}
		switch {
		case encounterNouns[t.lower]:
			noun = true
		case cancelWords[t.lower],
			t.lower == "called" && next == "off",
			t.lower == "not" && (next == "take" || next == "held" || next == "happen"):
			cancel = true
		}
	}
	return noun && cancel
}

// mergeInto adds n to ms, merged with a meeting it shares attendees with.
func mergeInto(ms []*meeting, n *meeting) []*meeting {
	for _, m := range ms {
		if m.shares(n) {
			m.merge(n)
			return ms
		}
	}
	return append(ms, n)
}

// readMeeting builds a meeting from the sentence si with meeting verb v.
func (d *docState) readMeeting(si int, v meetingVerb) *meeting {
	s := d.sents[si]
	m := &meeting{host: -1, country: -1, kinds: map[meetKind]bool{v.kind: true}, paras: []int{s.para}, planned: v.planned}
	rule := "meeting-verb"
	if v.kind == mkJoin {
		rule = "meeting-join"
	}
	ev := d.ev(si, rule)
	m.ev = []graph.Evidence{ev}
	for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
		if d.inQuote(pm.start) || d.onBehalfOf(pm.start, s.tokStart) || d.mentionedOnly(pm, v) {
			continue
		}
		m.addAttendee(pm.person, ev)
	}
	if g, ok := d.groupAfter(v.end, s.tokEnd); ok {
		m.groups = append(m.groups, group{desc: g, ev: ev})
	}
	if len(m.attendees) == 0 {
		return nil
	}
	subj := d.subject[si]
	if v.kind == mkHost {
		if agent, ok := d.passiveAgent(v.end, s.tokEnd); ok {
			// "Xi was welcomed in Paris by Prime Minister Attal": the
			// agent hosts, not the subject.
			subj = agent
		}
	}
	m.country = d.visitedCountry(si)
	if subj >= 0 && (v.kind == mkHost || v.kind == mkChair || (v.kind == mkMeet && d.toks[v.start].lower == "had" && d.toks[v.start+1].lower != "met")) {
		m.host = subj
	}
	if df, ok := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb); ok {
		if d.hasPb && df.precision == "day" {
			t, _ := time.Parse("2006-01-02", df.date)
			switch {
			case t.Before(d.pub.AddDate(0, 0, -60)):
				return nil // history mentioned in passing
			case t.After(d.pub.AddDate(0, 0, 1)):
				m.planned = true // a date to come: announced, not held
			}
		}
		if !(d.hasPb && df.precision == "year") { // "commenced in 2020" dates no meeting
			m.date, m.precision = df.date, df.precision
		}
	}
	m.place = d.placeIn(si)
	for i := s.tokStart; i+2 < s.tokEnd; i++ {
		w := d.toks[i].lower
		if (w == "sidelines" || w == "margins") && d.toks[i+1].lower == "of" {
			m.thirdParty = true
		}
	}
	return m
}

// mentionedOnly reports whether mention pm of a meeting sentence names
// someone who did not take part: the source the sentence is attributed to
// ("..., government spokesman Jirayu said."), or a deceased person ("the
// late Sultan Abdul Halim").
func (d *docState) mentionedOnly(pm pmention, v meetingVerb) bool {
	if d.deceased(pm.start) {
		return true
	}
	s := d.sents[d.toks[pm.start].sent]
	if pm.start < v.end || pm.kind == mkPronoun {
		return false
	}
	// The reporting clause closes the sentence: only the name, speech verbs
	// and punctuation follow, and a comma or the title opens it.
	if !d.onlyAttributionBetween(pm.end, s.tokEnd) || !d.speechVerbBetween(pm.end, s.tokEnd) {
		return false
	}
	for k := pm.start - 1; k >= v.end && k >= pm.start-5; k-- {
		t := &d.toks[k]
		if t.punct == ',' {
			return true
		}
		if !t.isWord() {
			return false
		}
		if t.upper || honorifics[t.lower] || d.isTitleTok(k) || t.lower == "government" || t.lower == "the" {
			continue
		}
		return false
	}
	return false
}

// deceased reports whether the mention at token i is of a dead person:
// "the late President ...", "late Sultan ...".
func (d *docState) deceased(i int) bool {
	s := d.sents[d.toks[i].sent]
	for k := i - 1; k >= s.tokStart && k >= i-4; k-- {
		t := &d.toks[k]
		if t.lower == "late" && !t.upper {
			return true
		}
		if !t.isWord() || (!t.upper && !honorifics[t.lower] && !d.isTitleTok(k)) {
			return false
		}
	}
	return false
}

// personAt reports whether a person mention starts at token i, or after a
// title or honorific just before the name.
func (d *docState) personAt(i int) bool {
	for _, pm := range d.mentionsIn(i, i+1) {
		if pm.kind != mkPronoun {
			return true
		}
	}
	return false
}

// visitNounAt matches "<his|her|their|the|Name's> [state|official|...]
// visit with|to" at token i and returns the token after "with" or "to",
// or 0.
func (d *docState) visitNounAt(i, end int) int {
	k := i
	switch {
	case k < end && (d.toks[k].lower == "his" || d.toks[k].lower == "her" || d.toks[k].lower == "their" || d.toks[k].lower == "the"):
		k++
	default:
		// a possessive name: "Li's", "Sultan Ibrahim's"
		for n := 0; n < 4 && k < end && d.toks[k].upper; n++ {
			k++
		}
		if k == i || k >= end || (d.toks[k].lower != "'s" && d.toks[k].lower != "’s" && d.toks[k].lower != "'") {
			return 0
		}
		for k < end && !d.toks[k].isWord() || k < end && (d.toks[k].lower == "s" || d.toks[k].lower == "'s" || d.toks[k].lower == "’s") {
			k++
		}
	}
	for n := 0; n < 3 && k < end && visitAdjectives[d.toks[k].lower]; n++ {
		k++
	}
	if k+1 >= end || (d.toks[k].lower != "visit" && d.toks[k].lower != "trip") {
		return 0
	}
	if d.toks[k+1].lower != "with" && d.toks[k+1].lower != "to" {
		return 0
	}
	return k + 2
}

// visitAdjectives qualify a visit.
var visitAdjectives = wordSet(`state official working first maiden two three four five day days week long -day`)

// passiveAgent returns the person after "by" in a passive meeting clause
// ("was received by Xi", "welcomed in Paris by Prime Minister Attal").
func (d *docState) passiveAgent(i, end int) (int, bool) {
	for k := i; k < end && k < i+6; k++ {
		if d.toks[k].punct == ',' || d.toks[k].punct == ';' {
			return -1, false
		}
		if d.toks[k].lower != "by" {
			continue
		}
		if ms := d.mentionsIn(k+1, min(end, k+6)); len(ms) > 0 && ms[0].kind != mkPronoun {
			return ms[0].person, true
		}
		return -1, false
	}
	return -1, false
}

// visitedCountry returns the country a meeting sentence says was visited:
// "visited Kazakhstan", "a state visit to China", "arrived in Hanoi", or -1.
func (d *docState) visitedCountry(si int) int {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		switch d.toks[i].lower {
		case "visited", "visits", "visiting", "visit", "trip", "arrived", "arrives":
		default:
			continue
		}
		k := i + 1
		if d.toks[k].lower == "to" || d.toks[k].lower == "in" {
			k++
		}
		if g, ok := d.gzOf(k); ok && g.start == k {
			switch g.e.kind {
			case entCountry:
				if d.isCountryName(g) {
					return g.e.idx
				}
			case entCapital, entCity:
				return g.e.idx
			}
		}
	}
	return -1
}

// isCountryName reports whether hit g is a country's name rather than its
// demonym ("Chinese").
func (d *docState) isCountryName(g gzMatch) bool {
	for _, dm := range d.g.Countries[g.e.idx].Demonyms {
		if strings.EqualFold(dm, d.phrase(g.start, g.end)) {
			return false
		}
	}
	return true
}

// onBehalfOf reports whether token i sits in an "on behalf of" phrase.
func (d *docState) onBehalfOf(i, start int) bool {
	for k := i - 1; k >= start && k >= i-12; k-- {
		if d.toks[k].punct == ';' || d.toks[k].punct == ':' || d.toks[k].lower == "and" && k < i-1 && d.toks[k+1].lower != "the" {
			return false
		}
		if d.toks[k].lower == "behalf" {
			return true
		}
	}
	return false
}

// groupAfter reads a group of unnamed participants right after the verb:
// "with ambassadors of the Eurasian states to China".
func (d *docState) groupAfter(i, end int) (string, bool) {
	if i < end && d.toks[i].lower == "with" {
		i++
	}
	head := -1
	for k := i; k < end && k < i+4; k++ {
		t := &d.toks[k]
		if groupNouns[t.lower] {
			head = k
			break
		}
		if !t.isWord() || len(d.mentionsIn(k, k+1)) > 0 {
			return "", false
		}
		if t.upper {
			if g, ok := d.gzOf(k); !ok || g.e.kind != entCountry {
				if !(k == i) {
					return "", false
				}
			}
		}
	}
	if head < 0 {
		return "", false
	}
	e := head + 1
	for e < end {
		t := &d.toks[e]
		if t.punct != 0 && !t.isHyphen() && t.lower != "'" {
			break
		}
		if !t.upper && (t.lower == "in" || t.lower == "at" || t.lower == "on" || t.lower == "during" || t.lower == "who" ||
			t.lower == "which" || t.lower == "where" || t.lower == "when" || t.lower == "after" || t.lower == "before" ||
			t.lower == "amid" || t.lower == "and" || t.lower == "for") {
			break
		}
		if t.lower == "to" && e+1 < end && !d.toks[e+1].upper && d.toks[e+1].lower != "the" {
			break
		}
		e++
	}
	start := i
	if d.toks[start].lower == "the" {
		start++
	}
	return d.phrase(start, e), true
}

// placeIn returns the place of a meeting sentence: "in <capital>" or "in
// <Capitalised Name>" that is no country, person or organisation.
func (d *docState) placeIn(si int) string {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.toks[i].lower != "in" || d.inQuote(i) {
			continue
		}
		k := i + 1
		if g, ok := d.gzOf(k); ok {
			if g.start == k && g.e.kind == entCapital {
				return d.addPlace(d.g.Countries[g.e.idx].Capitals[0], g.e.idx, si, "in-place")
			}
			if g.start == k && g.e.kind == entCity {
				return d.addCity(g, si, "in-place")
			}
			continue
		}
		t := &d.toks[k]
		if !t.isWord() || !t.upper || hardStop[t.lower] || softStop[t.lower] || len(d.mentionsIn(k, k+1)) > 0 {
			continue
		}
		e := k
		for e < s.tokEnd && e-k < 3 && d.toks[e].isWord() && d.toks[e].upper && d.gzAt[e] < 0 && !hardStop[d.toks[e].lower] {
			e++
		}
		if e > k {
			return d.addPlace(d.phrase(k, e), -1, si, "in-place")
		}
	}
	return ""
}

// addAttendee adds person pi once.
func (m *meeting) addAttendee(pi int, ev graph.Evidence) {
	for _, a := range m.attendees {
		if a.person == pi {
			return
		}
	}
	m.attendees = append(m.attendees, attendee{person: pi, ev: ev})
}

// shares reports whether n reports the same meeting as m: a common named
// attendee, and no conflicting dates.
func (m *meeting) shares(n *meeting) bool {
	if m.planned != n.planned || m.date != "" && n.date != "" && m.date != n.date {
		return false
	}
	for _, a := range m.attendees {
		for _, b := range n.attendees {
			if a.person == b.person {
				return true
			}
		}
	}
	return false
}

// sameScene reports whether n is told in the paragraph where m was last
// reported, on no other date: the same encounter seen from another
// participant.
func (m *meeting) sameScene(n *meeting) bool {
	if m.planned || n.planned || m.date != "" && n.date != "" && m.date != n.date {
		return false
	}
	return len(m.paras) > 0 && len(n.paras) > 0 && m.paras[len(m.paras)-1] == n.paras[0] && !m.kinds[mkPhone] && !n.kinds[mkPhone]
}

// merge folds n into m; what m already knows wins.
func (m *meeting) merge(n *meeting) {
	if m.date == "" || (m.precision != "day" && n.precision == "day") {
		m.date, m.precision = n.date, n.precision
	}
	if m.place == "" {
		m.place = n.place
	}
	if m.host < 0 {
		m.host = n.host
	}
	if m.country < 0 {
		m.country = n.country
	}
	for _, a := range n.attendees {
		m.addAttendee(a.person, a.ev)
	}
	for _, g := range n.groups {
		dup := false
		for _, o := range m.groups {
			dup = dup || strings.EqualFold(o.desc, g.desc)
		}
		if !dup {
			m.groups = append(m.groups, g)
		}
	}
	for k := range n.kinds {
		m.kinds[k] = true
	}
	m.thirdParty = m.thirdParty || n.thirdParty
	m.cancelled = m.cancelled || n.cancelled
	m.paras = append(m.paras, n.paras...)
	for _, e := range n.ev {
		m.ev = addEv(m.ev, e)
	}
}

// paraMeetings maps each paragraph to the meeting it reports: the meeting
// most recently mentioned at or before it.
func (d *docState) paraMeetings(ms []*meeting) []int {
	first := make([]int, len(d.paras))
	for i := range first {
		first[i] = -1
	}
	for k, m := range ms {
		for _, p := range m.paras {
			first[p] = k
		}
	}
	cur := -1
	for p := range first {
		if first[p] >= 0 {
			cur = first[p]
		}
		first[p] = cur
	}
	return first
}

// meetingSpeakers adds to each meeting the persons with a position who are
// the subject of a sentence in its paragraphs ("Andrei Denisov spoke on
// behalf of ..."), with what they spoke on behalf of.
func (d *docState) meetingSpeakers(ms []*meeting) {
	if len(ms) == 0 {
		return
	}
	pm := d.paraMeetings(ms)
	for si, s := range d.sents {
		k := pm[s.para]
		pi := d.subject[si]
		if k < 0 || pi < 0 || len(d.persons[pi].positions) == 0 {
			continue
		}
		speaks := false
		for i := s.tokStart; i < s.tokEnd; i++ {
			if speechVerbs[d.toks[i].lower] && !d.inQuote(i) {
				speaks = true
				break
			}
		}
		if !speaks || !d.speaksOfMeeting(si) || d.deceased(d.sents[si].tokStart) {
			continue
		}
		m := ms[k]
		m.addAttendee(pi, d.ev(si, "meeting-speaker"))
		if ob := d.onBehalfPhrase(si); ob != "" {
			for a := range m.attendees {
				if m.attendees[a].person == pi && m.attendees[a].onBehalf == "" {
					m.attendees[a].onBehalf = ob
				}
			}
		}
	}
}

// speaksOfMeeting reports whether sentence si places its speaker at the
// meeting: it names the encounter outside quotations ("during the talks",
// "at the meeting", "told his guest") or speaks "on behalf of" a party.
// A speaker who only comments from elsewhere ("President X has warned")
// is no attendee.
func (d *docState) speaksOfMeeting(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		if d.inQuote(i) {
			continue
		}
		switch w := d.toks[i].lower; {
		case meetNouns[w] || w == "behalf" || w == "visit" || w == "guest" || w == "guests" || w == "counterpart" || w == "host" || w == "hosts":
			return true
		}
	}
	return false
}

// onBehalfPhrase returns what follows "on behalf of" in sentence si, up to
// the end of the clause.
func (d *docState) onBehalfPhrase(si int) string {
	s := d.sents[si]
	for i := s.tokStart; i+3 < s.tokEnd; i++ {
		if d.toks[i].lower != "on" || d.toks[i+1].lower != "behalf" || d.toks[i+2].lower != "of" {
			continue
		}
		e := i + 3
		for e < s.tokEnd && (d.toks[e].isWord() || d.toks[e].isHyphen() || d.toks[e].lower == "'") {
			e++
		}
		return d.phrase(i+3, e)
	}
	return ""
}

// emitMeetings writes the meetings with their IDs, modes and CAMEO codes.
func (d *docState) emitMeetings(ms []*meeting) {
	d.emitMeetingFacts(ms, true)
	// A plan the same document reports as held is that meeting.
	var planned []*meeting
	for _, p := range d.planned {
		held := false
		for _, m := range ms {
			p.planned = false
			held = held || m.shares(p)
			p.planned = true
		}
		if !held {
			planned = append(planned, p)
		}
	}
	d.emitMeetingFacts(planned, false)
}

// emitMeetingFacts writes meetings to the output; held ones take the
// topics named in their paragraphs.
func (d *docState) emitMeetingFacts(ms []*meeting, held bool) {
	pm := d.paraMeetings(ms)
	if !held {
		pm = nil
	}
	// Discussed: initiatives and topics named outside quotations in the
	// meeting's paragraphs. Programmes (national plans) are context, and
	// words inside quotations belong to the statement's mentions.
	for _, g := range d.gz {
		if g.e.kind != entInitiative || d.inQuote(g.start) || d.g.Initiatives[g.e.idx].Kind == "programme" {
			continue
		}
		if pm == nil {
			break
		}
		k := pm[d.sents[d.toks[g.start].sent].para]
		if k < 0 {
			continue
		}
		id := d.gzID(g)
		if !contains(ms[k].discussed, id) {
			ms[k].discussed = append(ms[k].discussed, id)
		}
	}
	for _, m := range ms {
		ids := make([]string, 0, len(m.attendees))
		for _, a := range m.attendees {
			ids = append(ids, d.personID(a.person))
		}
		f := graph.MeetingFact{
			ID:            graph.MeetingID(m.date, ids),
			Date:          m.date,
			DatePrecision: m.precision,
			Place:         m.place,
			Type:          "CONSULT",
			Discussed:     m.discussed,
			Evidence:      m.ev,
		}
		switch {
		case m.cancelled:
			f.Status = graph.StatusCancelled
		case m.planned:
			f.Status = graph.StatusPlanned
		}
		if m.host >= 0 {
			f.Host = d.personID(m.host)
		}
		reps := map[string]bool{}
		for _, a := range m.attendees {
			af := graph.AttendeeFact{Person: d.personID(a.person), OnBehalfOf: a.onBehalf, Evidence: []graph.Evidence{a.ev}}
			if ps := d.persons[a.person].positions; len(ps) > 0 {
				af.Role = ps[0].title
				af.Representing = ps[0].org
				if af.Representing != "" {
					reps[af.Representing] = true
				}
			}
			f.Attendees = append(f.Attendees, af)
		}
		for _, g := range m.groups {
			f.Groups = append(f.Groups, graph.GroupFact{ID: graph.GroupID(f.ID, g.desc), Description: g.desc, Evidence: []graph.Evidence{g.ev}})
		}
		if m.host < 0 && m.place != "" && !m.kinds[mkPhone] {
			// The attendee whose country the meeting is in hosts it.
			pc := d.out.Places[d.placeAt[m.place]].Country
			for _, a := range m.attendees {
				if ps := d.persons[a.person].positions; pc != "" && len(ps) > 0 && ps[0].org == pc {
					f.Host = d.personID(a.person)
					break
				}
			}
		}
		f.Mode, f.CAMEO = m.mode(f.Host != "", len(reps)+len(m.groups))
		d.out.Meetings = append(d.out.Meetings, f)
	}
}

// mode gives the PLOVER mode and CAMEO code of a meeting.
func (m *meeting) mode(hosted bool, parties int) (string, string) {
	cameo := "040"
	switch {
	case m.kinds[mkTalks]:
		cameo = "046"
	case m.kinds[mkPhone]:
		cameo = "041"
	case m.thirdParty:
		cameo = "044"
	case m.kinds[mkVisit]:
		cameo = "042"
	case hosted || m.kinds[mkHost]:
		cameo = "043"
	}
	switch {
	case m.kinds[mkPhone]:
		return "phone", cameo
	case parties >= 3:
		return "multilateral", cameo
	case m.thirdParty:
		return "third-party", cameo
	case m.kinds[mkVisit]:
		return "visit", cameo
	case hosted || m.kinds[mkHost]:
		return "host", cameo
	}
	return "", cameo
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
