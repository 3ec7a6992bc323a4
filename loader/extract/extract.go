package extract

import (
	"os"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Extractor turns a document into graph facts with rules over a gazetteer.
// It holds no per-document state, so one Extractor may serve concurrent
// calls.
type Extractor struct {
	g *Gazetteer
}

// New returns an Extractor over the gazetteer g (DefaultGazetteer when nil).
func New(g *Gazetteer) *Extractor {
	if g == nil {
		var err error
		if g, err = DefaultGazetteer(); err != nil {
			panic(err) // the embedded lists are part of the build
		}
	}
	return &Extractor{g: g}
}

// maxEvidence bounds the evidence kept per fact: a name repeated in every
// paragraph adds nothing after the first few sentences.
const maxEvidence = 5

// docState is the working state for one document.
type docState struct {
	g     *Gazetteer
	doc   graph.Document
	text  string
	pub   time.Time
	hasPb bool

	buf      *docBuffer // the slices below that are kept for the next document
	toks     []token
	sents    []sentence
	paras    []span
	gz       []gzMatch         // gazetteer hits in text order
	gzAt     []int32           // per token: index into gz, or -1
	kp       []gzMatch         // known persons' names in text order
	kpAt     []int32           // per token: index into kp, or -1
	paraSent []int             // per paragraph: its first sentence
	paraDay  map[int]dateFound // per paragraph: the first day it gives (fallbackDate)
	lead     *leadDay          // the lead paragraph's day, once read
	jobSpans []span            // jobs described after names (jobAfter), in tokens
	// holderIdx indexes persons by the words of their titles (titleHolders).
	holderIdx map[string][]int
	// placeWords holds the capitalised words the text writes as a place's
	// or a body's ("in Punjab", "the Planning Ministry"), built on first use
	// by bareWordAt.
	placeWords map[string]bool
	headIdx    map[string]int    // headOf's answers, per body; cleared with holderIdx
	tailIdx    map[string]string // orgByTail's answers, per pair of words
	// titleBodies are the units named inside a title's complement
	// ("Director of the European Department"): emitted as bodies, though
	// the title's parse keeps them as its portfolio.
	titleBodies []gzMatch
	quotes      []quote
	quoteAt     []int32 // per token: index into quotes when inside one, or -1
	localOr     []localOrg
	parents     []gzMatch // known organisations named inside a local one's name
	// credits are the wire credits of datelines ("BEIJING, May 27
	// (Xinhua) --", "MOSCOW, May 19. /TASS/."), as token spans: the
	// document's source, not an organisation the text tells of.
	credits []span

	persons  []*person
	mentions []pmention // person mentions in text order
	subject  []int      // per sentence: person index of its subject, or -1
	// subjectAmbiguous marks a sentence subject read from a title or a
	// pronoun that more than one person could be.
	subjectAmbiguous []bool
	titleRefs        []titleRef
	counterparts     []counterpart

	planned []*meeting // meetings announced, not held

	// otherYear caches otherYearIn per sentence: 0 unknown, 1 no, 2 yes.
	otherYear []int8
	// delegationLeads are the names after "a delegation led by", in text
	// order; nil until delegationLeaderBefore reads them.
	delegationLeads []pmention

	out *graph.Extraction
	// index of each entity in out, by ID, so facts can add evidence
	countryAt, orgAt, placeAt, initAt map[string]int
	placeCountry                      map[string]int // city place ID -> country index
	gzInit                            map[int]string // gazetteer hit start -> ID of the qualified initiative it names
}

// docBuffer holds the slices of a document's extraction that are as long as
// its tokens or nearly: the tokens, the gazetteer's matches and the
// indexes by token. They are most of what extracting a document
// allocates, and once it is done they serve the next document: the facts
// hold none of them.
type docBuffer struct {
	toks                []token
	gz                  []gzMatch
	gzAt, kpAt, quoteAt []int32
	sents               []sentence
}

var docBuffers = sync.Pool{New: func() any { return new(docBuffer) }}

// maxPooledTokens is the most tokens a kept buffer holds (3.5 MiB of
// tokens): a long document's buffers are left to the garbage collector.
const maxPooledTokens = 1 << 16

// keepBuffers gives the document's buffers back for the next document.
func (d *docState) keepBuffers() {
	if cap(d.toks) > maxPooledTokens {
		return
	}
	// Most tokens' words are substrings of the text: cleared, the kept
	// tokens hold no text. (Those past this document's are clear already.)
	clear(d.toks)
	*d.buf = docBuffer{toks: d.toks[:0], gz: d.gz[:0], gzAt: d.gzAt, kpAt: d.kpAt, quoteAt: d.quoteAt, sents: d.sents[:0]}
	docBuffers.Put(d.buf)
}

// perToken returns buf, or a new slice, of n elements, each -1.
func perToken(buf []int32, n int) []int32 {
	if cap(buf) < n {
		buf = make([]int32, n)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = -1
	}
	return buf
}

// Extract reads the facts of doc. doc.Text is the body the evidence offsets
// refer to; doc.Published (YYYY-MM-DD) anchors relative dates. The result is
// deterministic: every list is in order of first appearance in the text.
func (x *Extractor) Extract(doc graph.Document) (ex *graph.Extraction, err error) {
	defer func() {
		// A rule that fails on a text it was not written for costs that
		// document, not the load: the loader refuses it and goes on.
		if r := recover(); r != nil {
			if os.Getenv("ACTORGRAPH_PANIC") != "" {
				// For whoever debugs a rule: the panic with its stack.
				panic(r)
			}
			ex, err = nil, graph.Errorf(graph.EINVALID, "the extractor failed on this document (a bug: please report it with the document): %v", r)
		}
	}()
	if doc.ID == "" {
		doc.ID = graph.DocumentID(doc.Text)
	}
	d := &docState{g: x.g, doc: doc, text: doc.Text}
	d.pub, d.hasPb = parsePublished(doc.Published)
	d.out = &graph.Extraction{
		Document:      doc,
		Persons:       []graph.PersonFact{},
		Organisations: []graph.EntityFact{},
		Countries:     []graph.EntityFact{},
		Places:        []graph.PlaceFact{},
		Initiatives:   []graph.InitiativeFact{},
		Meetings:      []graph.MeetingFact{},
		Statements:    []graph.StatementFact{},
		Memberships:   []graph.MembershipFact{},
	}
	d.countryAt = map[string]int{}
	d.orgAt = map[string]int{}
	d.placeAt = map[string]int{}
	d.initAt = map[string]int{}
	d.gzInit = map[int]string{}

	d.buf = docBuffers.Get().(*docBuffer)
	d.toks = tokenizeWith(d.buf.toks[:0], d.text, d.g)
	d.gz = d.buf.gz[:0]
	defer d.keepBuffers()
	d.paras = paragraphs(d.text)
	d.sents = sentencesOf(d.buf.sents[:0], d.text, d.paras)
	assignSentences(d.toks, d.sents)
	d.indexParas()
	d.matchGazetteer()
	d.datelinePublished()
	d.matchKnownPersons()
	d.headedOrgs()
	d.namedSummits()
	d.quotes = findQuotes(d.text, d.paras)
	d.markQuotes()
	d.findPersons()
	d.diplomacyHeads()
	d.leaderRefs()
	intros := slices.Clone(d.mentions)
	d.resolveMentions()
	if cp, hl := d.counterpartPositions(), d.headlineTitle(); cp || hl {
		// "his Spanish counterpart, X" gives X a title that later
		// references use ("The Spanish minister was accompanied by"):
		// they are resolved again, knowing it.
		d.holderIdx, d.headIdx = nil, nil
		d.mentions = intros
		d.resolveMentions()
	}
	d.delegationLeaders()
	d.listedTitles()
	if d.collegeBodies(true) {
		sortGz(d)
	}
	d.findCredits()
	d.entities()
	d.patternInitiatives()
	d.ministries()
	d.embassies()
	d.headOffices()
	d.toldAgencies()
	d.signOffUnits()
	d.memberships()
	d.fillHomeCountry() // before meetings: hosts are found by country
	meetings := d.findMeetings()
	d.statements(meetings)
	d.promoters()
	d.emitPersons()
	d.emitMeetings(meetings)
	return d.out, nil
}

// ev is the evidence of sentence si for rule.
func (d *docState) ev(si int, rule string) graph.Evidence {
	s := d.sents[si]
	return graph.Evidence{Sentence: d.text[s.start:s.end], Start: s.start, End: s.end, Rule: rule}
}

// addEv appends e to evs unless the same sentence and rule are there or the
// list is full.
func addEv(evs []graph.Evidence, e graph.Evidence) []graph.Evidence {
	if len(evs) >= maxEvidence {
		return evs
	}
	for _, o := range evs {
		if o.Start == e.Start && o.End == e.End && o.Rule == e.Rule {
			return evs
		}
	}
	return append(evs, e)
}

// tokText is the text of tokens [i, j).
func (d *docState) tokText(i, j int) string {
	if i >= j {
		return ""
	}
	return d.text[d.toks[i].start:d.toks[j-1].end]
}

// phrase is the text of tokens [i, j) with white space collapsed: news
// text carries non-breaking spaces that must not reach names.
func (d *docState) phrase(i, j int) string {
	s := d.tokText(i, j)
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s is ASCII text whose words are separated
// by single spaces, with none at either end: what collapsing its white
// space would give.
func singleSpaced(s string) bool {
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c >= utf8.RuneSelf:
			return false
		case c == ' ':
			if k == 0 || k == len(s)-1 || s[k+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		}
	}
	return true
}

// markQuotes records, per token, the quotation it is inside.
func (d *docState) markQuotes() {
	d.quoteAt = perToken(d.buf.quoteAt, len(d.toks))
	qi, si := 0, 0
	for i := range d.toks {
		t := d.toks[i].start
		for qi < len(d.quotes) {
			q := &d.quotes[qi]
			for si < len(q.segs) && t >= q.segs[si].end {
				si++
			}
			if si >= len(q.segs) {
				qi++
				si = 0
				continue
			}
			break
		}
		if qi < len(d.quotes) && t >= d.quotes[qi].segs[si].start && t < d.quotes[qi].segs[si].end {
			d.quoteAt[i] = int32(qi)
		}
	}
}

// inQuote reports whether token i is quoted.
func (d *docState) inQuote(i int) bool { return d.quoteAt[i] >= 0 }

// localOrg is an organisation the gazetteer does not know, that a document
// introduces with "Name (ACRONYM)" or that a rule reads from its form
// ("... Council", "... Plc"); acronym is then its short form, if any.
type localOrg struct {
	name, acronym, kind string
}

// orgSuffixes end the names of bodies a document may introduce.
var orgSuffixes = map[string]string{
	"organisation": "intergovernmental", "organization": "intergovernmental", "council": "agency",
	"union": "intergovernmental", "commission": "agency", "cooperation": "intergovernmental",
	"forum": "forum", "association": "intergovernmental", "bank": "agency", "fund": "agency",
	"agency": "agency", "committee": "agency", "party": "party", "group": "company",
	"alliance": "intergovernmental", "center": "agency", "centre": "agency", "ministry": "agency",
	"company": "company", "corporation": "company", "institute": "agency", "assembly": "agency",
}

// matchGazetteer finds the longest gazetteer match at each token, then the
// acronyms the text introduces as "Full Name (ACRONYM)".
func (d *docState) matchGazetteer() {
	d.gzAt = perToken(d.buf.gzAt, len(d.toks))
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if !t.isWord() && t.lower != "'" {
			i++
			continue
		}
		m, ok := d.g.match(d.text, d.toks, i)
		if !ok || d.surnameTitle(m) || d.clockTime(m) || d.chiefAlone(m) || d.givenNameTitle(m) || d.regionOfAmerica(m) {
			i++
			continue
		}
		d.gz = append(d.gz, m)
		for k := m.start; k < m.end; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
		i = m.end
	}
	d.speakingSeats()
	d.nationalNamesakes()
	d.shortNamesOfNamed()
	d.introducedAcronyms()
}

// seatWords, after the name of a seat of power, make it the office that
// speaks from there: "Kremlin spokesman Dmitry Peskov", "the Akorda press
// service".
var seatWords = wordSet(`spokesman spokeswoman spokesperson press`)

// speakingSeats reads a seat of power that the gazetteer lists as a place
// and as a body ("Kremlin", "Akorda") as the body where a press word
// follows it ("Kremlin spokesman", "the Akorda press service"), and as the
// place elsewhere ("talks in the Akorda").
func (d *docState) speakingSeats() {
	for gi, m := range d.gz {
		if m.e.kind != entCity || m.end >= len(d.toks) || !seatWords.at(d.toks[m.end].wid) || d.toks[m.end].newlineBefore {
			continue
		}
		if oi := d.g.orgIndex(d.phrase(m.start, m.end)); oi >= 0 {
			d.setHit(gi, gzMatch{start: m.start, end: m.end, e: entry{kind: entOrg, idx: oi}})
		}
	}
}

// shortNamesOfNamed reads a known body's one-word alias ("the
// Commonwealth": the Commonwealth of Nations) as the other known body
// whose name it opens, where the document names that one ("Commonwealth
// of Independent States ... the Commonwealth's role"): its short name
// there.
func (d *docState) shortNamesOfNamed() {
	var named map[int]bool     // the known bodies the document names, read on first need
	longer := map[string]int{} // per short name, the body it names here, or -1
	for gi, m := range d.gz {
		if m.e.kind != entOrg || m.e.idx < 0 || m.end-m.start != 1 || d.toks[m.start].allCaps {
			continue
		}
		bare := d.toks[m.start].lower
		if strings.EqualFold(bare, d.g.Organisations[m.e.idx].Name) {
			continue
		}
		if named == nil {
			named = map[int]bool{}
			for _, o := range d.gz {
				if o.e.kind == entOrg && o.e.idx >= 0 {
					named[o.e.idx] = true
				}
			}
		}
		if b, ok := longer[bare]; ok {
			if b >= 0 {
				d.setHit(gi, gzMatch{start: m.start, end: m.end, e: entry{kind: entOrg, idx: b}})
			}
			continue
		}
		best := -1 // the first in the gazetteer, whatever the map's order
		for oi := range named {
			if oi == m.e.idx || d.g.Organisations[oi].Kind != d.g.Organisations[m.e.idx].Kind {
				continue // not "Commonwealth Heads of Government Meeting", a forum
			}
			if name := d.g.Organisations[oi].Name; len(name) > len(bare) && strings.EqualFold(name[:len(bare)+1], bare+" ") && (best < 0 || oi < best) {
				best = oi
			}
		}
		longer[bare] = best
		if best >= 0 {
			d.setHit(gi, gzMatch{start: m.start, end: m.end, e: entry{kind: entOrg, idx: best}})
		}
	}
}

// nationalNamesakes reads a body's bare name that the gazetteer gives an
// international body ("the Security Council": the UN's) as the national
// body of that name the document names ("Secretary of the Russian
// Security Council ... Deputy Secretary of the Security Council"): the
// one it names, or, where it names several, none of them, so that the
// post takes its holder's side. Not where the document names the
// international body in another way too ("the UN Security Council").
func (d *docState) nationalNamesakes() {
	var dead []int
	for gi, m := range d.gz {
		if m.e.kind != entOrg || m.e.idx < 0 || !d.g.orgIsIGO(m.e.idx) {
			continue
		}
		bare := d.phrase(m.start, m.end)
		if m.end-m.start < 2 || strings.EqualFold(bare, d.g.Organisations[m.e.idx].Name) {
			continue // an acronym, or the body's full name
		}
		national, n := gzMatch{}, 0
		for _, o := range d.gz {
			if o.e.kind == entOrg && o.e.idx == m.e.idx && !strings.EqualFold(d.phrase(o.start, o.end), bare) {
				n = 0 // the document names the international body too: "the UN Security Council"
				break
			}
			if o.e.kind != entOrg || o.e.idx < 0 || o.e.idx == m.e.idx || d.g.Organisations[o.e.idx].Country == "" {
				continue
			}
			// "Security Council of Russia", not "Supreme National
			// Security Council": the bare name with its country.
			if name := d.g.Organisations[o.e.idx].Name; strings.HasPrefix(name, bare+" of ") && (n == 0 || o.e.idx != national.e.idx) {
				national = o
				n++
			}
		}
		switch {
		case n == 1:
			d.setHit(gi, gzMatch{start: m.start, end: m.end, e: national.e})
		case n > 1:
			dead = append(dead, gi)
		}
	}
	d.dropHits(dead)
}

// acronymLike reports whether token i is written as an acronym: in
// capitals ("SCO"), or a word of up to eight letters with at least two
// capitals and as many capitals as small letters ("AfCFTA", "AFoCO",
// "SCZone"); not a name or a brand ("McCain", "WeChat", "YouTube").
func (d *docState) acronymLike(i int) bool {
	t := &d.toks[i]
	if t.allCaps {
		return true
	}
	w := d.text[t.start:t.end]
	if !t.isWord() || !t.upper || len(w) < 3 || len(w) > 8 {
		return false
	}
	caps, small := 0, 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			caps++
		} else if r >= 'a' && r <= 'z' {
			small++
		} else {
			return false
		}
	}
	return caps >= 2 && caps >= small
}

// introducedAcronyms handles "Lancang-Mekong Cooperation (LMC)": a known
// name teaches the document a new acronym for it, and an unknown name that
// ends like a body's name ("... Council", "... Centre") becomes a local
// organisation. Later uses of the acronym are matched to it.
func (d *docState) introducedAcronyms() {
	type acr struct {
		e     entry
		local int
	}
	known := map[string]acr{}
	for i := 2; i+1 < len(d.toks); i++ {
		t := &d.toks[i]
		if !d.acronymLike(i) || d.toks[i-1].punct != '(' || d.toks[i+1].punct != ')' {
			continue
		}
		acronym := d.text[t.start:t.end]
		if d.gzAt[i] >= 0 {
			// "World Tourism Organisation (WTO)": the document's own
			// definition wins over the gazetteer's other WTO.
			a, aok := d.gzOf(i)
			g, gok := d.gzOf(i - 2)
			if aok && gok && a.e.kind == entOrg && g.e.kind == entOrg && g.end == i-1 && g.e.idx != a.e.idx {
				known[acronym] = acr{e: g.e, local: -1}
				d.gz[d.gzAt[i]].e = g.e
			}
			if gok && g.end == i-1 || !aok || a.e.kind != entOrg || a.start != i || a.end != i+1 || d.acronymStart(i-1, acronym) < 0 {
				continue
			}
			// "The SAARC Development Fund (SDF)": an unknown name whose
			// initials spell an acronym the gazetteer gives another body
			// (Japan's Self-Defense Forces) is read below as a new body.
		}
		if g := d.gzAt[i-2]; g >= 0 && d.gz[g].end == i-1 {
			if k := d.gz[g].e.kind; k == entOrg || k == entInitiative {
				known[acronym] = acr{e: d.gz[g].e, local: -1}
			}
			continue
		}
		// Walk back over the capitalised words of an unknown name.
		j := i - 2
		start := -1
		for ; j >= 0 && i-2-j < 8; j-- {
			w := &d.toks[j]
			if w.isHyphen() || (w.isWord() && (w.upper || w.lower == "of" || w.lower == "and" || w.lower == "for")) {
				if w.isWord() && w.upper {
					start = j
				}
				continue
			}
			break
		}
		// "Agence Française de Développement (AFD)", "United Nations
		// Office for West Africa and the Sahel (UNOWAS)": a longer name,
		// with connectors of other languages and "the" inside, when its
		// initials spell the acronym exactly.
		// A name after "<Body> of the" is left to headedOrgs, which reads
		// the organ and its parent together ("Guangdong Sub-Council of the
		// China Council for the Promotion of International Trade").
		if s := d.acronymStart(i-1, acronym); s >= 0 && (start < 0 || s < start) && !d.organOfBefore(s) {
			start = s
		}
		if start < 0 || i-2 == start {
			continue
		}
		kind, ok := orgSuffixes[d.toks[i-2].lower]
		if !ok && (d.initialsMatch(start, i-1, acronym) || d.initialsLoose(start, i-1, acronym)) && !initiativeHeads.at(d.toks[i-2].wid) && !instrumentWords.at(d.toks[i-2].wid) && !d.isTitleTok(i-2) {
			// "Global Multimodal Logistics (GML)": initials that spell the
			// acronym make a name whatever its last word; so do those of a
			// name in another language ("Community of Portuguese Language
			// Countries (CPLP)").
			kind, ok = "organisation", true
		}
		if !ok {
			continue
		}
		if stopFirst.at(d.toks[start].wid) {
			start++
		}
		d.localOr = append(d.localOr, localOrg{name: d.phrase(start, i-1), acronym: acronym, kind: kind})
		known[acronym] = acr{local: len(d.localOr) - 1}
		// Mark the full name too.
		d.gz = append(d.gz, gzMatch{start: start, end: i - 1, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}})
		for k := start; k < i-1; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
	}
	if len(known) == 0 {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		a, ok := known[d.text[t.start:t.end]]
		if !ok || !d.acronymLike(i) {
			continue
		}
		e := a.e
		if a.local >= 0 {
			e = entry{kind: entOrg, idx: -1 - a.local}
		}
		if g := d.gzAt[i]; g >= 0 {
			if m := d.gz[g]; m.start == i && m.end == i+1 && m.e.kind == entOrg {
				d.gz[g].e = e
			}
			continue
		}
		d.gz = append(d.gz, gzMatch{start: i, end: i + 1, e: e})
		d.gzAt[i] = int32(len(d.gz) - 1)
	}
	// Keep d.gz in text order.
	sortGz(d)
}

// setHit puts m at index gi of the gazetteer hits, over its tokens.
func (d *docState) setHit(gi int, m gzMatch) {
	d.gz[gi] = m
	for k := m.start; k < m.end; k++ {
		d.gzAt[k] = int32(gi)
	}
}

// dropHits removes the gazetteer hits at the indexes dead, whose tokens a
// longer hit now covers, and renumbers gzAt.
func (d *docState) dropHits(dead []int) {
	if len(dead) == 0 {
		return
	}
	slices.Sort(dead)
	dead = slices.Compact(dead)
	for k := len(dead) - 1; k >= 0; k-- {
		d.gz = slices.Delete(d.gz, dead[k], dead[k]+1)
	}
	sortGz(d)
}

// sortGz sorts the gazetteer hits by position and renumbers gzAt.
func sortGz(d *docState) {
	// Stable, as the insertion sort it replaces, which took seconds on a
	// long text whose rules added thousands of bodies.
	slices.SortStableFunc(d.gz, func(a, b gzMatch) int { return a.start - b.start })
	for i := range d.gzAt {
		d.gzAt[i] = -1
	}
	for k, m := range d.gz {
		for i := m.start; i < m.end; i++ {
			d.gzAt[i] = int32(k)
		}
	}
}

// gzOf returns the gazetteer hit covering token i.
func (d *docState) gzOf(i int) (gzMatch, bool) {
	if i < 0 || i >= len(d.toks) || d.gzAt[i] < 0 {
		return gzMatch{}, false
	}
	return d.gz[d.gzAt[i]], true
}

// orgInfo returns the name, kind and QID of organisation entry idx (local
// organisations have negative indexes).
func (d *docState) orgInfo(idx int) (name, kind, qid string) {
	if idx < 0 {
		l := d.localOr[-1-idx]
		return l.name, l.kind, ""
	}
	o := d.g.Organisations[idx]
	return o.Name, o.Kind, o.QID
}

// orgID is the graph ID of organisation idx (orgInfo's).
func (d *docState) orgID(idx int) string {
	if idx >= 0 {
		return d.g.orgID(idx)
	}
	return graph.EntityID(graph.KindOrganisation, d.localOr[-1-idx].name)
}

// entityID is the graph ID of a country, organisation or initiative entry.
func (d *docState) entityID(e entry) string {
	switch e.kind {
	case entCountry, entCapital:
		return d.g.countryID(e.idx)
	case entOrg:
		return d.orgID(e.idx)
	case entInitiative:
		return d.g.initiativeID(e.idx)
	}
	return ""
}

// eventForumWords name what a recurring forum of speakers and deals is
// about: "Tashkent International Investment Forum", "Indo-Pacific
// Business Forum", "Tirana Connectivity Forum".
var eventForumWords = wordSet(`international economic business investment development youth connectivity urban silk peace
interregional`)

// eventForum reports whether the body the text introduces, local
// organisation idx, is a forum held as an event, not a body with members
// ("the Pacific Islands Forum" is in the gazetteer): an initiative, as
// the gold sets list most of them.
func (d *docState) eventForum(idx int) bool {
	name := d.localOr[-1-idx].name
	if !strings.HasSuffix(name, " Forum") || strings.Contains(name, "Joint ") {
		return false // "Russia-Mongolia-China Joint Trade and Economic Forum": the parties' own body
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if eventForumWords.of(w) {
			return true
		}
	}
	return false
}

// entities emits the countries, organisations, places and initiatives the
// text names. A capital that is the subject of its sentence ("Beijing
// said") stands for its country; elsewhere it is a place.
func (d *docState) entities() {
	slices.SortFunc(d.titleBodies, func(a, b gzMatch) int { return a.start - b.start })
	d.titleBodies = slices.CompactFunc(d.titleBodies, func(a, b gzMatch) bool { return a.start == b.start })
	tb := 0 // the bodies named inside titles, in text order among the hits
	titleBodies := func(before int) {
		for ; tb < len(d.titleBodies) && d.titleBodies[tb].start < before; tb++ {
			m := d.titleBodies[tb]
			d.addOrg(m.e.idx, d.phrase(m.start, m.end), d.toks[m.start].sent, "title-unit")
		}
	}
	planned := d.plannedBodies()
	for _, m := range d.gz {
		titleBodies(m.start)
		si := d.toks[m.start].sent
		surface := d.phrase(m.start, m.end)
		if m.e.kind == entOrg && m.e.idx < 0 && planned[d.orgID(m.e.idx)] {
			d.addPatternInitiative(m.start, m.end, "planned-body")
			continue
		}
		if m.e.kind == entOrg && m.e.idx < 0 && d.eventForum(m.e.idx) {
			d.addPatternInitiative(m.start, m.end, "event-forum")
			continue
		}
		switch m.e.kind {
		case entCountry:
			id := d.addCountry(m.e.idx, si, "gazetteer")
			// The text's own spelling of the country ("Viet Nam",
			// "Türkiye", "Socialist Republic of Viet Nam") is kept as an
			// alias of its gazetteer name.
			if a, ok := d.g.countryAliasBySlug[m.e.idx][graph.Slug(surface)]; ok {
				c := &d.out.Countries[d.countryAt[id]]
				c.Aliases = addAlias(c.Aliases, c.Name, a)
			}
		case entCapital:
			if d.capitalIsSubject(m) {
				d.addCountry(m.e.idx, si, "capital-subject")
			} else {
				d.addPlace(d.g.Countries[m.e.idx].Capitals[0], m.e.idx, si, "gazetteer")
			}
		case entCity:
			d.addCity(m, si, "gazetteer")
		case entOrg:
			if d.creditAt(m.start, m.end) {
				continue
			}
			d.addOrg(m.e.idx, surface, si, "gazetteer")
			d.countriesInside(m, si)
		case entInitiative:
			if s, e, ok := d.qualifiedCommunity(m); ok {
				d.gzInit[m.start] = d.addPatternInitiative(s, e, "initiative-community")
				continue
			}
			d.addInitiative(m.e.idx, surface, si, "gazetteer")
			d.countriesInside(m, si)
		}
	}
	titleBodies(len(d.toks))
	for _, m := range d.parents {
		if m.e.kind == entOrg {
			d.addOrg(m.e.idx, d.phrase(m.start, m.end), d.toks[m.start].sent, "parent-org")
		}
	}
}

// plannedBodies returns the banks and funds the document names by the
// gazetteer's patterns only as ones to be set up ("the establishment of
// the SCO Development Bank", "to set up the ... Fund"): a plan, which is
// an initiative, not yet an organisation. A commission or a council to be
// set up is a body all the same.
func (d *docState) plannedBodies() map[string]bool {
	var planned map[string]bool
	told := map[string]bool{} // named at least once as they are
	for _, m := range d.gz {
		if m.e.kind != entOrg || m.e.idx >= 0 {
			continue
		}
		id := d.orgID(m.e.idx)
		if told[id] {
			continue
		}
		// "the SCO Development Bank project office": the project of it.
		projectOf := m.end < len(d.toks) && d.toks[m.end].lower == "project"
		if fundHeads.at(d.toks[m.end-1].wid) && (d.toBeSetUp(m.start) || projectOf) {
			if planned == nil {
				planned = map[string]bool{}
			}
			planned[id] = true
			continue
		}
		told[id] = true
		delete(planned, id)
	}
	for _, m := range d.titleBodies {
		delete(planned, d.orgID(m.e.idx))
	}
	return planned
}

// toBeSetUp reports whether the name at token i is the object of setting
// up: "establishment of [the]", "establishing [an]", "set up [the]",
// "creation of".
func (d *docState) toBeSetUp(i int) bool {
	k := i - 1
	if k >= 0 && (d.toks[k].lower == "the" || d.toks[k].lower == "an" || d.toks[k].lower == "a") {
		k--
	}
	if k < 0 {
		return false
	}
	switch w := d.toks[k].lower; w {
	case "of":
		return k > 0 && setUpNouns.at(d.toks[k-1].wid)
	case "establishing", "establish", "creating", "create", "future", "proposed", "planned":
		return true // "the future SCO Development Bank"
	case "up":
		return k > 0 && (d.toks[k-1].lower == "set" || d.toks[k-1].lower == "setting")
	}
	return false
}

// fundHeads end the names of banks and funds.
var fundHeads = wordSet(`bank fund facility`)

// setUpNouns name the setting up of a body: "the establishment of".
var setUpNouns = wordSet(`establishment creation founding setting launch`)

// countriesInside adds the countries a known name names by their own
// names ("Parliament of Kazakhstan", "China–Laos Railway"): the text names
// them too. A demonym inside a name ("Organization of American States")
// names no country.
func (d *docState) countriesInside(m gzMatch, si int) {
	for i := m.start; i < m.end; i++ {
		if !d.toks[i].upper || !d.g.countryFirstWords[d.toks[i].lower] {
			continue
		}
		for k := min(6, m.end-i); k >= 1; k-- { // "People's Republic of China": six tokens
			if i == m.start && k == m.end-i {
				continue // the name itself
			}
			if ci := d.g.countryIndex(d.phrase(i, i+k)); ci >= 0 {
				d.addCountry(ci, si, "gazetteer-inside")
				i += k - 1
				break
			}
		}
	}
}

// capitalIsSubject reports whether the capital hit m starts its sentence
// (after any dateline) and is followed by a verb-like lower-case word.
func (d *docState) capitalIsSubject(m gzMatch) bool {
	s := d.sents[d.toks[m.start].sent]
	if m.start != s.tokStart || m.end >= s.tokEnd {
		return false
	}
	n := &d.toks[m.end]
	return n.isWord() && !n.upper && n.lower != "and" && n.lower != "on" && n.lower != "in"
}

func (d *docState) addCountry(idx, si int, rule string) string {
	c := d.g.Countries[idx]
	id := d.g.countryID(idx)
	k, ok := d.countryAt[id]
	if !ok {
		k = len(d.out.Countries)
		d.countryAt[id] = k
		d.out.Countries = append(d.out.Countries, graph.EntityFact{ID: id, Name: c.Name, QID: c.QID, Kind: c.ISO2})
	}
	if si >= 0 {
		d.out.Countries[k].Evidence = addEv(d.out.Countries[k].Evidence, d.ev(si, rule))
	}
	return id
}

func (d *docState) addOrg(idx int, surface string, si int, rule string) string {
	name, kind, qid := d.orgInfo(idx)
	id := d.orgID(idx)
	k, ok := d.orgAt[id]
	if !ok {
		k = len(d.out.Organisations)
		d.orgAt[id] = k
		d.out.Organisations = append(d.out.Organisations, graph.EntityFact{ID: id, Name: name, QID: qid, Kind: kind})
	}
	f := &d.out.Organisations[k]
	f.Aliases = addAlias(f.Aliases, name, d.canonicalSurface(entOrg, idx, surface))
	if idx >= 0 {
		// "the CPC Central Committee" writes the party's acronym: CPC
		// is one of its names in the text too.
		for _, a := range d.g.Organisations[idx].Acronyms {
			if a != surface && containsWord(surface, a) {
				f.Aliases = addAlias(f.Aliases, name, a)
			}
		}
	}
	if si >= 0 {
		f.Evidence = addEv(f.Evidence, d.ev(si, rule))
	}
	return id
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func (d *docState) addInitiative(idx int, surface string, si int, rule string) string {
	in := d.g.Initiatives[idx]
	id := d.g.initiativeID(idx)
	k, ok := d.initAt[id]
	if !ok {
		k = len(d.out.Initiatives)
		d.initAt[id] = k
		d.out.Initiatives = append(d.out.Initiatives, graph.InitiativeFact{ID: id, Name: in.Name, QID: in.QID, Kind: in.Kind})
	}
	f := &d.out.Initiatives[k]
	f.Aliases = addAlias(f.Aliases, in.Name, d.canonicalSurface(entInitiative, idx, surface))
	if si >= 0 {
		f.Evidence = addEv(f.Evidence, d.ev(si, rule))
	}
	return id
}

// addPlace adds a place, in the country with gazetteer index country (-1
// when unknown).
func (d *docState) addPlace(name string, country, si int, rule string) string {
	id := graph.EntityID(graph.KindPlace, name)
	k, ok := d.placeAt[id]
	if !ok {
		k = len(d.out.Places)
		d.placeAt[id] = k
		p := graph.PlaceFact{ID: id, Name: name}
		if country >= 0 {
			p.Country = d.addCountry(country, -1, "")
		}
		d.out.Places = append(d.out.Places, p)
	}
	if si >= 0 {
		d.out.Places[k].Evidence = addEv(d.out.Places[k].Evidence, d.ev(si, rule))
	}
	return id
}

// addCity adds the city of gazetteer hit m as a place and remembers its
// country for the hosts of meetings held there; the country itself is not
// thereby named by the text.
func (d *docState) addCity(m gzMatch, si int, rule string) string {
	name := d.phrase(m.start, m.end)
	for _, c := range d.g.Countries[m.e.idx].Cities {
		if strings.EqualFold(c, name) {
			name = c // "YANGON -" is Yangon
			break
		}
	}
	id := d.addPlace(name, -1, si, rule)
	if d.placeCountry == nil {
		d.placeCountry = map[string]int{}
	}
	d.placeCountry[id] = m.e.idx
	return id
}

// canonicalSurface returns the gazetteer spelling of a matched variant, so
// that aliases read "SCO" and not "SCO's".
func (d *docState) canonicalSurface(k entKind, idx int, surface string) string {
	if idx < 0 {
		return d.localOr[-1-idx].acronym
	}
	var vs, slugs []string
	switch k {
	case entOrg:
		o := d.g.Organisations[idx]
		vs = append(append([]string{o.Name}, o.Acronyms...), o.Aliases...)
		slugs = d.g.orgSlugs[idx]
	case entInitiative:
		in := d.g.Initiatives[idx]
		vs = append([]string{in.Name}, in.Aliases...)
		slugs = d.g.initiativeSlugs[idx]
	}
	key := graph.Slug(surface)
	for i, s := range slugs {
		if s == key {
			return vs[i]
		}
	}
	return surface
}

// addAlias adds a surface form other than the canonical name, once.
func addAlias(aliases []string, name, alias string) []string {
	if alias == "" || strings.EqualFold(alias, name) {
		return aliases
	}
	for _, a := range aliases {
		if strings.EqualFold(a, alias) {
			return aliases
		}
	}
	return append(aliases, alias)
}

// initiativeHeads end the names of initiatives, plans and programmes.
var initiativeHeads = wordSet(`initiative initiatives strategy plan programme program framework corridor agenda
partnership project vision roadmap goals`)

// initialsMatch reports whether the initials of the capitalised words in
// tokens [a, b) spell acronym, with two words or more.
func (d *docState) initialsMatch(a, b int, acronym string) bool {
	var ini []rune
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.isWord() && t.upper {
			r, _ := utf8.DecodeRuneInString(d.text[t.start:t.end])
			ini = append(ini, unicode.ToUpper(r))
		}
	}
	return len(ini) >= 2 && string(ini) == acronym
}

// nameConnectors join the capitalised words of a body's name, in English
// and in the Romance languages of the genre's bodies.
var nameConnectors = wordSet(`of and for the on de du des la le et da do dos das del e y para pour`)

// acronymStart returns where a name ending before token end starts, when
// the initials of its capitalised words spell acronym exactly; -1 when no
// name within twelve tokens does. Connectors may sit inside the name, not
// at its start.
func (d *docState) acronymStart(end int, acronym string) int {
	n := utf8.RuneCountInString(acronym)
	caps := 0
	for k := end - 1; k >= 0 && end-k <= 12; k-- {
		w := &d.toks[k]
		switch {
		case w.isHyphen():
			continue
		case w.punct == ',' && k+1 < end && d.toks[k+1].upper && k > 0 && d.toks[k-1].upper:
			continue // "Organisation of African, Caribbean and Pacific States (OACPS)"
		case w.isWord() && w.upper && !stopFirst.at(w.wid):
			caps++
			if caps == n {
				if d.initialsMatch(k, end, acronym) {
					return k
				}
				return -1
			}
		case w.isWord() && nameConnectors.at(w.wid):
			continue
		default:
			return -1
		}
		if w.newlineBefore {
			return -1 // a name does not run over a line break
		}
	}
	return -1
}

// initialsLoose reports whether a name of three capitalised words or more
// in tokens [a, b) carries an acronym from another language: as many
// letters as words, the same first letter, and every letter an initial of
// one of its words ("Community of Portuguese Language Countries", CPLP).
func (d *docState) initialsLoose(a, b int, acronym string) bool {
	var ini []rune
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.isWord() && t.upper {
			r, _ := utf8.DecodeRuneInString(d.text[t.start:t.end])
			ini = append(ini, unicode.ToUpper(r))
		}
	}
	ac := []rune(acronym)
	if len(ini) < 3 || len(ac) != len(ini) || ac[0] != ini[0] {
		return false
	}
	for _, r := range ac {
		if !strings.ContainsRune(string(ini), r) {
			return false
		}
	}
	return true
}

// organOfBefore reports whether "<Head> of the" precedes token i, with a
// body's head word: the name at i is then the parent of an organ.
func (d *docState) organOfBefore(i int) bool {
	return i >= 3 && d.toks[i-1].lower == "the" && d.toks[i-2].lower == "of" && d.toks[i-3].upper && orgHeads.of(lastHyphenPart(d.toks[i-3].lower))
}

// lastHyphenPart is the last part of a hyphenated word ("sub-council" →
// "council").
func lastHyphenPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

// surnameTitles are titles that are also surnames ("Amy Pope").
var surnameTitles = wordSet(`pope`)

// clockTime reports whether the title match m is the "PM" of a time of
// day: "Updated 6:42 PM UTC".
func (d *docState) clockTime(m gzMatch) bool {
	return m.e.kind == entTitle && m.end == m.start+1 && d.toks[m.start].lower == "pm" && m.start > 2 &&
		d.toks[m.start-1].isWord() && isDigitWord(d.toks[m.start-1].lower) && d.toks[m.start-2].punct == ':' && isDigitWord(d.toks[m.start-3].lower)
}

// givenNameTitle reports whether the title match m is "Sultan", a given
// name too, as it is before "bin" or "Al" ("General Sultan bin Mohammed
// Al Nuamani", "Sultan Al Jaber"), where the monarch's title is before a
// given name ("His Majesty Sultan Haitham bin Tarik"); and "Amir",
// "Emir" or "Sultan" after an honorific or a title and before a name
// ("Mawlawi Amir Khan Muttaqi", "Foreign Minister Amir Khan Muttaqi").
func (d *docState) givenNameTitle(m gzMatch) bool {
	if m.e.kind != entTitle || m.end != m.start+1 || m.end >= len(d.toks) {
		return false
	}
	afterTitle := len(d.gz) > 0 && d.gz[len(d.gz)-1].end == m.start && d.gz[len(d.gz)-1].e.kind == entTitle
	if m.start > 0 && (honorifics.at(d.toks[m.start-1].wid) && d.toks[m.start-1].upper || afterTitle) && d.toks[m.end].upper && d.toks[m.end].isWord() &&
		(d.toks[m.start].lower == "amir" || d.toks[m.start].lower == "emir" || d.toks[m.start].lower == "sultan") {
		return true // "Mawlawi Amir Khan Muttaqi": a given name after an honorific
	}
	if d.toks[m.start].lower != "sultan" {
		return false
	}
	switch d.toks[m.end].lower {
	case "bin", "bint", "ibn", "al":
		return true
	}
	return false
}

// chiefAlone reports whether the title match m is "Chief" without "of"
// after it: a title in "Chief of the Royal Hashemite Court Yousef Issawi",
// the first word of another in "Chief Economist", "Chief Financial
// Officer", which the gazetteer does not know.
func (d *docState) chiefAlone(m gzMatch) bool {
	return m.e.kind == entTitle && m.end == m.start+1 && d.toks[m.start].lower == "chief" && d.toks[m.start].upper &&
		(m.end >= len(d.toks) || d.toks[m.end].lower != "of")
}

// regionOfAmerica reports whether the country match m is the "America" of
// a region, "Latin America" or "Central America", not the United States.
func (d *docState) regionOfAmerica(m gzMatch) bool {
	return m.e.kind == entCountry && m.end == m.start+1 && m.start > 0 && d.toks[m.start].lower == "america" &&
		americaRegions.at(d.toks[m.start-1].wid) && d.toks[m.start-1].upper
}

// americaRegions name parts of the Americas before "America".
var americaRegions = wordSet(`latin central south north`)

// surnameTitle reports whether the title match m is a surname: the word
// follows a capitalised given name ("Director General Amy Pope"), not a
// style ("His Holiness Pope Leo XIV") nor the start of a sentence; or no
// name follows it and no word comes before it ('"...," Pope said'), where
// "the Pope" or "Pope Leo" would have one.
func (d *docState) surnameTitle(m gzMatch) bool {
	if m.e.kind != entTitle || m.end != m.start+1 || !surnameTitles.at(d.toks[m.start].wid) {
		return false
	}
	if n := m.end; (n >= len(d.toks) || !d.toks[n].isWord() || !d.toks[n].upper || d.toks[n].newlineBefore) &&
		(m.start == 0 || !d.toks[m.start-1].isWord()) {
		return true
	}
	if m.start == 0 {
		return false
	}
	p := &d.toks[m.start-1]
	return p.isWord() && p.upper && !p.allCaps && !churchStyles.at(p.wid) && !stopFirst.at(p.wid) && !d.toks[m.start].newlineBefore
}
