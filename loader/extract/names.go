package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// person is a named person found in the document.
type person struct {
	name      string
	words     []string // lower-cased name words
	aliases   []string
	positions []position
	lastTok   int // last mention, for "the foreign minister" when several qualify
	merged    int // index of the person this one was merged into, or -1
	known     int // index of the known person in the gazetteer, or -1
}

// position is a title held by a person, with the IDs of the organisation or
// country it is for and, for envoys, the country they are accredited to.
type position struct {
	title, org, accredited string
	ev                     graph.Evidence
}

// mention kinds.
const (
	mkName    = iota // the name, or part of it after the full name
	mkTitle          // "the foreign minister"
	mkPronoun        // "he", "she"
)

// pmention is a mention of a person: tokens [start, end).
type pmention struct {
	start, end int
	person     int
	kind       int
	rule       string
}

// intro is a name introduced by a pattern, before persons are merged.
type intro struct {
	start, end         int // whole mention, title and honorific included
	nameStart, nameEnd int
	rule               string
	pos                *position
	name, alias        string     // a name read around a nickname, and the nickname
	more               []position // titles chained before the one that introduces the name
}

// titleRef is a title used without a name ("the Chinese foreign minister").
type titleRef struct {
	start, end int
	title      string
	qualifier  string // ID of the country or organisation, if given
}

// hardStop words never start or continue a person's name.
var hardStop = wordSet(`the a an and or but of in on at for with from by as he she it they we i
his her their its our this that these those mr mrs ms dr sir madam during after before while when since
under between among according however meanwhile also both all each every some many there here what which
who where why how january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday ministry government house office
department agency council committee news post times daily xinhua reuters bloomberg afp kremlin palace
parliament congress senate party union organisation organization forum summit conference year day spirit
road belt initiative university institute center centre bank fund company group corporation association
commission assembly court army navy force forces sea ocean island islands river city province region street
square hall building hotel airport statement declaration agreement treaty charter plan programme program
strategy vision partnership framework cooperation dialogue affairs foreign security development economic
trade his excellency majesty highness royal state states republic kingdom federation embassy consulate
readout board joint ministers leaders president minister people national international global`)

// softStop words may sit inside a name after a title ("President To Lam")
// but never start a name found without one, and are never a short alias.
var softStop = wordSet(`to new south north east west central chinese great first second third last next
more most other general deputy vice chief head senior`)

// stopFirst words are dropped from the start of a name introduced by an
// acronym ("The Lancang ... (LMC)").
var stopFirst = wordSet(`the a an`)

// honorifics introduce a name ("Mr Wang Yi", "H.E. ...").
var honorifics = wordSet(`mr mrs ms miss dr madam sir sheikh prof professor dame lord`)

// particles may sit inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
var particles = wordSet(`bin bint ibn al el van von der den de da di du dos la le`)

// speechVerbs attribute quotations and mark who speaks at a meeting.
var speechVerbs = wordSet(`said says say noted notes stressed stresses added adds told tells emphasised
emphasized emphasises emphasizes stated states remarked mentioned declared explained underlined underscored
pointed expressed spoke speaks called urged concluded completed affirmed reaffirmed highlighted welcomed
offered wished praised hoped announced congratulated thanked asked replied wrote observed recalled
suggested proposed insisted warned agreed conveyed`)

// prepositions before a mention mean it is not the subject.
var prepositions = wordSet(`to with by of from for at on in alongside about than between among including
behalf toward towards against like via greeted`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameAt returns the end of a person's name starting at token i, or i when
// there is none. afterCue relaxes the rules when a title or honorific
// announces a name: soft stop words may then start it.
func (d *docState) nameAt(i int, afterCue bool) int {
	j, words := i, 0
	for j < len(d.toks) && words < 5 {
		t := &d.toks[j]
		if j > i && t.newlineBefore {
			break
		}
		switch {
		case words > 0 && t.isWord() && t.upper && len(t.lower) == 1 && j+2 < len(d.toks) &&
			d.toks[j+1].punct == '.' && d.toks[j+2].isWord() && d.toks[j+2].upper && d.gzAt[j+2] < 0:
			// A middle initial: "Joseph R. Biden".
			j += 2
			continue
		case t.isWord() && t.upper && d.gzAt[j] < 0 && !hardStop[t.lower] && (afterCue || !t.allCaps) &&
			(afterCue || words > 0 || !softStop[t.lower]) && !isDigitWord(t.lower):
			words++
			j++
			continue
		case t.isWord() && words > 0 && particles[t.lower] && j+1 < len(d.toks) && d.toks[j+1].isWord() && d.toks[j+1].upper:
			j++
			continue
		case t.isWord() && words > 0 && particles[t.lower] && j+2 < len(d.toks) && d.toks[j+1].isHyphen() &&
			d.toks[j+1].start == t.end && d.toks[j+2].isWord() && d.toks[j+2].upper:
			// "Bashar al-Assad"
			j += 2
			continue
		case t.isHyphen() && words > 0 && j+1 < len(d.toks) && d.toks[j-1].end == t.start &&
			d.toks[j+1].start == t.end && d.toks[j+1].isWord() && d.toks[j+1].upper:
			j++
			continue
		}
		break
	}
	if words == 0 {
		return i
	}
	// Do not end on a particle or hyphen.
	for j > i && !(d.toks[j-1].isWord() && d.toks[j-1].upper) {
		j--
	}
	return j
}

func isDigitWord(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// qualifierBefore returns the country or organisation named right before
// token i ("Russian", "SCO", "Kazakhstan's"), and the token where it starts.
func (d *docState) qualifierBefore(i int) (string, int) {
	j := i - 1
	if j >= 1 && d.toks[j].lower == "s" && d.toks[j-1].lower == "'" {
		j -= 2
	}
	m, ok := d.gzOf(j)
	if !ok || m.end != j+1 {
		return "", i
	}
	switch m.e.kind {
	case entCountry, entOrg:
		return d.entityID(m.e), m.start
	}
	return "", i
}

// parseTitle reads a title phrase from the title hit m: qualifier before it,
// then "of/for/to [the] <country or organisation>" after it. It returns the
// position, where the phrase starts and the token after it.
func (d *docState) parseTitle(m gzMatch) (position, int, int) {
	t := d.g.Titles[m.e.idx]
	p := position{title: t.Name}
	q, start := d.qualifierBefore(m.start)
	if q == "" {
		// "National Assembly Chairman", "foreign ministry spokesperson":
		// the body the title belongs to is part of the title.
		if b := d.bodyBefore(m.start); b < m.start {
			p.title = d.phrase(b, m.start) + " " + p.title
			q, start = d.qualifierBefore(b)
		}
	}
	p.org = q
	j := m.end
	for j < len(d.toks) {
		w := d.toks[j].lower
		if w != "of" && w != "for" && w != "to" {
			break
		}
		k := j + 1
		if k < len(d.toks) && d.toks[k].lower == "the" {
			k++
		}
		g, ok := d.gzOf(k)
		if ok && g.start == k && g.e.kind == entTitle && w != "for" && k > j+1 &&
			(d.g.Titles[g.e.idx].Name == "President" || d.g.Titles[g.e.idx].Name == "Prime Minister") {
			// "Deputy Chief of Staff of the President of Kazakhstan": the
			// office serves the head of state; the country follows.
			j = g.end
			continue
		}
		if e := d.domainPhrase(k); !ok && e > k && p.title != "Minister" {
			// "Special Representative for International Cooperation"
			j = e
			break
		}
		if !ok || g.start != k || (g.e.kind != entCountry && g.e.kind != entOrg) {
			if p.title == "Minister" && w != "to" {
				// "Minister of Trade and Industry"
				e := k
				for e < len(d.toks) && d.toks[e].isWord() && (d.toks[e].upper || d.toks[e].lower == "and") && d.gzAt[e] < 0 && e-k < 5 {
					e++
				}
				for e > k && !d.toks[e-1].upper {
					e--
				}
				if e > k && e-k < 5 && d.nameAt(e, true) > e {
					p.title = "Minister " + w + " " + d.phrase(k, e)
					j = e
					continue
				}
			}
			break
		}
		id := d.entityID(g.e)
		switch {
		case w == "to" && t.Envoy && g.e.kind == entCountry:
			p.accredited = id
		case w == "to" && !t.Envoy:
			return p, start, j
		default:
			p.org = id
		}
		j = g.end
	}
	return p, start, j
}

// findPersons introduces the persons of the document from the name
// patterns: title + name, honorific + name, name + apposition, and a
// capitalised name before a speech or meeting verb.
func (d *docState) findPersons() {
	var intros []intro
	covered := make([]bool, len(d.toks))
	cover := func(a, b int) {
		for k := a; k < b; k++ {
			covered[k] = true
		}
	}
	var chain []position // titles joined by "and" that share the next name
	chainStart := -1     // where the first title of chain starts
	listEnd, listQual := -1, ""
	consumed := 0 // a title inside the phrase of the previous one is part of it
	for _, m := range d.gz {
		if m.e.kind != entTitle || m.start < consumed {
			continue
		}
		p, start, j := d.parseTitle(m)
		consumed = j
		// "President Sheikh Mohammed bin Zayed": the honorific is no name.
		if j < len(d.toks) && honorifics[d.toks[j].lower] && d.toks[j].upper {
			j++
			if j < len(d.toks) && d.toks[j].punct == '.' {
				j++
			}
		}
		p.ev = d.ev(d.toks[m.start].sent, "")
		former := d.formerBefore(start)
		// "Vietnam's President A, Prime Minister B and Chairman C": the
		// qualifier of the first title distributes over the list.
		if p.org == "" && p.accredited == "" && listQual != "" && d.onlyListSep(listEnd, start) {
			p.org = listQual
		}
		if e := d.nameAt(j, true); e > j {
			p.ev.Rule = "title+name"
			in := intro{start: start, end: e, nameStart: j, nameEnd: e, rule: "title+name"}
			if name, alias, e2 := d.nickname(j, e); e2 > e {
				in.name, in.alias, in.end, e = name, alias, e2, e2
			}
			if p.org == "" && p.accredited == "" {
				// "President Xi Jinping of the People's Republic of China"
				if org, e2 := d.ofAfterName(e); org != "" {
					p.org, in.end = org, e2
				}
			}
			if p.org == "" && p.accredited == "" {
				// "Cambodian Deputy Prime Minister and Foreign Minister X"
				for _, c := range chain {
					if c.org != "" && c.accredited == "" {
						p.org = c.org
						break
					}
				}
			}
			if !former {
				pp := p
				in.pos = &pp
			}
			for _, c := range chain {
				if c.org == "" && c.accredited == "" {
					c.org = p.org
				}
				c.ev.Rule = "title-chain+name"
				in.more = append(in.more, c)
			}
			intros = append(intros, in)
			chain = nil
			listEnd, listQual = e, p.org
			cover(start, e)
			continue
		}
		// "Deputy Prime Minister and Foreign Minister of X Name"
		if j+1 < len(d.toks) && (d.toks[j].lower == "and" || d.toks[j].punct == ',') {
			if g, ok := d.gzOf(j + 1); ok && g.start == j+1 && g.e.kind == entTitle {
				if !former {
					if len(chain) == 0 {
						chainStart = start
					}
					chain = append(chain, p)
				}
				cover(start, j)
				continue
			}
		}
		// "Name, Special Assistant to the President and Senior Director
		// for ...,": the apposition starts at the first chained title.
		appStart, appChain := start, chain
		if len(chain) > 0 && chainStart >= 0 {
			appStart = chainStart
		}
		chain = nil
		if former {
			continue
		}
		// "Vladimir Norov, Secretary-General of the SCO,"
		b := appStart
		if b > 0 && d.toks[b-1].lower == "the" {
			b--
		}
		if b >= 2 && d.toks[b-1].punct == ',' {
			ns := b - 1
			for ns > 0 && d.toks[ns-1].isWord() && d.toks[ns-1].upper && d.gzAt[ns-1] < 0 && !hardStop[d.toks[ns-1].lower] && b-1-ns < 4 {
				ns--
			}
			if ns < b-1 && d.nameAt(ns, false) == b-1 {
				p.ev.Rule = "name+apposition"
				pp := p
				in := intro{start: ns, end: b - 1, nameStart: ns, nameEnd: b - 1, rule: "name+apposition", pos: &pp}
				if len(appChain) > 0 {
					// A chain of titles ("Special Assistant to the
					// President and Senior Director for Russia") names
					// the person; whose positions these are ("for
					// Russia" is a portfolio) it does not tell reliably.
					in.pos = nil
				}
				intros = append(intros, in)
				cover(ns, j)
				continue
			}
		}
		// A title used as a reference needs a determiner or a qualifier.
		if p.org != "" || (start > 0 && d.toks[start-1].lower == "the") {
			d.titleRefs = append(d.titleRefs, titleRef{start: start, end: j, title: p.title, qualifier: p.org})
			cover(start, j)
		}
	}
	for i := 0; i < len(d.toks); i++ {
		if covered[i] {
			continue
		}
		t := &d.toks[i]
		if !t.isWord() {
			continue
		}
		// A known person's name.
		if k := d.kpAt[i]; k >= 0 && d.kp[k].start == i {
			e := d.kp[k].end
			intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "known-person"})
			cover(i, e)
			i = e - 1
			continue
		}
		// Honorific + name.
		if honorifics[t.lower] && t.upper {
			j := i + 1
			if j < len(d.toks) && d.toks[j].punct == '.' {
				j++
			}
			if e := d.nameAt(j, true); e > j {
				intros = append(intros, intro{start: i, end: e, nameStart: j, nameEnd: e, rule: "honorific+name"})
				cover(i, e)
				i = e - 1
				continue
			}
		}
		// "H.E." and "His/Her Excellency" + name.
		if (t.lower == "h" && i+3 < len(d.toks) && d.toks[i+1].punct == '.' && d.toks[i+2].lower == "e" && d.toks[i+3].punct == '.') ||
			((t.lower == "his" || t.lower == "her") && i+1 < len(d.toks) && (d.toks[i+1].lower == "excellency" || d.toks[i+1].lower == "majesty")) {
			j := i + 2
			if t.lower == "h" {
				j = i + 4
			}
			if j < len(d.toks) && !covered[j] {
				if e := d.nameAt(j, true); e > j {
					intros = append(intros, intro{start: i, end: e, nameStart: j, nameEnd: e, rule: "honorific+name"})
					cover(i, e)
					i = e - 1
					continue
				}
			}
		}
		// Speech verb + name at the end of a clause: '..., said Melissa
		// Ortiz, a fellow at ...'.
		if speechVerbs[t.lower] && !t.upper && i+1 < len(d.toks) && !covered[i+1] {
			e := d.nameAt(i+1, false)
			if e-(i+1) >= 2 && d.wordsIn(i+1, e) >= 2 && (e >= len(d.toks) || d.toks[e].punct == ',' || d.toks[e].punct == '.' || d.toks[e].newlineBefore) {
				intros = append(intros, intro{start: i + 1, end: e, nameStart: i + 1, nameEnd: e, rule: "verb+name"})
				cover(i+1, e)
				i = e - 1
				continue
			}
		}
		// Capitalised name + speech or meeting verb ("Andrei Denisov noted").
		if t.upper && (i == 0 || !d.toks[i-1].isWord() || !d.toks[i-1].upper || covered[i-1]) {
			e := d.nameAt(i, false)
			if e-i >= 2 && e < len(d.toks) && !covered[e-1] && d.wordsIn(i, e) >= 2 {
				v := d.toks[e].lower
				if speechVerbs[v] || meetVerbs[v] {
					intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "name+verb"})
					cover(i, e)
					i = e - 1
				}
			}
		}
	}
	sortIntros(intros)
	d.makePersons(intros)
}

// wordsIn counts the word tokens in [i, j).
func (d *docState) wordsIn(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if d.toks[k].isWord() {
			n++
		}
	}
	return n
}

func sortIntros(in []intro) {
	for i := 1; i < len(in); i++ {
		for j := i; j > 0 && in[j].start < in[j-1].start; j-- {
			in[j], in[j-1] = in[j-1], in[j]
		}
	}
}

// introMention keeps the intros as mentions once persons exist.
type introMention struct {
	intro
	person int
}

// makePersons turns intros into persons: one per distinct name, then a
// one-word name ("Widodo") is merged into the single longer name that
// starts or ends with it ("Joko Widodo").
func (d *docState) makePersons(intros []intro) {
	byKey := map[string]int{}
	var ims []introMention
	for _, in := range intros {
		name := d.phrase(in.nameStart, in.nameEnd)
		if in.name != "" {
			name = in.name
		}
		key := graph.Slug(name)
		if key == "" {
			continue
		}
		pi, ok := byKey[key]
		if !ok {
			pi = len(d.persons)
			byKey[key] = pi
			known := d.g.knownIndex(name)
			if known < 0 && in.pos != nil && !strings.Contains(key, "-") {
				// "President Biden": a titled surname of a known figure.
				known = d.g.knownSurname(key)
			}
			d.persons = append(d.persons, &person{name: name, words: strings.Split(key, "-"), merged: -1, known: known})
		}
		if in.alias != "" {
			d.persons[pi].aliases = addAlias(d.persons[pi].aliases, name, in.alias)
		}
		for _, pos := range in.more {
			d.persons[pi].addPosition(pos)
		}
		if in.pos != nil {
			d.persons[pi].addPosition(*in.pos)
		}
		ims = append(ims, introMention{intro: in, person: pi})
	}
	for pi, p := range d.persons {
		if len(p.words) != 1 {
			continue
		}
		target := -1
		for qi, q := range d.persons {
			if qi == pi || len(q.words) < 2 || q.merged >= 0 {
				continue
			}
			if q.words[0] == p.words[0] || q.words[len(q.words)-1] == p.words[0] {
				if target >= 0 {
					target = -2 // ambiguous
					break
				}
				target = qi
			}
		}
		if target == -2 && d.g.knownIndex(p.name) < 0 {
			p.known = -1 // a surname two persons of the text share
		}
		if target >= 0 {
			p.merged = target
			q := d.persons[target]
			q.aliases = addAlias(q.aliases, q.name, p.name)
			for _, pos := range p.positions {
				q.addPosition(pos)
			}
		}
	}
	d.completeKnown()
	for _, im := range ims {
		pi := d.root(im.person)
		d.mentions = append(d.mentions, pmention{start: im.start, end: im.end, person: pi, kind: mkName, rule: im.rule})
	}
}

// root follows merges to the person that stands for pi.
func (d *docState) root(pi int) int {
	for d.persons[pi].merged >= 0 {
		pi = d.persons[pi].merged
	}
	return pi
}

// addPosition adds pos unless the person holds it already; a title with an
// organisation replaces the same title without one.
func (p *person) addPosition(pos position) {
	for i, o := range p.positions {
		if !strings.EqualFold(o.title, pos.title) {
			continue
		}
		if o.org == pos.org && o.accredited == pos.accredited {
			return
		}
		if o.org == "" && o.accredited == "" {
			p.positions[i] = pos
			return
		}
		if pos.org == "" && pos.accredited == "" {
			return
		}
	}
	p.positions = append(p.positions, pos)
}

// holds reports whether p holds title, for qualifier when it is given.
func (p *person) holds(title, qualifier string) bool {
	for _, pos := range p.positions {
		if strings.EqualFold(pos.title, title) && (qualifier == "" || pos.org == qualifier || pos.accredited == qualifier) {
			return true
		}
	}
	return false
}

// resolveMentions finds every mention of the known persons in text order:
// the introducing patterns, later uses of the name or of one word of it
// ("Norov", "Mr Wang"), titles used as references and the pronouns he and
// she. It sets each sentence's subject: its first mention outside a
// quotation that follows no preposition.
func (d *docState) resolveMentions() {
	// Name index: full names, and one-word aliases that only one person has.
	full := map[string]int{}
	short := map[string]int{}
	for pi, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		full[strings.Join(p.words, " ")] = pi
		if len(p.words) >= 2 {
			for _, w := range []string{p.words[0], p.words[len(p.words)-1]} {
				if hardStop[w] || softStop[w] || len(w) < 2 {
					continue
				}
				if o, ok := short[w]; ok && o != pi {
					short[w] = -1
				} else {
					short[w] = pi
				}
			}
		}
	}
	intros := d.mentions
	d.mentions = nil
	d.subject = make([]int, len(d.sents))
	ii, ti := 0, 0
	last := -1
	for si := range d.sents {
		s := d.sents[si]
		d.subject[si] = -1
		for i := s.tokStart; i < s.tokEnd; i++ {
			var m pmention
			found := false
			for ii < len(intros) && intros[ii].start < i {
				ii++
			}
			for ti < len(d.titleRefs) && d.titleRefs[ti].start < i {
				ti++
			}
			t := &d.toks[i]
			switch {
			case ii < len(intros) && intros[ii].start == i:
				m, found = intros[ii], true
			case ti < len(d.titleRefs) && d.titleRefs[ti].start == i:
				tr := d.titleRefs[ti]
				if pi := d.holderOf(tr.title, tr.qualifier); pi >= 0 {
					m, found = pmention{start: i, end: tr.end, person: pi, kind: mkTitle, rule: "title-ref"}, true
				} else {
					i = tr.end - 1
				}
			case t.isWord() && (t.lower == "he" || t.lower == "she"):
				pi := d.subject[si]
				if pi < 0 {
					pi = last
				}
				if pi >= 0 && !d.inQuote(i) {
					m, found = pmention{start: i, end: i + 1, person: pi, kind: mkPronoun, rule: "pronoun"}, true
				}
			case t.isWord() && t.upper && d.gzAt[i] < 0:
				if e, pi := d.lookupName(i, full, short); pi >= 0 {
					rule := "name-ref"
					if e-i == 1 && len(d.persons[pi].words) > 1 {
						rule = "surname-ref"
						p := d.persons[pi]
						p.aliases = addAlias(p.aliases, p.name, d.phrase(i, e))
					}
					m, found = pmention{start: i, end: e, person: pi, kind: mkName, rule: rule}, true
				}
			}
			if !found {
				continue
			}
			d.mentions = append(d.mentions, m)
			d.persons[m.person].lastTok = i
			if d.subject[si] < 0 && d.canBeSubject(m) {
				d.subject[si] = m.person
			}
			i = m.end - 1
		}
		if d.subject[si] >= 0 {
			last = d.subject[si]
		}
	}
}

// lookupName matches the longest known name at token i.
func (d *docState) lookupName(i int, full, short map[string]int) (int, int) {
	var b strings.Builder
	best, bestP := i, -1
	for j := i; j < len(d.toks) && j-i < 6; j++ {
		t := &d.toks[j]
		if t.isHyphen() {
			continue
		}
		if !t.isWord() || !t.upper {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(graph.Slug(t.lower))
		if pi, ok := full[b.String()]; ok {
			best, bestP = j+1, pi
		}
	}
	if bestP < 0 {
		if pi, ok := short[graph.Slug(d.toks[i].lower)]; ok && pi >= 0 {
			// A lone word is a name only when it is not the start of
			// a longer capitalised phrase that is not a known name.
			return i + 1, pi
		}
	}
	return best, bestP
}

// holderOf returns the person holding title (for qualifier, if given),
// the most recently mentioned one when several do.
func (d *docState) holderOf(title, qualifier string) int {
	best := -1
	for pi, p := range d.persons {
		if p.merged >= 0 || !p.holds(title, qualifier) {
			continue
		}
		if best < 0 || p.lastTok > d.persons[best].lastTok {
			best = pi
		}
	}
	return best
}

// canBeSubject reports whether mention m may be its sentence's subject.
func (d *docState) canBeSubject(m pmention) bool {
	if d.inQuote(m.start) {
		return false
	}
	if m.start > 0 && d.toks[m.start-1].sent == d.toks[m.start].sent && prepositions[d.toks[m.start-1].lower] {
		return false
	}
	if m.end+1 < len(d.toks) && d.toks[m.end].lower == "'" && d.toks[m.end+1].lower == "s" {
		return false
	}
	return true
}

// mentionsIn returns the mentions in tokens [a, b).
func (d *docState) mentionsIn(a, b int) []pmention {
	lo, hi := 0, len(d.mentions)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.mentions[mid].start < a {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	var out []pmention
	for k := lo; k < len(d.mentions) && d.mentions[k].start < b; k++ {
		out = append(out, d.mentions[k])
	}
	return out
}

// personID is the graph ID of person pi.
func (d *docState) personID(pi int) string {
	return graph.EntityID(graph.KindPerson, d.persons[pi].name)
}

// emitPersons writes the persons, their positions and their evidence.
func (d *docState) emitPersons() {
	evs := make([][]graph.Evidence, len(d.persons))
	for _, m := range d.mentions {
		evs[m.person] = addEv(evs[m.person], d.ev(d.toks[m.start].sent, m.rule))
	}
	for pi, p := range d.persons {
		if p.merged >= 0 || len(evs[pi]) == 0 {
			continue // merged, or only inside another mention
		}
		f := graph.PersonFact{ID: d.personID(pi), Name: p.name, Aliases: p.aliases, Evidence: evs[pi]}
		for _, pos := range p.positions {
			f.Positions = append(f.Positions, graph.PositionFact{Title: pos.title, Organisation: pos.org,
				AccreditedTo: pos.accredited, Evidence: []graph.Evidence{pos.ev}})
		}
		d.out.Persons = append(d.out.Persons, f)
	}
}
