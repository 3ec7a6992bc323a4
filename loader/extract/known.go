package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Known persons: the gazetteer lists public figures of the genre with the
// country (or party, or international body) their titles belong to. The
// text decides which title a person holds; the list only completes an
// unqualified title ("President Xi Jinping") with its country, and finds
// the name when no title or verb announces it ("... with Xi Jinping").

// namedAfterHeads end the names of places and bodies named after a person.
var namedAfterHeads = wordSet(`center centre airport school university institute square avenue street bay foundation museum library
hall prize award stadium monument mausoleum park bridge port dam station college academy palace`)

// namedAfterAt reports whether capitalised words from token i up to four
// on end with a word of namedAfterHeads: "Jomo Kenyatta International
// Airport".
func (d *docState) namedAfterAt(i int) bool {
	for k := i; k < len(d.toks) && k < i+4 && d.toks[k].isWord() && d.toks[k].upper && (k == i || !d.toks[k].newlineBefore); k++ {
		if namedAfterHeads.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// matchKnownPersons records the known persons' names in the text.
func (d *docState) matchKnownPersons() {
	d.kpAt = perToken(d.buf.kpAt, len(d.toks))
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if !t.isWord() || !t.upper {
			i++
			continue
		}
		m, ok := d.g.matchPerson(d.text, d.toks, i)
		// A known name inside a longer capitalised name is another
		// person ("Kim Jong Un" is not "Kim Jong"), and one before a
		// place's or a body's word names what is named after them
		// ("Heydar Aliyev Center", "Jomo Kenyatta International Airport").
		if !ok || (m.end < len(d.toks) && d.toks[m.end].isWord() && d.toks[m.end].upper && !d.toks[m.end].newlineBefore &&
			(d.gzAt[m.end] < 0 && !hardStop.at(d.toks[m.end].wid) || d.namedAfterAt(m.end))) ||
			(i > 0 && d.toks[i-1].isWord() && d.toks[i-1].upper && !d.toks[i].newlineBefore && d.gzAt[i-1] < 0 &&
				!hardStop.at(d.toks[i-1].wid) && !honorifics.at(d.toks[i-1].wid) && !d.isTitleTok(i-1)) {
			i++
			continue
		}
		d.kp = append(d.kp, m)
		for k := m.start; k < m.end; k++ {
			d.kpAt[k] = int32(len(d.kp) - 1)
		}
		i = m.end
	}
	// A known person's name holds no other name: "Duma" in "President
	// Duma Boko" is no State Duma.
	var dead []int
	for _, m := range d.kp {
		for k := m.start; k < m.end; k++ {
			if g := d.gzAt[k]; g >= 0 && d.gz[g].start >= m.start && d.gz[g].end <= m.end && d.gz[g].e.kind != entTitle {
				dead = append(dead, int(g))
			}
		}
	}
	d.dropHits(dead)
}

// isTitleTok reports whether token i ends a title hit.
func (d *docState) isTitleTok(i int) bool {
	g, ok := d.gzOf(i)
	return ok && g.e.kind == entTitle
}

// knownIndex returns the known person a name denotes, or -1.
func (g *Gazetteer) knownIndex(name string) int {
	if i, ok := g.personBySlug[graph.Slug(name)]; ok {
		return i
	}
	return -1
}

// knownVariant returns the known person of a two-word name that name
// writes with more given names or initials between its words ("Bola Ahmed
// Tinubu", "Elias M. Magosi" for "Bola Tinubu", "Elias Magosi"), with a
// second surname after them ("Daniel Noboa Azín") or with more given names
// before them ("Kay Rala Xanana Gusmão", "Mohammad Ishaq Dar"), when there
// is one such person; or -1. Names with particles are left ("Salman bin
// Khalifa Al Khalifa" is not "Salman bin Hamad Al Khalifa"), and so are
// the known names of three words or more ("George H. W. Bush" is not
// "George W. Bush"). The first two words, or the last two, must be whole
// words of name: "Cho Hyun-dong" is not "Cho Hyun", whose given name is one
// syllable.
func (g *Gazetteer) knownVariant(name string) int {
	w := strings.Split(graph.Slug(name), "-")
	n := len(w)
	if n < 3 {
		return -1
	}
	for _, x := range w {
		if particles.of(x) {
			return -1
		}
	}
	pairs := []string{w[0] + " " + w[n-1]}
	if f := strings.Fields(name); len(f) >= 3 {
		if graph.Slug(f[0]+" "+f[1]) == w[0]+"-"+w[1] {
			pairs = append(pairs, w[0]+" "+w[1])
		}
		if graph.Slug(f[len(f)-2]+" "+f[len(f)-1]) == w[n-2]+"-"+w[n-1] {
			pairs = append(pairs, w[n-2]+" "+w[n-1])
		}
	}
	found := -1
	for _, pair := range pairs {
		for _, c := range g.personsByPair[pair] {
			if found >= 0 && found != c {
				return -1
			}
			found = c
		}
	}
	return found
}

// orgIndex returns the index of the organisation named name, or -1.
func (g *Gazetteer) orgIndex(name string) int {
	if i, ok := g.orgBySlug[graph.Slug(name)]; ok {
		return i
	}
	return -1
}

// countryIndex returns the index of the country named name, or -1.
func (g *Gazetteer) countryIndex(name string) int {
	if i, ok := g.countryBySlug[graph.Slug(name)]; ok {
		return i
	}
	return -1
}

// partyTitles belong to the person's party rather than to their country.
var partyTitles = map[string]bool{"General Secretary": true}

// bodyTitles belong to a body the text must name: a known head of state
// is no country's Secretary-General.
var bodyTitles = map[string]bool{"Secretary-General": true, "Deputy Secretary-General": true, "Director-General": true,
	"Chief Executive Officer": true, "Commissioner": true, "Head": true, "Director": true, "Senior Director": true,
	"Under-Secretary-General": true, "Assistant Secretary-General": true}

// impliedBody maps a title that only one body confers to that body: an
// Under-Secretary-General is of the United Nations.
var impliedBody = map[string]string{"Under-Secretary-General": "United Nations"}

// ownBodies maps titles (or their beginning, before " for") that name the
// one body or state that confers them to it, whether the text names it or
// not: a European Commissioner is of the European Commission, the Pope is
// the Holy See's.
var ownBodies = map[string]string{"European Commissioner": "European Commission", "Pope": "Holy See"}

// ownBody returns the ID of the body or state that alone confers pos's
// title (ownBodies), which the output then lists with the post's sentence
// as evidence, or "".
func (d *docState) ownBody(pos *position) string {
	head, _, _ := strings.Cut(pos.title, " for ")
	body, ok := ownBodies[head]
	if !ok {
		return ""
	}
	si, ok := d.sentenceAt(pos.ev.Start)
	if !ok {
		si = -1
	}
	if oi := d.g.orgIndex(body); oi >= 0 {
		return d.addOrg(oi, body, si, "title-body")
	}
	if ci := d.g.countryIndex(body); ci >= 0 {
		return d.g.countryID(ci) // the output lists the countries the posts name
	}
	return ""
}

// fillImpliedBody gives an unqualified title of ownBodies its body, and one
// of impliedBody its body when the text names that body.
func (d *docState) fillImpliedBody() {
	for _, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for i := range p.positions {
			pos := &p.positions[i]
			if pos.org == "" && pos.accredited == "" {
				if id := d.ownBody(pos); id != "" {
					pos.org = id
					continue
				}
			}
			body, ok := impliedBody[pos.title]
			if !ok || pos.org != "" || pos.accredited != "" {
				continue
			}
			oi := d.g.orgIndex(body)
			if oi < 0 {
				continue
			}
			if _, named := d.orgAt[d.g.orgID(oi)]; named {
				pos.org = d.g.orgID(oi)
			}
		}
	}
	d.deputiesOfPrincipals()
	d.commissionersOfCommission()
	d.fillDominantBody()
}

// fillPrincipalsBody gives the unqualified staff titles of a body's own
// release that body: when the release's principal, the first subject of its
// body, heads an intergovernmental body's secretariat ("The Secretary
// General of COMESA, Dr. X, on Tuesday received ..."), "the Director of
// Trade and Customs, Mr. Y, also attended" is the body's director, whatever
// country hosts the secretariat or sent the guest. People tied to a
// country keep theirs.
func (d *docState) fillPrincipalsBody() {
	pi := d.firstSubject()
	if pi < 0 {
		return
	}
	body := ""
	for _, pos := range d.persons[pi].positions {
		if principalTitles[normTitle(pos.base)] && pos.accredited == "" && d.orgKind(pos.org) == "intergovernmental" {
			body = pos.org
		}
	}
	if body == "" {
		return
	}
	for qi, p := range d.persons {
		if p.merged >= 0 || p.known >= 0 || qi == pi || slices.ContainsFunc(p.positions, func(q position) bool { return q.org != "" || q.accredited != "" }) {
			continue
		}
		for i := range p.positions {
			// A ministry's officer is a government's: "Chief Executive
			// Officer of the Ministry of Meteorology".
			// A rank before the title keeps it the body's: "the Regional
			// Director for the Americas".
			if pos := &p.positions[i]; (bodyTitles[pos.base] || bodyTitles[stripRanks(pos.base)] || principalTitles[principalOf(pos.base)]) && !strings.Contains(strings.ToLower(pos.out()), "ministry") {
				pos.org = body
			}
		}
	}
}

// firstSubject returns the root person of the first subject of the
// document's body, outside quotations and headlines, or -1.
func (d *docState) firstSubject() int {
	headline := d.doc.Title == "" || strings.HasPrefix(d.text, d.doc.Title)
	for si := range d.sents {
		if d.subject[si] < 0 || (d.sents[si].para == 0 && headline) || d.titledLine(si) || d.inQuote(d.sents[si].tokStart) {
			continue
		}
		return d.root(d.subject[si])
	}
	return -1
}

// fillDominantBody gives the unqualified titles that only a body confers
// (Secretary-General, Director-General, ...) the intergovernmental body the
// text names most, at least twice and more than any other: an agency's
// release names its Director General without "of the IAEA".
func (d *docState) fillDominantBody() {
	best := d.mostNamed(func(e entry) bool { return e.kind == entOrg && d.g.orgIsIGO(e.idx) })
	if best < 0 {
		return
	}
	for _, p := range d.persons {
		if p.merged >= 0 || p.known >= 0 {
			continue
		}
		for i := range p.positions {
			if pos := &p.positions[i]; bodyTitles[pos.title] && pos.org == "" && pos.accredited == "" {
				pos.org = d.g.orgID(best)
			}
		}
	}
}

// deputyPrefixes make a deputy's title of a principal's: a Deputy or
// Assistant Secretary-General serves the body whose Secretary-General the
// text names.
var deputyPrefixes = []string{"deputy ", "assistant ", "under-"}

// principalTitles are the heads of a body's secretariat, whose deputies
// serve the same body; a national "Deputy Chairman" is no deputy of a
// body's Chairman.
var principalTitles = map[string]bool{"secretary general": true, "director general": true, "executive secretary": true}

// principalOf returns the principal's title of a deputy's title, normalised
// ("deputy secretary-general for political affairs" -> "secretary general"),
// or "".
func principalOf(title string) string {
	t := strings.ToLower(title)
	for _, pre := range deputyPrefixes {
		if strings.HasPrefix(t, pre) {
			t = strings.TrimPrefix(t, pre)
			if i := strings.Index(t, " for "); i >= 0 {
				t = t[:i]
			}
			return normTitle(t)
		}
	}
	return ""
}

func normTitle(t string) string { return strings.ReplaceAll(strings.ToLower(t), "-", " ") }

// deputiesOfPrincipals gives a deputy's body title with no organisation
// ("Ms. Amina J. Mohammed, Deputy Secretary-General") the body of the one
// principal of that title the text names ("the Secretary-General" of the
// United Nations). Two principals of different bodies leave it open.
func (d *docState) deputiesOfPrincipals() {
	bodyOf := map[string]string{} // principal title -> body, "" when ambiguous
	for _, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if pos.org == "" || pos.accredited != "" || !d.isBody(pos.org) {
				continue
			}
			t := normTitle(pos.title)
			if b, seen := bodyOf[t]; seen && b != pos.org {
				bodyOf[t] = ""
			} else {
				bodyOf[t] = pos.org
			}
		}
	}
	for _, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for i := range p.positions {
			pos := &p.positions[i]
			if pos.org != "" || pos.accredited != "" {
				continue
			}
			pr := principalOf(pos.title)
			if !principalTitles[pr] {
				// "Assistant Secretary General in charge of Programmes":
				// the title's head.
				pr = principalOf(pos.base)
			}
			if principalTitles[pr] && bodyOf[pr] != "" {
				pos.org = bodyOf[pr]
			}
		}
	}
}

// isBody reports whether id is an organisation, not a country.
func (d *docState) isBody(id string) bool {
	_, named := d.orgAt[id]
	return named
}

// commissionersOfCommission gives a Commissioner with no organisation
// ("Commissioner for the Mediterranean Dubravka Šuica") the one commission
// the text names ("the European Commission"). A text naming two leaves it
// open.
func (d *docState) commissionersOfCommission() {
	comm := ""
	for _, o := range d.out.Organisations {
		if !strings.HasSuffix(o.Name, " Commission") || (o.Kind != "agency" && o.Kind != "intergovernmental") {
			continue
		}
		if comm != "" && comm != o.ID {
			return
		}
		comm = o.ID
	}
	if comm == "" {
		return
	}
	for _, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for i := range p.positions {
			pos := &p.positions[i]
			if pos.org == "" && pos.accredited == "" &&
				(pos.title == "Commissioner" || strings.HasPrefix(pos.title, "Commissioner ")) {
				pos.org = comm
			}
		}
	}
}

// completeKnown merges persons who are one known figure under two names
// ("Jokowi", "Joko Widodo") and gives an unqualified title of a known
// person the country, party or body it belongs to.
func (d *docState) completeKnown() {
	target := map[int]int{}
	for pi, p := range d.persons {
		if p.merged >= 0 || p.known < 0 {
			continue
		}
		q, ok := target[p.known]
		if !ok {
			target[p.known] = pi
			continue
		}
		// Keep the name with more words; the other becomes an alias.
		a, b := q, pi
		if len(d.persons[pi].words) > len(d.persons[q].words) {
			a, b = pi, q
			target[p.known] = pi
		}
		pa, pb := d.persons[a], d.persons[b]
		pb.merged = a
		pa.aliases = addAlias(pa.aliases, pa.name, pb.name)
		for _, al := range pb.aliases {
			pa.aliases = addAlias(pa.aliases, pa.name, al)
		}
		for _, pos := range pb.positions {
			pa.addPosition(pos)
		}
	}
	for _, p := range d.persons {
		if p.merged >= 0 || p.known < 0 {
			continue
		}
		k := d.g.Persons[p.known]
		for i := range p.positions {
			pos := &p.positions[i]
			if pos.org != "" {
				// "The Congolese delegation included Minister ... X": the
				// side's country the context lent a known person is his
				// own state's; not "the King of Canada, Charles III".
				if _, isCountry := d.g.countryByID[pos.org]; isCountry && pos.side && k.Country != "" && k.Org == "" && !bodyTitles[pos.title] {
					if ci := d.g.countryIndex(k.Country); ci >= 0 && d.g.countryID(ci) != pos.org {
						pos.org = d.addCountry(ci, -1, "")
					}
				}
				continue
			}
			switch {
			case (partyTitles[pos.title] || strings.HasSuffix(pos.title, "General Secretary") ||
				strings.Contains(strings.ToLower(pos.title), "party")) && k.Party != "":
				if oi := d.g.orgIndex(k.Party); oi >= 0 {
					pos.org = d.addOrg(oi, d.g.Organisations[oi].Name, -1, "")
				}
			case k.Org != "":
				if oi := d.g.orgIndex(k.Org); oi >= 0 {
					pos.org = d.addOrg(oi, d.g.Organisations[oi].Name, -1, "")
				}
			case k.Country != "" && !bodyTitles[pos.title]:
				if ci := d.g.countryIndex(k.Country); ci >= 0 {
					pos.org = d.addCountry(ci, -1, "")
				}
			}
		}
		p.dedupePositions()
	}
}

// dedupePositions drops a position that another one repeats once
// organisations are known.
func (p *person) dedupePositions() {
	var out []position
	for _, pos := range p.positions {
		dup := false
		for _, o := range out {
			if strings.EqualFold(o.title, pos.title) && o.org == pos.org && o.accredited == pos.accredited {
				dup = true
			}
		}
		if !dup {
			out = append(out, pos)
		}
	}
	p.positions = out
}

// bodyHeads end the name of a body that a title may carry before it
// ("National Assembly Chairman", "foreign ministry spokesperson").
var bodyHeads = wordSet(`assembly committee council board commission ministry government party parliament cabinet
congress senate`)

// bodyBefore returns where a body's name right before token i starts, or
// i when there is none.
func (d *docState) bodyBefore(i int) int {
	k := i - 1
	if k < 0 || !d.toks[k].isWord() || !bodyHeads.at(d.toks[k].wid) || d.gzAt[k] >= 0 {
		return i
	}
	up := d.toks[k].upper
	b := k
	for n := 0; n < 3 && b-1 >= 0; n++ {
		t := &d.toks[b-1]
		if !t.isWord() || t.upper != up || d.gzAt[b-1] >= 0 || stopFirst.at(t.wid) || t.newlineBefore ||
			t.lower == "of" || t.lower == "and" || t.lower == "s" || isDigitWord(t.lower) || d.toks[b].newlineBefore {
			break
		}
		if up && hardStop.at(t.wid) && !bodyHeads.at(t.wid) && t.lower != "national" && t.lower != "foreign" && t.lower != "state" {
			break
		}
		if !up && !(t.lower == "foreign" || t.lower == "state" || t.lower == "national" || t.lower == "standing" ||
			t.lower == "central" || t.lower == "communist" || t.lower == "defence" || t.lower == "defense" ||
			t.lower == "presidential" || t.lower == "government") {
			break
		}
		b--
	}
	return b
}

// formerBefore reports whether a title starting at token i is a past one:
// "former President", "the late General Secretary", "ex-Prime Minister".
func (d *docState) formerBefore(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].isHyphen() {
		k--
	}
	if k < 0 {
		return false
	}
	switch d.toks[k].lower {
	case "then":
		// "the then Prime Minister", "then-President", "Name, then
		// Minister of ..."; not "received X, and then Ambassador Y", the
		// next in a sequence.
		return k == i-2 || k == 0 || d.toks[k-1].lower != "and"
	case "former", "late", "ex", "erstwhile", "previous":
		return true
	case "the":
		// "on the passing of the President of the UAE, Name": the post
		// of someone who has died is no longer held.
		return k >= 2 && d.toks[k-1].lower == "of" && deathWords.at(d.toks[k-2].wid)
	}
	return false
}

// deathWords before "of the <title>" say its holder has died.
var deathWords = wordSet(`passing death funeral demise burial memory assassination`)

// onlyListSep reports whether only list separators (commas, "and") lie
// between tokens a and b, with at least one.
func (d *docState) onlyListSep(a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.punct != ',' && t.lower != "and" {
			return false
		}
	}
	return true
}

// nickname reads a nickname in quotation marks inside a name: for
// President Joko "Jokowi" Widodo, the name Joko Widodo, the alias Jokowi
// and the token after the name. It returns e when there is none.
func (d *docState) nickname(start, e int) (string, string, int) {
	if e+3 >= len(d.toks) {
		return "", "", e
	}
	o, w, c := &d.toks[e], &d.toks[e+1], &d.toks[e+2]
	if !isQuoteMark(o.punct) || !w.isWord() || !w.upper || !isQuoteMark(c.punct) {
		return "", "", e
	}
	e2 := d.nameAt(e+3, true)
	if e2 <= e+3 {
		return "", "", e
	}
	return d.phrase(start, e) + " " + d.phrase(e+3, e2), d.phrase(e+1, e+2), e2
}

// ofAfterName reads "of [the] <country or organisation>" right after a
// name, and returns its ID and the token after it.
func (d *docState) ofAfterName(e int) (string, int) {
	if e > 0 && e+1 < len(d.toks) && d.toks[e].punct == '.' && (d.toks[e-1].lower == "jr" || d.toks[e-1].lower == "sr") {
		e++ // "President Ferdinand R. Marcos Jr. of the Philippines"
	}
	if e+1 >= len(d.toks) || d.toks[e].lower != "of" {
		return "", e
	}
	k := e + 1
	if d.toks[k].lower == "the" {
		k++
	}
	g, ok := d.gzOf(k)
	if !ok || g.start != k || (g.e.kind != entCountry && g.e.kind != entOrg) {
		return "", e
	}
	return d.entityID(g.e), g.end
}

// knownSurname returns the known person whose last name is slug, when only
// one has it, or -1.
func (g *Gazetteer) knownSurname(slug string) int {
	if i, ok := g.surnames[slug]; ok && i >= 0 {
		return i
	}
	return -1
}

// fillHomeCountry gives the unqualified titles of a government's own
// release the country of that government: its officials go without
// qualifier ("Assistant to the President Jennifer Klein" on the White
// House site), foreigners with one ("Uzbek ...").
func (d *docState) fillHomeCountry() {
	d.fillImpliedBody()
	// The release's country is told before the sides' countries are
	// given: a guest "on the Peruvian side" makes no release Peru's.
	ci := d.releaseCountry()
	d.fillTheKingdom(ci)
	d.fillSideCountry()
	d.fillCompanionCountry()
	d.fillGreetingsCountry()
	d.alsoAccredited()
	d.alsoEnvoy()
	d.fillPrincipalsBody()
	if ci < 0 {
		return
	}
	id := d.g.countryID(ci)
	if _, named := d.countryAt[id]; !named {
		return // the text must name the country itself
	}
	met := d.metOnVisit(ci)
	// "X held talks with his Kenyan counterpart Y" in a Kenyan release:
	// X is Y's guest, no official of Kenya.
	guests := map[int]bool{}
	for _, c := range d.counterparts {
		if c.country == id && c.sent < len(d.subject) && d.subject[c.sent] >= 0 {
			guests[d.root(d.subject[c.sent])] = true
		}
	}
	for pi, p := range d.persons {
		if p.merged >= 0 || p.known >= 0 || guests[pi] {
			continue
		}
		if v, ok := met[pi]; ok && !slices.ContainsFunc(p.positions, func(q position) bool { return d.g.envoyTitle(q.base) && q.org == "" }) {
			// (An ambassador met there, "EAM also met Ambassador Smita
			// Pant and officials of the Embassy", is the visitor's own
			// envoy, left to the release's country below.)
			// "EAM also met H.E. Mr. Laziz Kudratov, Minister of
			// Investment ..." on a visit to Uzbekistan: the visited
			// country's official.
			for i := range p.positions {
				if pos := &p.positions[i]; pos.org == "" && pos.accredited == "" && !bodyTitles[pos.title] {
					pos.org = d.g.countryID(v)
				}
			}
			p.dedupePositions()
			continue
		}
		foreign := false
		for _, pos := range p.positions {
			// An official of another country or of an international
			// body; an office at home ("Director of the Gender Policy
			// Council") is no sign of a foreigner.
			_, country := d.g.countryByID[pos.org]
			if pos.org != "" && pos.org != id && (country || d.orgKind(pos.org) == "intergovernmental") {
				foreign = true
			}
		}
		if foreign {
			continue
		}
		for i := range p.positions {
			pos := &p.positions[i]
			if pos.org == "" && pos.accredited == "" && !bodyTitles[pos.title] &&
				(!monarchTitles[pos.title] || monarchies.of(d.g.Countries[ci].ISO2)) {
				if noMinisters.of(d.g.Countries[ci].ISO2) && strings.Contains(pos.title, "Minister") && !diplomaticRanks[pos.title] {
					// "In Yerevan, the Under Secretary will co-chair the
					// dialogue with Deputy Foreign Minister Vahan
					// Kostanyan": the State Department's government has
					// secretaries, not ministers (but a "Minister-Counselor"
					// of its embassies); the minister is of the country
					// whose city the sentence names, if any.
					if c := d.cityCountryIn(pos.ev.Start); c >= 0 && c != ci {
						pos.org = d.g.countryID(c)
					}
					continue
				}
				pos.org = id
			}
		}
		p.dedupePositions()
	}
}

// noMinisters are the countries, by ISO code, whose government has no
// ministers (the United States' has secretaries): a bare minister's title
// in their releases is another country's.
var noMinisters = wordSet(`US`)

// cityCountryIn returns the country of a city or capital named in the
// sentence that starts at text offset off, or -1.
func (d *docState) cityCountryIn(off int) int {
	si, ok := d.sentenceAt(off)
	if !ok {
		return -1
	}
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		if g, ok := d.gzOf(i); ok && g.start == i && (g.e.kind == entCity || g.e.kind == entCapital) {
			return g.e.idx
		}
	}
	return -1
}

// metOnVisit returns the people that someone of the release's country ci
// meets on the visit the document tells of, to another country: the
// objects of "met", "called on", "held talks with" in a sentence whose
// subject is of ci or of no known country. They map to the visited
// country.
func (d *docState) metOnVisit(ci int) map[int]int {
	v := d.docVisitedCountry()
	if v < 0 || v == ci {
		return nil
	}
	met := map[int]int{}
	for si, s := range d.sents {
		subj := d.subject[si]
		if subj < 0 || d.inQuote(s.tokStart) || d.plannedSentence(si) {
			continue
		}
		subj = d.root(subj)
		if c := d.personCountry(subj); c >= 0 && c != ci {
			continue
		}
		for _, m := range d.mentionsIn(s.tokStart, s.tokEnd) {
			if pi := d.root(m.person); pi != subj && m.kind == mkName && d.visitVerbBefore(m.start, s.tokStart) {
				met[pi] = v
			}
		}
	}
	return met
}

// visitVerbBefore reports whether a verb of meeting ends just before token
// i, past the styles of address: "met H.E. Mr.", "called on", "held talks
// with".
func (d *docState) visitVerbBefore(i, from int) bool {
	k := d.addressBefore(i) - 1
	if k <= from {
		return false
	}
	switch w := d.toks[k].lower; w {
	case "met", "meets":
		return true
	case "on":
		return d.toks[k-1].lower == "called" || d.toks[k-1].lower == "calls" || d.toks[k-1].lower == "call"
	case "with":
		w2 := d.toks[k-1].lower
		return w2 == "met" || w2 == "talks" || w2 == "meeting"
	}
	return false
}

// fillCompanionCountry gives the unqualified titles of the people who
// accompany someone of a known country that country: "Minister Cho was
// accompanied by the Ambassador ..., X, and by Director-General for Asian
// and Pacific Affairs Y" (or "Accompanying Minister Cho were ...") makes
// Y Korean, as a delegation's member. When
// the document tells of a visit to another country, only titles of a
// delegation (envoys, deputies, directors) go with the visitor: the
// hosts' ministers who accompany a guest keep their country.
func (d *docState) fillCompanionCountry() {
	visited := d.docVisitedCountry()
	for si, s := range d.sents {
		if d.subjectAmbiguous[si] {
			continue
		}
		subj, from := d.accompaniedIn(si, true)
		if subj < 0 {
			subj, from = d.possessiveDelegation(si)
		}
		if subj < 0 {
			continue
		}
		if !d.mentionedBefore(subj, s.tokStart, from) {
			continue
		}
		ci, id := d.personCountry(subj), ""
		if ci >= 0 {
			id = d.g.countryID(ci)
		} else if id = d.onlyBody(subj); id == "" {
			continue
		}
		end := s.tokEnd
		for k := from; k < end; k++ {
			if w := d.toks[k].lower; (w == "while" || w == "whereas") && d.toks[k-1].punct == ',' {
				end = k // "..., while the Honourable Minister was joined by X": the other side's clause
			}
		}
		for _, m := range d.mentionsIn(from, end) {
			if m.person == subj || d.inQuote(m.start) {
				continue
			}
			p := d.persons[d.root(m.person)]
			for k := range p.positions {
				if pos := &p.positions[k]; pos.org == "" && pos.accredited == "" && !bodyTitles[pos.title] &&
					(visited < 0 || visited == ci || delegationTitle(pos.title)) {
					pos.org, pos.side = id, true
				}
			}
		}
	}
}

// possessiveDelegation finds in sentence si "X's delegation included A
// and B" and returns X and the token after the verb, where the members
// begin; or -1.
func (d *docState) possessiveDelegation(si int) (int, int) {
	s := d.sents[si]
	for k := s.tokStart + 2; k+1 < s.tokEnd; k++ {
		if d.toks[k].lower != "delegation" || d.toks[k-1].lower != "s" || d.toks[k-2].lower != "'" || d.inQuote(k) || !d.membershipVerbAt(k+1) {
			continue
		}
		for _, m := range d.mentionsIn(s.tokStart, k-2) {
			if m.end == k-2 && m.kind == mkName {
				return m.person, k + 1
			}
		}
		return -1, 0
	}
	return -1, 0
}

// onlyBody returns the organisation of person pi's posts when they are
// all one organisation's: "The Secretary-General of the GCC was
// accompanied by Dr. X, Assistant Secretary-General for Political
// Affairs" makes X the GCC's. Else "".
func (d *docState) onlyBody(pi int) string {
	body := ""
	for _, pos := range d.persons[d.root(pi)].positions {
		if !strings.HasPrefix(pos.org, "organisation:") || body != "" && pos.org != body {
			return ""
		}
		body = pos.org
	}
	return body
}

// fillGreetingsCountry gives an absent leader whose greetings or message
// someone conveys the conveyor's country: "Secretary Lazaro conveyed the
// greetings of President Ferdinand R. Marcos Jr. to His Majesty King
// Hamad" makes the President the Philippines', the Secretary's, and not
// the release's (the King's is the host country's, told elsewhere).
func (d *docState) fillGreetingsCountry() {
	for _, m := range d.mentions {
		si := d.toks[m.start].sent
		if d.subject[si] < 0 || d.subjectAmbiguous[si] || d.inQuote(m.start) {
			continue
		}
		if w := d.greetingWord(m.start); w < 0 || d.toks[w].lower == "invitation" {
			continue // "At the invitation of Minister X": the host's
		}
		subj := d.root(d.subject[si])
		if subj == d.root(m.person) {
			continue
		}
		ci := d.personCountry(subj)
		if ci < 0 {
			continue
		}
		p := d.persons[d.root(m.person)]
		for k := range p.positions {
			if pos := &p.positions[k]; pos.org == "" && pos.accredited == "" && !bodyTitles[pos.title] {
				pos.org = d.g.countryID(ci)
			}
		}
	}
}

// alsoAccredited gives an envoy the further accreditation a relative
// clause tells: "Sandrine Muller-Kayser, Luxembourg's Ambassador to
// Senegal, who is also accredited to Cabo Verde" holds a post in each.
func (d *docState) alsoAccredited() {
	for i := 2; i+1 < len(d.toks); i++ {
		if d.toks[i].lower != "to" || d.toks[i-1].lower != "accredited" || d.toks[i-2].lower != "also" {
			continue
		}
		k := i + 1
		if d.toks[k].lower == "the" {
			k++
		}
		g, ok := d.gzOf(k)
		if !ok || g.start != k || g.e.kind != entCountry && g.e.kind != entOrg {
			continue
		}
		d.accreditLastEnvoy(d.toks[i].sent, i, "", d.entityID(g.e))
	}
}

// accreditLastEnvoy gives the envoy of a clause, the last person named in
// sentence si before token before, the further accreditation id on an
// envoy's post he already holds (of the country org, unless org is "").
func (d *docState) accreditLastEnvoy(si, before int, org, id string) {
	ms := d.mentionsIn(d.sents[si].tokStart, before)
	if len(ms) == 0 {
		return
	}
	p := d.persons[d.root(ms[len(ms)-1].person)]
	for k := range p.positions {
		if pos := &p.positions[k]; pos.accredited != "" && (org == "" || pos.org == org) &&
			(d.g.envoyTitle(pos.base) || envoyTitle(pos.base)) && pos.accreditAlso(id) {
			break
		}
	}
}

// alsoEnvoy gives an envoy the further post a clause tells with its full
// title: "Ambassador Gasimzade is concurrently the Ambassador of
// Azerbaijan to the Republic of Indonesia", "who is also Ambassador of
// Brazil to Indonesia", "who is resident in Jakarta as Mongolia's
// Ambassador to the Republic of Indonesia". The envoy is the last person
// named before in the sentence, and already holds an envoy's post of the
// same country.
func (d *docState) alsoEnvoy() {
	for _, m := range d.gz {
		if m.e.kind != entTitle || !d.g.Titles[m.e.idx].Envoy {
			continue
		}
		b := m.start
		if b >= 3 && d.toks[b-1].lower == "s" && d.toks[b-2].lower == "'" {
			if g, ok := d.gzOf(b - 3); ok && g.end == b-2 && g.e.kind == entCountry {
				b = g.start // "Mongolia's Ambassador"
			}
		} else if b >= 1 && d.toks[b-1].lower == "the" {
			b--
		}
		if b < 1 {
			continue
		}
		switch cue := d.toks[b-1].lower; {
		case cue == "also" || cue == "concurrently":
		case cue == "as" && b >= 4 && d.toks[b-3].lower == "in" && (d.toks[b-4].lower == "resident" || d.toks[b-4].lower == "based"):
		default:
			continue
		}
		p, _, _ := d.parseTitle(m)
		if p.accredited == "" {
			continue
		}
		if p.org == "" && b < m.start && d.toks[b].lower != "the" {
			if g, ok := d.gzOf(b); ok {
				p.org = d.entityID(g.e)
			}
		}
		d.accreditLastEnvoy(d.toks[m.start].sent, b, p.org, p.accredited)
	}
}

// delegationTitle reports whether a title is one of a visitor's
// delegation rather than of the hosts' government: an envoy, a deputy, a
// director.
func delegationTitle(title string) bool {
	t := strings.ToLower(title)
	for _, w := range []string{"ambassador", "vice", "deputy", "director", "envoy", "adviser", "advisor", "secretary"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// theKingdom stands for the country of an envoy accredited "to the
// Kingdom" until the release's country is known.
const theKingdom = "country:?the-kingdom"

// fillTheKingdom gives envoys accredited "to the Kingdom" the release's
// country ci when it is a monarchy, and no accreditation otherwise, nor
// when it is the envoy's own country ("Spain's Ambassador to the Kingdom"
// in a Spanish release).
func (d *docState) fillTheKingdom(ci int) {
	id := ""
	if ci >= 0 && monarchies.of(d.g.Countries[ci].ISO2) {
		id = d.g.countryID(ci)
	}
	for _, p := range d.persons {
		for i := range p.positions {
			if pos := &p.positions[i]; pos.accredited == theKingdom {
				pos.accredited = id
				if pos.org == id {
					pos.accredited = ""
				}
			}
		}
	}
}

// nextSideMarker returns where the next "on the <country> side" of the
// sentence starts after token a, or end.
func (d *docState) nextSideMarker(a, end int) int {
	for k := a; k+3 < end; k++ {
		if _, ok := d.sideAt(k+1, end, false); ok && d.toks[k].lower == "on" {
			return k
		}
		if _, ok := d.sideAt(k+1, end, true); ok && sideClauseOpeners.at(d.toks[k].wid) {
			return k
		}
	}
	return end
}

// sideClauseOpeners introduce a clause about the other side: "The Mauritanian
// delegation included X, while the Algerian side included Y".
var sideClauseOpeners = wordSet(`while whereas`)

// sideAt matches "the <country> side" at token i, or "the <country>
// delegation" when delegation is set, and returns the country's hit.
func (d *docState) sideAt(i, end int, delegation bool) (gzMatch, bool) {
	if i+1 >= end || d.toks[i].lower != "the" {
		return gzMatch{}, false
	}
	g, ok := d.gzOf(i + 1)
	if !ok || g.start != i+1 || g.e.kind != entCountry || g.end >= end {
		return gzMatch{}, false
	}
	w := d.toks[g.end].lower
	return g, w == "side" || (delegation && w == "delegation")
}

// releaseCountry returns the gazetteer index of the country whose release
// the document is, or -1: from its site, its publisher, a state agency's
// credit, its dateline, its principal, or the country it names most.
func (d *docState) releaseCountry() int {
	ci := d.addressCountry()
	if ci < 0 {
		ci = d.agencyCountry() // "Hanoi (VNA) –": the agency's country
	}
	if ci < 0 {
		// "ALGIERS - Minister of State Ahmed Attaf held talks ...": an
		// agency's dispatch from its own capital names locals without
		// their country. Not the dateline of the country the subject
		// visits: "LIMA - Foreign Minister Luis Rivera, on an official
		// visit to Peru, held talks".
		if dl := d.datelineCountry(); dl >= 0 && !d.subjectVisits(dl) {
			ci = dl
		}
	}
	if ci < 0 {
		ci = d.principalCountry()
	}
	if ci < 0 {
		ci = d.dominantCountry()
	}
	return ci
}

// addressCountry returns the country the document's address or, failing
// that, its publisher gives it, or -1.
func (d *docState) addressCountry() int {
	if ci := homeCountry(d.g, d.doc.URL); ci >= 0 {
		return ci
	}
	return publisherCountry(d.g, d.doc.Publisher)
}

// subjectVisits reports whether the first sentence of the document with a
// subject, outside quotations and plans, says in an apposition to its
// subject that the subject is on a visit to country c: "Foreign Minister
// Luis Rivera, on an official visit to Peru, held talks".
func (d *docState) subjectVisits(c int) bool {
	for si := range d.sents {
		p := d.subject[si]
		if p < 0 || d.plannedSentence(si) || d.inQuote(d.sents[si].tokStart) {
			continue
		}
		end := d.sents[si].tokEnd
		for _, m := range d.mentionsIn(d.sents[si].tokStart, end) {
			if m.person != p {
				continue
			}
			if m.end >= end || d.toks[m.end].punct != ',' {
				break
			}
			for i := m.end + 1; i+2 < end && d.toks[i].punct != ','; i++ {
				if w := d.toks[i].lower; w != "visit" && w != "visiting" && w != "trip" {
					continue
				}
				k := i + 1
				if d.toks[k].lower == "to" || d.toks[k].lower == "in" {
					k++
				}
				if k+1 < end && d.toks[k].lower == "the" {
					k++
				}
				if g, ok := d.gzOf(k); ok && g.start == k && g.e.idx == c && (g.e.kind == entCountry || g.e.kind == entCapital) {
					return true
				}
			}
			break
		}
		return false
	}
	return false
}

// fillSideCountry gives the unqualified titles of the people a sentence
// places on one country's side the country of that side: "Foreign
// Minister Sugiono and ... attended the talks on the Indonesian side", "On
// the Russian side, the talks were attended by ...", "The Russian
// delegation included ...". A marker opening the sentence covers the
// people after it; any other, those before it, back to the previous
// marker.
func (d *docState) fillSideCountry() {
	for _, s := range d.sents {
		from := s.tokStart
		for i := s.tokStart; i+2 < s.tokEnd; i++ {
			// "on the Indonesian side", or "The Lao side" opening the
			// sentence ("... was represented by").
			// "..., while the Algerian side included ..." opens a clause
			// of its own.
			opens := (i == s.tokStart || sideClauseOpeners.at(d.toks[i-1].wid)) && d.toks[i].lower == "the"
			if (!opens && (d.toks[i].lower != "the" || i == s.tokStart || d.toks[i-1].lower != "on")) || d.inQuote(i) {
				continue
			}
			g, ok := d.sideAt(i, s.tokEnd, opens)
			if !ok {
				continue
			}
			a, b := from, i-1
			if opens || i-1-s.tokStart <= 1 || (g.end+2 < s.tokEnd && d.toks[g.end+1].punct == ',' && d.toks[g.end+2].lower == "by") ||
				(g.end+1 < s.tokEnd && d.toks[g.end+1].lower == "by") ||
				(g.end+2 < s.tokEnd && d.toks[g.end+1].punct == ',' && d.capitalisedAfterThe(g.end+2, s.tokEnd) && len(d.mentionsIn(g.end+2, min(s.tokEnd, g.end+14))) > 0 &&
					(i >= 2 && d.toks[i-2].punct == ';' || i >= 3 && d.toks[i-2].punct == ',' && d.toks[i-3].lower == "and" || len(d.mentionsIn(from, i-1)) == 0)) {
				// ... or "A, B and, on the Cuban side, C and D", "A took
				// part; on the Georgian side, C": the people after the
				// marker and its comma.
				// ... or "attended, on the Chilean side, by X and Y", "and
				// on the Chilean side by Z": the people after the marker, up
				// to the next side's.
				a, b = g.end+1, d.nextSideMarker(g.end+1, s.tokEnd)
				for k := a; k < b; k++ {
					if w := d.toks[k].lower; w == "while" || w == "whereas" {
						b = k // "..., while X took part on the Macedonian side": the other side's clause
						break
					}
				}
			}
			for _, m := range d.mentionsIn(a, b) {
				pi := m.person
				for d.persons[pi].merged >= 0 {
					pi = d.persons[pi].merged
				}
				p := d.persons[pi]
				for k := range p.positions {
					if pos := &p.positions[k]; pos.org == "" && pos.accredited == "" && !bodyTitles[pos.title] {
						pos.org, pos.side = d.entityID(g.e), true
					}
				}
			}
			from = g.end + 1
		}
	}
}

// capitalisedAfterThe reports whether token k is a capitalised word, or
// "the" before one ("on the Barbadian side, the Minister of ...").
func (d *docState) capitalisedAfterThe(k, end int) bool {
	if k+1 < end && d.toks[k].lower == "the" {
		k++
	}
	return d.toks[k].isWord() && d.toks[k].upper
}

// monarchTitles are a monarch's titles: a release of a republic gives
// them to a foreign guest ("His Majesty Sultan Hassanal Bolkiah" on
// China's site), never to its own officials.
var monarchTitles = map[string]bool{"King": true, "Queen": true, "Sultan": true, "Emir": true, "Crown Prince": true, "Ruler": true,
	"Emperor": true, "Empress": true, "Grand Duke": true, "Grand Duchess": true}

// monarchies are the countries (ISO 3166 alpha-2) whose head of state is
// a monarch.
var monarchies = wordSet(`AD AE BE BH BN BT DK ES GB JO JP KH KW LI LS LU MA MC MY NL NO OM QA SA SE SZ TH TO`)

// publisherCountry returns the gazetteer index of the government a
// document's publisher names ("Ministry of Foreign Affairs of Indonesia",
// "Brazil's Ministry of Foreign Affairs", "Presidency of the Republic of
// Kazakhstan", "Qatar News Agency"), or -1: a publisher that is no
// government body or names no single country ("Reuters", "a Central Asian
// presidential website") tells nothing.
func publisherCountry(g *Gazetteer, publisher string) int {
	if publisher == "" {
		return -1
	}
	low := strings.ToLower(publisher)
	for seat, country := range seatsOfGovernment {
		if strings.Contains(low, seat) {
			return g.countryIndex(country) // "The White House"
		}
	}
	toks := tokenize(publisher)
	gov, unit := false, false
	for i := range toks {
		if govPublishers.at(toks[i].wid) {
			gov = true
			unit = unit || toks[i].lower == "office" || toks[i].lower == "department"
		}
	}
	if !gov {
		return -1
	}
	if unit {
		// "Office of the UN Resident Coordinator in Kazakhstan": an
		// office of an international body, not of the country it names.
		for i := 0; i < len(toks); i++ {
			if m, ok := g.match(publisher, toks, i); ok && m.e.kind == entOrg && g.orgIsIGO(m.e.idx) {
				return -1
			}
		}
	}
	return g.countryNamedIn(publisher, toks)
}

// countryNamedIn returns the one country that name (tokenized as toks)
// names, by its name, a demonym or a state agency of it, or -1.
func (g *Gazetteer) countryNamedIn(name string, toks []token) int {
	found := -1
	for i := 0; i < len(toks); i++ {
		m, ok := g.match(name, toks, i)
		if !ok {
			continue
		}
		c := -1
		switch m.e.kind {
		case entCountry:
			c = m.e.idx
		case entOrg:
			c = g.agencyCountry(m.e.idx)
		}
		if c >= 0 {
			if found >= 0 && found != c {
				return -1
			}
			found = c
		}
		i = m.end - 1
	}
	return found
}

// seatsOfGovernment name a government by its seat, in a publisher's
// name: "The White House".
var seatsOfGovernment = map[string]string{"white house": "United States", "downing street": "United Kingdom", "élysée": "France",
	"elysee": "France", "akorda": "Kazakhstan", "zhongnanhai": "China"}

// govPublishers are words of a publisher that is a government body or a
// state news agency ("Department of Public Information, Guyana", "Office
// of the Prime Minister of Norway").
var govPublishers = wordSet(`ministry presidency presidential president kremlin government mfa mofa cabinet
agency chancellery parliament assembly senate congress minister premier department office`)

// agencyCountry returns the country of the state news agency org, or -1.
func (g *Gazetteer) agencyCountry(org int) int {
	if org < 0 || g.Organisations[org].Country == "" {
		return -1
	}
	return g.countryIndex(g.Organisations[org].Country)
}

// dominantCountry returns the country a release is most likely written
// from when nothing else tells: of the countries named at least twice
// outside quotations, the one named most often that no one's qualified
// title belongs to ("Minister Anand met Philippine Secretary Lazaro ...
// relations between Canada and the Philippines"), or -1 when two tie.
// Envoys', sides' and known leaders' countries do not count as guests':
// a release names its own as often as others'.
func (d *docState) dominantCountry() int {
	foreign := map[int]bool{}
	for _, p := range d.persons {
		if p.known >= 0 {
			continue // a release names its own leaders as often as others'
		}
		for _, pos := range p.positions {
			// An envoy's country says nothing: the release's own
			// ambassadors serve abroad, and foreign ones at home.
			if ci, ok := d.g.countryByID[pos.org]; ok && pos.org != "" && pos.accredited == "" && !pos.side {
				foreign[ci] = true
			}
		}
	}
	return d.mostNamed(func(e entry) bool { return e.kind == entCountry && !foreign[e.idx] })
}

// mostNamed returns the gazetteer index of the entry the text names most
// outside quotations among those that keep accepts, at least twice and
// more than any other, or -1.
func (d *docState) mostNamed(keep func(entry) bool) int {
	counts := map[int]int{}
	for _, m := range d.gz {
		if keep(m.e) && !d.inQuote(m.start) {
			counts[m.e.idx]++
		}
	}
	best, n, tie := -1, 1, false
	for k, c := range counts {
		switch {
		case c > n:
			best, n, tie = k, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// agencyCountry returns the country of the state news agency whose wire
// credit opens the document ("Tehran, IRNA --", "DOHA, May 5 (QNA) -",
// "MOSCOW, March 18. /TASS/."), or -1. A mention of an agency further on
// ("according to Xinhua") is no credit.
func (d *docState) agencyCountry() int {
	for _, m := range d.gz {
		if m.start >= len(d.toks) || d.toks[m.start].sent > 2 {
			break
		}
		if m.e.kind == entOrg && d.gzCreditAt(m.start) {
			if c := d.g.agencyCountry(m.e.idx); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// gzCreditAt reports whether the hit at token i sits in the first few
// tokens of its sentence, where a wire credit stands.
func (d *docState) gzCreditAt(i int) bool {
	s := d.sents[d.toks[i].sent]
	return i-s.tokStart <= 10
}

// homeCountry returns the gazetteer index of the government whose own
// site published a document, from its URL, or -1: the White House and
// other .gov sites, the Kremlin, and the .gov.XX or .go.XX sites of other
// governments. News sites have no home country: they report on others.
func homeCountry(g *Gazetteer, url string) int {
	host := strings.ToLower(url)
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/:?#"); i >= 0 {
		host = host[:i]
	}
	iso := ""
	switch {
	case host == "":
		return -1
	case strings.Contains(host, "whitehouse.") || strings.HasSuffix(host, ".gov") || strings.HasSuffix(host, ".mil"):
		iso = "US"
	case strings.HasSuffix(host, "kremlin.ru") || strings.HasSuffix(host, "mid.ru") || strings.HasSuffix(host, "government.ru"):
		iso = "RU"
	default:
		parts := strings.Split(host, ".")
		n := len(parts)
		if n >= 3 && (parts[n-2] == "gov" || parts[n-2] == "go") && len(parts[n-1]) == 2 {
			iso = strings.ToUpper(parts[n-1])
		}
		if n >= 2 && len(parts[n-1]) == 2 && govHostLabels.of(parts[n-2]) {
			// "mfa.uz", "www.president.kg", "mofa.am": a foreign
			// ministry or presidency under the country's own domain.
			iso = strings.ToUpper(parts[n-1])
		}
		if iso == "UK" {
			iso = "GB"
		}
	}
	if iso == "" {
		return -1
	}
	for i, c := range g.Countries {
		if c.ISO2 == iso {
			return i
		}
	}
	return -1
}

// govHostLabels name a government's site under its country's domain.
var govHostLabels = wordSet(`mfa mofa mea mid president presidency prezident kremlin government gov akorda`)

// orgKind returns the kind of the organisation with graph ID id, or "".
func (d *docState) orgKind(id string) string {
	if k, ok := d.orgAt[id]; ok {
		return d.out.Organisations[k].Kind
	}
	return ""
}

// principalCountry returns the country of the document's principal, for a
// release whose site the URL does not tell: the first subject of a body
// sentence (after the headline) whose country is known, when no person
// of another country is a subject before it. A release names its own
// officials without qualifier ("Deputy Prime Minister Alexei Overchuk
// also took part" on the Kremlin's site).
func (d *docState) principalCountry() int {
	// A plain-text release carries its headline apart: its text opens
	// with the body.
	headline := d.doc.Title == "" || strings.HasPrefix(d.text, d.doc.Title)
	hosting := -1 // the country an envoy named as a subject is accredited to
	visited := -1 // the country the news lead's subject visits
	disagree := d.envoysDisagree()
	for si := range d.sents {
		if c := d.ledDelegation(si); c >= 0 {
			return c
		}
		if d.subject[si] < 0 || (d.sents[si].para == 0 && headline) || d.titledLine(si) {
			continue // a list's items are no release's principal
		}
		if d.sents[si].para == 0 {
			// A news lead's first subject need not be the principal
			// ("Malaysia's king told Chinese President Xi"): only its
			// pairing with a counterpart tells a country.
			c := d.personCountry(d.subject[si])
			if c < 0 {
				c = d.pairedCountry(si, d.subject[si])
			} else if c != d.visitedCountry(si) && !d.receives(si) {
				// ... unless it is the country a visitor came to: "the
				// Prime Minister received X on his official visit to
				// Thailand", or the subject receives: "The President of
				// Ghana on Monday received a delegation of CARICOM".
				c = -1
			}
			if c >= 0 {
				return c
			}
			if v := d.visitHost(si); v >= 0 {
				return v
			} else if visited < 0 && !d.receives(si) {
				// "Minister X paid a working visit to Moldova": the
				// principal is Moldova's guest.
				visited = d.visitedCountry(si)
			}
			continue
		}
		if c, ok := d.envoyTo(d.subject[si]); ok {
			if c >= 0 && c == visited {
				// "The minister was accompanied by the Czech Ambassador to
				// Moldova": the envoy to the country the principal visits
				// is of the principal's delegation.
				if own := d.personCountry(d.subject[si]); own >= 0 && own != c {
					return own
				}
				continue
			}
			// "The Ambassador of China to Pakistan, H.E. Name, was also
			// present": an envoy serves abroad, in the country he is
			// accredited to, which hosts him; unless envoys to two
			// countries attend, each side's.
			if hosting < 0 && !disagree {
				hosting = c
			}
			continue
		}
		if c := d.personCountry(d.subject[si]); c >= 0 {
			return c
		}
		if c := d.pairedCountry(si, d.subject[si]); c >= 0 {
			return c
		}
		if c := d.visitHost(si); c >= 0 {
			return c
		}
		return hosting
	}
	return hosting
}

// visitHost returns the country of the subject of sentence si who
// receives a visitor: "The Minister, X, received Y, who is on an official
// visit to Guatemala" makes X Guatemala's. The visit must be the
// visitor's, told in a clause on the person received ("who is on", "who
// arrived in"): "X received Y ahead of her official visit to Chile" is the
// host's own trip abroad. It returns -1 otherwise, and for an official of
// a body.
func (d *docState) visitHost(si int) int {
	if !d.receives(si) || d.hasBody(d.subject[si]) {
		return -1
	}
	v, _ := d.findMeetingVerb(si)
	for i := v.end; i < d.sents[si].tokEnd; i++ {
		if d.toks[i].lower == "who" {
			return d.visitedCountryFrom(si, i+1)
		}
	}
	return -1
}

// hasBody reports whether person pi holds a post of a country or body.
func (d *docState) hasBody(pi int) bool {
	for _, pos := range d.persons[pi].positions {
		if pos.org != "" {
			return true
		}
	}
	return false
}

// receives reports whether sentence si tells of its subject receiving or
// hosting someone.
func (d *docState) receives(si int) bool {
	v, ok := d.findMeetingVerb(si)
	return ok && !v.planned && v.kind == mkHost && d.subject[si] >= 0 && d.mentionedBefore(d.subject[si], d.sents[si].tokStart, v.start)
}

// envoysDisagree reports whether the document's envoys are accredited to
// more than one country ("Peru's Ambassador to the Philippines ... and the
// Philippine Ambassador to Peru").
func (d *docState) envoysDisagree() bool {
	to := -1
	for pi := range d.persons {
		if c, ok := d.envoyTo(pi); ok && c >= 0 {
			if to >= 0 && c != to {
				return true
			}
			to = c
		}
	}
	return false
}

// envoyTo reports whether person pi holds an envoy's post, and the index of
// the country it is accredited to if the text names one (else -1): "Chargé
// d'Affaires of the Embassy of Japan" serves abroad, where unsaid.
func (d *docState) envoyTo(pi int) (int, bool) {
	for _, pos := range d.persons[pi].positions {
		if pos.accredited != "" {
			if ci, ok := d.g.countryByID[pos.accredited]; ok {
				return ci, true
			}
			return -1, true
		}
		if d.g.envoyTitle(pos.base) {
			return -1, true // "Chargé d'Affaires of the Embassy of Japan": where, unsaid
		}
	}
	return -1, false
}

// pairedCountry returns the country of person pi in sentence si that pairs
// pi with a counterpart of another country and names just those two: "X
// and Deputy Foreign Minister of Viet Nam Y co-chaired the consultations
// between the foreign ministries of China and Viet Nam" makes X Chinese.
// It returns -1 otherwise.
func (d *docState) pairedCountry(si, pi int) int {
	s := d.sents[si]
	other := -1
	for _, pm := range d.mentionsIn(s.tokStart, s.tokEnd) {
		if pm.person == pi || d.inQuote(pm.start) {
			continue
		}
		c := d.personCountry(pm.person)
		if c < 0 || (other >= 0 && c != other) {
			return -1
		}
		other = c
	}
	if other < 0 {
		other = d.withCountry(si) // "talks with Chinese authorities"
	}
	if other < 0 {
		return -1
	}
	for _, pos := range d.persons[pi].positions {
		if pos.org != "" {
			return -1 // an official of a body, "SCO Secretary-General"
		}
	}
	named, paired := -1, false
	for i := s.tokStart; i < s.tokEnd; i++ {
		g := d.gzAt[i]
		if g < 0 || d.gz[g].start != i || d.gz[g].e.kind != entCountry || d.inQuote(i) {
			continue
		}
		switch c := d.gz[g].e.idx; {
		case c == other:
		case named >= 0 && c != named:
			return -1 // a third country
		default:
			named = c
			paired = paired || d.countryPairAt(d.gz[g], other, s.tokEnd)
		}
	}
	if !paired {
		return -1
	}
	return named
}

// partyNouns name a country's side in talks: "Chinese authorities".
var partyNouns = wordSet(`authorities side government counterpart`)

// withCountry returns the country of the party met in sentence si when
// the text names it by its country ("talks with Chinese authorities",
// "met with the Vietnamese delegation"), or -1.
func (d *docState) withCountry(si int) int {
	s := d.sents[si]
	for i := s.tokStart; i+1 < s.tokEnd; i++ {
		if d.toks[i].lower != "with" || d.inQuote(i) {
			continue
		}
		k := i + 1
		if d.toks[k].lower == "the" {
			k++
		}
		if k >= s.tokEnd || d.gzAt[k] < 0 {
			continue
		}
		if g := d.gz[d.gzAt[k]]; g.start == k && g.e.kind == entCountry && g.end < s.tokEnd &&
			(groupNouns.at(d.toks[g.end].wid) || partyNouns.at(d.toks[g.end].wid)) {
			return g.e.idx
		}
	}
	return -1
}

// countryPairAt reports whether country hit g is joined to country other
// in a pair: "China and Viet Nam", "Viet Nam and China", "China-Viet Nam".
func (d *docState) countryPairAt(g gzMatch, other, end int) bool {
	isOther := func(k int) bool {
		if k < 0 || k >= end || d.gzAt[k] < 0 {
			return false
		}
		h := d.gz[d.gzAt[k]]
		return h.e.kind == entCountry && h.e.idx == other
	}
	joins := func(k int) bool {
		return k >= 0 && k < end && (d.toks[k].lower == "and" || d.toks[k].isHyphen() || d.toks[k].punct == '–')
	}
	if joins(g.end) && isOther(g.end+1) {
		return true
	}
	if g.start >= 2 && joins(g.start-1) && isOther(g.start-2) {
		return true
	}
	// "the first official visit to Mexico by a Korean foreign minister":
	// the visitor is of the other country, so the country visited is the
	// host's.
	if g.start >= 2 && d.toks[g.start-1].lower == "to" && strings.HasPrefix(d.toks[g.start-2].lower, "visit") &&
		g.end < end && d.toks[g.end].lower == "by" {
		for k := g.end + 1; k < end && k <= g.end+3; k++ {
			if isOther(k) {
				return true
			}
		}
	}
	return false
}

// delegationLeaders gives the leader of "a delegation of <body or
// country> led by <title> <name>" that body for an unqualified title: "a
// delegation of the Government of Ontario led by Deputy Premier X".
func (d *docState) delegationLeaders() {
	for i := 0; i+3 < len(d.toks); i++ {
		if (d.toks[i].lower != "delegation" && d.toks[i].lower != "delegations") || d.toks[i+1].lower != "of" {
			continue
		}
		k := i + 2
		if d.toks[k].lower == "the" {
			k++
		}
		g, ok := d.gzOf(k)
		if !ok || g.start != k || (g.e.kind != entOrg && g.e.kind != entCountry) {
			continue
		}
		e := g.end
		if c, ce := d.ofCountryAfter(e); c {
			e = ce // "... of Guangdong Province of the People's Republic of China"
		}
		if e+1 >= len(d.toks) || !leadVerbs.at(d.toks[e].wid) || d.toks[e+1].lower != "by" {
			continue
		}
		ms := d.mentionsIn(e+2, min(len(d.toks), e+10))
		if len(ms) == 0 || ms[0].kind != mkName {
			continue
		}
		id := d.entityID(g.e)
		p := d.persons[ms[0].person]
		for j := range p.positions {
			if p.positions[j].org == "" && p.positions[j].accredited == "" {
				p.positions[j].org = id
			}
		}
	}
}

// leadVerbs lead a delegation: "will lead a Thai delegation".
var leadVerbs = wordSet(`lead leads led leading head heads headed heading`)

// ledDelegation returns the country of the delegation that the person
// named just before a verb of leading in sentence si leads ("X will lead a
// Thai delegation to Kazakhstan"), or -1.
func (d *docState) ledDelegation(si int) int {
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		if !leadVerbs.at(d.toks[i].wid) || d.inQuote(i) {
			continue
		}
		named := false // the leader is named just before the verb ("X will lead")
		for _, pm := range d.mentionsIn(s.tokStart, i) {
			named = named || pm.end >= i-4
		}
		if !named {
			return -1
		}
		for k := i + 1; k < s.tokEnd && k <= i+3; k++ {
			g := d.gzAt[k]
			if g < 0 || d.gz[g].start != k || d.gz[g].e.kind != entCountry {
				continue
			}
			if e := d.gz[g].end; e < s.tokEnd && d.toks[e].lower == "delegation" {
				return d.gz[g].e.idx
			}
		}
		return -1
	}
	return -1
}
