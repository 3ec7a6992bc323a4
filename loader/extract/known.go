package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Known persons: the gazetteer lists public figures of the genre with the
// country (or party, or international body) their titles belong to. The
// text decides which title a person holds; the list only completes an
// unqualified title ("President Xi Jinping") with its country, and finds
// the name when no title or verb announces it ("... with Xi Jinping").

// matchKnownPersons records the known persons' names in the text.
func (d *docState) matchKnownPersons() {
	d.kpAt = make([]int32, len(d.toks))
	for i := range d.kpAt {
		d.kpAt[i] = -1
	}
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if !t.isWord() || !t.upper {
			i++
			continue
		}
		m, ok := d.g.matchPerson(d.text, d.toks, i)
		// A known name inside a longer capitalised name is another
		// person ("Kim Jong Un" is not "Kim Jong").
		if !ok || (m.end < len(d.toks) && d.toks[m.end].isWord() && d.toks[m.end].upper && !d.toks[m.end].newlineBefore &&
			d.gzAt[m.end] < 0 && !hardStop[d.toks[m.end].lower]) ||
			(i > 0 && d.toks[i-1].isWord() && d.toks[i-1].upper && !d.toks[i].newlineBefore && d.gzAt[i-1] < 0 &&
				!hardStop[d.toks[i-1].lower] && !honorifics[d.toks[i-1].lower] && !d.isTitleTok(i-1)) {
			i++
			continue
		}
		d.kp = append(d.kp, m)
		for k := m.start; k < m.end; k++ {
			d.kpAt[k] = int32(len(d.kp) - 1)
		}
		i = m.end
	}
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
	"Chief Executive Officer": true, "Commissioner": true, "Head": true, "Director": true, "Senior Director": true}

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
	if k < 0 || !d.toks[k].isWord() || !bodyHeads[d.toks[k].lower] || d.gzAt[k] >= 0 {
		return i
	}
	up := d.toks[k].upper
	b := k
	for n := 0; n < 3 && b-1 >= 0; n++ {
		t := &d.toks[b-1]
		if !t.isWord() || t.upper != up || d.gzAt[b-1] >= 0 || stopFirst[t.lower] || t.newlineBefore ||
			t.lower == "of" || t.lower == "and" || t.lower == "s" || isDigitWord(t.lower) || d.toks[b].newlineBefore {
			break
		}
		if up && hardStop[t.lower] && !bodyHeads[t.lower] && t.lower != "national" && t.lower != "foreign" && t.lower != "state" {
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
	case "former", "late", "ex", "then", "erstwhile", "previous":
		return true
	}
	return false
}

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

// domainPhrase reads the capitalised words of a portfolio after a title's
// "for" or "of" ("for International Cooperation Erzhan Kazykhan"): the
// phrase ends at its last word that no name has (Affairs, Cooperation,
// Trade ...), and a name of two words or more must follow. It returns the
// token after the phrase, or k when there is none.
func (d *docState) domainPhrase(k int) int {
	last := -1
	for e := k; e < len(d.toks) && e-k < 6; e++ {
		t := &d.toks[e]
		if !t.isWord() || !(t.upper || t.lower == "and") || d.gzAt[e] >= 0 || (e > k && t.newlineBefore) {
			break
		}
		if hardStop[t.lower] && t.lower != "and" {
			last = e
		}
	}
	if last < 0 {
		return k
	}
	if n := d.nameAt(last+1, true); n-(last+1) >= 2 {
		return last + 1
	}
	return k
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
	ci := homeCountry(d.g, d.doc.URL)
	if ci < 0 {
		return
	}
	id := d.g.countryID(ci)
	if _, named := d.countryAt[id]; !named {
		return // the text must name the country itself
	}
	for _, p := range d.persons {
		if p.merged >= 0 || p.known >= 0 {
			continue
		}
		foreign := false
		for _, pos := range p.positions {
			if pos.org != "" && pos.org != id {
				foreign = true
			}
		}
		if foreign {
			continue
		}
		for i := range p.positions {
			pos := &p.positions[i]
			if pos.org == "" && pos.accredited == "" && !bodyTitles[pos.title] {
				pos.org = id
			}
		}
		p.dedupePositions()
	}
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
		if n := len(parts); n >= 3 && (parts[n-2] == "gov" || parts[n-2] == "go") && len(parts[n-1]) == 2 {
			iso = strings.ToUpper(parts[n-1])
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
