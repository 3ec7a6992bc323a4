package extract

import (
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"

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

// planVerbWords are planVerbs' words, to test a token by.
var planVerbWords = wordSet(strings.Join(slices.Collect(maps.Keys(planVerbs)), " "))

// verbWords are the words that verbAt reads a meeting from: each of its
// tests requires the word at i to be one of them (TestVerbWordsGateVerbAt
// reads verbAt to check it).
var verbWords = func() *words {
	ws := []string{`accepted accepts accompanied accompanying joining after around at attendance attended attending before began
between brought called calls chaired co conferred convened during followed participation played receiving sat following grant granted grants held in joined
meeting on opened paid participated participating paying pays preceded present presented presents presided represented
signed signs speaks spoke spoken takes taking talked took travelled traveled`}
	for _, s := range []*words{meetVerbs, holdVerbs, joinParticiples, planVerbWords, pairVerbs} {
		for w := range s.m {
			ws = append(ws, w)
		}
	}
	return wordSet(strings.Join(ws, " "))
}()

// meetNouns follow holdVerbs.
var meetNouns = wordSet(`meeting meetings talks call conversation discussion discussions consultation consultations summit`)

// namedMeetingHeads end the names of meetings held ("held the 4th
// Korea-Kyrgyzstan Vice-Ministerial Strategic Dialogue with X").
var namedMeetingHeads = wordSet(`dialogue session round consultation`)

// phoneWords make a meeting a phone or video call.
var phoneWords = wordSet(`phone telephone video virtual virtually online call videoconference`)

// intentWords before a meeting verb make it a plan, not an event.
var intentWords = wordSet(`will would shall to expected plans planned plan scheduled set going may might could
should hopes hope intends intend invited looking ahead before previously earlier last first since ready`)

// groupNouns head a group of unnamed participants ("ambassadors of ...").
var groupNouns = wordSet(`ambassadors ministers representatives delegates delegation delegations officials
leaders heads members envoys diplomats lawmakers parliamentarians executives counterparts students
participants`)

// meetAdjectives may sit between a hold verb and its noun ("held a
// bilateral meeting"), and before a meeting noun elsewhere ("during the
// ordinary meeting"); other words there ("has said will include meetings")
// break the pattern.
var meetAdjectives = wordSet(`a an the bilateral trilateral official formal informal brief closed door
productive fruitful extensive separate joint private lengthy in depth frank constructive cordial
political strategic regular annual interministerial interagency consular expert ordinary extraordinary plenary
inaugural wide ranging working`)

// holdOrdinals may also stand between a hold verb and its meeting noun,
// in a sentence of no other year: "held its first meeting", "held their
// third round of consultations"; not "their first meeting in 2022".
var holdOrdinals = wordSet(`its their first second third fourth fifth sixth seventh eighth ninth tenth`)

// ordinalNumber reports whether w is an ordinal written in digits: "25th".
func ordinalNumber(w string) bool {
	n := len(w)
	if n < 3 || !isDigitWord(w) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

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
	mkCall // a courtesy call paid on the person named after the verb
)

// callKinds are the calls an envoy or guest pays: "a courtesy call", "a
// farewell call", "an introductory call".
var callKinds = wordSet(`courtesy farewell introductory`)

// courtesyCallAt matches "a courtesy|farewell call|visit on|to|from" at
// token i, a place perhaps before "from" or "by", and returns the token
// after the preposition, or 0.
func (d *docState) courtesyCallAt(i, end int) int {
	// "received here yesterday afternoon a courtesy call by X": the
	// place and the time first.
	for n := 0; n < 4 && i < end && d.toks[i].isWord() && (d.toks[i].lower == "here" || d.toks[i].lower == "yesterday" ||
		d.toks[i].lower == "today" || dayParts.at(d.toks[i].wid)); n++ {
		i++
	}
	if i < end && (d.toks[i].lower == "at" || d.toks[i].lower == "in") {
		// "received at the headquarters of the Ministry of Foreign
		// Affairs, Regional Cooperation and Burkinabè Abroad a courtesy
		// call from X": the place first.
		for k := i + 1; k+1 < end && k < i+16; k++ {
			t := &d.toks[k]
			if t.lower == "a" && callKinds.at(d.toks[k+1].wid) {
				i = k
				break
			}
			if !(t.isWord() && (t.upper || adjunctWords.at(t.wid) || t.lower == "of" || t.lower == "and")) && t.punct != ',' {
				break
			}
		}
	}
	if i+2 < end && d.toks[i].lower == "a" && d.toks[i+1].lower == "visit" && (d.toks[i+2].lower == "by" || d.toks[i+2].lower == "from") {
		return i + 3 // "received a visit by the Speaker of ..., X"
	}
	if i+3 >= end || d.toks[i].lower != "a" || !callKinds.at(d.toks[i+1].wid) {
		return 0
	}
	if n := d.toks[i+2].lower; n != "call" && n != "visit" {
		return 0
	}
	switch d.toks[i+3].lower {
	case "on", "to", "from", "upon", "by":
		return i + 4
	case "at", "in":
		// "received a courtesy call at Adelup from X": the place between.
		for k := i + 4; k < end && k < i+9; k++ {
			if w := d.toks[k].lower; w == "from" || w == "by" {
				return k + 1
			}
			if t := &d.toks[k]; !t.isWord() && !t.isHyphen() || !t.upper && !adjunctWords.at(t.wid) {
				return 0
			}
		}
	}
	return 0
}

// phoneCallFromAt matches "[yesterday evening] a [phone|telephone] call
// [today|on Sunday evening] from" at token i and returns the token after
// "from", or 0: "received a phone call today from X" reports a call with
// X.
func (d *docState) phoneCallFromAt(i, end int) int {
	// "received yesterday evening a phone call from X": the time first.
	for n := 0; n < 3 && i < end && d.toks[i].isWord() && (d.toks[i].lower == "yesterday" || d.toks[i].lower == "today" || dayParts.at(d.toks[i].wid)); n++ {
		i++
	}
	if i+3 >= end || d.toks[i].lower != "a" {
		return 0
	}
	k := i + 1
	if w := d.toks[k].lower; w == "phone" || w == "telephone" || w == "video" {
		k++
	}
	if k == i+1 || k >= end || d.toks[k].lower != "call" {
		return 0
	}
	for n := 0; n < 4 && k+1 < end; n++ {
		k++
		t := &d.toks[k]
		if t.lower == "from" {
			return k + 1
		}
		if !t.isWord() || (!t.upper && !adjunctWords.at(t.wid)) {
			return 0
		}
	}
	return 0
}

// credentialsPresentedTo matches "presented [her] [copies of the]
// credentials|letters of credence to" at token i, a person or a title
// after it, and returns the index of "to", or 0.
func (d *docState) credentialsPresentedTo(i, end int) int {
	if w := d.toks[i].lower; w != "presented" && w != "presents" && w != "present" {
		return 0
	}
	if i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were" || d.toks[i-1].lower == "to" || d.toks[i-1].lower == "will") {
		return 0 // "were presented by", "is due to present": not here
	}
	seen := false
	for k := i + 1; k < end && k <= i+8; k++ {
		t := &d.toks[k]
		switch {
		case credentialWords.at(t.wid):
			seen = true
		case t.lower == "to" && seen:
			if d.personOrGroupAfter(k+1, end) || d.titledObject(k+1, end) {
				return k
			}
			return 0
		case !t.isWord():
			return 0
		}
	}
	return 0
}

// placeOrTimeWords may follow the person called on: "called on him at
// the Ministry", "called on her here today".
var placeOrTimeWords = wordSet(`at here today yesterday`)

// purposeVerbs tell what a caller came for: "called on him at the
// Ministry to discuss ...".
var purposeVerbs = wordSet(`discuss exchange present pay bid convey explore review brief deliver sign congratulate introduce hand
thank strengthen seek`)

// toBefore reports whether "to" and a verb other than a visit's purpose
// come in tokens [a, b) before a comma or a full stop: "called on him at
// the congress to resign" is an appeal, "called on him at the Ministry to
// discuss trade" a visit.
func (d *docState) toBefore(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if d.toks[k].punct == ',' || d.toks[k].punct == '.' || d.toks[k].punct == ';' {
			return false
		}
		if d.toks[k].lower == "to" && !d.toks[k+1].upper {
			// (Not "along with Ambassador of Turkmenistan to Pakistan":
			// a capitalised word, a country or a name, is no verb.)
			return !purposeVerbs.at(d.toks[k+1].wid)
		}
	}
	return false
}

// calledOnPerson reports whether a named person, not a possessive one,
// opens the object of "called on" at token i and is not asked to do
// something: "called on President X" is a visit, "called on President X
// to release ..." an appeal.
func (d *docState) calledOnPerson(i, end int) bool {
	i = d.skipExcellency(i, end)
	if i+1 < end && (d.toks[i].lower == "him" || d.toks[i].lower == "her") && placeOrTimeWords.at(d.toks[i+1].wid) && i >= 3 &&
		d.toks[i-3].lower == "who" && !d.inQuote(i) && !d.toBefore(i+1, end) {
		return true // "He was talking to X who called on him at the Ministry": not "called on him in a letter to resign"
	}
	for _, pm := range d.mentionsIn(i, min(end, i+4)) {
		if pm.kind == mkPronoun || d.inQuote(pm.start) {
			return false
		}
		e := pm.end
		if e < end && (d.toks[e].lower == "to" || d.toks[e].lower == "'") {
			return false
		}
		if e < end && d.toks[e].punct == ',' {
			// "called on X, President of Y, to ...": look past the
			// apposition.
			for k := e + 1; k < end && k < e+16; k++ {
				if d.toks[k].punct == ',' {
					return !(k+1 < end && d.toks[k+1].lower == "to")
				}
			}
		}
		return true
	}
	return false
}

// meetingVerb is a meeting verb in a sentence: tokens [start, end).
type meetingVerb struct {
	start, end int
	kind       meetKind
	planned    bool // announced, not (yet) held: "will meet", "is expected to visit"
	gathering  bool // the gathering is the subject: "the summit opened", a new event
	// ofGathering: the join names its gathering ("Leaders attending the
	// summit included"), which a bilateral on its sidelines is not.
	ofGathering bool
	// bare: the verb names no meeting ("X also attended."); its
	// paragraph must not date another day.
	bare bool
	// event: the join names an event that is no meeting noun ("Attending
	// the forum were"), which the meeting it joins must have been told as.
	event string
	// named: the join names its meeting ("attended the Meeting of the
	// Committee of Permanent Representatives").
	named bool
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
	// datelined: the date is the dateline's, which a day told of the
	// meeting later ("The meeting, held ... on Tuesday,") corrects.
	datelined bool
	// weekday: the date is a weekday's, "on Thursday", read as the last
	// one on or before publication; a plan's is the next one.
	weekday bool
	// coChairs: "A and B co-chaired the meeting"; the one at home hosts.
	coChairs   []int
	place      string
	host       int
	attendees  []attendee
	groups     []group
	kinds      map[meetKind]bool
	thirdParty bool
	paras      []int
	ev         []graph.Evidence
	discussed  []string
	planned    bool
	country    int  // the country visited ("visited Kazakhstan"), or -1
	cancelled  bool // a report that it was called off
	subj       int  // the subject of the first sentence that reports it, or -1
	// after is the gathering an undated meeting followed or sat beside
	// ("On the sidelines of the meeting, ..."), dated once it is.
	after string
	// convened: the meeting is a gathering its convener called ("X
	// convened the Council of Ministers"); it needs another attendee.
	convened bool
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
		if v.kind == mkVisit && i > s.tokStart && d.toks[i-1].lower == "who" && d.pastInPassing(si, v) {
			// "the greetings of President X, who visited Dakar in
			// January": a visit recalled in a relative clause.
			i = v.end - 1
			continue
		}
		// Intent is read before the verb phrase: "consented to receive"
		// is no intent to receive.
		if late := d.modalEarlier(s.tokStart, min(i, v.start)); late || v.planned || d.intentBefore(s.tokStart, min(i, v.start)) {
			if !found && v.kind != mkJoin && (late || d.futureBefore(s.tokStart, min(i, v.start))) {
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

// meetingOpensSentence reports whether the sentence of token v (its verb)
// opens with a meeting or an event ("The 25th meeting of the commission
// was", "The session was"), with no comma before v.
func (d *docState) meetingOpensSentence(v int) bool {
	a := d.sents[d.toks[v].sent].tokStart
	if d.toks[a].lower != "the" {
		return false
	}
	found := false
	for k := a + 1; k < v && k < a+12; k++ {
		if d.toks[k].punct == ',' {
			return false
		}
		found = found || meetNouns.at(d.toks[k].wid) || eventNouns.at(d.toks[k].wid) || d.toks[k].lower == "session"
	}
	return found
}

// coChairedBy returns the token of "by" in "was (were) co-chaired by" in
// [a, e), or 0.
func (d *docState) coChairedBy(a, e int) int {
	for k := a + 1; k+3 < e; k++ {
		if d.toks[k].lower == "co" && d.toks[k+1].isHyphen() && d.toks[k+2].lower == "chaired" && d.toks[k+3].lower == "by" &&
			(d.toks[k-1].lower == "was" || d.toks[k-1].lower == "were") {
			return k + 3
		}
	}
	return 0
}

// speakerAfterMeeting reads "told reporters (said) after the [body's]
// meeting" at token i, the word "after", and returns the token after the
// meeting noun, or 0.
func (d *docState) speakerAfterMeeting(i, end int) int {
	if i < 2 || !(d.toks[i-1].lower == "reporters" && d.toks[i-2].lower == "told" || speechVerbs.at(d.toks[i-1].wid)) {
		return 0
	}
	k := i + 1
	if k >= end || d.toks[k].lower != "the" {
		return 0
	}
	k++
	if k+2 < end && d.toks[k+1].lower == "'" && d.toks[k+2].lower == "s" && !d.toks[k].upper {
		k += 3 // "the council's meeting"
	}
	if k < end && (d.toks[k].lower == "meeting" || d.toks[k].lower == "session") && !d.toks[k].upper {
		return k + 1
	}
	return 0
}

// whereReceivedBy returns the token of "by" in ", where he (she) was
// received (welcomed) by", or of "with" in ", where he met with", in [a,
// e), or 0: the one named after it receives the visitor.
func (d *docState) whereReceivedBy(a, e int) int {
	for k := a; k+4 < e; k++ {
		if d.toks[k].lower != "where" || d.toks[k-1].punct != ',' || !(d.toks[k+1].lower == "he" || d.toks[k+1].lower == "she" || d.toks[k+1].lower == "they") {
			continue
		}
		if (d.toks[k+2].lower == "was" || d.toks[k+2].lower == "were") && (d.toks[k+3].lower == "received" || d.toks[k+3].lower == "welcomed") &&
			d.toks[k+4].lower == "by" {
			return k + 4
		}
		if d.toks[k+2].lower == "met" {
			// "visited the Executive Committee of the RATS, headquartered
			// in Tashkent, where he met with its Director, X"
			if d.toks[k+3].lower == "with" {
				return k + 3
			}
			return k + 2
		}
	}
	return 0
}

// travelledWhere reports whether "travelled to <place>, where" comes
// between tokens a and v.
func (d *docState) travelledWhere(a, v int) bool {
	for k := a; k+1 < v; k++ {
		if w := d.toks[k].lower; (w == "travelled" || w == "traveled") && d.toks[k+1].lower == "to" {
			for x := k + 2; x < v && x < k+12; x++ {
				if d.toks[x].lower == "where" && d.toks[x-1].punct == ',' {
					return true
				}
			}
			return false
		}
	}
	return false
}

// onTheSideEnd reads "on the <country> side" at token k ("on the Sri
// Lankan side") and returns the token after it, or 0.
func (d *docState) onTheSideEnd(k int) int {
	if k+3 >= len(d.toks) || d.toks[k].lower != "on" || d.toks[k+1].lower != "the" {
		return 0
	}
	g, ok := d.gzOf(k + 2)
	if !ok || g.start != k+2 || g.e.kind != entCountry || g.end >= len(d.toks) || d.toks[g.end].lower != "side" {
		return 0
	}
	return g.end + 1
}

// travelledForMeetingWith reads "travelled to <place> for [a] [working]
// meeting (talks) with" at token i and returns the token of "with", or 0.
func (d *docState) travelledForMeetingWith(i, end int) int {
	if i+4 >= end || d.toks[i+1].lower != "to" {
		return 0
	}
	g, ok := d.gzOf(i + 2)
	if !ok || g.start != i+2 || (g.e.kind != entCountry && g.e.kind != entCapital && g.e.kind != entCity) {
		return 0
	}
	k := g.end
	if k >= end || d.toks[k].lower != "for" {
		return 0
	}
	for x := k + 1; x < end && x <= k+5; x++ {
		if meetNouns.at(d.toks[x].wid) {
			if x+1 < end && d.toks[x+1].lower == "with" && d.personOrGroupAfter(x+2, end) {
				return x + 1
			}
			return 0
		}
		if !d.toks[x].isWord() || d.toks[x].upper && d.toks[x].lower != "a" {
			return 0
		}
	}
	return 0
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
		case futureWords.at(t.wid) && !t.upper && !d.nounAfterDeterminer(k) && !d.placeTo(k):
			future = true
		}
	}
	return future
}

// placeTo reports whether token k is "to" before a name or an article, a
// preposition and no intent: "Pakistani Ambassador to China Khalil Hashmi
// attended", "Senior Advisor to the President X hosted".
func (d *docState) placeTo(k int) bool {
	if d.toks[k].lower != "to" || k+1 >= len(d.toks) || !d.toks[k+1].isWord() {
		return false
	}
	if k > 0 && motionVerbs.at(d.toks[k-1].wid) && !(k > 1 && perfectAux.at(d.toks[k-2].wid)) {
		return false // "will travel to the UAE and meet X": still intent
	}
	n := d.toks[k+1].lower
	return d.toks[k+1].upper || n == "the" || n == "a" || n == "an"
}

var motionVerbs = wordSet(`travel fly go come head return`)

var perfectAux = wordSet(`has have had having`)

// nounAfterDeterminer reports whether token k is "plan" or "plans" used as
// a noun after a determiner: "confirmed the plan during talks" plans no
// meeting, as "plans to meet" does.
func (d *docState) nounAfterDeterminer(k int) bool {
	if l := d.toks[k].lower; l != "plan" && l != "plans" || k == 0 {
		return false
	}
	return subjectDeterminers.at(d.toks[k-1].wid)
}

// verbAt matches a meeting verb at token i.
func (d *docState) verbAt(i, end int) (meetingVerb, bool) {
	if !verbWords.at(d.toks[i].wid) {
		return meetingVerb{}, false // most words: none of the tests below is about them
	}
	w := d.toks[i].lower
	next := func(k int) string {
		if k < end {
			return d.toks[k].lower
		}
		return ""
	}
	if w == "receive" && i >= 2 && d.toks[i-1].lower == "to" && d.toks[i-2].lower == "consented" && (d.personOrGroupAfter(i+1, end) || d.credentialsAt(i+1, end)) {
		// "His Majesty ... this morning consented to receive the letters
		// of credence of four new envoys": a courtly "received".
		return meetingVerb{start: i - 2, end: i + 1, kind: mkHost}, true
	}
	if to := d.credentialsPresentedTo(i, end); to > 0 {
		// "the Ambassador ..., Chea Sokha, presented her credentials to
		// President Anura Kumara Dissanayake": a credentials ceremony;
		// the one named after "to" receives the envoy.
		return meetingVerb{start: i, end: to + 1, kind: mkCall}, true
	}
	if (w == "accepted" || w == "accepts") && d.credentialsAt(i+1, end) && !(i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were")) {
		// "President Muizzu today accepted the letters of credence of
		// ...", "The President accepted the credentials of:": a
		// credentials ceremony, as "received".
		return meetingVerb{start: i, end: i + 1, kind: mkHost}, true
	}
	if a := d.anAudienceAt(i+1, end); a > 0 && next(a) == "to" && d.personOrGroupAfter(a+1, end) &&
		(w == "granted" || w == "grants" || w == "grant" && i >= 2 && d.toks[i-1].lower == "to" && d.toks[i-2].lower == "consented") {
		// "His Majesty ... today consented to grant an audience to X",
		// "The Sultan granted a farewell audience to X": X is received.
		start := i
		if w == "grant" {
			start = i - 2 // "consented to": no plan, as "to grant" alone would read
		}
		return meetingVerb{start: start, end: a + 1, kind: mkHost}, true
	}
	if a := d.anAudienceAt(i+1, end); a > 0 && w == "granted" && i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were") &&
		(next(a) == "with" || next(a) == "by") && d.personOrGroupAfter(a+1, end) {
		// "X was granted an audience with (by) His Majesty": as a
		// courtesy call, the one named after it receives X.
		return meetingVerb{start: i, end: a + 1, kind: mkCall}, true
	}
	if w == "signed" && i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were") {
		// "The MoU was signed by Governor X ... and Deputy Governor Y of
		// the Bank of Thailand", "The agreement was signed on Wednesday
		// in the New Administrative Capital by X and Y": the signatories
		// met to sign it.
		if by := d.byAfterAdjunct(i+1, end); by > 0 && !d.otherYearIn(d.toks[i].sent) && d.signatoriesAfter(by+1, end) {
			return meetingVerb{start: i, end: by + 1, kind: mkMeet}, true
		}
	}
	if (w == "signed" || w == "signs") && !(i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were")) && !d.otherYearIn(d.toks[i].sent) {
		// "X signed a memorandum of understanding on ... with Y": they
		// met to sign it.
		if with := d.signedWith(i+1, end); with > 0 {
			return meetingVerb{start: i, end: with + 1, kind: mkMeet}, true
		}
	}
	if planVerbWords.at(d.toks[i].wid) && (w != "hold" || meetNouns.of(next(i+1)) || meetNouns.of(next(i+2))) {
		k := planVerbs[w]
		if (k == mkHost || w == "meet") && !d.personOrGroupAfter(i+1, end) && w != "meet" {
			return meetingVerb{}, false
		}
		return meetingVerb{start: i, end: i + 1, kind: k, planned: true}, true
	}
	if w == "after" && !d.toks[i].upper {
		// "X, who chairs the Council of the IPA CIS, told reporters after
		// the council's meeting at the Tauride Palace": X attended it.
		if e := d.speakerAfterMeeting(i, end); e > 0 {
			return meetingVerb{start: i, end: e, kind: mkMeet}, true
		}
	}
	if w == "travelled" || w == "traveled" {
		// "the Deputy Prime Minister travelled to Luxembourg for a
		// working meeting with his Luxembourg counterpart, X": a visit,
		// which X receives.
		if with := d.travelledForMeetingWith(i, end); with > 0 {
			return meetingVerb{start: i, end: with + 1, kind: mkVisit}, true
		}
	}
	if w == "co" && i+3 < end && d.toks[i+1].isHyphen() && d.toks[i+2].lower == "chaired" && i > 0 && d.toks[i-1].lower != "was" &&
		d.toks[i-1].lower != "were" && d.toks[i-1].lower != "be" && d.toks[i-1].lower != "been" &&
		d.toks[i-1].lower != "who" && d.toks[i+3].lower != "by" && d.toks[i+3].lower != "on" && !d.meetNounWithin(i+3, min(end, i+13)) &&
		(len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) >= 2 || d.withAfter(i+3, end) > 0) {
		// "A and B co-chaired the Joint Commission on Monday", "A
		// co-chaired the Joint Commission with B": they met, though no
		// meeting noun follows (the chairs of one do, below).
		return meetingVerb{start: i, end: i + 3, kind: mkChair}, true
	}
	if w == "conferred" && next(i+1) == "with" && d.personOrGroupAfter(i+2, end) {
		return meetingVerb{start: i, end: i + 2, kind: mkMeet}, true // "X conferred with Y"
	}
	if w == "sat" && next(i+1) == "down" && next(i+2) == "with" && d.personOrGroupAfter(i+3, end) {
		return meetingVerb{start: i, end: i + 3, kind: mkMeet}, true // "X sat down with Y"
	}
	if w == "receiving" && i >= 2 && d.toks[i-1].punct == ',' && d.mentionEndsAt(i-1) && (d.personOrGroupAfter(i+1, end) || d.titledObject(i+1, end)) {
		// "President Masoud Pezeshkian, receiving the Foreign Minister
		// of Afghanistan, Name, in Tehran on Monday, said": he received
		// the guest; not "looks forward to receiving President X".
		return meetingVerb{start: i, end: i + 1, kind: mkHost}, true
	}
	if w == "played" && next(i+1) == "host" && next(i+2) == "to" && d.personOrGroupAfter(i+3, end) {
		return meetingVerb{start: i, end: i + 3, kind: mkHost}, true // "X played host to Y"
	}
	if pairVerbs.at(d.toks[i].wid) && d.pairSubject(i) && !d.otherYearIn(d.toks[i].sent) {
		// "Security Council Secretary Sergei Shoigu and Secretary of
		// Iran's Supreme National Security Council Ali Larijani discussed
		// on Wednesday ...": the two named met, or called.
		k := meetingVerb{start: i, end: i + 1, kind: mkMeet}
		for x := i + 1; x < end && x < i+5; x++ {
			if phoneWords.of(next(x)) {
				k.kind = mkPhone
			}
		}
		return k, true
	}
	if w == "visits" && i > 0 && d.toks[i-1].isWord() && !d.toks[i-1].upper && !visitsSubjects.at(d.toks[i-1].wid) {
		return meetingVerb{}, false // "support for U.S. Navy ship visits", "reciprocal visits": a noun
	}
	switch {
	case meetVerbs.at(d.toks[i].wid):
		k := meetingVerb{start: i, end: i + 1, kind: mkMeet}
		if w == "met" || w == "meets" || w == "talked" {
			// "met virtually", "met by video link": a call.
			for x := i + 1; x < end && x < i+4; x++ {
				if phoneWords.of(next(x)) && next(x) != "call" {
					k.kind = mkPhone
				}
			}
		}
		switch w {
		case "visited", "visits":
			k.kind = mkVisit
		case "received", "receives", "hosted", "hosts", "welcomed":
			// Only when a person or group is received, not a letter;
			// "received a courtesy call from X" receives X.
			if e := d.courtesyCallAt(i+1, end); e > 0 && d.personOrGroupAfter(e, end) {
				return meetingVerb{start: i, end: e, kind: mkHost}, true
			}
			if e := d.phoneCallFromAt(i+1, end); e > 0 && (w == "received" || w == "receives") && (d.personOrGroupAfter(e, end) || d.titledObject(e, end)) {
				return meetingVerb{start: i, end: e, kind: mkPhone}, true
			}
			if (w == "hosted" || w == "hosts") && (next(i+1) == "a" || next(i+1) == "the" || next(i+1) == "an") {
				// "X today hosted a ministerial meeting at Lancaster
				// House": X chairs the gathering.
				// "hosted the one-day summit": a hyphen inside a modifier.
				for k := i + 2; k < end && k <= i+6 && (d.toks[k].isWord() || d.toks[k].isHyphen()); k++ {
					if gatheringNouns.of(next(k)) && next(k+1) != "with" {
						return meetingVerb{start: i, end: k + 1, kind: mkChair}, true
					}
				}
			}
			passive := false
			if i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were") && w != "hosts" && w != "receives" {
				if !d.personOrGroupSubject(i - 1) {
					if w == "hosted" && next(i+1) == "by" && d.theEventWas(i) && !d.otherYearIn(d.toks[i].sent) {
						// "The consultations were hosted by X": X hosts
						// the meeting just told.
						return meetingVerb{start: i, end: i + 2, kind: mkJoin}, true
					}
					if next(i+1) == "by" && d.guestsSubject(i-1) && !d.otherYearIn(d.toks[i].sent) {
						// "They were received by X together with A and B":
						// the guests just told, received by X and the rest.
						return meetingVerb{start: i, end: i + 2, kind: mkJoin, bare: true}, true
					}
					// "The letter was received by the Foreign Minister":
					// no one was received.
					return meetingVerb{}, false
				}
				// "X was received in Baghdad by the Prime Minister of
				// Iraq, Y": the agent, however far its name.
				_, passive = d.passiveAgent(i+1, end)
			}
			if !passive && !d.personOrGroupAfter(i+1, end) && !d.objectAfterAdjuncts(i+1, end) && !d.credentialsAt(i+1, end) && !d.titledObject(i+1, end) &&
				!d.messengerAfter(i+1, end) {
				return meetingVerb{}, false
			}
			k.kind = mkHost
		}
		return k, true
	case w == "held" && i > 0 && (next(i+1) == "in" || next(i+1) == "at" || next(i+1) == "on") && d.heldRelative(i, end):
		// "The understanding was reached at the fifth meeting of the
		// Consultation between the two countries held in Dhaka on
		// Tuesday": a meeting of the days before publication.
		return meetingVerb{start: i, end: i + 1, kind: mkMeet}, true
	case (w == "took" && next(i+1) == "place") || (w == "held" && i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were")):
		// "A trilateral meeting between A, B and C took place in
		// Qingdao", "The first visit by ... took place on ...".
		if w == "held" && d.detainedAfter(i+1, end) {
			break // "was held by police", "were held in custody"
		}
		// The meeting noun heads the subject: within 25 tokens, or up to
		// 40 over a long name with no clause in it ("The first meeting
		// of the Senior Officials Committee (SOC) of the Conference on
		// ... (CICA) in 2025 was held"), not "X, who walked out of the
		// talks on ..., was held".
		clause := false
		from := i - 1
		if w == "held" && i >= 2 && d.toks[i-2].punct == ',' {
			// "The referendum, which ... the talks ... could conclude,
			// was held": the subject is what comes before the relative
			// clause, not a noun inside it.
			for k := i - 3; k > 0 && k >= i-40 && d.toks[k].sent == d.toks[i].sent; k-- {
				if t := d.toks[k].lower; d.toks[k-1].punct == ',' && (t == "who" || t == "which" || t == "whom") {
					from = k - 2
					break
				}
			}
		}
		for k := from; k >= 0 && k >= i-40 && d.toks[k].sent == d.toks[i].sent; k-- {
			if d.toks[k].punct == ',' && k+2 < i && byParticiples.at(d.toks[k+1].wid) && d.toks[k+2].lower == "by" {
				// "A high-level roundtable ..., convened by the
				// Director-General of ..., Name, was held": the phrase
				// of its convener is no clause that hides the noun.
				clause = false
				continue
			}
			if t := d.toks[k].lower; d.toks[k].punct == ',' || t == "who" || t == "which" || t == "that" || t == "whom" {
				clause = true
			}
			if clause && k < i-25 {
				break
			}
			switch d.toks[k].lower {
			case "meeting", "talks", "summit", "conversation", "consultations", "audience", "ceremony", "roundtable":
				if st := d.sents[d.toks[i].sent].tokStart; k == st+1 && d.toks[st].lower == "the" && d.inPresenceOf(i+2, end) {
					// "The audience took place in the presence of X and
					// Y": they join the meeting just told.
					return meetingVerb{start: i, end: i + 2, kind: mkJoin, bare: true}, true
				}
				if d.toks[k].lower == "audience" || d.toks[k].lower == "ceremony" {
					break
				}
				return meetingVerb{start: i, end: i + 2, kind: mkMeet}, true
			case "visit", "trip":
				return meetingVerb{start: i, end: i + 2, kind: mkVisit}, true
			}
		}
	case holdVerbs.at(d.toks[i].wid):
		k := i + 1
		if possessivePronouns.of(next(k)) {
			k++ // "held his first in-person meeting with"
		}
		for n := 0; n < 3 && k < end && !meetNouns.of(next(k)); n++ {
			if k+2 < end && (next(k) == "in" && d.toks[k+1].isHyphen() && next(k+2) == "person" ||
				next(k) == "face" && d.toks[k+1].isHyphen() && next(k+2) == "to") {
				k += 3 // "an in-person meeting", "face-to-face talks"
				if k+1 < end && d.toks[k].isHyphen() && next(k+1) == "face" {
					k += 2
				}
				continue
			}
			if d.toks[k].isHyphen() || meetAdjectives.at(d.toks[k].wid) || phoneWords.at(d.toks[k].wid) {
				k++
				continue
			}
			if (holdOrdinals.at(d.toks[k].wid) || ordinalNumber(d.toks[k].lower)) && !d.otherYearIn(d.toks[i].sent) {
				k++ // "held its first meeting"; not "held their first meeting in 1995"
				continue
			}
			if (next(k) == "round" || next(k) == "session") && next(k+1) == "of" && !d.otherYearIn(d.toks[i].sent) {
				k += 2 // "held their third round of political consultations"
				continue
			}
			if k+2 < end && d.toks[k+1].isHyphen() && (d.toks[k+2].lower == "level" || d.toks[k+2].lower == "hour" || d.toks[k+2].lower == "long" ||
				d.toks[k+2].lower == "minute" || d.toks[k+2].lower == "day") {
				// "held delegation-level talks", "a three-hour meeting",
				// "an hour-long meeting", "a 30-minute telephone
				// conversation", "two-day talks".
				k += 3
				continue
			}
			break
		}
		if next(k) == "conference" && k > i+1 && d.toks[k-1].lower == "video" && d.withAfterDay(k+1, end) {
			// "held a video conference with X": a call.
			return meetingVerb{start: i, end: k + 1, kind: mkPhone}, true
		}
		if next(k-1) == "videoconference" && k > i+1 && d.withAfterDay(k, end) {
			return meetingVerb{start: i, end: k, kind: mkPhone}, true
		}
		if meetNouns.of(next(k)) {
			kind := mkMeet
			if next(k) == "talks" {
				kind = mkTalks
			}
			for x := i + 1; x < k; x++ {
				if phoneWords.at(d.toks[x].wid) {
					kind = mkPhone
				}
			}
			if next(k) == "call" {
				kind = mkPhone
			}
			if p := next(k + 1); p == "via" || p == "by" || p == "over" {
				// "held talks via videoconference with", "by phone".
				x := k + 2
				if next(x) == "the" {
					x++
				}
				if phoneWords.of(next(x)) {
					kind = mkPhone
				}
			}
			return meetingVerb{start: i, end: k + 1, kind: kind}, true
		}
		if n := d.namedMeetingAt(d.roundOf(i+1, end), end); n > 0 && (w == "held" || w == "holds") {
			// "The Philippines and Mongolia held the Fourth Philippines–
			// Mongolia Bilateral Consultations Meeting (BCM)", "held the
			// fourth round of the China-Kazakhstan Foreign Ministers'
			// Strategic Dialogue with X".
			return meetingVerb{start: i, end: n, kind: mkMeet}, true
		}
	case w == "between" && d.personAt(i+1) && d.meetingNounShortlyBefore(i) && !d.plannedSentence(d.toks[i].sent) && !d.cancels(d.toks[i].sent, false) &&
		!d.recalledBefore(i) && !d.pastInPassing(d.toks[i].sent, meetingVerb{start: i, end: i + 1}):
		// "followed a meeting on Monday at the Itamaraty Palace between
		// Foreign Minister X and Mexico's Secretary of Economy, Y"; not
		// a meeting recalled ("the treaty was the result of a meeting
		// between X and Y").
		return meetingVerb{start: i, end: i + 1, kind: mkMeet}, true
	case (w == "paid" || w == "pays" || w == "paying") && d.courtesyCallAt(i+1, end) > 0:
		// "X paid a courtesy call on Y": Y receives X.
		e := d.courtesyCallAt(i+1, end)
		if d.personOrGroupAfter(e, end) || d.titledObject(e, end) {
			return meetingVerb{start: i, end: e, kind: mkCall}, true
		}
	case (w == "called" || w == "calls") && next(i+1) == "on" && d.calledOnPerson(i+2, end):
		// "X called on President Y": a courtesy call, Y receives X.
		return meetingVerb{start: i, end: i + 2, kind: mkCall}, true
	case w == "spoke" || w == "speaks" || w == "talked" || w == "spoken" && i > 0 && d.toks[i-1].lower == "had":
		for k := i + 1; k < end && k < i+6; k++ {
			if phoneWords.of(next(k)) {
				return meetingVerb{start: i, end: k + 1, kind: mkPhone}, true
			}
			if next(k) == "with" && d.personOrGroupAfter(k+1, end) {
				return meetingVerb{start: i, end: k + 1, kind: mkPhone}, true
			}
			if next(k) == "on" && next(k+1) == "behalf" {
				break
			}
		}
	case w == "signed" && (next(i+1) == "the" || next(i+1) == "a" || next(i+1) == "an") && d.twoSigners(i) &&
		!d.pastInPassing(d.toks[i].sent, meetingVerb{start: i, end: i + 1}):
		// "Minister Tkatchenko and his Tuvaluan counterpart, Minister
		// Panapa, signed the Agreement ...": the two signers meet.
		return meetingVerb{start: i, end: i + 1, kind: mkMeet}, true
	case w == "co" && i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were") && d.coChairedBy(i-1, end) == i+3 && d.meetingOpensSentence(i-1) &&
		len(d.mentionsIn(i+4, end)) >= 2:
		// "The 25th meeting of the commission was co-chaired by A and
		// B": the co-chairs meet; the one at home hosts.
		return meetingVerb{start: i, end: i + 4, kind: mkMeet}, true
	case (w == "chaired" && next(i+1) != "by") || w == "presided" || (w == "co" && (next(i+1) == "chaired" || next(i+2) == "chaired")):
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
		if next(k) == "at" || next(k) == "in" {
			// "chaired at the Commission a tripartite working meeting":
			// the place before the object.
			x := k + 1
			if next(x) == "the" {
				x++
			}
			y := x
			for y < end && y < x+6 && d.toks[y].isWord() && d.toks[y].upper {
				y++
			}
			if y > x && (next(y) == "a" || next(y) == "an" || next(y) == "the") {
				k = y
			}
		}
		if x := k; next(x) == "the" {
			// "co-chaired the seventh round of the China-Pakistan
			// Strategic Consultation": a meeting named after its round.
			if (holdOrdinals.of(next(x+1)) || ordinalNumber(next(x+1))) && next(x+2) == "round" && next(x+3) == "of" {
				x += 4
			}
			// "co-chaired the seventh U.S.-Mongolia Strategic Partnership
			// Dialogue": a named meeting, longer than the nouns below
			// reach.
			if n := d.namedMeetingAt(x, end); n > 0 {
				return meetingVerb{start: i, end: n, kind: mkChair}, true
			}
		}
		if next(k) == "the" || next(k) == "a" || next(k) == "an" {
			k++
		}
		// Up to ten words to the noun: "co-chaired the first round of the
		// German-Greek strategic dialogue on migration".
		for n := 0; n < 10 && k < end; n++ {
			if meetNouns.of(next(k)) && n < 5 || next(k) == "session" && k > 0 && d.toks[k-1].lower == "the" {
				// "chaired the session": of the meeting just told.
				return meetingVerb{start: i, end: k + 1, kind: mkChair}, true
			}
			// "X chaired an official welcome ceremony for President Y":
			// a ceremony is an encounter when it names someone else.
			if eventNouns.of(next(k)) && len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, end)) >= 2 {
				return meetingVerb{start: i, end: k + 1, kind: mkChair}, true
			}
			if !d.toks[k].isWord() && !d.toks[k].isHyphen() && d.toks[k].lower != "'" {
				break
			}
			k++
		}
	case (w == "after" || w == "following") && !d.toks[i].upper && d.meetingNounAt(i+1, end) > 0 && d.meetingNounAt(i+1, end) < end &&
		d.toks[d.meetingNounAt(i+1, end)].lower == "with" && d.personOrGroupAfter(d.meetingNounAt(i+1, end)+1, end) &&
		!d.pastInPassing(d.toks[i].sent, meetingVerb{start: i, end: d.meetingNounAt(i+1, end) + 1}):
		// "X said in Baku on Wednesday, after talks with his Azerbaijani
		// counterpart Y": the talks are reported; not those of a past
		// event ("The agreement, signed in 2019 after talks with Y").
		e := d.meetingNounAt(i+1, end)
		kind := mkTalks
		if next(e-1) == "call" {
			kind = mkPhone
		}
		return meetingVerb{start: i, end: e + 1, kind: kind}, true
	case w == "meeting" && i == d.sents[d.toks[i].sent].tokStart && d.toks[i].upper && d.participleSubject(i+1, end):
		// "Meeting New Zealand's Minister for Trade and Investment Todd
		// McClay, Minister X welcomed ...": the participle's object.
		return meetingVerb{start: i, end: i + 1, kind: mkMeet}, true
	case (w == "after" || w == "before") && !d.toks[i].upper && next(i+1) == "meeting" && (d.personOrGroupAfter(i+2, end) || d.titledObject(i+2, end)) &&
		!d.pastInPassing(d.toks[i].sent, meetingVerb{start: i, end: i + 2}):
		// "Sugiono said after meeting Australian Foreign Minister Penny
		// Wong in Canberra on Tuesday": the gerund takes the counterpart
		// as its object.
		return meetingVerb{start: i, end: i + 2, kind: mkMeet}, true
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
		if next(e-1) == "conversation" && d.phoneToldBefore(i, 2) {
			// "... held telephone conversations with ... In his
			// conversation with X": the call told just before.
			kind = mkPhone
		}
		return meetingVerb{start: i, end: e, kind: kind}, true
	case w == "joined" && next(i+1) == "by" && i >= 2 && d.toks[i-1].lower == "were" && d.toks[i-2].lower == "they" && i-2 == d.sents[d.toks[i].sent].tokStart &&
		(d.personAt(i+2) || next(i+2) == "the" && d.personAt(i+3)):
		// "The two presidents held talks ... They were joined by the
		// Minister for Foreign Affairs, X": X joins the talks just told.
		return meetingVerb{start: i, end: i + 2, kind: mkJoin}, true
	case w == "joined" && (d.personAt(i+1) || (next(i+1) == "by" && d.personPassiveSubject(i) && (d.personAt(i+2) || next(i+2) == "the" && d.personAt(i+3)))):
		// "Li then joined Wong for a lunch", "She was joined by the
		// minister": an encounter of the subject with the person joined.
		return meetingVerb{start: i, end: i + 2, kind: mkMeet}, true
	case (w == "in" || w == "during" || w == "on") && d.visitNounAt(i+1, end) > 0 && !d.recallsVisit(i, d.visitNounAt(i+1, end)):
		// "In her visit with President X", "during Li's official visit
		// to Malaysia"; not "deals announced during President Tokayev's
		// visit to Washington", an earlier visit that dates the deals.
		return meetingVerb{start: i, end: d.visitNounAt(i+1, end), kind: mkVisit}, true
	case w == "opened" && next(i+1) == "by" && i > 0 && (d.toks[i-1].lower == "was" || d.toks[i-1].lower == "officially") && d.meetingNounBefore(i):
		// "The meeting was officially opened by X": X joins the
		// meeting just told.
		return meetingVerb{start: i, end: i + 2, kind: mkJoin}, true
	case (w == "opened" || w == "began" || w == "convened" || (w == "brought" && next(i+1) == "together")) && d.eventSubject(i):
		// "The summit opened on Thursday under X's chairmanship", "The
		// ministerial brought together A and B": the gathering itself.
		e := i + 1
		if w == "brought" {
			e = i + 2
		}
		return meetingVerb{start: i, end: e, kind: mkMeet, gathering: true}, true
	case w == "convened" && (next(i+1) == "a" || next(i+1) == "the") && d.convenedGathering(i+2, end) && len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) > 0:
		// "The Secretary General, X, today convened a Ministerial
		// Dialogue on ...": X chairs the gathering.
		return meetingVerb{start: i, end: i + 2, kind: mkChair}, true
	case (w == "preceded" || w == "followed") && i >= 2 && d.toks[i-1].lower == "was" && (d.toks[i-2].lower == "it" || d.namedMeetingSubject(i-1)) && d.precedingMeetingAt(i+1, end) > 0:
		// "It was preceded on Monday by a Meeting of Senior Officials,
		// co-chaired by A and B": another encounter, on its own day.
		return meetingVerb{start: i, end: d.precedingMeetingAt(i+1, end), kind: mkMeet}, true
	case joinParticiples.at(d.toks[i].wid) && (next(i+1) == "by" || d.asideThenBy(i+1, end) > 0 || d.sideThenBy(i+1, end) > 0) &&
		(d.meetingNounBefore(i) || d.itBefore(i)):
		// "The meeting was also attended by X", "The meeting was
		// attended, on the Chilean side, by X": X joins the meeting
		// just told.
		return meetingVerb{start: i, end: i + 2, kind: mkJoin}, true
	case w == "represented" && next(i+1) == "by" && d.countryOpens(i-2) && d.representedCountry(i+1) != "" &&
		!d.otherYearIn(d.toks[i].sent) && !d.vaguePast(d.toks[i].sent, meetingVerb{start: i, end: i + 2}):
		// "Peru was represented by its foreign minister, X": X joins the
		// meeting just told.
		return meetingVerb{start: i, end: i + 2, kind: mkJoin, bare: true}, true
	case (w == "taking" || w == "participating") && next(i+1) == "part" && (d.toks[i].upper || d.alsoOpens(i)) && d.sideThenWere(d.inTheTalks(i+2, end), end) > 0:
		// "Taking part on the New Zealand side were A and B", "Taking
		// part in the expanded talks on the Russian side were A and B",
		// "Also taking part on the Turkmen side were".
		return meetingVerb{start: i, end: d.sideThenWere(d.inTheTalks(i+2, end), end), kind: mkJoin}, true
	case (w == "accompanying" || w == "joining") && d.toks[i].upper && i == d.sents[d.toks[i].sent].tokStart && d.personThenWere(i+1, end) > 0:
		// "Accompanying Prime Minister Montenegro were A and B", "Joining
		// Speaker Pomat were A and B": they join the meeting just told.
		return meetingVerb{start: i, end: d.personThenWere(i+1, end), kind: mkJoin}, true
	case (w == "attending" || w == "participating") && d.toks[i].upper && i == d.sents[d.toks[i].sent].tokStart && d.sideThenWere(i+1, end) > 0:
		// "Attending from the Jordanian side were A and B".
		return meetingVerb{start: i, end: d.sideThenWere(i+1, end), kind: mkJoin}, true
	case w == "accompanied" && i > 0 && d.toks[i-1].punct == ',' && next(i+1) == "the" && (next(i+2) == "delegation" || next(i+2) == "guests") &&
		i+3 < end && d.toks[i+3].punct == '.' && len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) > 0:
		// "The Ambassador of Egypt to Djibouti, H.E. Mr. X, accompanied
		// the delegation.": X joins the meeting just told.
		return meetingVerb{start: i, end: i + 3, kind: mkJoin}, true
	case w == "accompanied" && i > 0 && d.toks[i-1].lower != "was" && d.toks[i-1].lower != "were" && d.toks[i-1].lower != "is" &&
		d.personAt(i+1) && len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) > 0:
		// "X, who is resident in Cairo, accompanied Minister Y": X
		// joins Y's meeting.
		return meetingVerb{start: i, end: i + 1, kind: mkJoin}, true
	case (w == "taking" || w == "participating") && next(i+1) == "part" && (next(i+2) == "were" || next(i+2) == "was") &&
		(d.toks[i].upper || d.alsoOpens(i)),
		(w == "participating" || w == "attending") && (next(i+1) == "were" || next(i+1) == "was") && d.toks[i].upper && i == d.sents[d.toks[i].sent].tokStart,
		(w == "participating" || w == "attending") && (next(i+1) == "were" || next(i+1) == "was") && i == d.sents[d.toks[i].sent].tokStart+1 && d.toks[i-1].lower == "also":
		// "Also participating were X and Y"
		// "Taking part were A; B; ...", "Participating were ...": they
		// join the meeting just told.
		return meetingVerb{start: i, end: i + 1, kind: mkJoin}, true
	case w == "attendance" && i >= 2 && d.toks[i-1].lower == "in" && (d.toks[i-2].lower == "were" || d.toks[i-2].lower == "was" || d.toks[i-2].lower == "also") &&
		(i+1 >= end || d.toks[i+1].punct == '.') && len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) > 0:
		// "The Deputy Minister, X, and the Ambassador, Y, were in
		// attendance.": they join the meeting just told.
		return meetingVerb{start: i - 1, end: i + 1, kind: mkJoin, bare: true}, true
	case (w == "attending" || w == "participating") && (next(i+1) == "included" ||
		next(i+1) == "were" && i+2 < end && (d.personAt(i+2) || d.isTitleStart(i+2) || d.toks[i+2].punct == ':')) &&
		i > d.sents[d.toks[i].sent].tokStart && i-d.sents[d.toks[i].sent].tokStart <= 4 && d.plainWordsBefore(i):
		// "Leaders and representatives attending included A, B and C",
		// "Ministers attending were A and B": they join the meeting just
		// told; not "The students participating were awarded ...".
		return meetingVerb{start: i, end: i + 2, kind: mkJoin}, true
	case (w == "attending" || w == "participating") && next(i+1) == "the" && i > d.sents[d.toks[i].sent].tokStart &&
		i-d.sents[d.toks[i].sent].tokStart <= 4 && d.plainWordsBefore(i) && d.gatheringThenIncluded(i+2, end) > 0:
		// "Leaders attending the two-day meeting at the AU headquarters
		// included A, B and C": they join the gathering just told.
		return meetingVerb{start: i, end: d.gatheringThenIncluded(i+2, end), kind: mkJoin, ofGathering: true}, true
	case (w == "attending" || w == "participating") && (d.toks[i].upper && i == d.sents[d.toks[i].sent].tokStart || d.alsoOpens(i)) && next(i+1) == "the" &&
		(meetNouns.of(next(i+2)) || eventNouns.of(next(i+2)) || next(i+2) == "audience") && (next(i+3) == "were" || next(i+3) == "was"):
		// "Also attending the audience were X and Y".
		// "Attending the talks were the Ambassador ... X and ... Y."
		// "Attending the session were A, B and, on the Cuban side, C."
		v := meetingVerb{start: i, end: i + 4, kind: mkJoin}
		if !meetNouns.of(next(i+2)) && next(i+2) != "audience" {
			v.event = next(i + 2)
		}
		return v, true
	case (w == "around" || w == "at") && d.toks[i].upper && i == d.sents[d.toks[i].sent].tokStart && next(i+1) == "the" && next(i+2) == "table" &&
		(next(i+3) == "were" || next(i+3) == "was"):
		// "Around the table were A, B and C": they join the meeting just
		// told.
		return meetingVerb{start: i, end: i + 4, kind: mkJoin}, true
	case w == "participation" && i >= 2 && d.toks[i-1].lower == "the" && d.toks[i-2].lower == "with" && d.participationOf(i+1, end) > 0 && d.meetingNounShortlyBefore(i-2):
		// "the talks continued in an expanded format with the
		// participation, on the Costa Rican side, of A, B and C": they
		// join the talks just told.
		return meetingVerb{start: i, end: d.participationOf(i+1, end), kind: mkJoin}, true
	case w == "presented" && next(i+1) == "by" && i >= 2 && (d.toks[i-1].lower == "were" || d.toks[i-1].lower == "was") && d.credentialsSubject(i-1):
		// "Letters of credence were presented by Ambassador of A X,
		// Ambassador of B Y and ...": the envoys join the ceremony just
		// told.
		return meetingVerb{start: i, end: i + 2, kind: mkJoin}, true
	case (w == "present" || w == "attending") && d.presentAt(i, end):
		// "X and Y were also present.", "Also present were X and Y":
		// they join the meeting just told.
		return meetingVerb{start: i, end: i + 1, kind: mkJoin}, true
	case w == "took" || w == "takes" || w == "taking" || w == "participated" || w == "attended" || w == "joined":
		k := i + 1
		if w == "took" || w == "takes" || w == "taking" {
			if next(k) == "part" && (k+1 >= end || d.toks[k+1].punct == '.' || d.toks[k+1].punct == ';' || d.toks[k+1].punct == ':') && w == "took" && i > 0 &&
				(d.toks[i-1].lower == "also" || d.sideOpener(d.toks[i].sent)) {
				// "On the Guatemalan side, the vice president, X, and the
				// foreign minister, Y, took part."
				// "State Secretary X also took part.": the meeting just
				// told; "The heads of the executive bodies also took
				// part: A, B and C" too.
				return meetingVerb{start: i, end: k + 1, kind: mkJoin}, true
			}
			if e := d.onTheSideEnd(k + 1); w == "took" && next(k) == "part" && e > 0 && (e >= end || d.toks[e].punct == '.' || d.toks[e].punct == ';') {
				// "Foreign Secretary X, Deputy Minister Y and senior
				// officials took part on the Sri Lankan side.": the
				// meeting just told.
				return meetingVerb{start: i, end: e, kind: mkJoin}, true
			}
			if w == "took" && next(k) == "part" && k+1 < end && d.toks[k+1].punct == ',' &&
				(next(k+2) == "among" && next(k+3) == "them" || next(k+2) == "including") {
				// "Ministers from 53 African countries took part, among
				// them A; B and C": they join the meeting just told.
				return meetingVerb{start: i, end: k + 1, kind: mkJoin, bare: true}, true
			}
			if next(k) != "part" || next(k+1) != "in" {
				return meetingVerb{}, false
			}
			k += 2
		} else if w == "attended" && ((next(k) == "on" && next(k+1) == "behalf") || (k < end && d.toks[k].punct == '.')) &&
			len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) > 0 {
			// "X and Y attended on behalf of the Secretariat.", "X also
			// attended.": they join the meeting just told.
			return meetingVerb{start: i, end: i + 1, kind: mkJoin, bare: true}, true
		} else if w == "participated" && k < end && d.toks[k].punct == '.' && i > 0 && d.toks[i-1].lower == "also" &&
			len(d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i)) > 0 {
			// "X and Y also participated.": they join the meeting just
			// told.
			return meetingVerb{start: i, end: i + 1, kind: mkJoin, bare: true}, true
		} else if w == "participated" {
			if next(k) == "today" || next(k) == "yesterday" || next(k) == "also" {
				k++ // "participated today in the XV Meeting"
			}
			if next(k) != "in" {
				return meetingVerb{}, false
			}
			k++
		}
		if n := d.namedMeetingAt(k, end); n > 0 {
			// "participated today in the XV Meeting of Foreign Ministers"
			return meetingVerb{start: i, end: n, kind: mkJoin, named: true}, true
		}
		if next(k) == "the" || next(k) == "a" || next(k) == "both" && (meetNouns.of(next(k+1)) || next(k+1) == "engagements") {
			k++
		}
		if next(k) == "engagements" && next(k-1) == "both" {
			return meetingVerb{start: i, end: k + 1, kind: mkJoin}, true // "took part in both engagements"
		}
		if meetNouns.of(next(k)) || namedMeetingHeads.of(next(k)) && (k+1 >= end || d.toks[k+1].punct != 0) {
			// "also attended the dialogue."
			return meetingVerb{start: i, end: k + 1, kind: mkJoin}, true
		}
		if w == "taking" && d.toks[i].upper && eventNouns.of(next(k)) && (next(k+1) == "were" || next(k+1) == "was") {
			// "Taking part in the ceremony were A and B."
			return meetingVerb{start: i, end: k + 2, kind: mkJoin, event: next(k)}, true
		}
		if (w == "took" || w == "taking") && k > 0 && d.toks[k-1].lower == "the" && k+1 < end && d.toks[k].isWord() && !d.toks[k].upper &&
			meetNouns.of(next(k+1)) && next(k+2) != "with" && next(k+2) != "of" && next(k+2) != "between" {
			// "X and Y took part in the expanded talks": the part of the
			// meeting just told; not "the bilateral talks with Z".
			return meetingVerb{start: i, end: k + 2, kind: mkJoin}, true
		}
		if w == "attended" && k > 0 && d.toks[k-1].lower == "the" && (next(k) == "ceremony" || next(k) == "signing") &&
			k+1 < end && d.toks[k+1].punct == '.' && d.signingBefore(d.toks[i].sent) {
			// "X and Y also attended the ceremony.": the signing just told.
			return meetingVerb{start: i, end: k + 1, kind: mkJoin}, true
		}
		if (w == "attended" || w == "joined") && k > 0 && d.toks[k-1].lower == "the" {
			// "also attended the working lunch", "attended the expanded
			// talks": the meal or the part of the meeting just told; not
			// "a charity dinner", nor "the talks with Y", nor "the
			// meeting of the Community".
			x := k
			for x < end && x < k+2 && d.toks[x].isWord() && !d.toks[x].upper && !mealNouns.at(d.toks[x].wid) && !meetNouns.at(d.toks[x].wid) && d.toks[x].lower != "session" {
				x++
			}
			if next(k) == "opening" && next(k+1) == "ceremony" && next(k+2) != "of" && next(k+2) != "for" {
				// "attended the opening ceremony and delivered a keynote
				// speech": the meeting's.
				return meetingVerb{start: i, end: k + 2, kind: mkJoin, bare: true}, true
			}
			// "joined the afternoon session on the Arctic": a part of the
			// gathering just told.
			if (mealNouns.of(next(x)) || x > k && (meetNouns.of(next(x)) || next(x) == "session")) && next(x+1) != "with" && next(x+1) != "of" {
				return meetingVerb{start: i, end: x + 1, kind: mkJoin}, true
			}
		}
		if (w == "attended" || w == "joined" || w == "took" || w == "participated") && k > 0 && d.toks[k-1].lower == "the" {
			// "joined the second part of the talks", "took part in the
			// open part of the meeting"
			if p := k; next(p) == "part" || next(p+1) == "part" {
				if next(p) != "part" {
					p++
				}
				if next(p+1) == "of" && next(p+2) == "the" && meetNouns.of(next(p+3)) && next(p+4) != "with" && next(p+4) != "of" {
					return meetingVerb{start: i, end: p + 4, kind: mkJoin}, true
				}
			}
		}
		if next(k) == "audience" && w != "attended" && w != "joined" {
			// "X, Commissioner in charge of ..., took part in the
			// audience": the reception just told.
			return meetingVerb{start: i, end: k + 1, kind: mkJoin}, true
		}
	}
	return meetingVerb{}, false
}

// presentAtEvent reports whether sentence si says someone "was present at
// the event(s)".
func (d *docState) presentAtEvent(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i+3 < s.tokEnd; i++ {
		if d.toks[i].lower == "present" && d.toks[i+1].lower == "at" && d.toks[i+2].lower == "the" &&
			(d.toks[i+3].lower == "event" || d.toks[i+3].lower == "events") {
			return true
		}
	}
	return false
}

// otherEventWithin is otherEventBefore over the n sentences before si.
func (d *docState) otherEventWithin(si, n int) bool {
	for k := si - 1; k >= 0 && k >= si-n; k-- {
		if _, ok := d.findMeetingVerb(k); ok {
			return false
		}
		s := d.sents[k]
		for i := s.tokStart; i+1 < s.tokEnd; i++ {
			if otherEventVerbs.at(d.toks[i].wid) && (d.toks[i+1].lower == "the" || d.toks[i+1].lower == "a" || d.toks[i+1].lower == "an") &&
				!d.inQuote(i) && len(d.mentionsIn(s.tokStart, i)) > 0 {
				return true
			}
		}
	}
	return false
}

// messengerAfter reports whether the words from token i tell of a message
// brought by someone: "received on Thursday a message from his Mozambican
// counterpart, Daniel Chapo, delivered by the Minister of Foreign Affairs
// ..., Maria Manuela Lucas": the messenger is received (and the sender,
// whose message it is, is not: see senderSpan).
func (d *docState) messengerAfter(i, end int) bool {
	a, b := d.senderSpan(i, end)
	return a < b
}

// senderSpan returns the tokens [a, b) between "message" or "letter" and
// the participle of its delivery ("delivered by", "conveyed by", "handed
// over by"), which name the message's sender, when a person follows "by"
// at once; a == b when there is no such message.
func (d *docState) senderSpan(i, end int) (int, int) {
	message := -1
	for k := i; k+1 < end && k < i+30; k++ {
		w := d.toks[k].lower
		if w == "message" || w == "letter" {
			if message < 0 {
				message = k
			}
			continue
		}
		if message < 0 || (w != "delivered" && w != "conveyed" && w != "handed" && w != "brought" && w != "carried") {
			continue
		}
		b := k + 1
		if d.toks[b].lower == "over" {
			b++
		}
		if b < end && d.toks[b].lower == "by" {
			// The messenger follows "by" at once: not "carried by
			// courier, and later met Ambassador X".
			if ms := d.mentionsIn(b+1, min(end, b+3)); len(ms) > 0 && ms[0].kind != mkPronoun {
				return message, k
			}
		}
		return 0, 0
	}
	return 0, 0
}

// gatheringThenIncluded returns the token after "included" or "were" when
// the words from token i name a gathering and its place before it ("two-day
// meeting at the AU headquarters included"), or 0.
func (d *docState) gatheringThenIncluded(i, end int) int {
	gathering := false
	for k := i; k < end && k < i+10; k++ {
		t := &d.toks[k]
		switch {
		case gatheringNouns.at(t.wid) || meetNouns.at(t.wid):
			gathering = true
		case t.lower == "included" || t.lower == "were":
			if gathering && k+1 < end && (d.personAt(k+1) || d.isTitleStart(k+1) || d.toks[k+1].lower == "the" && d.isTitleStart(k+2)) {
				return k + 1
			}
			return 0
		case !t.isWord() && !t.isHyphen() && t.lower != "'":
			return 0 // a clause of its own
		}
	}
	return 0
}

// mealNouns are the meals that go with a meeting.
var mealNouns = wordSet(`lunch luncheon dinner breakfast`)

// convenedGathering reports whether a gathering is named from token i: a
// gathering noun ("a meeting", "an extraordinary session") or a
// capitalised name that ends in a word of one ("a Ministerial Dialogue on
// ...").
func (d *docState) convenedGathering(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		t := &d.toks[k]
		if !t.isWord() {
			return false
		}
		if gatheringNouns.at(t.wid) || eventNouns.at(t.wid) || t.upper && (t.lower == "dialogue" || t.lower == "council") {
			return true
		}
	}
	return false
}

// inTheTalks returns the end of "in the [expanded ...] talks" at token i,
// the meeting just told or a part of it, or i.
func (d *docState) inTheTalks(i, end int) int {
	if i+2 >= end || d.toks[i].lower != "in" || d.toks[i+1].lower != "the" {
		return i
	}
	for k := i + 2; k < end && k < i+5; k++ {
		if t := &d.toks[k]; meetNouns.at(t.wid) {
			return k + 1
		} else if !t.isWord() || t.upper {
			return i
		}
	}
	return i
}

// sideThenWere matches "on|from the <country> side were|was" at token i and
// returns the token after the verb, or 0.
func (d *docState) sideThenWere(i, end int) int {
	if i >= end || (d.toks[i].lower != "on" && d.toks[i].lower != "from") {
		return 0
	}
	g, ok := d.sideAt(i+1, end, false)
	if !ok || g.end+1 >= end {
		return 0
	}
	if v := d.toks[g.end+1].lower; v == "were" || v == "was" {
		return g.end + 2
	}
	return 0
}

// meetingNounShortlyBefore reports whether "a|the meeting" or "talks"
// comes at most ten tokens before token i in its clause, over phrases of
// time and place: "a meeting on Monday at the Palace between".
func (d *docState) meetingNounShortlyBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10 && d.toks[k].sent == d.toks[i].sent; k-- {
		t := &d.toks[k]
		if t.punct == ',' || t.punct == ';' || d.inQuote(k) {
			return false
		}
		if (t.lower == "meeting" || t.lower == "talks") && k > 0 && (d.toks[k-1].lower == "a" || d.toks[k-1].lower == "the" || meetAdjectives.at(d.toks[k-1].wid)) {
			return true
		}
	}
	return false
}

// listFollows reports whether sentence si, or the next one in its
// paragraph, opens a list of participants: "The meeting brought together
// ministers from across the region. Participants included:".
func (d *docState) listFollows(si int) bool {
	return d.opensParticipantList(si) || si+1 < len(d.sents) && d.sents[si+1].para == d.sents[si].para && d.opensParticipantList(si+1)
}

// paraDatesOther reports whether the sentences of si's paragraph up to si
// date a day other than meeting m's.
func (d *docState) paraDatesOther(si int, m *meeting) bool {
	for k := si; k >= 0 && d.sents[k].para == d.sents[si].para; k-- {
		s := d.sents[k]
		if df, found := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb); found && df.precision == "day" && df.date != m.date {
			return true
		}
	}
	return false
}

// otherEventVerbs tell of an event other than a meeting with someone.
var otherEventVerbs = wordSet(`attended opened inaugurated toured laid unveiled launched addressed delivered visited`)

// toldIn reports whether sentence si tells of meeting m: it gave the
// meeting evidence or an attendee.
func (d *docState) toldIn(m *meeting, si int) bool {
	st := d.sents[si].start
	for _, e := range m.ev {
		if e.Start == st {
			return true
		}
	}
	for _, a := range m.attendees {
		if a.ev.Start == st {
			return true
		}
	}
	return false
}

// meetingVerbIn reports whether sentence si tells an encounter: "the two
// presidents held talks in the library".
func (d *docState) meetingVerbIn(si int) bool {
	_, ok := d.findMeetingVerb(si)
	return ok
}

// talksOn reports whether sentence si goes on about meeting m: it opens
// with "The two" or names one of m's attendees as its subject ("The two
// also discussed ...", "Deputy Secretary Landau commended ..."), so that
// "X and Y also participated." after it joins m.
func (d *docState) talksOn(m *meeting, si int) bool {
	s := d.sents[si]
	if s.tokEnd-s.tokStart < 3 || len(m.paras) == 0 || s.para < m.paras[0] || s.para > m.paras[len(m.paras)-1]+3 {
		return false // only the paragraph that told m, or the few after it
	}
	if d.toks[s.tokStart].lower == "the" && d.toks[s.tokStart+1].lower == "two" {
		return true
	}
	if subj := d.subject[si]; subj >= 0 {
		for _, a := range m.attendees {
			if d.root(a.person) == d.root(subj) {
				return true
			}
		}
	}
	return false
}

// namesMeetingOf reports whether sentence si, after meeting m was told,
// opens by naming a meeting, that one: "The talks, held at the Ministry's
// conference room, focused on ...".
func (d *docState) namesMeetingOf(m *meeting, si int) bool {
	s := d.sents[si]
	if len(m.paras) == 0 || s.para < m.paras[0] || s.tokEnd-s.tokStart < 2 {
		return false
	}
	switch d.toks[s.tokStart].lower {
	case "the", "this", "these", "their", "during":
	default:
		return false
	}
	for i := s.tokStart + 1; i < s.tokEnd && i < s.tokStart+4; i++ {
		if meetNouns.at(d.toks[i].wid) {
			return true
		}
	}
	return false
}

// meetingNounSince reports whether a sentence after the last one that told
// of meeting m and before sentence si names a meeting or another event
// outside quotations: "Later, the technical teams held a separate
// meeting on customs."
func (d *docState) meetingNounSince(m *meeting, si int) bool {
	for k := si - 1; k >= 0 && !d.toldIn(m, k); k-- {
		s := d.sents[k]
		for i := s.tokStart; i < s.tokEnd; i++ {
			if (meetNouns.at(d.toks[i].wid) || eventNouns.at(d.toks[i].wid)) && !d.inQuote(i) {
				return true
			}
		}
	}
	return false
}

// otherEventBefore reports whether, between the last sentence with a
// meeting verb and sentence si, a sentence tells of a person at another
// event: "X received Y. Later, X attended the opening of the exhibition.
// Z also took part." joins Z to the opening, not to the talks.
func (d *docState) otherEventBefore(si int) bool {
	return d.otherEventWithin(si, si)
}

// sidelineWords: "on the sidelines of the summit".
var sidelineWords = wordSet(`sidelines sideline margins margin`)

// besideEvent reports whether sentence si opens "On the sidelines of" or
// "On the margins of" a gathering.
func (d *docState) besideEvent(si int) bool {
	s := d.sents[si]
	k := s.tokStart
	return k+4 < s.tokEnd && (d.toks[k].lower == "on" || d.toks[k].lower == "at") && d.toks[k+1].lower == "the" &&
		sidelineWords.at(d.toks[k+2].wid) && d.toks[k+3].lower == "of"
}

// afterEvent returns the gathering that sentence si opens by following
// ("Following the ceremony, ...", "After the talks, ..."), or "".
func (d *docState) afterEvent(si int) string {
	s := d.sents[si]
	k := s.tokStart
	span := 5
	if d.besideEvent(si) {
		// "On the sidelines of the two-day meeting, X held talks with
		// Y": the day of that meeting.
		k, span = k+3, 8
	}
	if k+2 >= s.tokEnd || (d.toks[k].lower != "following" && d.toks[k].lower != "after" && d.toks[k].lower != "of") || d.toks[k+1].lower != "the" {
		return ""
	}
	head := ""
	for e := k + 2; e < s.tokEnd && e < k+span; e++ {
		if eventNouns.at(d.toks[e].wid) {
			return d.toks[e].lower
		}
		if d.toks[e].isHyphen() {
			continue // "the two-day meeting"
		}
		if !d.toks[e].isWord() {
			break
		}
		head = d.toks[e].lower
	}
	if d.besideEvent(si) {
		return head // "On the sidelines of the Council, ...": its name
	}
	return ""
}

// eventDate returns the date of the latest meeting of ms that a sentence
// naming the gathering noun reported, or "".
func (d *docState) eventDate(ms []*meeting, noun string) (string, string) {
	if m := eventMeeting(ms, noun); m != nil {
		return m.date, m.precision
	}
	return "", ""
}

// eventMeeting returns the last dated meeting of ms told with the word
// noun, or nil.
func eventMeeting(ms []*meeting, noun string) *meeting {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.date == "" || m.planned {
			continue
		}
		for _, ev := range m.ev {
			for _, w := range strings.FieldsFunc(strings.ToLower(ev.Sentence), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w == noun {
					return m
				}
			}
		}
	}
	return nil
}

// mentionedBefore reports whether person pi is mentioned in [a, b).
func (d *docState) mentionedBefore(pi, a, b int) bool {
	for _, pm := range d.mentionsIn(a, b) {
		if pm.person == pi {
			return true
		}
	}
	return false
}

// chairWords name the office of one who presides over a gathering.
var chairWords = wordSet(`chairmanship chairship chairpersonship presidency`)

// chairedBy returns the person who presides over the gathering of sentence
// si, "under X's chairmanship", "under the chairmanship of X", "chaired by
// X", or -1.
func (d *docState) chairedBy(si int) int {
	s := d.sents[si]
	for k := s.tokStart; k+2 < s.tokEnd; k++ {
		w := d.toks[k].lower
		switch {
		case w == "under" && d.toks[k+1].lower == "the" && chairWords.at(d.toks[k+2].wid) && k+3 < s.tokEnd && d.toks[k+3].lower == "of":
			if ms := d.mentionsIn(k+4, min(s.tokEnd, k+10)); len(ms) > 0 && ms[0].kind != mkPronoun {
				return ms[0].person
			}
		case w == "under":
			for _, pm := range d.mentionsIn(k+1, min(s.tokEnd, k+8)) {
				e := pm.end
				if e+2 < s.tokEnd && d.toks[e].lower == "'" && d.toks[e+1].lower == "s" && chairWords.at(d.toks[e+2].wid) && pm.kind != mkPronoun {
					return pm.person
				}
				break
			}
		case w == "chaired" && d.toks[k+1].lower == "by" && k > s.tokStart && d.toks[k-1].punct == ',' && (d.heldMeetingBefore(s.tokStart, k) || d.attendedNamedBefore(s.tokStart, k)):
			// "the delegation held a meeting with the Inter-Parliamentary
			// Cooperation Body of the DPR, chaired by BKSAP Chair X": the
			// body's chair receives it.
			if ms := d.mentionsIn(k+2, min(s.tokEnd, k+8)); len(ms) > 0 && ms[0].kind != mkPronoun {
				return ms[0].person
			}
		case w == "chaired" && d.toks[k+1].lower == "by" && k == s.tokStart+3 && d.toks[k-1].punct == ',' && d.toks[s.tokStart].lower == "the" &&
			(meetNouns.at(d.toks[k-2].wid) || gatheringNouns.at(d.toks[k-2].wid) || d.toks[k-2].lower == "session"):
			// "The meeting, chaired by Kazakh Prime Minister X as
			// Kazakhstan holds the chairmanship, was attended by"
			if ms := d.mentionsIn(k+2, min(s.tokEnd, k+8)); len(ms) > 0 && ms[0].kind != mkPronoun {
				return ms[0].person
			}
		case (w == "chaired" || w == "hosted") && d.toks[k+1].lower == "by" && k > s.tokStart &&
			(d.toks[k-1].lower == "was" || d.toks[k-1].lower == "were" || d.toks[k-1].lower == "and") &&
			(w == "hosted" && d.theEventWas(k) || w == "chaired" && (d.toks[k-1].lower != "and" || d.meetingNounBefore(k) || d.heldAtBefore(k-1))):
			// "... was chaired by X", "The Dialogue was opened by A, and
			// chaired by X", "The consultations were hosted by X"
			if ms := d.mentionsIn(k+2, min(s.tokEnd, k+8)); len(ms) > 0 && ms[0].kind != mkPronoun {
				return ms[0].person
			}
		}
	}
	return -1
}

// credentialsSubject reports whether the sentence opens with letters of
// credence or credentials and reaches token i with nothing else: "Letters
// of credence were", "Copies of their credentials were".
func (d *docState) credentialsSubject(i int) bool {
	a := d.sents[d.toks[i].sent].tokStart
	if i-a > 5 {
		return false
	}
	for k := a; k < i; k++ {
		if credentialWords.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// heldRelative reports whether "held" at token i closes a reduced
// relative clause on a meeting noun ("the fifth meeting of the ...
// Consultation between the two countries held in Dhaka on Tuesday") that
// names a day of the week before publication.
func (d *docState) heldRelative(i, end int) bool {
	switch d.toks[i-1].lower {
	case "was", "were", "had", "has", "have", "be", "been", "being", "is", "are":
		return false
	}
	noun := false
	for k := i - 1; k >= 0 && k >= i-14 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.toks[k].punct == ',' || d.toks[k].lower == "which" || d.toks[k].lower == "that" || d.toks[k].lower == "and" || d.toks[k].lower == "or" {
			break
		}
		if meetNouns.at(d.toks[k].wid) && k > 0 && (d.toks[k-1].lower == "the" || holdOrdinals.at(d.toks[k-1].wid) || ordinalNumber(d.toks[k-1].lower)) {
			j := k - 1
			if j > 0 && d.toks[j].lower != "the" && d.toks[j-1].lower == "the" {
				j--
			}
			noun = j > 0 && (d.toks[j-1].lower == "at" || d.toks[j-1].lower == "during")
			break
		}
	}
	if !noun || !d.hasPb {
		return false
	}
	df, found := findDate(d.text, d.toks, i+1, min(end, i+10), d.pub, d.hasPb)
	if found && df.tokEnd+1 < end && (d.toks[df.tokEnd].lower == "last" || d.toks[df.tokEnd].lower == "next") {
		return false // "on Tuesday last year"
	}
	return found && d.lastWeekDay(df)
}

// toldAsNamed reports whether meeting m was told, before sentence si, by
// the name that the join v of sentence si gives: "the Meeting of ASEAN
// Foreign Ministers".
func (d *docState) toldAsNamed(m *meeting, si int, v meetingVerb) bool {
	a := v.start
	for a < v.end && d.toks[a].lower != "the" {
		a++
	}
	a++
	e := v.end
	if e < len(d.toks) && d.toks[e].lower == "of" {
		for e++; e < len(d.toks) && e < v.end+6 && d.toks[e].isWord() && (d.toks[e].upper || d.toks[e].lower == "of" || d.toks[e].lower == "the"); e++ {
		}
	}
	if a >= e {
		return false
	}
	for _, p := range m.paras {
		for k := d.paraSent[p]; k < len(d.sents) && d.sents[k].para == p; k++ {
			if k == si {
				continue
			}
		next:
			for i := d.sents[k].tokStart; i+e-a <= d.sents[k].tokEnd; i++ {
				for j := a; j < e; j++ {
					if d.toks[i+j-a].lower != d.toks[j].lower {
						continue next
					}
				}
				return true
			}
		}
	}
	return false
}

// bodyAt reports whether a body or a country is named from token i: "the
// Ministry of Foreign Affairs", "the Government of Peru".
func (d *docState) bodyAt(i int) bool {
	if w := d.toks[i].lower; orgHeads.of(w) || w == "ministry" || w == "embassy" || w == "court" {
		return true
	}
	g, ok := d.gzOf(i)
	return ok && g.start == i && (g.e.kind == entOrg || g.e.kind == entCountry)
}

// attendedNamedBefore reports whether "attended the <Named Meeting> ...
// at <place>" ends at token i-1 (the comma before "chaired by"): "the
// Secretary-General attended the Meeting of the Committee of Permanent
// Representatives to ASEAN (CPR) at the ASEAN Headquarters in Jakarta,".
func (d *docState) attendedNamedBefore(a, i int) bool {
	for k := a; k+2 < i; k++ {
		if d.toks[k].lower != "attended" {
			continue
		}
		n := d.namedMeetingAt(k+1, i)
		if n == 0 {
			return false
		}
		for y := n; y < i-1; y++ {
			if w := d.toks[y].lower; w == "sidelines" || w == "margins" || w == "on" || w == "during" {
				return false
			}
		}
		return true
	}
	return false
}

// toldAs reports whether a paragraph of m names it with noun: "The
// traditional ceremony took place in the Alexander Hall".
func (d *docState) toldAs(m *meeting, noun string) bool {
	for _, p := range m.paras {
		for k := d.paraSent[p]; k < len(d.sents) && d.sents[k].para == p; k++ {
			for i := d.sents[k].tokStart; i < d.sents[k].tokEnd; i++ {
				if d.toks[i].lower == noun {
					return true
				}
			}
		}
	}
	return false
}

// heldMeetingBefore reports whether "held a meeting with <a body's
// name>" ends at token i-1 (the comma before "chaired by"): "held a
// meeting with the Inter-Parliamentary Cooperation Body of the DPR,". Not
// "held a meeting with X on the sidelines of the Forum,", whose chair is
// the forum's.
func (d *docState) heldMeetingBefore(a, i int) bool {
	for k := a; k+3 < i; k++ {
		if d.toks[k].lower != "held" || (d.toks[k+1].lower != "a" && d.toks[k+1].lower != "talks") {
			continue
		}
		x := k + 1
		if d.toks[x].lower == "a" {
			x++
		}
		if !meetNouns.at(d.toks[x].wid) || d.toks[x+1].lower != "with" {
			continue
		}
		for y := x + 2; y < i-1; y++ {
			t := &d.toks[y]
			if t.punct == '(' {
				// "(Badan Kerja Sama Antar-Parlemen, BKSAP)": the name
				// in another language and the acronym.
				for y < i-1 && d.toks[y].punct != ')' {
					y++
				}
				continue
			}
			if t.isWord() && !t.upper && t.lower != "the" && t.lower != "of" && t.lower != "for" && t.lower != "and" && t.lower != "on" && t.lower != "in" {
				return false
			}
			if !t.isWord() && !t.isHyphen() && t.lower != "'" {
				return false
			}
		}
		return true
	}
	return false
}

// heldAtBefore reports whether "<meeting> held in <Place>" ends just
// before token i: "a trilateral meeting held in Santa Cruz de la Sierra
// and chaired by X".
func (d *docState) heldAtBefore(i int) bool {
	k := i - 1
	for k > 0 && i-k <= 8 && d.toks[k].isWord() && (d.toks[k].upper || placeParticles.at(d.toks[k].wid)) {
		k--
	}
	if k == i-1 || k < 2 || (d.toks[k].lower != "in" && d.toks[k].lower != "at") || d.toks[k-1].lower != "held" {
		return false
	}
	return eventNouns.at(d.toks[k-2].wid)
}

// credentialsAt reports whether letters of credence are the object at
// token i: "received the credentials of the new ambassadors", "received
// letters of credence from ...", which a credentials ceremony reports.
func (d *docState) credentialsAt(i, end int) bool {
	if i+3 < end && (d.toks[i].lower == "a" || d.toks[i].lower == "the") && d.toks[i+1].lower == "copy" && d.toks[i+2].lower == "of" {
		i += 3 // "received a copy of the letters of credence from X"
	} else if i+2 < end && d.toks[i].lower == "copies" && d.toks[i+1].lower == "of" {
		i += 2 // "received copies of credentials from X"
	}
	if i < end && (d.toks[i].lower == "the" || d.toks[i].lower == "his" || d.toks[i].lower == "her") {
		i++
	}
	if i < end && d.toks[i].lower == "credentials" {
		return true
	}
	return i+2 < end && (d.toks[i].lower == "letters" || d.toks[i].lower == "letter") && d.toks[i+1].lower == "of" &&
		d.toks[i+2].lower == "credence"
}

// listOpeners end a sentence that introduces a list of participants
// before its colon: "were presented by:", "The delegation included:".
var listOpeners = wordSet(`by included includes include were are participants attendees following`)

// detainedAfter reports whether the words from token i say that someone
// was held in detention: "held by police", "held hostage", "held in
// custody".
func (d *docState) detainedAfter(i, end int) bool {
	next := func(k int) string {
		if k < end {
			return d.toks[k].lower
		}
		return ""
	}
	switch next(i) {
	case "hostage", "captive", "incommunicado":
		return true
	case "by":
		k := i + 1
		if next(k) == "the" {
			k++
		}
		return next(k) == "police" || next(k) == "security" || next(k) == "authorities" || next(k) == "militants" || next(k) == "kidnappers"
	case "in":
		return next(i+1) == "custody" || next(i+1) == "detention" || next(i+1) == "prison" || next(i+1) == "jail"
	}
	return false
}

// credentialWords before "of:" open the list of envoys who present them.
var credentialWords = wordSet(`credentials credence`)

// opensParticipantList reports whether sentence si ends with a colon after
// a word that introduces participants.
func (d *docState) opensParticipantList(si int) bool {
	s := d.sents[si]
	e := s.tokEnd - 1
	// "... were:", "... the following ambassadors:"
	if e <= s.tokStart || d.toks[e].punct != ':' {
		return false
	}
	if e-2 >= s.tokStart && d.toks[e-2].lower == "following" && (groupNouns.at(d.toks[e-1].wid) || participantWords.at(d.toks[e-1].wid)) {
		return true // "... received the following ambassadors:"
	}
	if d.toks[e-1].lower == "following" || e-2 >= s.tokStart && d.toks[e-2].lower == "following" ||
		e-2 > s.tokStart && d.toks[s.tokStart].lower == "the" && d.toks[s.tokStart+1].lower == "following" {
		// "The following took part in the meeting:"
		// "the following:" lists participants only when the sentence
		// is about them, not "The ministers agreed on the following:".
		return d.participantWordIn(s.tokStart, e)
	}
	if listOpeners.at(d.toks[e-1].wid) {
		return true
	}
	if d.toks[e-1].lower == "together" && e-2 >= s.tokStart && (d.toks[e-2].lower == "brought" || d.toks[e-2].lower == "brings") {
		return true // "It brought together:"
	}
	if w := d.toks[e-1].lower; (w == "comprised" || w == "comprises" || w == "of" && e-2 >= s.tokStart &&
		(d.toks[e-2].lower == "consisted" || d.toks[e-2].lower == "composed")) && d.participantWordIn(s.tokStart, e) {
		return true // "The delegation comprised:", "The delegation consisted of:"
	}
	if d.toks[e-1].lower == "of" && e-2 >= s.tokStart && credentialWords.at(d.toks[e-2].wid) {
		return true // "The Head of State successively received the credentials of:"
	}
	// "The following ministers took part in the meeting:"; "The meeting
	// was attended by the following Ministers and representatives of
	// Member States:".
	for k := s.tokStart; k+1 < e; k++ {
		if d.toks[k].lower == "following" && groupNouns.at(d.toks[k+1].wid) && (k < s.tokStart+4 || d.takingPartIn(s.tokStart, k)) {
			return true
		}
	}
	return false
}

// participantWords tell of the participants of a gathering.
var participantWords = wordSet(`participants participant participated participating attendees attended attending delegation delegations
members representatives ambassadors included include includes present part`)

// participantWordIn reports whether tokens [a, b) name participants:
// "The following took part:", "The delegations included the following:".
func (d *docState) participantWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if participantWords.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// takingPartWords tell that the ones a sentence goes on to list take part:
// "The meeting was attended by the following Ministers ...:", not "The
// participants paid tribute to the following leaders:".
var takingPartWords = wordSet(`attended attending participated participating included include includes part present joined`)

// takingPartIn reports whether tokens [a, b) hold a word of takingPartWords.
func (d *docState) takingPartIn(a, b int) bool {
	for k := a; k < b; k++ {
		if takingPartWords.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// byParticiples open the phrase of a meeting's convener: "convened by".
var byParticiples = wordSet(`convened chaired co-chaired organised organized hosted moderated`)

// titledLine reports whether sentence si is a line of its own, short, where
// a comma sets off a title: an item of a list of people ("Name, Minister of
// State at the Ministry of Foreign Affairs of the State of Qatar").
func (d *docState) titledLine(si int) bool {
	s := d.sents[si]
	if s.tokEnd-s.tokStart > 40 || s.tokStart == 0 || !d.toks[s.tokStart].newlineBefore || !d.toks[s.tokStart].upper {
		return false
	}
	for k := s.tokStart; k+1 < s.tokEnd; k++ {
		if d.toks[k].punct != ',' {
			continue
		}
		n := k + 1
		if d.toks[n].lower == "the" || d.toks[n].lower == "a" {
			n++
		}
		g, ok := d.gzOf(n)
		return ok && g.start == n && g.e.kind == entTitle
	}
	return false
}

// listItemPerson returns the person whose mention opens sentence si, a
// line of a list ("Ana Rojas – Ambassador of Chile;"), or -1.
func (d *docState) listItemPerson(si int) int {
	s := d.sents[si]
	if !d.toks[s.tokStart].newlineBefore && s.tokStart > 0 {
		return -1
	}
	start := s.tokStart
	if t := &d.toks[start]; start+1 < s.tokEnd && (t.isHyphen() || isDash(t.punct) || t.punct == '•' || t.punct == '*') && !d.toks[start+1].newlineBefore {
		start++ // "- Hon. Name, Minister ...;": a bullet
	}
	for _, pm := range d.mentionsIn(start, min(s.tokEnd, start+8)) {
		// "Dr Badr Abdelatty, Minister ...", "Ambassador Bankole
		// Adeoye, Commissioner ...": a name, with its style or title;
		// "His Excellency Mr. Name, High Commissioner of ...;".
		if pm.start >= start && pm.start <= d.addressAt(start) && pm.kind != mkPronoun {
			return pm.person
		}
		break
	}
	return -1
}

// adjunctOpeners start a phrase of time or place that may sit between a
// verb and its object ("received on Sunday at the Secretariat in Geneva
// the Minister of ..."); adjunctWords may continue it.
var adjunctOpeners = wordSet(`on at in yesterday today earlier later this`)
var adjunctWords = wordSet(`on at in the same day its his her their headquarters office offices residence audience
morning afternoon evening night week of and yesterday today earlier later this seat premises building buildings parliament palace presidential
regional organization organisation institution ministry secretariat commission bank
a an farewell courtesy private separate bilateral meeting`)

// plainWordsBefore reports whether the sentence of token i opens with
// words only, none of them a name, up to i: "Leaders and representatives
// attending included ...".
func (d *docState) plainWordsBefore(i int) bool {
	for k := d.sents[d.toks[i].sent].tokStart; k < i; k++ {
		if !d.toks[k].isWord() || d.personAt(k) || d.gzAt[k] >= 0 {
			return false
		}
	}
	return true
}

// objectAfterAdjuncts reports whether a person is the object of the verb
// before token i once the phrases of time and place that open the object
// are skipped: the next phrase is a title, a style of address or a name.
// skipAppointment returns the token after the words that qualify an
// appointment at token i ("newly appointed", "outgoing"), or i.
func (d *docState) skipAppointment(i int) int {
	k := i
	for k < len(d.toks) && k < i+2 && appointmentWords.at(d.toks[k].wid) && !d.toks[k].upper {
		k++
	}
	return k
}

func (d *docState) objectAfterAdjuncts(i, end int) bool {
	if i >= end || !adjunctOpeners.at(d.toks[i].wid) || d.toks[i].upper {
		return false
	}
	// "today", "yesterday": an adjunct of one word, after which the
	// object may follow at once ("received today the newly appointed
	// Ambassador ...").
	lone := d.toks[i].lower == "today" || d.toks[i].lower == "yesterday" || d.toks[i].lower == "earlier" || d.toks[i].lower == "later"
	for k := i + 1; k < end && k < i+36; k++ {
		t := &d.toks[k]
		if t.punct == '(' && k+2 < end && d.toks[k+1].allCaps && d.toks[k+2].punct == ')' {
			k += 2 // "the Ministry of ... Regional Integration (MNECIR) in Praia": an acronym in brackets
			continue
		}
		if d.inQuote(k) || (!t.isWord() && !t.isHyphen() && t.punct != '.' && t.punct != ',' && t.lower != "'") {
			return false
		}
		if t.lower == "'" || (t.lower == "s" && d.toks[k-1].lower == "'") {
			continue // "at the Commission's headquarters"
		}
		if k > i+1 && t.lower == "the" && k+1 < end && groupNouns.at(d.toks[k+1].wid) {
			return true // "received at the Palace the delegation of ..."
		}
		if k > i+1 && (t.lower == "the" || t.lower == "a") && d.credentialsAt(k, end) {
			return true // "received this Thursday at the Palace of the Republic the letters of credence of ..."
		}
		if k > i+1 && (t.lower == "his" || t.lower == "her") && d.personOrGroupAfter(k, end) {
			return true // "received this Wednesday at the Palace his counterpart from ..."
		}
		if k > i+1 && (t.lower == "a" || t.lower == "an") {
			// "received at the Jubilee House a high-level delegation of ..."
			for x := k + 1; x < end && x <= k+4; x++ {
				if groupNouns.at(d.toks[x].wid) {
					return true
				}
			}
		}
		if (k > i+1 || lone) && (d.isTitleStart(k) || (t.lower == "the" && d.isTitleStart(d.skipAppointment(k+1))) || d.skipExcellency(k, end) > k ||
			(honorifics.at(t.wid) && t.upper) || d.personAt(k)) {
			return true
		}
		if t.isWord() && !t.upper && !adjunctWords.at(t.wid) && !isDigitWord(t.lower) &&
			!((particles.at(t.wid) || t.lower == "del") && (d.toks[k-1].upper || particles.at(d.toks[k-1].wid))) { // "at the Palacio de la Reforma"
			return false
		}
	}
	return false
}

// titledObject reports whether a title opens the object at token i and a
// name follows it closely: "received the Vice President of the company X
// Mr. Li Wei".
func (d *docState) titledObject(i, end int) bool {
	if i < end && d.toks[i].lower == "the" {
		i++
	}
	if i >= end || !d.isTitleStart(i) {
		return false
	}
	for _, pm := range d.mentionsIn(i, min(end, i+16)) {
		if pm.kind == mkName && !d.inQuote(pm.start) {
			e := pm.end
			return !(e+1 < end && d.toks[e].lower == "'" && d.toks[e+1].lower == "s")
		}
	}
	return false
}

// isTitleStart reports whether a title hit starts at token i.
func (d *docState) isTitleStart(i int) bool {
	g, ok := d.gzOf(i)
	return ok && g.start == i && g.e.kind == entTitle
}

// intentBefore reports whether a word of intent or a past perfect ("had
// met") precedes token v in its clause.
func (d *docState) intentBefore(start, v int) bool {
	for k := v - 1; k >= start && k >= v-5; k-- {
		t := &d.toks[k]
		if t.punct == ',' || t.punct == ';' || t.punct == ':' {
			return false
		}
		if intentWords.at(t.wid) && !t.upper && !d.nounAfterDeterminer(k) && !d.placeTo(k) {
			return true
		}
		if t.lower == "had" && k == v-1 && d.toks[v].lower != "met" && !d.dayOfVerb(k, v) {
			// "had held talks" is background; "had met separately
			// with" on the sidelines reports an encounter, dated below;
			// so does "On Monday evening, X had spoken by telephone with
			// Y", dated in the days before the release.
			return true
		}
	}
	return false
}

// dayOfVerb reports whether the pluperfect "had" at token h, before the
// verb at token v, is dated by a weekday of its own: the sentence opens
// with it ("On Monday evening, X had spoken by telephone with Y") or it
// follows the verb closely ("had spoken by telephone on Sunday"), and the
// clause is not reported speech ("said he had spoken with ...", "recalled
// that he had held talks").
func (d *docState) dayOfVerb(h, v int) bool {
	si := d.toks[v].sent
	s := d.sents[si]
	if !d.hasPb {
		return false
	}
	for k := v + 1; k+1 < s.tokEnd && k <= v+8; k++ {
		if _, ok := weekdays[d.toks[k+1].lower]; ok && d.toks[k].lower == "on" && d.toks[k+1].upper {
			return true // "he had spoken by telephone on Sunday with"
		}
	}
	for k := h - 1; k >= s.tokStart && k >= h-6; k-- {
		if w := d.toks[k].lower; w == "that" || speechVerbs.of(w) || w == "recalled" || w == "who" || w == "which" {
			return false // "On Monday, X recalled that he had held talks": the day of the telling
		}
	}
	a := s.tokStart
	if d.toks[a].lower == "last" && a+2 < s.tokEnd && d.toks[a+2].punct == ',' {
		_, ok := weekdays[d.toks[a+1].lower]
		return ok // "Last Tuesday, X had received Y"
	}
	if d.toks[a].lower == "earlier" && a+2 < s.tokEnd {
		// "Earlier on Wednesday, the Prime Minister had received the
		// minister", "Earlier in the day, X had met Y": the report's
		// own day, told before the lead's encounter.
		switch n := d.toks[a+1].lower; {
		case n == "on":
			_, ok := weekdays[d.toks[a+2].lower]
			return ok
		case n == "in":
			return a+3 < s.tokEnd && d.toks[a+2].lower == "the" && d.toks[a+3].lower == "day" // not "Earlier in the week"
		case n == "that":
			return d.toks[a+2].lower == "day"
		case n == "today":
			return true
		}
	}
	return d.toks[a].lower == "on" && d.opensWithDay(si)
}

// personOrGroupAfter reports whether a person mention, not a possessive
// one, or a group noun follows token i closely.
func (d *docState) personOrGroupAfter(i, end int) bool {
	from := i // a mention may open with the style ("H.E. Mr. Name")
	i = d.skipExcellency(i, end)
	for k, n := i, 0; k < end && n < 4; k, n = k+1, n+1 {
		if groupNouns.at(d.toks[k].wid) {
			return true
		}
		// "received his counterpart from the Dominican Republic, ...",
		// "received her Dominican counterpart, Name,"; not the noun as a
		// modifier: "welcomed the counterpart contribution of Japan".
		if d.toks[k].lower == "counterpart" && k > i && (d.toks[i].lower == "his" || d.toks[i].lower == "her" || d.toks[i].lower == "their" || d.toks[i].lower == "the") && d.counterpartEnds(k+1, end) {
			return true
		}
		if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entCountry {
			k = g.end - 1 // "his Republic of Korea counterpart": the country is one word
		}
	}
	for _, pm := range d.mentionsIn(from, min(end, i+4)) {
		// "welcomed President Tokayev's reforms" welcomes no one.
		if !(pm.end+1 < end && d.toks[pm.end].lower == "'" && d.toks[pm.end+1].lower == "s") {
			return true
		}
	}
	return false
}

// namelessCounterpart returns the person that "his <Country> counterpart"
// names in sentence si when no name follows it ("Vanuatu's foreign
// minister, Marc Ati, hosted his Papua New Guinea counterpart for a
// bilateral meeting"): the one person of the document who holds, for that
// country, a title the subject of the sentence holds. -1 when there is
// none, or several.
func (d *docState) namelessCounterpart(si int, m *meeting, v meetingVerb) int {
	subj := d.subject[si]
	if subj < 0 || !m.attends(subj) || len(d.persons[subj].positions) == 0 {
		return -1
	}
	s := d.sents[si]
	for k := s.tokStart + 2; k < s.tokEnd; k++ {
		if d.toks[k].lower != "counterpart" || d.inQuote(k) {
			continue
		}
		g, ok := d.gzOf(k - 1)
		if !ok || g.end != k || g.e.kind != entCountry || g.start == s.tokStart {
			continue
		}
		if w := d.toks[g.start-1].lower; w != "his" && w != "her" {
			continue
		}
		if !d.counterpartOfVerb(g.start-1, v) || v.start > s.tokStart && d.toks[v.start-1].lower == "who" {
			continue // the object of the meeting verb, not "a week after she held talks with her Chinese counterpart"
		}
		if k+1 < s.tokEnd && (d.toks[k+1].punct == ',' || len(d.mentionsIn(k+1, k+2)) > 0) {
			continue // "his Kazakh counterpart, Name," names him
		}
		country := d.entityID(g.e)
		found := -1
		for qi, q := range d.persons {
			if qi == subj || q.merged >= 0 || !d.sameOffice(subj, qi, country) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = qi
		}
		return found
	}
	return -1
}

// sameOffice reports whether person qi holds, for country, a title that
// person pi holds.
func (d *docState) sameOffice(pi, qi int, country string) bool {
	for _, a := range d.persons[qi].positions {
		if a.org != country {
			continue
		}
		for _, b := range d.persons[pi].positions {
			if a.title == b.title {
				return true
			}
		}
	}
	return false
}

// counterpartAfter lists the words that may follow "counterpart" used as a
// noun of its own: a preposition or conjunction after the object.
var counterpartAfter = wordSet(`from of in at on and during to for who with as by after before ahead this last`)

// counterpartEnds reports whether "counterpart" before token k is the
// object, not a modifier of a noun after it: the sentence or the object
// ends (", Name", "."), a name follows, or "from X", "of X", "in Lima".
func (d *docState) counterpartEnds(k, end int) bool {
	if k >= end {
		return true
	}
	t := &d.toks[k]
	if !t.isWord() || t.upper || counterpartAfter.at(t.wid) {
		return true
	}
	for _, pm := range d.mentionsIn(k, k+1) {
		if pm.start == k {
			return true
		}
	}
	return false
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
	listOpen := false // a list of participants follows: "... were presented by:"
	skipped := false  // the list's last line gave no person
	for si := range d.sents {
		ownNamed := false // a named meeting joined, told as one of its own
		v, ok := d.findMeetingVerb(si)
		if listOpen && cur >= 0 && !ok {
			// A line of the list has no meeting verb: "X and Y were
			// present at the ceremony." after it is a sentence of its own.
			if pi := d.listItemPerson(si); pi >= 0 {
				ms[cur].addAttendee(pi, d.ev(si, "meeting-list"))
				skipped = false
				continue
			}
			if !skipped && d.titledLine(si) {
				skipped = true // one item whose person was not found: the list goes on
				continue
			}
		}
		listOpen = d.opensParticipantList(si) // its own meeting verb may open the meeting
		skipped = false
		if ok && d.subheading(si) {
			// "**Japanese Ambassador calls on the Speaker**": the
			// paragraph under it tells the encounter, with its day.
			ok = false
		}
		if !ok {
			if c := d.cancelledMeeting(si); c != nil {
				d.planned = mergeInto(d.planned, c)
			}
			if cur >= 0 {
				d.delegationThroughout(si, ms)
				d.delegation(si, ms[cur])
				d.delegationMembers(si, ms[cur])
				d.signedInPresence(si, ms[cur])
			}
			continue
		}
		s := d.sents[si]
		if v.gathering && cur >= 0 && v.start == s.tokStart+2 && (d.toks[s.tokStart].lower == "the" || d.toks[s.tokStart].lower == "this") &&
			(d.toks[s.tokStart+1].lower == "meeting" || d.toks[s.tokStart+1].lower == "session") && !d.datesOtherDay(si, ms[cur]) {
			// "The 90th meeting of the Commission was held yesterday ...
			// The meeting brought together the members of the
			// Commission: A, B": the meeting just told; not where the
			// sentence dates another day ("brought together on 20 May").
			v.kind, v.gathering = mkJoin, false
		}
		if v.kind == mkJoin && len(ms) >= 2 && d.bothMeetings(si) {
			// "X took part in both meetings": the last two told.
			for _, m := range ms[len(ms)-2:] {
				for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
					if !d.inQuote(pm.start) && !d.onBehalfOf(pm.start, s.tokStart) {
						m.addAttendee(pm.person, d.ev(si, "meeting-join"))
					}
				}
				m.ev = addEv(m.ev, d.ev(si, "meeting-join"))
			}
			continue
		}
		if v.kind == mkJoin && v.bare && cur >= 0 && d.toks[v.start].lower == "received" && d.sequenced(si) {
			// "On the same day, the guest was received by X": another
			// encounter, the guest's with X, who receives.
			if nm := d.guestReceived(si, v, ms[cur]); nm != nil {
				ms = append(ms, nm)
				cur = len(ms) - 1
				continue
			}
		}
		if v.kind == mkJoin && cur >= 0 && (v.bare || d.toks[v.start].lower == "accompanied") && d.paraDatesOther(si, ms[cur]) {
			continue // "Earlier, on 12 May, ... Y also attended.", "On Tuesday, X accompanied Y to Cusco": another event
		}
		if v.kind == mkJoin && v.bare && (cur < 0 || si == 0 || !(d.toldIn(ms[cur], si-1) || d.namesMeetingOf(ms[cur], si-1) ||
			v.start > 0 && d.toks[v.start-1].lower == "also" && d.talksOn(ms[cur], si-1))) {
			// "The funeral of X was held at the Cathedral. Y attended.":
			// a bare join follows the meeting it joins, and makes none.
			continue
		}
		if v.kind == mkJoin && d.toks[v.start].lower == "joined" && v.start >= 2 && d.toks[v.start-2].lower == "they" && (cur < 0 || si == 0 || d.sents[si-1].para != s.para || d.paraDatesOther(si, ms[cur]) ||
			!d.toldIn(ms[cur], si-1) && !d.meetingVerbIn(si-1)) {
			continue // "They were joined by X" goes with the meeting of the sentence just before, or none
		}
		if v.kind == mkJoin && cur >= 0 && d.chairedBy(si) >= 0 && d.meetingNounSince(ms[cur], si) {
			continue // "Later, the teams held a separate meeting. The meeting was chaired by X": that meeting
		}
		if v.kind == mkJoin && cur >= 0 && v.start > 0 && d.toks[v.start-1].lower == "also" && d.otherEventBefore(si) {
			continue // "Later, X attended the opening of ... Y also took part.": that event
		}
		if v.kind == mkJoin && cur >= 0 && v.ofGathering && (ms[cur].thirdParty || !ms[cur].kinds[mkChair] && len(ms[cur].attendees) <= 2) {
			// "X met Y on the sidelines of the G20 summit. Leaders
			// attending the summit included A and B": the summit's, a
			// meeting of its own.
			v.kind = mkMeet
		}
		if v.kind == mkJoin && cur >= 0 && d.presentAtEvent(si) && d.otherEventWithin(si, 3) {
			continue // "On Wednesday, Wang opened a trade fair. X was present at the event.": that event
		}
		if v.kind == mkJoin && cur >= 0 && !v.bare && ms[cur].date != "" && d.opensWithOwnDay(si, ms[cur]) {
			// "Earlier, on 25 May, the Secretary-General took part in the
			// meeting of the Council of National Coordinators in Bishkek":
			// a meeting of its own, not the one just told.
			v.kind = mkTalks
		}
		if v.kind == mkJoin && v.named && cur >= 0 && (d.opensWithDay(si) || d.chairedBy(si) >= 0) && !v.bare && !d.toldAsNamed(ms[cur], si, v) {
			// "On the same day, the Secretary-General attended the Meeting
			// of the Committee of Permanent Representatives": another
			// meeting than the courtesy call told before; "X also attended
			// the Meeting of ..., chaired by Y": Y chairs that one, not the
			// talks told before. Not the meeting told by that name ("The
			// Meeting of ASEAN Foreign Ministers was held ... On Tuesday, X
			// also attended the Meeting of ASEAN Foreign Ministers").
			v.kind = mkMeet
			ownNamed = true
		}
		if v.kind == mkJoin && cur >= 0 && v.event != "" && !namedMeetingHeads.of(v.event) && !d.toldAs(ms[cur], v.event) {
			// "Tokayev received Mirziyoyev on Thursday. On Friday,
			// Mirziyoyev attended the Astana International Forum.
			// Attending the forum were ...": the forum's, not the talks'.
			continue
		}
		if v.kind == mkJoin && cur >= 0 {
			m := ms[cur]
			if n := d.sessionNamedBefore(ms, cur, si); n >= 0 {
				m = ms[n] // "The Ministerial Session was also attended by X": that session's
			} else if n := d.meetingToldSince(ms, cur, si); n >= 0 {
				m = ms[n] // the meeting the paragraphs since have been about
			}
			if h := d.chairedBy(si); h >= 0 && m.host < 0 {
				m.host = h // "The meeting was chaired by the Vice Minister, X"
			}
			if df, ok := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb); ok && m.datelined && !df.dateline && df.precision == "day" && df.date <= m.date && weekBefore(df.date, m.date) {
				// "Accra, Nov. 18 – X has held talks with Y. The meeting,
				// held ... on Tuesday, was attended by Z": the day the
				// meeting is told of, not the dateline's; not a date told
				// in passing ("Z, who was appointed on 2 March 2025").
				m.date, m.datelined = df.date, false
			}
			for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
				if !d.inQuote(pm.start) && !d.onBehalfOf(pm.start, s.tokStart) {
					m.addAttendee(pm.person, d.ev(si, "meeting-join"))
				}
			}
			m.ev = addEv(m.ev, d.ev(si, "meeting-join"))
			m.paras = append(m.paras, s.para)
			continue
		}
		var prev *meeting
		if cur >= 0 {
			prev = ms[cur]
		}
		nm := d.readMeeting(si, v, prev)
		if nm == nil {
			continue
		}
		if c := d.namelessCounterpart(si, nm, v); c >= 0 {
			nm.addAttendee(c, d.ev(si, "meeting-counterpart"))
		}
		if prev != nil && len(nm.attendees) <= 1 {
			// "On Monday, the new ambassadors had presented copies of
			// their credentials to the Minister": the envoys just told.
			for _, pi := range d.envoysToldBefore(si, v, prev) {
				nm.addAttendee(pi, d.ev(si, "meeting-envoys"))
			}
		}
		if parts := d.separateMeetings(si, v, nm); parts != nil {
			// "Later on Monday, X met separately with A and with B": one
			// encounter with each, neither the one told before.
			ms = append(ms, parts...)
			cur = len(ms) - 1
			continue
		}
		nm.convened = v.kind == mkChair && d.toks[v.start].lower == "convened"
		if n := d.afterEvent(si); n != "" && nm.date == "" {
			// "Following the ceremony, X held talks with Y": the day of
			// the ceremony.
			nm.date, nm.precision = d.eventDate(ms, n)
			if nm.date == "" {
				nm.after = n
			} else if ev := eventMeeting(ms, n); nm.place == "" && nm.country < 0 {
				// and its place: "Following the consultations [in
				// Moscow], Misri met with Deputy Foreign Minister X".
				nm.place, nm.country = ev.place, ev.country
			}
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
		// A gathering told as such ("the summit opened") is an event of
		// its own, not the bilateral talks of one of its members.
		merged := false
		beside := d.besideEvent(si) // a meeting on the sidelines is one of its own
		if v.gathering && cur >= 0 && ms[cur].kinds[mkChair] && !ms[cur].planned && (nm.date == "" || nm.date == ms[cur].date) &&
			len(ms[cur].paras) > 0 && s.para-ms[cur].paras[len(ms[cur].paras)-1] <= 1 {
			// "X convened a Ministerial Dialogue ... The meeting brought
			// together ...": the gathering just told.
			ms[cur].merge(nm)
			merged = true
		}
		recv, seq := d.receivedBy(si), d.sequenced(si) // the sentence's, once
		// "Earlier on Tuesday, the Ghanaian Vice President held bilateral
		// talks with her counterpart": fewer of the attendees, before the
		// meeting told; an encounter of its own.
		earlier := d.toks[s.tokStart].lower == "earlier" && d.toks[s.tokStart].upper
		// "Later on Wednesday, A held talks with C at the Ministry": fewer
		// of the attendees, after the meeting told; an encounter of its
		// own too.
		sameDayOpener := s.tokStart+3 < s.tokEnd && d.toks[s.tokStart].lower == "in" && d.toks[s.tokStart+1].lower == "the" &&
			(d.toks[s.tokStart+2].lower == "afternoon" || d.toks[s.tokStart+2].lower == "evening") && d.toks[s.tokStart+3].punct == ','
		// "On the same day, X held consultations with Y": as above.
		sameDayOpener = sameDayOpener || s.tokStart+4 < s.tokEnd && d.toks[s.tokStart].lower == "on" && d.toks[s.tokStart+1].lower == "the" &&
			d.toks[s.tokStart+2].lower == "same" && d.toks[s.tokStart+3].lower == "day" && d.toks[s.tokStart+4].punct == ','
		later := (d.toks[s.tokStart].lower == "later" && d.toks[s.tokStart].upper || sameDayOpener) && (v.kind == mkTalks || v.kind == mkMeet) &&
			d.toks[v.start].lower != "signed"
		smaller := func(m *meeting) bool { return (earlier || later) && len(nm.attendees) < len(m.attendees) }
		// "On Wednesday I met Prime Minister A. ... \n\n Minister Ruiz
		// also met Speaker B": a paragraph that tells the subject's
		// encounter with someone new is an encounter of its own.
		otherCounterpart := func(m *meeting) bool {
			return len(nm.attendees) == 2 && len(m.attendees) >= 2 && nm.sharedWith(m) == 1 && len(m.paras) > 0 && s.para != m.paras[len(m.paras)-1] &&
				(v.kind == mkMeet || v.kind == mkHost || v.kind == mkTalks) && !d.toks[v.start].upper && d.otherCounterpartVerb(v)
		}
		if d.saysSeparate(si, v) || ownNamed && !merged {
			merged = true // "Later in the day, A and B held separate talks": an encounter of its own
			ms = append(ms, nm)
			cur = len(ms) - 1
		}
		// The meetings told last: a text of the genre tells a few dozen
		// at most, and a megabyte of them must not compare each with each.
		// The encounter told last first: "Later the same day, A called on
		// C. C welcomed the visiting minister" goes on with the call, not
		// with A's talks before it.
		for n := max(0, len(ms)-mergeWindow) - 1; n < len(ms); n++ {
			k := n
			if n < max(0, len(ms)-mergeWindow) {
				if k = cur; k < 0 {
					continue
				}
			} else if k == cur {
				continue
			}
			m := ms[k]
			if v.gathering || merged {
				break
			}
			if m.shares(nm) && !((seq || m.date == "" && nm.date != "" && len(m.paras) > 0 && m.paras[0] > 0 && d.opensWithDay(si) && nm.sharedWith(m) == 1) && nm.bringsNew(m)) && !beside &&
				!d.otherDayThanLead(si, m, nm) && !(otherHost(m, nm) && recv) && !(m.date == "" && nm.date != "" && d.pluperfectAt(v.start)) && !smaller(m) &&
				!d.otherDayThanTold(m, nm) && !otherCounterpart(m) {
				m.merge(nm)
				cur = k
				merged = true
				break
			}
		}
		if !merged && !v.gathering && !beside && cur >= 0 && ms[cur].sameScene(nm) && !(d.sequenced(si) && nm.bringsNew(ms[cur])) && !v.ofGathering &&
			!(otherHost(ms[cur], nm) && recv) && !smaller(ms[cur]) {
			if v.kind == mkMeet && (d.toks[v.start].lower == "preceded" || d.toks[v.start].lower == "followed") {
				// "It was preceded by a meeting of the foreign ministers,
				// A and B": an encounter of its own, though no day sets it
				// apart; the talks, "it", stay the meeting told.
				ms = append(ms, nm)
			} else {
				// A paragraph tells of one encounter: "Retno visited
				// Beijing. ... Taha was also present during the meeting
				// with Wang Yi."
				ms[cur].merge(nm)
			}
			merged = true
		}
		if !merged {
			ms = append(ms, nm)
			cur = len(ms) - 1
		}
	}
	// A meeting told without names that no later sentence filled ("The
	// consultations were held on 13 May") is no fact.
	// Nor is a gathering its convener called with no one else named ("X
	// convened the Council of Ministers to discuss the floods").
	named := ms[:0]
	for _, m := range ms {
		if len(m.attendees) > 1 || len(m.attendees) == 1 && !m.convened {
			named = append(named, m)
		}
	}
	ms = named
	d.headlineOnlyElsewhere(ms)
	d.meetingSpeakers(ms)
	d.completeMeetings(ms)
	return ms
}

// headlineOnlyElsewhere takes out of a meeting the attendees that only the
// headline put there when the body tells them at another meeting: "SCO
// Secretary-General meets Deputy Foreign Minister of Belarus and Chairman
// of the Eurasian Development Bank" over two receptions on two days.
func (d *docState) headlineOnlyElsewhere(ms []*meeting) {
	if len(ms) < 2 || len(d.sents) < 2 || d.sents[1].para == 0 {
		return
	}
	if h := d.sents[0]; h.tokEnd > h.tokStart && d.toks[h.tokEnd-1].punct == '.' {
		return // the text opens with a sentence of the body, not a headline
	}
	head := d.sents[0].start
	body := func(m *meeting, pi int) bool { // a sentence of the body that tells m names pi
		for _, a := range m.attendees {
			if a.person == pi && a.ev.Start != head {
				return true
			}
		}
		for _, e := range m.ev {
			si, ok := d.sentenceAt(e.Start)
			if !ok || e.Start == head {
				continue
			}
			for _, pm := range d.mentionsIn(d.sents[si].tokStart, d.sents[si].tokEnd) {
				if d.root(pm.person) == d.root(pi) {
					return true
				}
			}
		}
		return false
	}
	subj := -1 // the headline's subject, who its meeting is about
	if hm := d.mentionsIn(d.sents[0].tokStart, d.sents[0].tokEnd); len(hm) > 0 {
		subj = d.root(hm[0].person)
	}
	for _, m := range ms {
		if len(m.ev) == 0 || m.ev[0].Start != head || len(m.ev) == 1 {
			continue // not a headline's meeting the body went on with
		}
		// elsewhere: another meeting has pi among its attendees, told in
		// the body, with one of m's others: the headline's encounter told
		// on its own day, not a meeting with others nor a name in passing
		// ("who conveyed greetings from Mr Lebedev").
		in := map[int]bool{} // m's attendees, before any is taken out
		for _, a := range m.attendees {
			in[d.root(a.person)] = true
		}
		elsewhere := func(o *meeting, pi int) bool {
			at, with := false, false
			for _, b := range o.attendees {
				if r := d.root(b.person); r == d.root(pi) {
					at = at || b.ev.Start != head
				} else if in[r] {
					with = true
				}
			}
			return o != m && at && with
		}
		kept := m.attendees[:0]
		for _, a := range m.attendees {
			if a.ev.Start == head && d.root(a.person) != subj && !body(m, a.person) && slices.ContainsFunc(ms, func(o *meeting) bool { return elsewhere(o, a.person) }) {
				continue
			}
			kept = append(kept, a)
		}
		m.attendees = kept
	}
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
	for k < s.tokEnd && phoneWords.at(d.toks[k].wid) && d.toks[k].lower != "call" {
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
	m := &meeting{host: -1, country: -1, subj: -1, kinds: map[meetKind]bool{kind: true}, paras: []int{0}, ev: []graph.Evidence{ev}}
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
	m := d.readMeeting(si, meetingVerb{start: s.tokStart, end: s.tokStart, kind: mkMeet, planned: true}, nil)
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
		case encounterNouns.at(t.wid):
			noun = true
		case cancelWords.at(t.wid),
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

// readMeeting builds a meeting from the sentence si with meeting verb v;
// prev is the meeting reported last, whose principals "the two leaders"
// may name.
func (d *docState) readMeeting(si int, v meetingVerb, prev *meeting) *meeting {
	s := d.sents[si]
	m := &meeting{host: -1, country: -1, subj: -1, kinds: map[meetKind]bool{v.kind: true}, paras: []int{s.para}, planned: v.planned}
	rule := "meeting-verb"
	if v.kind == mkJoin {
		rule = "meeting-join"
	}
	ev := d.ev(si, rule)
	m.ev = []graph.Evidence{ev}
	sa, sb := d.senderSpan(v.end, s.tokEnd) // a message's sender is not received
	for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
		if d.inQuote(pm.start) || d.onBehalfOf(pm.start, s.tokStart) || d.mentionedOnly(pm, v) || pm.start >= sa && pm.start < sb {
			continue
		}
		m.addAttendee(pm.person, ev)
	}
	if g, ok := d.groupAfter(v.end, s.tokEnd); ok {
		m.groups = append(m.groups, group{desc: g, ev: ev})
	}
	for _, pi := range d.titleGroupAround(v, s) {
		// "On 15 April, the National Coordinators were received by X":
		// each of those named with the title.
		m.addAttendee(pi, ev)
	}
	if prev != nil && d.delegationSubject(s.tokStart, v.start) {
		// "Earlier in the day, the delegation held talks with X": the
		// delegation of the meeting just told, its leader and members.
		if lead := d.delegationLeaderBefore(s.tokStart); lead >= 0 && prev.attends(lead) {
			if len(m.attendees) == 1 && m.attendees[0].person != lead {
				m.host = m.attendees[0].person // the guests' counterpart receives them
			}
			m.addAttendee(lead, ev)
			for _, a := range prev.attendees {
				if a.ev.Rule == "meeting-delegation" {
					m.addAttendee(a.person, ev)
				}
			}
		} else if c := d.delegationDemonym(s.tokStart, v.start); c >= 0 && len(m.attendees) == 1 && d.personCountry(m.attendees[0].person) != c {
			// "Later in the afternoon, the Zambian delegation held a
			// meeting with the Committee ..., chaired by X": the
			// delegation's members of the meeting just told, whom X
			// receives.
			var members []int
			for _, a := range prev.attendees {
				if d.personCountry(a.person) == c && !d.envoy(a.person) {
					members = append(members, a.person)
				}
			}
			if len(members) > 0 {
				m.host = m.attendees[0].person
				for _, pi := range members {
					m.addAttendee(pi, ev)
				}
			}
		}
	}
	if prev != nil && d.twoPrincipals(s.tokStart, v.start) {
		// "The two heads of state met again on Friday", "The two leaders
		// held bilateral talks attended by X": the leaders of the
		// meeting just reported.
		var leaders []int
		for _, a := range prev.attendees {
			if d.leads(a.person) {
				leaders = append(leaders, a.person)
			}
		}
		if len(leaders) == 2 {
			for _, pi := range leaders {
				m.addAttendee(pi, ev)
			}
		}
	}
	if prev != nil && prev.subj >= 0 && len(m.attendees) == 1 && m.attendees[0].person != prev.subj && d.theTwoAfter(v.end, s.tokEnd) {
		// "X held bilateral meetings with the trade ministers of Korea
		// and New Zealand ... At the meeting with Minister for Trade Y,
		// the two ministers noted": X, who held the meetings, and Y.
		m.addAttendee(prev.subj, ev)
	}
	if len(m.attendees) == 0 && prev == nil && si > 0 {
		// "X and his Indian counterpart Y on Sunday agreed to ... The two
		// held a three-hour meeting": the two people named just before.
		// After an opening adjunct, "At the invitation of X, Y paid an
		// official visit to ... This was the first visit ...\n\nOn 25
		// February, the two Foreign Ministers held talks": the two named
		// last in the sentences just before, the visit's principals.
		var ps []int
		if d.twoPrincipals(s.tokStart, v.start) || d.theTwo(s.tokStart, v.start) {
			ps = d.theTwoNamed(si, 1, false)
		} else if a := d.theTwoAfterAdjunct(s.tokStart, v.start); a > s.tokStart {
			ps = d.theTwoNamed(si, 3, true)
		}
		for _, pi := range ps {
			m.addAttendee(pi, ev)
		}
	}
	if len(m.attendees) == 0 && !d.heldOn(si, v, prev) && !d.listFollows(si) {
		return nil
	}
	subj := d.subject[si]
	byAgent := false
	if v.kind == mkHost {
		if agent, ok := d.passiveAgent(v.end, s.tokEnd); ok {
			// "Xi was welcomed in Paris by Prime Minister Attal": the
			// agent hosts, not the subject.
			subj, byAgent = agent, true
		}
	}
	m.country = d.visitedCountry(si)
	m.subj = subj
	// "A and B co-chaired the consultations", "A and his counterpart B
	// chaired a joint meeting": two chairs, neither the host by the
	// verb; the place decides. One co-chair named alone
	// ("Wang Yi, who co-chaired the meeting") chairs it.
	sharedChair := v.kind == mkChair && (d.toks[v.start].lower == "co" || d.pairSubject(v.start)) && len(d.mentionsIn(s.tokStart, v.start)) >= 2
	if sharedChair {
		for _, pm := range d.mentionsIn(s.tokStart, v.start) {
			m.coChairs = append(m.coChairs, pm.person)
		}
	} else if v.kind == mkChair && d.toks[v.start].lower == "co" && v.start > s.tokStart && d.toks[v.start-1].lower != "who" && d.withAfter(v.end, s.tokEnd) > 0 {
		w := d.withAfter(v.end, s.tokEnd)
		// "A co-chaired the Joint Commission with B": the two chairs
		// (not "A, who co-chaired the meeting with B, spoke first": its
		// chair).
		if before, after := d.mentionsIn(s.tokStart, v.start), d.mentionsIn(w+1, s.tokEnd); len(before) == 1 && len(after) >= 1 {
			m.coChairs = append(m.coChairs, before[0].person, after[0].person)
			sharedChair = true
		}
	}
	if by := d.coChairedBy(s.tokStart, s.tokEnd); by > 0 {
		// "The session, held at the Ministry, was co-chaired by A and
		// B": the two chairs, as in the active voice.
		if ms := d.mentionsIn(by+1, s.tokEnd); len(ms) >= 2 {
			for _, pm := range ms {
				if !slices.Contains(m.coChairs, pm.person) {
					m.coChairs = append(m.coChairs, pm.person)
				}
			}
		}
	}
	if subj >= 0 && subj == d.subject[si] && !byAgent && !d.mentionedBefore(subj, s.tokStart, v.start) {
		// "AUC Chairperson receives UAE Minister X": when the one before
		// the verb is not recognised, the object is no subject.
		subj = -1
	}
	if subj >= 0 && !sharedChair && (v.kind == mkHost || v.kind == mkChair || (v.kind == mkMeet && d.toks[v.start].lower == "had" && d.toks[v.start+1].lower != "met")) {
		m.host = subj
	}
	if v.kind == mkCall {
		// "Sun Weidong paid a courtesy call on Bui Thanh Son": the one
		// called on hosts.
		if ms := d.mentionsIn(v.end, min(s.tokEnd, v.end+6)); len(ms) > 0 && ms[0].kind != mkPronoun && ms[0].person != subj {
			m.host = ms[0].person
		} else if w := d.toks[v.end].lower; (w == "him" || w == "her") && v.start >= 1 && d.toks[v.start-1].lower == "who" {
			// "He was talking to X, who called on him": the sentence's
			// subject is called on.
			if ms := d.mentionsIn(s.tokStart, v.start); len(ms) > 0 && ms[0].kind == mkPronoun {
				m.host = ms[0].person
			}
		}
	}
	if by := d.whereReceivedBy(v.end, s.tokEnd); by > 0 && v.kind == mkVisit {
		// "X visited the Port of Rotterdam, where he was received by
		// Y": Y receives the visitor.
		if ms := d.mentionsIn(by+1, min(s.tokEnd, by+14)); len(ms) > 0 && ms[0].kind != mkPronoun && ms[0].person != subj {
			m.host = ms[0].person
		}
	}
	if m.host < 0 && v.kind != mkPhone && d.travelledWhere(s.tokStart, v.start) {
		// "Dr. Bwire travelled to Jinja, Uganda, where he held a meeting
		// with the Executive Secretary of the LVFO": the traveller
		// visits, and the one he meets there receives him.
		if ms := d.mentionsIn(v.end, min(s.tokEnd, v.end+12)); len(ms) > 0 && ms[0].kind != mkPronoun && ms[0].person != subj {
			m.host = ms[0].person
		}
	}
	if v.kind == mkVisit && d.toks[v.end-1].lower == "with" {
		// "In her visit with UAE President X": the one visited hosts.
		if ms := d.mentionsIn(v.end, min(s.tokEnd, v.end+6)); len(ms) > 0 && ms[0].kind != mkPronoun && ms[0].person != subj {
			m.host = ms[0].person
		}
	}
	if m.host < 0 && subj >= 0 && m.country >= 0 && !m.kinds[mkPhone] && d.personCountry(subj) == m.country && d.foreignGuest(m, m.country) {
		// "Putin held talks with X, who is in Russia on an official
		// visit": the one at home receives the visitor.
		for _, a := range m.attendees {
			if a.person == subj {
				m.host = subj
			}
		}
	}
	if h := d.chairedBy(si); h >= 0 && m.host < 0 {
		m.host = h
	}
	if m.host < 0 && subj >= 0 && !m.kinds[mkPhone] {
		// "Under Secretary Hooker met yesterday with Pakistani Foreign
		// Secretary Baloch at the Department of State": at the subject's
		// own ministry, the subject receives the guest.
		if c := d.atCountrysBody(v.end, s.tokEnd); c >= 0 && d.personCountry(subj) == c && d.foreignGuest(m, c) && m.attends(subj) {
			m.host = subj
		}
	}
	if h := d.invitedBy(si); h >= 0 && m.host < 0 {
		// "at the invitation of X": X hosts.
		for _, a := range m.attendees {
			if a.person == h {
				m.host = h
			}
		}
	}
	df, ok := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb)
	if dl := d.datelineEnd(si); dl > s.tokStart {
		if df2, ok2 := findDate(d.text, d.toks, dl, s.tokEnd, d.pub, d.hasPb); ok2 {
			df, ok = df2, ok2
			if own, dated := findDate(d.text, d.toks, s.tokStart, dl, d.pub, d.hasPb); dated && df2.rule == "date-relative" &&
				own.rule == "date-explicit" && own.precision == "day" {
				// "Skopje, 14 April 2026 – ... today held a telephone
				// conversation", a second item on a page of 15 April:
				// "today" is its dateline's day.
				if ref, err := time.Parse("2006-01-02", own.date); err == nil {
					if df3, ok3 := findDate(d.text, d.toks, df2.tokStart, df2.tokEnd, ref, true); ok3 {
						df = df3
					}
				}
			}
		}
	}
	if !ok && si > 0 && d.talkingToOpens(si) {
		// "X on Tuesday called for ... / He was talking to Y, who called
		// on him": the occasion of the sentence before, and its day.
		if df2, ok2 := findDate(d.text, d.toks, d.sents[si-1].tokStart, d.sents[si-1].tokEnd, d.pub, d.hasPb); ok2 && df2.precision == "day" && !df2.dateline {
			df, ok = df2, true
		}
	}
	if !ok && d.hasPb {
		// "Kassym-Jomart Tokayev holds phone talks with Ilham Aliyev\n
		// 05.03.2026\nThe Head of State had a telephone conversation
		// with ...": an undated item under a line of its date.
		if ref, found := d.dateLineBefore(s.para); found {
			df, ok = dateFound{date: ref.Format("2006-01-02"), precision: "day", rule: "date-line", tokStart: s.tokStart, tokEnd: s.tokStart}, true
		}
	}
	if ok && df.rule == "date-relative" && d.hasPb {
		// "hosted a meeting in Miami today" under a line "March 4,
		// 2026" of a page published the next day: that day.
		if ref, found := d.dateLineBefore(s.para); found {
			if df2, ok2 := findDate(d.text, d.toks, df.tokStart, df.tokEnd, ref, true); ok2 {
				df = df2
			}
		}
	}
	if ok && df.tokStart < v.start && d.inWhoClause(df.tokStart, v.start) {
		// "X, who is in Sri Lanka on an official visit from 16 to 19
		// February, held discussions with Y on Tuesday (17)": the
		// visit's days are not the meeting's.
		if df2, ok2 := findDate(d.text, d.toks, v.end, s.tokEnd, d.pub, d.hasPb); ok2 && df2.precision == "day" {
			df = df2
		}
	}
	if ok && df.tokStart < v.start && d.opensWithSubordinate(si, df.tokStart) {
		// "As postal services marked World Post Day today, X welcomed Y
		// ... on Thursday": the clause's day is not the meeting's.
		if df2, ok2 := findDate(d.text, d.toks, v.end, s.tokEnd, d.pub, d.hasPb); ok2 && df2.precision == "day" && !d.relativeBefore(v.end, df2.tokStart) {
			df = df2
		}
	}
	if ok && (df.dateline || df.tokStart-s.tokStart <= 6) && d.thisWeekIn(df.tokEnd, s.tokEnd) {
		// "Brussels, 9 October 2026 – The Secretary-General took part
		// this week in ..., and held a video call with ...": a lead that
		// sums up the week under its dateline dates none of its
		// encounters.
		ok = false
	}
	if ok && d.sinceClause(df.tokStart) {
		ok = false // "on her first visit since assuming office in April"
	}
	if ok && df.tokStart > v.end && d.afterClauseBetween(v.end, df.tokStart) {
		// "The two leaders held talks in Suva, a day after Mr Marape
		// arrived on Monday night": the day of the arrival, not of the
		// talks.
		ok = false
	}
	if ok && df.precision == "month" && df.tokStart > v.end+2 && !isDigitWord(d.toks[df.tokEnd-1].lower) && !v.planned && d.pastVerb(v) && !d.pluperfectAt(v.start) {
		// "X held a telephone conversation with Y, in which they
		// discussed the summit in Madrid in November": a month with no
		// year, well after the verb, is the month of what they
		// discussed; not "had met Y on the margins of the summit in
		// April".
		ok = false
	}
	if ok && df.precision != "day" && prev != nil && prev.date != "" && !prev.planned && prev.precision == "day" && d.dayAfter(si) >= 0 {
		// "On the same day, X held a videoconference with Y ... to
		// prepare the Conference in Geneva in June": the day told, not
		// the month of what they prepare.
		ok = false
	}
	if ok {
		if d.hasPb && df.precision == "day" {
			t, _ := time.Parse("2006-01-02", df.date)
			switch {
			case t.Before(d.pub.AddDate(0, 0, -60)) && !(df.rule == "date-explicit" && s.para == d.sents[0].para && v.kind == mkVisit):
				// History mentioned in passing; a lead that dates the
				// visit the article is about ("The first visit by ...
				// took place on September 15-16, 1991") reports it.
				return nil
			case t.After(d.pub.AddDate(0, 0, 1)):
				m.planned = true // a date to come: announced, not held
			}
		}
		if d.hasPb && df.precision == "month" {
			// "had met Misri briefly on the margins of the summit in
			// April", in an August report: a past encounter in passing.
			if t, err := time.Parse("2006-01", df.date); err == nil && t.AddDate(0, 2, 0).Before(d.pub) {
				return nil
			}
		}
		if !(d.hasPb && df.precision == "year") { // "commenced in 2020" dates no meeting
			m.date, m.precision, m.datelined = df.date, df.precision, df.dateline
			m.weekday = df.rule == "date-weekday"
		}
	} else if n := d.dayAfter(si); n >= 0 && prev != nil && prev.date != "" && !prev.planned && (n == 0 || prev.precision == "day") {
		// "On the same day, X also received Y": the day of the meeting
		// just told; "The next day, X met Y": the day after it.
		m.date, m.precision = prev.date, prev.precision
		if n > 0 {
			t, _ := time.Parse("2006-01-02", prev.date)
			m.date = t.AddDate(0, 0, n).Format("2006-01-02")
		}
	} else if d.dayBefore(si) && prev != nil && prev.date != "" && !prev.planned && prev.precision == "day" {
		// "The day before, president Arévalo held a video conference
		// with X": the day before the meeting just told.
		t, _ := time.Parse("2006-01-02", prev.date)
		m.date, m.precision = t.AddDate(0, 0, -1).Format("2006-01-02"), "day"
	} else if n := d.cameDaysAfter(si, v); n > 0 && prev != nil && prev.date != "" && !prev.planned && prev.precision == "day" {
		// "The conversation came a day after Cho met with X in
		// Washington": n days before the encounter just told.
		t, _ := time.Parse("2006-01-02", prev.date)
		m.date, m.precision = t.AddDate(0, 0, -n).Format("2006-01-02"), "day"
	} else if d.vaguePast(si, v) {
		// "after he attended the summit in Jakarta last week": an
		// earlier encounter the text gives no day for, mentioned in
		// passing; the publication date would misdate it.
		return nil
	}
	m.place = d.placeIn(si)
	if m.place == "" && d.hereIn(si) {
		// "BEIJING, Sept. 9 (Xinhua) -- X held talks with Y here on
		// Wednesday": in the dateline's capital, by its gazetteer name.
		if g, ok := d.datelineCapital(); ok {
			m.place = d.addPlace(d.g.Countries[g.e.idx].Capitals[0], g.e.idx, si, "here-dateline")
		} else if g, ok := d.datelineHit(entCity); ok {
			// "NANNING, Sept. 17 (Xinhua) -- ... here on Thursday": a
			// city's dateline, by the city's gazetteer name.
			m.place = d.addCity(g, si, "here-dateline")
		}
	}
	if m.place == "" && m.country < 0 && prev != nil && prev.place != "" && !prev.planned && !m.kinds[mkPhone] && !prev.callOnly() &&
		d.dayAfter(si) == 0 {
		// "On the same day, Mr. Slepnev met with Deputy Minister X": in
		// the place of the meeting just told.
		m.place = prev.place
	}
	for i := s.tokStart; i+2 < s.tokEnd; i++ {
		w := d.toks[i].lower
		if (w == "sidelines" || w == "margins") && d.toks[i+1].lower == "of" {
			m.thirdParty = true
		}
	}
	return m
}

// hereIn reports whether sentence si says "here" of where it happens:
// "held talks with Y here on Wednesday", "met here Monday".
func (d *docState) hereIn(si int) bool {
	s := d.sents[si]
	for i := s.tokStart + 1; i+1 < s.tokEnd; i++ {
		if d.toks[i].lower != "here" || d.toks[i].upper || d.inQuote(i) {
			continue
		}
		n := &d.toks[i+1]
		if _, day := weekdays[n.lower]; day || n.punct == '.' || n.punct == ',' || n.lower == "on" || n.lower == "yesterday" || n.lower == "today" {
			return true
		}
	}
	return false
}

// mentionedOnly reports whether mention pm of a meeting sentence names
// someone who did not take part: the source the sentence is attributed to
// ("..., government spokesman Jirayu said."), or a deceased person ("the
// late Sultan Abdul Halim").
func (d *docState) mentionedOnly(pm pmention, v meetingVerb) bool {
	if d.deceased(pm.start) || d.greetingsOf(pm.start) {
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
		if t.upper || honorifics.at(t.wid) || d.isTitleTok(k) || t.lower == "government" || t.lower == "the" {
			continue
		}
		return false
	}
	return false
}

// spokesperson reports whether person pi speaks for another: a
// spokesperson's or a press secretary's post.
func (d *docState) spokesperson(pi int) bool {
	for _, pos := range d.persons[pi].positions {
		t := strings.ToLower(pos.title)
		if strings.Contains(t, "spokes") || strings.Contains(t, "press secretary") {
			return true
		}
	}
	return false
}

// greetingWords name what is conveyed from someone absent: "conveyed the
// greetings of Prime Minister X", "handed over a message from X".
var greetingWords = wordSet(`greetings greeting regards wishes message letter invitation`)

// greetingsOf reports whether the mention at token i, or the title and
// honorifics just before its name, follows "<greetings> of|from".
func (d *docState) greetingsOf(i int) bool { return d.greetingWord(i) >= 0 }

// greetingWord returns where the greetings word of greetingsOf is, or -1.
func (d *docState) greetingWord(i int) int {
	s := d.sents[d.toks[i].sent]
	for k := i - 1; k > s.tokStart && k >= i-6; k-- {
		t := &d.toks[k]
		if (t.lower == "of" || t.lower == "from" || t.lower == "to") && greetingWords.at(d.toks[k-1].wid) {
			// "greetings to President X": X is absent as well.
			return k - 1
		}
		if t.punct == ',' && k >= 2 && (d.toks[k-1].lower == "counterpart" || d.toks[k-1].lower == "brother" || d.toks[k-1].lower == "sister") {
			// "a message from his Mozambican counterpart, Daniel Chapo,",
			// "a written message from his brother, His Excellency Mr. X,"
			k -= 1
			for k > s.tokStart+1 && k > i-10 && (d.toks[k-1].upper || possessivePronouns.at(d.toks[k-1].wid)) {
				k--
			}
			continue
		}
		if !t.isWord() || !(t.upper || honorifics.at(t.wid) || d.isTitleTok(k) || t.lower == "the") {
			return -1
		}
	}
	return -1
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
		if !t.isWord() || (!t.upper && !honorifics.at(t.wid) && !d.isTitleTok(k)) {
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
	for n := 0; n < 3 && k < end && visitAdjectives.at(d.toks[k].wid); n++ {
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

// delegation adds to m the persons who accompany one of its attendees:
// "Mr. Baker arrived in Alma-Ata ..., accompanied by US Ambassador ...
// Robert Strauss, State Department Director ... Dennis Ross, ...".
func (d *docState) delegation(si int, m *meeting) {
	s := d.sents[si]
	if m.planned {
		return
	}
	subj, from := d.accompaniedIn(si, false)
	if subj < 0 || !m.attends(subj) {
		return
	}
	ev := d.ev(si, "meeting-delegation")
	for _, pm := range d.mentionsIn(from, s.tokEnd) {
		// Not "..., and delivered a message from President X": X sent
		// it.
		if pm.kind != mkPronoun && !d.inQuote(pm.start) && !d.greetingsOf(pm.start) {
			m.addAttendee(pm.person, ev)
		}
	}
	m.ev = addEv(m.ev, ev)
}

// delegationThroughout adds to each meeting of ms that the subject of
// sentence si attends the persons who accompanied the subject throughout
// the visit: "Minister Balakrishnan was accompanied throughout the visit
// by High Commissioner-designate Ms Teo Hui Min".
func (d *docState) delegationThroughout(si int, ms []*meeting) {
	s := d.sents[si]
	subj := d.subject[si]
	if subj < 0 {
		return
	}
	for i := s.tokStart + 1; i+2 < s.tokEnd; i++ {
		if d.toks[i].lower != "accompanied" || d.toks[i+1].lower != "throughout" || d.inQuote(i) {
			continue
		}
		by := -1
		for k := i + 2; k < s.tokEnd && k <= i+6; k++ {
			if d.toks[k].lower == "by" {
				by = k
				break
			}
		}
		if by < 0 {
			return
		}
		ev := d.ev(si, "meeting-delegation")
		for _, m := range ms {
			if m.planned || !m.attends(subj) {
				continue
			}
			for _, pm := range d.mentionsIn(by+1, s.tokEnd) {
				if pm.kind != mkPronoun && !d.inQuote(pm.start) {
					m.addAttendee(pm.person, ev)
				}
			}
			m.ev = addEv(m.ev, ev)
		}
		return
	}
}

// accompaniedIn finds in sentence si the person others accompany and the
// token where those others begin: "X ... accompanied by A and B" (with
// passive, "X was accompanied by", only) or "Accompanying X were A and
// B". It returns -1 when the sentence tells neither.
func (d *docState) accompaniedIn(si int, passive bool) (int, int) {
	s := d.sents[si]
	if d.toks[s.tokStart].lower == "accompanying" && !d.inQuote(s.tokStart) {
		// "Accompanying the Ecuadorian minister were the Vice Minister
		// ..., A, and ..., B."
		ms := d.mentionsIn(s.tokStart+1, min(s.tokEnd, s.tokStart+8))
		if len(ms) == 0 || ms[0].kind == mkPronoun {
			return -1, 0
		}
		if k := ms[0].end; k+1 < s.tokEnd && (d.toks[k].lower == "were" || d.toks[k].lower == "was") {
			return ms[0].person, k + 1
		}
		return -1, 0
	}
	subj := d.subject[si]
	if subj < 0 {
		return -1, 0
	}
	for i := s.tokStart + 1; i+1 < s.tokEnd; i++ {
		// "President Ramaphosa was supported by the Minister of ...":
		// supported, only after "was", as a delegation's verb.
		was := d.toks[i-1].lower == "was" || d.toks[i-1].lower == "is"
		if d.toks[i].lower != "accompanied" && (d.toks[i].lower != "supported" || !was) || d.toks[i+1].lower != "by" || d.inQuote(i) ||
			passive && !was {
			continue
		}
		return subj, i + 2
	}
	return -1, 0
}

// delegationMembers adds to m the persons a sentence names as members or
// head of a delegation: "The Kenyan delegation included X, ...", "The
// Jordanian delegation was led by Y". A delegation that will be led is a
// plan, not matched.
func (d *docState) delegationMembers(si int, m *meeting) {
	s := d.sents[si]
	if m.planned {
		return
	}
	if d.delegationHeads(si, m) {
		return
	}
	k := s.tokStart
	isSide := func(k int) bool {
		// "The Lao side", "the Russian side": a country's side; "The
		// ASEAN side": an organisation's.
		return d.toks[k].lower == "side" && k > s.tokStart && d.gzAt[k-1] >= 0 && (d.gz[d.gzAt[k-1]].e.kind == entCountry || d.gz[d.gzAt[k-1]].e.kind == entOrg)
	}
	isDelegation := func(k int) bool { return d.toks[k].lower == "delegation" || d.toks[k].lower == "delegations" }
	for ; k < s.tokEnd && k < s.tokStart+5 && !isDelegation(k) && !isSide(k); k++ {
		if !d.toks[k].isWord() && !d.toks[k].isHyphen() && d.toks[k].lower != "'" {
			return
		}
	}
	if k+2 >= s.tokEnd || (!isDelegation(k) && !isSide(k)) || d.inQuote(k) {
		return
	}
	k++
	// "The Russian delegation at the expanded talks included ...": the
	// talks it attended may come between.
	if p := d.toks[k].lower; p == "at" || p == "in" || p == "to" || p == "for" {
		for e := k + 1; e < s.tokEnd && e < k+6; e++ {
			if meetNouns.at(d.toks[e].wid) {
				k = e + 1
				break
			}
		}
	}
	if k+2 >= s.tokEnd {
		return
	}
	if d.toks[k].lower == "also" {
		k++ // "The Indian delegation also included"
	}
	n := k + 1 // the word after the verb, past "also": "was also represented by"
	if d.toks[n].lower == "also" && n+2 < s.tokEnd {
		n++
	}
	switch w := d.toks[k].lower; {
	case w == "included" || w == "comprised" || w == "includes" || w == "comprises":
		k++
	case w == "consisted" && d.toks[k+1].lower == "of":
		k += 2
	case w == "was" && k+3 < s.tokEnd && d.toks[k+1].lower == "made" && d.toks[k+2].lower == "up" && d.toks[k+3].lower == "of":
		k += 4 // "The Argentine delegation was made up of ..."
	case (w == "was" || w == "were") && n+1 < s.tokEnd && (d.toks[n].lower == "led" || d.toks[n].lower == "headed" || d.toks[n].lower == "represented" ||
		d.toks[n].lower == "accompanied" || d.toks[n].lower == "joined" || d.toks[n].lower == "completed" || d.toks[n].lower == "assisted") && d.toks[n+1].lower == "by":
		// "The delegation was accompanied by X, Ambassador of ...": X
		// went with it.
		k = n + 2
	case (w == "was" || w == "were") && n+5 < s.tokEnd && d.toks[n].lower == "represented" && d.toks[n+1].punct == ',' &&
		d.toks[n+2].lower == "among" && d.toks[n+3].lower == "others" && d.toks[n+4].punct == ',' && d.toks[n+5].lower == "by":
		k = n + 6 // "The Azerbaijani side was represented, among others, by X"
	default:
		return
	}
	ev := d.ev(si, "meeting-delegation")
	added := false
	for _, pm := range d.mentionsIn(k, s.tokEnd) {
		if pm.kind != mkPronoun && !d.inQuote(pm.start) {
			m.addAttendee(pm.person, ev)
			added = true
		}
	}
	if added {
		m.ev = addEv(m.ev, ev)
	}
}

// sideThenBy returns the token after "by" when "on the <country> side
// by" follows token i ("attended on the Italian side by X"), or 0.
func (d *docState) sideThenBy(i, end int) int {
	if i+1 >= end || d.toks[i].lower != "on" {
		return 0
	}
	if g, ok := d.sideAt(i+1, end, false); ok && g.end+2 < end && d.toks[g.end+1].lower == "by" {
		return g.end + 2
	}
	return 0
}

// otherDayThanTold reports whether m, told next to the lead with no day of
// its own, has the lead's day, and nm the day of publication: "... at the
// fifth session of the Joint Commission held in Colombo yesterday (16).
// The session ... was co-chaired by A and B. ... B called on President C
// this morning" is two encounters.
func (d *docState) otherDayThanTold(m, nm *meeting) bool {
	pub := d.pub.Format("2006-01-02")
	if m.date != "" || nm.date != pub || len(m.paras) == 0 || m.paras[0] > d.sents[0].para+2 {
		return false
	}
	date, precision, found := d.leadDate()
	return found && precision == "day" && date != pub
}

// weekBefore reports whether day a falls within the week up to day b
// (both YYYY-MM-DD).
func weekBefore(a, b string) bool {
	ta, err := time.Parse("2006-01-02", a)
	if err != nil {
		return false
	}
	tb, err := time.Parse("2006-01-02", b)
	return err == nil && !ta.After(tb) && !ta.Before(tb.AddDate(0, 0, -7))
}

// visitsSubjects may come before "visits" the verb: "he visits", "who
// also visits"; another lower-case word before it makes it a noun.
var visitsSubjects = wordSet(`he she it who which that also then now today regularly often later first`)

// roundOf returns the token after "the <ordinal> round|session of" at
// token i, or i.
func (d *docState) roundOf(i, end int) int {
	k := i
	if k < end && d.toks[k].lower == "the" {
		k++
	}
	if k+2 >= end || !(holdOrdinals.at(d.toks[k].wid) || ordinalNumber(d.toks[k].lower)) {
		return i
	}
	if w := d.toks[k+1].lower; (w != "round" && w != "session") || d.toks[k+2].lower != "of" {
		return i
	}
	return k + 3
}

// signedDocuments are what two sides sign.
var signedDocuments = wordSet(`memorandum memoranda mou mous agreement agreements declaration protocol accord treaty contract
roadmap charter convention`)

// signedWith returns the token "with" after "signed" when a document
// follows it ("a memorandum of understanding on digital public
// infrastructure with") and a person after "with", in the same clause, or
// 0.
func (d *docState) signedWith(i, end int) int {
	doc := false
	for k := i; k < end && k < i+20; k++ {
		t := &d.toks[k]
		if d.inQuote(k) || t.punct == ';' || t.punct == ':' || t.punct == '(' {
			return 0
		}
		if k < i+3 && signedDocuments.at(t.wid) {
			doc = true
		}
		if t.lower == "with" {
			if doc && d.personOrGroupAfter(k+1, end) {
				return k
			}
			return 0
		}
	}
	return 0
}

// signedWhen may open the adjunct after "was signed": "was signed today in
// Cairo by"; not "signed remotely (separately) by", where none met.
var signedWhen = wordSet(`today yesterday here jointly`)

// anAudienceAt returns the token after "an audience" or "a farewell
// audience" (one lower-case word before the noun) at token i, or 0.
func (d *docState) anAudienceAt(i, end int) int {
	if i+1 >= end || d.toks[i].lower != "an" && d.toks[i].lower != "a" {
		return 0
	}
	if d.toks[i+1].lower == "audience" {
		return i + 2
	}
	if i+2 < end && d.toks[i+2].lower == "audience" && d.toks[i+1].isWord() && !d.toks[i+1].upper {
		return i + 3
	}
	return 0
}

// datesOtherDay reports whether sentence si dates a day other than
// meeting m's.
func (d *docState) datesOtherDay(si int, m *meeting) bool {
	s := d.sents[si]
	df, found := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb)
	return found && df.precision == "day" && m.date != "" && df.date != m.date
}

// withAfterDay reports whether "with" is at token k, or after the day
// ("held a videoconference on Monday with X", "on 12 May with").
func (d *docState) withAfterDay(k, end int) bool {
	if k < end && d.toks[k].lower == "on" {
		for x := k + 1; x < end && x <= k+4; x++ {
			if d.toks[x].lower == "with" {
				_, dated := findDate(d.text, d.toks, k, x, d.pub, d.hasPb)
				return dated
			}
		}
	}
	return k < end && d.toks[k].lower == "with"
}

// byAfterAdjunct returns the "by" at token i, or after an adjunct of time
// and place with no comma or verb in it ("on Wednesday in the New
// Administrative Capital by"), or 0.
func (d *docState) byAfterAdjunct(i, end int) int {
	for k := i; k < end && k < i+14; k++ {
		t := &d.toks[k]
		if t.lower == "by" {
			return k
		}
		if t.punct == ',' && k > i && k+1 < end && (d.toks[k+1].upper || d.toks[k+1].lower == "by") {
			continue // "at the Ministry of Finance in Tashichho Dzong, Thimphu, by"
		}
		// "signed on behalf of the Arab Fund by X, ..., and on behalf of
		// the Government of Jordan by Y"
		behalf := t.lower == "behalf" && k > i && d.toks[k-1].lower == "on" && k+1 < end && d.toks[k+1].lower == "of"
		if !t.isWord() || len(d.mentionsIn(k, k+1)) > 0 || !t.upper && !placePreps.at(t.wid) && t.lower != "on" && t.lower != "the" && t.lower != "of" && !isDigitWord(t.lower) &&
			!(k == i && signedWhen.at(t.wid)) && !behalf {
			return 0
		}
	}
	return 0
}

// joinParticiples, in "The meeting was attended by X", join X to the
// meeting just told: "led" only with the meeting as subject or on one
// side ("was led on the Moroccan side by X").
var joinParticiples = wordSet(`attended joined chaired witnessed led`)

// asideThenBy matches ", <aside>, by" at token i ("attended, on the
// Chilean side, by", "attended, on the Organization's side, by"), and
// returns the token after "by", or 0.
func (d *docState) asideThenBy(i, end int) int {
	if i >= end || d.toks[i].punct != ',' {
		return 0
	}
	for k := i + 1; k+1 < end && k <= i+8; k++ {
		if d.toks[k].punct == ',' {
			if d.toks[k+1].lower == "by" {
				return k + 2
			}
			return 0
		}
	}
	return 0
}

// theTwoAfterAdjunct returns where "the two <noun>" starts when it is
// the subject before the meeting verb at b after an opening phrase of time
// set off by a comma ("On 25 February 2026, the two Foreign Ministers
// held"), or -1.
func (d *docState) theTwoAfterAdjunct(a, b int) int {
	if a+2 < b && isDigitWord(d.toks[a].lower) && d.toks[a+1].punct == '.' {
		a += 2 // a numbered paragraph: "1. On 25 February, ..."
	}
	for x := b - 3; x >= b-4 && x > a+1; x-- {
		if d.toks[x].lower == "the" && d.toks[x+1].lower == "two" && d.toks[x-1].punct == ',' &&
			(adjunctOpeners.at(d.toks[a].wid) || d.toks[a].lower == "following" || d.toks[a].lower == "after") {
			for k := x + 2; k < b; k++ {
				if !d.toks[k].isWord() {
					return -1
				}
			}
			return x
		}
	}
	return -1
}

// participleSubject reports whether tokens from i name a person within a
// few words, then a comma and another person: an opening participle's
// object and the sentence's subject.
func (d *docState) participleSubject(i, end int) bool {
	ms := d.mentionsIn(i, end)
	if len(ms) < 2 || ms[0].kind == mkPronoun || ms[0].start > i+6 || ms[0].end >= end || d.toks[ms[0].end].punct != ',' {
		return false
	}
	for k := i; k < ms[0].start; k++ {
		if !d.toks[k].isWord() && d.toks[k].lower != "'" {
			return false // "Meeting reporters, X, joined by Y, said"
		}
	}
	return ms[1].start <= ms[0].end+3 && ms[1].kind != mkPronoun
}

// theTwoAfter reports whether tokens [a, end) hold ", the two" and a
// plural noun of people, outside quotations: the clause's subject after
// an opening adjunct ("At the meeting with Y, the two ministers noted").
func (d *docState) theTwoAfter(a, end int) bool {
	for k := a; k+3 < end; k++ {
		if d.toks[k].punct == ',' && d.toks[k+1].lower == "the" && d.toks[k+2].lower == "two" && !d.inQuote(k) {
			switch d.toks[k+3].lower {
			case "ministers", "leaders", "sides", "officials", "presidents", "heads", "secretaries", "delegations", "parties":
				return true
			}
		}
	}
	return false
}

// theTwoNamed returns the two persons "the two" in sentence si refers to:
// the two a sentence among the back ones before si names, the nearest with
// names, in si's paragraph or the one before. Two of one side are not
// "the two": "Y was accompanied by Deputy Minister Z" gives way to the
// sentence before it. With strict, the sentences count names only, and
// the two must be the principals of a sentence telling the visit or
// meeting, or serve different countries.
func (d *docState) theTwoNamed(si, back int, strict bool) []int {
	s := d.sents[si]
	for k := si - 1; k >= 0 && k >= si-back && d.sents[k].para+1 >= s.para; k-- {
		ps := d.namedIn(k)
		if strict {
			// By name only: "This was the first visit by a Foreign
			// Minister of Chile" names no one new.
			ps = nil
			for _, pm := range d.mentionsIn(d.sents[k].tokStart, d.sents[k].tokEnd) {
				if pm.kind == mkName && !d.inQuote(pm.start) && !slices.Contains(ps, pm.person) {
					ps = append(ps, pm.person)
				}
			}
		}
		if len(ps) == 0 {
			continue
		}
		if len(ps) != 2 {
			return nil
		}
		c0, c1 := d.personCountry(ps[0]), d.personCountry(ps[1])
		if c0 >= 0 && c0 == c1 || d.accompanies(k) {
			continue // one side
		}
		if _, told := d.findMeetingVerb(k); !strict || told || c0 >= 0 && c1 >= 0 {
			return ps
		}
	}
	return nil
}

// accompanies reports whether sentence si tells of someone accompanying
// another ("X was accompanied by Y"), two of one side.
func (d *docState) accompanies(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		if w := d.toks[i].lower; (w == "accompanied" || w == "accompanying") && !d.inQuote(i) {
			return true
		}
	}
	return false
}

// twoSigners reports whether the words before token i, the verb
// "signed", are two persons joined by "and" as its subject: "A and his
// counterpart, B, signed".
func (d *docState) twoSigners(i int) bool {
	if d.inQuote(i) {
		return false
	}
	var ms []pmention
	for _, pm := range d.mentionsIn(d.sents[d.toks[i].sent].tokStart, i) {
		if pm.kind != mkPronoun {
			ms = append(ms, pm)
		}
	}
	if len(ms) != 2 || ms[0].person == ms[1].person {
		return false
	}
	last := ms[1].end
	if last < i && d.toks[last].punct == ',' {
		last++
	}
	if last < i && i-last <= 5 && (d.toks[last].lower == "on" || d.toks[last].lower == "today" || d.toks[last].lower == "yesterday") {
		if _, dated := findDate(d.text, d.toks, last, i, d.pub, d.hasPb); dated {
			last = i // "A and B on Wednesday signed"
		}
	}
	if last != i {
		return false
	}
	for k := ms[0].end; k < ms[1].start; k++ {
		if d.toks[k].lower == "and" {
			return true
		}
	}
	return false
}

// theTwo reports whether the words [a, b) before a meeting verb are "The
// two" or "The two <noun>" ("The two ministers", "The two sides").
func (d *docState) theTwo(a, b int) bool {
	return b-a >= 2 && b-a <= 3 && d.toks[a].lower == "the" && d.toks[a+1].lower == "two"
}

// namedIn returns the persons sentence si names, outside quotations, in
// order.
func (d *docState) namedIn(si int) []int {
	var ps []int
	s := d.sents[si]
	for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
		if pm.kind != mkPronoun && !d.inQuote(pm.start) && !slices.Contains(ps, pm.person) {
			ps = append(ps, pm.person)
		}
	}
	return ps
}

// namedMeetingAt matches the name of a meeting at token i, "the Fourth
// Philippines–Mongolia Bilateral Consultations Meeting": "the" and
// capitalised words, ordinals or dashes, up to a capitalised meeting noun.
// It returns the token after the noun, or 0.
func (d *docState) namedMeetingAt(i, end int) int {
	if i >= end || d.toks[i].lower != "the" {
		return 0
	}
	for k := i + 1; k < end && k <= i+16; k++ {
		t := &d.toks[k]
		switch {
		case t.isWord() && t.upper && (meetNouns.at(t.wid) || namedMeetingHeads.at(t.wid)):
			return k + 1
		case t.isWord() && (t.upper || isDigitWord(t.lower)) || t.isHyphen() || isDash(t.punct):
		case t.punct == ',' && k+1 < end && d.toks[k-1].upper && (d.toks[k+1].upper || d.toks[k+1].lower == "and"),
			t.lower == "and" && k+1 < end && (d.toks[k-1].upper || d.toks[k-1].punct == ',') && d.toks[k+1].upper:
			// "the ninth U.S.-Vietnam Political, Security, and Defense
			// Dialogue": domains listed in the name.
		case t.lower == "'" && d.toks[k-1].isWord() && d.toks[k-1].upper:
			// "the China-Kazakhstan Foreign Ministers' Strategic Dialogue"
		case t.punct == '.' && len(d.toks[k-1].lower) == 1 && d.toks[k-1].upper && t.start == d.toks[k-1].end:
			// "the U.S.-Mongolia Strategic Partnership Dialogue"
		case k == i+1 && t.isWord() && (holdOrdinals.at(t.wid) || ordinalNumber(t.lower)):
			// "the seventh U.S.-Mongolia Strategic Partnership Dialogue"
		default:
			return 0
		}
	}
	return 0
}

// delegationHeads adds to m the persons a sentence names as leading a
// country's delegation: "X led the Philippine delegation, while Y headed
// the Mongolian delegation". It reports whether it added anyone.
func (d *docState) delegationHeads(si int, m *meeting) bool {
	s := d.sents[si]
	if d.plannedSentence(si) {
		return false
	}
	added := false
	for i := s.tokStart + 1; i+2 < s.tokEnd; i++ {
		if w := d.toks[i].lower; (w != "led" && w != "headed") || d.inQuote(i) {
			continue
		}
		k := i + 1
		if d.toks[k].lower == "the" || d.toks[k].lower == "a" || d.toks[k].lower == "his" || d.toks[k].lower == "her" {
			k++
		}
		g, ok := d.gzOf(k)
		if !ok || g.start != k || g.e.kind != entCountry || g.end >= s.tokEnd || d.toks[g.end].lower != "delegation" {
			continue
		}
		for _, pm := range d.mentionsIn(max(s.tokStart, i-8), i) {
			if pm.end == i && pm.kind != mkPronoun {
				m.addAttendee(pm.person, d.ev(si, "meeting-delegation"))
				added = true
			}
		}
	}
	if added {
		m.ev = addEv(m.ev, d.ev(si, "meeting-delegation"))
	}
	return added
}

// signedInPresence adds to m the persons who sign a document in the
// presence of its attendees: "In the presence of the two Ministers, A and B
// signed the agreement."
func (d *docState) signedInPresence(si int, m *meeting) {
	s := d.sents[si]
	if m.planned {
		return
	}
	at, signed := -1, false
	for i := s.tokStart; i+3 < s.tokEnd; i++ {
		if d.inQuote(i) {
			continue
		}
		w := d.toks[i].lower
		if w == "presence" && d.toks[i+1].lower == "of" && at < 0 {
			at = i + 2
		}
		if w == "signed" || w == "exchanged" {
			signed = true
		}
	}
	if at < 0 || !signed {
		return
	}
	present := d.twoPrincipals(at, min(s.tokEnd, at+4)) || (d.toks[at].lower == "the" && d.toks[at+1].lower == "two")
	for _, pm := range d.mentionsIn(at, min(s.tokEnd, at+8)) {
		for _, a := range m.attendees {
			present = present || a.person == pm.person
		}
	}
	if !present {
		return
	}
	ev := d.ev(si, "meeting-signing")
	for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
		if pm.kind == mkName && !d.inQuote(pm.start) {
			m.addAttendee(pm.person, ev)
		}
	}
	m.ev = addEv(m.ev, ev)
}

// otherYearIn reports whether sentence si names a year other than the
// year of publication: "The treaty was signed by A and B in 1992" tells of
// the past.
func (d *docState) otherYearIn(si int) bool {
	if d.otherYear == nil {
		d.otherYear = make([]int8, len(d.sents))
	}
	if d.otherYear[si] == 0 {
		d.otherYear[si] = 1
		s := d.sents[si]
		for k := s.tokStart; k < s.tokEnd && d.hasPb; k++ {
			w := d.toks[k].lower
			if len(w) != 4 || !isDigitWord(w) || (w[:2] != "19" && w[:2] != "20") || w == d.pub.Format("2006") {
				continue
			}
			if k+1 < s.tokEnd && d.toks[k+1].isWord() && !d.toks[k+1].upper && !hardStop.at(d.toks[k+1].wid) {
				continue // "1500 delegates": a number, not a year ("in 1995 in Lima" is one)
			}
			d.otherYear[si] = 2
			break
		}
	}
	return d.otherYear[si] == 2
}

// personOrGroupSubject reports whether a person or a group is named in
// the clause of token v before it, a dozen tokens at most (the subject of
// a passive verb at v): "Dr Balkhy was received", "the delegation was
// received"; not "The letter was received", nor "President Ruto said the
// letter was received".
func (d *docState) personOrGroupSubject(v int) bool {
	s := d.sents[d.toks[v].sent]
	if v-1 > s.tokStart && d.toks[v-1].punct == ',' {
		// "The Executive President of CAF, Sergio Díaz-Granados, was
		// received by": a name set off by commas ends the subject.
		for _, m := range d.mentionsIn(s.tokStart, v-1) {
			if m.end == v-1 && m.kind != mkPronoun && !d.inQuote(m.start) {
				return true
			}
		}
	}
	a := v
	for a > s.tokStart && v-a < 12 {
		t := &d.toks[a-1]
		if t.punct == ',' || t.punct == ';' || t.lower == "that" || speechVerbs.at(t.wid) {
			break // "President Ruto said the letter was received by": the clause's own subject
		}
		a--
	}
	for _, m := range d.mentionsIn(a, v) {
		if !d.inQuote(m.start) {
			return true
		}
	}
	for k := a; k < v; k++ {
		if groupNouns.at(d.toks[k].wid) || d.toks[k].lower == "who" {
			return true // "Xi, who was welcomed in Paris by ..."
		}
	}
	return len(d.titleGroupIn(a, v)) > 0 // "the National Coordinators were received by"
}

// pairVerbs tell, after two people joined by "and", what they did
// together: "A and B discussed ...", "A and his counterpart B yesterday
// agreed to ...".
var pairVerbs = wordSet(`discussed agreed reviewed exchanged`)

// pairLookback is how many tokens before its sentence pairSubject reads
// for an encounter of the two told already: a text of the genre tells it
// within a few paragraphs, and a megabyte of pairs must not read all
// that comes before each.
const pairLookback = 3000

// pairSubject reports whether the verb at token v follows right after
// two people named and joined by "and", the first of them opening its
// clause or following a day set off by a comma or a dateline: "A and
// Title B discussed", "On Tuesday, A and B discussed".
func (d *docState) pairSubject(v int) bool {
	s := d.sents[d.toks[v].sent]
	ms := d.mentionsIn(s.tokStart, v)
	if len(ms) < 2 {
		return false
	}
	b, a := ms[len(ms)-1], ms[len(ms)-2]
	end := v
	if end-1 > b.end-1 && (d.toks[end-1].lower == "yesterday" || d.toks[end-1].lower == "today") {
		end-- // "A and B yesterday agreed"
	}
	if b.end != end || a.person == b.person || a.kind != mkName || b.kind != mkName || d.inQuote(a.start) || a.end >= b.start ||
		d.toks[a.end].lower != "and" {
		return false
	}
	for k := a.end + 1; k < b.start; k++ {
		if t := &d.toks[k]; t.punct == ',' || t.isWord() && !t.upper && !particles.at(t.wid) && t.lower != "of" && t.lower != "the" && t.lower != "s" && t.lower != "for" && t.lower != "and" &&
			!(t.lower == "counterpart" || possessivePronouns.at(t.wid)) { // "A and his Papua New Guinea counterpart B"
			return false // only the second one's title between them
		}
	}
	for k := a.start - 1; k >= s.tokStart; k-- {
		t := &d.toks[k]
		if t.isHyphen() || isDash(t.punct) {
			break // "NAIROBI, 3 March - A and B discussed": the dateline ends there
		}
		if t.punct == ',' || t.isWord() && !t.upper && !particles.at(t.wid) && t.lower != "of" && t.lower != "the" && t.lower != "s" && t.lower != "for" {
			// "On Tuesday, A and B", "Yesterday, A and B": a day set
			// off before the two.
			if p := k - 1; t.punct == ',' && p >= s.tokStart && d.toks[p].isWord() && (!d.toks[p].upper || weekdayOrMonth(d.toks[p].lower)) {
				break
			}
			return false
		}
	}
	// Not "Deputy Secretary Landau spoke with Secretary Lazaro ...
	// Deputy Secretary Landau and Secretary Lazaro discussed": an
	// encounter of the two that the text has told goes on.
	sent, first := -1, -1 // the sentence of the last mention of either, and whose it was
	for _, m := range d.mentionsIn(max(0, s.tokStart-pairLookback), s.tokStart) {
		if m.person != a.person && m.person != b.person {
			continue
		}
		if d.toks[m.start].sent == sent && m.person != first {
			return false
		}
		sent, first = d.toks[m.start].sent, m.person
	}
	return true
}

// signatoriesAfter reports whether tokens [a, end) name two people or more,
// outside quotations: the signatories of a document.
func (d *docState) signatoriesAfter(a, end int) bool {
	first := -1
	for _, m := range d.mentionsIn(a, min(end, a+40)) {
		if m.kind == mkName && !d.inQuote(m.start) {
			if first >= 0 && m.person != first {
				return true
			}
			first = m.person
		}
	}
	return false
}

// twoPrincipals reports whether tokens [a, b) open with "the two
// leaders", "the two heads of state", "the two presidents".
func (d *docState) twoPrincipals(a, b int) bool {
	if b-a < 3 || d.toks[a].lower != "the" || d.toks[a+1].lower != "two" {
		return false
	}
	switch d.toks[a+2].lower {
	case "leaders", "heads", "presidents", "premiers", "monarchs":
		return true
	}
	return false
}

// recalledBefore reports whether the words of token i's sentence before
// it recall a past event: "recalled that", "recalling", "was the result
// of", or a past perfect ("had been", "had met").
func (d *docState) recalledBefore(i int) bool {
	s := d.sents[d.toks[i].sent]
	for k := s.tokStart; k < i; k++ {
		switch d.toks[k].lower {
		case "recalled", "recalling", "recalls", "recall", "remembered", "recollected":
			return true
		case "result", "outcome", "fruit":
			if d.toks[k+1].lower == "of" {
				return true
			}
		case "had":
			if n := d.toks[k+1].lower; k+1 < i && (strings.HasSuffix(n, "ed") || n == "been" || n == "met" || n == "held") {
				return true
			}
		}
	}
	return false
}

// pastInPassing reports whether sentence si dates its events in the
// past, as history mentioned in passing: an earlier year alone, a day
// more than sixty days or a month more than two months before
// publication, or a vague past period ("last week").
func (d *docState) pastInPassing(si int, v meetingVerb) bool {
	s := d.sents[si]
	if df, ok := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb); ok && d.hasPb {
		switch df.precision {
		case "year":
			if t, err := time.Parse("2006", df.date); err == nil && t.Year() < d.pub.Year() {
				return true
			}
		case "month":
			if t, err := time.Parse("2006-01", df.date); err == nil && t.AddDate(0, 2, 0).Before(d.pub) {
				return true
			}
			// "President X, who visited Dakar in January": a relative
			// clause recalls a visit of an earlier month.
			if t, err := time.Parse("2006-01", df.date); err == nil && v.start > 0 && d.toks[v.start-1].lower == "who" && t.AddDate(0, 1, 0).Before(d.pub.AddDate(0, 0, 1)) {
				return true
			}
		case "day":
			if t, err := time.Parse("2006-01-02", df.date); err == nil && t.Before(d.pub.AddDate(0, 0, -60)) {
				return true
			}
		}
	}
	return d.vaguePast(si, v)
}

// vaguePast reports whether sentence si places its events in a past
// period with no day: "last week", "last month", "earlier this year", or
// "N years ago" dating the clause of its meeting verb v.
func (d *docState) vaguePast(si int, v meetingVerb) bool {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.inQuote(i) {
			continue
		}
		w, n := d.toks[i].lower, d.toks[i+1].lower
		if (w == "last" || w == "past") && (n == "week" || n == "month" || n == "year") {
			return true
		}
		if _, month := months[n]; w == "last" && month && d.toks[i+1].upper {
			return true // "the summit hosted by President Trump last November"
		}
		if w == "earlier" && n == "this" && i+2 < s.tokEnd && (d.toks[i+2].lower == "month" || d.toks[i+2].lower == "year") {
			return true
		}
		switch n {
		case "years", "months", "decades", "year", "month":
			if i+2 < s.tokEnd && d.toks[i+2].lower == "ago" && d.agoOfVerb(i, i+3, v) {
				return true // "Two years ago, the heads of state met in Xi'an"
			}
		}
	}
	return false
}

// clauseWords open a clause of its own after a meeting verb.
var clauseWords = wordSet(`where when which who whom that since after before as while whereas`)

// agoOfVerb reports whether "N years ago" at [a, b) dates the clause of
// the meeting verb v: it opens the sentence or a clause after a colon
// ("Two years ago, the heads of state met"), comes just before the verb,
// or follows it in its clause ("met in Xi'an two years ago"); not "met in
// Lima, where they had last met a year ago".
func (d *docState) agoOfVerb(a, b int, v meetingVerb) bool {
	s := d.sents[d.toks[a].sent]
	for k := a - 1; k >= a-2 && k >= s.tokStart-1; k-- {
		if k < s.tokStart || d.toks[k].punct == ':' || d.toks[k].punct == ';' {
			return true // "Two years ago, ...", "Spokesperson X: Two years ago, ..."
		}
	}
	if b == v.start || b+1 == v.start && d.toks[b].punct == ',' {
		return true
	}
	if a < v.end {
		return false
	}
	for k := v.end; k < a; k++ {
		if t := &d.toks[k]; clauseWords.at(t.wid) || t.punct == ',' || t.punct == ';' {
			return false
		}
	}
	return true
}

// invitedBy returns the person named after "at the invitation of" in
// sentence si, outside quotations, or -1.
func (d *docState) invitedBy(si int) int {
	s := d.sents[si]
	for i := s.tokStart; i+2 < s.tokEnd; i++ {
		if d.toks[i].lower != "invitation" || d.toks[i+1].lower != "of" || d.inQuote(i) {
			continue
		}
		if ms := d.mentionsIn(i+2, min(s.tokEnd, i+7)); len(ms) > 0 && ms[0].kind != mkPronoun {
			return ms[0].person
		}
	}
	return -1
}

// visitAdjectives qualify a visit.
var visitAdjectives = wordSet(`state official working first maiden two three four five day days week long -day`)

// passiveAgent returns the person after "by" in a passive meeting clause
// ("was received by Xi", "welcomed in Paris by Prime Minister Attal").
func (d *docState) passiveAgent(i, end int) (int, bool) {
	// "received in audience at the Presidency of the Council in Lomé by":
	// a place of a few words may come before "by".
	for k := i; k < end && k < i+14; k++ {
		if d.toks[k].punct == ',' || d.toks[k].punct == ';' {
			return -1, false
		}
		if d.toks[k].lower != "by" {
			continue
		}
		if k > i && (d.toks[k-1].lower == "led" || d.toks[k-1].lower == "headed") {
			// "received a delegation led by X": X leads the guests.
			return -1, false
		}
		if ms := d.mentionsIn(k+1, min(end, k+6)); len(ms) > 0 && ms[0].kind != mkPronoun {
			return ms[0].person, true
		}
		// "by the County Governor of Norrbotten, Ms Kerstin
		// Lindfors-Ekström": a title the gazetteer lacks, then the name
		// set off by a comma.
		// Not a body ("by the Ministry of Foreign Affairs, Mr X"), nor a
		// name that opens the next clause ("..., Mr X said").
		if k+2 < end && d.toks[k+1].lower == "the" && d.toks[k+2].upper && !d.bodyAt(k+2) {
			for c := k + 3; c < end && c < k+10; c++ {
				if d.toks[c].punct == ',' {
					if ms := d.mentionsIn(c+1, min(end, c+4)); len(ms) > 0 && ms[0].kind != mkPronoun && ms[0].start <= c+2 &&
						(ms[0].end >= end || !speechVerbs.at(d.toks[ms[0].end].wid)) {
						return ms[0].person, true
					}
					break
				}
				if !d.toks[c].isWord() || !d.toks[c].upper && d.toks[c].lower != "of" && d.toks[c].lower != "the" {
					break
				}
			}
		}
		return -1, false
	}
	return -1, false
}

// visitedCountry returns the country a meeting sentence says was visited:
// "visited Kazakhstan", "a state visit to China", "arrived in Hanoi", or -1.
func (d *docState) visitedCountry(si int) int {
	return d.visitedCountryFrom(si, d.sents[si].tokStart)
}

// visitedCountryWords are the words visitedCountryFrom reads a visit from.
var visitedCountryWords = wordSet(`visited visits visiting visit trip arrived arrives is was are were`)

// visitedCountryFrom is visitedCountry for the words of sentence si from
// token from on.
func (d *docState) visitedCountryFrom(si, from int) int {
	s := d.sents[si]
	for i := from; i+1 < s.tokEnd; i++ {
		if !visitedCountryWords.at(d.toks[i].wid) {
			continue // the words of the switch below
		}
		k := i + 1
		switch d.toks[i].lower {
		case "visited", "visits", "visiting", "visit", "trip", "arrived", "arrives":
			if d.toks[k].lower == "to" || d.toks[k].lower == "in" {
				k++
			}
		case "is", "was", "are", "were":
			// "who is in Russia on an official visit"
			if d.toks[k].lower != "in" || !d.visitFollows(k+1, s.tokEnd) {
				continue
			}
			k++
		default:
			continue
		}
		if k+1 < s.tokEnd && d.toks[k].lower == "the" {
			k++ // "a working visit to the Republic of Moldova"
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

// atCountrysBody returns the country of the body of a state that "at the"
// names in tokens [a, b) ("at the Department of State"), or -1.
func (d *docState) atCountrysBody(a, b int) int {
	for i := a; i+2 < b; i++ {
		if d.toks[i].lower != "at" || d.toks[i+1].lower != "the" {
			continue
		}
		g, ok := d.gzOf(i + 2)
		if !ok || g.start != i+2 || g.e.kind != entOrg || g.e.idx < 0 {
			continue
		}
		if o := d.g.Organisations[g.e.idx]; o.Country != "" && o.Kind != "media" {
			return d.g.countryIndex(o.Country)
		}
	}
	return -1
}

// foreignGuest reports whether an attendee of m serves a country other
// than c.
func (d *docState) foreignGuest(m *meeting, c int) bool {
	for _, a := range m.attendees {
		if pc := d.personCountry(a.person); pc >= 0 && pc != c {
			return true
		}
	}
	return false
}

// heldOn reports whether sentence si tells, without names, of a meeting
// held on a day of its own: "The second round of consultations between Sri
// Lanka and Cambodia was held in Colombo on 13 May." The delegations that
// follow ("The Sri Lankan delegation was led by ...") name its attendees.
func (d *docState) heldOn(si int, v meetingVerb, prev *meeting) bool {
	if w := d.toks[v.start].lower; w != "held" && w != "took" {
		return false
	}
	s := d.sents[si]
	df, ok := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb)
	return ok && df.precision == "day" && (prev == nil || prev.date != df.date)
}

// countryOpens reports whether the country named at token k opens its
// sentence ("Peru was represented by", "The Netherlands was").
func (d *docState) countryOpens(k int) bool {
	g, ok := d.gzOf(k)
	if !ok || g.e.kind != entCountry {
		return false
	}
	a := d.sents[d.toks[k].sent].tokStart
	return g.start == a || g.start == a+1 && d.toks[a].lower == "the"
}

// theEventWas reports whether the sentence of token i opens with "The
// <meeting noun> was|were" just before it: "The consultations were hosted
// by X", not "The previous round of the talks was hosted by X".
func (d *docState) theEventWas(i int) bool {
	a := d.sents[d.toks[i].sent].tokStart
	return i == a+3 && d.toks[a].lower == "the" && (eventNouns.at(d.toks[a+1].wid) || d.toks[a+1].lower == "audience") &&
		(d.toks[a+2].lower == "was" || d.toks[a+2].lower == "were")
}

// alsoOpens reports whether "Also" opens the sentence just before token i:
// "Also taking part were", "Also attending the talks were".
func (d *docState) alsoOpens(i int) bool {
	return i > 0 && d.toks[i-1].lower == "also" && i-1 == d.sents[d.toks[i].sent].tokStart
}

// inPresenceOf reports whether "in the presence of" comes in tokens
// [a, end), within a few words.
func (d *docState) inPresenceOf(a, end int) bool {
	for k := a; k+3 < end && k < a+16; k++ {
		if d.toks[k].lower != "in" || d.toks[k+1].lower != "the" || d.toks[k+2].lower != "presence" {
			continue
		}
		if d.toks[k+3].lower == "of" {
			return true
		}
		// "in the presence, on the Senegalese side, of X": a side
		// set off by commas before the "of".
		if d.toks[k+3].punct == ',' {
			for n := k + 4; n+1 < end && n < k+10; n++ {
				if d.toks[n].punct == ',' && d.toks[n+1].lower == "of" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// separateMeetings splits meeting nm, told by sentence si with "separately"
// or "separate", into one encounter for each person of the side that names
// several, with the one person of the other side: "X met separately with
// A and with B", "A and B met with X separately". The host of a piece is
// the host of nm, or its own person of the several when nm's host was one
// of them. It returns nil when the sentence does not say so.
func (d *docState) separateMeetings(si int, v meetingVerb, nm *meeting) []*meeting {
	s := d.sents[si]
	if !d.saysSeparate(si, v) || len(nm.attendees) < 3 || len(nm.attendees) > 12 {
		return nil
	}
	var before, after []int
	for _, a := range nm.attendees {
		if a.ev.Start != s.start {
			return nil // joined from elsewhere
		}
	}
	for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
		if d.inQuote(pm.start) || !nm.attends(pm.person) || slices.Contains(before, pm.person) || slices.Contains(after, pm.person) {
			continue
		}
		if pm.start < v.start {
			before = append(before, pm.person)
		} else {
			after = append(after, pm.person)
		}
	}
	one, several := before, after
	if len(before) >= 2 && len(after) == 1 {
		one, several = after, before
	}
	if len(one) != 1 || len(several) < 2 || len(one)+len(several) != len(nm.attendees) {
		return nil
	}
	var parts []*meeting
	for _, o := range several {
		m := *nm
		m.kinds = maps.Clone(nm.kinds)
		m.paras = slices.Clone(nm.paras)
		m.ev = slices.Clone(nm.ev)
		m.attendees = nil
		for _, a := range nm.attendees {
			if a.person == one[0] || a.person == o {
				m.attendees = append(m.attendees, a)
			}
		}
		if slices.Contains(several, nm.host) {
			m.host = o
		}
		parts = append(parts, &m)
	}
	return parts
}

// saysSeparate reports whether sentence si tells the encounter of its verb
// v as a separate one: "separately" next to the verb ("met separately
// with", "met with X separately") or "separate" before a meeting noun
// ("held separate talks", "in a separate bilateral meeting"); not "the
// separate issue of visas".
func (d *docState) saysSeparate(si int, v meetingVerb) bool {
	s := d.sents[si]
	for k := max(s.tokStart, v.start-3); k < s.tokEnd && k <= v.end+6; k++ {
		if d.inQuote(k) {
			continue
		}
		switch d.toks[k].lower {
		case "separately":
			return true
		case "separate":
			for n := k + 1; n < s.tokEnd && n <= k+2; n++ {
				if meetNouns.at(d.toks[n].wid) {
					return true
				}
			}
		}
	}
	return false
}

// relativeBefore reports whether "who" or "which" opens, in tokens [a,
// i), the clause that token i is in: "X met Y, who will travel to Paris
// on Friday" dates Y's travel, not the meeting.
func (d *docState) relativeBefore(a, i int) bool {
	for k := i - 1; k >= a; k-- {
		if w := d.toks[k].lower; w == "who" || w == "which" {
			return true
		}
	}
	return false
}

// inWhoClause reports whether token i lies in a relative clause set off by
// commas (", who ...,") that closes before token v.
func (d *docState) inWhoClause(i, v int) bool {
	open := -1
	for k := i - 1; k >= 1 && k >= i-30 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.toks[k].punct == ',' {
			return false
		}
		if (d.toks[k].lower == "who" || d.toks[k].lower == "which") && d.toks[k-1].punct == ',' {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := i + 1; k < v; k++ {
		if d.toks[k].punct == ',' {
			return true
		}
	}
	return false
}

// subheading reports whether sentence si is a subheading: a paragraph of
// one short line, after the first paragraph and before another, that does
// not end as a sentence does.
func (d *docState) subheading(si int) bool {
	s := d.sents[si]
	if s.para == d.sents[0].para || si+1 >= len(d.sents) || d.sents[si+1].para == s.para || (si > 0 && d.sents[si-1].para == s.para) ||
		s.tokEnd-s.tokStart > 16 || !d.toks[s.tokStart].newlineBefore {
		return false
	}
	last := s.tokEnd - 1
	for last > s.tokStart && d.toks[last].punct == '*' {
		last-- // "**...**"
	}
	switch d.toks[last].punct {
	case '.', '!', '?', ':', '"', '”', ')':
		return false
	}
	for k := s.tokStart; k < s.tokEnd; k++ {
		if d.toks[k].newlineBefore && k > s.tokStart {
			return false // more than one line
		}
	}
	return true
}

// thisWeekIn reports whether "this week" is written in tokens [a, b),
// outside quotations.
func (d *docState) thisWeekIn(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if d.toks[k].lower == "this" && d.toks[k+1].lower == "week" && !d.inQuote(k) {
			return true
		}
	}
	return false
}

// sinceClause reports whether the date at token i is in a clause opened
// by "since", which dates something before the event.
func (d *docState) sinceClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if d.toks[k].punct != 0 {
			return false
		}
		if d.toks[k].lower == "since" {
			return true
		}
	}
	return false
}

// visitFollows reports whether the place at token i is followed by "on
// a|an|his|her [official|state|...] visit" or by "for" and a meeting (the
// purpose of the stay).
func (d *docState) visitFollows(i, end int) bool {
	g, ok := d.gzOf(i)
	if !ok || g.start != i {
		return false
	}
	k := g.end
	if k+1 < end && d.toks[k].lower == "for" {
		// "who is in China for the 4th meeting of ...", not "was in
		// Japan for two decades".
		for x := k + 1; x < end && x <= k+4; x++ {
			if eventNouns.at(d.toks[x].wid) || d.toks[x].lower == "visit" || d.toks[x].lower == "talks" {
				return true
			}
		}
		return false
	}
	if k+2 >= end || d.toks[k].lower != "on" {
		return false
	}
	k += 2 // "on a", "on his"
	for n := 0; n < 3 && k < end && visitAdjectives.at(d.toks[k].wid); n++ {
		k++
	}
	return k < end && d.toks[k].lower == "visit"
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
		if d.toks[k].lower == "by" {
			return false // "signed on behalf of the Fund by X": X signs
		}
		if d.toks[k].lower == "behalf" {
			return true
		}
		// "who stood in for Prime Minister X", "instead of X": the
		// one replaced is absent.
		if k+1 < i && ((d.toks[k].lower == "in" && d.toks[k+1].lower == "for" && k > start &&
			(d.toks[k-1].lower == "stood" || d.toks[k-1].lower == "stands" || d.toks[k-1].lower == "standing")) ||
			(d.toks[k].lower == "instead" && d.toks[k+1].lower == "of")) {
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
		if groupNouns.at(t.wid) {
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
	if p := d.placeInCity(si); p != "" {
		return p
	}
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.toks[i].lower != "at" || d.inQuote(i) || d.asideBefore(i, s.tokStart) {
			continue
		}
		// "at the White House", "at the Great Hall of the People": a seat
		// of government the gazetteer places in its country, when no city
		// is named.
		k := i + 1
		if d.toks[k].lower == "the" && k+1 < s.tokEnd {
			k++
		}
		if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entCity {
			if e := g.end; e < s.tokEnd && (d.toks[e].lower == "last" || d.toks[e].lower == "earlier" || d.toks[e].lower == "previously") {
				continue // "their talks at the White House last year"
			}
			return d.addCity(g, si, "at-place")
		}
	}
	return ""
}

// asideBefore reports whether the phrase at token i sits in an aside of
// its own: a participle or a preposition of time just before it
// ("speaking at the Kremlin", "after a press conference at the White
// House").
func (d *docState) asideBefore(i, from int) bool {
	for k := i - 1; k >= from && k >= i-4; k-- {
		w := d.toks[k].lower
		if d.toks[k].punct == ',' {
			return false
		}
		if w == "after" || w == "before" || w == "since" || w == "during" || w == "following" ||
			d.toks[k].isWord() && !d.toks[k].upper && len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

// placeInCity is placeIn for "in <city>".
func (d *docState) placeInCity(si int) string {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.toks[i].lower != "in" || d.inQuote(i) {
			continue
		}
		k := i + 1
		if k+1 < s.tokEnd && d.toks[k].lower == "the" && (d.toks[k+1].lower == "capital" || d.toks[k+1].lower == "city") {
			// "in the capital Phnom Penh", "in the city of Kunming"
			k += 2
			if k < s.tokEnd && d.toks[k].lower == "of" {
				k++
			}
		}
		compass := false
		if k+1 < s.tokEnd && compassWords.at(d.toks[k].wid) && !d.toks[k].upper {
			k++ // "in north China's Tianjin"
			compass = true
		}
		if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entCountry && g.end+2 < s.tokEnd && d.toks[g.end].lower == "'" && d.toks[g.end+1].lower == "s" {
			// "in north China's Tianjin": a city the gazetteer does not
			// know, in the country named before it.
			c := g.end + 2
			if g2, ok := d.gzOf(c); ok && g2.start == c && g2.e.kind == entCity {
				return d.addCity(g2, si, "in-place")
			}
			e := c
			for e < s.tokEnd && e-c < 3 && d.toks[e].isWord() && d.toks[e].upper && d.gzAt[e] < 0 && !hardStop.at(d.toks[e].wid) && len(d.mentionsIn(e, e+1)) == 0 {
				e++
			}
			if e > c && e < s.tokEnd && d.toks[e].upper && regionWords.at(d.toks[e].wid) {
				e++ // "in east China's Zhejiang Province"
			}
			// Only after a compass word: "cooperation in Ghana's Oil and
			// Gas sector" names no place.
			if compass && e > c && (e == s.tokEnd || !d.toks[e].isWord() || !d.toks[e].upper) {
				return d.addPlace(d.phrase(c, e), g.e.idx, si, "in-place")
			}
		}
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
		if !t.isWord() || !t.upper || hardStop.at(t.wid) || softStop.at(t.wid) || len(d.mentionsIn(k, k+1)) > 0 {
			continue
		}
		e := k
		for e < s.tokEnd && e-k < 3 && d.toks[e].isWord() && d.toks[e].upper && d.gzAt[e] < 0 && !hardStop.at(d.toks[e].wid) {
			e++
		}
		if e > k {
			return d.addPlace(d.phrase(k, e), -1, si, "in-place")
		}
	}
	return ""
}

// maxToldSince bounds meetingToldSince: the sentences it reads since the
// current meeting, and the earlier meetings it tries, so that a long text
// of many meetings is not read once per join.
const maxToldSince = 12

// meetingToldSince returns the earlier meeting that the sentences between
// the last one of meeting cur and sentence si tell of, when they name its
// own participants and none of cur's own: "X today received Y. Y is on a
// visit, during which he held talks with Z on Monday." then paragraphs
// about X and Y, then "The meeting was also attended by W": X's meeting.
// It returns -1 otherwise.
func (d *docState) meetingToldSince(ms []*meeting, cur, si int) int {
	c := ms[cur]
	last := -1
	for _, ev := range c.ev {
		if k, ok := d.sentenceAt(ev.Start); ok && k > last {
			last = k
		}
	}
	if last < 0 || last+1 >= si || si-last > maxToldSince {
		return -1 // (a meeting told pages before is not the one meant)
	}
	own := func(m *meeting, other *meeting, p int) bool { return m.attends(p) && !other.attends(p) }
	since := d.mentionsIn(d.sents[last+1].tokStart, d.sents[si].tokStart)
	best, bestN := -1, 0
	for k := cur - 1; k >= 0 && k >= cur-maxToldSince; k-- {
		n, curN := 0, 0
		for _, pm := range since {
			switch {
			case own(ms[k], c, pm.person):
				n++
			case own(c, ms[k], pm.person):
				curN++
			}
		}
		if curN == 0 && n > bestN && !ms[k].planned && !ms[k].kinds[mkPhone] {
			best, bestN = k, n
		}
	}
	return best
}

// compassWords say where in a country a place is: "in north China's
// Tianjin".
var compassWords = wordSet(`north south east west northern southern eastern western northeast northwest southeast southwest central`)

// attends reports whether person pi attends m.
func (m *meeting) attends(pi int) bool {
	for _, a := range m.attendees {
		if a.person == pi {
			return true
		}
	}
	return false
}

// delegationSubject reports whether tokens [a, v) end with the subject
// "the [visiting] delegation" of the verb at v, after an adjunct at most:
// "Earlier in the day, the delegation held talks with X".
func (d *docState) delegationSubject(a, v int) bool {
	k := d.delegationNounBefore(a, v)
	if k <= a {
		return false
	}
	k--
	if k > a && (d.toks[k].lower == "visiting" || d.countryAdjectiveAt(k) != "") {
		k-- // "the visiting delegation", "the Kenyan delegation"
	}
	return d.toks[k].lower == "the" && (k == a || d.toks[k-1].punct == ',')
}

// delegationNounBefore returns the token of "delegation" that ends
// [a, v) before "also", "then" or "later" ("the delegation then held"),
// or -1.
func (d *docState) delegationNounBefore(a, v int) int {
	k := v - 1
	for k > a && (d.toks[k].lower == "also" || d.toks[k].lower == "then" || d.toks[k].lower == "later") {
		k--
	}
	if k <= a || d.toks[k].lower != "delegation" {
		return -1
	}
	return k
}

// delegationDemonym returns the country of "the <demonym> delegation" that
// opens the clause of the verb at v (delegationSubject's), or -1.
func (d *docState) delegationDemonym(a, v int) int {
	k := d.delegationNounBefore(a, v)
	if k <= a+1 {
		return -1
	}
	if g, ok := d.gzOf(k - 1); ok && g.end == k && g.e.kind == entCountry {
		return g.e.idx
	}
	return -1
}

// envoy reports whether person pi holds an envoy's post: the ambassador
// of a delegation's country is no member of the delegation from home.
func (d *docState) envoy(pi int) bool {
	for _, pos := range d.persons[pi].positions {
		if pos.accredited != "" || d.g.envoys[pos.title] {
			return true
		}
	}
	return false
}

// delegationLeaderBefore returns the person who leads the delegation last
// introduced before token i ("a delegation led by X"), or -1.
func (d *docState) delegationLeaderBefore(i int) int {
	if d.delegationLeads == nil {
		// Read once per document: "a delegation led by" and the name
		// first mentioned in the nine tokens after it.
		d.delegationLeads = []pmention{}
		for k := 0; k+2 < len(d.toks); k++ {
			if d.toks[k].lower != "delegation" {
				continue
			}
			if d.toks[k+1].lower == "of" {
				// "a delegation of the Senate of the Republic of Kenya
				// led by": the body or country whose delegation it is.
				for o := k + 2; o+2 < len(d.toks) && o < k+12 && d.toks[o].isWord() && !d.toks[o].newlineBefore; o++ {
					if leadVerbs.at(d.toks[o].wid) {
						k = o - 1
						break
					}
				}
			}
			if !leadVerbs.at(d.toks[k+1].wid) || d.toks[k+2].lower != "by" {
				continue
			}
			if ms := d.mentionsIn(k+3, k+12); len(ms) > 0 && ms[0].kind == mkName {
				d.delegationLeads = append(d.delegationLeads, ms[0])
			}
		}
	}
	lead := -1
	for _, m := range d.delegationLeads {
		if m.start < i {
			lead = m.person
		}
	}
	return lead
}

// past reports whether person pi is a figure of the past the gazetteer
// knows (KnownPerson.Past).
func (d *docState) past(pi int) bool {
	p := d.persons[d.root(pi)]
	return p.known >= 0 && d.g.Persons[p.known].Past
}

// addAttendee adds person pi once.
func (m *meeting) addAttendee(pi int, ev graph.Evidence) {
	if m.attends(pi) {
		return
	}
	m.attendees = append(m.attendees, attendee{person: pi, ev: ev})
}

// shares reports whether n reports the same meeting as m: a common named
// attendee, and no conflicting dates.
func (m *meeting) shares(n *meeting) bool {
	if m.planned != n.planned || m.date != "" && n.date != "" && m.date != n.date {
		return false
	}
	if m.place != "" && n.place != "" && m.place != n.place {
		return false // a summit in Jakarta is not the talks in Phnom Penh
	}
	// Someone in common first: the cheapest test, and the one that fails
	// for most earlier meetings of a long text.
	common := false
	for _, a := range m.attendees {
		for _, b := range n.attendees {
			common = common || a.person == b.person
		}
	}
	if !common {
		return false
	}
	// "Earlier in the morning, Minister X had a telephone conversation
	// with Y": a call is not the talks told before.
	return !(m.callOnly() && n.inPerson() || n.callOnly() && m.inPerson())
}

// phoneToldBefore reports whether a word of a telephone or video call
// opens or precedes token i in its sentence or the n sentences before it.
// "call" alone is none: "paid a courtesy call on", "renewed her call for a
// ceasefire"; "phone call" counts by its first word.
func (d *docState) phoneToldBefore(i, n int) bool {
	si := d.toks[i].sent
	from := d.sents[max(0, si-n)].tokStart
	for k := from; k < i; k++ {
		if phoneWords.at(d.toks[k].wid) && d.toks[k].lower != "call" {
			return true
		}
	}
	return false
}

// callOnly reports whether m was told only as a telephone or video call.
func (m *meeting) callOnly() bool {
	return m.kinds[mkPhone] && !m.inPerson()
}

// inPerson reports whether m was told as an encounter in person: talks, a
// reception, a visit, a meeting.
func (m *meeting) inPerson() bool {
	return m.kinds[mkMeet] || m.kinds[mkTalks] || m.kinds[mkHost] || m.kinds[mkVisit] || m.kinds[mkCall] || m.kinds[mkChair]
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
		m.date, m.precision, m.datelined = n.date, n.precision, n.datelined
	}
	if m.place == "" {
		m.place = n.place
	}
	if m.host < 0 {
		m.host = n.host
	}
	if m.subj < 0 {
		m.subj = n.subj
	}
	if m.country < 0 {
		m.country = n.country
	}
	for _, c := range n.coChairs {
		// "X held talks with Y in Tianjin. X and Y co-chaired the meeting":
		// the talks' co-chairs.
		if !slices.Contains(m.coChairs, c) {
			m.coChairs = append(m.coChairs, c)
		}
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
		if k < 0 || pi < 0 || !d.persons[pi].official() {
			continue
		}
		speaks := false
		for i := s.tokStart; i < s.tokEnd; i++ {
			if speechVerbs.at(d.toks[i].wid) && !d.inQuote(i) && !d.impersonal(i) {
				// The speaker is named before the verb: in "The ministers
				// recalled that ... a meeting between A and B", B says
				// nothing.
				speaks = d.mentionedBefore(pi, s.tokStart, i)
				break
			}
		}
		if !speaks || !d.speaksOfMeeting(si) || d.deceased(d.sents[si].tokStart) {
			continue
		}
		if d.vaguePast(si, meetingVerb{start: s.tokStart, end: s.tokStart}) {
			continue // "X said last week that the visit would focus on": before it
		}
		m := ms[k]
		if d.spokesperson(pi) && !m.attends(pi) {
			continue // "Foreign Ministry spokesman X said the talks also covered": he tells of them
		}
		md := m.date
		if md == "" && d.hasPb {
			md = d.pub.Format("2006-01-02") // an undated meeting is dated by publication below
		}
		if df, ok := findDate(d.text, d.toks, s.tokStart, s.tokEnd, d.pub, d.hasPb); ok && md != "" &&
			!strings.HasPrefix(md, df.date) && !strings.HasPrefix(df.date, md) {
			continue // "Li during an official visit to Kuala Lumpur in June announced": another event
		}
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

// official reports whether p holds a post other than a job described in
// lower case ("an analyst at ..."): commentators quoted in a report are no
// attendees of the meeting it tells.
func (p *person) official() bool {
	for _, pos := range p.positions {
		if pos.ev.Rule != "name+job" {
			return true
		}
	}
	return false
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
		case (w == "visit" || w == "trip") && d.aheadOf(i):
			// "said in an interview ahead of Xi's visit": before it.
		case meetNouns.of(w) || w == "behalf" || w == "visit" || w == "guest" || w == "guests" || w == "counterpart" || w == "host" || w == "hosts":
			return true
		}
	}
	return false
}

// aheadOf reports whether "ahead of" or "before" precedes token i closely.
func (d *docState) aheadOf(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch d.toks[k].lower {
		case "ahead", "before", "prior":
			return true
		case ",", ";":
			return false
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
			if p.weekday && d.hasPb {
				// "will meet X on Thursday", published on a Wednesday:
				// the Thursday to come.
				if t, err := time.Parse("2006-01-02", p.date); err == nil && t.Before(d.pub) {
					p.date = t.AddDate(0, 0, 7).Format("2006-01-02")
				}
			}
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
	emitted := map[string]int{} // index in d.out.Meetings by ID
	for k, f := range d.out.Meetings {
		emitted[f.ID] = k
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
		if m.host >= 0 && !d.past(m.host) {
			f.Host = d.personID(m.host)
		}
		reps := map[string]bool{}
		for _, a := range m.attendees {
			if d.past(a.person) {
				continue // "at the Heydar Aliyev Center": a figure of the past attends nothing
			}
			af := graph.AttendeeFact{Person: d.personID(a.person), OnBehalfOf: a.onBehalf, Evidence: []graph.Evidence{a.ev}}
			if ps := d.persons[a.person].positions; len(ps) > 0 {
				af.Role = ps[0].out()
				af.Representing = ps[0].org
			}
			// The parties are the countries, then the bodies, the
			// attendees serve: a party leader who is also president
			// makes one party with his country, not two.
			if c := d.personCountry(a.person); c >= 0 {
				reps[d.g.countryID(c)] = true
			} else if af.Representing != "" {
				reps[af.Representing] = true
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
		if k, ok := emitted[f.ID]; ok {
			// Two encounters told apart with the same day and people
			// ("On Friday, X met Y", then "X had met separately with Y
			// and Z") are one fact: the graph keys a meeting so.
			d.out.Meetings[k] = joinMeetingFacts(d.out.Meetings[k], f)
			continue
		}
		emitted[f.ID] = len(d.out.Meetings)
		d.out.Meetings = append(d.out.Meetings, f)
	}
}

// joinMeetingFacts returns meeting fact a with what b adds: its evidence,
// topics and groups, and its host and place where a has none.
func joinMeetingFacts(a, b graph.MeetingFact) graph.MeetingFact {
	for _, e := range b.Evidence {
		a.Evidence = addEv(a.Evidence, e)
	}
	for _, id := range b.Discussed {
		if !contains(a.Discussed, id) {
			a.Discussed = append(a.Discussed, id)
		}
	}
	for _, g := range b.Groups {
		if !slices.ContainsFunc(a.Groups, func(x graph.GroupFact) bool { return x.ID == g.ID }) {
			a.Groups = append(a.Groups, g)
		}
	}
	if a.Host == "" {
		a.Host, a.Mode, a.CAMEO = b.Host, b.Mode, b.CAMEO
	}
	if a.Place == "" {
		a.Place = b.Place
	}
	return a
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

// dayAfter returns how many days after the encounter just told sentence si
// says its own took place: 0 for "On the same day", "Later that day",
// "Later in the day", "In the afternoon," and "At the end of the talks,"
// (afterTheTalks); 1 for "The next day", "On the following morning",
// "On the second day of the visit"; -1 when it says neither.
func (d *docState) dayAfter(si int) int {
	s := d.sents[si]
	if d.afterTheTalks(si) {
		return 0 // "At the end of the talks, the two ministers were received by ..."
	}
	for i := s.tokStart; i+2 < s.tokEnd && i < s.tokStart+12; i++ {
		if d.inQuote(i) {
			return -1
		}
		w, n := d.toks[i].lower, d.toks[i+1].lower
		if n != "day" && n != "morning" && n != "evening" && n != "afternoon" {
			continue
		}
		switch {
		case w == "same" && n == "day", w == "that":
			return 0
		case w == "the" && i > s.tokStart && (d.toks[i-1].lower == "in" || d.toks[i-1].lower == "during") &&
			i-1 > s.tokStart && (d.toks[i-2].lower == "later" || d.toks[i-2].lower == "earlier"):
			return 0
		case w == "the" && i == s.tokStart+1 && d.toks[s.tokStart].lower == "in" && n != "day" && d.toks[i+2].punct == ',':
			return 0 // "In the afternoon, X held a telephone conversation with Y"
		case w == "next" || w == "following" || (w == "second" && n == "day"):
			return 1
		}
	}
	return -1
}

// talkingToOpens reports whether sentence si opens with "He was talking
// to" or "She was speaking to": the words of the sentence before were
// said at the encounter it tells.
func (d *docState) talkingToOpens(si int) bool {
	s := d.sents[si]
	i := s.tokStart
	if i+3 >= s.tokEnd || (d.toks[i].lower != "he" && d.toks[i].lower != "she") || d.toks[i+1].lower != "was" {
		return false
	}
	w := d.toks[i+2].lower
	return (w == "talking" || w == "speaking") && (d.toks[i+3].lower == "to" || d.toks[i+3].lower == "with")
}

// afterTheTalks reports whether sentence si opens with "At the end of the
// talks,", "At the close of the meeting,", "After the talks," or
// "Following the meeting,": the day of the encounter told before.
func (d *docState) afterTheTalks(si int) bool {
	s := d.sents[si]
	i := s.tokStart
	w := func(k int) string {
		if k < s.tokEnd {
			return d.toks[k].lower
		}
		return ""
	}
	switch w(i) {
	case "at":
		if w(i+1) != "the" || (w(i+2) != "end" && w(i+2) != "close" && w(i+2) != "conclusion") || w(i+3) != "of" {
			return false
		}
		i += 4
	case "after", "following":
		i++
	default:
		return false
	}
	if w(i) != "the" || i+2 >= s.tokEnd || !meetNouns.at(d.toks[i+1].wid) {
		return false
	}
	return d.toks[i+2].punct == ','
}

// bothMeetings reports whether sentence si says "both meetings" or "both
// engagements".
func (d *docState) bothMeetings(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.toks[i].lower == "both" && (meetNouns.at(d.toks[i+1].wid) || d.toks[i+1].lower == "engagements") {
			return true
		}
	}
	return false
}

// sequenceWords tell of another encounter after the one just told ("also"
// does not: "Envoy X was also present during the meeting"): "On
// the same day, X also received Y", "Earlier on Tuesday, X held talks
// with Z", "Later, ...".
var sequenceWords = wordSet(`later earlier afterwards subsequently then same sidelines margins margin sideline`)

// sequenced reports whether sentence si opens with, or carries before its
// first verb, a word that moves on to another encounter.
func (d *docState) sequenced(si int) bool {
	s := d.sents[si]
	if d.afterEvent(si) != "" {
		return true
	}
	for i := s.tokStart; i < s.tokEnd && i < s.tokStart+12; i++ {
		if d.inQuote(i) {
			return false
		}
		if sequenceWords.at(d.toks[i].wid) && !d.toks[i].upper || (d.toks[i].upper && (d.toks[i].lower == "later" || d.toks[i].lower == "earlier")) {
			return true
		}
		if i == s.tokStart && d.toks[i].lower == "also" && d.toks[i].upper && i+1 < s.tokEnd && (d.toks[i+1].lower == "on" || d.toks[i+1].lower == "that") {
			return true // "Also on Wednesday, Zhao Leji ... met with Aripov"
		}
		if i == s.tokStart && i+5 < s.tokEnd && d.toks[i].lower == "at" && d.toks[i+1].lower == "the" && d.toks[i+2].lower == "end" &&
			d.toks[i+3].lower == "of" && d.toks[i+4].lower == "the" && d.toks[i+5].lower == "day" {
			return true // "At the end of the day, the minister was received in audience by the President"
		}
	}
	return false
}

// opensWithDay reports whether sentence si opens with its day: "On
// Thursday, X held ...", "On 12 May, ...". Such a sentence tells another
// encounter than an undated one of an earlier paragraph (not the first: a
// headline or a lead, which the body goes on to date) when it shares one
// attendee only with it and brings someone new: "On Thursday, X met Z";
// not "On Thursday, X met Y, who was accompanied by Z".
func (d *docState) opensWithDay(si int) bool {
	s := d.sents[si]
	i := s.tokStart
	if w := d.toks[i].lower; (w == "earlier" || w == "later") && i+2 < s.tokEnd {
		// "Earlier on Thursday,", "Later Monday,"
		i++
		if d.toks[i].punct == ',' {
			i++
		}
		if _, weekday := weekdays[d.toks[i].lower]; weekday && i+1 < s.tokEnd && d.toks[i+1].punct == ',' {
			return true
		}
	}
	if i+4 < s.tokEnd && d.toks[i].lower == "on" && d.toks[i+1].lower == "the" && d.toks[i+2].lower == "same" && d.toks[i+3].lower == "day" {
		return true // "On the same day, ..."
	}
	if d.opensWithDeictic(i, s.tokEnd) {
		return true // "This morning,", "Yesterday,", "Earlier today,"
	}
	if i+2 >= s.tokEnd || d.toks[i].lower != "on" {
		return false
	}
	for k := i + 1; k < s.tokEnd && k <= i+5; k++ {
		if d.toks[k].punct == ',' {
			if w := d.toks[k-1].lower; k-2 > i && (w == "morning" || w == "afternoon" || w == "evening" || w == "night") {
				k-- // "On Friday evening,"
			}
			_, weekday := weekdays[d.toks[k-1].lower]
			_, month := months[d.toks[k-1].lower]
			return weekday || month || isDigitWord(d.toks[k-1].lower)
		}
	}
	return false
}

// opensWithDeictic reports whether the tokens from i open with a day told
// from the day of publication, set off by a comma: "This morning,",
// "Yesterday afternoon,", "Today,", "Earlier today,", "Later this
// evening,".
func (d *docState) opensWithDeictic(i, end int) bool {
	if w := d.toks[i].lower; w == "earlier" || w == "later" {
		i++
	}
	if i+1 >= end {
		return false
	}
	k := i + 1
	switch d.toks[i].lower {
	case "this":
		if !dayParts.at(d.toks[k].wid) {
			return false
		}
		k++
	case "yesterday", "today":
		if dayParts.at(d.toks[k].wid) {
			k++
		}
	default:
		return false
	}
	return k < end && d.toks[k].punct == ','
}

// pluperfectAt reports whether the meeting verb at token v is in the
// pluperfect: "Norway and Canada had held a bilateral meeting on Wednesday
// evening" tells an encounter before the one told so far, which it does
// not join when that one's day is not known yet.
func (d *docState) pluperfectAt(v int) bool {
	return v > 0 && d.toks[v-1].lower == "had"
}

// recallParticiples qualify a noun by what was done at an earlier event:
// "the deals announced during X's visit", "agreements signed at".
var recallParticiples = wordSet(`announced signed reached agreed concluded launched made adopted`)

// recallsVisit reports whether the visit told by "during"/"in"/"on" at i,
// its noun ending at e, only dates what a participle before it qualifies:
// "the deals announced during President Tokayev's visit to Washington";
// not "Agreements were signed during X's visit", which tells the visit,
// nor "the memorandum signed during X's visit to Hanoi today", a visit
// of the day.
func (d *docState) recallsVisit(i, e int) bool {
	if i < 1 || !recallParticiples.at(d.toks[i-1].wid) {
		return false
	}
	if i > 1 && passiveAuxiliaries.at(d.toks[i-2].wid) {
		return false
	}
	s := d.sents[d.toks[i].sent]
	stop := e
	for stop < s.tokEnd && stop < e+8 && d.toks[stop].punct != ',' && d.toks[stop].punct != ';' {
		stop++
	}
	if df, ok := findDate(d.text, d.toks, e, stop, d.pub, d.hasPb); ok && df.precision == "day" && d.hasPb {
		if t, err := time.Parse("2006-01-02", df.date); err == nil && !t.Before(d.pub.AddDate(0, 0, -7)) {
			return false
		}
	}
	return true
}

// passiveAuxiliaries make a participle after them the verb of its clause:
// "Agreements were signed during ...".
var passiveAuxiliaries = wordSet(`was were been be being is are`)

// mergeWindow is how many of the meetings told last a new one may merge
// with.
const mergeWindow = 64

// otherHost reports whether nm is received by someone other than the host
// of m who did not take part in m: "Minister Borg was also received by
// President Siljanovska-Davkova" after his talks with his counterpart.
func otherHost(m, nm *meeting) bool {
	return nm.host >= 0 && m.host >= 0 && nm.host != m.host && !m.attends(nm.host)
}

// guestsSubject reports whether the words before the auxiliary at token
// aux, from the start of its sentence, name guests told before: "They"
// (received or hosted: "They were welcomed by" may be the proposals just
// told), "The delegation", "The guests".
func (d *docState) guestsSubject(aux int) bool {
	st := d.sents[d.toks[aux].sent].tokStart
	switch aux - st {
	case 1:
		return d.toks[st].lower == "they" && aux+1 < len(d.toks) && d.toks[aux+1].lower != "welcomed"
	case 2:
		return d.toks[st].lower == "the" && guestNouns.at(d.toks[st+1].wid)
	}
	// "On the same day, the guest was received by X": after an opening
	// phrase set off by a comma.
	return aux-st > 3 && d.toks[aux-3].punct == ',' && d.toks[aux-2].lower == "the" && guestNouns.at(d.toks[aux-1].wid)
}

// envoyNouns name a group of envoys told before.
var envoyNouns = wordSet(`ambassadors envoys`)

// envoysToldBefore returns the envoys of meeting prev that the subject of
// sentence si (before verb v) names back: "the new ambassadors", or "the
// ambassadors of Bangladesh and Nepal", those of the countries named.
func (d *docState) envoysToldBefore(si int, v meetingVerb, prev *meeting) []int {
	s := d.sents[si]
	k := -1
	for i := s.tokStart; i+1 < v.start && i < s.tokStart+12; i++ {
		if d.toks[i].lower != "the" || d.inQuote(i) {
			continue
		}
		n := i + 1
		if w := d.toks[n].lower; (w == "new" || w == "newly" || w == "five" || w == "two" || w == "three" || w == "four") && n+1 < v.start {
			n++
		}
		if envoyNouns.at(d.toks[n].wid) && !d.toks[n].upper {
			k = n + 1
			break
		}
	}
	if k < 0 || len(d.mentionsIn(s.tokStart, v.start)) > 0 {
		return nil
	}
	// "of Bangladesh and Nepal": only those countries' envoys.
	countries := map[int]bool{}
	if k < v.start && d.toks[k].lower == "of" {
		for x := k + 1; x < v.start; x++ {
			if g, ok := d.gzOf(x); ok && g.start == x && g.e.kind == entCountry {
				countries[g.e.idx] = true
				x = g.end - 1
			}
		}
		if len(countries) == 0 {
			return nil
		}
	}
	var out []int
	for _, a := range prev.attendees {
		if a.person == prev.host || !d.holdsEnvoyTitle(a.person) {
			continue
		}
		if len(countries) > 0 && !countries[d.personCountry(a.person)] {
			continue
		}
		out = append(out, a.person)
	}
	return out
}

// holdsEnvoyTitle reports whether person pi holds an envoy's title.
func (d *docState) holdsEnvoyTitle(pi int) bool {
	for _, pos := range d.persons[pi].positions {
		if d.g.envoyTitle(pos.base) {
			return true
		}
	}
	return false
}

// guestReceived reads "the guest was received by X" (sentence si, verb v)
// after meeting prev: a meeting that X hosts, with prev's guests, the
// attendees of another country than prev's host's. It returns nil when
// the sentence names no host or prev tells no guest of another country.
func (d *docState) guestReceived(si int, v meetingVerb, prev *meeting) *meeting {
	s := d.sents[si]
	if prev.host < 0 || prev.planned {
		return nil
	}
	hc := d.personCountry(prev.host)
	if hc < 0 {
		return nil
	}
	host := -1
	for _, pm := range d.mentionsIn(v.end, s.tokEnd) {
		if pm.kind != mkPronoun && !d.inQuote(pm.start) {
			host = pm.person
			break
		}
	}
	if host < 0 || prev.attends(host) {
		return nil
	}
	nm := d.readMeeting(si, meetingVerb{start: v.start, end: v.end, kind: mkHost}, prev)
	if nm == nil {
		return nil
	}
	ev := d.ev(si, "meeting-guest")
	// "the guest", one: the most senior of them; "the guests", all.
	one := v.start >= 2 && (d.toks[v.start-2].lower == "guest" || d.toks[v.start-2].lower == "visitor")
	var guests []int
	for _, a := range prev.attendees {
		if c := d.personCountry(a.person); a.person != prev.host && c >= 0 && c != hc {
			guests = append(guests, a.person)
		}
	}
	if one && len(guests) > 1 {
		slices.SortStableFunc(guests, func(a, b int) int { return d.seniority(b) - d.seniority(a) })
		if d.seniority(guests[0]) == d.seniority(guests[1]) {
			return nil // no telling which
		}
		guests = guests[:1]
	}
	if len(guests) == 0 {
		return nil
	}
	for _, g := range guests {
		nm.addAttendee(g, ev)
	}
	nm.host = host
	return nm
}

// guestNouns name the guests just told.
var guestNouns = wordSet(`delegation guests visitors guest visitor`)

// receivedBy reports whether sentence si tells someone was received by
// another: "was also received by President X", "paid a courtesy call on
// Prime Minister X".
func (d *docState) receivedBy(si int) bool {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.inQuote(i) {
			continue
		}
		if w := d.toks[i].lower; (w == "received" || w == "hosted" || w == "welcomed") && d.toks[i+1].lower == "by" {
			return true
		}
		if d.toks[i].lower == "received" && i+2 < s.tokEnd && d.toks[i+1].lower == "in" && d.toks[i+2].lower == "audience" {
			return true // "was received in audience by the Prime Minister"
		}
		// "paid a courtesy call on Prime Minister X": the one called on
		// receives; not "called on the region to back the plan".
		if d.toks[i].lower == "call" && d.toks[i+1].lower == "on" && i > s.tokStart && (d.toks[i-1].lower == "courtesy" || d.toks[i-1].lower == "a") {
			return true
		}
	}
	return false
}

// sideOpener reports whether sentence si opens with "On the <country>
// side," or "From the <country> side,".
func (d *docState) sideOpener(si int) bool {
	s := d.sents[si]
	i := s.tokStart
	if i+3 >= s.tokEnd || (d.toks[i].lower != "on" && d.toks[i].lower != "from") || d.toks[i+1].lower != "the" {
		return false
	}
	for k := i + 2; k < s.tokEnd && k < i+6; k++ {
		if d.toks[k].lower == "side" {
			return k+1 < s.tokEnd && d.toks[k+1].punct == ','
		}
	}
	return false
}

// dayBefore reports whether sentence si opens with "The day before," or
// "The previous day,".
func (d *docState) dayBefore(si int) bool {
	s := d.sents[si]
	i := s.tokStart
	if i+3 >= s.tokEnd || d.toks[i].lower != "the" {
		return false
	}
	w, n := d.toks[i+1].lower, d.toks[i+2].lower
	return (w == "day" && n == "before" || w == "previous" && n == "day") && d.toks[i+3].punct == ','
}

// opensWithSubordinate reports whether sentence si, after its dateline,
// opens with a clause that sets its scene and that token k is in: "As"
// first and no comma before k ("As postal services marked World Post Day
// today, ..."); not "While in Astana on Monday, X met Y", whose day is
// the meeting's.
func (d *docState) opensWithSubordinate(si, k int) bool {
	s := d.sents[si]
	i := s.tokStart
	if dl := d.datelineEnd(si); dl > i {
		i = dl
	}
	if i >= k || d.toks[i].lower != "as" || !d.toks[i].upper {
		return false
	}
	for j := i + 1; j < k; j++ {
		if d.toks[j].punct == ',' {
			return false
		}
	}
	return true
}

// cameDaysAfter returns n where sentence si opens with "The <noun> came
// n days after" ("The conversation came a day after", "It came two days
// after", "This came a day after") and the verb v follows it, or 0.
func (d *docState) cameDaysAfter(si int, v meetingVerb) int {
	s := d.sents[si]
	i := s.tokStart
	if i+4 >= s.tokEnd {
		return 0
	}
	switch d.toks[i].lower {
	case "the":
		i += 2
	case "it", "this", "that":
		i++
	default:
		return 0
	}
	if i+3 >= s.tokEnd || d.toks[i].lower != "came" {
		return 0
	}
	n := 0
	switch d.toks[i+1].lower {
	case "a", "one":
		n = 1
	case "two":
		n = 2
	case "three":
		n = 3
	}
	w := d.toks[i+2].lower
	if n == 0 || !(n == 1 && w == "day" || n > 1 && w == "days") || d.toks[i+3].lower != "after" || v.start <= i+3 {
		return 0
	}
	return n
}

// opensWithOwnDay reports whether sentence si opens with another occasion
// and a day of its own ("Earlier, on 25 May,") other than meeting m's.
func (d *docState) opensWithOwnDay(si int, m *meeting) bool {
	s := d.sents[si]
	i := s.tokStart
	// "Earlier, on ...", "Earlier on Thursday," or "Later Thursday":
	// another occasion; "On 30 December, X also took part in the
	// summit" is the second day of a summit.
	if i+1 >= s.tokEnd || (d.toks[i].lower != "earlier" && d.toks[i].lower != "later") {
		return false
	}
	i++
	if d.toks[i].punct == ',' {
		i++
	}
	if i < s.tokEnd && d.toks[i].lower == "on" {
		i++
	}
	df, found := findDate(d.text, d.toks, i, min(i+6, s.tokEnd), d.pub, d.hasPb)
	return found && df.precision == "day" && df.tokStart <= i+1 && df.date != m.date
}

// otherDayThanLead reports whether sentence si, which opens with its day,
// tells another encounter nm than the undated meeting m of the body, told
// in a paragraph of its own before, which the lead dates to another day: "The foreign ministers met Saturday in
// Tokyo ... Motegi hosted the meeting ..." then "On Friday evening, Cho and
// Wang met at a Tokyo hotel".
func (d *docState) otherDayThanLead(si int, m, nm *meeting) bool {
	if m.date != "" || nm.date == "" || nm.precision != "day" || len(m.paras) == 0 || m.paras[0] == 0 || !d.opensWithDay(si) {
		return false
	}
	// Not a heading that the next paragraph retells with its day
	// ("Minister of State Kabarebe receives copies of credentials" / "On
	// Tuesday, the Minister of State ... received ...").
	// "Earlier on Thursday, ..." tells another occasion whatever comes
	// before it.
	if w := d.toks[d.sents[si].tokStart].lower; w != "earlier" && w != "later" {
		if last := d.paraEnd(m.paras[0]) - 1; last < 0 || d.toks[last].punct != '.' || d.sents[si].para <= m.paras[0]+1 {
			return false
		}
	}
	date, _, ok := d.leadDate()
	return ok && date != nm.date
}

// personPassiveSubject reports whether a person is the subject of the
// passive whose participle is token i: "The Vice Minister was joined by",
// "She was joined by"; not "The statement was joined by".
func (d *docState) personPassiveSubject(i int) bool {
	if i < 2 || (d.toks[i-1].lower != "was" && d.toks[i-1].lower != "were") {
		return false
	}
	if w := d.toks[i-2].lower; w == "they" || peopleNouns.of(w) {
		return true // "They were joined by", "The two leaders were joined by"
	}
	for _, pm := range d.mentionsIn(max(d.sents[d.toks[i].sent].tokStart, i-12), i-1) {
		if pm.end == i-1 {
			return true
		}
	}
	return false
}

// peopleNouns are plural nouns of people that can be a passive's subject.
var peopleNouns = wordSet(`leaders ministers presidents sides delegations officials envoys ambassadors heads`)

// sharedWith counts the attendees n shares with m.
func (n *meeting) sharedWith(m *meeting) int {
	shared := 0
	for _, a := range n.attendees {
		if m.attends(a.person) {
			shared++
		}
	}
	return shared
}

// weekdayOrMonth reports whether w (lower case) names a day of the week
// or a month.
func weekdayOrMonth(w string) bool {
	_, day := weekdays[w]
	_, month := months[w]
	return day || month
}

// mentionEndsAt reports whether a person is named right before token k
// (a mention ends there), outside quotations.
func (d *docState) mentionEndsAt(k int) bool {
	for _, m := range d.mentionsIn(max(0, k-12), k) {
		if m.end == k && !d.inQuote(m.start) {
			return true
		}
	}
	return false
}

// withAfter returns the token of the first "with" in [a, e), in the
// clause of token a (up to a comma or a semicolon) and outside
// quotations, when a person is named after it; or 0.
func (d *docState) withAfter(a, e int) int {
	for k := a; k < e; k++ {
		if d.toks[k].punct == ',' || d.toks[k].punct == ';' {
			return 0
		}
		if d.toks[k].lower == "with" && !d.inQuote(k) {
			if ms := d.mentionsIn(k+1, e); len(ms) > 0 && ms[0].start <= k+8 {
				return k
			}
			return 0
		}
	}
	return 0
}

// meetNounWithin reports whether a meeting or event noun is written in
// tokens [a, b).
func (d *docState) meetNounWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if meetNouns.at(d.toks[k].wid) || eventNouns.at(d.toks[k].wid) || d.toks[k].lower == "session" {
			return true
		}
	}
	return false
}

// afterClauseBetween reports whether a clause opened by "after" or
// "before" and a subject starts in tokens [a, b): ", a day after Mr Marape
// arrived", "before the minister left"; not "after talks".
func (d *docState) afterClauseBetween(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if w := d.toks[k].lower; (w == "after" || w == "before") && !d.toks[k].upper && k > a && (d.toks[k-1].lower == "day" || d.toks[k-1].punct == ',') {
			for _, m := range d.mentionsIn(k+1, b) {
				if m.start <= k+3 {
					return true
				}
			}
		}
	}
	return false
}

// pastVerb reports whether the verb of v is written in the past tense:
// "held", "met", "received", "spoke".
func (d *docState) pastVerb(v meetingVerb) bool {
	w := d.toks[v.start].lower
	return strings.HasSuffix(w, "ed") || w == "met" || w == "held" || w == "had" || w == "spoke" || w == "took" || w == "paid" || w == "sat"
}

// otherCounterpartVerb reports whether the verb of v tells an encounter
// of its own: "met", "held talks", "received"; not "joined".
func (d *docState) otherCounterpartVerb(v meetingVerb) bool {
	switch d.toks[v.start].lower {
	case "met", "meets", "held", "holds", "received", "receives", "hosted":
		return true
	}
	return false
}

// bringsNew reports whether n has an attendee that m does not have.
func (n *meeting) bringsNew(m *meeting) bool {
	for _, a := range n.attendees {
		found := false
		for _, b := range m.attendees {
			found = found || a.person == b.person
		}
		if !found {
			return true
		}
	}
	return false
}

// modalEarlier reports whether the meeting noun phrase at token v ("at a
// meeting", "during talks") follows a future or conditional modal of its
// sentence: "X and Y would review the results ... at a meeting in Moscow
// in the autumn" announces a meeting.
func (d *docState) modalEarlier(start, v int) bool {
	switch d.toks[v].lower {
	case "at", "during", "in":
	default:
		return false
	}
	for k := v - 1; k >= start; k-- {
		switch d.toks[k].lower {
		case "will", "would", "shall":
			return !d.inQuote(k)
		}
	}
	return false
}

// gatheringNouns name a meeting of several parties that one of them hosts:
// "X hosted a ministerial meeting".
var gatheringNouns = wordSet(`meeting ministerial summit conference forum session roundtable`)

// eventNouns name a gathering: the meeting nouns and the ceremonies and
// sessions that are reported like them.
var eventNouns = wordSet(`meeting meetings talks conversation discussion discussions consultation consultations summit
ministerial ceremony session forum conference reception signing dialogue`)

// signingBefore reports whether one of the two sentences before sentence
// si tells a signing: "The agreement was signed ... by A and B." Not the
// opening of a bridge, whose ceremony is no meeting.
func (d *docState) signingBefore(si int) bool {
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		for k := d.sents[s].tokStart; k < d.sents[s].tokEnd; k++ {
			if w := d.toks[k].lower; w == "signed" || w == "signing" {
				return true
			}
		}
	}
	return false
}

// personThenWere returns the token after "were" when capitalised words,
// a person's title and name, run from token i to "were" and a person
// follows it, or 0: "Accompanying Prime Minister Montenegro were".
func (d *docState) personThenWere(i, end int) int {
	for k := i; k < end && k < i+7; k++ {
		if d.toks[k].lower == "were" && k > i && d.personOrGroupAfter(k+1, end) {
			return k + 1
		}
		if !d.toks[k].isWord() || !d.toks[k].upper {
			return 0
		}
	}
	return 0
}

// presentAt reports whether "present" at token i says who was at the
// meeting: "were [also] present [at the talks]." or "Also present were".
func (d *docState) presentAt(i, end int) bool {
	s := d.sents[d.toks[i].sent]
	k := i - 1
	if k >= s.tokStart && d.toks[k].lower == "also" {
		if k == s.tokStart && i+1 < end && (d.toks[i+1].lower == "were" || d.toks[i+1].lower == "was") {
			return true
		}
		if k == s.tokStart && i+2 < end && (d.toks[i+1].lower == "at" || d.toks[i+1].lower == "during" || d.toks[i+1].lower == "for") {
			// "Also present at the meeting were ...", "Also present for
			// the talks were ..."
			if n := d.meetingNounAt(i+2, end); n > 0 && n < end && (d.toks[n].lower == "were" || d.toks[n].lower == "was") {
				return true
			}
		}
		k--
	}
	if i == s.tokStart && d.toks[i].upper && i+3 < end && (d.toks[i+1].lower == "at" || d.toks[i+1].lower == "during") && d.toks[i+2].lower == "the" &&
		(d.meetingNounAt(i+2, end) == i+4 || d.toks[i+3].lower == "dialogue" || d.toks[i+3].lower == "session") &&
		(d.toks[i+4].lower == "were" || d.toks[i+4].lower == "was") {
		return true // "Present at the dialogue were A and B"
	}
	if k < s.tokStart || (d.toks[k].lower != "were" && d.toks[k].lower != "was") {
		return false
	}
	if d.intentBefore(s.tokStart, k) {
		return false
	}
	e := i + 1
	if e < end && (d.toks[e].lower == "at" || d.toks[e].lower == "during" || d.toks[e].lower == "in") {
		// "Cai Qi and Wang Yi were present at the events."
		return d.meetingNounAt(e+1, end) > 0 || (e+2 < end && (eventNouns.at(d.toks[e+2].wid) || d.toks[e+2].lower == "events" || d.toks[e+2].lower == "event"))
	}
	// "A and B were also present, while Minister R was accompanied by
	// C": the clause after "while" tells of the same meeting.
	return e >= end || d.toks[e].punct == '.' || d.toks[e].punct == ';' ||
		d.toks[e].punct == ',' && e+1 < end && (d.toks[e+1].lower == "while" || d.toks[e+1].lower == "whereas")
}

// sessionNamedBefore returns the index of the meeting before ms[cur] that
// a joining sentence si names as its subject, "The Ministerial Session
// was also attended by X", when that meeting's sentence wrote the same
// name as its subject ("The Ministerial Session on Tuesday was co-chaired
// by") and ms[cur]'s did not write it at all; or -1.
func (d *docState) sessionNamedBefore(ms []*meeting, cur, si int) int {
	s := d.sents[si]
	a := s.tokStart
	if a+2 >= s.tokEnd || d.toks[a].lower != "the" {
		return -1
	}
	e := a + 1
	for e < s.tokEnd && e < a+6 && d.toks[e].isWord() && d.toks[e].upper && !meetNouns.at(d.toks[e].wid) && d.toks[e].lower != "session" {
		e++
	}
	if e == a+1 || e >= s.tokEnd || !d.toks[e].upper || !meetNouns.at(d.toks[e].wid) && d.toks[e].lower != "session" {
		return -1
	}
	name := d.phrase(a+1, e+1) // "Ministerial Session"
	// tells reports whether a sentence of m writes the name, anywhere or,
	// when subject, as its subject: not "ahead of the Ministerial Meeting
	// of the Council, A held talks with B".
	tells := func(m *meeting, subject bool) bool {
		for _, ev := range m.ev {
			if ev.Start == s.start {
				continue
			}
			if subject && (strings.HasPrefix(ev.Sentence, "The "+name) || strings.Contains(ev.Sentence, ", the "+name)) ||
				!subject && strings.Contains(ev.Sentence, name) {
				return true
			}
		}
		return false
	}
	if tells(ms[cur], false) {
		return -1
	}
	// The meetings told last, as for merging: a long text of many
	// meetings must not read them all for each joining sentence.
	for n := cur - 1; n >= 0 && n >= cur-mergeWindow; n-- {
		if tells(ms[n], true) {
			return n
		}
	}
	return -1
}

// namedMeetingSubject reports whether the words before token i, from
// the sentence's start, are "The" and a meeting's name or an acronym:
// "The BNC was preceded by", "The Summit was followed by".
func (d *docState) namedMeetingSubject(i int) bool {
	a := d.sents[d.toks[i].sent].tokStart
	if i-a < 2 || i-a > 5 || d.toks[a].lower != "the" {
		return false
	}
	for k := a + 1; k < i; k++ {
		if !d.toks[k].isWord() || !d.toks[k].upper {
			return false
		}
	}
	t := d.toks[i-1]
	return meetNouns.at(t.wid) || t.allCaps
}

// precedingMeetingAt matches, from token i after "preceded" or
// "followed", an optional day ("on Monday") then "by a meeting" or "by a
// Meeting of Senior Officials", and returns the token after the meeting
// noun, or 0.
func (d *docState) precedingMeetingAt(i, end int) int {
	if i+1 < end && d.toks[i].lower == "on" {
		if _, ok := weekdays[d.toks[i+1].lower]; ok {
			i += 2
		}
	}
	if i+2 >= end || d.toks[i].lower != "by" || d.toks[i+1].lower != "a" && d.toks[i+1].lower != "the" {
		return 0
	}
	for k := i + 2; k < end && k < i+6; k++ {
		if t := d.toks[k]; meetNouns.at(t.wid) || t.lower == "session" {
			return k + 1
		}
		if t := d.toks[k]; !t.isWord() && t.lower != "'" && !t.isHyphen() {
			return 0
		}
	}
	return 0
}

// participationOf returns the token after "of" in "[, on the X side,] of"
// at token k, within a few tokens, or 0.
func (d *docState) participationOf(k, end int) int {
	for n := k; n < end && n < k+8; n++ {
		if d.toks[n].lower == "of" {
			return n + 1
		}
		if t := &d.toks[n]; !(t.punct == ',' || t.isWord() && (t.upper || t.lower == "on" || t.lower == "the" || t.lower == "side")) {
			return 0
		}
	}
	return 0
}

// meetingNounBefore reports whether "the meeting|talks|ceremony was|were
// [also]" precedes token i.
func (d *docState) meetingNounBefore(i int) bool {
	if i >= 2 && d.toks[i-1].isHyphen() && d.toks[i-2].lower == "co" {
		i -= 2 // "The Ministerial Session on Tuesday was co-chaired by"
	}
	for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.toks[k].lower == "call" && k > 0 && (callKinds.at(d.toks[k-1].wid) || phoneWords.at(d.toks[k-1].wid)) {
			return true // "The courtesy call was also attended by X"
		}
		if eventNouns.at(d.toks[k].wid) || d.toks[k].lower == "audience" && k > 0 && d.toks[k-1].lower == "the" && k-1 == d.sents[d.toks[i].sent].tokStart {
			return true // "The audience was attended by X"; not "a concert, and the audience was attended by"
		}
	}
	// "The talks, which continued over a working lunch, were attended
	// by": the sentence's subject, before a clause set off by commas;
	// "On the Angolan side, the audience, held at the Palace, was
	// attended by".
	s := d.sents[d.toks[i].sent]
	a := s.tokStart
	if i >= 2 && a+2 < i && d.toks[a].lower == "the" && eventNouns.at(d.toks[a+1].wid) && d.toks[i-2].lower == "and" &&
		(d.toks[i-1].lower == "was" || d.toks[i-1].lower == "were") {
		return true // "The signing took place at the Ministry and was witnessed by"
	}
	if a+4 < i && d.toks[a].lower == "on" && d.toks[a+1].lower == "the" {
		for k := a + 2; k < i && k < a+7; k++ {
			if d.toks[k].punct == ',' {
				if k+1 < i && d.toks[k+1].lower == "the" && (eventNouns.at(d.toks[k+2].wid) || d.toks[k+2].lower == "audience") {
					a = k + 1
				}
				break
			}
		}
	}
	if a+2 < i && i-a < 60 && d.toks[a].lower == "the" && (eventNouns.at(d.toks[a+1].wid) || d.toks[a+1].lower == "audience") && d.toks[a+2].punct == ',' {
		for k := a + 3; k < i; k++ {
			if d.toks[k].punct == ',' {
				return k >= i-3 // the clause closes just before the verb
			}
		}
	}
	// "The Dialogue was opened by X, and chaired by Y": the second
	// participle of the event's passive.
	if a+4 < i && i-a <= 40 && d.toks[a].lower == "the" && eventNouns.at(d.toks[a+1].wid) && (d.toks[a+2].lower == "was" || d.toks[a+2].lower == "were") &&
		strings.HasSuffix(d.toks[a+3].lower, "ed") && d.toks[a+4].lower == "by" &&
		(d.toks[i-1].lower == "and" || d.toks[i-1].punct == ',') && !d.toks[i-1].newlineBefore {
		return true
	}
	// "The meeting at the Ministry of Foreign Affairs was attended by":
	// the subject and the place it was held at, then the verb.
	if a+3 < i && i-a <= 16 && d.toks[a].lower == "the" && eventNouns.at(d.toks[a+1].wid) && placePreps.at(d.toks[a+2].wid) {
		v := i - 1
		if d.toks[v].lower == "also" {
			v--
		}
		if d.toks[v].lower != "was" && d.toks[v].lower != "were" {
			return false
		}
		for k := a + 3; k < v; k++ {
			if t := &d.toks[k]; !t.isWord() && !t.isHyphen() && t.lower != "'" || t.lower == "was" || t.lower == "were" {
				return false
			}
		}
		return true
	}
	return false
}

// placePreps open where a meeting was held: "The meeting at the Ministry".
var placePreps = wordSet(`at in on`)

// itBefore reports whether "It was [also]" opens the sentence before token
// i ("It was attended by ..." after a sentence that tells of a gathering),
// or "they were [also]", after an adjunct at most, when the sentence before
// opens with "The <event>" ("The talks were held ... On the Kazakh side,
// they were attended by ...").
func (d *docState) itBefore(i int) bool {
	si := d.toks[i].sent
	s := d.sents[si]
	k := s.tokStart
	if k+1 < i && d.toks[k].lower == "it" && (d.toks[k+1].lower == "was" || d.toks[k+1].lower == "is") {
		return i == k+2 || (i == k+3 && d.toks[k+2].lower == "also")
	}
	// "The talks were held first in a narrow format ... On the Kazakh
	// side, they were attended by X": the talks of the sentence before.
	v := i - 1
	if v > k && d.toks[v].lower == "also" {
		v--
	}
	if v < k+1 || (d.toks[v].lower != "were" && d.toks[v].lower != "are") || d.toks[v-1].lower != "they" {
		return false
	}
	if t := v - 1; t != k && (d.toks[t-1].punct != ',' && d.toks[t-1].lower != "side" || t-k > 8) { // "On the Russian side they were"
		return false
	}
	if si == 0 {
		return false
	}
	p := d.sents[si-1]
	return p.tokStart+1 < p.tokEnd && d.toks[p.tokStart].lower == "the" && eventNouns.at(d.toks[p.tokStart+1].wid)
}

// eventSubject reports whether a gathering is the subject of the verb at
// token i: "the meeting of the Council of Heads of State opened", "The
// ministerial, which opened on Monday, ...". A person before the noun
// makes it an object ("X opened the summit" is not matched here).
func (d *docState) eventSubject(i int) bool {
	s := d.sents[d.toks[i].sent]
	for k := i - 1; k >= s.tokStart && k >= i-12; k-- {
		t := &d.toks[k]
		if t.punct == ';' || t.punct == ':' || d.inQuote(k) {
			return false
		}
		if eventNouns.at(t.wid) && !t.upper || (t.upper && k == s.tokStart && eventNouns.at(t.wid)) {
			j := k - 1
			// "The closed-door meeting": over a hyphenated adjective.
			for j-3 >= s.tokStart && d.toks[j].isWord() && d.toks[j-1].isHyphen() && d.toks[j-2].isWord() {
				j -= 3
			}
			return k == s.tokStart || d.toks[j].lower == "the" || d.toks[j].lower == "a" || d.toks[j].lower == "an" ||
				d.toks[k-1].upper
		}
	}
	return false
}

// skipExcellency returns the token after a style of address that opens a
// name at token i ("H.E.", "His Excellency"), or i when there is none.
func (d *docState) skipExcellency(i, end int) int {
	if i+3 < end && d.toks[i].lower == "h" && d.toks[i+1].punct == '.' && d.toks[i+2].lower == "e" && d.toks[i+3].punct == '.' {
		return i + 4
	}
	if i+1 < end && (d.toks[i].lower == "his" || d.toks[i].lower == "her") && (d.toks[i+1].lower == "excellency" || churchStyles.at(d.toks[i+1].wid) && d.toks[i+1].upper) {
		return i + 2
	}
	return i
}

// impersonal reports whether the speech verb at token i is passive ("It
// was agreed that X and Y would meet"): no one in the sentence speaks.
func (d *docState) impersonal(i int) bool {
	if i < 1 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	switch d.toks[i-1].lower {
	case "was", "were", "is", "are", "been", "be":
		return true
	}
	return false
}

// churchStyles follow "His" in the styles of the Holy See's clergy: "His
// Holiness Pope Leo", "His Eminence Cardinal Name", "His Beatitude".
var churchStyles = wordSet(`holiness eminence beatitude`)

// titleGroupAround returns the persons a title group names as the subject
// of meeting verb v ("the National Coordinators were received by", "the
// ministers met") or as its object ("received the National
// Coordinators"); nil otherwise: "Before the presidents sat down, A met B"
// adds no president.
func (d *docState) titleGroupAround(v meetingVerb, s sentence) []int {
	b := v.start
	for b > s.tokStart && (d.toks[b-1].lower == "were" || d.toks[b-1].lower == "was" || d.toks[b-1].lower == "also" || d.toks[b-1].lower == "have" || d.toks[b-1].lower == "had") {
		b--
	}
	for a := max(s.tokStart, b-5); a < b; a++ {
		if d.toks[a].lower == "the" && (a == s.tokStart || d.toks[a-1].punct == ',') {
			if g := d.titleGroupIn(a, b); len(g) > 0 {
				return g
			}
		}
	}
	if v.end < s.tokEnd && d.toks[v.end].lower == "the" {
		e := min(s.tokEnd, v.end+5)
		for k := v.end + 1; k < e; k++ {
			if !d.toks[k].isWord() {
				e = k
				break
			}
		}
		return d.titleGroupIn(v.end, e)
	}
	return nil
}

// maxTitleGroup bounds the people a title group names: a text of the
// genre names a few dozen at most, and a megabyte of them must not add
// each to each meeting.
const maxTitleGroup = 60

// titleGroupIn returns the persons that "the <title>s" in tokens [a, b)
// names together ("the National Coordinators", "the foreign ministers"):
// every holder of the title, when two or more hold it; nil otherwise. A
// group qualified after it ("the ambassadors of the EU member states") may
// be others.
func (d *docState) titleGroupIn(a, b int) []int {
	for k := a; k+1 < b; k++ {
		if d.toks[k].lower != "the" || d.inQuote(k) {
			continue
		}
		for e := k + 1; e < b && e <= k+3 && d.toks[e].isWord(); e++ {
			w := d.toks[e].lower
			if len(w) < 5 || !strings.HasSuffix(w, "s") {
				continue
			}
			if e+1 < b && (d.toks[e+1].lower == "of" || d.toks[e+1].lower == "from" || d.toks[e+1].lower == "for") {
				break
			}
			one := strings.TrimSuffix(w, "s")
			if strings.HasSuffix(w, "ies") {
				one = strings.TrimSuffix(w, "ies") + "y"
			}
			title := strings.TrimSpace(strings.ToLower(d.phrase(k+1, e)) + " " + one)
			hs := d.titleHolders(title)
			if len(hs) > maxTitleGroup {
				return nil
			}
			var out []int
			for _, pi := range hs {
				p := d.persons[pi]
				if p.merged >= 0 {
					continue
				}
				for _, pos := range p.positions {
					if strings.EqualFold(pos.title, title) || strings.EqualFold(pos.base, title) || strings.EqualFold(pos.out(), title) {
						out = append(out, pi)
						break
					}
				}
			}
			if len(out) >= 2 {
				return out
			}
			break
		}
	}
	return nil
}

// counterpartOfVerb reports whether "his"/"her" at token h opens the
// object of the meeting verb v ("met in Canberra on Tuesday with her
// Chinese counterpart") or a subject joined to v's ("X and her Chinese
// counterpart held talks"), not a clause of its own ("a week after she
// held talks with her Chinese counterpart").
func (d *docState) counterpartOfVerb(h int, v meetingVerb) bool {
	if h < v.start {
		return h > 0 && d.toks[h-1].lower == "and" && v.start-h <= 4
	}
	for k := v.end; k < h; k++ {
		switch t := &d.toks[k]; {
		case t.punct == ',' || t.punct == ';':
			return false
		case t.lower == "after" || t.lower == "before" || t.lower == "since" || t.lower == "when" || t.lower == "while" || t.lower == "as":
			return false
		}
	}
	return h-v.end <= 10
}
