package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// builder writes one document and collects its truth: every entity the
// text names is declared as it is written, so the truth holds exactly what
// the text states.
type builder struct {
	w *world
	r *rand.Rand
	x *graph.Extraction

	countries map[int32]bool
	orgs      map[int32]int // index into x.Organisations
	places    map[int32]bool
	inits     map[int32]bool
	persons   map[int32]bool

	honorific  bool  // "Mr Surname" rather than "Surname" on later mentions
	last       int32 // the subject of the last sentence, for pronouns
	titleCount map[string]int
	refCount   map[string]int // surnames shared by attendees are not used alone
	named      map[int32]bool // countries named by the attendees' offices
	quotes     map[string]bool
	used       map[string]bool // quote templates used in this document
}

func newBuilder(w *world, r *rand.Rand) *builder {
	return &builder{
		w: w, r: r, x: &graph.Extraction{},
		countries: map[int32]bool{}, orgs: map[int32]int{}, places: map[int32]bool{},
		inits: map[int32]bool{}, persons: map[int32]bool{}, titleCount: map[string]int{}, refCount: map[string]int{},
		named: map[int32]bool{}, quotes: map[string]bool{}, used: map[string]bool{}, last: -1,
		honorific: r.IntN(3) > 0,
	}
}

func (b *builder) pick(xs ...string) string { return xs[b.r.IntN(len(xs))] }

// --- entities -------------------------------------------------------------

func (b *builder) declareCountry(c int32) {
	b.named[c] = true
	if b.countries[c] {
		return
	}
	b.countries[c] = true
	cc := &b.w.countries[c]
	b.x.Countries = append(b.x.Countries, graph.EntityFact{ID: cc.id, Name: cc.rec.Name, QID: cc.rec.QID, Kind: cc.rec.ISO2})
}

// country returns the country's name as a noun ("the United States").
func (b *builder) country(c int32) string {
	b.declareCountry(c)
	cc := &b.w.countries[c]
	if cc.formal != "" && b.r.IntN(8) == 0 {
		return cc.formal
	}
	return cc.noun
}

func (b *builder) possessive(c int32) string {
	b.declareCountry(c)
	n := b.w.countries[c].noun
	if strings.HasSuffix(n, "s") {
		return n + "'"
	}
	return n + "'s"
}

// demonym returns the country's demonym, or "" when it has none.
func (b *builder) demonym(c int32) string {
	d := b.w.countries[c].dem
	if d != "" {
		b.declareCountry(c)
	}
	return d
}

func (b *builder) declareOrg(o int32) *graph.EntityFact {
	if i, ok := b.orgs[o]; ok {
		return &b.x.Organisations[i]
	}
	og := &b.w.orgs[o]
	b.x.Organisations = append(b.x.Organisations, graph.EntityFact{ID: og.id, Name: og.name, QID: og.qid, Kind: og.kind})
	b.orgs[o] = len(b.x.Organisations) - 1
	return &b.x.Organisations[len(b.x.Organisations)-1]
}

func (b *builder) useAcronym(o int32) string {
	f := b.declareOrg(o)
	og := &b.w.orgs[o]
	if len(f.Aliases) == 0 {
		f.Aliases = []string{og.acr}
	}
	return og.acr
}

// orgNoun names an organisation as a noun: in full with its acronym the
// first time, by its acronym afterwards.
func (b *builder) orgNoun(o int32) string {
	og := &b.w.orgs[o]
	_, seen := b.orgs[o]
	art := "the "
	if og.name == "BRICS" {
		art = ""
	}
	switch {
	case og.acr == "" || og.acr == og.name:
		b.declareOrg(o)
		return art + og.name
	case !seen:
		b.declareOrg(o)
		return art + og.name + " (" + b.useAcronym(o) + ")"
	case b.r.IntN(4) == 0:
		return art + og.name
	case og.the:
		return "the " + b.useAcronym(o)
	}
	return b.useAcronym(o)
}

// orgAttr names an organisation before a noun: "CAWC Secretary-General".
func (b *builder) orgAttr(o int32) string {
	og := &b.w.orgs[o]
	if og.acr == "" {
		b.declareOrg(o)
		if og.name == "BRICS" {
			return og.name
		}
		return "the " + og.name
	}
	return b.useAcronym(o)
}

func (b *builder) place(p int32) string {
	pl := &b.w.places[p]
	withCountry := !b.named[pl.country]
	if !b.places[p] {
		b.places[p] = true
		b.declareCountry(pl.country)
		b.x.Places = append(b.x.Places, graph.PlaceFact{ID: pl.id, Name: pl.name, Country: b.w.countries[pl.country].id})
	}
	if withCountry {
		b.declareCountry(pl.country)
		return pl.name + ", " + b.w.countries[pl.country].noun
	}
	return pl.name
}

func (b *builder) initiative(i int32) string {
	in := &b.w.initiatives[i]
	if !b.inits[i] {
		b.inits[i] = true
		b.x.Initiatives = append(b.x.Initiatives, graph.InitiativeFact{ID: in.id, Name: in.name, Kind: in.kind})
	}
	if in.name == "Nurly Zhol" {
		return "the Nurly Zhol programme"
	}
	return "the " + in.name
}

// --- persons --------------------------------------------------------------

func (b *builder) declarePerson(a attendee) {
	if b.persons[a.person] {
		return
	}
	b.persons[a.person] = true
	p := &b.w.persons[a.person]
	o := &b.w.offices[a.office]
	pos := graph.PositionFact{Title: o.title}
	if o.country >= 0 {
		pos.Organisation = b.w.countries[o.country].id
	} else {
		pos.Organisation = b.w.orgs[o.org].id
	}
	if o.acc >= 0 {
		pos.AccreditedTo = b.w.countries[o.acc].id
	}
	if o.accOrg >= 0 {
		pos.AccreditedTo = b.w.orgs[o.accOrg].id
	}
	b.x.Persons = append(b.x.Persons, graph.PersonFact{ID: p.id, Name: p.name.full, Positions: []graph.PositionFact{pos}})
}

// surfaces are the ways the text writes an office's title.
func (b *builder) surface(o *office) string {
	iso := ""
	if o.country >= 0 {
		iso = b.w.countries[o.country].rec.ISO2
	}
	if iso == "US" {
		return o.title
	}
	switch o.kind {
	case okFM:
		if iso == "GB" {
			return "Foreign Secretary"
		}
		return b.pick("Foreign Minister", "Foreign Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Affairs Minister")
	case okDefM:
		return b.pick("Defence Minister", "Minister of Defence", "Defense Minister")
	case okDFM:
		return b.pick("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs", "Vice Foreign Minister")
	case okTrade:
		return b.pick("Trade Minister", "Minister of Trade", "Minister of Trade and Industry")
	case okFinance:
		return b.pick("Finance Minister", "Minister of Finance")
	case okEnergy:
		return b.pick("Energy Minister", "Minister of Energy")
	case okEconomy:
		return b.pick("Economy Minister", "Minister of Economy")
	case okTransport:
		return b.pick("Transport Minister", "Minister of Transport")
	case okNSA:
		return b.pick("National Security Advisor", "National Security Adviser")
	case okDPM:
		if o.title == "Vice President" {
			return b.pick("Vice President", "Vice-President")
		}
	case okHead, okDeputy:
		if strings.Contains(o.title, "-General") && b.r.IntN(4) == 0 {
			return strings.Replace(o.title, "-General", " General", 1)
		}
	}
	return o.title
}

// first writes the first mention of an attendee: title and full name, in
// one of the genre's orders. appos allows "Name, Title of X" (the caller
// then closes the apposition with a comma).
func (b *builder) first(a attendee, appos bool) string {
	b.declarePerson(a)
	name := b.w.persons[a.person].name.full
	o := &b.w.offices[a.office]
	s := b.surface(o)
	form := b.r.IntN(5)
	if form == 4 && !appos {
		form = 0
	}
	switch o.kind {
	case okAmb:
		if b.r.IntN(5) == 0 {
			s = "Ambassador Extraordinary and Plenipotentiary"
		}
		to := " to " + b.country(o.acc)
		switch form {
		case 0, 1:
			if d := b.demonym(o.country); d != "" && s == "Ambassador" {
				return d + " Ambassador" + to + " " + name
			}
			return s + " of " + b.country(o.country) + to + " " + name
		case 2:
			return b.possessive(o.country) + " " + s + to + " " + name
		case 3:
			return s + " of " + b.country(o.country) + to + " " + name
		}
		return name + ", " + s + " of " + b.country(o.country) + to
	case okPermRep:
		to := " to " + b.orgNoun(o.accOrg)
		if d := b.demonym(o.country); d != "" && form < 2 {
			return d + " " + s + to + " " + name
		}
		if form == 4 {
			return name + ", " + s + " of " + b.country(o.country) + to
		}
		return s + " of " + b.country(o.country) + to + " " + name
	case okHead, okDeputy:
		switch form {
		case 0, 1:
			return b.orgAttr(o.org) + " " + s + " " + name
		case 4:
			return name + ", " + s + " of " + b.orgNoun(o.org)
		}
		return s + " of " + b.orgNoun(o.org) + " " + name
	}
	c := o.country
	switch form {
	case 0:
		if d := b.demonym(c); d != "" {
			return d + " " + s + " " + name
		}
	case 1:
		return b.possessive(c) + " " + s + " " + name
	case 2:
		if o.kind == okHoS || o.kind == okHoG || b.r.IntN(3) == 0 {
			return s + " " + name + " of " + b.country(c)
		}
	case 4:
		return name + ", " + s + " of " + b.country(c)
	}
	return s + " of " + b.country(c) + " " + name
}

func (b *builder) pronoun(p int32, subject bool) string {
	f := b.w.persons[p].female
	switch {
	case subject && f:
		return "she"
	case subject:
		return "he"
	case f:
		return "her"
	}
	return "him"
}

func (b *builder) his(p int32) string {
	if b.w.persons[p].female {
		return "her"
	}
	return "his"
}

// ref writes a later mention: honorific and surname, full name, a title,
// or a pronoun when the person was the subject of the last sentence.
func (b *builder) ref(a attendee, subject, pronounOK bool) string {
	if !b.persons[a.person] {
		return b.first(a, false)
	}
	p := &b.w.persons[a.person]
	if pronounOK && b.last == a.person && b.r.IntN(2) == 0 {
		return b.pronoun(a.person, subject)
	}
	if subject {
		b.last = a.person
	}
	o := &b.w.offices[a.office]
	switch x := b.r.IntN(10); {
	case x < 3:
		return p.name.full
	case x < 5 && b.titleCount[o.title] == 1:
		t := o.title
		if strings.Contains(t, "Minister") || o.kind == okAmb || o.kind == okPermRep {
			t = strings.ToLower(t)
		}
		return "the " + t
	}
	if b.refCount[p.name.ref] > 1 {
		return p.name.full
	}
	if !b.honorific || p.name.ref == p.name.full {
		return p.name.ref
	}
	if p.female {
		return "Ms " + p.name.ref
	}
	return "Mr " + p.name.ref
}

// --- sentences ------------------------------------------------------------

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

func list(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

var months = []string{"", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// dates returns how the text dates a meeting held on day md in a document
// published on day pd: a phrase to end a clause ("on 12 March 2019") and
// one to open a sentence ("On 12 March 2019,").
func (b *builder) dates(md, pd int32) (string, string) {
	t := dayTime(md)
	abs1 := fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()], t.Year())
	abs2 := fmt.Sprintf("%s %d, %d", months[t.Month()], t.Day(), t.Year())
	opts := [][2]string{{"on " + abs1, "On " + abs1 + ","}, {"on " + abs2, "On " + abs2 + ","}, {"on " + abs1, "On " + abs1 + ","}}
	if dayTime(pd).Year() == t.Year() {
		opts = append(opts, [2]string{fmt.Sprintf("on %d %s", t.Day(), months[t.Month()]), fmt.Sprintf("On %d %s,", t.Day(), months[t.Month()])},
			[2]string{fmt.Sprintf("on %s %d", months[t.Month()], t.Day()), fmt.Sprintf("On %s %d,", months[t.Month()], t.Day())})
	}
	wd := t.Weekday().String()
	switch pd - md {
	case 0:
		opts = append(opts, [2]string{"today", "Today,"}, [2]string{"on " + wd, "On " + wd + ","})
	case 1:
		opts = append(opts, [2]string{"yesterday", "Yesterday,"}, [2]string{"on " + wd, "On " + wd + ","})
	default:
		opts = append(opts, [2]string{"on " + wd, "On " + wd + ","})
	}
	o := opts[b.r.IntN(len(opts))]
	return o[0], o[1]
}

// --- quotes ---------------------------------------------------------------

type quoteCtx struct {
	self, other int32 // countries, -1 when the speaker speaks for an organisation
	org         int32 // the speaker's organisation or the meeting's, -1
	inits       []int32
	multi       bool
}

var quoteTemplates = []string{
	"{B} is one of our key partners, and we are determined to raise our relations to a new level",
	"We highly appreciate the dynamic development of cooperation between {A} and {B}",
	"Trade between our countries has grown steadily, and there is considerable untapped potential in {F}",
	"{A} supports {I} and is ready to take an active part in its implementation",
	"Our positions on key regional and international issues are close or coincide",
	"We agreed to intensify contacts at all levels and to step up work on {F}",
	"{I} opens up new opportunities for {F}",
	"We attach great importance to {F} and see great promise in joint projects",
	"Today's talks were open, constructive and substantive",
	"{A} remains committed to a peaceful settlement of regional conflicts through dialogue",
	"I am confident that this meeting will give a new impetus to our bilateral relations",
	"There is no alternative to dialogue and mutual respect in international affairs",
	"We discussed concrete steps to expand cooperation in {F} and {F2}",
	"Our countries share a common interest in the stability and prosperity of the region",
	"We welcome the decision to establish a joint working group on {F}",
	"The people of {A} value their long-standing friendship with the people of {B}",
	"We must work together to address the challenges of climate change, food security and energy security",
	"{A} is ready to share its experience in {F} with its partners",
	"This is an important moment for our two nations",
	"We see {B} as a reliable partner in {F}",
	"The implementation of {I} will benefit not only our two countries but the whole region",
	"We are interested in attracting investment from {B} in {F}",
	"Our cooperation rests on the principles of equality, mutual respect and mutual benefit",
	"We have agreed to hold the next round of consultations before the end of the year",
}

var multiTemplates = []string{
	"The member states of {O} are united by a common commitment to {F}",
	"Our meeting has once again confirmed that {O} is an effective platform for multilateral cooperation",
	"We have agreed on a roadmap for {F} for the coming years",
	"{A} will continue to contribute to the work of {O}",
	"The decisions adopted today will strengthen {O} and its role in the region",
	"We need to make fuller use of the potential of {O} in {F}",
}

var orgTemplates = []string{
	"{O} stands ready to support {B} in {F}",
	"The Secretariat will continue to assist member states in implementing the decisions adopted by {O}",
	"{B} makes an important contribution to the work of {O}",
	"{O} attaches great importance to {F}",
	"We are grateful to {B} for its consistent support of {O}",
}

// sentence fills a template, declaring what it names and collecting the
// IDs it mentions.
func (b *builder) sentence(q quoteCtx, mentions *[]string, used map[string]bool) string {
	var pool []string
	switch {
	case q.self < 0:
		pool = orgTemplates
	case q.multi && b.r.IntN(2) == 0:
		pool = multiTemplates
	default:
		pool = quoteTemplates
	}
	for range 20 {
		t := pool[b.r.IntN(len(pool))]
		if used[t] {
			continue
		}
		used[t] = true
		if strings.Contains(t, "{I}") && len(q.inits) == 0 ||
			strings.Contains(t, "{B}") && q.other < 0 ||
			strings.Contains(t, "{A}") && q.self < 0 ||
			strings.Contains(t, "{O}") && q.org < 0 {
			continue
		}
		f1 := fields[b.r.IntN(len(fields))]
		f2 := fields[b.r.IntN(len(fields))]
		for f2 == f1 {
			f2 = fields[b.r.IntN(len(fields))]
		}
		var out strings.Builder
		for len(t) > 0 {
			i := strings.IndexByte(t, '{')
			if i < 0 {
				out.WriteString(t)
				break
			}
			out.WriteString(t[:i])
			j := strings.IndexByte(t, '}')
			switch t[i+1 : j] {
			case "A":
				out.WriteString(b.w.countries[q.self].noun)
				b.declareCountry(q.self)
				*mentions = appendNew(*mentions, b.w.countries[q.self].id)
			case "B":
				out.WriteString(b.w.countries[q.other].noun)
				b.declareCountry(q.other)
				*mentions = appendNew(*mentions, b.w.countries[q.other].id)
			case "I":
				i := q.inits[b.r.IntN(len(q.inits))]
				out.WriteString(b.initiative(i))
				*mentions = appendNew(*mentions, b.w.initiatives[i].id)
			case "O":
				out.WriteString(b.orgNoun(q.org))
				*mentions = appendNew(*mentions, b.w.orgs[q.org].id)
			case "F":
				out.WriteString(f1)
			case "F2":
				out.WriteString(f2)
			}
			t = t[j+1:]
		}
		return capFirst(out.String())
	}
	return "We had a useful exchange of views"
}

func appendNew(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

// quoteCore returns n sentences, the last without its full stop.
func (b *builder) quoteCore(q quoteCtx, n int, mentions *[]string) string {
	var parts []string
	for len(parts) < n {
		parts = append(parts, b.sentence(q, mentions, b.used))
	}
	return strings.Join(parts, ". ")
}

var lowerable = map[string]bool{"We": true, "The": true, "Our": true, "Today's": true, "There": true, "This": true, "Trade": true}

// lowerFirst lowercases the first word of a quote that continues a
// sentence ("noted that "we ..."") when it is not a name.
func lowerFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if lowerable[w] {
		return strings.ToLower(w[:1]) + s[1:]
	}
	return s
}

var sayVerbs = []string{"said", "noted", "stressed", "emphasised", "added", "pointed out"}
var thatVerbs = []string{"noted", "stressed", "said", "pointed out", "underlined", "emphasised"}
var colonVerbs = []string{"said", "stressed", "declared", "told reporters"}

// statement writes one or two paragraphs quoting speaker a at meeting m.
func (b *builder) statement(m *meetingPlan, a attendee, q quoteCtx) []string {
	var mentions []string
	sp := b.w.persons[a.person].id
	record := func(quote string) {
		id := graph.StatementID(sp, quote)
		if !b.quotes[id] {
			b.quotes[id] = true
			b.x.Statements = append(b.x.Statements, graph.StatementFact{ID: id, Speaker: sp, Quote: quote, Meeting: m.id, Mentions: mentions})
		}
	}
	form := b.r.IntN(12)
	if form >= 10 { // a quotation over two paragraphs
		intro := capFirst(b.ref(a, true, false)) + " " + b.pick("also spoke about", "went on to discuss", "touched upon") + " " +
			fields[b.r.IntN(len(fields))] + "."
		p1 := b.quoteCore(q, 2, &mentions) + "."
		p2 := b.quoteCore(q, 1+b.r.IntN(2), &mentions)
		who := b.ref(a, true, true) + " said."
		record(p1 + "\n\n" + p2)
		return []string{intro, "\"" + p1, p2 + ",\" " + who}
	}
	core := b.quoteCore(q, 1+b.r.IntN(3), &mentions)
	var s, quote string
	switch {
	case form < 3:
		quote = core
		s = "\"" + core + ",\" " + b.ref(a, true, true) + " " + b.pick(sayVerbs...) + "."
	case form < 5:
		quote = core
		s = "\"" + core + ",\" " + b.pick("said", "noted", "stressed") + " " + b.ref(a, false, false) + "."
	case form < 8:
		quote = lowerFirst(core)
		lead := b.pick("", "", "For "+b.his(a.person)+" part, ", "In turn, ", "Speaking after the talks, ", "At the same time, ")
		s = capFirst(lead+b.ref(a, true, lead == "")) + " " + b.pick(thatVerbs...) + " that \"" + quote + ".\""
	case form < 9:
		quote = core
		s = capFirst(b.ref(a, true, true)) + " " + b.pick(colonVerbs...) + ": \"" + quote + ".\""
	default:
		quote = lowerFirst(core)
		s = "According to " + b.ref(a, false, false) + ", \"" + quote + ".\""
	}
	record(quote) // a quote said twice is one statement
	return []string{capFirst(s)}
}
