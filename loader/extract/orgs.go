package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgHeads end the name of a body ("National Development and Reform
// Commission", "Gender Policy Council", "Northern Illinois University"),
// or of a meeting format listed with the bodies, as forums and summits are
// ("U.S.-Laos Comprehensive Partnership Dialogue").
var orgHeads = wordSet(`organisation organization council commission committee union bank fund forum
association agency corporation company university institute party assembly parliament secretariat
department bureau centre center academy authority chamber government army federation confederation
office division directorate group mission section force forces zone guard board hub dialogue`)

// venueWords make a centre a venue: "Kuala Lumpur Convention Centre",
// "Arthur Chung Conference Centre".
var venueWords = wordSet(`convention conference exhibition congress`)

// zoneKinds name a kind of zone, not one zone: "Exclusive Economic Zone".
var zoneKinds = wordSet(`exclusive economic free trade special industrial tourist national development processing export`)

// genericZone reports whether the capitalised words before the zone's
// head at token i only say what kind of zone it is.
func (d *docState) genericZone(i int) bool {
	k := i - 1
	for k >= 0 && d.toks[k].isWord() && d.toks[k].upper && zoneKinds.at(d.toks[k].wid) && d.gzAt[k] < 0 {
		k--
	}
	return k < i-1 && !(k >= 0 && d.toks[k].isWord() && d.toks[k].upper)
}

// instrumentWords end the names of instruments, which a body's head word
// may open: "the Status of Visiting Forces Agreement".
var instrumentWords = wordSet(`agreement agreements treaty convention accord accords protocol charter`)

// andIn reports whether "and" is among tokens [a, b).
func (d *docState) andIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].lower == "and" {
			return true
		}
	}
	return false
}

// headedOrgs marks the capitalised names that end with a body's head word
// and that the gazetteer does not know as local organisations. The name
// needs two capitalised words or more besides determiners and connectors;
// it never crosses a country, a known name or a line break.
func (d *docState) headedOrgs() {
	added := false
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || !t.upper || t.allCaps || !orgHeads.at(t.wid) || d.gzAt[i] >= 0 || d.kpAt[i] >= 0 || d.guardOfHonourAt(i) {
			continue
		}
		if (t.lower == "centre" || t.lower == "center") && venueWords.at(d.toks[i-1].wid) {
			continue // "the Kenyatta International Convention Centre": a venue, no body
		}
		if t.lower == "zone" && d.genericZone(i) {
			continue // "the Exclusive Economic Zone", "a Free Trade Zone": a kind of area, no body
		}
		if n := i + 1; n < len(d.toks) && d.toks[n].upper && orgHeads.at(d.toks[n].wid) && !d.toks[n].newlineBefore && d.gzAt[n] < 0 && !d.guardOfHonourAt(n) {
			continue // "European Border and Coast Guard Agency": the name goes on to the next head
		}
		start := i
		caps := 1
		drop := -1
		// "Chamber of Commerce and Industry", "Joint Commission on
		// Bilateral Cooperation", "Group of Landlocked Developing
		// Countries": the body's domain after its head word.
		tailEnd, tailCaps := d.bodyTail(i + 1)
		if unitHeads.at(t.wid) && tailCaps > 0 && d.ministryTail(i+1) {
			// "Legal Division of the Ministry of Foreign Affairs": the
			// ministry is a body of its own, not the division's domain.
			tailEnd, tailCaps = i+1, 0
		}
		if tailCaps > 0 {
			// "Division for Ocean Affairs and the Law of the Sea".
			if e, c := d.andTheTail(tailEnd); e > tailEnd {
				tailEnd, tailCaps = e, tailCaps+c
			}
		}
		caps += tailCaps
		for k := i - 1; k >= 0 && i-k < 8; k-- {
			w := &d.toks[k]
			if d.toks[k+1].newlineBefore || d.kpAt[k] >= 0 {
				break
			}
			if g := d.gzAt[k]; g >= 0 {
				// A place or body that names the body ("Beijing Foreign
				// Studies University", "SCO Heads of State Council"); a
				// short one, so that a run of names without punctuation
				// does not make each one swallow all those before it.
				m := d.gz[g]
				// "Central American Parliament", "Latin American Parliament":
				// a region's demonym names the body by itself.
				regional := m.e.kind == entCountry && m.end == k+1 && start == i && m.start >= 1 && d.toks[m.start-1].upper &&
					regionPrefixes.at(d.toks[m.start-1].wid) && !d.toks[m.start].newlineBefore
				if m.end == k+1 && m.end-m.start <= 8 && ((start < i || tailCaps > 0) && caps >= 2 || regional) && d.toks[k+1].upper && (m.e.kind == entCapital || m.e.kind == entCity || m.e.kind == entOrg || (m.e.kind == entCountry && d.toks[m.start].allCaps == false && (!strings.HasSuffix(d.toks[k].lower, "s") || d.countryByName(m)))) {
					start, drop = m.start, int(g)
					caps++
					if stopFirst.at(d.toks[start].wid) {
						start++ // the gazetteer's "the UN"
					}
					// "Russia-Mongolia-China Joint ... Forum", "Kazakhstan –
					// Viet Nam Intergovernmental Commission": a chain of
					// countries joined by hyphens or dashes names the body.
					if start >= 2 && d.toks[start-1].isHyphen() && d.toks[start-1].start == d.toks[start-2].end &&
						(hyphenPrefixes.at(d.toks[start-2].wid) || d.combiningForm(start-2)) {
						start -= 2 // "Inter-American Juridical Committee", "Senegalo-Gambian Presidential Council"
					}
					if (m.e.kind == entCity || m.e.kind == entCapital) && start >= 1 {
						// "CPC Tianjin Municipal Committee": the party's
						// committee of the city (the party's own hit stays).
						if p, ok := d.gzOf(start - 1); ok && p.end == start && p.e.kind == entOrg && (d.toks[p.start].allCaps && p.end == p.start+1 ||
							p.e.idx >= 0 && d.g.Organisations[p.e.idx].Kind == "party" && !d.toks[start].newlineBefore) {
							start = p.start // (or "Communist Party of China Shanghai Municipal Committee")
						}
					}
					for start >= 2 && ((d.toks[start-1].isHyphen() && d.toks[start-1].start == d.toks[start-2].end) || isDash(d.toks[start-1].punct)) {
						p, ok := d.gzOf(start - 2)
						if !ok || p.end != start-1 || (p.e.kind != entCountry && p.e.kind != entOrg) {
							break
						}
						start = p.start
					}
					if m.e.kind == entCountry && start >= 1 && d.toks[start-1].upper && (pairBodyModifiers.at(d.toks[start-1].wid) || regionPrefixes.at(d.toks[start-1].wid)) &&
						!d.toks[start].newlineBefore {
						start-- // "Intergovernmental Kyrgyz-Turkmen Commission", "Central American Customs Union"
						if regional {
							caps++
						}
					}
				}
				break
			}
			// "Sir Lester Bird Medical Centre", "Princess Nourah bint
			// Abdulrahman University": a style in the name of what is
			// named after its bearer.
			// Not "By" of a byline: "| By National Assembly Media
			// Relations Office".
			if w.isWord() && w.upper && !w.allCaps && !stopFirst.at(w.wid) && months[w.lower] == 0 && (!honorifics.at(w.wid) || w.lower == "sir" || w.lower == "princess") &&
				!possessivePronouns.at(w.wid) && w.lower != "by" {
				if _, wd := weekdays[w.lower]; wd {
					break
				}
				start = k
				caps++
				continue
			}
			if w.isWord() && (w.lower == "and" || w.lower == "of" || w.lower == "for") && k > 0 && d.toks[k-1].isWord() && d.toks[k-1].upper {
				continue
			}
			if w.punct == ',' && k >= 2 && start == k+1 && d.toks[k-1].isWord() && d.toks[k-1].upper && d.gzAt[k-1] < 0 && d.toks[k-2].lower == "the" && d.andIn(k, i) {
				continue // "the Strategy, Policy and Budget Department": its domains listed
			}
			if w.punct == ',' && k >= 3 && start == k+1 && d.toks[k-2].lower != "the" && d.andIn(k, i) && d.firstDomainOfTwo(k) {
				continue // "the Foreign Affairs, Cooperation and Djiboutians Abroad Committee"
			}
			if w.isWord() && particles.at(w.wid) && k > 0 && d.toks[k-1].isWord() && d.toks[k-1].upper && d.gzAt[k-1] < 0 {
				continue // "Mohammed bin Mubarak Al Khalifa Academy", "Venâncio de Moura Diplomatic Academy": a person's name
			}
			if w.punct == '.' && k > 0 && len(d.toks[k-1].lower) == 1 && d.toks[k-1].upper && w.start == d.toks[k-1].end {
				// "L.N. Gumilyov Eurasian National University": an
				// initial of the person the body is named after.
				k--
				start = k
				continue
			}
			if (w.isHyphen() || isDash(w.punct)) && k > 0 && d.toks[k-1].end == w.start && w.end == d.toks[k+1].start && d.toks[k-1].isWord() && d.toks[k-1].upper && d.gzAt[k-1] < 0 {
				continue // "Export-Import Bank"
			}
			if w.isHyphen() && k > 0 && d.toks[k-1].end == w.start && w.end == d.toks[k+1].start && d.toks[k-1].lower == "e" && !d.toks[k-1].upper {
				start = k - 1 // "e-Governance Academy"
				break
			}
			if w.lower == "'" && k >= 1 && d.toks[k-1].isWord() && d.toks[k-1].upper && !d.toks[k-1].allCaps && len(d.toks[k-1].lower) > 3 &&
				strings.HasSuffix(d.toks[k-1].lower, "s") && d.toks[k-1].end == w.start && d.gzAt[k-1] < 0 {
				// "Manufacturers' Association", "Workers' Party": a plural
				// possessive inside the name.
				k--
				start = k
				caps++
				continue
			}
			if w.lower == "s" && k >= 2 && d.toks[k-1].lower == "'" && d.toks[k-2].lower == "people" && d.toks[k-2].upper {
				k -= 2 // "People's Government", "People's Liberation Army"
				start = k
				caps++
				continue
			}
			break
		}
		if start < i && start > 0 && d.toks[start-1].isWord() && honorifics.at(d.toks[start-1].wid) {
			// "Professor Takeshi Morikawa of Keio University": a person
			// of the body, whose name ends at "of".
			for k := start; k < i; k++ {
				if d.toks[k].lower == "of" {
					for n := start; n <= k; n++ {
						if d.toks[n].upper {
							caps--
						}
					}
					start = k + 1
					break
				}
			}
		}
		if tailCaps > 0 && start == i && i > 0 && d.toks[i-1].lower == "the" && tailCaps >= 2 {
			caps++ // "the Group of Landlocked Developing Countries"
			start = i
		}
		// "Damascus University", "Asia Institute": a place of learning
		// needs one word of name; "National Fund of Kazakhstan": a body
		// of a country needs two.
		end := i + 1
		if tailCaps > 0 {
			end = tailEnd
		}
		// "... of Guangdong Province of the People's Republic of China":
		// the body is the province's; the country only locates it.
		if c, e := d.ofCountriesAfter(end, d.jointBody(start, i+1)); c && caps >= 2 && (start < i || tailCaps > 0) && !regionWords.at(d.toks[end-1].wid) {
			if d.demonymBeforeName(e) {
				// "Legal Office of the Peruvian Embassy", "Asia
				// Department of the Omani Foreign Ministry": the demonym
				// opens a second body's name; the first one's ends
				// before "of", a body of that country all the same.
				caps++
			} else {
				end, caps = e, caps+1
			}
		}
		// "Bank of Greece", "Bank of Thailand": a country's bank, its
		// central bank as a rule, needs no other word of name.
		countryBank := false
		if t.lower == "bank" && start == i && tailCaps == 0 {
			if c, e := d.ofCountryAfter(end); c && !d.demonymBeforeName(e) && !(e < len(d.toks) && d.toks[e].isWord() && d.toks[e].upper) {
				// Not "Bank of the Philippine Islands": a name goes on.
				end, caps, countryBank = e, 3, true
			}
		}
		if caps >= 2 {
			end = d.bodyComplement(end)
		}
		if learningHeads.at(t.wid) && end == i+1 && start < i {
			end = d.learningSeat(end) // "Royal University of Phnom Penh"
		}
		if t.lower == "mission" && end == i+1 && caps >= 2 {
			end = d.missionSeat(start, end, false)
		}
		if (t.lower == "chamber" && tailCaps > 0 || t.lower == "hub") && caps >= 2 {
			// "American Chamber of Commerce in Uzbekistan", "IsDB
			// Regional Hub in Almaty": a chamber or an office of a
			// country or a city.
			end = d.missionSeat(start, end, true)
		}
		if learningHeads.at(t.wid) && caps == 1 && start == i && i > 0 {
			if g, ok := d.gzOf(i - 1); ok && g.end == i && (g.e.kind == entCapital || g.e.kind == entCity) && !d.toks[i].newlineBefore {
				start, drop, caps = g.start, int(d.gzAt[i-1]), 3
			}
		}
		if learningHeads.at(t.wid) && caps == 2 && start < i {
			caps = 3
		}
		// "the Government of Flanders", "the Government of Greenland": a
		// region's government, named by the region alone.
		regionGovernment := t.lower == "government" && start == i && tailCaps == 0 && i > 0 && d.toks[i-1].lower == "the" && i+2 < len(d.toks) &&
			d.toks[i+1].lower == "of" && d.toks[i+2].isWord() && d.toks[i+2].upper && !d.toks[i+2].allCaps && d.gzAt[i+2] < 0 && d.kpAt[i+2] < 0 &&
			!d.toks[i+2].newlineBefore && (i+3 >= len(d.toks) || !d.toks[i+3].isWord() || !d.toks[i+3].upper)
		if regionGovernment {
			end, caps = i+3, 3
		}
		if caps < 3 || (start == i && tailCaps < 2 && !countryBank && !regionGovernment) || d.toks[start].sent != t.sent || d.isTitleTok(start) {
			continue
		}
		if t.lower == "government" && d.leadersBefore(start, i) {
			continue // "Heads of State and Government": leaders, not a body
		}
		if end < len(d.toks) && d.toks[end].upper && instrumentWords.at(d.toks[end].wid) && !d.toks[end].newlineBefore {
			continue // "the Status of Visiting Forces Agreement", "the Free Trade Zone Agreement": an instrument's name
		}
		if drop >= 0 && d.gz[drop].e.kind == entOrg && (d.toks[d.gz[drop].start].allCaps || t.lower == "dialogue" || t.lower == "forum") {
			// "SCO Heads of State Council" also names the SCO, and a
			// format named after a body ("Russia-Gulf Cooperation
			// Council Strategic Dialogue") that body.
			d.parents = append(d.parents, d.gz[drop])
		}
		if t2 := &d.toks[start]; start == d.sents[t2.sent].tokStart && caps < 3 {
			continue
		}
		l := localOrg{name: d.phrase(start, end), kind: orgSuffixes[t.lower]}
		if end > i+1 && tailCaps == 0 && !countryBank && !regionGovernment {
			l.acronym = d.phrase(start, i+1) // the name without "of <country>"
		}
		d.localOr = append(d.localOr, l)
		m := gzMatch{start: start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}}
		d.nestedBody(start, end)
		if drop >= 0 {
			d.setHit(drop, m)
			added = true
			continue
		}
		d.gz = append(d.gz, m)
		for k := start; k < end; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
		added = true
		i = end - 1
	}
	// Each finder runs: "a || b" would skip b once a found something.
	if added {
		sortGz(d)
	}
	for _, found := range []func() bool{d.oneLineNames, d.countryPairBodies, d.organsOfBodies, d.fieldOffices, d.orgPrefixedBodies, d.companies, d.universitiesOf, d.bareOrgans, d.titleOffices, d.armedServices} {
		if found() {
			added = true
		}
	}
	d.unitsOfSecretariats()
	// bindAcronym appends to d.gz: the matches it adds are not read again.
	for i, n := 0, len(d.gz); i < n; i++ {
		if m := d.gz[i]; m.e.kind == entOrg && m.e.idx < 0 && d.bindAcronym(m) {
			added = true
		}
	}
	if added {
		sortGz(d)
	}
}

// firstDomainOfTwo reports whether two capitalised words the gazetteer does
// not know come between "the" and the comma at token k: "the Foreign
// Affairs, ...".
func (d *docState) firstDomainOfTwo(k int) bool {
	a, b := &d.toks[k-2], &d.toks[k-1]
	// (Not "the Tourism Board, Customs and Immigration Department": a
	// body's head names a body of its own.)
	return a.isWord() && a.upper && b.isWord() && b.upper && d.gzAt[k-2] < 0 && d.gzAt[k-1] < 0 && !orgHeads.at(b.wid) &&
		d.toks[k-3].lower == "the"
}

// armedServices marks a country's navy, army, coast guard or air force
// named by the country or its demonym: "Indian Navy", "Sri Lanka Navy",
// "Philippine Coast Guard", "French Air Force". It reports whether it
// marked any.
func (d *docState) armedServices() bool {
	added := false
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || !t.upper || t.allCaps || d.gzAt[i] >= 0 || t.newlineBefore {
			continue
		}
		end := 0
		switch t.lower {
		case "navy", "army":
			end = i + 1
		case "coast", "air":
			if i+1 < len(d.toks) && d.toks[i+1].upper && (t.lower == "coast" && d.toks[i+1].lower == "guard" || t.lower == "air" && d.toks[i+1].lower == "force") {
				end = i + 2
			}
		}
		if end == 0 || end < len(d.toks) && d.toks[end].isWord() && d.toks[end].upper && !d.toks[end].newlineBefore {
			continue // not "Indian Navy Ship ...": a longer name
		}
		g, ok := d.gzOf(i - 1)
		if !ok || g.end != i || g.e.kind != entCountry || d.toks[g.start].newlineBefore && g.start != i-1 {
			continue
		}
		l := localOrg{name: d.phrase(g.start, end), kind: "agency"}
		d.localOr = append(d.localOr, l)
		m := gzMatch{start: g.start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}}
		d.setHit(int(d.gzAt[i-1]), m)
		added = true
		i = end - 1
	}
	return added
}

// countryByName reports whether the country hit m writes the country's
// own name, which may end in "s" as a plural does ("Maldives Islamic
// University").
func (d *docState) countryByName(m gzMatch) bool {
	return strings.EqualFold(d.phrase(m.start, m.end), d.g.Countries[m.e.idx].Name)
}

// pairBodyModifiers qualify a body of two or more countries named before
// them: "Intergovernmental Kyrgyz-Turkmen Commission".
var pairBodyModifiers = wordSet(`intergovernmental inter-governmental joint bilateral trilateral permanent mixed`)

// regionPrefixes make a region of the country or people after them:
// "Central American", "Southern African", "Lake Chad".
var regionPrefixes = wordSet(`central southern northern eastern western latin lake`)

// titleOffices marks the office of a head of state or government named by
// the title's possessive: "the Prime Minister's Office", "the President's
// Office" is a body, not a reference to the office-holder. It reports
// whether it marked any.
func (d *docState) titleOffices() bool {
	added := false
	for gi, m := range d.gz {
		if m.e.kind != entTitle || m.end+2 >= len(d.toks) || !leaderTitles[d.g.Titles[m.e.idx].Name] || !d.toks[m.start].upper {
			continue
		}
		if d.toks[m.end].lower != "'" || d.toks[m.end+1].lower != "s" || d.toks[m.end+2].lower != "office" || !d.toks[m.end+2].upper {
			continue
		}
		end := m.end + 3
		name := strings.ReplaceAll(d.phrase(m.start, end), "’", "'") // one name however the apostrophe is typed
		d.localOr = append(d.localOr, localOrg{name: name, kind: "agency"})
		d.setHit(gi, gzMatch{start: m.start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}})
		added = true
	}
	return added
}

// guardOfHonourAt reports whether token i is the "Guard" of a guard of
// honour, a ceremony, no body: "the Ghana Armed Forces Guard of Honour",
// "an Honour Guard".
func (d *docState) guardOfHonourAt(i int) bool {
	if d.toks[i].lower != "guard" {
		return false
	}
	honour := func(k int) bool {
		return k >= 0 && k < len(d.toks) && (d.toks[k].lower == "honour" || d.toks[k].lower == "honor")
	}
	return honour(i-1) || i+1 < len(d.toks) && d.toks[i+1].lower == "of" && honour(i+2)
}

// bodyComplement extends a body's name ending at token e over "for <a
// known body>" ("National Commission of the Republic of Uzbekistan for
// UNESCO") or "between <country> and <country>" ("Joint Commission on
// Bilateral Cooperation between Thailand and Viet Nam"), and returns its
// new end.
func (d *docState) bodyComplement(e int) int {
	if e+1 >= len(d.toks) || d.toks[e].newlineBefore {
		return e
	}
	switch d.toks[e].lower {
	case "with":
		// "Saeima Group for Inter-Parliamentary Relations with Moldova":
		// the country the relations are with.
		if w := d.toks[e-1].lower; w == "relations" || w == "cooperation" || w == "friendship" {
			c := e + 1
			if d.toks[c].lower == "the" {
				c++ // "Relations with the Republic of Moldova"
			}
			if g, ok := d.gzOf(c); ok && (g.start == c || g.start == e+1) && g.e.kind == entCountry {
				return g.end
			}
		}
	case "to":
		// "Regional Assistance Mission to Solomon Islands": the country
		// a mission is sent to.
		if d.toks[e-1].lower == "mission" && e >= 2 && d.toks[e-2].upper && d.toks[e-2].lower != "permanent" {
			if g, ok := d.gzOf(e + 1); ok && g.start == e+1 && g.e.kind == entCountry && d.isCountryName(g) {
				return g.end
			}
		}
		// "Committee of Permanent Representatives to ASEAN": the body
		// the members are accredited to.
		if d.toks[e-1].lower == "representatives" {
			if g, ok := d.gzOf(e + 1); ok && g.start == e+1 && g.e.kind == entOrg {
				return g.end
			}
		}
	case "for":
		if g, ok := d.gzOf(e + 1); ok && g.start == e+1 && (g.e.kind == entOrg || g.e.kind == entCountry && d.toks[e-1].lower == "fund" && d.isCountryName(g) && d.fundForCountry(e-1)) {
			return g.end // (or "Energy Support Fund for Ukraine": the country a fund serves)
		}
	case "under":
		// "National Investment Agency under the President of the Kyrgyz
		// Republic": the body the agency answers to names it.
		if e+4 < len(d.toks) && d.toks[e+1].lower == "the" && (d.toks[e+2].lower == "president" || d.toks[e+2].lower == "government") &&
			d.toks[e+2].upper {
			if ok, end := d.ofCountryAfter(e + 3); ok {
				return end
			}
		}
		// "Agency of Transport and Communications under the Cabinet of
		// Ministers of Turkmenistan".
		if e+5 < len(d.toks) && d.toks[e+1].lower == "the" && (d.toks[e+2].lower == "cabinet" || d.toks[e+2].lower == "council") && d.toks[e+2].upper &&
			d.toks[e+3].lower == "of" && d.toks[e+4].lower == "ministers" {
			if ok, end := d.ofCountryAfter(e + 5); ok {
				return end
			}
			return e + 5
		}
	case "between":
		a, ok := d.gzOf(e + 1)
		if !ok || a.start != e+1 || a.e.kind != entCountry || a.end+1 >= len(d.toks) || d.toks[a.end].lower != "and" {
			return e
		}
		if b, ok := d.gzOf(a.end + 1); ok && b.start == a.end+1 && b.e.kind == entCountry {
			return b.end
		}
	}
	return e
}

// nestedBody records the body named inside the body [start, end) after
// "of the": "Guangdong Sub-Council of the China Council for the Promotion
// of International Trade" also names the China Council for ... .
func (d *docState) nestedBody(start, end int) {
	for q := start + 1; q+3 < end; q++ {
		if d.toks[q].lower != "of" || d.toks[q+1].lower != "the" || !d.toks[q+2].upper {
			continue
		}
		caps, head := 0, false
		for k := q + 2; k < end; k++ {
			if d.toks[k].isWord() && d.toks[k].upper {
				caps++
				head = head || (orgHeads.at(d.toks[k].wid) && k > q+2)
			}
		}
		if !head || caps < 3 {
			return
		}
		d.localOr = append(d.localOr, localOrg{name: d.phrase(q+2, end), kind: orgSuffixes[d.toks[end-1].lower]})
		d.parents = append(d.parents, gzMatch{start: q + 2, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}})
		return
	}
}

// summitQualifiers describe a summit without naming it ("the
// Extraordinary Summit").
var summitQualifiers = wordSet(`extraordinary informal special annual ordinary emergency regular joint first second third last next
leaders leaders' heads historic inaugural upcoming forthcoming virtual landmark`)

// ordinalTens open a compound ordinal: "Twenty-Second".
var ordinalTens = wordSet(`twenty thirty forty fifty sixty seventy eighty ninety`)

// romanNumeral matches a Roman numeral up to 399 ("xxx", "xxxvi"), not a
// word written with its letters ("civil") nor the D of "D-8".
var romanNumeral = regexp.MustCompile(`^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$`)

// ordinalWord reports whether w (lower case) numbers a session: "second",
// "eleventh", "nineteenth", "xxxvi", "xxth".
func ordinalWord(w string) bool {
	if holdOrdinals.of(w) || ordinalNumber(w) || w == "eleventh" || w == "twelfth" || strings.HasSuffix(w, "teenth") || strings.HasSuffix(w, "tieth") {
		return true
	}
	w = strings.TrimSuffix(w, "th")
	return w != "" && romanNumeral.MatchString(w)
}

// namedSummits emits the summits the text names, "the Ibero-American
// Summit", "the SADC Summit", "the China–Central Asia Summit", as bodies
// (the genre's lists of participants hold them as such); the countries
// and bodies in their names keep their own mentions. A name the gazetteer
// knows ends the summit's name, unless a hyphen or a dash joins another to
// it; a person or a post stops it ("President Ruto Attends EAC Summit": the
// EAC Summit). A name read only in part is left: "the Heads of State
// Summit", "the C5+1 Presidential Summit", "the UN Food Systems Summit
// Stocktake".
func (d *docState) namedSummits() {
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.lower != "summit" || !t.isWord() || !t.upper || d.gzAt[i] >= 0 || t.newlineBefore {
			continue
		}
		b := i
		for k := i - 1; k >= 0 && i-k <= 8 && !d.toks[k+1].newlineBefore; k-- {
			w := &d.toks[k]
			if d.kpAt[k] >= 0 {
				break
			}
			if g := d.gzAt[k]; g >= 0 {
				m := d.gz[g]
				if m.e.kind != entOrg && m.e.kind != entCountry && m.e.kind != entCapital && m.e.kind != entCity && m.e.kind != entInitiative {
					break // "Prime Minister Attends Commonwealth Summit"
				}
				b, k = m.start, m.start
				if stopFirst.at(d.toks[b].wid) {
					b++ // "The Hague"
				} else if k >= 2 && (d.toks[k-1].isHyphen() || isDash(d.toks[k-1].punct)) && d.toks[k-2].isWord() && d.toks[k-2].upper {
					continue // "EU-China Summit", "Central Asia – Germany Summit"
				}
				break // "Kenya Hosts EAC Summit": the EAC Summit
			}
			if w.isWord() && w.upper && !stopFirst.at(w.wid) && months[w.lower] == 0 && !isDigitWord(w.lower) && !honorifics.at(w.wid) {
				if _, day := weekdays[w.lower]; day {
					break
				}
				b = k
				continue
			}
			if (w.isHyphen() || isDash(w.punct)) && k > 0 && d.toks[k-1].isWord() && d.toks[k-1].upper && b == k+1 {
				continue // "Ibero-American", "China–Central Asia"
			}
			break
		}
		if p := b - 1; b < i && p > 0 && !d.toks[b].newlineBefore {
			// The name goes on before the words read: "the Heads of State
			// Summit", "the C5+1 Presidential Summit", "the 'Central Asia
			// plus Japan' Dialogue Summit" (in double quotes).
			pt, pp := &d.toks[p], &d.toks[p-1]
			if (pt.lower == "of" || pt.lower == "and" || pt.lower == "plus") && pp.isWord() && pp.upper ||
				isDigitWord(pt.lower) && pp.punct == '+' || isQuoteMark(pt.punct) && pp.end == pt.start {
				continue
			}
		}
		if n := i + 1; n < len(d.toks) && !d.toks[n].newlineBefore && (d.toks[n].isWord() && d.toks[n].upper && !isDigitWord(d.toks[n].lower) ||
			d.toks[n].lower == "of" && n+2 < len(d.toks) && d.toks[n+1].lower == "the" && d.toks[n+2].upper) {
			// The name goes on after it: "the UN Food Systems Summit
			// Stocktake", "the Parliamentary Summit of the International
			// Crimea Platform".
			continue
		}
		for b < i {
			if w := d.toks[b].lower; ordinalWord(w) || summitQualifiers.of(w) {
				b++ // "the Eighteenth SAARC Summit", "the XXX Ibero-American Summit": the body is the series
			} else if ordinalTens.of(w) && b+2 < i && d.toks[b+1].isHyphen() && ordinalWord(d.toks[b+2].lower) {
				b += 3 // "the Twenty-Second ASEAN Summit"
			} else {
				break
			}
		}
		if b == i || d.toks[b].sent != t.sent || b == d.sents[t.sent].tokStart && !d.toks[b].allCaps && d.gzAt[b] < 0 {
			continue // a sentence's first word need not be a name's
		}
		if g, ok := d.gzOf(b); ok && g.start <= b && g.end == i && (g.e.kind == entCapital || g.e.kind == entCity) {
			continue // "the Beijing Summit", "The Hague Summit": a meeting named by its city
		}
		if i+1 < len(d.toks) && isDigitWord(d.toks[i+1].lower) && len(d.toks[i+1].lower) == 4 && !d.toks[i+1].newlineBefore {
			continue // "Apec CEO Summit 2024": one year's event, not the series
		}
		e := d.headsOfStateEnd(i + 1)
		name := d.phrase(b, e)
		d.parents = append(d.parents, gzMatch{start: b, end: e, e: entry{kind: entOrg, idx: d.localOrgIndex(name, "forum")}})
	}
}

// headsOfStateEnd returns the token after "of Heads of State [and
// Government]" at token i ("the MRU Summit of Heads of State"), or i.
func (d *docState) headsOfStateEnd(i int) int {
	if i+3 >= len(d.toks) || d.toks[i].lower != "of" || d.toks[i+1].lower != "heads" || d.toks[i+2].lower != "of" ||
		d.toks[i+3].lower != "state" || !d.toks[i+1].upper || !d.toks[i+3].upper {
		return i
	}
	if e := i + 4; e+1 < len(d.toks) && d.toks[e].lower == "and" && d.toks[e+1].lower == "government" && d.toks[e+1].upper {
		return e + 2
	}
	return i + 4
}

// organsOfBodies marks an organ named with the known body it belongs to,
// which the text names too: "Council of Foreign Ministers of the Arab
// Maghreb Union", "Permanent Secretariat of the Adriatic and Ionian
// Initiative", "General Secretariat of SICA". The organ is a body the
// headed names found, or its bare head word with the qualifiers of a
// standing organ. It reports whether it marked any.
func (d *docState) organsOfBodies() bool {
	added := false
	var dead []int // the organs' own hits, now inside the longer name
	for h := 1; h+2 < len(d.toks); h++ {
		t := &d.toks[h]
		if !t.isWord() || !t.upper || t.allCaps || !organOfHeads.at(t.wid) {
			continue
		}
		start, of, ai := h, h+1, -1
		if a, ok := d.gzOf(h); ok {
			// A body the headed names found: "Council of Foreign Ministers".
			if a.e.kind != entOrg || a.e.idx >= 0 {
				continue
			}
			start, of, ai = a.start, a.end, int(d.gzAt[h])
		} else {
			if d.isTitleTok(h) {
				continue
			}
			for start > 0 && organOfQualifiers.at(d.toks[start-1].wid) && d.toks[start-1].upper && d.gzAt[start-1] < 0 && !d.toks[start].newlineBefore {
				start-- // "Governing Board", "Permanent Secretariat"
			}
			if of+2 < len(d.toks) && d.toks[of].lower == "of" && collegeMembers.at(d.toks[of+1].wid) && d.toks[of+1].upper && d.toks[of+2].lower == "of" {
				of += 2 // "Council of Ministers of ECCAS"
			}
		}
		if start == h && of == h+1 && t.lower == "board" {
			continue // "Chairman of the Management Board of the ...": a title's
		}
		end, bi, ok := d.ofKnownBody(of)
		if !ok || bi == ai {
			continue
		}
		end = d.memberStatesEnd(end) // "Council of Heads of State of the SCO member states"
		b := d.gz[bi]
		d.parents = append(d.parents, b)
		l := localOrg{name: d.phrase(start, end), kind: orgSuffixes[t.lower]}
		if of-start >= 2 {
			l.acronym = d.phrase(start, of) // the organ's own name: "General Assembly"
		} else if o := b.e.idx; subBodyHeads.at(t.wid) && o >= 0 && len(d.g.Organisations[o].Acronyms) > 0 {
			// "Secretariat of the Asia Cooperation Dialogue" is the "ACD
			// Secretariat" the text may name too: one body.
			l.name, l.acronym = d.g.Organisations[o].Acronyms[0]+" "+d.phrase(h, h+1), l.name
		}
		d.localOr = append(d.localOr, l)
		m := gzMatch{start: start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}}
		if ai >= 0 {
			d.gz[ai] = m
			dead = append(dead, ai)
		}
		d.setHit(bi, m)
		added = true
		h = end - 1
	}
	d.dropHits(dead)
	return added
}

// secretariatUnitHeads end the names of a secretariat's units.
var secretariatUnitHeads = wordSet(`department division directorate service office unit section`)

// unitsOfSecretariats names a secretariat's unit with the secretariat:
// "the External Relations Division of the ASEAN Secretariat" is the
// unit's name, and its own name ("External Relations Division") an alias.
// The hits stay as they are, so that a title still reads the unit as its
// complement and the secretariat as the employer.
func (d *docState) unitsOfSecretariats() {
	renamed := map[string]string{} // a unit's own name → its name with the secretariat, "" when two differ
	for _, a := range d.gz {
		if a.e.kind != entOrg || a.e.idx >= 0 || a.end-a.start < 2 || !secretariatUnitHeads.at(d.toks[a.end-1].wid) {
			continue
		}
		if end := d.ofSecretariat(a.end); end > a.end {
			if l := &d.localOr[-1-a.e.idx]; l.acronym == "" {
				full := d.phrase(a.start, end)
				if f, ok := renamed[l.name]; ok && f != full {
					full = "" // two secretariats' units of one name
				}
				renamed[l.name] = full
				l.name, l.acronym = d.phrase(a.start, end), l.name
			}
		}
	}
	// "The External Relations Division will ...": the unit named alone
	// again is the one named with its secretariat.
	for k := range d.localOr {
		if l := &d.localOr[k]; l.acronym == "" && renamed[l.name] != "" {
			l.name, l.acronym = renamed[l.name], l.name
		}
	}
}

// ofSecretariat returns the end of "of the <known secretariat>" at token
// i, in i's sentence, or i where there is none.
func (d *docState) ofSecretariat(i int) int {
	if i+2 >= len(d.toks) || d.toks[i].lower != "of" || d.toks[i+1].lower != "the" || d.toks[i+2].newlineBefore {
		return i
	}
	g, ok := d.gzOf(i + 2)
	if !ok || g.start != i+2 || g.e.kind != entOrg || d.toks[g.end-1].lower != "secretariat" || d.toks[g.start].sent != d.toks[i].sent {
		return i
	}
	return g.end
}

// fieldHeads end the names of an organisation's offices abroad, which
// their seat completes: "OSCE Centre in Ashgabat", "EU Mission in
// Armenia".
var fieldHeads = wordSet(`office centre center mission presence branch`)

// fieldOffices marks "<known organisation> [Programme] Office|Centre|
// Mission|Presence|Branch in [the] <country or city>" as a body of its own
// that also names the organisation: "OSCE Programme Office in Bishkek",
// "OTS Representation Office in Budapest", "SADC Mission in the DRC". It
// reports whether it marked any.
func (d *docState) fieldOffices() bool {
	added := false
	var dead []int
	for h := 1; h+2 < len(d.toks); h++ {
		t := &d.toks[h]
		if !t.isWord() || !t.upper || !fieldHeads.at(t.wid) || d.toks[h+1].lower != "in" || d.toks[h+1].newlineBefore {
			continue
		}
		// The organisation: right before the head, or before one or two
		// capitalised words ("Programme", "Representation").
		start, oi, li := -1, -1, -1
		if a, ok := d.gzOf(h); ok {
			if a.e.kind != entOrg || a.e.idx >= 0 || a.end != h+1 {
				continue
			}
			li = int(d.gzAt[h]) // "OSCE Programme Office", found as a body
			if p, ok := d.g.match(d.text, d.toks, a.start); !ok || p.e.kind != entOrg || p.end >= h || !d.toks[a.start].allCaps {
				continue // it opens with a known organisation's acronym
			}
			start = a.start
		} else {
			for k := h - 1; k >= 0 && h-k <= 3 && !d.toks[k+1].newlineBefore; k-- {
				if g, ok := d.gzOf(k); ok {
					if g.e.kind == entOrg && g.end == k+1 && d.toks[g.start].allCaps {
						start, oi = g.start, int(d.gzAt[k])
					}
					break
				}
				if !d.toks[k].isWord() || !d.toks[k].upper || d.toks[k].allCaps || stopFirst.at(d.toks[k].wid) {
					break
				}
			}
		}
		if start < 0 {
			continue
		}
		k := h + 2
		if d.toks[k].lower == "the" && k+1 < len(d.toks) {
			k++
		}
		g, ok := d.gzOf(k)
		if !ok || !(g.start == k || g.start == k-1 && k > h+2) || !d.toks[k].upper || d.toks[k].newlineBefore ||
			(g.e.kind != entCountry && g.e.kind != entCapital && g.e.kind != entCity) {
			continue
		}
		if e := g.end; e < len(d.toks) && d.toks[e].isWord() && d.toks[e].upper && !d.toks[e].newlineBefore {
			continue // "in Ashgabat Ambassador ...": leave it
		}
		end, gi := g.end, int(d.gzAt[k])
		if oi >= 0 {
			d.parents = append(d.parents, d.gz[oi])
		}
		d.localOr = append(d.localOr, localOrg{name: d.phrase(start, end), acronym: d.phrase(start, h+1), kind: "agency"})
		m := gzMatch{start: start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}}
		for _, x := range []int{oi, li} {
			if x >= 0 {
				d.gz[x] = m
				dead = append(dead, x)
			}
		}
		d.setHit(gi, m)
		added = true
		h = end - 1
	}
	d.dropHits(dead)
	return added
}

// leadersBefore reports whether the words [start, i) before "Government"
// name leaders: "(the Summit of) Heads of State and Government", "CARICOM
// Heads of Government".
func (d *docState) leadersBefore(start, i int) bool {
	if w := d.toks[start].lower; w == "conference" || orgHeads.of(w) {
		return false // "Conference of Heads of Government": the leaders' body
	}
	for k := start; k < i; k++ {
		if d.toks[k].lower == "heads" && d.toks[k+1].lower == "of" {
			return true
		}
	}
	return false
}

// oneLineNames keeps the name of a body the text introduces on one line:
// "### About the World Food Forum\n\nThe World Food Forum (WFF)" names it
// on the second line, where the acronym follows it. It reports whether it
// cut any.
func (d *docState) oneLineNames() bool {
	added := false
	for gi := range d.gz {
		m := d.gz[gi]
		if m.e.kind != entOrg || m.e.idx >= 0 {
			continue
		}
		k := m.end - 1
		for k > m.start && !d.toks[k].newlineBefore {
			k--
		}
		if k == m.start {
			continue
		}
		for k < m.end && stopFirst.at(d.toks[k].wid) {
			k++ // "The World Food Forum"
		}
		if k >= m.end {
			continue
		}
		for j := m.start; j < k; j++ {
			d.gzAt[j] = -1
		}
		m.start = k
		d.localOr[-1-m.e.idx].name = d.phrase(k, m.end)
		d.gz[gi] = m
		added = true
	}
	return added
}

// countryPairBodies extends a body found without the countries that name
// it when two countries or more joined by hyphens or dashes open its name:
// "Zambia–DRC Joint Permanent Commission" (a country written as an
// acronym stops the headed names), "Kenya–Tanzania Joint Commission for
// Cooperation (JCC)" (an acronym's name starts at its first initial). It
// reports whether it extended any.
func (d *docState) countryPairBodies() bool {
	added := false
	var dead []int
	for gi := range d.gz {
		m := d.gz[gi]
		if m.e.kind != entOrg || m.e.idx >= 0 || m.start < 2 || d.toks[m.start].newlineBefore {
			continue
		}
		k, n := m.start, 0
		if c, ok := d.g.match(d.text, d.toks, k); ok && c.e.kind == entCountry && c.end < m.end {
			n++ // "Tanzania Joint Commission ...": a country opens the name
		} else if g, ok := d.gzOf(k - 1); ok && g.end == k && g.e.kind == entCountry && d.toks[k].upper {
			k, n = g.start, 1 // "DRC Joint Permanent Commission"
		}
		glued := false // a hyphen or dash without spaces joins the first two
		for k >= 2 && !d.toks[k].newlineBefore {
			j := &d.toks[k-1]
			attached := j.start == d.toks[k-2].end && j.end == d.toks[k].start
			if !(j.isHyphen() || isDash(j.punct)) || !(attached || n > 0) {
				break // a spaced hyphen or dash only between countries
			}
			p, ok := d.gzOf(k - 2)
			if !ok || p.end != k-1 || (p.e.kind != entCountry && !(p.e.kind == entOrg && d.toks[p.start].allCaps)) {
				break
			}
			glued = glued || attached
			k, n = p.start, n+1
		}
		// "Viet Nam - Uzbekistan Intergovernmental Committee": two
		// countries; "Korea-Middle East Cooperation Forum", "GCC–Central
		// Asia Business Council": one glued to the body's name.
		if k == m.start || !(n >= 2 || glued) {
			continue
		}
		for j := k; j < m.start; j++ {
			if x := int(d.gzAt[j]); x >= 0 && x != gi && !slices.Contains(dead, x) {
				dead = append(dead, x)
			}
		}
		m.start = k
		d.localOr[-1-m.e.idx].name = d.phrase(k, m.end)
		d.setHit(gi, m)
		added = true
	}
	d.dropHits(dead)
	return added
}

// learningSeat extends the name of a university or academy ending at
// token e over "of <its city>": "Royal University of Phnom Penh",
// "Albanian Maritime Academy of Durrës". The city is a known one or a
// single capitalised word that ends the phrase.
func (d *docState) learningSeat(e int) int {
	if e+1 >= len(d.toks) || d.toks[e].lower != "of" || d.toks[e+1].newlineBefore || !d.toks[e+1].upper || !d.toks[e+1].isWord() {
		return e
	}
	k := e + 1
	if g, ok := d.gzOf(k); ok {
		if g.start == k && (g.e.kind == entCapital || g.e.kind == entCity) {
			return g.end
		}
		return e
	}
	if d.kpAt[k] >= 0 || stopFirst.at(d.toks[k].wid) || months[d.toks[k].lower] != 0 {
		return e
	}
	if n := k + 1; n < len(d.toks) && !d.toks[n].newlineBefore && d.toks[n].isWord() && d.toks[n].upper {
		return e // a longer name: not a city's
	}
	if _, wd := weekdays[d.toks[k].lower]; wd {
		return e
	}
	return k + 1
}

// organOfHeads end the names of a body's organs, which "of [the] <known
// body>" completes: "General Secretariat of SICA", "Conference of the
// Pacific Community".
var organOfHeads = wordSet(`secretariat council committee commission assembly board conference presidium union centre center`)

// organOfQualifiers open the name of a standing organ: "Governing Board",
// "Permanent Secretariat".
var organOfQualifiers = wordSet(`general executive permanent governing supreme standing ministerial intergovernmental
interparliamentary parliamentary consultative advisory coordinating scientific economic political joint high`)

// ofKnownBody reads "of [the] <known organisation>" at token i when the
// organisation's name closes there (no capitalised word follows it on its
// line: "of the SAARC Development Fund" is not yet a known name when the
// organ before it is read). It returns the token after the name and the
// index of its gazetteer hit.
func (d *docState) ofKnownBody(i int) (int, int, bool) {
	if i+1 >= len(d.toks) || d.toks[i].lower != "of" || d.toks[i].newlineBefore {
		return i, -1, false
	}
	k := i + 1
	if d.toks[k].lower == "the" {
		k++
	}
	if k >= len(d.toks) || d.toks[k].newlineBefore || d.gzAt[k] < 0 {
		return i, -1, false
	}
	gi := int(d.gzAt[k])
	g := d.gz[gi]
	if g.start != k || g.e.kind != entOrg || d.toks[g.start].sent != d.toks[i].sent {
		return i, -1, false
	}
	if e := g.end; e < len(d.toks) && !d.toks[e].newlineBefore && d.toks[e].isWord() && d.toks[e].upper && d.memberStatesEnd(e) == e {
		return i, -1, false
	}
	if e := g.end; e+1 < len(d.toks) && d.toks[e].lower == "and" && d.gzAt[e+1] >= 0 {
		return i, -1, false // "the Joint Committee of the EU and Japan": a body of both
	}
	return g.end, gi, true
}

// memberStatesEnd returns the token after "member states" (or "Member
// Nations", "member countries") at token i, or i: the members of the body
// named before it.
func (d *docState) memberStatesEnd(i int) int {
	if i+1 < len(d.toks) && d.toks[i].lower == "member" && !d.toks[i].newlineBefore && d.toks[i].upper == d.toks[i+1].upper &&
		(d.toks[i+1].lower == "states" || d.toks[i+1].lower == "nations" || d.toks[i+1].lower == "countries") {
		return i + 2
	}
	return i
}

// regionWords end the name of a place inside a country.
var regionWords = wordSet(`province region city prefecture oblast county district municipality`)

// learningHeads end the names of universities and institutes, which one
// word of name makes ("Peking University", "Damascus University").
var learningHeads = wordSet(`university institute academy college`)

// ofCountryAfter reads "of [the] <country>" at token i, and returns the
// token after it.
func (d *docState) ofCountryAfter(i int) (bool, int) {
	return d.ofCountriesAfter(i, false)
}

// ofCountriesAfter is ofCountryAfter; with two, a second country joined
// by "and" ends the phrase too: "of Belarus and Russia".
func (d *docState) ofCountriesAfter(i int, two bool) (bool, int) {
	if i+1 >= len(d.toks) || d.toks[i].lower != "of" {
		return false, i
	}
	k := i + 1
	if d.toks[k].lower == "the" {
		k++
	}
	g, ok := d.gzOf(k)
	if !ok || g.start != k || g.e.kind != entCountry || !d.toks[k].upper {
		return false, i
	}
	if e := g.end; e < len(d.toks) && d.toks[e].isWord() && d.toks[e].upper && !d.toks[e].newlineBefore &&
		d.toks[e].lower == "ministry" {
		// "of the Bulgarian Ministry": the demonym qualifies a
		// ministry, not the first body.
		return false, i
	}
	if e := g.end; two && e+1 < len(d.toks) && d.toks[e].lower == "and" && !d.toks[e+1].newlineBefore {
		// "the Regional Grouping of Forces of Belarus and Russia": a
		// body of two countries, the second one bare and closing it.
		if h, ok := d.gzOf(e + 1); ok && h.start == e+1 && h.e.kind == entCountry && d.toks[e+1].upper &&
			(h.end >= len(d.toks) || !d.toks[h.end].isWord() || !d.toks[h.end].upper && d.toks[h.end].lower != "s") &&
			!(h.end < len(d.toks) && d.toks[h.end].punct == '\'') {
			return true, h.end
		}
	}
	return true, g.end
}

// fundForCountry reports whether the fund whose head word is at token h
// may take the country it serves: not "the Kuwait Development Fund for
// Egypt", a fund named by its own country, nor "the Asian Development Fund
// for Nepal", a lender's fund.
func (d *docState) fundForCountry(h int) bool {
	for k := h - 1; k >= 0 && k >= h-5 && d.toks[k].isWord() && d.toks[k].upper; k-- {
		if g, ok := d.gzOf(k); ok && g.e.kind == entCountry || d.toks[k].lower == "development" {
			return false
		}
	}
	return true
}

// jointWords name a body that two countries share: "Regional Grouping of
// Forces of Belarus and Russia", "Joint Commission of Kazakhstan and
// Uzbekistan"; not "Electoral Commission of Ghana and Nigeria", two.
var jointWords = wordSet(`joint mixed intergovernmental bilateral binational combined regional grouping forces`)

// jointBody reports whether a word of tokens [a, b) makes a body joint.
func (d *docState) jointBody(a, b int) bool {
	for k := a; k < b; k++ {
		if jointWords.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// demonymBeforeName reports whether the country named before token e is
// written as a demonym and a body's capitalised name follows it ("the
// Peruvian Embassy"): an adjective of the next body, not the country
// itself.
func (d *docState) demonymBeforeName(e int) bool {
	if e < 1 || e >= len(d.toks) || !d.toks[e].isWord() || !d.toks[e].upper || d.toks[e].newlineBefore {
		return false
	}
	g, ok := d.gzOf(e - 1)
	if !ok || g.end != e || g.e.kind != entCountry || d.isCountryName(g) {
		return false
	}
	// The capitalised words after it name a body ("Embassy", "Foreign
	// Ministry"); "Central Union of Cuban Workers" is left as it was.
	for k := e; k < len(d.toks) && k-e < 5 && d.toks[k].isWord() && d.toks[k].upper && !d.toks[k].newlineBefore; k++ {
		if orgHeads.at(d.toks[k].wid) || secondBodyHeads.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// secondBodyHeads end the name of a body that follows "of the <demonym>"
// besides the orgHeads.
var secondBodyHeads = wordSet(`ministry embassy consulate delegation`)

// subBodyHeads follow a known organisation's name or acronym to name one
// of its organs ("SCO Secretariat", "African Union Commission").
var subBodyHeads = wordSet(`secretariat commission`)

// orgPrefixedBodies marks "<known organisation> Secretariat" as a body of
// its own that also names its parent.
func (d *docState) orgPrefixedBodies() bool {
	added := false
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || !t.upper || d.gzAt[i] >= 0 || t.newlineBefore {
			continue
		}
		g, ok := d.gzOf(i - 1)
		if !ok || g.end != i || g.e.kind != entOrg {
			continue
		}
		end := d.organAfter(i, d.toks[g.start].allCaps && g.e.idx >= 0)
		if end == i {
			continue
		}
		d.parents = append(d.parents, g)
		d.localOr = append(d.localOr, localOrg{name: d.phrase(g.start, end), kind: "agency"})
		k := d.gzAt[i-1]
		d.gz[k] = gzMatch{start: g.start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}}
		for j := i; j < end; j++ {
			d.gzAt[j] = k
		}
		added = true
		i = end - 1
	}
	return added
}

// acronymOrganHeads follow a known organisation's acronym to name one of
// its standing organs ("IRENA Council", "IPU Assembly"); acronymOrganPairs
// do so in two words ("UNESCO General Conference", "ILO Governing Body").
var (
	acronymOrganHeads = wordSet(`council assembly`)
	acronymOrganPairs = map[string]bool{"general conference": true, "governing body": true, "general assembly": true}
	// pressWords and pressUnits name the press office of a body that a
	// release's contact line gives: "AIIB Communications", "SPC
	// Communications Team", "EBRD Press Office".
	pressWords = wordSet(`communication communications press media`)
	pressUnits = wordSet(`team unit office division section department service`)
)

// acronymBodyHeads end the names of an organisation's bodies after its
// acronym, besides orgHeads: "PIFS Communications Team".
var acronymBodyHeads = wordSet(`team consortium facility board`)

// organTail returns the end of the domain of an organisation's body
// from token i: "of Governors" (bodyTail), "of Permanent Representatives"
// (members named by a title, in the plural), "for Mexico and Cuba" (the
// countries it serves).
func (d *docState) organTail(i int) int {
	if e, _ := d.bodyTail(i); e > i {
		return e
	}
	if i+1 >= len(d.toks) || d.toks[i+1].newlineBefore {
		return i
	}
	switch d.toks[i].lower {
	case "of":
		if g, ok := d.gzOf(i + 1); ok && g.start == i+1 && g.e.kind == entTitle && strings.HasSuffix(d.toks[g.end-1].lower, "s") {
			if e, _ := d.bodyTail(g.end); e > g.end {
				return e // "Council of Ministers on Digital Economy"
			}
			return g.end
		}
	case "for", "in":
		e := i
		for k := i + 1; k < len(d.toks) && k < i+8; {
			g, ok := d.gzOf(k)
			if !ok || g.start != k || g.e.kind != entCountry {
				break
			}
			e = g.end
			if g.end+1 < len(d.toks) && (d.toks[g.end].lower == "and" || d.toks[g.end].punct == ',') {
				k = g.end + 1
				continue
			}
			break
		}
		return e
	}
	return i
}

// organAfter returns the end of the organ named at token i after a known
// organisation's name (acronym: the organisation is written as a known
// acronym), or i when none is.
func (d *docState) organAfter(i int, acronym bool) int {
	t := &d.toks[i]
	if subBodyHeads.at(t.wid) {
		return i + 1
	}
	sameLine := func(k int) bool {
		return k < len(d.toks) && !d.toks[k].newlineBefore && d.toks[k].isWord() && d.toks[k].upper && d.gzAt[k] < 0
	}
	if acronym && acronymOrganHeads.at(t.wid) && !sameLine(i+1) && !(i+1 < len(d.toks) && d.toks[i+1].lower == "of") {
		return i + 1
	}
	if acronym && sameLine(i+1) && acronymOrganPairs[t.lower+" "+d.toks[i+1].lower] && !sameLine(i+2) {
		return i + 2
	}
	if acronym {
		// "ADB Board of Governors", "CSTO Collective Security Council",
		// "SCO Interbank Consortium": capitalised words after the
		// acronym up to a body's head, and the body's domain.
		for k := i; k < i+4 && sameLine(k); k++ {
			if (orgHeads.at(d.toks[k].wid) || acronymBodyHeads.at(d.toks[k].wid)) && !sameLine(k+1) {
				return d.organTail(k + 1)
			}
		}
	}
	if pressWords.at(t.wid) {
		if sameLine(i+1) && pressUnits.at(d.toks[i+1].wid) {
			return i + 2
		}
		if (t.lower == "communication" || t.lower == "communications") && !sameLine(i+1) {
			return i + 1
		}
	}
	return i
}

// companySuffixes end a company's registered name ("PTT Plc", "Siam
// Management Holding Co", "China Communications Construction Co Ltd").
var companySuffixes = wordSet(`plc ltd limited inc co corp llc jsc pjsc bhd tbk gmbh`)

// companies marks capitalised names ending with a company suffix. One word
// of name is enough, acronyms included ("PTT Plc"); the name without the
// suffix becomes an alias.
func (d *docState) companies() bool {
	added := false
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || !t.upper || !companySuffixes.at(t.wid) || d.gzAt[i] >= 0 || t.newlineBefore {
			continue
		}
		if t.lower == "co" && i+1 < len(d.toks) && d.toks[i+1].punct == '-' {
			continue // "Co-operation"
		}
		end := i + 1
		for end+1 < len(d.toks) && d.toks[end].punct == '.' && d.toks[end].end == d.toks[end+1].start {
			end++
		}
		for end < len(d.toks) && companySuffixes.at(d.toks[end].wid) && d.toks[end].upper && !d.toks[end].newlineBefore {
			end++ // "Co Ltd"
		}
		// Walk back over the name's capitalised words.
		core := i
		for core > 0 && companySuffixes.at(d.toks[core-1].wid) && d.toks[core-1].upper {
			core--
		}
		start := core
		for k := core - 1; k >= 0 && core-k <= 5; k-- {
			w := &d.toks[k]
			if d.toks[k+1].newlineBefore || d.kpAt[k] >= 0 || !w.isWord() && !w.isHyphen() {
				break
			}
			if g, ok := d.gzOf(k); ok && g.e.kind != entCountry && g.e.kind != entCapital && g.e.kind != entCity {
				break
			}
			if w.isWord() && (!w.upper || hardStop.at(w.wid) && !bodyWordsOK.at(w.wid) || stopFirst.at(w.wid) || months[w.lower] != 0) {
				break
			}
			start = k
		}
		if start == core || d.toks[start].isHyphen() {
			continue
		}
		if g, ok := d.gzOf(start); ok && g.start < start {
			continue
		}
		name := d.phrase(start, end)
		d.localOr = append(d.localOr, localOrg{name: name, acronym: d.phrase(start, core), kind: "company"})
		d.gz = append(d.gz, gzMatch{start: start, end: end, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}})
		for k := start; k < end; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
		added = true
	}
	return added
}

// bodyWordsOK are stop words for persons that may sit in a company name.
var bodyWordsOK = wordSet(`group corporation company national international global development trade
economic bank fund union`)

// universitiesOf marks "University of Melbourne", "Institute of Oriental
// Studies": a place of learning named by what follows "of".
func (d *docState) universitiesOf() bool {
	added := false
	for i := 0; i+2 < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || !t.upper || !learningHeads.at(t.wid) || d.gzAt[i] >= 0 || d.toks[i+1].lower != "of" {
			continue
		}
		if i > 0 && d.toks[i-1].isWord() && d.toks[i-1].upper && !stopFirst.at(d.toks[i-1].wid) {
			continue // part of a longer name
		}
		e := i + 2
		for e < len(d.toks) && e-i < 7 && !d.toks[e].newlineBefore {
			w := &d.toks[e]
			if w.isWord() && w.upper && !stopFirst.at(w.wid) && d.kpAt[e] < 0 {
				if g, ok := d.gzOf(e); ok && g.e.kind != entCapital && g.e.kind != entCity && g.e.kind != entCountry {
					break
				} else if ok && g.start == e {
					e = g.end // "University of Dar es Salaam": the place whole
					continue
				}
				e++
				continue
			}
			if w.isWord() && w.lower == "and" && e+1 < len(d.toks) && d.toks[e+1].upper {
				e++
				continue
			}
			break
		}
		for e > i+2 && !d.toks[e-1].upper {
			e--
		}
		if e == i+2 {
			continue
		}
		d.localOr = append(d.localOr, localOrg{name: d.phrase(i, e), kind: "university"})
		d.gz = append(d.gz, gzMatch{start: i, end: e, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}})
		for k := i; k < e; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
		added = true
		i = e - 1
	}
	return added
}

// portfolioWords name a ministry's portfolio when written in lower case
// ("the Chinese foreign ministry", "Russia's defence ministry").
var portfolioWords = wordSet(`foreign defence defense finance interior justice health education trade commerce
transport agriculture energy affairs economy economic industry culture labour labor environment emergency
emergencies home external information communications digital development security`)

// ministryOrg is a ministry named by its portfolio: "Chinese Foreign
// Ministry", "Russia's defence ministry", "the Transport Ministry".
type ministryOrg struct {
	start, end int    // the whole mention, qualifier included
	name       string // the canonical name
	portfolio  string // "Foreign Ministry", title-cased, for unqualified mentions
	country    int    // gazetteer index of the qualifying country, or -1
	capital    bool   // the portfolio was written with capitals
}

// ministries emits the ministries a document names by portfolio, which
// the gazetteer cannot list one by one. A qualified mention ("Chinese
// Foreign Ministry", "Beijing's foreign ministry", "China's Foreign
// Ministry") takes the demonym form as its name, following the analysts'
// convention; an unqualified one is the same body when the text qualifies
// that portfolio elsewhere, and a body of its own when it is capitalised
// ("The Foreign Affairs Ministry lost contact ..."). "Ministry of Foreign
// Affairs [of X]" keeps its written form. The mentions are kept apart from
// the gazetteer hits, so that "foreign ministry spokesperson" stays a title.
func (d *docState) ministries() {
	var ms []ministryOrg
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.lower != "ministry" || !t.isWord() || d.inQuote(i) {
			continue
		}
		if g, ok := d.gzOf(i); ok && g.e.kind != entTitle {
			continue
		}
		if m, ok := d.ministryOf(i); ok {
			ms = append(ms, m)
			continue
		}
		// Portfolio words before "ministry".
		b := i
		caps := true
		for k := i - 1; k >= 0 && i-k <= 3; k-- {
			w := &d.toks[k]
			if !w.isWord() || d.toks[k+1].newlineBefore || (d.gzAt[k] >= 0 && !d.isTitleTok(k)) {
				break
			}
			if g, ok := d.gzOf(k); ok && g.e.kind == entTitle {
				// A title that ends before "ministry" ends the name; one
				// that holds it ("Foreign Ministry Spokesperson") does not.
				if g.end-g.start > 1 && !(g.start <= i && i < g.end) {
					break
				}
			}
			if w.upper && t.upper && !stopFirst.at(w.wid) && !hardStop.at(w.wid) || portfolioWords.at(w.wid) {
				caps = caps && w.upper
				b = k
				continue
			}
			break
		}
		if b == i || d.kpAt[b] >= 0 {
			continue
		}
		m := ministryOrg{start: b, end: i + 1, country: -1, capital: caps && t.upper}
		m.portfolio = titleCase(d.phrase(b, i+1))
		if c, cs := d.countryBefore(b); c >= 0 {
			m.country, m.start = c, cs
		}
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		return
	}
	// Name the qualified ones; an unqualified one joins the qualified
	// body of the same portfolio.
	byPortfolio := map[string]string{}
	for k := range ms {
		m := &ms[k]
		if m.name != "" {
			continue
		}
		if m.country >= 0 {
			c := d.g.Countries[m.country]
			dem := c.Name
			if len(c.Demonyms) > 0 {
				dem = c.Demonyms[0]
			}
			m.name = dem + " " + m.portfolio
			if _, ok := byPortfolio[m.portfolio]; !ok {
				byPortfolio[m.portfolio] = m.name
			}
		}
	}
	// "Ministry of Foreign Affairs" written without a country is the
	// "Foreign Ministry" an unqualified mention names, when no country
	// qualifies that portfolio.
	for _, m := range ms {
		if m.country < 0 && m.name != "" && m.name == m.portfolio && strings.HasPrefix(m.name, "Ministry of ") {
			short := strings.TrimSuffix(strings.TrimPrefix(m.name, "Ministry of "), " Affairs") + " Ministry"
			if _, ok := byPortfolio[short]; !ok {
				byPortfolio[short] = m.name
			}
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.name != "" {
			continue
		}
		if n, ok := byPortfolio[m.portfolio]; ok {
			m.name = n
		} else if m.capital {
			m.name = m.portfolio
		}
	}
	for _, m := range ms {
		if m.name == "" {
			continue
		}
		idx := d.localOrgIndex(m.name, "agency")
		id := d.addOrg(idx, "", d.toks[m.start].sent, "ministry")
		f := &d.out.Organisations[d.orgAt[id]]
		f.Aliases = addAlias(f.Aliases, f.Name, d.phrase(m.start, m.end))
		f.Aliases = addAlias(f.Aliases, f.Name, m.portfolio)
	}
}

// ministryOf reads "Ministry of Foreign Affairs [and X] [of [the] Country]"
// at token i (the word Ministry).
// ministryQualifiers open a ministry's name before "Ministry of|for":
// "Federal Ministry for ...", "Coordinating Ministry for Economic Affairs".
var ministryQualifiers = wordSet(`federal coordinating`)

func (d *docState) ministryOf(i int) (ministryOrg, bool) {
	t := &d.toks[i]
	if !t.upper || i+2 >= len(d.toks) || (d.toks[i+1].lower != "of" && d.toks[i+1].lower != "for") {
		return ministryOrg{}, false
	}
	b := i
	if i > 0 && ministryQualifiers.at(d.toks[i-1].wid) && d.toks[i-1].upper && d.gzAt[i-1] < 0 && !t.newlineBefore {
		b = i - 1 // "Federal Ministry for Economic Cooperation and Development"
	}
	e := i + 2
	for e < len(d.toks) && e-i < 8 && !d.toks[e].newlineBefore {
		w := &d.toks[e]
		if w.isWord() && w.upper && d.gzAt[e] < 0 && !stopFirst.at(w.wid) && !honorifics.at(w.wid) && d.kpAt[e] < 0 {
			e++ // "Ministry of Foreign Affairs Dr. ...": a name follows
			continue
		}
		if w.isWord() && (w.lower == "and" || w.lower == "of") && e+1 < len(d.toks) && d.toks[e+1].upper {
			e++
			continue
		}
		if g, ok := d.gzOf(e); ok && g.start == e && g.e.kind == entCountry && !d.isCountryName(g) && g.end < len(d.toks) &&
			d.toks[g.end].isWord() && d.toks[g.end].upper && d.gzAt[g.end] < 0 && !d.toks[g.end].newlineBefore {
			e = g.end // "Ministry of Protection of Indonesian Migrant Workers": a people, not the country
			continue
		}
		break
	}
	for e > i+2 && !d.toks[e-1].upper {
		e--
	}
	if e == i+2 {
		return ministryOrg{}, false
	}
	// "State Secretary of the Ministry of Foreign Affairs and Foreign
	// Trade Ljupčo Stojanovski": the portfolio ends on its last word, and a
	// name of two words or more after it is a person's.
	for x := e - 1; x > i+2; x-- {
		if !isPortfolioWord(d.toks[x-1].lower) {
			continue
		}
		if n := d.nameAt(x, true); n >= e && d.wordsIn(x, n) >= 2 {
			e = x
		}
		break
	}
	// "Ministry of Natural Resources, Ecology and Technical Supervision"
	e = d.listedPortfolios(e, false)
	m := ministryOrg{start: b, end: e, country: -1, capital: true}
	m.portfolio = d.phrase(b, e)
	// "... of [the] China" or "of the Kazakh SSR".
	if e+1 < len(d.toks) && d.toks[e].lower == "of" {
		k := e + 1
		if d.toks[k].lower == "the" {
			k++
		}
		if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entCountry {
			x := g.end
			for x < len(d.toks) && x-g.end < 2 && d.toks[x].isWord() && d.toks[x].allCaps && d.gzAt[x] < 0 {
				x++ // "the Kazakh SSR"
			}
			m.end, m.country = x, g.e.idx
			m.name = d.phrase(b, x)
			return m, true
		}
	}
	if c, cs := d.countryBefore(b); c >= 0 {
		m.start = cs
		m.name = m.portfolio + " of " + d.g.Countries[c].Name
		return m, true
	}
	m.name = m.portfolio
	return m, true
}

// countryBefore returns the country named right before token i as a
// demonym ("Chinese"), a possessive ("China's", "Beijing's"), and where
// the qualifier starts; -1 when there is none.
func (d *docState) countryBefore(i int) (int, int) {
	j := i - 1
	poss := false
	if j >= 1 && d.toks[j].lower == "s" && d.toks[j-1].lower == "'" {
		j -= 2
		poss = true
	}
	g, ok := d.gzOf(j)
	if !ok || g.end != j+1 {
		return -1, i
	}
	switch {
	case g.e.kind == entCountry:
		return g.e.idx, g.start
	case g.e.kind == entCapital && poss:
		return g.e.idx, g.start
	}
	return -1, i
}

// localOrgIndex returns the local organisation named name, adding it.
func (d *docState) localOrgIndex(name, kind string) int {
	for k, l := range d.localOr {
		if l.name == name {
			return -1 - k
		}
	}
	if gi := d.g.orgIndex(name); gi >= 0 {
		return gi
	}
	d.localOr = append(d.localOr, localOrg{name: name, kind: kind})
	return -1 - (len(d.localOr) - 1)
}

// titleCase capitalises each word of s ("foreign ministry" → "Foreign
// Ministry").
func titleCase(s string) string {
	fs := strings.Fields(s)
	for k, f := range fs {
		r, n := utf8.DecodeRuneInString(f)
		fs[k] = string(unicode.ToUpper(r)) + f[n:]
	}
	return strings.Join(fs, " ")
}

// bodyTail reads the domain after a body's head word at token i: "of|for|
// on" and capitalised words joined by "and" ("of Commerce and Industry",
// "on Bilateral Cooperation"), no person or known name among them. It
// returns the token after the tail and its capitalised words, or (i, 0).
func (d *docState) bodyTail(i int) (int, int) {
	// A domain runs to 12 tokens only when a name is split off after it
	// ("... and Inter-Parliamentary Relations Dilfuza Raimova"); else to
	// 9, which leaves out the name no portfolio word announces:
	// "Committee on Ecology and Environmental Protection and Climate
	// Change Adaptation Bakhtiyor Aliev".
	e, caps, split := d.bodyTailWithin(i, 12)
	if !split {
		e, caps, _ = d.bodyTailWithin(i, 9)
	}
	return e, caps
}

// bodyTailWithin is bodyTail over at most limit tokens; split reports
// that a person's name was split off the end of the tail.
func (d *docState) bodyTailWithin(i, limit int) (e, caps int, split bool) {
	if i+1 >= len(d.toks) {
		return i, 0, false
	}
	switch d.toks[i].lower {
	case "of", "for", "on":
	default:
		return i, 0, false
	}
	e, caps = i+1, 0
	the := false
	if d.toks[e].lower == "the" && e+1 < len(d.toks) && d.toks[e+1].upper && d.gzAt[e+1] < 0 {
		e++ // "Council for the Promotion of International Trade"
		the = true
	}
	for e < len(d.toks) && e-i < limit && !d.toks[e].newlineBefore {
		w := &d.toks[e]
		if _, wd := weekdays[w.lower]; wd {
			break // "SAARC Development Fund on Monday": a date, no domain
		}
		if w.lower == "ministry" {
			break // "Bureau of the Ministry": a second body
		}
		if w.isWord() && w.upper && !w.allCaps && d.gzAt[e] < 0 && d.kpAt[e] < 0 && !stopFirst.at(w.wid) && !honorifics.at(w.wid) && !possessivePronouns.at(w.wid) &&
			months[w.lower] == 0 && (!orgHeads.at(w.wid) || d.lastAfterAnd(e)) {
			caps++
			e++
			// "Committee on International and Inter-Parliamentary
			// Relations": a hyphen joins two words of the domain.
			for e+1 < len(d.toks) && d.toks[e].isHyphen() && d.toks[e].start == d.toks[e-1].end && d.toks[e+1].start == d.toks[e].end &&
				d.toks[e+1].isWord() && d.toks[e+1].upper && d.gzAt[e+1] < 0 && d.kpAt[e+1] < 0 {
				e += 2
			}
			continue
		}
		if g, ok := d.gzOf(e); ok && g.start == e && g.end == e+1 && g.e.kind == entCountry && !d.isCountryName(g) &&
			e+1 < len(d.toks) && d.toks[e+1].isWord() && d.toks[e+1].upper && d.gzAt[e+1] < 0 && !orgHeads.at(d.toks[e+1].wid) &&
			strings.HasSuffix(d.toks[e+1].lower, "s") && !d.toks[e+1].newlineBefore {
			// "Central Union of Cuban Workers": a demonym before the
			// people the body unites.
			caps += 2
			e += 2
			continue
		}
		if w.lower == "and" && d.titledNameAt(e+1) {
			break // "the Chamber of Senators and Lucía Ferreira Duarte, Chair of ...": a person's name
		}
		if w.isWord() && (w.lower == "and" || ((w.lower == "of" || w.lower == "for" || w.lower == "on") && caps > 0 && !d.toks[e-1].allCaps)) && caps > 0 && e+1 < len(d.toks) && d.toks[e+1].upper && d.gzAt[e+1] < 0 && !d.toks[e+1].allCaps {
			// "Forum for Regional Cooperation on Stabilization, ...": a
			// domain of the domain.
			e++
			continue
		}
		if w.lower == "of" && the && caps > 0 && e+3 < len(d.toks) && d.toks[e+1].lower == "the" && d.toks[e+2].upper && !d.toks[e+2].allCaps && d.gzAt[e+2] < 0 &&
			d.kpAt[e+2] < 0 && waterPlaces.at(d.lastCapital(e+2)) {
			// "Binational Commission for the Development of the Laguna
			// Merín Basin": the place of the domain.
			e += 2
			continue
		}
		break
	}
	for e > i+1 && (d.toks[e-1].lower == "and" || d.toks[e-1].lower == "of" || d.toks[e-1].lower == "on") {
		e-- // "Authority of Heads of State and" + a word the tail refused; "... Exports on Monday"
	}
	if caps == 0 {
		return i, 0, false
	}
	if e < len(d.toks) && d.toks[e].upper && (orgHeads.at(d.toks[e].wid) || d.toks[e].lower == "ministry") && !d.toks[e].newlineBefore {
		// "Political Directorate of the Bulgarian Ministry": the tail
		// names a second body, not the first one's domain.
		return i, 0, false
	}
	for n := 2; n <= 3; n++ {
		// "Department of the Presidential Administration Aizada
		// Toktosunova", "Banking Department for Central Asia Rustam
		// Ismoilov": the name after the body is a person's.
		if e-i >= n+2 && caps >= n+1 && (orgHeads.at(d.toks[e-n-1].wid) || isPortfolioWord(d.toks[e-n-1].lower)) && d.nameAt(e-n, false) == e &&
			d.wordsIn(e-n, e) == n {
			e, caps, split = e-n, caps-n, true
			break
		}
	}
	// "Joint Commission on Trade, Economic and Technical Cooperation":
	// more domains set off by commas, the last joined by "and" and ending
	// in a word no name ends with.
	if f := d.listedPortfolios(e, true); f > e {
		caps += f - e
		e = f
	}
	if d.nameAt(e-min(caps, 2), false) == e && d.toks[e-1].lower != "countries" && caps <= 2 && !isPortfolioWord(d.toks[e-1].lower) && !domainEnds.at(d.toks[e-1].wid) &&
		!the && d.toks[i].lower == "of" && !waterPlaces.at(d.toks[i+1].wid) {
		// "Commission of Sadyr Japarov"? a name, not a domain: keep out;
		// not "Committee of the Løgting", "Committee on Maritime
		// Delimitation".
		return i, 0, false
	}
	return e, caps, split
}

// waterPlaces open or close the name of a lake, a river or a basin, which
// a body may be of: "Binational Autonomous Authority of Lake Titicaca", "...
// for the Development of the Laguna Merín Basin".
var waterPlaces = wordSet(`lake river basin gulf sea bay`)

// lastCapital returns the word id of the last of the capitalised words
// from token i, or -1.
func (d *docState) lastCapital(i int) int32 {
	k := i
	for k < len(d.toks) && k < i+5 && d.toks[k].isWord() && d.toks[k].upper && !d.toks[k].newlineBefore {
		k++
	}
	if k == i {
		return -1
	}
	return d.toks[k-1].wid
}

// titledNameAt reports whether a name of two words or more starts at token
// i and a title follows it after a comma: "Lucía Ferreira Duarte, Chair of
// the ... Group".
func (d *docState) titledNameAt(i int) bool {
	e := d.nameAt(i, false)
	if e <= i || d.wordsIn(i, e) < 2 || e+1 >= len(d.toks) || d.toks[e].punct != ',' {
		return false
	}
	g, ok := d.gzOf(e + 1)
	return ok && g.start == e+1 && g.e.kind == entTitle
}

// unitHeads are the heads of a body's units (offices, divisions,
// directorates), often named as a unit "of the Ministry of ...".
var unitHeads = wordSet(`office division directorate group mission section`)

// ministryTail reports whether the tail at token i ("of [the] ...")
// opens with a ministry's name: "Legal Division of the Ministry of
// Foreign Affairs".
func (d *docState) ministryTail(i int) bool {
	k := i + 1
	if k < len(d.toks) && d.toks[k].lower == "the" {
		k++
	}
	return d.toks[i].lower == "of" && k < len(d.toks) && d.toks[k].upper && (d.toks[k].lower == "ministry" || d.toks[k].lower == "embassy")
}

// andTheTail reads "and the <Capitalised> [of the <Capitalised>]" after a
// body's domain ending at token e when the phrase closes the name (a
// comma, a full stop or the line's end after it) and holds no body, title
// or known name: "Division for Ocean Affairs and the Law of the Sea". It
// returns the new end and the capitalised words, or (e, 0).
func (d *docState) andTheTail(e int) (int, int) {
	if e+2 >= len(d.toks) || d.toks[e].lower != "and" || d.toks[e+1].lower != "the" || d.toks[e].newlineBefore || d.toks[e+1].newlineBefore {
		return e, 0
	}
	k, caps := e+2, 0
	for k < len(d.toks) && k-e < 9 && !d.toks[k].newlineBefore {
		w := &d.toks[k]
		if w.isWord() && w.upper && !w.allCaps && d.gzAt[k] < 0 && d.kpAt[k] < 0 && !orgHeads.at(w.wid) && w.lower != "ministry" &&
			!stopFirst.at(w.wid) && !honorifics.at(w.wid) && !possessivePronouns.at(w.wid) && months[w.lower] == 0 {
			caps++
			k++
			continue
		}
		if caps > 0 && (w.lower == "of" || w.lower == "the" || w.lower == "and") && k+1 < len(d.toks) && (d.toks[k+1].upper || d.toks[k+1].lower == "the") {
			k++
			continue
		}
		break
	}
	if caps == 0 || !d.toks[k-1].upper {
		return e, 0
	}
	if k < len(d.toks) && !d.toks[k].newlineBefore && d.toks[k].punct != ',' && d.toks[k].punct != '.' && d.toks[k].punct != ';' && d.toks[k].sent == d.toks[e].sent {
		return e, 0
	}
	return k, caps
}

// possessivePronouns open a style ("Office of His Majesty the King"),
// never a body's domain.
var possessivePronouns = wordSet(`his her their its`)

// domainEnds end the domain of a body, never a name: "Agency for Academic
// Exchange", "Committee against Terrorism".
var domainEnds = wordSet(`exchange exchanges solidarity friendship dialogue peace studies terrorism education culture
health finance law rights representatives governors directors ministers parliamentarians`)

// combiningForm reports whether token i is a country's combining form
// before a hyphen that the gazetteer does not know: "Senegalo-", "Italo-".
func (d *docState) combiningForm(i int) bool {
	t := &d.toks[i]
	return t.isWord() && t.upper && !t.allCaps && d.gzAt[i] < 0 && len(t.lower) >= 4 && strings.HasSuffix(t.lower, "o") && !t.newlineBefore
}

// hyphenPrefixes join a demonym in a body's name: "Inter-American", "Pan-African".
var hyphenPrefixes = wordSet(`inter pan trans intra afro euro ibero latin anglo franco sino indo`)

// lastAfterAnd reports whether token e closes a body's domain after "and":
// "Heads of State and Government" ends there, where a head word elsewhere
// in the tail would start a second body.
func (d *docState) lastAfterAnd(e int) bool {
	if e < 1 || d.toks[e-1].lower != "and" {
		return false
	}
	return e+1 >= len(d.toks) || !(d.toks[e+1].isWord() && d.toks[e+1].upper) || d.toks[e+1].newlineBefore
}

// organQualifiers and organHeads make the names of a body's standing
// organs ("the General Secretariat", "the Executive Committee").
var (
	organQualifiers = wordSet(`general executive permanent`)
	organHeads      = wordSet(`secretariat committee council assembly`)
	// collegeHeads and collegeMembers make the names of the collegial
	// organs of a state or body: "the Council of Ministers", "the
	// Cabinet of Ministers", "the Board of Governors".
	collegeHeads   = wordSet(`council committee cabinet board`)
	collegeMembers = wordSet(`ministers governors directors`)
)

// bareOrgans marks "the General Secretariat", "the Permanent Council":
// an organ the text names alone, as written, unless a longer name that
// ends with it ("OIC General Secretariat") is already known, which it then
// refers to.
func (d *docState) bareOrgans() bool {
	added := false
	// Organs the text also names with their body ("OIC General
	// Secretariat"): a bare mention refers to that one.
	owned := map[string]bool{}
	for i := 1; i+1 < len(d.toks); i++ {
		if organQualifiers.at(d.toks[i].wid) && organHeads.at(d.toks[i+1].wid) {
			if g, ok := d.gzOf(i - 1); ok && g.e.kind == entOrg && (g.end == i || g.end > i+1) {
				owned[d.toks[i].lower+" "+d.toks[i+1].lower] = true
			}
		}
	}
	for i := 1; i+1 < len(d.toks); i++ {
		t, h := &d.toks[i], &d.toks[i+1]
		if !t.upper || !h.upper || !organQualifiers.at(t.wid) || !organHeads.at(h.wid) || d.toks[i-1].lower != "the" || owned[t.lower+" "+h.lower] ||
			d.gzAt[i] >= 0 || d.gzAt[i+1] >= 0 || h.newlineBefore || d.isTitleTok(i) {
			continue
		}
		if i+2 < len(d.toks) && (d.toks[i+2].lower == "of" || d.toks[i+2].upper && d.toks[i+2].isWord()) {
			continue // "the Executive Committee of the CIS": another rule's name
		}
		name := d.phrase(i, i+2)
		idx := d.localOrgIndex(name, "agency")
		d.gz = append(d.gz, gzMatch{start: i, end: i + 2, e: entry{kind: entOrg, idx: idx}})
		d.gzAt[i], d.gzAt[i+1] = int32(len(d.gz)-1), int32(len(d.gz)-1)
		added = true
	}
	return d.collegeBodies(false) || added
}

// collegeBodies marks "the Board of Governors", "the Cabinet of
// Ministers": a collegial organ named alone. Those named in a title's
// complement ("Deputy Chairman of the Cabinet of Ministers") are marked
// with ofTitle, after the posts are read, so that the post stays the
// country's; the others without it.
func (d *docState) collegeBodies(ofTitle bool) bool {
	added := false
	for i := 1; i+2 < len(d.toks); i++ {
		if !collegeHeads.at(d.toks[i].wid) {
			continue // as tested below, first
		}
		h, of := &d.toks[i], &d.toks[i+1]
		end := i + 3 // after the members' word
		if end < len(d.toks) && d.toks[i+2].lower == "executive" && d.toks[i+2].upper && d.toks[end].lower == "directors" {
			end++ // "the Board of Executive Directors"
		}
		m := &d.toks[end-1]
		// "the Board of Governors", "its Board of Directors", "the
		// Bank's Board of Governors".
		det := d.toks[i-1].lower == "the" || d.toks[i-1].lower == "its" || d.toks[i-1].lower == "s" && i >= 2 && d.toks[i-2].lower == "'"
		if !h.upper || !m.upper || !collegeHeads.at(h.wid) || of.lower != "of" || !collegeMembers.at(m.wid) || !det ||
			d.gzAt[i] >= 0 || d.gzAt[end-1] >= 0 || m.newlineBefore || d.isTitleTok(i) {
			continue
		}
		if end < len(d.toks) && (d.toks[end].lower == "of" || d.toks[end].upper && d.toks[end].isWord()) {
			continue // "the Council of Ministers of the CIS": another rule's name
		}
		if ofTitle != (i >= 2 && d.toks[i-2].lower == "of") {
			// "Chairman of the Cabinet of Ministers": a title's, whose
			// holder serves the country; marked once the posts are read.
			continue
		}
		name := d.phrase(i, end)
		idx := d.localOrgIndex(name, "agency")
		d.gz = append(d.gz, gzMatch{start: i, end: end, e: entry{kind: entOrg, idx: idx}})
		for k := i; k < end; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
		added = true
	}
	if !ofTitle {
		return added
	}
	// "secretary-general of the State Council", "Head of the Presidential
	// Administration": a state's organ of two words.
	for i := 1; i+1 < len(d.toks); i++ {
		t, h := &d.toks[i], &d.toks[i+1]
		if !t.upper || !h.upper || !stateOrgans[t.lower+" "+h.lower] || d.gzAt[i] >= 0 || d.gzAt[i+1] >= 0 || h.newlineBefore {
			continue
		}
		idx := d.localOrgIndex(d.phrase(i, i+2), "agency")
		d.gz = append(d.gz, gzMatch{start: i, end: i + 2, e: entry{kind: entOrg, idx: idx}})
		d.gzAt[i], d.gzAt[i+1] = int32(len(d.gz)-1), int32(len(d.gz)-1)
		added = true
	}
	return added
}

// stateOrgans are organs of a state named by two words, which no country
// qualifies in the texts of the genre.
var stateOrgans = map[string]bool{"state council": true, "presidential administration": true}

// headOffices emits the offices of a head of state or government named as
// bodies: "the Office of the President", "the Office of the Vice
// President", "the Office of the Prime Minister", "the Presidency of the
// Republic" (with "of the Republic" when written). A bare "the
// Presidency" is left: it is as often a council's rotating chair.
func (d *docState) headOffices() {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i-1].lower != "the" || !d.toks[i].upper || d.gzAt[i] >= 0 && !d.isTitleTok(i) || d.inQuote(i) {
			continue
		}
		end := 0
		switch d.toks[i].lower {
		case "office":
			k := i + 1
			if d.toks[k].lower != "of" || d.toks[k+1].lower != "the" {
				continue
			}
			k += 2
			switch {
			case k+1 < len(d.toks) && d.toks[k].lower == "vice" && d.toks[k+1].lower == "president":
				end = k + 2
			case (d.toks[k].lower == "president" || d.toks[k].lower == "spokesperson") && d.toks[k].upper:
				end = k + 1 // "the Office of the Spokesperson": the State Department's press office too
			case k+1 < len(d.toks) && d.toks[k].lower == "prime" && d.toks[k+1].lower == "minister":
				end = k + 2
			}
		case "presidency":
			if d.toks[i+1].lower == "of" && d.toks[i+2].lower == "the" && d.toks[i+3].lower == "republic" {
				end = i + 4
			}
		}
		if end == 0 || !d.toks[end-1].upper {
			continue
		}
		if end+2 < len(d.toks) && d.toks[end].lower == "of" && d.toks[end+1].lower == "the" && d.toks[end+2].lower == "republic" && d.toks[i].lower == "office" {
			end += 3 // "the Office of the President of the Republic"
		}
		if end < len(d.toks) && d.toks[end].lower == "of" {
			continue // "the Office of the President of Ukraine": another rule's name, with the country
		}
		if end+1 < len(d.toks) && (d.toks[end].lower == "and" && d.toks[end+1].upper || d.toks[end].isHyphen() && d.toks[end].start == d.toks[end-1].end) {
			continue // "the Office of the President and Cabinet", "the Office of the President-elect": a longer name
		}
		name := d.phrase(i, end)
		d.addOrg(d.localOrgIndex(name, "agency"), name, d.toks[i].sent, "head-office")
	}
}

// embassies emits a country's embassy named with its country and its seat:
// "the Mongolian embassy in Moscow", "the US Embassy in the USSR", "the
// Embassy of the Kyrgyz Republic in China". The country keeps its own
// mention. A bare "its embassy in Bangkok" names no country and is left.
func (d *docState) embassies() {
	for i := 1; i+1 < len(d.toks); i++ {
		t := &d.toks[i]
		if t.lower != "embassy" || !t.isWord() || d.gzAt[i] >= 0 && !d.isTitleTok(i) || d.inQuote(i) {
			continue
		}
		start, end := i, i+1
		if c, cs := d.countryBefore(i); c >= 0 && !d.toks[i].newlineBefore {
			start = cs
		} else if ok, e := d.ofCountryAfter(i + 1); ok && t.upper {
			end = e
		} else {
			continue
		}
		// "in <country|capital|city>": the seat.
		seat := false
		if end+1 < len(d.toks) && d.toks[end].lower == "in" {
			k := end + 1
			if d.toks[k].lower == "the" {
				k++
			}
			if g, ok := d.gzOf(k); ok && g.start == k && d.toks[k].upper && (g.e.kind == entCountry || g.e.kind == entCapital || g.e.kind == entCity) {
				end, seat = g.end, true
			}
		}
		if !seat && !t.upper {
			continue // "the Chinese embassy": a reference, not a name; "the Spanish Embassy" is one
		}
		if start > 0 && start < i && d.toks[start-1].lower == "royal" && d.toks[start-1].upper {
			start-- // "the Royal Thai Embassy"
		}
		name := d.phrase(start, end)
		d.addOrg(d.localOrgIndex(name, "embassy"), name, t.sent, "embassy")
	}
}

// toldAgencies emits the news agency a person spoke to: "told EFE",
// "told the GNA", "told the MONTSAME news agency". The agency is written
// as an acronym the gazetteer does not know.
func (d *docState) toldAgencies() {
	for i := 0; i+2 < len(d.toks); i++ {
		if d.toks[i].lower != "told" || d.inQuote(i) {
			continue
		}
		k := i + 1
		if d.toks[k].lower == "the" {
			k++
		}
		t := &d.toks[k]
		if !t.allCaps || len(t.lower) < 3 || d.gzAt[k] >= 0 || d.kpAt[k] >= 0 || t.newlineBefore || len(d.mentionsIn(k, k+1)) > 0 {
			continue
		}
		e := k + 1
		if e+1 < len(d.toks) && d.toks[e].lower == "news" && d.toks[e+1].lower == "agency" {
			e += 2
		}
		if e < len(d.toks) && d.toks[e].isWord() && d.toks[e].upper {
			continue // "told the NATO Summit": a longer name
		}
		name := d.phrase(k, k+1)
		d.addOrg(d.localOrgIndex(name, "agency"), name, t.sent, "told-agency")
	}
}

// findCredits finds the wire credits of datelines: "ANKARA (AA) -",
// "ABU DHABI, 22nd April, 2025 (WAM) --", "BEIJING, May 27 (Xinhua) --",
// "MOSCOW, March 18. /TASS/.". A credit follows a paragraph's opening
// words, none of them a lower-case word, and is a name in brackets
// followed by a dash, or between slashes. It names the document's source,
// which becomes its publisher when the document names none; the agency is
// no organisation of the story (a mention further on, "told TASS", is).
func (d *docState) findCredits() {
	d.credits = d.credits[:0]
	for _, p := range d.paras {
		// The first few tokens of each paragraph only.
		i := d.tokenAt(p.start)
		if i < 0 {
			continue
		}
		for k := i; k < len(d.toks) && k-i < 12 && d.toks[k].start < p.end; k++ {
			w := &d.toks[k]
			if w.punct != '(' && w.punct != '/' {
				if w.isWord() && !w.upper && !unicode.IsDigit(rune(d.text[w.start])) {
					break // a sentence, not a dateline
				}
				continue
			}
			if k == i || k+2 >= len(d.toks) || !d.toks[k+1].isWord() || !d.toks[k+1].upper {
				break
			}
			end := k + 2
			if g, ok := d.gzOf(k + 1); ok && g.start == k+1 {
				if g.e.kind != entOrg {
					break // a country's code, not an agency
				}
				end = g.end
			} else if !d.toks[k+1].allCaps {
				break
			}
			closing := w.punct
			if closing == '(' {
				closing = ')'
			}
			if end >= len(d.toks) || d.toks[end].punct != closing {
				break
			}
			if closing == ')' && (end+1 >= len(d.toks) || !(d.toks[end+1].isHyphen() || isDash(d.toks[end+1].punct))) {
				break
			}
			d.credits = append(d.credits, span{k + 1, end})
			if d.out.Document.Publisher == "" {
				idx := -1
				if g, ok := d.gzOf(k + 1); ok {
					idx = g.e.idx
				}
				if idx >= 0 {
					d.out.Document.Publisher = d.g.Organisations[idx].Name
				} else {
					d.out.Document.Publisher = d.phrase(k+1, end)
				}
			}
			break
		}
	}
}

// creditAt reports whether tokens [start, end) are a wire credit. The
// credits are in text order.
func (d *docState) creditAt(start, end int) bool {
	i, found := slices.BinarySearchFunc(d.credits, start, func(c span, t int) int { return c.start - t })
	return found && d.credits[i].end == end
}

// missionSeat extends the name of a mission [start, e) over its seat,
// "in [the] <country>": "EU Monitoring Mission in Georgia", "United
// Nations Support Mission in Libya". A capital or a city is a seat only
// when the name says what the mission does ("Assistance Mission in
// Kabul"); a trade or business mission only visits it ("Canadian Trade
// Mission in Lima"). With anyCity, a capital or a city is a seat too. It
// returns the new end.
func (d *docState) missionSeat(start, e int, anyCity bool) int {
	if e+1 >= len(d.toks) || d.toks[e].lower != "in" || d.toks[e+1].newlineBefore {
		return e
	}
	k := e + 1
	if d.toks[k].lower == "the" {
		k++
	}
	g, ok := d.gzOf(k)
	if !ok || !(g.start == k || g.start == k-1 && k > e+1) || !d.toks[k].upper {
		return e
	}
	if g.e.kind == entCountry {
		return g.end
	}
	if g.e.kind != entCapital && g.e.kind != entCity {
		return e
	}
	if anyCity {
		return g.end
	}
	for j := start; j < e; j++ {
		if missionTasks.at(d.toks[j].wid) {
			return g.end
		}
	}
	return e
}

// missionTasks name what a mission seated in a city does.
var missionTasks = wordSet(`support assistance monitoring observation observer observers verification training stabilization stabilisation
peacekeeping police rule law advisory integrated interim`)

// signOffWords name the press units that sign releases.
var signOffWords = wordSet(`press communication communications information media relations diplomacy`)

// signOffPosts end the post of a press contact, not a unit's name.
var signOffPosts = wordSet(`officer manager specialist adviser advisor assistant coordinator associate analyst editor spokesperson
spokesman spokeswoman attache attaché counsellor consultant lead`)

// signOffHeads end a unit's name.
var signOffHeads = wordSet(`department office service unit directorate division bureau team section centre center
communication communications`)

// signOffUnits emits the press units that sign a release or that its
// contact lines name, in its last three paragraphs: "Press Department",
// "Public Relations Service", "SEGIB Communication", "*Directorate of
// Communication – Ministry of Foreign Affairs*", "*OACPS Secretariat –
// Communications Unit*", "Media contact: CBSS Secretariat, Communications
// Unit, press@...", "Issued by: Media Unit, Ministry of ...". Each piece
// of such a line between dashes, commas and colons is read alone: it is
// short, in title case, and names what the unit does.
func (d *docState) signOffUnits() {
	for n := max(0, len(d.paras)-3); n < len(d.paras); n++ {
		p := d.paras[n]
		s := d.tokenAt(p.start)
		if s < 0 {
			continue
		}
		e := s
		for e < len(d.toks) && d.toks[e].start < p.end {
			e++
		}
		if e-s > 40 {
			continue // a paragraph of the body
		}
		from := s
		for k := s; k <= e; k++ {
			if k < e {
				t := &d.toks[k]
				if !(t.isHyphen() && (k == s || d.toks[k-1].end < t.start) || isDash(t.punct) || t.punct == ',' || t.punct == ':' || t.punct == '|') {
					continue
				}
			}
			d.signOffUnit(from, k)
			from = k + 1
		}
	}
}

// signOffUnit emits the press unit tokens [s, e) name, if they do.
func (d *docState) signOffUnit(s, e int) {
	for s < e && (d.toks[s].punct == '*' || d.toks[s].punct == '_' || d.toks[s].lower == "the" || d.toks[s].lower == "by") {
		s++ // "| By National Assembly Media Relations Office"
	}
	for e > s && (d.toks[e-1].punct == '*' || d.toks[e-1].punct == '_' || d.toks[e-1].punct == '.') {
		e--
	}
	if e-s < 2 || e-s > 12 || !d.toks[s].upper {
		return // up to "Press Service of the President of the Republic of Serbia"
	}
	does, head := false, false
	for k := s; k < e; k++ {
		t := &d.toks[k]
		if !t.isWord() || !t.upper && t.lower != "of" && t.lower != "the" && t.lower != "and" && t.lower != "for" {
			return
		}
		does = does || signOffWords.at(t.wid)
		head = head || signOffHeads.at(t.wid) && t.upper
	}
	if g, ok := d.gzOf(s); !does || !head || ok && g.start == s && (g.end == e || g.e.kind == entTitle) || signOffPosts.at(d.toks[e-1].wid) {
		// No press unit, a name the gazetteer knows, or a person's post
		// ("Spokesperson of the Department ...", "Napat Srisawat,
		// Communications Officer, ADPC").
		return
	}
	name := d.phrase(s, e)
	d.addOrg(d.localOrgIndex(name, "agency"), name, d.toks[s].sent, "sign-off")
}

// bindAcronym makes the acronym that a body found by its name gives in
// brackets ("The Ibero-American General Secretariat (SEGIB) ...") name the
// body wherever the text uses it alone, before titles are read: "said the
// Secretary-General of SEGIB, Andrés Allamand".
func (d *docState) bindAcronym(m gzMatch) bool {
	a := m.end + 1
	if a+1 >= len(d.toks) || d.toks[m.end].punct != '(' || d.toks[a+1].punct != ')' || !d.toks[a].allCaps || len(d.toks[a].lower) < 2 || d.gzAt[a] >= 0 {
		return false
	}
	word := d.toks[a].lower
	for k := range d.toks {
		if t := &d.toks[k]; t.allCaps && t.lower == word && d.gzAt[k] < 0 {
			d.gz = append(d.gz, gzMatch{start: k, end: k + 1, e: m.e})
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
	}
	return true
}
