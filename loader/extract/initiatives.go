package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Initiatives the gazetteer does not list, read from the shape of their
// names: capitalised phrases headed by "Initiative", "Strategy", "Plan" ...
// ("Comprehensive Strategic Partnership", "SCO Anti-Drug Strategy"), and
// bilateral projects named after the pair of countries they join
// ("Laos-China railway", "China-Vietnam community of shared future").

// initiativeHeadsCap head a capitalised initiative name.
var initiativeHeadsCap = wordSet(`initiative strategy plan programme program framework corridor agenda partnership
vision goals roadmap process link railway`)

// initiativeHeadsLow may head a name in lower case after capitalised words
// ("New Silk Road initiative", "Nurly Zher program").
var initiativeHeadsLow = wordSet(`initiative programme program strategy`)

// pairHeads head a bilateral project named after a pair: "<A-B> railway".
var pairHeads = wordSet(`railway railroad corridor pipeline partnership`)

// initiativeNonMods cannot open an initiative name: sentence-initial
// function words and the like ("The Plan", "This Strategy").
var initiativeNonMods = wordSet(`the a an this that these those its their his her our my your`)

// patternInitiatives adds the initiatives read from name shapes.
func (d *docState) patternInitiatives() {
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || d.inQuote(i) || d.gzAt[i] >= 0 {
			continue
		}
		if initiativeHeadsCap[t.lower] && t.upper && !t.allCaps {
			if s := d.capitalisedModifiers(i); s < i {
				d.addPatternInitiative(s, i+1, "initiative-name")
			}
			continue
		}
		if initiativeHeadsLow[t.lower] && !t.upper && i > 0 && d.toks[i-1].upper && d.toks[i-1].isWord() {
			if s := d.capitalisedModifiers(i); s < i-1 {
				d.addPatternInitiative(s, i+1, "initiative-name")
			}
			continue
		}
		if pairHeads[t.lower] {
			if s := d.pairBefore(i); s < i {
				d.addPatternInitiative(s, i+1, "initiative-pair")
			}
		}
	}
}

// capitalisedModifiers returns where the capitalised words before head
// token h start ("SCO Anti-Drug Strategy", "13th National Economic and
// Social Development Plan"), or h when none precede or the phrase is a
// known organisation's or initiative's.
func (d *docState) capitalisedModifiers(h int) int {
	s := h
	sent := d.sents[d.toks[h].sent]
	for k := h - 1; k >= sent.tokStart && h-k <= 8; k-- {
		t := &d.toks[k]
		switch {
		case t.isHyphen() || t.punct == '−':
			if k > sent.tokStart && d.toks[k-1].isWord() {
				continue
			}
		case t.isWord() && (t.upper || isDigitWord(t.lower) || t.lower == "u.s") && !initiativeNonMods[t.lower] && !d.isTitleTok(k) && len(d.mentionsIn(k, k+1)) == 0:
			if g, ok := d.gzOf(k); ok && g.e.kind == entOrg {
				// an organisation's programme: "SCO Anti-Drug Strategy"
				s = g.start
				break
			} else if ok && g.e.kind != entCountry && g.e.kind != entCapital && g.e.kind != entCity {
				return h
			}
			s = k
			continue
		case t.punct == '.' && k > sent.tokStart && k+1 < h && d.toks[k+1].isHyphen() && d.toks[k-1].upper:
			continue // "U.S.-Vietnam"
		case (t.lower == "and" || t.lower == "of") && k > sent.tokStart && d.toks[k-1].upper && s == k+1:
			continue
		}
		break
	}
	for s < h && (d.toks[s].isHyphen() || d.toks[s].lower == "and" || d.toks[s].lower == "of") {
		s++
	}
	if s == h {
		return h
	}
	// Only a country or its demonym before the head ("Chinese Plan") is no
	// name; a sentence-initial single word is likely an ordinary capital.
	named := false
	for k := s; k < h; k++ {
		if g, ok := d.gzOf(k); !ok || (g.e.kind != entCountry && g.e.kind != entCapital) {
			if d.toks[k].isWord() && d.toks[k].lower != "and" && d.toks[k].lower != "of" {
				named = true
			}
		}
	}
	if !named || (h-s == 1 && s == sent.tokStart) {
		return h
	}
	return s
}

// pairBefore returns where a pair of countries or demonyms joined by a
// hyphen starts before head h, across up to three lower-case modifiers
// ("Laos-China railway", "Thai-Chinese high-speed railway",
// "Russia−Mongolia−China economic corridor"), or h.
func (d *docState) pairBefore(h int) int {
	k := h - 1
	sent := d.sents[d.toks[h].sent]
	for n := 0; n < 4 && k >= sent.tokStart && (!d.toks[k].upper || d.toks[k].isHyphen()) && (d.toks[k].isWord() || d.toks[k].isHyphen()); n++ {
		k--
	}
	parts := 0
	s := h
	for k >= sent.tokStart {
		g, ok := d.gzOf(k)
		if !ok || g.end != k+1 || (g.e.kind != entCountry) {
			break
		}
		parts++
		s = g.start
		k = g.start - 1
		if k < sent.tokStart || !(d.toks[k].isHyphen() || d.toks[k].punct == '−' || d.toks[k].punct == '–') {
			break
		}
		k--
	}
	if parts < 2 {
		return h
	}
	if k := s - 1; k >= sent.tokStart {
		// a place before the pair: "Ulaanbaatar Russian−Mongolian railway"
		if g, ok := d.gzOf(k); ok && g.end == s && (g.e.kind == entCapital || g.e.kind == entCity) {
			s = g.start
		}
	}
	return s
}

// qualifiedCommunity returns the span of a "community with a shared
// future" named for a region or pair of countries: "Lancang-Mekong
// community with a shared future", "China-Cambodia community with a shared
// future in the new era", "a community with a shared future among the
// Lancang-Mekong countries". ok is false for the community of mankind.
func (d *docState) qualifiedCommunity(m gzMatch) (int, int, bool) {
	if d.g.Initiatives[m.e.idx].Name != "Community with a shared future for mankind" || d.toks[m.end-1].lower == "mankind" || d.toks[m.end-1].lower == "humanity" {
		return 0, 0, false
	}
	sent := d.sents[d.toks[m.start].sent]
	s, e := m.start, m.end
	if k := m.start - 3; k >= sent.tokStart && d.toks[k].upper && d.toks[k].isWord() && d.toks[k+1].isHyphen() && d.toks[k+2].upper && d.toks[k+2].isWord() {
		s = k
	}
	if e+1 < sent.tokEnd && d.toks[e].lower == "among" && d.toks[e+1].lower == "the" {
		for k := e + 2; k < sent.tokEnd && k < e+8; k++ {
			if w := d.toks[k].lower; w == "countries" || w == "nations" || w == "states" {
				if k > e+2 && d.toks[e+2].upper {
					e = k + 1
				}
				break
			}
		}
	}
	if s == m.start && e == m.end {
		return 0, 0, false
	}
	if e+3 < sent.tokEnd && d.toks[e].lower == "in" && d.toks[e+1].lower == "the" && d.toks[e+2].lower == "new" && d.toks[e+3].lower == "era" {
		e += 4
	}
	return s, e, true
}

// gzID is the graph ID of what gazetteer hit g names: a qualified
// community ("China-Laos community with a shared future") is its own
// initiative.
func (d *docState) gzID(g gzMatch) string {
	if id, ok := d.gzInit[g.start]; ok && g.e.kind == entInitiative {
		return id
	}
	return d.entityID(g.e)
}

// addPatternInitiative adds the initiative named by tokens [s, e) and
// returns its ID.
func (d *docState) addPatternInitiative(s, e int, rule string) string {
	name := d.phrase(s, e)
	if rule == "initiative-community" {
		// One community of a document's region or pair, however worded.
		for k := range d.out.Initiatives {
			f := &d.out.Initiatives[k]
			if len(f.Evidence) > 0 && f.Evidence[0].Rule == rule {
				f.Aliases = addAlias(f.Aliases, f.Name, name)
				f.Evidence = addEv(f.Evidence, d.ev(d.toks[s].sent, rule))
				return f.ID
			}
		}
	}
	id := graph.EntityID(graph.KindInitiative, name)
	for _, in := range d.out.Initiatives {
		if strings.EqualFold(in.Name, name) {
			return in.ID
		}
	}
	k, ok := d.initAt[id]
	if !ok {
		k = len(d.out.Initiatives)
		d.initAt[id] = k
		kind := "initiative"
		switch d.toks[e-1].lower {
		case "plan", "programme", "program", "strategy", "agenda", "vision", "goals", "roadmap":
			kind = "programme"
		case "railway", "railroad", "corridor", "pipeline", "link":
			kind = "project"
		}
		d.out.Initiatives = append(d.out.Initiatives, graph.InitiativeFact{ID: id, Name: name, Kind: kind})
	}
	d.out.Initiatives[k].Evidence = addEv(d.out.Initiatives[k].Evidence, d.ev(d.toks[s].sent, rule))
	return id
}
