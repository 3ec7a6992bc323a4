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
vision goals roadmap process link railway dialogue agreement project pipeline concept platform outlook`)

// initiativeHeadsAfterHead head a name only after another head: a
// "Framework Agreement" or "Partnership Agreement" is a programme, a bare
// "Association Agreement" or "Nakhchivan Agreement" a treaty of the past.
var initiativeHeadsAfterHead = wordSet(`agreement`)

// initiativeHeadsCoined head a name only after a coined modifier, a
// capitalised word of no known name, and only where the name is too short
// to be a body's (a long named dialogue is a meeting format, see orgHeads):
// "Strategic Dialogue" is a programme, "India-Central Asia Dialogue" not.
var initiativeHeadsCoined = wordSet(`dialogue`)

// initiativeHeadsLow may head a name in lower case after capitalised words
// ("New Silk Road initiative", "Nurly Zher program").
var initiativeHeadsLow = wordSet(`initiative programme program strategy project corridor`)

// pairHeads head a bilateral project named after a pair: "<A-B> railway".
var pairHeads = wordSet(`railway railroad corridor pipeline partnership highway`)

// initiativeNonMods cannot open an initiative name: sentence-initial
// function words and the like ("The Plan", "This Strategy").
var initiativeNonMods = wordSet(`the a an this that these those its their his her our my your`)

// patternInitiatives adds the initiatives read from name shapes.
func (d *docState) patternInitiatives() {
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || d.gzAt[i] >= 0 {
			continue
		}
		if initiativeHeadsCap.at(t.wid) && t.upper && !t.allCaps {
			if n := i + 1; n < len(d.toks) && d.toks[n].sent == t.sent && d.toks[n].upper && initiativeHeadsCap.at(d.toks[n].wid) {
				continue // the next head ends the name: "Framework Agreement"
			}
			if initiativeHeadsAfterHead.at(t.wid) && (i == 0 || !initiativeHeadsCap.at(d.toks[i-1].wid) || initiativeHeadsAfterHead.at(d.toks[i-1].wid)) {
				continue
			}
			if s := d.capitalisedModifiers(i); s < i && (!initiativeHeadsCoined.at(t.wid) || d.coinedIn(s, i)) {
				e := d.initiativeTail(i + 1)
				if s >= 2 && e < len(d.toks) && d.toks[s-1].lower == "the" && d.toks[s-1].upper && isQuoteMark(d.toks[s-2].punct) && isQuoteMark(d.toks[e].punct) {
					s-- // a quoted title keeps its article: “The Society of Welfare ...”
				}
				d.addPatternInitiative(s, e, "initiative-name")
			} else if e := d.initiativeTail(i + 1); e > i+1 && d.yearOrNameTail(i+1) {
				// no modifiers, but a dated or named tail: "Vision 2050",
				// "the Concept for the Further Development of the CIS"
				d.addPatternInitiative(i, e, "initiative-name")
			} else if pairHeads.at(t.wid) {
				// only a pair of countries before it: "Kenya-Uganda Railway"
				if s := d.pairBefore(i); s < i {
					d.addPatternInitiative(s, i+1, "initiative-pair")
				}
			}
			continue
		}
		if initiativeHeadsLow.at(t.wid) && !t.upper && i > 0 && d.toks[i-1].upper && d.toks[i-1].isWord() {
			if s := d.capitalisedModifiers(i); s < i-1 {
				d.addPatternInitiative(s, i+1, "initiative-name")
			}
			continue
		}
		if pairHeads.at(t.wid) {
			if s := d.pairBefore(i); s < i {
				d.addPatternInitiative(s, i+1, "initiative-pair")
			}
		}
	}
}

// initiativeTail returns where an initiative name whose head ends before
// token e really ends: a date ("Strategy until 2030", "Strategy to 2050",
// "Plan for 2025–2029", "Vision 2050", "Vision – 2040") or a capitalised
// complement ("Platform for Action", "Concept for the Further Development
// of the CIS", "Outlook on the Indo-Pacific"), or e.
func (d *docState) initiativeTail(e int) int {
	sent := d.sents[d.toks[e-1].sent]
	at := func(k int) *token {
		if k < sent.tokEnd {
			return &d.toks[k]
		}
		return nil
	}
	year := func(k int) bool {
		t := at(k)
		return t != nil && len(t.lower) == 4 && (strings.HasPrefix(t.lower, "19") || strings.HasPrefix(t.lower, "20")) && isDigitWord(t.lower)
	}
	dash := func(k int) bool {
		t := at(k)
		return t != nil && (t.isHyphen() || isDash(t.punct))
	}
	switch t := at(e); {
	case t == nil:
		return e
	case year(e):
		return e + 1
	case dash(e) && year(e+1):
		return e + 2
	case (t.lower == "until" || t.lower == "till" || t.lower == "to" || t.lower == "through") && year(e+1):
		return e + 2
	case t.lower == "for" && year(e+1):
		if dash(e+2) && at(e+3) != nil && isDigitWord(at(e+3).lower) {
			return e + 4
		}
		return e + 2
	case t.lower == "for" || t.lower == "on" || t.lower == "of":
		k := e + 1
		if u := at(k); u != nil && u.lower == "the" {
			k++
		}
		// the complement opens with a capitalised word of no known name
		if u := at(k); u == nil || !u.isWord() || !u.upper || d.gzAt[k] >= 0 || initiativeNonMods.at(u.wid) || len(d.mentionsIn(k, k+1)) > 0 {
			return e
		}
		end := e
		for ; k < sent.tokEnd && k < e+10; k++ {
			u := &d.toks[k]
			switch {
			case u.isWord() && (u.upper || isDigitWord(u.lower)) && len(d.mentionsIn(k, k+1)) == 0:
				end = k + 1
				continue
			case u.isHyphen() && end == k && k+1 < sent.tokEnd && d.toks[k+1].upper:
				continue
			case u.lower == "and" && k+1 < sent.tokEnd && d.toks[k+1].lower == "the":
			case u.lower == "and" || u.lower == "of" || u.lower == "the":
				continue
			}
			break
		}
		return end
	}
	return e
}

// yearOrNameTail reports whether the tail after token e-1 is one that
// makes a bare head a name: a year or a capitalised complement after "the".
func (d *docState) yearOrNameTail(e int) bool {
	h := e - 1
	sent := d.sents[d.toks[h].sent]
	if h == sent.tokStart {
		return false
	}
	t := &d.toks[e]
	if isDigitWord(t.lower) || t.punct != 0 {
		return initiativeDated.at(d.toks[h].wid)
	}
	return d.toks[h-1].lower == "the"
}

// initiativeDated may stand alone before a year: "Vision 2050", "Agenda 2063".
var initiativeDated = wordSet(`vision agenda strategy plan programme program goals`)

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
		case t.isHyphen() || t.punct == '−' || t.punct == '+':
			if k > sent.tokStart && d.toks[k-1].isWord() {
				continue
			}
			// initials before the hyphen: "U.S.-Vietnam"
			j := k
			for j-2 >= sent.tokStart && d.toks[j-1].punct == '.' && len(d.toks[j-2].lower) == 1 && d.toks[j-2].upper {
				j -= 2
			}
			if j < k && t.punct != '+' {
				s, k = j, j
				continue
			}
		case t.isWord() && (t.upper || isDigitWord(t.lower) || t.lower == "u.s") && !initiativeNonMods.at(t.wid) && !d.isTitleTok(k) && len(d.mentionsIn(k, k+1)) == 0:
			if g, ok := d.gzOf(k); ok && g.e.kind == entOrg {
				// an organisation's programme: "SCO Anti-Drug Strategy"
				s = g.start
				break
			} else if ok && g.e.kind != entCountry && g.e.kind != entCapital && g.e.kind != entCity {
				return h
			}
			s = k
			continue
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

// coinedIn reports whether tokens [s, e) hold a capitalised word of no
// known name.
func (d *docState) coinedIn(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &d.toks[k]; t.isWord() && t.upper && d.gzAt[k] < 0 {
			return true
		}
	}
	return false
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
		// the kind follows the head, which a tail may follow: "Strategy until 2030"
		kind := ""
		for k := e - 1; k >= s && kind == ""; k-- {
			switch d.toks[k].lower {
			case "plan", "programme", "program", "strategy", "agenda", "vision", "goals", "roadmap":
				kind = "programme"
			case "railway", "railroad", "corridor", "pipeline", "link", "project":
				kind = "project"
			case "initiative", "framework", "partnership", "dialogue", "agreement", "concept", "platform", "outlook", "process":
				kind = "initiative"
			}
		}
		if kind == "" {
			kind = "initiative"
		}
		d.out.Initiatives = append(d.out.Initiatives, graph.InitiativeFact{ID: id, Name: name, Kind: kind})
	}
	d.out.Initiatives[k].Evidence = addEv(d.out.Initiatives[k].Evidence, d.ev(d.toks[s].sent, rule))
	return id
}
