package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

	id, idOf string // the graph ID of the name idOf (personID)
}

// position is a title held by a person, with the IDs of the organisation or
// country it is for and, for envoys, the country they are accredited to.
type position struct {
	title, org, accredited string
	base                   string // the title without its complements, for references
	head                   string // the gazetteer title as the text writes it
	// written is the whole title as the text writes it ("Minister of
	// Foreign Affairs", "Foreign Ministry spokeswoman"), which the output
	// keeps; title holds the gazetteer's form of its head, which the rules
	// compare. Empty when the title was inferred, not read.
	written string
	ev      graph.Evidence
	// side is set when the country came from the side or delegation the
	// text places the person on ("the Argentine delegation included"):
	// both sides' people are placed so, guests' and hosts'.
	side bool
	// suffix is "-designate" or "-elect" after the title: the post to come.
	suffix string
	// dashed: a dash joins the title to the next one, as one post:
	// "Deputy Prime Minister – Minister of Foreign Affairs".
	dashed bool
	// home: the title names a unit of a ministry the text does not
	// qualify ("Director-General of the Department of Asian Affairs of
	// the Foreign Ministry"), the release's own government's.
	home bool
	// house: the organisation is the parliament's house the title names
	// ("Chairman of the Senate"), which serves a country still to tell.
	house bool
	// alsoTo: the envoy's other accreditations ("Ambassador to Indonesia
	// and to ASEAN"), each a post of its own in the output.
	alsoTo []string
}

// accreditAlso adds id to an envoy's accreditations, once, and reports
// whether it was new.
func (p *position) accreditAlso(id string) bool {
	if id == p.accredited || slices.Contains(p.alsoTo, id) {
		return false
	}
	p.alsoTo = append(p.alsoTo, id)
	return true
}

// out is the title the output gives: as written where it was read.
func (p position) out() string {
	if p.written != "" {
		return p.written
	}
	return p.title
}

// writtenTitle writes title with its head as the text has it: the
// gazetteer's form canon replaced by the words matched, head. A head in
// lower case ("the foreign minister") lowers the rank words before it.
func writtenTitle(title, canon, head string) string {
	i := strings.Index(title, canon)
	if i < 0 || head == "" {
		return title
	}
	pre := title[:i]
	if r := head[0]; r >= 'a' && r <= 'z' {
		pre = strings.ToLower(pre)
	}
	return pre + head + title[i+len(canon):]
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
	// ambiguous marks a title or pronoun that more than one person of the
	// document could be: it resolves to the latest, but is no ground for
	// attributing a quotation.
	ambiguous bool
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
	written    string // the title as the text writes it ("Foreign Secretary")
	qualifier  string // ID of the country or organisation, if given
	visiting   bool   // "the visiting minister": the guest
}

// joinedSurnames are words of hardStop that are surnames too, which a
// hyphen joins to the surname before: "Tania Ruatapu-Hall".
var joinedSurnames = wordSet(`hall house street island bank banks court city day road square`)

// hardStop words never start or continue a person's name.
var hardStop = wordSet(`the a an and or but of in on at for with from by as he she it they we i
his her their its our this that these those mr mrs ms dr sir madam during after before while when since
under between among according however meanwhile also both all each every some many there here what which
who where why how shri smt shrimati seyed sayyid mwalimu january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday ministry government house office unit media
department agency council committee news post times daily xinhua reuters bloomberg afp kremlin palace
parliament congress senate party union organisation organization forum summit conference year day spirit
road belt initiative university institute center centre bank fund company group corporation association
commission assembly court army navy force forces sea ocean island islands river city province region street
square hall building hotel airport statement declaration agreement treaty charter plan programme program
strategy vision partnership framework cooperation dialogue affairs foreign security development economic
trade his excellency majesty highness royal state states republic kingdom federation embassy consulate
readout board joint ministers leaders president minister people national international global
country countries nations level talks meeting meetings consultation consultations session sessions
railway railways airlines airways facility parties pledge`)

// softStop words may sit inside a name after a title ("President To Lam")
// but never start a name found without one, and are never a short alias.
var softStop = wordSet(`to new south north east west central chinese great first second third last next
more most other general deputy vice chief head senior`)

// stopFirst words are dropped from the start of a name introduced by an
// acronym ("The Lancang ... (LMC)").
var stopFirst = wordSet(`the a an`)

// kinWords before a name introduce a spouse ("his wife, Peng Liyuan").
var kinWords = wordSet(`wife husband spouse`)

// honorifics introduce a name ("Mr Wang Yi", "H.E. ...").
var honorifics = wordSet(`mr mrs ms miss dr madam sir sheikh shaikh hajjat prof professor dame lord shri smt shrimati seyed sayyid mwalimu
hon honourable honorable rt eng engr syed sardar lyonpo dasho alderman amb mag advocate princess cllr
mawlawi maulvi mullah maulana iroij deputy afioga susuga alhaj`)

// particles may sit inside a name ("Mohammed bin Salman", "Ursula von der Leyen",
// the Malay "Nor Azlina binti Hashim").
var particles = wordSet(`bin binti bint ibn al el van von der den de da di du dos la le á í op ter`)

// speechVerbs attribute quotations and mark who speaks at a meeting.
var speechVerbs = wordSet(`said says say noted notes stressed stresses added adds told tells emphasised
emphasized emphasises emphasizes stated states remarked mentioned declared explained underlined underscored
pointed expressed spoke speaks called urged concluded completed affirmed reaffirmed highlighted welcomed
offered wished praised hoped announced congratulated thanked asked replied wrote observed recalled
suggested proposed insisted warned agreed conveyed joked quipped commented reiterated acknowledged continued`)

// prepositions before a mention mean it is not the subject.
var prepositions = wordSet(`to with by of from for at on in alongside about than between among including
behalf toward towards against like via greeted under`)

// nameAbbreviations are given names written short before a name, as an
// initial is: "Md." (Mohammad), "Ma." (Maria), "Sk." (Sheikh).
var nameAbbreviations = wordSet(`md ma sk`)

// nameAt returns the end of a person's name starting at token i, or i when
// there is none. afterCue relaxes the rules when a title or honorific
// announces a name: soft stop words may then start it.
func (d *docState) nameAt(i int, afterCue bool) int {
	e := d.nameRunAt(i, afterCue)
	if i < len(d.toks) && d.kpAt[i] >= 0 {
		if k := d.kp[d.kpAt[i]]; k.start == i && k.end > e && d.wordsIn(e, k.end) == k.end-e {
			// A known person's whole name: "Anita Annet Among", though
			// "among" ends other names; not over punctuation ("Biden,
			// Jr.").
			return k.end
		}
	}
	return e
}

// nameRunAt is nameAt without the known persons' names.
func (d *docState) nameRunAt(i int, afterCue bool) int {
	j, words := i, 0
	// Hyphen-joined parts count as no word, so the tokens are bounded
	// too: "Wang-Wang-Wang-..." for a megabyte is no name.
	for j < len(d.toks) && words < 5 && j-i < 24 {
		t := &d.toks[j]
		if j > i && t.newlineBefore {
			break
		}
		switch {
		case words == 0 && afterCue && t.isWord() && t.upper && (len(t.lower) == 1 || nameAbbreviations.at(t.wid) || d.digraphInitial(j)) && j+2 < len(d.toks) &&
			d.toks[j+1].punct == '.' && d.toks[j+2].isWord() && d.toks[j+2].upper && d.gzAt[j+2] < 0 &&
			!hardStop.at(d.toks[j+2].wid) && !d.toks[j+2].newlineBefore:
			// A leading initial, or "Md." (Mohammad), written before the
			// name: "S. Jaishankar", "Md. Touhid Hossain".
			j += 2
			continue
		case words == 0 && afterCue && t.isWord() && t.upper && len(t.lower) == 1 && j+4 < len(d.toks) && d.toks[j+1].punct == '.' &&
			d.toks[j+2].isWord() && d.toks[j+2].upper && len(d.toks[j+2].lower) == 1 && d.toks[j+3].punct == '.' &&
			d.toks[j+4].isWord() && d.toks[j+4].upper && !d.toks[j+4].newlineBefore &&
			!(t.lower == "h" && styleSecond.at(d.toks[j+2].wid)) && (j < 2 || d.toks[j-1].punct != '.' || d.toks[j-2].lower != "h"):
			// Leading initials: "W.A. Dilani Wijesekara"; not the styles
			// "H.H.", "H.M.", "H.R.H.".
			j += 2
			continue
		case words == 0 && afterCue && t.isWord() && t.upper && months[t.lower] != 0 && t.lower != "may" && j+1 < len(d.toks) &&
			d.toks[j+1].isWord() && d.toks[j+1].upper && !d.toks[j+1].newlineBefore && months[d.toks[j+1].lower] == 0 &&
			d.gzAt[j+1] < 0 && !hardStop.at(d.toks[j+1].wid):
			// A given name that is a month's, after a title: "UNICEF's
			// Regional Director ..., June Kunugi,".
			words++
			j++
			continue
		case words > 0 && t.isWord() && t.upper && len(t.lower) == 1 && j+2 < len(d.toks) &&
			d.toks[j+1].punct == '.' && d.toks[j+2].isWord() && d.toks[j+2].upper && d.gzAt[j+2] < 0:
			// A middle initial: "Joseph R. Biden".
			j += 2
			continue
		case words == 0 && t.isWord() && t.upper && !t.allCaps && d.gzAt[j] >= 0 && d.gz[d.gzAt[j]].start == j && d.gz[d.gzAt[j]].end == j+1 &&
			j+3 < len(d.toks) && d.toks[j+1].isHyphen() && d.toks[j+1].start == t.end && d.toks[j+2].start == d.toks[j+1].end &&
			d.toks[j+2].isWord() && d.toks[j+2].upper && !hardStop.at(d.toks[j+2].wid) &&
			d.toks[j+3].isWord() && d.toks[j+3].upper && d.gzAt[j+3] < 0 && !hardStop.at(d.toks[j+3].wid) && !d.toks[j+3].newlineBefore:
			// A hyphenated given name whose first part is a place's:
			// "France-Albert René".
			words++
			j += 3
			continue
		case words == 0 && afterCue && t.lower == "he" && t.upper && !t.allCaps && j > 0 && !d.toks[j-1].newlineBefore && d.toks[j-1].isWord() && d.toks[j-1].upper && j+1 < len(d.toks) &&
			d.toks[j+1].isWord() && d.toks[j+1].upper && !d.toks[j+1].allCaps && d.gzAt[j+1] < 0 && !hardStop.at(d.toks[j+1].wid) && !d.toks[j+1].newlineBefore:
			// The Chinese surname He after a title: "Vice Premier He
			// Lifeng".
			words++
			j++
			continue
		case t.isWord() && t.upper && (d.gzAt[j] < 0 || afterCue && words < 3 && d.cityNamedPerson(j) || afterCue && words >= 3 && d.citySurnameAt(j)) && !hardStop.at(t.wid) &&
			!headlineVerbs.at(t.wid) && !contactWords.at(t.wid) &&
			(afterCue || !t.allCaps) && (afterCue || words > 0 || !softStop.at(t.wid)) && !isDigitWord(t.lower):
			words++
			j++
			continue
		case t.isWord() && words > 0 && particles.at(t.wid) && j+1 < len(d.toks) && d.toks[j+1].isWord() && d.toks[j+1].upper:
			j++
			continue
		case t.isWord() && words >= 2 && !t.upper && patronymicEnds.at(t.wid):
			// A Kyrgyz or Azerbaijani patronymic written last: "Nurlanbek
			// Turgunbek uulu", "Aigul Asanbek kyzy".
			j++
			words = 5 // the name ends here
			continue
		case t.isWord() && words > 0 && particles.at(t.wid) && j+2 < len(d.toks) && d.toks[j+1].isWord() &&
			particles.at(d.toks[j+1].wid) && !d.toks[j+1].upper && d.toks[j+2].isWord() && d.toks[j+2].upper && d.gzAt[j+2] < 0:
			// Two particles: "Juan Ramón de la Fuente", "Ursula von der Leyen".
			j += 2
			continue
		case d.apostropheJoin(j) && words > 0:
			// "Korir Sing'oei", "Mary O'Brien", "Aly N'Diaye"
			j += 2
			continue
		case d.ayinAt(j) && words > 0:
			// "Mohammed Shia' Al-Sudani": an ayin written after a word
			j++
			continue
		case d.hyphenSyllable(j, words):
			// A hyphenated given name with a lower-case second syllable,
			// as Korean names are written: "Cho Tae-yul", "Lee Joon-ho".
			j += 2
			continue
		case t.isWord() && words > 0 && particles.at(t.wid) && j+2 < len(d.toks) && d.toks[j+1].isHyphen() &&
			d.toks[j+1].start == t.end && d.toks[j+2].isWord() && d.toks[j+2].upper:
			// "Bashar al-Assad"
			j += 2
			continue
		case t.isHyphen() && words > 0 && j+1 < len(d.toks) && d.toks[j-1].end == t.start &&
			d.toks[j+1].start == t.end && d.toks[j+1].isWord() && d.toks[j+1].upper && d.gzAt[j+1] < 0 &&
			(!hardStop.at(d.toks[j+1].wid) || joinedSurnames.at(d.toks[j+1].wid)):
			// "Al-Sabah", "Lindqvist-Berg", "Ruatapu-Hall": the joined part belongs to the
			// word before and does not count as a word of its own, so that
			// "Sabah Khaled Al-Hamad Al-Sabah" is whole.
			j += 2
			continue
		}
		break
	}
	if words == 0 {
		return i
	}
	// Do not end on a particle or hyphen.
	for j > i && !(d.toks[j-1].isWord() && d.toks[j-1].upper) && !(j-2 > i && d.hyphenSyllable(j-2, 1)) && !(j-2 > i && d.apostropheJoin(j-2)) &&
		!patronymicEnds.at(d.toks[j-1].wid) {
		j--
	}
	if j > i && streetWords.at(d.toks[j-1].wid) {
		return i // "at the Office of the Prime Minister, Cable Beach": a place
	}
	return j
}

// patronymicEnds close a name in lower case after the father's name.
var patronymicEnds = wordSet(`uulu kyzy qyzy ogly oglu kizi`)

// streetWords end the names of places, never a person's.
var streetWords = wordSet(`beach bay street road avenue boulevard square harbour harbor lane quay highway`)

// headlineVerbs are the verbs a headline capitalises after a title ("His
// Majesty the Sultan Receives Credentials ..."); no name holds them.
var headlineVerbs = wordSet(`receives received meets met holds held hosts hosted welcomes welcomed visits
visited attends attended discusses discussed signs signed calls says urges opens opened chairs chaired
congratulates thanks presents presented accepts launches inaugurates addresses hold`)

// longComplementName reads, from token j where a title's parse ended, the
// rest of a title's complement in title case ("'s Department for Russia,
// Eastern Europe and Central Asia") up to the comma before a name of two
// words or more that closes the phrase. It returns the comma, the name's
// start and its end, or e <= n when there is none. The complement holds
// capitalised words, the words that join them and commas before
// capitalised words, 24 tokens at most, and no title of its own. With
// listed (the parse read a complement, "Minister for Communication"), the
// comma at j may go on with more of it (", Digital Technology and
// Innovations, X,").
func (d *docState) longComplementName(j int, envoy, listed bool) (c, n, e int) {
	si := d.toks[min(j, len(d.toks)-1)].sent
	for k := j; k < len(d.toks) && k < j+24; k++ {
		t := &d.toks[k]
		if t.sent != si || (k > j && t.newlineBefore) || d.inQuote(k) {
			return 0, 0, 0
		}
		if t.punct == ',' && (k > j || listed) && k+1 < len(d.toks) {
			// "The Permanent Secretary in the Ministry of Foreign
			// Affairs, Ambassador Dr. X,": the rank as a style.
			n := d.rankStyleAt(d.addressAt(k + 1))
			if g, ok := d.gzOf(n); ok && g.start == n {
				// a place, a body or a title after the comma: the
				// complement goes on ("Russia, Eastern Europe ...") or
				// another phrase begins
				if g.e.kind == entTitle {
					return 0, 0, 0
				}
				continue
			}
			e := d.nameAt(n, true)
			for x := n; x < e; x++ {
				if isPortfolioWord(d.toks[x].lower) || orgHeads.at(d.toks[x].wid) {
					e = n // "..., Climate Finance, ...": a portfolio, no name
				}
			}
			if e > n && d.wordsIn(n, e) >= 2 && e < len(d.toks) && d.gzAt[e-1] < 0 && d.toks[e].lower == "and" && e+1 < len(d.toks) && d.toks[e+1].upper {
				continue // "..., Eastern Europe and Central Asia": more of the complement
			}
			if e > n && d.wordsIn(n, e) >= 2 && e < len(d.toks) && d.gzAt[e-1] < 0 &&
				(d.toks[e].punct == ',' || d.toks[e].punct == '.' || d.toks[e].punct == ';') {
				if d.toks[e].punct == ',' && e+2 < len(d.toks) && (d.toks[e+1].lower == "the" || d.toks[e+1].lower == "a") && d.isTitleStart(e+2) {
					return 0, 0, 0 // "..., Gabriela Sommerfeld, the Foreign Minister of Ecuador, said": the name has its own title
				}
				if k == j {
					return 0, 0, 0 // the name right after the title: no complement, an apposition of its own
				}
				return k, n, e
			}
			if k+1 < len(d.toks) && d.toks[k+1].upper {
				continue
			}
			return 0, 0, 0
		}
		switch {
		case t.isWord() && t.upper && !(k > j && d.isTitleStart(k)):
		case t.isWord() && complementJoiners.at(t.wid):
		case (t.lower == "in" || t.lower == "at") && k+2 < len(d.toks) && d.toks[k+1].lower == "the" && d.toks[k+2].upper && d.gzAt[k+2] < 0:
			// "for Spanish in the World", "Director of Cabinet at the
			// Presidency"; not "of Spain in Madrid", "in Kutaisi": a place
			// is no part of a title's complement here.
		case t.lower == "in" && envoy && k+1 < len(d.toks) && d.capitalAt(k+1):
			// "The Rwandan High Commissioner in Maputo, Name": an envoy's
			// post names the capital it serves in.
		case t.lower == "'" || t.lower == "s" && k > j && d.toks[k-1].lower == "'":
		case t.isHyphen() || isDash(t.punct):
		default:
			return 0, 0, 0
		}
	}
	return 0, 0, 0
}

// capitalAt reports whether a capital city's name starts at token k.
func (d *docState) capitalAt(k int) bool {
	g, ok := d.gzOf(k)
	return ok && g.start == k && g.e.kind == entCapital
}

// inOpeningAdjunct reports whether token i lies in a phrase that opens
// its sentence before the subject ("After talks with the Foreign Minister
// of Spain, Wang Yi ..."): the name after the phrase is the subject's.
func (d *docState) inOpeningAdjunct(i int) bool {
	s := d.sents[d.toks[i].sent]
	if !adjunctStarts.at(d.toks[s.tokStart].wid) {
		return false
	}
	for k := s.tokStart; k < i; k++ {
		if d.toks[k].punct == ',' {
			return false
		}
	}
	return true
}

// adjunctStarts open a phrase of time or circumstance before a
// sentence's subject.
var adjunctStarts = wordSet(`after following before during upon ahead prior since while when`)

// complementJoiners join the capitalised words of a title's complement.
var complementJoiners = wordSet(`of the for and to de del la`)

// missionNouns name a body's mission in a country: "the EU Delegation
// to Moldova", "the OSCE Mission in Kosovo".
var missionNouns = wordSet(`delegation mission office representation`)

// byPersonParticiples put a person after "by" when a title follows the
// name: "a delegation led by Name, Deputy Secretary-General".
var byPersonParticiples = wordSet(`led headed accompanied chaired co-chaired joined attended`)

// soleByParticiples, of byPersonParticiples, take one holder (or two
// co-chairs): a name that ends the sentence after them is a person's.
var soleByParticiples = wordSet(`led headed chaired`)

// postNominals are letters written after a name, between commas, before
// the title ("Justin Tkatchenko, MP, Minister for Foreign Affairs"), or
// right after it ("Pat Conroy MP", which makePersons drops).
var postNominals = wordSet(`mp mna mpp msp mla egh cbe obe mbe kbe qc kc td`)

// apostropheJoin reports whether token j is an apostrophe inside a name,
// written without spaces between a capitalised word and the rest of it
// ("Sing'oei", "O'Brien", "N'Diaye"); a possessive "'s" or a
// contraction is none.
func (d *docState) apostropheJoin(j int) bool {
	if j < 1 || j+1 >= len(d.toks) || d.toks[j].lower != "'" {
		return false
	}
	p, n := &d.toks[j-1], &d.toks[j+1]
	return p.isWord() && p.upper && n.isWord() && p.end == d.toks[j].start && d.toks[j].end == n.start &&
		!apostropheSuffixes.at(n.wid)
}

// ayinAt reports whether token j is an apostrophe written at the end of a
// capitalised word of a name, for the Arabic ayin, with the name going on
// after a space: "Shia' Al-Sudani".
func (d *docState) ayinAt(j int) bool {
	if j < 1 || j+1 >= len(d.toks) || (d.toks[j].lower != "'" && d.toks[j].lower != "’") {
		return false
	}
	p, n := &d.toks[j-1], &d.toks[j+1]
	if !p.isWord() || len(p.lower) < 3 {
		return false
	}
	last := p.lower[len(p.lower)-1]
	return p.upper && !p.allCaps && !honorifics.at(p.wid) && p.lower != "dato" &&
		last != 's' && last != 'z' && last != 'x' && // "Charles Dickens' Chief Adviser": a possessive
		p.end == d.toks[j].start && d.toks[j].end < n.start &&
		n.isWord() && n.upper && !n.newlineBefore && d.gzAt[j+1] < 0 && !hardStop.at(n.wid)
}

// styleSecond are the second letters of the styles written as initials:
// H.E., H.H., H.M., H.R.H.
var styleSecond = wordSet(`e h m r`)

// apostropheSuffixes follow an apostrophe in possessives and contractions.
var apostropheSuffixes = wordSet(`s t re ll ve d m`)

// contactWords label a press office's contact lines ("Press secretary to
// the Minister for Foreign Affairs Telephone (switchboard): ..."); no name
// holds them.
var contactWords = wordSet(`telephone phone tel fax email e-mail mobile switchboard website`)

// cityNamedPerson reports whether the city hit at token j opens or goes
// on with a person's name after a title: "President Santiago Peña",
// "Premier Victoria ...", "the Hon. Charles Washington Misick"; a
// capitalised word of no place must follow.
func (d *docState) cityNamedPerson(j int) bool {
	if d.gzAt[j] < 0 {
		return false
	}
	g := d.gz[d.gzAt[j]]
	if g.start != j || g.end != j+1 || (g.e.kind != entCapital && g.e.kind != entCity) || j+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[j+1]
	return n.isWord() && n.upper && !n.allCaps && d.gzAt[j+1] < 0 && !hardStop.at(n.wid) && !n.newlineBefore
}

// citySurnameAt reports whether the city hit at token j ends a name of
// three words or more, right before a comma or a full stop: "Vice
// President ... Carlos Eduardo Moreira Lima."
func (d *docState) citySurnameAt(j int) bool {
	if d.gzAt[j] < 0 || j+1 >= len(d.toks) || !d.toks[j-1].isWord() || !d.toks[j-1].upper {
		return false
	}
	g := d.gz[d.gzAt[j]]
	return g.start == j && g.end == j+1 && (g.e.kind == entCapital || g.e.kind == entCity) && (d.toks[j+1].punct == '.' || d.toks[j+1].punct == ',')
}

// notSyllables are the words that follow a hyphen after a capitalised word
// without making a name of it: "Tehran-based", "Saudi-led".
var notSyllables = wordSet(`based led born backed run owned made style era level wide type like class bound
sponsored brokered funded hosted chaired elect designate`)

// hyphenSyllable reports whether token j is the hyphen of a given name
// written "Tae-yul": a short capitalised word before it, a short lower-case
// word right after it, no spaces, and a name already begun.
func (d *docState) hyphenSyllable(j, words int) bool {
	if words == 0 || j < 1 || j+1 >= len(d.toks) || !d.toks[j].isHyphen() {
		return false
	}
	a, b := &d.toks[j-1], &d.toks[j+1]
	return a.isWord() && a.upper && !a.allCaps && len(a.lower) <= 5 && a.end == d.toks[j].start &&
		b.isWord() && !b.upper && len(b.lower) >= 2 && len(b.lower) <= 5 && b.start == d.toks[j].end &&
		!notSyllables.at(b.wid) && !isDigitWord(b.lower)
}

func isDigitWord(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// qualifierBefore returns the country or organisation named right before
// token i ("Russian", "SCO", "Kazakhstan's"), and the token where it starts.
func (d *docState) qualifierBefore(i int) (string, int) {
	if i < len(d.toks) && d.toks[i].newlineBefore {
		return "", i // a line of its own: nothing before it qualifies it
	}
	j := i - 1
	if j >= 1 && (d.toks[j].lower == "new" || d.toks[j].lower == "incoming" || d.toks[j].lower == "outgoing") && !d.toks[j].upper {
		j-- // "South Korea's new President Lee Jae-myung"
	}
	if j >= 1 && d.toks[j].lower == "s" && d.toks[j-1].lower == "'" {
		j -= 2
	} else if j >= 1 && d.toks[j].lower == "'" && strings.HasSuffix(d.toks[j-1].lower, "s") && d.toks[j-1].end == d.toks[j].start {
		j-- // "Belarus' Ambassador to Zimbabwe"
	} else if j >= 3 && d.toks[j].punct == ')' {
		if k := d.skipAcronymBack(j + 1); k < j+1 && d.skipAcronym(k) == j+1 {
			j = k - 1 // "Mekong Institute (MI) Executive Director": the body named before its acronym
		}
	}
	m, ok := d.gzOf(j)
	if !ok && j >= 0 && j+2 < i && d.toks[j+1].lower == "'" && d.toks[j].upper && orgHeads.at(d.toks[j].wid) && d.toks[j].lower != "government" {
		// "The Secretariat's Head of Debt Management": the one body of
		// that kind the document names.
		if id := d.orgByHead(d.toks[j].lower); id != "" {
			return id, j
		}
	}
	if !ok || m.end != j+1 {
		return "", i
	}
	if m.e.kind == entCountry && m.start > 0 && m.end == m.start+1 && regionPrefixes.at(d.toks[m.start-1].wid) && d.toks[m.start-1].upper {
		return "", i // "a Central American head of state", "Latin American leaders": a region's, not the United States'
	}
	switch m.e.kind {
	case entCountry, entOrg:
		return d.entityID(m.e), m.start
	}
	return "", i
}

// rankWords qualify the rank of a title written before it: "Principal
// Deputy National Security Advisor", "Assistant Secretary of State". A
// deputy is not the minister, so they belong to the title.
var rankWords = wordSet(`principal federal deputy first vice senior assistant acting special executive under associate
chief coordinating additional joint regional national official honorary union permanent`)

// servantWords head a title that serves another title: "Assistant to the
// Chairman of the Joint Chiefs of Staff", "Adviser to the Prime Minister".
var servantWords = wordSet(`assistant adviser advisor aide counsellor counselor secretary`)

// qualifiedTitles name a position only with a complement or a qualifier:
// "Turkish leader Erdogan", "member of the Political Bureau"; alone they
// only announce a name.
var qualifiedTitles = map[string]bool{"Leader": true, "Member": true}

// rankBefore returns the rank words and "<servant> to the" that prefix
// the title starting at token i ("Principal Deputy", "Assistant to the",
// "Under-"), as they should be written, and the token where they start.
// paraBreakBefore reports whether a blank line separates token j from the
// one before it.
func (d *docState) paraBreakBefore(j int) bool {
	return j > 0 && j < len(d.toks) && d.toks[j].newlineBefore && strings.Count(d.text[d.toks[j-1].end:d.toks[j].start], "\n") >= 2
}

func (d *docState) rankBefore(i int) (string, int) {
	var ws []string
	b := i
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		t := &d.toks[k]
		if d.toks[k+1].newlineBefore || d.gzAt[k] >= 0 {
			break
		}
		switch {
		case t.isHyphen() && k > 0 && (d.toks[k-1].lower == "under" || rankWords.at(d.toks[k-1].wid) && d.toks[k-1].upper) &&
			t.end == d.toks[k+1].start && d.toks[k-1].end == t.start:
			// "Under-Secretary", "Vice-Minister"
			ws = append([]string{titleCase(d.toks[k-1].lower) + "-"}, ws...)
			b = k - 1
			k--
			continue
		case t.isWord() && rankWords.at(t.wid) && (t.upper || !d.toks[i].upper || t.lower == "acting"):
			// "Iran's acting President": acting is written lower case.
			ws = append([]string{titleCase(t.lower) + " "}, ws...)
			b = k
			continue
		case t.lower == "and" && k >= 1 && d.toks[k-1].lower == "permanent" && d.toks[k-1].upper && d.toks[i].lower == "plenipotentiary" && b == i:
			// "Permanent and Plenipotentiary Representative"
			ws = append([]string{"Permanent and "}, ws...)
			b = k - 1
			k--
			continue
		case t.lower == "the" && k >= 2 && d.toks[k-1].lower == "to" && servantWords.at(d.toks[k-2].wid) && d.gzAt[k-2] < 0 &&
			d.toks[k-2].upper == d.toks[i].upper:
			// "Assistant to the Chairman"
			ws = append([]string{titleCase(d.toks[k-2].lower) + " to the "}, ws...)
			b = k - 2
			k -= 2
			continue
		}
		break
	}
	return strings.Join(ws, ""), b
}

// portfolioStops end the capitalised words of a portfolio: they start a
// clause or a name, never a portfolio.
var portfolioTail = wordSet(`affairs cooperation planning policy mission defense defence development security
trade department administration office bureau committee council commission service services
relations communications information issues matters operations protocol staff board chamber commerce court
diplomacy`)

// bodyModifiers are the stop words that qualify the noun of a body after
// them ("the National Archives", "the Royal Treasury"), where no name
// follows.
var bodyModifiers = wordSet(`national international global royal joint foreign economic state federal central`)

// portfolioAt reads the capitalised words of a portfolio or an office at
// token k ("Policy Planning", "Russia and Central Asia", "the Presidential
// Administration ... Department"), which may be followed by the name of
// the person: "Director of Policy Planning Dennis Ross". It returns the
// token after the portfolio, or k when there is none.
func (d *docState) portfolioAt(k int) int {
	r := k
	words := 0
	initial := false // the run stopped at an initial or a particle inside the name
	countryEnd := -1 // the end of the last country of the run
	for r < len(d.toks) && r-k < 10 {
		t := &d.toks[r]
		if r > k && t.newlineBefore {
			break
		}
		if r > k && t.isWord() && t.upper && (len(t.lower) == 1 || nameAbbreviations.at(t.wid)) && r+2 < len(d.toks) && d.toks[r+1].punct == '.' &&
			(d.toks[r+2].start > d.toks[r+1].end || d.toks[r+1].start == t.end && d.toks[r+2].isWord() && d.toks[r+2].upper && len(d.toks[r+2].lower) > 1) {
			// "... of Economy and Development B.Oyunbileg": a Mongolian
			// initial joined to the name.
			// "Minister for National Security K. Shanmugam", "Secretary
			// for Foreign Affairs Enrique A. Manalo": an initial is the
			// name's.
			initial = true
			break
		}
		if r > k && t.isWord() && !t.upper && particles.at(t.wid) && r+1 < len(d.toks) && d.toks[r+1].isWord() && d.toks[r+1].upper {
			// "Minister of State for International Cooperation Maryam
			// bint Ali bin Nasser Al Misnad": the particle is the name's.
			initial = true
			break
		}
		if t.isWord() && (t.upper || (t.lower == "and" && words > 0) ||
			// "for the Mediterranean and the Middle East"
			(t.lower == "the" && r > k && d.toks[r-1].lower == "and" && r+1 < len(d.toks) && d.toks[r+1].upper)) && !t.allCaps && !honorifics.at(t.wid) {
			if g, ok := d.gzOf(r); ok && g.e.kind != entCountry {
				break
			} else if ok {
				r = g.end // "for Russia and Central Asia"
				countryEnd = r
				words++
				continue
			}
			words++
			r++
			continue
		}
		if t.isHyphen() && r > k && r+1 < len(d.toks) && d.toks[r+1].upper {
			r++
			continue
		}
		if t.isHyphen() && r > k && r+1 < len(d.toks) && d.toks[r+1].isWord() && d.toks[r-1].end == t.start && t.end == d.toks[r+1].start {
			r += 2 // "Yoon Ji-hye": a hyphen inside a name
			continue
		}
		break
	}
	for r > k && (d.toks[r-1].lower == "and" || d.toks[r-1].lower == "the") {
		r--
	}
	if r == k {
		return k
	}
	if countryEnd > k && countryEnd < r && d.nameAt(countryEnd, true) == r && d.wordsIn(countryEnd, r) >= 2 {
		return countryEnd // "for Nepal and Bhutan Anurag Prakash Sinha": the countries, then the name
	}
	// The last word a portfolio ends with, if any: the name follows.
	last, weak := -1, false
	for e := k; e < r; e++ {
		// A portfolio word after "and" ends a pair of portfolios:
		// "Economic Relations and Integration Maria Benitez".
		// So does one after an "and" and a qualifier: "Global Affairs and
		// Diplomatic Strategies Radu Filipescu".
		andEnd := portfolioEnds.at(d.toks[e].wid) && e > k && (d.toks[e-1].lower == "and" || e > k+1 && d.toks[e-2].lower == "and")
		if portfolioTail.at(d.toks[e].wid) || andEnd || hardStop.at(d.toks[e].wid) && d.toks[e].lower != "and" && d.toks[e].lower != "the" {
			last = e
			weak = !portfolioTail.at(d.toks[e].wid) && !andEnd && bodyModifiers.at(d.toks[e].wid)
		}
	}
	if last >= 0 && last+1 < r && !titleUnits.at(d.toks[last+1].wid) { // "Economic and Infrastructure Window"
		// A stop word that no portfolio ends with and that opens a body's
		// name ("the National Treasury") leaves a one-word name to the
		// body: it takes a name of two words at least to end the
		// portfolio there. A noun that ends a body ("Chief of Staff of the
		// Army Sutrisno") is followed by the name, of one word or more.
		if n := d.nameAt(last+1, true); (n == r && (!weak || d.wordsIn(last+1, n) >= 2)) || n > last+1 && n < r && d.toks[n].lower == "and" && d.wordsIn(last+1, n) >= 2 ||
			initial && n > r {
			// "... and Integration Maria Benitez and Paraguay's
			// Ambassador ...": the name ends before the next person.
			return last + 1
		}
	}
	if last >= 0 && last+1 == r {
		return r
	}
	// No such word: a name of two or three words may end the run.
	n := d.wordsIn(k, r)
	follows := r >= len(d.toks) || d.toks[r].punct != 0 || d.toks[r].newlineBefore || d.toks[r].lower == "and" ||
		// "Minister for European Affairs and Ownership Steering Joakim
		// Strand also took part": a verb follows the name.
		d.toks[r].isWord() && !d.toks[r].upper && !hardStop.at(d.toks[r].wid) && !particles.at(d.toks[r].wid)
	if follows && r+1 < len(d.toks) && d.toks[r].punct == ',' && d.wordsIn(r+1, d.nameAt(r+1, true)) >= 2 {
		// "for the Mediterranean and the Middle East, Lorenza Pratesi":
		// the name follows the comma.
		follows = false
	}
	if follows && n >= 3 {
		e := r - 2
		if d.toks[e].punct == '.' && e > k { // "Ed A. Hewitt"
			e -= 2
		}
		if e > k && d.nameAt(e, false) == r && d.toks[e-1].lower != "the" { // no name after "the"
			return e
		}
	}
	return r
}

// bodyOfCountry reports whether the organisation id is a body of the
// country ci in the gazetteer ("Althingi" of Iceland).
func (d *docState) bodyOfCountry(id string, ci int) bool {
	c, ok := d.g.orgCountryByID[id]
	return ok && c == ci
}

// principals are the titles an envoy serves ("Special Envoy of the
// President").
var principals = map[string]bool{"President": true, "Prime Minister": true, "Secretary-General": true, "Minister": true,
	"Foreign Minister": true, "Chairman": true, "Chairperson": true, "Director-General": true}

// aideTitles serve a principal as envoys do: "Press Secretary of the CSTO
// Secretary General".
var aideTitles = map[string]bool{"Press Secretary": true, "Spokesperson": true, "Adviser": true, "Chief of Staff": true}

// namedPrincipal reports whether the name at token e is the principal's,
// the aide's following in an apposition: "Press Secretary of the Russian
// President Vladimir Putin, Dmitry Peskov,".
func (d *docState) namedPrincipal(e int) bool {
	n := d.nameAt(e, true)
	return n > e && n+1 < len(d.toks) && d.toks[n].punct == ',' && d.nameAt(n+1, true) > n+1
}

// principalServed reads, from token k after "of the", the principal an
// envoy serves, with the body or country it heads before it ("United
// Nations Secretary-General", "U.S. President", "Minister"). It returns
// the token after the principal's title and the body or country, or k
// when no principal is there.
func (d *docState) principalServed(k int) (int, string) {
	org := ""
	q := k
	if g, ok := d.gzOf(k); ok && g.start == k && (g.e.kind == entOrg || g.e.kind == entCountry) {
		q, org = g.end, d.entityID(g.e)
	}
	g, ok := d.gzOf(q)
	if !ok || g.start != q || g.e.kind != entTitle || !principals[d.g.Titles[g.e.idx].Name] {
		return k, ""
	}
	e := g.end
	if org == "" && e+1 < len(d.toks) && d.toks[e].lower == "of" {
		// "of the Secretary-General of the United Nations for ...": the
		// principal's body.
		o := e + 1
		if d.toks[o].lower == "the" {
			o++
		}
		if g2, ok := d.gzOf(o); ok && g2.start == o && (g2.e.kind == entOrg || g2.e.kind == entCountry) {
			e, org = g2.end, d.entityID(g2.e)
		}
	}
	return e, org
}

// organsOfBody matches capitalised words that name organs of an
// organisation at token k, "Statutory and Other Bodies of the CIS", and
// returns the organisation's match.
func (d *docState) organsOfBody(k int) (gzMatch, bool) {
	for e := k; e < len(d.toks) && e < k+7; e++ {
		t := &d.toks[e]
		if t.lower == "of" && e > k && !t.newlineBefore {
			b := d.skipThe(e + 1)
			g, ok := d.gzOf(b)
			return g, ok && g.start == b && g.e.kind == entOrg
		}
		if !t.isWord() || t.newlineBefore || d.gzAt[e] >= 0 || !t.upper && t.lower != "and" {
			return gzMatch{}, false
		}
	}
	return gzMatch{}, false
}

// titleOpensAt reports whether a title phrase opens at token i: a title
// of the gazetteer, or rank words before one ("Regional Director for Arab
// States", after "Assistant Director-General and").
func (d *docState) titleOpensAt(i int) bool {
	if g, ok := d.gzOf(i); ok && g.start == i {
		return g.e.kind == entTitle
	}
	if i >= len(d.toks) || !d.toks[i].upper {
		return false
	}
	for k := i + 1; k <= i+2 && k < len(d.toks) && d.toks[k].isWord(); k++ {
		if g, ok := d.gzOf(k); ok && g.start == k {
			if g.e.kind != entTitle {
				return false
			}
			_, start, _ := d.parseTitle(g)
			return start == i
		}
	}
	return false
}

// parseTitle reads a title phrase from the title hit m: rank words and a
// qualifier before it, then its complements: "of/to the President",
// "for/of/on <portfolio>" (part of the title), "of/at [the] <country or
// organisation>" (the employer) and, for envoys, "to <country>". It
// returns the position, where the phrase starts and the token after it.
func (d *docState) parseTitle(m gzMatch) (position, int, int) {
	t := d.g.Titles[m.e.idx]
	p := position{title: t.Name, base: t.Name, head: d.phrase(m.start, m.end)}
	rank, rs := d.rankBefore(m.start)
	// "the Philippine defense secretary": a portfolio in lower case before
	// a title in lower case.
	// "White House Press Secretary Karoline Leavitt".
	portfolio := rs > 0 && (portfolioWords.at(d.toks[rs-1].wid) || t.Name == "Secretary" && d.toks[rs-1].lower == "press" ||
		d.toks[rs-1].upper && portfolioEnds.at(d.toks[rs-1].wid)) // "Tourism Minister", "Fisheries Minister"
	lowerPortfolio := portfolio && !d.toks[rs].upper && !d.toks[rs-1].upper && t.Name == "Secretary"
	if (t.Name == "Minister" || t.Name == "Secretary") && rank == "" && rs > 0 && (d.toks[rs-1].upper || lowerPortfolio) && portfolio &&
		d.gzAt[rs-1] < 0 && !d.toks[rs].newlineBefore {
		// "Finance Minister Ana Ruiz", "External Affairs Minister Ana Ruiz"
		rank, rs = titleCase(d.toks[rs-1].lower)+" ", rs-1
		if rs > 0 && d.toks[rs-1].upper && portfolioWords.at(d.toks[rs-1].wid) && d.gzAt[rs-1] < 0 && !d.toks[rs].newlineBefore {
			rank, rs = titleCase(d.toks[rs-1].lower)+" "+rank, rs-1
		}
		// "Investment, Trade and Industry Minister", "Mines and Mining
		// Development Minister": more portfolios before the first, joined
		// by "and" and commas or not.
		for k := rs; k >= 1 && !d.toks[k].newlineBefore; {
			w := k - 1 // the portfolio word before
			if sep := d.toks[k-1]; sep.lower == "and" || sep.punct == ',' {
				w = k - 2
			}
			if w < 0 || !d.toks[w].upper || d.gzAt[w] >= 0 || !isPortfolioWord(d.toks[w].lower) || d.toks[w+1].newlineBefore {
				break
			}
			rank, rs = d.phrase(w, rs)+" "+rank, w
			k = w
		}
		if rs > 0 && d.toks[rs-1].upper && portfolioAdjectives.at(d.toks[rs-1].wid) && d.gzAt[rs-1] < 0 && !d.toks[rs].newlineBefore {
			// "Natural Resources and Environment Minister", "Higher
			// Education Minister": the adjective of the first portfolio.
			rank, rs = titleCase(d.toks[rs-1].lower)+" "+rank, rs-1
		}
		if rs > 0 && d.toks[rs-1].upper && rankWords.at(d.toks[rs-1].wid) && d.gzAt[rs-1] < 0 && !d.toks[rs].newlineBefore {
			// "Coordinating Economic Affairs Minister Airlangga Hartarto"
			rank, rs = titleCase(d.toks[rs-1].lower)+" "+rank, rs-1
		}
	}
	if rank == "" && rs > 0 && d.toks[rs-1].lower == "presidential" && d.toks[rs-1].upper == d.toks[rs].upper && d.gzAt[rs-1] < 0 &&
		presidentialTitles[t.Name] && !d.toks[rs].newlineBefore {
		// "presidential spokesperson Kang Yu-jung", "Presidential
		// Spokesperson Felix Kwakye Ofosu": the office of the President.
		rank, rs = d.phrase(rs-1, rs)+" ", rs-1
	}
	if rank != "" {
		p.title = rank + p.title
		p.base = p.title
	}
	q, start := d.qualifierBefore(rs)
	if q == "" {
		// "National Assembly Chairman", "foreign ministry spokesperson":
		// the body the title belongs to is part of the title.
		if b := d.bodyBefore(rs); b < rs {
			p.title = d.phrase(b, rs) + " " + p.title
			p.base = p.title
			q, start = d.qualifierBefore(b)
		}
	}
	p.org = q
	complement := false // a portfolio or office follows the title
	serves := strings.Contains(rank, " to the ")
	orgFrom := -1      // where the "of <organisation>" that gave p.org starts
	principal := false // an envoy's principal follows the title
	j := m.end
	for j < len(d.toks) {
		w := d.toks[j].lower
		if d.paraBreakBefore(j) {
			break // a heading's title does not go on into the next paragraph
		}
		if d.toks[j].punct == '(' && p.org != "" && !complement {
			if k := d.skipAcronym(j); k > j && k < len(d.toks) && d.toks[k].lower == "for" && !d.toks[k].newlineBefore {
				// "Regional Director of the World Health Organization
				// (WHO) for the Eastern Mediterranean": the body's acronym
				// before the post's domain.
				j = k
				continue
			}
		}
		if w == "of" && p.org != "" && j+3 < len(d.toks) && d.toks[j+1].lower == "the" && d.toks[j+2].lower == "ministry" && !d.toks[j+2].upper &&
			d.toks[j+3].punct == ',' {
			// "Joint Secretary at the South Asia Division of the
			// ministry, Name": the unit's ministry, told before.
			j += 3
			continue
		}
		if w == "of" && p.org != "" && !complement {
			if e, b := d.houseAt(d.skipThe(j+1)), d.committeeOfBefore(m.end, j); e > j+1 && b >= 0 &&
				e < len(d.toks) && (d.toks[e].punct == ',' || d.toks[e].punct == '.' || d.toks[e].punct == ';') {
				// "Name, Chairman of the Foreign Affairs Committee of the
				// National Assembly,": the committee employs, and its
				// house is part of the post as written.
				p.title += " " + d.phrase(b, e)
				complement = true
				j = e
				continue
			}
		}
		if w == "in" && (countryOffices[t.Name] && !complement || strings.HasSuffix(p.title, "Head of Mission")) {
			if e := d.consularSeatEnd(j); e > j {
				// "the IDB Representative in Chile, Name", "Name, UNHCR
				// Representative in Uganda", "IOM Chief of Mission in
				// Indonesia", "Head of Mission in Kabul": the head of a
				// country office; the country is part of the post as
				// written, and no envoy's.
				p.title += " " + d.phrase(j, e)
				complement = true
				j = e
				continue
			}
		}
		if w == "in" && !d.toks[j].upper && j+1 < len(d.toks) {
			// "Chinese Consul General in Almaty Zhou Lianhe", "Deputy
			// Resident Representative in the Kyrgyz Republic Name": where
			// the post is, then the name.
			o := d.skipThe(j + 1)
			if g, ok := d.gzOf(o); ok && g.start == o && (g.e.kind == entCity || g.e.kind == entCapital || g.e.kind == entCountry) &&
				d.wordsIn(g.end, d.nameAt(g.end, true)) >= 2 && !d.toks[g.end].newlineBefore {
				if principal && g.e.kind == entCountry {
					// "Special Representative of the UN Secretary-General
					// in South Sudan Nicholas Haysom": the mission's
					// country names the post, as below.
					p.title += " " + d.phrase(j, g.end)
				}
				j = g.end
				break
			}
		}
		if d.toks[j].isHyphen() && j+1 < len(d.toks) && d.toks[j].start == d.toks[j-1].end &&
			(d.toks[j+1].lower == "designate" || d.toks[j+1].lower == "elect") {
			// "Ambassador-designate of Kazakhstan": the post to come,
			// which the title keeps as written.
			p.suffix = "-" + d.toks[j+1].lower
			j += 2
			continue
		}
		if w == "'" && j+2 < len(d.toks) && d.toks[j+1].lower == "s" && p.org != "" {
			if _, isCountry := d.g.countryByID[p.org]; isCountry {
				// "head of China's National Development and Reform
				// Commission": the country's body employs.
				if g, ok := d.gzOf(j + 2); ok && g.start == j+2 && g.e.kind == entOrg {
					p.org = d.entityID(g.e)
					j = g.end
					continue
				}
			} else if e := d.possessedUnitEnd(j + 2); e > j+2 {
				// "Regional Director of IFAD's Near East, North Africa and
				// Europe Division": the body's unit employs.
				u := gzMatch{start: j + 2, end: e, e: entry{kind: entOrg, idx: d.localOrgIndex(d.phrase(j+2, e), "agency")}}
				d.titleBodies = append(d.titleBodies, u)
				p.org = d.entityID(u.e)
				j = e
				continue
			}
		}
		if w == "of" && j+2 < len(d.toks) && d.toks[j+1].lower == "state" && d.toks[j+1].upper && d.toks[j+2].lower != "of" &&
			!(d.toks[j+2].upper && (isPortfolioWord(d.toks[j+2].lower) || hardStop.at(d.toks[j+2].wid))) && // not "Minister of State Administration and Civil Service"
			(strings.Contains(p.title, "Secretary") || strings.Contains(p.title, "Minister")) && !strings.Contains(p.title, "of State") {
			// "Undersecretary of State at the Ministry ...", "Minister of
			// State for Foreign Affairs": the rank's complement, not the
			// "State of Qatar".
			p.title += " of State"
			complement = true
			j += 2
			continue
		}
		if (w == "ii" || w == "iii") && d.toks[j].allCaps {
			// "Minister of Foreign Affairs II of Brunei Darussalam": the
			// second of two such ministers.
			p.title += " " + d.phrase(j, j+1)
			j++
			continue
		}
		if d.toks[j].punct == '(' {
			// "Chairman of the Mazhilis (lower house) of the Parliament
			// of Kazakhstan": a gloss inside the title.
			if c := d.closingParen(j); c > 0 && c+1 < len(d.toks) && d.toks[c+1].lower == "of" {
				j = c + 1
				continue
			}
			// "Additional Secretary (Indo-Pacific)", "First Secretary
			// (Press and Public Relations)": the post's domain, in
			// brackets, is part of the title.
			if c := d.closingParen(j); c > j+1 && d.bracketedDomain(j+1, c) {
				p.title += " " + d.phrase(j, c+1)
				complement = true
				j = c + 1
				continue
			}
			// "Member of the Board (Minister) in charge of Trade": the
			// rank the post carries, in brackets, before its portfolio.
			if c := d.closingParen(j); c == j+2 && d.isTitleTok(j+1) && c+3 < len(d.toks) && d.toks[c+1].lower == "in" &&
				d.toks[c+2].lower == "charge" && d.toks[c+3].lower == "of" {
				p.title += " " + d.phrase(j, c+1)
				j = c + 1
				continue
			}
		}
		if w == "in" && j+3 < len(d.toks) && d.toks[j+1].lower == "charge" && d.toks[j+2].lower == "of" {
			// "Minister in charge of Trade": the portfolio is the title's.
			if e := d.portfolioAt(j + 3); e > j+3 {
				p.title += " " + d.phrase(j, e)
				complement = true
				j = e
				continue
			}
		}
		if d.toks[j].punct == ',' && (strings.Contains(p.title, "Minister") || strings.Contains(p.title, " for ")) && j > m.start && d.toks[j-1].upper && d.toks[j-1].lower != "minister" {
			// "Minister of Foreign Affairs, Emigration and Egyptian
			// Expatriates": more portfolios set off by a comma.
			if e := d.listedPortfolios(j, true); e > j {
				p.title += ", " + d.phrase(j+1, e)
				j = e
				continue
			}
		}
		if d.toks[j].punct == ',' && strings.Contains(p.title, " of the ") && j > m.start && d.toks[j-1].upper {
			// "Director General of the Strategy, Policy and Budget
			// Department": a unit named by its domains.
			if e := d.listedUnit(j); e > j {
				p.title += ", " + d.phrase(j+1, e)
				j = e
				continue
			}
		}
		if w == "and" && strings.Contains(p.title, "Minister") && j > m.start && d.toks[j-1].upper && d.toks[j-1].lower != "minister" {
			// "Minister of Foreign Affairs and Expatriates of Jordan": a
			// second portfolio, closed by the employer or a comma.
			e := j + 1
			// A portfolio may be a stop word itself: "and International
			// Cooperation", "and Trade".
			for e < len(d.toks) && e-j <= 3 && d.toks[e].isWord() && d.toks[e].upper && !d.toks[e].allCaps && d.gzAt[e] < 0 &&
				(!hardStop.at(d.toks[e].wid) || isPortfolioWord(d.toks[e].lower) || portfolioQualifiers.at(d.toks[e].wid)) && !d.toks[e].newlineBefore {
				e++
			}
			if e > j+1 && e < len(d.toks) && (d.toks[e].lower == "of" || d.toks[e].punct == ',') {
				if n := e - 2; d.toks[e].punct == ',' && n > j+1 && d.nameAt(n, true) == e && !isPortfolioWord(d.toks[n].lower) && !isPortfolioWord(d.toks[n+1].lower) {
					// "Minister of Foreign Affairs and Expatriates Ayman
					// Safadi,": a name of two words closes the phrase.
					p.title += " " + d.phrase(j, n)
					j = n
					continue
				}
				p.title += " " + d.phrase(j, e)
				j = e
				continue
			}
			// "Minister of Foreign Affairs and Trade Péter Szijjártó": a
			// second portfolio up to its last portfolio word, then the name.
			if last := d.portfolioBeforeName(j + 1); last > j+1 {
				p.title += " " + d.phrase(j, last)
				j = last
				continue
			}
		}
		if w == "in" && t.Envoy && (p.org != "" || principal) && p.accredited == "" {
			// "the High Commissioner of Maldives in Sri Lanka": the
			// country the envoy serves in.
			k := d.skipThe(j + 1)
			if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entCountry && d.entityID(g.e) != p.org {
				if principal {
					// "Deputy Special Representative of the UN
					// Secretary-General in South Sudan": the mission's
					// country names the post.
					p.title += " " + d.phrase(j, g.end)
				} else {
					p.accredited = d.entityID(g.e)
				}
				j = g.end
				continue
			}
		}
		if w == "of" && t.Envoy && j+5 < len(d.toks) && (d.toks[j+1].lower == "his" || d.toks[j+1].lower == "her") &&
			d.toks[j+2].lower == "majesty" && d.toks[j+3].lower == "the" && d.toks[j+5].lower == "of" && monarchTitles[titleCase(d.toks[j+4].lower)] {
			// "Ambassador of His Majesty the King of Morocco": the
			// monarch's envoy is the kingdom's.
			j += 5
			continue
		}
		if w == "and" && t.Envoy && p.accredited != "" {
			// "Ambassador of Kazakhstan to Indonesia and to ASEAN",
			// "Ambassador to Senegal and Cabo Verde".
			k := j + 1
			if k < len(d.toks) && d.toks[k].lower == "to" {
				k++
			}
			if k < len(d.toks) && d.toks[k].lower == "the" {
				k++
			}
			if g, ok := d.gzOf(k); ok && g.start == k && (g.e.kind == entCountry || g.e.kind == entOrg) {
				p.accreditAlso(d.entityID(g.e))
				j = g.end
				continue
			}
		}
		if w == "under" && complement {
			if e, c := d.unitMinistryEnd(j); e > j {
				// "Director of the Water Resources Service under the Ministry
				// of Agriculture of the Kyrgyz Republic": the ministry the
				// body answers to, part of the post as written; its country
				// employs, as below.
				if c != "" && p.org == "" {
					p.org = c
				}
				p.title += " " + d.phrase(j, e)
				j = e
				continue
			}
		}
		if w == "in" && d.inTheBody(j) {
			w = "at" // "Joint Secretary in the Ministry of External Affairs": as "at"
		} else if e := d.inTheDepartmentEnd(j); w == "in" && !t.Envoy && e > j {
			// "First Assistant Secretary in the Department of Defence
			// Andrew Kilpatrick": a department the gazetteer lacks, part
			// of the post as written.
			p.title += " " + d.phrase(j, e)
			complement = true
			j = e
			continue
		}
		if w == "from" && p.org != "" && j+1 < len(d.toks) {
			// "Member of the ECOWAS Parliament from Ghana": the country
			// the member comes from, after the body that employs.
			if g, ok := d.gzOf(j + 1); ok && g.start == j+1 && g.e.kind == entCountry {
				j = g.end
				continue
			}
		}
		if w != "of" && w != "for" && w != "to" && w != "on" && w != "at" {
			break
		}
		k := d.skipThe(j + 1)
		g, ok := d.gzOf(k)
		ok = ok && g.start == k
		if e, org := d.principalServed(k); (w == "of" && (t.Envoy || aideTitles[p.title] && !d.namedPrincipal(e)) || w == "to" && aideTitles[p.title] && !d.namedPrincipal(e) && d.nameAt(e, true) <= e) &&
			k > j+1 && e > k {
			// ("Adviser to the SCO Secretary-General": an aide serves the
			// principal too; not "... Secretary-General Zhang Ming",
			// whose title it is.)
			// "Special Representative of the United Nations
			// Secretary-General for West Africa", "Special Envoy of the
			// U.S. President for ...", "Special Envoy of the Minister for
			// the Western Balkans": the envoy serves a principal, whose
			// body or country employs the envoy.
			p.title += " " + d.phrase(j, e)
			if org != "" && p.org == "" {
				p.org = org
			}
			j = e
			complement, principal = true, true
			continue
		}
		if ok && g.e.kind == entTitle && (w == "of" || w == "to") && k > j+1 &&
			(d.g.Titles[g.e.idx].Name == "President" || d.g.Titles[g.e.idx].Name == "Prime Minister") {
			// "Deputy Chief of Staff of the President of Kazakhstan": the
			// office serves the head of state; the country follows.
			p.title += " " + d.phrase(j, g.end)
			j = g.end
			complement = true
			continue
		}
		if ok && g.e.kind == entOrg && g.e.idx < 0 && w == "of" {
			if body, of := d.boardOf(g); of > 0 {
				// "Chairman of the Board of Executive Directors of the Arab
				// Monetary Fund": the board is part of the post, and the
				// body whose board it is employs.
				p.title += " " + d.phrase(j, of)
				p.org = d.entityID(body.e)
				complement = true
				j = g.end
				continue
			}
		}
		if ok && g.e.kind == entOrg && g.e.idx < 0 && w == "of" {
			// "Head of the Presidential Administration ... Department
			// of Uzbekistan": a body the document names, of a country.
			// A chamber, council or association of a country is the
			// employer itself ("Chairman of the Chamber of Commerce of
			// Peru"); a department or office is the government's.
			if c, ce, ok := d.countryInside(g); ok && govHeads.at(d.toks[ce-1].wid) {
				p.title += " " + d.phrase(j, ce)
				p.org = c
				complement = true
				j = g.end
				continue
			}
		}
		if ok && g.e.kind == entCity && w == "of" && !t.Envoy && k == j+1 && !d.cityBodyAt(g.end) {
			// "Khokim of Samarkand region Erkinjon Turdimov", "Mayor of
			// Guayaquil": an office of the city or its region; not
			// "Chairman of Dubai Ports World, Mr X", a body's.
			e := g.end
			if e+1 < len(d.toks) && regionWords.at(d.toks[e].wid) && !d.toks[e].newlineBefore {
				e++
			}
			p.title += " " + d.phrase(j, e)
			complement = true
			j = e
			continue
		}
		if ok && g.e.kind == entCapital && w == "of" && !t.Envoy {
			// "Deputy Ruler of Abu Dhabi", "Mayor of Tehran": an office of
			// the capital, which serves its country.
			p.title += " " + d.phrase(j, g.end)
			p.org = d.entityID(g.e)
			complement = true
			j = g.end
			continue
		}
		if !ok && w == "to" && t.Envoy && p.accredited == "" {
			if body, ok := d.organsOfBody(k); ok {
				// "Plenipotentiary Representative of Azerbaijan to the
				// Statutory and Other Bodies of the CIS Elchin Rzayev":
				// accredited to the body whose organs the post names.
				p.title += " " + d.phrase(j, body.end)
				p.accredited = d.entityID(body.e)
				complement = true
				j = body.end
				continue
			}
		}
		if !ok && w == "to" && t.Envoy && k == j+2 && k+1 < len(d.toks) && d.toks[k].lower == "kingdom" && d.toks[k].upper &&
			d.toks[k+1].lower != "of" && (!d.toks[k+1].upper || d.wordsIn(k+1, d.nameAt(k+1, true)) >= 2) {
			// "Serbia's Ambassador to the Kingdom, ...": the monarchy the
			// release is from, told once the release's country is known.
			p.accredited = theKingdom
			j = k + 1
			continue
		}
		if ok && g.e.kind == entCapital && w == "to" && t.Envoy {
			// "Ambassador of Oman to Tehran", "Türkiye's Ambassador to
			// Baghdad": the capital stands for the host country.
			p.accredited = d.entityID(g.e)
			j = g.end
			continue
		}
		if ok && (g.e.kind == entCountry || g.e.kind == entOrg) {
			id := d.entityID(g.e)
			switch {
			case w == "to" && t.Envoy && (g.e.kind == entCountry || p.org != "" || d.orgKind(id) == "intergovernmental" || d.g.orgIsIGO(g.e.idx)):
				// "Permanent Representative to the African Union": the
				// envoy's own country is told elsewhere.
				// "Ambassador of Chile to ASEAN": accredited to a body.
				p.accredited = id
			case w == "on" && t.Envoy && g.e.kind == entCountry && (principal || envoyTitle(p.base)):
				// "Special Envoy of the UN Secretary-General on Myanmar":
				// the envoy's brief.
				p.title += " " + d.phrase(j, g.end)
				complement = true
				j = g.end
				continue
			case w == "to" || w == "on":
				return d.finishTitle(p, t, complement), start, j
			case w == "for" && g.e.kind == entCountry:
				// "Senior Director for Russia and Central Asia",
				// "Minister for Europe": a portfolio, not the employer.
				if t.Envoy && !principal {
					// "Special Envoy for Sudan", "Special Representative
					// for Afghanistan": the envoy's brief, which the
					// title names; no accreditation.
					p.title += " " + d.phrase(j, g.end)
					complement = true
					j = g.end
					continue
				}
				e := d.portfolioAt(k)
				if g.end < len(d.toks) && !d.toks[g.end].newlineBefore && d.wordsIn(g.end, d.nameAt(g.end, true)) >= 2 {
					e = g.end // "Country Director for Uzbekistan Sabine Hoffmann-Ruiz": the name follows the country
				}
				p.title += " " + d.phrase(j, e)
				complement = true
				j = e
				continue
			case w == "for" && g.e.kind == entOrg && p.org != "":
				// "Deputy Secretary-General of ASEAN for ASEAN Economic
				// Community": a portfolio of the body already named.
				from := j
				if orgFrom >= 0 {
					from = orgFrom
				}
				e := g.end
				for e < len(d.toks) && e < g.end+3 && d.toks[e].upper && portfolioTail.at(d.toks[e].wid) && !d.toks[e].newlineBefore {
					e++ // "National Coordinator ... for SCO Affairs Yuliya Karpovich"
				}
				p.title += " " + d.phrase(from, e)
				complement = true
				orgFrom = -1
				j = e
				continue
			case serves && g.e.kind == entOrg:
				// "Assistant to the Chairman of the Joint Chiefs of Staff"
				p.title += " " + d.phrase(j, g.end)
				p.org = id
			case w == "at" && g.e.kind == entCountry && d.demonymMinistryEnd(g.end) > g.end:
				// "Additional Secretary at the Maldivian Foreign Ministry
				// Name": the ministry's country employs.
				if p.org == "" {
					p.org = id
				}
				j = d.demonymMinistryEnd(g.end)
				continue
			case w == "of" && g.e.kind == entCountry && d.bodyOfCountry(p.org, g.e.idx):
				// "Speaker of the Althing of Iceland": the country's own
				// body stays the employer.
			case w == "of" && g.e.kind == entOrg && d.possessiveUnitEnd(g.end) > 0:
				// "Director General of the NDB's Strategy and Partnerships
				// Department Name": the body's unit is part of the title,
				// and the body employs.
				e := d.possessiveUnitEnd(g.end)
				p.title += " " + d.phrase(j, e)
				p.org = id
				complement = true
				j = e
				continue
			case w == "of" && (g.e.kind == entOrg || g.e.kind == entCountry) && g.end < len(d.toks) && d.toks[g.end].upper &&
				unitWords.at(d.toks[g.end].wid) && !d.toks[g.end].newlineBefore:
				// "Head of the European Union Division", "Director of the
				// China Department": a unit named after a body or a
				// country, as ministries name theirs, and not its post.
				g.end++
				fallthrough
			case w == "of" && g.e.kind == entOrg && d.ministryUnit(g):
				// "Director of the European Department", "Director-General
				// of the Department of Boundary and Ocean Affairs": a
				// ministry's unit is part of the title, and the post is
				// the government's (or the body's) whose unit it is, told
				// as for a bare title.
				p.title += " " + d.phrase(j, g.end)
				complement = true
				j = g.end
				if e, c := d.unitMinistryEnd(j); e > j {
					// "... Department of the Foreign Ministry", "... of the
					// Bulgarian Ministry of Foreign Affairs": the ministry
					// is no part of the title; its country employs.
					if c != "" && p.org == "" {
						p.org = c
					}
					p.home = c == ""
					j = e
				}
				continue
			default:
				if orgFrom >= 0 && w == "of" {
					// "Head of the ... Department of Uzbekistan": the
					// last body named is the employer, the first one is
					// part of the title.
					p.title += " " + d.phrase(orgFrom, j)
					complement = true
				}
				p.org = id
				orgFrom = -1
				switch {
				case g.e.kind == entOrg && w == "of" && g.e.idx >= 0 && d.g.Organisations[g.e.idx].Country != "" && !d.g.orgIsIGO(g.e.idx):
					// "Chairman of the Halk Maslahaty", "Director of the
					// Federal Security Service": a state's own body is
					// part of the title as written.
					p.title += " " + d.phrase(j, g.end)
					complement = true
				case g.e.kind == entOrg && w == "of":
					orgFrom = j
				}
			}
			ofAt := j
			j = g.end
			seated := w == "of" && (g.e.kind == entCountry && strings.HasPrefix(t.Name, "Consul") || g.e.kind == entOrg && countryOffices[t.Name])
			if e := d.seatEndIf(seated, j); e > j {
				// "Consul General of Bhutan in Guwahati": a consul's
				// seat is part of the post as written; the country
				// employs, and no country receives him. So is a body's
				// country office: "Resident Representative of the
				// ECOWAS Commission in Cabo Verde".
				p.title += " " + d.phrase(ofAt, e)
				complement = true
				j = e
				continue
			}
			if w == "of" && g.e.kind == entOrg && j+3 < len(d.toks) && d.toks[j].punct == '(' && d.toks[j+1].allCaps && d.toks[j+2].punct == ')' &&
				d.toks[j+3].upper && orgHeads.at(d.toks[j+3].wid) && !d.toks[j+3].newlineBefore {
				// "Director of the Central Asia Regional Economic
				// Cooperation (CAREC) Institute": brackets split the
				// name of the body's institute, which employs.
				name := d.phrase(j+1, j+2) + " " + d.phrase(j+3, j+4)
				u := gzMatch{start: j + 1, end: j + 4, e: entry{kind: entOrg, idx: d.localOrgIndex(name, orgSuffixes[d.toks[j+3].lower])}}
				d.titleBodies = append(d.titleBodies, u)
				p.title += " " + d.phrase(ofAt, j+4)
				p.org = d.entityID(u.e)
				complement = true
				orgFrom = -1
				j += 4
				continue
			}
			if w == "of" && g.e.kind == entOrg && j+2 < len(d.toks) && d.toks[j].upper && missionNouns.at(d.toks[j].wid) &&
				(d.toks[j+1].lower == "to" || d.toks[j+1].lower == "in") {
				k := j + 2
				if d.toks[k].lower == "the" {
					k++
				}
				if g2, ok := d.gzOf(k); ok && g2.start == k && (g2.e.kind == entCountry || g2.e.kind == entCapital) {
					// "Head of the EU Delegation to Moldova": the body's
					// mission in a country is part of the title.
					p.title += " " + d.phrase(ofAt, g2.end)
					complement = true
					orgFrom = -1
					j = g2.end
					continue
				}
			}
			if j+2 < len(d.toks) && d.toks[j].lower == "embassy" && (d.toks[j+1].lower == "in" || d.toks[j+1].lower == "to") {
				// "Deputy Chief of Mission at the US Embassy in the USSR"
				k := j + 2
				if d.toks[k].lower == "the" {
					k++
				}
				if g2, ok := d.gzOf(k); ok && g2.start == k && g2.e.kind == entCountry {
					p.accredited = d.entityID(g2.e)
					j = g2.end
				}
			}
			continue
		}
		if w == "at" && k < len(d.toks) && d.toks[k].lower == "ministry" {
			// "Minister of State at the Ministry of Foreign Affairs of the
			// State of Qatar": the ministry's country employs.
			if mo, found := d.ministryOf(k); found {
				named := mo.end // the ministry without its country
				if g2, ok2 := d.gzOf(mo.end - 1); ok2 && g2.end == mo.end && g2.e.kind == entCountry {
					if p.org == "" {
						p.org = d.entityID(g2.e)
					}
					named = g2.start
					for named > k && (d.toks[named-1].lower == "of" || d.toks[named-1].lower == "the") {
						named--
					}
				}
				if strings.HasSuffix(p.title, " of State") && named > k {
					p.title += " at " + d.phrase(j+1, named) // as the post is written
				}
				j = mo.end
				continue
			}
		}
		if !ok && (w == "to" || w == "for") && envoyTitle(p.base) {
			// "Presidential Envoy to the Far Eastern Federal District
			// Yury Trutnev", "Special Envoy for the Horn of Africa Mike
			// Hammer": the region an envoy serves, then the name.
			if e := d.regionThenName(k); e > k {
				p.title += " " + d.phrase(j, e)
				complement = true
				j = e
				continue
			}
		}
		if ok || w == "to" || w == "at" {
			break
		}
		if p.base == "Minister" && w != "on" {
			// "Minister of Trade and Industry"
			e := k
			// An honorific ends it: "Minister of Labour Dr. Ali bin Saeed".
			for e < len(d.toks) && d.toks[e].isWord() && (d.toks[e].upper || d.toks[e].lower == "and" || d.particleInName(e)) && d.gzAt[e] < 0 && e-k < 12 && (e == k || !d.toks[e].newlineBefore) &&
				!(e > k && honorifics.at(d.toks[e].wid)) {
				e++
			}
			for e > k && !d.toks[e-1].upper {
				e--
			}
			// No name after the portfolio, but its complement or the end
			// of an apposition: "Minister of State for International
			// Cooperation of the UAE,".
			// Nor before the body it is held at: "Minister for Africa at
			// the FCDO, Lord Collins".
			closes := e > k && (e >= len(d.toks) || d.toks[e].newlineBefore || d.toks[e].lower == "for" || d.toks[e].lower == "of" ||
				d.toks[e].punct == ',' || d.toks[e].punct == '.' || d.toks[e].punct == ';' || d.atTheBody(e))
			if closes && e < len(d.toks) && !d.toks[e].isWord() {
				// "the Minister of Finance Faiziddin Qahhorzoda.": a name
				// after the portfolio may also close the phrase.
				// So may a name's initials: "... External Trade D.N.
				// Dhungyel".
				if pe := d.ministerPortfolioEnd(k); pe > k && (d.wordsIn(pe, e) >= 2 || pe == e-1 && d.middleInitialAt(pe)) {
					e, closes = pe, false
				}
			}
			if !closes && (e-k >= 5 || d.nameAt(d.addressAt(e), true) == d.addressAt(e)) {
				// "Minister of Industry and Trade Nguyen Hong Dien": the
				// portfolio ends at its last portfolio word, and the name
				// runs to the end of the capitalised words. With no name
				// there, "and" may join the next title: "Minister for
				// Defence Industry and Minister for Pacific Island
				// Affairs".
				pe := d.ministerPortfolioEnd(k)
				if pe == k && e-k >= 3 && d.toks[e-3].upper && d.nameAt(e-2, true) == e && !d.toks[e-2].newlineBefore {
					// "Minister for European Affairs and Ownership
					// Steering Joakim Strand also": no portfolio word
					// ends the portfolio; a name of two words ends the run.
					pe = e - 2
				}
				if pe == k && d.titleAfterAnd(e) {
					closes = true
				} else {
					e = pe
				}
			}
			if a := d.addressAt(e); e > k && e-k < 8 && (d.nameAt(a, true) > a || closes) {
				e = d.listedPortfolios(e, true)
				// As written, with its article: "Minister for the Middle
				// East and North Africa".
				if complement {
					p.title += " " + w + " " + d.phrase(j+1, e) // "Minister of State for ..."
				} else {
					p.title = "Minister " + w + " " + d.phrase(j+1, e)
				}
				j = e
				complement = true
				continue
			}
			break
		}
		if w == "of" && k == j+2 && k < len(d.toks) && d.toks[k].upper && orgHeads.at(d.toks[k].wid) && (k+1 >= len(d.toks) || !d.toks[k+1].upper) {
			// "Deputy Chairperson of the Commission": the one body of
			// that kind the document names.
			if id := d.orgByHead(d.toks[k].lower); id != "" {
				p.title += " " + d.phrase(j, k+1)
				p.org = id
				complement = true
				j = k + 1
				continue
			}
		}
		if w == "of" && k == j+2 && k+1 < len(d.toks) && d.toks[k].upper && d.toks[k+1].upper && orgHeads.at(d.toks[k+1].wid) && !orgHeads.at(d.toks[k].wid) &&
			d.gzAt[k] < 0 && p.org == "" && p.accredited == "" {
			// "Deputy Chairman of the Executive Committee Name" in a text
			// that names the CIS Executive Committee: that body.
			if id := d.orgByTail(d.toks[k].lower, d.toks[k+1].lower); id != "" {
				p.title += " " + d.phrase(j, k+2)
				p.org = id
				complement = true
				j = k + 2
				continue
			}
		}
		if e := d.acronymBodyAt(k); w == "of" && k == j+1 && e > k && !complement && p.org == "" && p.accredited == "" {
			// "the Chief Executive Officer of OCP Africa,": a body the
			// gazetteer does not know, named by its acronym first.
			b := gzMatch{start: k, end: e, e: entry{kind: entOrg, idx: d.localOrgIndex(d.phrase(k, e), "company")}}
			d.titleBodies = append(d.titleBodies, b)
			p.org = d.entityID(b.e)
			j = e
			break
		}
		if e := d.houseAt(k); w == "of" && k == j+2 && e > k && p.org == "" && p.accredited == "" {
			// "Deputy Chairman of the Senate", "Vice Chairwoman of the
			// National Assembly", "President of the Chamber of
			// Representatives": a parliament's officers serve their
			// house, the one the text names in full ("National Assembly
			// of Vietnam") or the house as written.
			p.title += " " + d.phrase(j, e)
			p.org, p.house = d.houseBody(k, e), true
			complement = true
			j = e
			continue
		}
		if e, c := d.unitMinistryEnd(j); complement && e > j {
			// "Director-General for Asia-Pacific Affairs of the Ministry
			// of Foreign Affairs and Cooperation": after a portfolio the
			// ministry is no part of the title, as after a unit; its
			// country employs.
			if c != "" && p.org == "" {
				p.org = c
			}
			j = e
			continue
		}
		e := d.portfolioAt(k)
		if e == k {
			break
		}
		if w == "of" && k == j+2 && e-k >= 2 && titleUnits.at(d.toks[e-1].wid) && d.toks[e-1].upper {
			// "Director of the European Department": the unit is a
			// body of its own, named inside the title.
			d.titleBodies = append(d.titleBodies, gzMatch{start: k, end: e, e: entry{kind: entOrg, idx: d.localOrgIndex(d.phrase(k, e), "agency")}})
		}
		// "Director of Policy Planning", "Special Representative for
		// International Cooperation", "Head of the Presidential
		// Administration ... Department".
		p.title += " " + d.phrase(j, e)
		complement = true
		j = e
	}
	return d.finishTitle(p, t, complement), start, j
}

// houseHeads end the name of a parliament's house ("the Senate", "the
// National Assembly", "the Revolutionary Council"); houseMembers end the
// name of a "Chamber" or "House" of them ("the Chamber of Deputies").
var (
	houseHeads   = wordSet(`senate assembly parliament duma majlis mazhilis kenesh council congress`)
	houseMembers = wordSet(`representatives deputies commons lords senators councillors`)
	// houseCouncils make a council a parliament's house ("the National
	// Council", "the Supreme Council"); other councils are a government's
	// ("the State Council", "the Presidential Council") or a body's.
	houseCouncils = wordSet(`national federal federation legislative supreme revolutionary`)
)

// committeeOfBefore returns where "of the <...> Committee" ending at token
// j starts, not before token a, or -1.
func (d *docState) committeeOfBefore(a, j int) int {
	if j < 1 || !d.toks[j-1].upper || d.toks[j-1].lower != "committee" {
		return -1
	}
	b := j - 1
	for b > a && (d.toks[b].upper || d.toks[b].lower == "the" || d.toks[b].lower == "and") && j-b < 8 {
		b--
	}
	if d.toks[b].lower != "of" {
		return -1
	}
	return b
}

// houseAt returns the end of the name of a parliament's house that starts
// at token i and that the gazetteer does not know ("Senate", "National
// Assembly", "Chamber of Representatives"), or i.
func (d *docState) houseAt(i int) int {
	for e := i; e < len(d.toks) && e < i+6; e++ {
		t := &d.toks[e]
		if !t.isWord() || !t.upper || d.gzAt[e] >= 0 || e > i && t.newlineBefore {
			return i
		}
		if (t.lower == "chamber" || t.lower == "house") && e+2 < len(d.toks) && d.toks[e+1].lower == "of" &&
			d.toks[e+2].upper && houseMembers.at(d.toks[e+2].wid) {
			return e + 3
		}
		if houseHeads.at(t.wid) {
			if t.lower == "council" && (e == i || !houseCouncils.at(d.toks[e-1].wid)) {
				return i // "the Council", "the State Council", "the Presidential Council"
			}
			if e+1 < len(d.toks) && d.toks[e+1].lower == "of" {
				return i // "the Council of Ministers", "the Assembly of the Republic": another rule's
			}
			return e + 1
		}
	}
	return i
}

// houseBody returns the ID of the house named by tokens [i, e): the body
// of the document whose name is it or begins with it ("National Assembly
// of Vietnam"), else the house as written, named inside the title.
func (d *docState) houseBody(i, e int) string {
	name := d.phrase(i, e)
	for _, m := range d.gz {
		if m.e.kind != entOrg {
			continue
		}
		if n, _, _ := d.orgInfo(m.e.idx); n == name || strings.HasPrefix(n, name+" of ") {
			if c, _, ok := d.countryInside(m); ok && n != name && d.releaseOtherThan(c) {
				// "The Speaker of the National Assembly, ..., hosted the
				// Speaker of the National Assembly of Zambia" on the
				// Kenyan parliament's site: the bare house is the
				// release's own.
				continue
			}
			return d.entityID(m.e)
		}
	}
	b := gzMatch{start: i, end: e, e: entry{kind: entOrg, idx: d.localOrgIndex(name, "parliament")}}
	d.titleBodies = append(d.titleBodies, b)
	return d.entityID(b.e)
}

// releaseOtherThan reports whether the address or the publisher of the
// document gives it a country, and one other than the country c (an ID).
func (d *docState) releaseOtherThan(c string) bool {
	ci := d.addressCountry()
	return ci >= 0 && d.g.countryID(ci) != c
}

// orgByTail is orgByHead for a body whose name ends with two words, a
// modifier and the head ("Executive Committee"), longer than them; not a
// state's own body ("the Russian Security Council" for another state's).
// The hits are indexed by their last two words once: a long text's titles
// each look one pair up.
func (d *docState) orgByTail(mod, head string) string {
	if d.tailIdx == nil {
		d.tailIdx = map[string]string{}
		for _, m := range d.gz {
			if m.e.kind != entOrg || m.end-m.start < 3 || m.e.idx >= 0 && d.g.Organisations[m.e.idx].Country != "" {
				continue
			}
			key, id := d.toks[m.end-2].lower+" "+d.toks[m.end-1].lower, d.entityID(m.e)
			if old, seen := d.tailIdx[key]; seen && old != id {
				id = "" // two bodies end so: neither
			}
			d.tailIdx[key] = id
		}
	}
	return d.tailIdx[mod+" "+head]
}

// orgByHead returns the ID of the only organisation of the document whose
// name ends with head ("commission"), or "".
func (d *docState) orgByHead(head string) string {
	id := ""
	for _, m := range d.gz {
		if m.e.kind != entOrg {
			continue
		}
		name := ""
		if m.e.idx < 0 {
			name = d.localOr[-1-m.e.idx].name
		} else {
			name = d.g.Organisations[m.e.idx].Name
		}
		f := strings.Fields(strings.ToLower(name))
		if len(f) == 0 || f[len(f)-1] != head {
			continue
		}
		if e := d.entityID(m.e); id != "" && e != id {
			return ""
		} else {
			id = e
		}
	}
	return id
}

// ministryUnit reports whether the organisation hit g is a unit of a
// ministry or of a body's secretariat that the text names ("European
// Affairs Bureau", "Department of Neighbouring Countries"), not a
// department that is a ministry ("Department of Foreign Affairs", "State
// Department"), which the gazetteer knows or whose name says so.
func (d *docState) ministryUnit(g gzMatch) bool {
	if g.e.idx >= 0 || g.end-g.start < 2 {
		return false
	}
	if !unitWords.at(d.toks[g.end-1].wid) && !(unitWords.at(d.toks[g.start].wid) && d.toks[g.start+1].lower == "of") {
		return false
	}
	for k := g.start; k < g.end; k++ {
		if w := d.toks[k].lower; w == "state" || w == "foreign" || w == "homeland" {
			return false // "Department of State", "Department of Foreign Affairs"
		}
	}
	return true
}

// shareEmployer gives c, a title chained by "and" to the last title p
// of one person, p's employer where c names none: p's country ("Deputy
// Prime Minister and Minister of Foreign Affairs of Jordan"), or p's body
// where c is a body's officer ("Director General and Chairman of the
// Board of Executive Directors of the Arab Monetary Fund"); not a body's
// where c is a state's post ("Deputy Prime Minister and Chairman of the
// State Committee").
func (d *docState) shareEmployer(c *position, p position) {
	if c.org != "" || c.accredited != "" || p.org == "" {
		return
	}
	if _, isCountry := d.g.countryByID[p.org]; isCountry || bodyOfficers[normTitle(c.base)] {
		c.org = p.org
	}
}

// bodyOfficers are the titles (normTitle) of a body's officers rather
// than a state's.
var bodyOfficers = map[string]bool{"director general": true, "deputy director general": true, "secretary general": true,
	"deputy secretary general": true, "chief executive officer": true, "chief executive": true, "managing director": true,
	"executive director": true, "executive secretary": true, "chairman": true, "chairperson": true,
	"assistant director general": true, "assistant secretary general": true, "deputy executive director": true,
	"deputy managing director": true}

// boardOf finds, in the body g the document names, a board of another
// body ("Board of Executive Directors of the Arab Monetary Fund",
// "Management Board of Gazprom"), and returns that other body and the
// token "of" before it; of is 0 when g is no such board.
func (d *docState) boardOf(g gzMatch) (body gzMatch, of int) {
	b := g.start
	if b+1 < g.end && d.toks[b+1].lower == "board" {
		b++ // "Management Board", "Executive Board"
	}
	if d.toks[b].lower != "board" {
		return gzMatch{}, 0
	}
	for _, m := range d.parents {
		if m.end != g.end || m.start <= b+1 {
			continue
		}
		of = m.start - 1
		if d.toks[of].lower == "the" {
			of--
		}
		if d.toks[of].lower == "of" && of > b {
			return m, of
		}
	}
	return gzMatch{}, 0
}

// unitMinistryEnd reads "of|under [the] [<country>] Ministry [of ...]" or
// "of [the] [<country>] Foreign Ministry" at token k, after a ministry's
// unit or a body that answers to the ministry,
// and returns the token after it and the country that qualifies the
// ministry, or k.
func (d *docState) unitMinistryEnd(k int) (int, string) {
	if k+2 >= len(d.toks) || d.toks[k].lower != "of" && d.toks[k].lower != "under" {
		return k, ""
	}
	o := k + 1
	if d.toks[o].lower == "the" {
		o++
	}
	country := ""
	if g, ok := d.gzOf(o); ok && g.start == o && g.e.kind == entCountry {
		country = d.entityID(g.e)
		o = g.end
		if o+1 < len(d.toks) && d.toks[o].lower == "'" && d.toks[o+1].lower == "s" {
			o += 2 // "of China's Ministry of Commerce"
		}
	}
	if o+1 < len(d.toks) && d.toks[o].lower == "foreign" && (d.toks[o].upper || country != "") && d.toks[o+1].lower == "ministry" {
		return o + 2, country // "of the Armenian foreign ministry" too
	}
	if o >= len(d.toks) || d.toks[o].lower != "ministry" || !d.toks[o].upper {
		return k, ""
	}
	if mo, ok := d.ministryOf(o); ok {
		if mo.country >= 0 {
			country = d.g.countryID(mo.country)
		}
		return mo.end, country
	}
	return o + 1, country
}

// demonymMinistryEnd returns the token after "Foreign Ministry" or
// "Ministry [of ...]" at token o, after a country's demonym, or o.
func (d *docState) demonymMinistryEnd(o int) int {
	if o+1 < len(d.toks) && d.toks[o].lower == "foreign" && d.toks[o+1].lower == "ministry" {
		return o + 2
	}
	if o < len(d.toks) && d.toks[o].lower == "ministry" && d.toks[o].upper {
		if mo, found := d.ministryOf(o); found {
			return mo.end
		}
		return o + 1
	}
	return o
}

// unitWords name the units of a ministry or a secretariat.
var unitWords = wordSet(`department bureau division directorate`)

// possessiveUnitEnd returns the token after "'s <Unit words> Department"
// at token i (after a body's name: "the NDB's Strategy and Partnerships
// Department"), or 0.
func (d *docState) possessiveUnitEnd(i int) int {
	if i+3 >= len(d.toks) || d.toks[i].lower != "'" || d.toks[i+1].lower != "s" || d.toks[i].start != d.toks[i-1].end {
		return 0
	}
	for k := i + 2; k < len(d.toks) && k < i+9; k++ {
		t := &d.toks[k]
		if !t.isWord() || t.newlineBefore || !t.upper && t.lower != "and" {
			return 0
		}
		if unitWords.at(t.wid) {
			return d.unitDomainEnd(k + 1)
		}
	}
	return 0
}

// unitDomainEnd returns the end of a unit's domain at token e, "for Asia
// and the Pacific" of "UNIDO's Regional Division for Asia and the
// Pacific,", when a comma, a full stop or a semicolon ends it; else e.
func (d *docState) unitDomainEnd(e int) int {
	if e+1 >= len(d.toks) || d.toks[e].lower != "for" || !d.toks[e+1].upper {
		return e
	}
	k := e + 1
	for k < len(d.toks) && k < e+8 && d.toks[k].isWord() && !d.toks[k].newlineBefore && (d.toks[k].upper || d.toks[k].lower == "and" || d.toks[k].lower == "the") {
		k++
	}
	if k < len(d.toks) && (d.toks[k].punct == ',' || d.toks[k].punct == '.' || d.toks[k].punct == ';') && d.toks[k-1].upper {
		return k
	}
	return e
}

// govHeads end the names of government offices, whose officials serve the
// country: "Head of the Presidential Administration ... Department of
// Uzbekistan".
var govHeads = wordSet(`department administration office bureau directorate service agency ministry secretariat
affairs`)

// countryInside finds "of [the] <country>" ending the local organisation
// hit g, and returns the country's ID and the token of that "of".
func (d *docState) countryInside(g gzMatch) (string, int, bool) {
	for k := g.end - 2; k > g.start; k-- {
		if d.toks[k].lower != "of" {
			continue
		}
		c := k + 1
		if d.toks[c].lower == "the" {
			c++
		}
		if m, ok := d.g.match(d.text, d.toks, c); ok && m.end == g.end && m.e.kind == entCountry {
			return d.g.countryID(m.e.idx), k, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// finishTitle drops the position of a title that names none without a
// complement or a qualifier ("leader", "member").
func (d *docState) finishTitle(p position, t Title, complement bool) position {
	if complement {
		// "Counsellor of the Mission", "Minister Counsellor of the
		// Embassy": a diplomat's rank, in the mission of the country.
		for _, m := range []string{" of the Mission", " of the Embassy"} {
			if h, ok := strings.CutSuffix(p.title, m); ok && diplomaticRanks[h] {
				p.title = h
			}
		}
	}
	if qualifiedTitles[t.Name] && p.base == t.Name && !complement && p.org == "" {
		p.title = ""
	}
	if t.Name == "Member" && p.title != "" {
		p.title = strings.ToLower(p.title[:1]) + p.title[1:]
	}
	if p.title != "" {
		p.written = writtenTitle(p.title, t.Name, p.head) + p.suffix
	}
	return p
}

// diplomaticRanks are the ranks of an embassy's or a mission's staff.
var diplomaticRanks = map[string]bool{"Counsellor": true, "Counselor": true, "Minister Counsellor": true, "Minister-Counsellor": true,
	"Minister Counselor": true, "Minister-Counselor": true, "First Secretary": true, "Second Secretary": true, "Third Secretary": true, "Attaché": true, "Attache": true}

// presidentialTitles serve in a president's office when "presidential"
// comes before them.
var presidentialTitles = map[string]bool{"Spokesperson": true, "Spokesman": true, "Spokeswoman": true, "Adviser": true}

// findPersons introduces the persons of the document from the name
// patterns: title + name, honorific + name, name + apposition, and a
// capitalised name before a speech or meeting verb.
func (d *docState) findPersons() {
	intros := make([]intro, 0, len(d.toks)/32+4) // about one name in 32 tokens in the genre
	covered := make([]bool, len(d.toks))
	cover := func(a, b int) {
		for k := a; k < b; k++ {
			covered[k] = true
		}
	}
	var chain []position // titles joined by "and" that share the next name
	chainStart := -1     // where the first title of chain starts
	listEnd, listQual := -1, ""
	listTitles := map[string]bool{} // the titles of the list: a second President is another country's
	consumed := 0                   // a title inside the phrase of the previous one is part of it
	for _, m := range d.gz {
		if m.e.kind != entTitle || m.start < consumed {
			continue
		}
		if m.end == m.start+1 && d.toks[m.start].lower == "senator" && d.theHonourableAt(m.start) > m.start {
			continue // "Senator the Honourable Name": a style of address, as in the apposition
		}
		p, start, j := d.parseTitle(m)
		consumed = j
		// "President Sheikh Mohammed bin Zayed", "Prime Minister Datuk
		// Seri Anwar Ibrahim": the forms of address are no name.
		nextLine := j < len(d.toks) && d.toks[j].newlineBefore
		if k := d.skipAcronym(j); k > j && p.org != "" && !nextLine && k < len(d.toks) && !d.toks[k].newlineBefore && d.acronymThenName(d.addressAt(k)) {
			// "Chairman of the National Committee of the Chinese People's
			// Political Consultative Conference (CPPCC) Wang Huning": the
			// body's acronym between the title and the name.
			j = k
		}
		if k := d.glossAt(j); k > j && !nextLine && d.nameAt(d.addressAt(k), true) > d.addressAt(k) {
			// "Prime Minister (Løgmaður) Aksel V. Johannesen": the title
			// in the country's language, in brackets.
			j = k
		}
		if j > 0 && j+1 < len(d.toks) && d.toks[j].upper && organAfterAcronym.at(d.toks[j].wid) && d.toks[j-1].allCaps && !nextLine && p.org != "" {
			// "Chairman of the EEC Board Name": the organ of the body
			// named by its acronym ends the title.
			if g, ok := d.gzOf(j - 1); ok && g.e.kind == entOrg && g.end == j {
				if a := d.addressAt(j + 1); d.nameAt(a, true) > a {
					p.title = d.phrase(m.start, j+1)
					p.written = p.title
					j++
				}
			}
		}
		if k := d.bareComplement(j); k > j && p.org == "" && p.accredited == "" && !nextLine {
			// "Chairman Senate Name", "Secretary Maritime Affairs Name",
			// "Chairman Karachi Port Trust (KPT) Rear Admiral Name": the
			// body or portfolio after the title without "of", as
			// Pakistan's press writes it.
			p.title += " " + d.phrase(j, d.skipAcronymBack(k))
			p.written = p.title
			j = k
		}
		j = d.addressAt(j)
		if r := d.rankStyleAt(j); r > j && !nextLine {
			// "ACD Secretary General Ambassador Pornchai Danvivathana":
			// the diplomatic rank between the title and the name.
			j, consumed = r, r
		}
		p.ev = d.ev(d.toks[m.start].sent, "")
		former := d.formerBefore(start)
		// "Vietnam's President A, Prime Minister B and Chairman C": the
		// qualifier of the first title distributes over the list.
		if p.org == "" && p.accredited == "" && !p.home && listQual != "" && d.onlyListSep(listEnd, start) && !listTitles[p.base] && !d.ownCountryAfterName(j) {
			p.org = listQual
		}
		// A name on the next line is not the title's: "... of the Arab
		// Republic of Egypt" ending one list item, "Ayman Safadi, ..."
		// opening the next.
		if e := d.nameAt(j, true); e > j && !nextLine && !d.toks[j].newlineBefore && !(e == j+1 && (orgHeads.at(d.toks[j].wid) || d.toks[j].lower == "branch" || d.toks[j].lower == "delegation")) &&
			// (Not "the Office of the Governor Communications Office": a
			// word that opens a body's name.)
			!(e == j+1 && e < len(d.toks) && d.toks[e].upper && orgHeads.at(d.toks[e].wid) && !d.toks[e].newlineBefore) &&
			d.toks[e-1].lower != "delegation" && // nor "Head of the IRU Permanent Delegation to China"

			!d.placeNounThenName(j, e) &&
			!d.compoundBodyAt(e) && !(j > 0 && isPortfolioWord(d.toks[j-1].lower) && isPortfolioWord(d.toks[j].lower)) {
			// (Not "Minister of Climate Change Adaptation, ...": more of
			// the portfolio, no name.)
			// Not "Director of the EDB Branch in ...": a one-word body.
			p.ev.Rule = "title+name"
			in := intro{start: start, end: e, nameStart: j, nameEnd: e, rule: "title+name"}
			if len(chain) > 0 && chainStart >= 0 && chainStart < start {
				in.start = chainStart // "the Chairman of ... – Head of ... Name": the mention opens with the chain
			}
			if name, alias, e2 := d.nickname(j, e); e2 > e {
				in.name, in.alias, in.end, e = name, alias, e2, e2
			}
			if p.org == "" && p.accredited == "" {
				// "President Xi Jinping of the People's Republic of China"
				if org, e2 := d.ofAfterName(e); org != "" {
					p.org, in.end = org, e2
				}
			}
			if p.org == "" && p.accredited == "" && start > 0 && d.toks[start-1].lower == "its" {
				// "representatives of the Bangladesh Investment
				// Development Authority (BIDA), led by its Executive
				// Chairman Mr X": the body whose delegation it is.
				p.org = d.delegationBodyBefore(start - 1)
			}
			if p.org == "" && p.accredited == "" {
				// "his counterpart from the Dominican Republic, Minister
				// of Foreign Affairs Name": the counterpart's country.
				p.org = d.counterpartFromBefore(start)
			}
			if p.org == "" && p.accredited == "" {
				// "The Congolese delegation included Minister of
				// Hydrocarbons X", "and Ecuador by Environment Minister Y".
				p.org = d.delegationCountry(start)
				p.side = p.org != ""
			}
			if p.org == "" && p.accredited == "" {
				// "Cambodian Deputy Prime Minister and Foreign Minister X";
				// a party office does not make the next title the
				// party's ("Member of the Political Bureau of the CPC
				// Central Committee and Foreign Minister Wang Yi").
				for _, c := range chain {
					if _, isCountry := d.g.countryByID[c.org]; isCountry && c.accredited == "" {
						p.org = c.org
						break
					}
				}
			}
			chain, p = foldDashed(chain, p)
			if !former && p.title != "" {
				pp := p
				in.pos = &pp
			}
			for _, c := range chain {
				if c.title == "" {
					continue
				}
				d.shareEmployer(&c, p)
				if c.org == "" && c.accredited == "" && listQual != "" && d.onlyListSep(listEnd, chainStart) {
					c.org = listQual
				}
				c.ev.Rule = "title-chain+name"
				in.more = append(in.more, c)
			}
			intros = append(intros, in)
			chain = nil
			// A list shares the country of its first title: "US
			// Ambassador A, State Department Director B, ...". Not that
			// of an envoy to another state: "Ambassador of Colombia to
			// Qatar A and Director of the Americas Department B" in a
			// Qatari release names a Qatari second.
			if listQual == "" || !d.onlyListSep(listEnd, start) || listTitles[p.base] {
				listQual = ""
				clear(listTitles)
				if _, isCountry := d.g.countryByID[p.org]; isCountry && p.accredited == "" {
					listQual = p.org
				}
			}
			listTitles[p.base] = true
			listEnd = e
			cover(start, e)
			continue
		}
		// "Deputy Prime Minister and Foreign Minister of X Name", "Deputy
		// Prime Minister – Minister of Foreign Affairs Name".
		// "Deputy Prime Minister/Foreign Minister Senator Name": a slash
		// joins two posts of one person, and a senator's style follows
		// the posts without a separator.
		if j < len(d.toks) && d.toks[j].lower == "senator" && d.toks[j].upper && !former {
			if g, ok := d.gzOf(j); ok && g.start == j && g.e.kind == entTitle {
				if len(chain) == 0 {
					chainStart = start
				}
				chain = append(chain, p)
				cover(start, j)
				continue
			}
		}
		if j+1 < len(d.toks) && (d.toks[j].lower == "and" || d.toks[j].punct == ',' || d.toks[j].punct == '/' || isDash(d.toks[j].punct)) {
			next := j + 1
			if q, ok := d.gzOf(next); ok && q.start == next && isDash(d.toks[j].punct) && (q.e.kind == entOrg || q.e.kind == entCountry) {
				// "Chairman of the Executive Committee – CIS Executive
				// Secretary Name": the second title has its qualifier.
				next = q.end
			}
			if d.titleOpensAt(next) && !d.shortFormOf(intros, start, j, p.title) && d.theHonourableAt(next) == next {
				if q, ok := d.gzOf(next); ok && q.e.kind == entTitle && monarchTitles[p.title] && monarchTitles[d.g.Titles[q.e.idx].Name] &&
					d.g.Titles[q.e.idx].Name != p.title && d.toks[j].lower == "and" {
					// "the Grand Duke and Grand Duchess Stéphanie": a
					// royal couple, the name the second's only.
					cover(start, j)
					continue
				}
				if !former {
					if len(chain) == 0 {
						chainStart = start
					}
					p.dashed = isDash(d.toks[j].punct)
					chain = append(chain, p)
				}
				cover(start, j)
				continue
			}
		}
		// "The Secretary-General of ASEAN, Dr. Kao Kim Hourn, received
		// ...": a title with its determiner, then the name between commas.
		// The body may carry its acronym, and the name a style of
		// address: "the Secretary-General of the Pacific Islands Forum
		// (PIF), H.E. Mr. Tomas Reyes, ...".
		// Titles chained by "and" share the name: "the Ambassador of the
		// UAE to Ethiopia and Permanent Representative to the AU, H.E.
		// Name.".
		ts := start
		if len(chain) > 0 && chainStart >= 0 {
			ts = chainStart
		}
		if c := d.lowerComplementEnd(m, j); c > j {
			// "the head of the regional tourism department, Name,": a
			// title written in lower case with a complement of its own.
			ws := start
			if d.toks[ws].lower == "the" {
				ws++
			}
			p.written = d.phrase(ws, c)
			j = c
		}
		if j = d.residenceAfter(d.skipAcronym(j)); !former && p.title != "" && d.appositionOpener(ts) && !d.inOpeningAdjunct(ts) && j+1 < len(d.toks) && d.toks[j].punct == ',' {
			// "The Secretary General of the ECO, Ambassador Asad Majeed
			// Khan, received ...": the diplomatic rank as a style.
			n := d.rankStyleAt(d.addressAt(j + 1))
			// One word is a name after an honorific: "the Ambassador of
			// the Republic of Indonesia to Papua New Guinea, H.E. Mr
			// Sutikno,".
			words := 2
			if d.addressAt(j+1) > j+1 || d.kpAt[n] >= 0 {
				words = 1 // or a known person's one name: "..., Sugiono,"
			}
			e := d.nameAt(n, true)
			if pe := d.peerageEnd(j + 1); pe > j+1 {
				n, e = j+1, pe // "the Minister for Africa, Lord Collins of Highbury,"
			}
			after := e // the name, or the nickname in brackets after it: "Aden Mohamed Nur (Madobe),"
			if e > n && d.bracketedNickname(n, e) != "" {
				after = e + 3
			}
			if e > n && d.wordsIn(n, e) >= words && after < len(d.toks) &&
				(d.toks[after].punct == ',' || d.toks[after].punct == '.' || d.toks[after].punct == ';') {
				consumed = after // the rank's hit is no title of its own
				// The name may also end the sentence: "It was chaired by
				// the High Representative, Anna Lindqvist."
				p.ev.Rule = "title+apposition"
				for _, c := range chain {
					if _, isCountry := d.g.countryByID[c.org]; isCountry && p.org == "" {
						p.org = c.org // the chain's country is the last title's too
					}
				}
				if p.org == "" && p.accredited == "" && ts > 0 && d.toks[ts-1].lower == "its" {
					// "a delegation of the Union of Rice Millers of West
					// Africa (URMWA), led by its President, Name": the
					// body whose delegation it is.
					p.org = d.delegationBodyBefore(ts - 1)
					if p.org == "" && ts > 1 && d.toks[ts-2].lower == "by" {
						// "Peru was represented by its foreign minister, X,"
						p.org = d.representedCountry(ts - 2)
						p.side = p.org != ""
					}
				}
				if by := ledBy(d.toks, ts); p.org == "" && p.accredited == "" && by > 0 {
					// "The delegation was led by the First Vice Minister
					// of ..., Mr X": the delegation's country; not "was
					// received by the Deputy Director General, Ms Y".
					p.org = d.delegationCountry(ts)
					p.side = p.org != ""
				}
				chain, p = foldDashed(chain, p)
				pp := p
				in := intro{start: ts, end: after, nameStart: n, nameEnd: e, rule: "title+apposition", pos: &pp}
				for _, c := range chain {
					// "Deputy Prime Minister and Minister of Foreign
					// Affairs of Peru, Name,": the country is both's.
					d.shareEmployer(&c, p)
					if c.title != "" {
						c.ev.Rule = "title+apposition"
						in.more = append(in.more, c)
					}
				}
				intros = append(intros, in)
				chain = nil
				cover(ts, after)
				continue
			}
		}
		if !former && p.title != "" && len(chain) == 0 && d.appositionOpener(ts) && !d.inOpeningAdjunct(ts) {
			// "the Director General of the Finnish Foreign Ministry's
			// Department for Russia, Eastern Europe and Central Asia,
			// Mikko Hautala-Lindroos.": a complement the title's parse
			// did not read, then the name set off by a comma.
			if c, n, e := d.longComplementName(j, d.g.Titles[m.e.idx].Envoy, j > m.end); e > n {
				p.ev.Rule = "title+long-apposition"
				p.written = d.phrase(m.start, c)
				if p.org == "" && p.accredited == "" {
					// "the Minister of Communication, Digital Technology
					// and Innovations of the Republic of Ghana, Name": the
					// country that ends the complement.
					if g, ok := d.gzOf(c - 1); ok && g.end == c && g.e.kind == entCountry {
						k := g.start - 1
						if k > j && d.toks[k].lower == "the" {
							k--
						}
						if k >= j && d.toks[k].lower == "of" {
							p.org = d.entityID(g.e)
						}
					}
				}
				pp := p
				intros = append(intros, intro{start: ts, end: e, nameStart: n, nameEnd: e, rule: "title+long-apposition", pos: &pp})
				consumed = e
				cover(ts, e)
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
		// "Vladimir Norov, Secretary-General of the SCO,", "Wang, also a
		// member of the Political Bureau ...": the apposition closes at a
		// comma, a full stop or "and"; "X, the Vice President conveyed"
		// is a clause, not an apposition.
		b := appStart
		for n := 0; n < 4 && b > 0 && (d.toks[b-1].lower == "the" || d.toks[b-1].lower == "a" ||
			d.toks[b-1].lower == "an" || d.toks[b-1].lower == "also" || appointmentWords.at(d.toks[b-1].wid) && !d.toks[b-1].upper); n++ {
			b-- // "Name, the newly appointed Ambassador of ..."
		}
		if b >= 3 && d.toks[b-1].lower == "is" && d.toks[b-2].lower == "who" && d.toks[b-3].punct == ',' && !d.g.Titles[m.e.idx].Envoy {
			// "Name, who is also Minister of Trade,": a relative clause
			// gives the post (an envoy's further post is alsoEnvoy's).
			b -= 2
		}
		closed := j >= len(d.toks) || d.toks[j].newlineBefore || nextLine || d.toks[j].lower == "and" || d.toks[j].lower == "who" ||
			d.toks[j].punct == ',' || d.toks[j].punct == '.' || d.toks[j].punct == ';' || d.toks[j].punct == ')' || d.toks[j].punct == ':' ||
			d.toks[j].punct == '(' ||
			// "Name, Ambassador of X to Y, Plenipotentiary Representative
			// of X to the statutory bodies of Z": titles set off by
			// commas are an apposition even if the last one reads on.
			len(appChain) > 0 && d.toks[start-1].punct == ','
		if !closed && j+2 < len(d.toks) && d.toks[j].lower == "at" && d.toks[j+1].allCaps && !d.toks[j+1].newlineBefore &&
			(d.toks[j+2].punct == ',' || d.toks[j+2].punct == '.' || d.toks[j+2].punct == ';' || d.toks[j+2].newlineBefore) {
			closed = true // "Name, Director of Energy at MEIDECC.": the body by its acronym
		}
		if !closed && (d.inPlaceClosing(j) || j+1 < len(d.toks) && d.toks[j].lower == "with" && d.toks[j+1].lower == "residence") {
			closed = true // "Name, Consul General of South Africa in Shanghai.", "... to Bhutan with residence in Dhaka,"
		}
		if !closed && d.atTheBody(j) {
			closed = true // "Name, Director-General for Bilateral Affairs at the Federal Public Service Foreign Affairs;"
		}
		// A list item gives the name, a dash and the title: "Ana Rojas –
		// Ambassador of Chile;".
		listItem := b >= 2 && isDash(d.toks[b-1].punct) && d.lineStartBefore(b-1)
		if b >= 4 && d.toks[b-1].punct == ',' && postNominals.at(d.toks[b-2].wid) && d.toks[b-2].allCaps && d.toks[b-3].punct == ',' {
			b -= 2 // "the Honourable Justin Tkatchenko, MP, Minister for ...": a post-nominal
		}
		if b >= 2 && (d.toks[b-1].punct == ',' || listItem) && closed {
			ns := b - 1
			longest := 4
			if listItem {
				longest = 6 // "Khalid bin Rashid Al Mansouri –"
			}
			// Arabic names carry particles: "Sheikh Abdullah bin Zayed
			// Al Nahyan, Deputy Prime Minister ...;" (a particle counts
			// only between capitalised words, and lengthens the limit).
			for ns > 0 && b-1-ns < longest {
				if ns >= 3 && d.toks[ns-1].punct == '.' && d.toks[ns-2].isWord() && d.toks[ns-2].upper && len(d.toks[ns-2].lower) == 1 &&
					d.toks[ns-3].isWord() && d.toks[ns-3].upper && len(d.toks[ns-3].lower) > 1 && d.gzAt[ns-3] < 0 &&
					!hardStop.at(d.toks[ns-3].wid) && !honorifics.at(d.toks[ns-3].wid) {
					ns -= 2 // "Ramon Vicente D. Ocampo,": a middle initial
					longest = max(longest, 6)
					continue
				}
				if ns >= 3 && d.hyphenSyllable(ns-2, 1) {
					ns -= 2 // "Lee Seung-woo,": a given name's syllable
					continue
				}
				if ns >= 3 && ns == b-1 && d.apostropheJoin(ns-2) {
					ns -= 2 // "Chen Min'er,": an apostrophe inside the last word
					continue
				}
				if ns >= 2 && d.toks[ns-1].isHyphen() && d.toks[ns-1].start == d.toks[ns-2].end && d.toks[ns-1].end == d.toks[ns].start &&
					d.toks[ns-2].isWord() && particles.at(d.toks[ns-2].wid) {
					ns -= 2 // "Mohammed bin Abdulaziz Al-Khulaifi,"
					longest = 7
					continue
				}
				if ns >= 2 && d.toks[ns-1].isHyphen() && d.toks[ns-1].start == d.toks[ns-2].end && d.toks[ns-1].end == d.toks[ns].start &&
					d.toks[ns-2].isWord() && d.toks[ns-2].upper && d.toks[ns].upper && d.gzAt[ns-2] < 0 && !hardStop.at(d.toks[ns-2].wid) {
					ns -= 2 // "Sabine Kröll-Marchetti,": a double surname
					longest = max(longest, 6)
					continue
				}
				t := &d.toks[ns-1]
				if !t.isWord() || d.gzAt[ns-1] >= 0 || hardStop.at(t.wid) || honorifics.at(t.wid) || groupNouns.at(t.wid) ||
					!(t.upper || (particles.at(t.wid) && ns >= 2 && d.toks[ns-2].upper)) {
					break
				}
				if !t.upper {
					longest = 7 // "Mohammed bin Abdulaziz Al-Khulaifi"
				}
				ns--
			}
			initial := ns >= 2 && ns < b-1 && d.toks[ns-1].punct == '.' && d.toks[ns-2].upper &&
				(len(d.toks[ns-2].lower) == 1 || d.toks[ns-2].lower == "ma" || d.toks[ns-2].lower == "md") &&
				(ns < 3 || d.toks[ns-3].punct != '.') // not the "E." of "H.E."
			// "H.D. Kumaraswamy,", "W.A. Dilani Wijesekara,": two
			// initials, not a style (H.E., H.H., H.M., H.R.H.) nor the
			// end of a longer run of them.
			initials := ns >= 4 && ns < b-1 && d.toks[ns-1].punct == '.' && d.toks[ns-3].punct == '.' &&
				d.toks[ns-2].upper && len(d.toks[ns-2].lower) == 1 && d.toks[ns-4].upper && len(d.toks[ns-4].lower) == 1 &&
				!(d.toks[ns-4].lower == "h" && styleSecond.at(d.toks[ns-2].wid)) &&
				!(ns >= 6 && d.toks[ns-5].punct == '.' && len(d.toks[ns-6].lower) == 1)
			if initials {
				ns -= 4
				initial = true
			} else if initial {
				ns -= 2 // a leading initial or "Ma." (Maria): "Ma. Theresa Lazaro,"
			}
			styled := false
			for k := max(0, ns-4); k < ns; k++ {
				// "Dato' Seri Utama Haji Mohamad bin Haji Hasan, Minister
				// ...": a style of address that the walk back entered.
				if a := d.addressAt(k); d.styleAt(k) > k && a > ns && a < b-1 {
					ns = k
					break
				}
			}
			if a := d.addressAt(ns); a > ns && a < b-1 {
				ns, styled = a, true // "Datuk Seri Anwar Ibrahim, Prime Minister of Malaysia,"
			}
			// "Ambassador Hossam Zaki, Assistant Secretary-General ...,":
			// the diplomatic rank before the name is a style, and the post
			// follows.
			ranked := !styled && ns > 0 && d.toks[ns-1].lower == "ambassador" && d.toks[ns-1].upper && d.isTitleStart(ns-1)
			inside := !styled && !ranked && ns > 0 && !d.toks[ns].newlineBefore && d.toks[ns-1].isWord() && (particles.at(d.toks[ns-1].wid) || d.toks[ns-1].upper) &&
				!honorifics.at(d.toks[ns-1].wid) && d.toks[ns-1].lower != "excellency" && !d.placeAfterPreposition(ns)
			// After a style of address the name may be written with
			// its surname in capitals: "Mr. NAKAMURA Ryo, Director-General
			// of ...".
			cue := initial || styled || ns > 0 && (honorifics.at(d.toks[ns-1].wid) || d.toks[ns-1].lower == "excellency" ||
				(ns >= 2 && d.toks[ns-1].punct == '.' && honorifics.at(d.toks[ns-2].wid)))
			if ns < b-1 && !inside && d.nameAt(ns, cue) == b-1 && !d.creditWordsOnly(ns, b-1) {
				p.ev.Rule = "name+apposition"
				if p.org == "" && p.accredited == "" {
					p.org = d.delegationCountry(ns) // "The Kenyan delegation included Name, Title"
					p.side = p.org != ""
				}
				country := "" // the country of the titles before a house's
				if p.org == "" && p.accredited == "" {
					// "Name, Deputy Director General for Asia, Ministry of
					// Foreign Affairs of the Republic of Türkiye;": the
					// ministry after the title is the country's.
					if mo, ok := d.ministryAfter(j); ok && mo.country >= 0 {
						p.org = d.g.countryID(mo.country)
					} else if c := d.countrySegmentAfter(j); c >= 0 {
						// "Name, Director, Ministry of Foreign Affairs,
						// Indonesia;": a list item ends on the country.
						p.org = d.g.countryID(c)
					} else if c := d.representsAfter(j); c != "" {
						// "Name, Minister of Trade, represented the
						// Republic of Uzbekistan": the country represented.
						p.org = c
					}
				} else if p.house {
					// "Name, President of Zanzibar and Chairman of the
					// Revolutionary Council, United Republic of Tanzania.":
					// the house keeps its officer; the country is the
					// other titles'.
					if c := d.countrySegmentAfter(j); c >= 0 {
						country = d.g.countryID(c)
					}
				}
				appChain, p = foldDashed(appChain, p)
				if p.org == "" && p.accredited != "" {
					// "Name, Ambassador of The Gambia to the Kingdom of
					// Saudi Arabia and Permanent Representative to the
					// OIC": the envoy's second post is the same country's.
					for _, c := range appChain {
						if _, isCountry := d.g.countryByID[c.org]; isCountry && c.accredited != "" {
							p.org = c.org
							break
						}
					}
				}
				in := intro{start: ns, end: b - 1, nameStart: ns, nameEnd: b - 1, rule: "name+apposition"}
				if p.title != "" {
					pp := p
					in.pos = &pp
				}
				for _, c := range appChain {
					// "Name, Deputy Prime Minister and Minister of
					// Foreign Affairs of Jordan": the country is both's.
					d.shareEmployer(&c, p)
					if c.org == "" && c.accredited == "" {
						c.org = country
					}
					if c.title != "" {
						c.ev.Rule = "name+apposition"
						in.more = append(in.more, c)
					}
				}
				intros = append(intros, in)
				cover(ns, j)
				continue
			}
		}
		// A title used as a reference needs a determiner or a qualifier.
		visiting := start > 1 && d.toks[start-1].lower == "visiting" && d.toks[start-2].lower == "the"
		if visiting {
			start-- // "received the visiting deputy minister"
		}
		// "Te Beretitenti said": Kiribati's title of its President
		// carries its own article.
		if p.org != "" || (start > 0 && d.toks[start-1].lower == "the") || d.toks[m.start].lower == "te" && m.end > m.start+1 {
			title := d.g.Titles[m.e.idx].Name
			if f := strings.Fields(strings.ToLower(p.base)); len(f) > 1 && rankWords.of(f[0]) && strings.HasSuffix(p.base, " "+title) {
				title = p.base // "the Deputy Minister" is no minister
			} else if r, ok := strings.CutSuffix(p.base, "-"+title); ok && rankWords.of(strings.ToLower(r)) {
				title = p.base // nor is "the Vice-Minister"
			}
			d.titleRefs = append(d.titleRefs, titleRef{start: start, end: j, title: title,
				written: d.phrase(m.start, m.end), qualifier: p.org, visiting: visiting})
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
		// "Senators Teresa Leitão and Esperidião Amin": a plural title
		// before a list of names gives each of them the title.
		if title, ok := pluralTitles[t.lower]; ok && t.upper && !t.allCaps {
			if e := d.pluralTitleNames(i, title, "", &intros); e > i {
				cover(i, e)
				i = e - 1
				continue
			}
		}
		// "Paraguayan senators Óscar Benítez Florentín and Rocío Gaona
		// Villalba": in lower case after the country that qualifies it.
		if title, ok := pluralTitles[t.lower]; ok && !t.upper {
			if g, ok := d.gzOf(i - 1); ok && g.end == i && g.e.kind == entCountry && !d.listOrFormerBefore(g.start) {
				if e := d.pluralTitleNames(i, title, d.entityID(g.e), &intros); e > i {
					cover(i, e)
					i = e - 1
					continue
				}
			}
		}
		// A byline: "By Name and Name" on a line of its own, "(Reporting
		// by Name; Editing by Name)".
		// A credit line: "Media contact: Name, Press Secretary",
		// "Edition: Name".
		if k := d.creditLineAt(i); k > i {
			if e := d.bylineNames(k, &intros); e > k {
				cover(i, e)
				i = e - 1
				continue
			}
		}
		if k := d.contributorLineAt(i); k > i {
			if e := d.bylineNames(k, &intros); e > k {
				cover(i, e)
				i = e - 1
				continue
			}
		}
		if n, e := d.nameLineAt(i); e > i {
			// A name alone on its line: a release's signature, with
			// the title on the next line ("Bayo Onanuga / Special
			// Adviser to the President"), its contact, or its writer
			// with the place in capitals ("Meera Krishnaswamy / NEW
			// DELHI").
			in := intro{start: i, end: e, nameStart: n, nameEnd: e, rule: "signature"}
			if g, ok := d.titleLineAt(e); ok {
				if p, _, j := d.parseTitle(g); j >= len(d.toks) || d.toks[j].newlineBefore {
					p.ev = d.ev(d.toks[e].sent, "signature")
					in.pos = ptr(p)
				}
			}
			intros = append(intros, in)
			cover(i, e)
			i = e - 1
			continue
		}
		if t.lower == "by" && d.bylineAt(i) {
			n := i + 1
			if n < len(d.toks) && d.toks[n].punct == ':' {
				n++ // "Written by: Name"
			}
			if e := d.bylineNames(n, &intros); e > n {
				cover(i, e)
				i = e - 1
				continue
			}
		}
		// "Philippine diplomat Teresita Alcaraz-Bautista", "Russian
		// analyst Ivan Petrov": a describer after a demonym, then a name
		// of two words or more (no post: the describer is none).
		if !t.upper && describerNouns.at(t.wid) && t.lower != "official" && i > 0 && i+1 < len(d.toks) && !covered[i+1] &&
			d.countryAdjectiveAt(i-1) != "" {
			if e := d.nameAt(i+1, true); e > i+1 && d.wordsIn(i+1, e) >= 2 {
				intros = append(intros, intro{start: i - 1, end: e, nameStart: i + 1, nameEnd: e, rule: "describer+name"})
				cover(i-1, e)
				i = e - 1
				continue
			}
		}
		// A peer's name is his title: "Lord Collins of Highbury",
		// "Baroness Chapman of Darlington" ("Lord Collins" later).
		if e := d.peerageEnd(i); e > i && !covered[i+1] {
			intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "peerage"})
			cover(i, e)
			i = e - 1
			continue
		}
		// Honorific or style + name: "Mr Wang", "Dato’ Zainal Abidin".
		if (honorifics.at(t.wid) && t.upper) || d.styleAt(i) > i || d.princeStyleAt(i) > i {
			j := d.addressAt(i)
			if e := d.nameAt(j, true); e > j {
				intros = append(intros, intro{start: i, end: e, nameStart: j, nameEnd: e, rule: "honorific+name"})
				cover(i, e)
				i = e - 1
				continue
			}
		}
		// "his wife, Peng Liyuan", "with his wife Susan".
		if kinWords.at(t.wid) && i > 0 && (d.toks[i-1].lower == "his" || d.toks[i-1].lower == "her") {
			j := i + 1
			if j < len(d.toks) && d.toks[j].punct == ',' {
				j++
			}
			if j < len(d.toks) && !covered[j] && d.toks[j].upper {
				if e := d.nameAt(j, false); e > j && (e >= len(d.toks) || !d.toks[e].isWord() || !d.toks[e].upper) {
					intros = append(intros, intro{start: j, end: e, nameStart: j, nameEnd: e, rule: "kin+name"})
					cover(j, e)
					i = e - 1
					continue
				}
			}
		}
		// "H.E." and "His/Her Excellency" + name.
		// "HE" without stops is the same style (Gulf agencies).
		if (t.lower == "h" && i+3 < len(d.toks) && d.toks[i+1].punct == '.' && d.toks[i+2].lower == "e" && d.toks[i+3].punct == '.') ||
			((t.lower == "his" || t.lower == "her") && i+1 < len(d.toks) && (d.toks[i+1].lower == "excellency" || d.toks[i+1].lower == "majesty" || churchStyles.at(d.toks[i+1].wid) && d.toks[i+1].upper)) ||
			d.heAt(i) {
			// "H.E. Ms. Carolina Valdés Ibarra", "His Majesty Sultan Haji ..."
			j := d.addressAt(i)
			if i+1 < len(d.toks) && d.toks[i+1].lower == "majesty" {
				j = d.addressAt(i + 2)
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
		// "his Kazakh counterpart Murat Nurtleu": the subject's title,
		// for the country named; the title is given once subjects are
		// known (counterpartPositions).
		if t.lower == "counterpart" && i > 0 && i+1 < len(d.toks) && !covered[i+1] {
			// "his Uzbek counterpart Name" or, set off by commas, "his
			// Uzbek counterpart, Name,".
			n := i + 1
			if d.toks[n].punct == ',' && n+1 < len(d.toks) {
				n++
			}
			named := n // "his Ghanaian counterpart, Hon. Name": the name after its honorifics
			if a := d.addressAt(n); a < len(d.toks) {
				named = a
			}
			// "his counterpart from the Democratic Republic of the Congo,
			// Her Excellency Name, Minister of ...": the country after.
			f := i + 1
			if d.toks[f].lower == "from" && f+1 < len(d.toks) {
				f++
				if d.toks[f].lower == "the" {
					f++
				}
				if g, ok := d.gzOf(f); ok && g.start == f && g.e.kind == entCountry && g.end+1 < len(d.toks) && d.toks[g.end].punct == ',' {
					n := d.addressAt(g.end + 1)
					if e := d.nameAt(n, true); e > n && d.wordsIn(n, e) >= 2 && (e >= len(d.toks) || d.toks[e].punct == ',' || d.toks[e].punct == '.') {
						intros = append(intros, intro{start: n, end: e, nameStart: n, nameEnd: e, rule: "counterpart+name"})
						d.counterparts = append(d.counterparts, counterpart{nameStart: n, country: d.entityID(g.e), sent: t.sent, from: true})
						cover(n, e)
						i = e - 1
						continue
					}
				}
			}
			if g, ok := d.gzOf(i - 1); ok && g.end == i && g.e.kind == entCountry {
				// One word is a name too: "his Indonesian counterpart
				// Sugiono".
				if e := d.nameAt(named, true); e > named && (d.wordsIn(named, e) >= 2 || e == named+1) &&
					(n == i+1 || e >= len(d.toks) || d.toks[e].punct == ',' || d.toks[e].punct == '.') {
					intros = append(intros, intro{start: n, end: e, nameStart: named, nameEnd: e, rule: "counterpart+name"})
					d.counterparts = append(d.counterparts, counterpart{nameStart: n, country: d.entityID(g.e), sent: t.sent})
					cover(n, e)
					i = e - 1
					continue
				}
			}
		}
		// "accompanied by Thomas Gerber-Rüegg, Ambassador of ...": a
		// participle of leading, chairing or accompanying puts a name
		// after "by", which the title set off after it shows to be a
		// person's ("led by Honour Guard, ..." is none); "..., and by
		// Ingrid Solheim Aas, Minister Counsellor": the list goes on.
		if t.lower == "by" && i > 0 && (byPersonParticiples.at(d.toks[i-1].wid) || d.toks[i-1].lower == "and" && i > 1 && d.toks[i-2].punct == ',') &&
			i+1 < len(d.toks) && !covered[i+1] && d.addressAt(i+1) == i+1 { // a styled name is the apposition's
			e := d.nameAt(i+1, false)
			if e-(i+1) >= 2 && d.wordsIn(i+1, e) >= 2 && !orgHeads.at(d.toks[e-1].wid) && (e+2 < len(d.toks) && d.toks[e].punct == ',' &&
				(d.isTitleStart(e+1) || d.toks[e+1].lower == "the" && d.isTitleStart(e+2)) ||
				// "..., chaired by Gundega Liepkalne.": the sentence ends
				// on the name, after a participle of one holder ("attended
				// by Traditional Rulers." names a group).
				soleByParticiples.at(d.toks[i-1].wid) && e < len(d.toks) && d.toks[e].punct == '.' && d.sentEndAt(e)) {
				intros = append(intros, intro{start: i + 1, end: e, nameStart: i + 1, nameEnd: e, rule: "led-by+name"})
				cover(i+1, e)
				i = e - 1
				continue
			}
		}
		// Speech verb + name at the end of a clause: '..., said Melissa
		// Ortiz, a fellow at ...'.
		if speechVerbs.at(t.wid) && !t.upper && i+1 < len(d.toks) && !covered[i+1] {
			a := d.describedBefore(i + 1) // "said Harare-based economist X"
			n := d.addressAt(a)           // "said Hajjat Sarah Namutebi-Kizito"
			e := d.nameAt(n, false)
			if e-n >= 2 && d.wordsIn(n, e) >= 2 && (e >= len(d.toks) || d.toks[e].punct == ',' || d.toks[e].punct == '.' || d.toks[e].newlineBefore) {
				intros = append(intros, intro{start: a, end: e, nameStart: n, nameEnd: e, rule: "verb+name"})
				cover(n, e)
				i = e - 1
				continue
			}
		}
		// "co-led by ... and Margaret L. Whitcomb": a middle initial
		// makes a person's name of the words around it, with no cue.
		if t.upper && !t.allCaps && len(t.lower) >= 2 && !covered[i] && d.gzAt[i] < 0 && !hardStop.at(t.wid) && d.middleInitialAt(i+1) &&
			i+3 < len(d.toks) && d.toks[i+3].sent == t.sent && (i == 0 || !determiners.at(d.toks[i-1].wid)) &&
			(i == 0 || !d.toks[i-1].isWord() || !d.toks[i-1].upper || covered[i-1] || isPortfolioWord(d.toks[i-1].lower)) {
			// (Not "the Harry S. Truman Scholarship", nor "Schedule B.
			// Lawmakers": a name after an article, an initial that ends
			// its sentence.)
			// (Or after a title's portfolio: "Senior Bureau Official for
			// South and Central Asian Affairs Margaret L. Whitcomb".)
			if e := d.nameAt(i, false); e >= i+4 && d.toks[e-1].isWord() && len(d.toks[e-1].lower) >= 2 && !orgHeads.at(d.toks[e-1].wid) && !eponymHeads.at(d.toks[e-1].wid) &&
				(e >= len(d.toks) || !d.toks[e].isWord() || !d.toks[e].upper) {
				intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "initial-name"})
				cover(i, e)
				i = e - 1
				continue
			}
		}
		// A list item: "Taking part in the meeting were:" then "Liisa
		// Väänänen-Koski, Senior Arctic Official of Finland" on a line of
		// its own.
		if d.itemLineStart(i) >= 0 { // only a line's start: the test is costly
			if e, p, ok := d.listItemAt(i); ok {
				in := intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "list-item"}
				if p.title != "" {
					in.pos = ptr(p)
				}
				intros = append(intros, in)
				cover(i, e)
				i = e - 1
				continue
			}
		}
		// Capitalised name + speech or meeting verb ("Andrei Denisov noted").
		if t.upper && (i == 0 || !d.toks[i-1].isWord() || !d.toks[i-1].upper || covered[i-1]) {
			e := d.nameAt(i, false)
			if e-i >= 2 && e < len(d.toks) && !covered[e-1] && d.wordsIn(i, e) >= 2 && d.styleAt(i) < e {
				// "from Ana Castañeda, who has been appointed Ambassador of
				// the Republic of Guatemala to the Russian Federation".
				if p, ok := d.appointedAfter(e); ok {
					intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "name+appointed", pos: ptr(p)})
					cover(i, e)
					i = e - 1
					continue
				}
				// "Maciej Zaborowski-Lis, an analyst at the Polish Institute
				// of International Affairs (PISM), told PAP": a job at a
				// body the document names.
				if p, ok := d.jobAfter(e); ok {
					if p.org == "" {
						// "and Luxembourg by X, political director of
						// the Ministry of ...".
						p.org = d.delegationCountry(i)
						p.side = p.org != ""
					}
					intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "name+job", pos: ptr(p)})
					cover(i, e)
					i = e - 1
					continue
				}
				// "Samdech Thipadei welcomed": a style alone is no name.
				// Not "the Atlantic African States Process": a verb is
				// written in lower case.
				v := d.toks[e].lower
				if (speechVerbs.of(v) || meetVerbs.of(v)) && !d.toks[e].upper || d.descriptionThenSpeech(e) {
					intros = append(intros, intro{start: i, end: e, nameStart: i, nameEnd: e, rule: "name+verb"})
					cover(i, e)
					i = e - 1
				}
			}
		}
	}
	// "said Tomás Vilanculo Macamo, a researcher at the Institute ...",
	// "Dr. Wanjiru Kamau-Otieno, a senior lecturer in economics at ...":
	// a name found otherwise, with its job after it.
	for k := range intros {
		if in := &intros[k]; in.pos == nil && (in.rule == "verb+name" || in.rule == "honorific+name") {
			if p, ok := d.jobAfter(in.end); ok {
				in.pos = ptr(p)
			}
		} else if in.rule == "title+name" && in.pos != nil {
			// "Federal Councillor Ignazio Cassis, head of the Federal
			// Department of Foreign Affairs (FDFA), received ...": a
			// second post after the name.
			if p, ok := d.jobAfter(in.end); ok {
				in.more, in.pos = append(in.more, *in.pos), ptr(p) // the title stays first
			}
		}
		// "the credentials of HE Mpho Tšepo Mokhehle as non-resident
		// Ambassador of the Kingdom of Lesotho to the State of Qatar".
		if in := &intros[k]; in.pos == nil {
			if p, ok := d.asTitleAfter(in.end); ok {
				in.pos = ptr(p)
			}
		}
	}
	// "Hikmet Hajiyev, foreign policy adviser to the Azerbaijani
	// president, told Reuters": the president of a job's description is
	// no mention of his own.
	if len(d.jobSpans) > 0 {
		slices.SortFunc(d.jobSpans, func(a, b span) int { return a.start - b.start })
		refs := d.titleRefs[:0]
		for _, tr := range d.titleRefs {
			// The last job opening at or before the reference.
			k, _ := slices.BinarySearchFunc(d.jobSpans, tr.start+1, func(sp span, t int) int { return sp.start - t })
			if k == 0 || tr.start >= d.jobSpans[k-1].end {
				refs = append(refs, tr)
			}
		}
		d.titleRefs = refs
	}
	// "the ministry's Director General for Myanmar affairs, Nazmul Haque
	// Bhuiyan, were also present", "the Director General for Bilateral
	// Relations of the Icelandic ministry, Bergþór Hauksson.": a name set
	// off by a comma after a phrase that holds a title, which the title's
	// own readings did not close.
	named := make([]bool, len(d.toks)) // the tokens of the names found
	for _, in := range intros {
		for j := in.nameStart; j < in.nameEnd; j++ {
			named[j] = true
		}
	}
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].punct != ',' || covered[k+1] || !d.toks[k+1].upper || d.gzAt[k+1] >= 0 || d.inQuote(k) {
			continue
		}
		n, e := k+1, d.nameAt(k+1, true)
		if d.wordsIn(n, e) < 2 || e >= len(d.toks) || covered[e-1] || !d.closesApposition(e) || !d.titledPhraseBefore(k, named) {
			continue
		}
		if last := d.toks[e-1].lower; isPortfolioWord(last) || regionWords.of(last) || domainEnds.of(last) || last == "county" {
			continue // "for Russia, Climate Finance, and", "in Houston, Harris County, and": no name
		}
		if w := d.toks[k-1]; !w.upper && (regionWords.at(w.wid) || placeNouns.at(w.wid)) {
			continue // "the Governor of the eastern state, Nuevo León,": the place's name
		}
		if d.placeBeforeComma(k) {
			continue // "in Kutaisi, Lower Svaneti,": a place's region
		}
		intros = append(intros, intro{start: n, end: e, nameStart: n, nameEnd: e, rule: "phrase+apposition"})
		cover(n, e)
	}
	intros = append(intros, d.pluralTitleLists()...)
	sortIntros(intros)
	d.makePersons(intros)
}

// pluralHeads are the plural title words a list of holders follows, with
// their singular: "the Plenipotentiary Representatives of the Republic of
// Belarus, Dmitry Kovalenok, of the Kyrgyz Republic, Tilek Abdrakhmanov,
// and of ...".
var pluralHeads = map[string]string{"representatives": "Representative", "ministers": "Minister", "ambassadors": "Ambassador",
	"envoys": "Envoy", "coordinators": "Coordinator", "secretaries": "Secretary", "presidents": "President", "speakers": "Speaker"}

// pluralHeadWords are pluralHeads' words, to test a token by its index
// rather than look every token up in the map.
var pluralHeadWords = wordSet(strings.Join(slices.Collect(maps.Keys(pluralHeads)), " "))

// pluralTitleLists reads the holders of a plural title listed country by
// country, "the Foreign Ministers of A, Name, of B, Name and of C, Name":
// each name holds the title, singular, for its country. Two pairs at
// least.
func (d *docState) pluralTitleLists() []intro {
	var out []intro
	for i := 1; i+6 < len(d.toks); i++ {
		if !pluralHeadWords.at(d.toks[i].wid) || !d.toks[i].upper || d.toks[i+1].lower != "of" || d.inQuote(i) {
			continue
		}
		single := pluralHeads[d.toks[i].lower]
		a := i
		for a > 0 && i-a < 3 && d.toks[a-1].isWord() && d.toks[a-1].upper && d.toks[a-1].sent == d.toks[i].sent {
			a--
		}
		title := single
		if a < i {
			title = d.phrase(a, i) + " " + single
		}
		type pair struct{ country, n, e int }
		var pairs []pair
		k := i + 1
		for len(pairs) < 12 && k+3 < len(d.toks) && d.toks[k].lower == "of" {
			c := k + 1
			if d.toks[c].lower == "the" {
				c++
			}
			g, ok := d.gzOf(c)
			if !ok || g.start != c || g.e.kind != entCountry || g.end+1 >= len(d.toks) || d.toks[g.end].punct != ',' {
				break
			}
			n := d.addressAt(g.end + 1)
			e := d.nameAt(n, true)
			if e <= n || d.wordsIn(n, e) < 2 || e >= len(d.toks) {
				break
			}
			pairs = append(pairs, pair{g.e.idx, n, e})
			k = e
			if d.toks[k].punct == ',' {
				k++
			}
			if d.toks[k].lower == "and" {
				k++
			}
		}
		if len(pairs) < 2 {
			continue
		}
		for _, pr := range pairs {
			pos := position{title: title, base: title, head: title, written: title, org: d.g.countryID(pr.country),
				ev: d.ev(d.toks[pr.n].sent, "plural-title-list")}
			out = append(out, intro{start: pr.n, end: pr.e, nameStart: pr.n, nameEnd: pr.e, rule: "plural-title-list", pos: &pos})
		}
		i = k
	}
	return out
}

// placeNouns name a kind of place, whose name an apposition gives.
var placeNouns = wordSet(`state capital country nation island islands territory republic town village emirate kingdom canton governorate`)

// placeBeforeComma reports whether the comma at token k follows a place:
// "in Kutaisi", "at Al Husseiniya Palace", or a city the gazetteer knows.
func (d *docState) placeBeforeComma(k int) bool {
	if g, ok := d.gzOf(k - 1); ok && g.end == k && (g.e.kind == entCity || g.e.kind == entCapital) {
		// Not "the Honorary Consul in Mombasa, Ahmed Salim,": the city
		// of a post is its seat, and the name its holder's.
		return !d.titleSeatAt(g.start - 1)
	}
	j := k - 1
	for j > 0 && d.toks[j].isWord() && d.toks[j].upper && d.gzAt[j] < 0 {
		j--
	}
	return j < k-1 && (d.toks[j].lower == "in" || d.toks[j].lower == "at" || d.toks[j].lower == "near") && !d.titleSeatAt(j)
}

// titleSeatAt reports whether token j, "in" or "at", follows a title: "the
// Consul in", "the Ambassador at".
func (d *docState) titleSeatAt(j int) bool {
	if j < 1 || (d.toks[j].lower != "in" && d.toks[j].lower != "at") {
		return false
	}
	g, ok := d.gzOf(j - 1)
	return ok && g.end == j && g.e.kind == entTitle
}

// closesApposition reports whether token e ends a name set off as an
// apposition: a comma, a full stop, a semicolon, or "and", "were", "was".
func (d *docState) closesApposition(e int) bool {
	t := &d.toks[e]
	if t.lower == "and" {
		// Not "for Mining, Blue Economy and Maritime Affairs": a list of
		// portfolios goes on with a capitalised word.
		return e+1 < len(d.toks) && (!d.toks[e+1].upper || d.toks[e+1].lower == "the")
	}
	return t.punct == ',' || t.punct == '.' || t.punct == ';' || t.lower == "were" || t.lower == "was"
}

// titledPhraseBefore reports whether the phrase before the comma at token
// k, back to the previous mark of its sentence, holds a title and no name:
// "the head of the minister's cabinet".
func (d *docState) titledPhraseBefore(k int, named []bool) bool {
	s := d.sents[d.toks[k].sent]
	title := false
	for j := k - 1; j >= s.tokStart && j >= k-14; j-- {
		t := &d.toks[j]
		g, ok := d.gzOf(j)
		if named[j] || t.punct == ',' || t.punct == ';' || t.punct == ':' || t.punct == '(' || t.punct == ')' ||
			isQuoteMark(t.punct) || speechVerbs.at(t.wid) && !t.upper {
			break // a name, or another clause
		}
		if t.isWord() && !t.upper && !phraseLinks.at(t.wid) && j+1 < k && determiners.at(d.toks[j+1].wid) {
			break // "laid a wreath at the Tomb ...": a verb and its object, no title's phrase
		}
		if ok && g.e.kind == entTitle && !(g.end+1 < k && d.toks[g.end].punct == '\'' && d.toks[g.end+1].lower == "s") {
			title = true // not "the Ambassador's residence": a title that owns the phrase's head
		}
	}
	return title && d.toks[k-1].isWord()
}

// phraseLinks join the words of a titled phrase: "the Director General for
// Bilateral Relations of the Icelandic ministry".
var phraseLinks = wordSet(`of for from to in at on and with by`)

// determiners open a noun phrase.
var determiners = wordSet(`a an the its his her their`)

// counterpartFromBefore returns the ID of the country of "counterpart from
// [the] <country>," or "<demonym> counterpart," that ends just before
// token ts, or "".
func (d *docState) counterpartFromBefore(ts int) string {
	k := ts - 1
	if k < 2 || d.toks[k].punct != ',' {
		return ""
	}
	g, ok := d.gzOf(k - 1)
	if ok && g.end == k && g.e.kind == entCountry {
		b := g.start
		if b > 0 && d.toks[b-1].lower == "the" {
			b--
		}
		if b >= 2 && d.toks[b-1].lower == "from" && d.toks[b-2].lower == "counterpart" {
			return d.entityID(g.e)
		}
		return ""
	}
	if d.toks[k-1].lower == "counterpart" {
		if g, ok := d.gzOf(k - 2); ok && g.end == k-1 && g.e.kind == entCountry {
			return d.entityID(g.e)
		}
	}
	return ""
}

// countrySegmentAfter returns the country that is a whole segment of the
// rest of an apposition, between the comma at token j and the end of its
// list item or sentence: "Name, Director for Asia, Ministry of Foreign
// Affairs, Indonesia;", or -1. The segments before it are capitalised
// names of units and bodies.
func (d *docState) countrySegmentAfter(j int) int {
	if j < len(d.toks) && d.toks[j].punct == '(' {
		if c := d.closingParen(j); c > 0 {
			j = c + 1 // "Additional Secretary (Indo-Pacific), Ministry ..."
		}
	}
	if j >= len(d.toks) || d.toks[j].punct != ',' {
		return -1
	}
	for k := j + 1; k < len(d.toks) && k-j < 30; {
		if k > j+1 && d.toks[k].newlineBefore {
			return -1
		}
		if g, ok := d.gzOf(k); ok && g.e.kind == entCountry && d.toks[k-1].punct == ',' && g.end <= len(d.toks) &&
			(g.end == len(d.toks) || d.toks[g.end].newlineBefore || d.toks[g.end].punct == ',' || d.toks[g.end].punct == ';' || d.toks[g.end].punct == '.') {
			return g.e.idx
		} else if ok && g.e.kind == entOrg && g.start == k && d.g.international(g.e.idx) {
			// "Name, Resident Representative, UNDP, Peru;": the post is
			// the international body's, in that country.
			return -1
		}
		t := &d.toks[k]
		if !(t.punct == ',' || t.punct == '(' || t.punct == ')' || t.isHyphen() ||
			t.isWord() && (t.upper || t.lower == "of" || t.lower == "and" || t.lower == "for" || t.lower == "the" || t.lower == "on")) {
			return -1
		}
		k++
	}
	return -1
}

// complementPreps go on a lower-case title's complement: "head of the
// Americas department of the Ministry", "director for Asia at the Ministry".
var complementPreps = wordSet(`of for at in`)

// lowerComplementEnd returns the comma that closes a complement ("of the
// regional tourism department") read at token j after the title hit m
// when the title is written in lower case, or j: words only, ten at most,
// none of them a verb of meeting or speech.
func (d *docState) lowerComplementEnd(m gzMatch, j int) int {
	if d.toks[m.start].upper || j >= len(d.toks) {
		return j
	}
	// A preposition opens or goes on with the complement; after a
	// complement already read ("head of the Americas"), so does a body's
	// head word ("department of the Ministry ...", "embassy in Tehran"),
	// and a verb does not ("spokesperson of the Foreign Ministry briefed
	// reporters").
	if w := d.toks[j].lower; !complementPreps.of(w) && (j == m.end || !orgHeads.of(w) && w != "embassy" && w != "consulate") {
		return j
	}
	for k := j + 1; k < len(d.toks) && k-j <= 10; k++ {
		t := &d.toks[k]
		if t.punct == ',' || t.punct == '.' || t.punct == ';' {
			// "Name, head of the Americas department of the Ministry
			// of Foreign Affairs." ends its sentence; "minister of
			// investment, industry and trade," lists its portfolios.
			if k > j+1 {
				if d.toks[j].lower == "of" {
					if e := d.listedPortfoliosCase(k, false, true); e > k {
						return e
					}
				}
				return k
			}
			return j
		}
		if t.newlineBefore || !(t.isWord() || t.isHyphen()) || speechVerbs.at(t.wid) || meetVerbs.at(t.wid) || d.kpAt[k] >= 0 ||
			t.lower == "and" && d.isTitleStart(k+1) {
			return j // "... vice-president for engineering and chairman of GML": a second post
		}
	}
	return j
}

// rankStyleAt returns where the name starts when token k is the rank
// "Ambassador" written as a style before a name ("Secretary General
// Ambassador Pornchai Danvivathana"), or k.
func (d *docState) rankStyleAt(k int) int {
	g, ok := d.gzOf(k)
	if !ok || g.start != k || g.end != k+1 || g.e.kind != entTitle || d.g.Titles[g.e.idx].Name != "Ambassador" || !d.toks[k].upper {
		return k
	}
	if n := d.addressAt(k + 1); d.nameAt(n, true) > n {
		return n
	}
	return k
}

// placeAfterPreposition reports whether a city or country named after "in",
// "at" or "from", or a body after "at the" ("received at the SCO
// Secretariat Name"), ends right before token i: "received in Cairo Saïd
// Mzé Abdallah, Minister of ..." names a person after the place.
func (d *docState) placeAfterPreposition(i int) bool {
	if i < 2 || d.gzAt[i-1] < 0 {
		return false
	}
	g := d.gz[d.gzAt[i-1]]
	if g.end != i || g.start < 1 {
		return false
	}
	w := d.toks[g.start-1].lower
	if g.e.kind == entOrg && w == "the" && g.start >= 2 {
		// "received at the SCO Secretariat Nikolai Podguzov, Chairman
		// of ...": the body where, then the name.
		w = d.toks[g.start-2].lower
	} else if g.e.kind != entCapital && g.e.kind != entCity && g.e.kind != entCountry {
		return false
	}
	return w == "in" || w == "at" || w == "from"
}

// appositionOpener reports whether a title starting at token ts may be
// followed by its holder's name between commas: after "the" ("the
// Secretary-General of ASEAN, Dr. Kao Kim Hourn,"), after a possessive
// qualifier ("Jordan's Minister of Planning, Zeina Toukan,"), at the start
// of a sentence or after its dateline ("Deputy Minister of Foreign Affairs
// of Uzbekistan, Gulnora Rakhimbekova, co-chaired"), or after ", and" in a
// list of such appositions.
// descriptionThenSpeech reports whether an apposition that describes a
// person without a title follows token e, then a speech verb:
// "Saltanat Mukhametova, a 24-year-old Kazakh graduate student who
// attended the lecture, said".
func (d *docState) descriptionThenSpeech(e int) bool {
	if e+3 < len(d.toks) && d.toks[e].punct == ',' && isDigitWord(d.toks[e+1].lower) && len(d.toks[e+1].lower) <= 3 && d.toks[e+2].punct == ',' {
		// "Marie-Thérèse Labrosse, 68, told SNA", "X, 68, a retired
		// teacher, said": the age.
		if speechVerbs.at(d.toks[e+3].wid) && !d.toks[e+3].upper {
			return true
		}
		e += 2
	}
	if e+2 >= len(d.toks) || d.toks[e].punct != ',' || (d.toks[e+1].lower != "a" && d.toks[e+1].lower != "an") {
		return false
	}
	for k := e + 2; k < len(d.toks) && k-e <= 24; k++ {
		t := &d.toks[k]
		if t.newlineBefore || t.punct == '.' || t.punct == ';' || t.punct == '"' || t.punct == '(' {
			return false
		}
		if t.punct == ',' {
			return k+1 < len(d.toks) && speechVerbs.at(d.toks[k+1].wid) && !d.toks[k+1].upper && !bodyNouns.of(d.describedHead(e+2, k))
		}
	}
	return false
}

// describedHead returns the head noun of a description in tokens [i, end):
// the last word before a relative pronoun or a preposition ("a Danish
// shipping company that ..." -> "company", "an analyst at a think tank"
// -> "analyst").
func (d *docState) describedHead(i, end int) string {
	head := ""
	for k := i; k < end; k++ {
		w := d.toks[k].lower
		if descriptionBreaks.of(w) {
			break
		}
		if d.toks[k].isWord() {
			head = w
		}
	}
	return head
}

// descriptionBreaks end the head of a description.
var descriptionBreaks = wordSet(`who whom whose that which in of for at from with on to by since`)

// bodyNouns head a description of a body or a place, not of a person:
// "Maersk Line, a Danish shipping company, said".
var bodyNouns = wordSet(`company companies firm bank lender group watchdog carrier airline agency organisation organization ngo
body institute institution tank party country nation state city town region province union alliance association coalition
corporation conglomerate provider manufacturer fund network outlet newspaper broadcaster channel centre center hub park
platform project programme program initiative ministry department council committee forum port giant subsidiary unit startup
consortium federation chamber foundation charity movement league club university college school hospital insurer utility
railway railroad website portal magazine`)

// describedBefore skips, from token i after a speech verb, the words that
// describe the speaker before the name: "said Harare-based economist X",
// "said analyst X". It returns where the name would start, or i.
func (d *docState) describedBefore(i int) int {
	j := i
	for n := 0; n < 4 && j+1 < len(d.toks); n++ {
		t := &d.toks[j]
		switch {
		case t.isWord() && t.upper && d.toks[j+1].isHyphen() && j+2 < len(d.toks) && d.toks[j+2].lower == "based":
			j += 3 // "Harare-based"
		case t.isWord() && !t.upper && describerNouns.at(t.wid):
			return j + 1
		default:
			return i
		}
	}
	return i
}

// describerNouns describe a speaker quoted by name: "said economist X".
var describerNouns = wordSet(`economist analyst researcher professor lecturer expert scholar commentator diplomat official
spokesperson spokesman spokeswoman correspondent activist lawyer historian`)

// titleStyles are the words of a style of address written before a title:
// "the Right Honourable Prime Minister".
var titleStyles = wordSet(`right honourable honorable rt hon`)

func (d *docState) appositionOpener(ts int) bool {
	if ts <= 0 {
		return ts == 0
	}
	// "the newly appointed Ambassador of ...": the article before the
	// words that qualify the appointment.
	for k := ts - 1; k > 0 && k >= ts-2 && appointmentWords.at(d.toks[k].wid); k-- {
		if d.toks[k-1].lower == "the" {
			return true
		}
	}
	// "the Right Honourable Prime Minister, X,", "the Hon. Minister, X,":
	// a style of address between the article and the title.
	k := ts
	for k > 1 && k >= ts-4 && (titleStyles.at(d.toks[k-1].wid) || d.toks[k-1].punct == '.' && titleStyles.at(d.toks[k-2].wid)) {
		k--
	}
	if k < ts && d.toks[k-1].lower == "the" {
		return true
	}
	if ts >= 2 && d.toks[ts-1].allCaps && len(d.toks[ts-1].lower) >= 2 && d.gzAt[ts-1] < 0 && d.toks[ts-2].lower == "the" {
		return true // "the NCTTCA Executive Secretary, X,": a body's acronym the text does not spell out
	}
	prev := d.toks[ts-1].lower
	if (prev == "a" || prev == "an") && ts-1 == d.sents[d.toks[ts].sent].tokStart {
		return true // "A spokesperson for Global Affairs Canada, X, said"
	}
	if prev == "the" || possessivePronouns.of(prev) {
		// "the Director of ..., X,", "headed by its Deputy
		// Secretary-General, X".
		return true
	}
	if prev == "resident" && ts >= 4 && d.toks[ts-2].isHyphen() && d.toks[ts-3].lower == "non" && d.toks[ts-4].lower == "the" {
		return true // "the non-resident Ambassador of Moldova to Iceland, X,"
	}
	if (prepositions.of(prev) || meetVerbs.of(prev)) && prev != "of" && d.toks[ts].upper {
		// "held talks with Deputy Prime Minister ... of Jordan, Ayman
		// Safadi,", "received Minister of Trade, Ana Quispe,".
		return true
	}
	if prev == "and" && ts >= 2 && d.toks[ts-2].punct == ',' {
		return true
	}
	if prev == "and" && ts >= 3 && d.toks[ts-2].isWord() && d.toks[ts-2].upper && d.gzAt[ts-2] < 0 && d.toks[ts-3].isWord() && d.toks[ts-3].upper && d.gzAt[ts-3] < 0 {
		// "Minister ... Pabitra Margherita and Joint Secretary ... in the
		// Ministry of External Affairs, Ananya Rao Kulkarni,": a second
		// post and its name, after a name.
		return true
	}
	if (prev == "were" || prev == "was" || d.toks[ts-1].punct == ';' || d.toks[ts-1].punct == ':') && d.toks[ts].upper {
		// "Also present were Minister of Foreign Affairs and Foreign
		// Trade, the Hon. Kerrie Symmonds; Permanent Secretary ..., Dr.
		// Deborah Clarke-Yearwood": a list of posts and names.
		return true
	}
	if prev == "'" && ts >= 2 && d.toks[ts-2].isWord() && d.toks[ts-2].upper && strings.HasSuffix(d.toks[ts-2].lower, "s") && d.toks[ts-2].end == d.toks[ts-1].start {
		return true // "Flanders' General Delegate to the Benelux Union, X,"
	}
	if g, ok := d.gzOf(ts); ok && g.start == ts && (g.e.kind == entCountry || g.e.kind == entOrg) && g.end+1 < len(d.toks) &&
		d.toks[g.end].punct == '\'' && d.toks[g.end+1].lower == "s" {
		return true // "Kenya's Ambassador, X", "UNICEF's Regional Director, X"
	}
	if prev == "s" && ts >= 3 && d.toks[ts-2].lower == "'" {
		// "the Ministry of Foreign Affairs and Trade's Deputy Secretary
		// for Asia, X,", "the ministry's Director, X,": a body's post.
		if g, ok := d.gzOf(ts - 3); ok && g.end == ts-2 && g.e.kind == entOrg {
			return true
		}
		if possessorBodies.at(d.toks[ts-3].wid) || portfolioTail.at(d.toks[ts-3].wid) && d.toks[ts-3].upper {
			return true
		}
	}
	si := d.toks[ts].sent
	return ts == d.sents[si].tokStart || ts == d.datelineEnd(si)
}

// possessorBodies own a post written after them: "the ministry's Director".
var possessorBodies = wordSet(`ministry government department secretariat embassy commission organisation organization agency bank`)

// bylineWords introduce the credits of a wire story: "Reporting by".
var bylineWords = wordSet(`reporting editing writing compiled`)

// creditVerbs open a credit line with "by:" ("Written by: Name").
var creditVerbs = wordSet(`written edited photo photos text compiled reported`)

// bylineAt reports whether "by" at token i opens a byline: it starts its
// line ("By Name"), or follows a credit word at the start of a line, a
// bracket or a semicolon ("(Reporting by Name; Editing by Name)").
func (d *docState) bylineAt(i int) bool {
	t := &d.toks[i]
	if t.upper {
		return t.newlineBefore || i == 0
	}
	if i >= 1 && creditVerbs.at(d.toks[i-1].wid) && d.toks[i-1].upper && (i == 1 || d.toks[i-1].newlineBefore) {
		return true // "Written by: Name", "Photo by Name", "Edited by: Name"
	}
	if i < 1 || !bylineWords.at(d.toks[i-1].wid) {
		return false
	}
	k := i - 1
	if k > 0 && d.toks[k-1].lower == "additional" {
		k--
	}
	return k == 0 || d.toks[k].newlineBefore || d.toks[k-1].punct == '(' || d.toks[k-1].punct == ';'
}

// bylineNames adds the names of a byline from token j, joined by "and" or
// commas, when they run to the end of the line, a bracket or a semicolon,
// and returns where they end, or j.
func (d *docState) bylineNames(j int, intros *[]intro) int {
	var found []intro
	for k := j; ; {
		e := d.nameAt(k, true)
		if e == k || d.wordsIn(k, e) < 2 {
			return j
		}
		for x := k; x < e; x++ {
			if bylineRoles.at(d.toks[x].wid) || creditNonNames.at(d.toks[x].wid) {
				return j // "By Web Desk", "Edition: Weekend Special": no person
			}
		}
		found = append(found, intro{start: k, end: e, nameStart: k, nameEnd: e, rule: "byline"})
		if e < len(d.toks) && d.toks[e].lower == "in" && !d.toks[e].upper {
			// "(Reporting by Name in Tashkent and Name in Kuala Lumpur;
			// ...)": where each one wrote from.
			x := e + 1
			for x < len(d.toks) && x < e+5 && d.toks[x].isWord() && d.toks[x].upper && !d.toks[x].newlineBefore {
				x++
			}
			if x == e+1 {
				return j
			}
			e = x
		}
		if e < len(d.toks) && d.toks[e].lower == "contributed" && !d.toks[e].newlineBefore {
			// "Associated Press writer Name in Beijing contributed to
			// this report."
			*intros = append(*intros, found...)
			return e
		}
		if e >= len(d.toks) || d.toks[e].newlineBefore || d.toks[e].punct == ')' || d.toks[e].punct == ';' || d.toks[e].punct == '.' ||
			d.toks[e].punct == '·' || d.toks[e].punct == '|' || d.toks[e].punct == '•' || isDash(d.toks[e].punct) || d.toks[e].isHyphen() {
			// "By Dewi Lestari Pramono · April 24, 2025", "By Name -
			// Reporter - Brasília": the line goes on with the date, the
			// place or the role.
			*intros = append(*intros, found...)
			return e
		}
		if d.toks[e].lower != "and" && d.toks[e].punct != ',' {
			return j
		}
		if d.toks[e].punct == ',' && e+1 < len(d.toks) && !d.toks[e+1].newlineBefore && (d.bylineRoleAt(e+1) || d.isTitleStart(e+1)) {
			// "By Name, Diplomatic Correspondent", "Media contact: Name,
			// Press Secretary": the role after the name.
			*intros = append(*intros, found...)
			return e
		}
		k = e + 1
	}
}

// creditLineAt returns the token after the colon of a credit that opens
// a line at token i ("Media contact:", "Press contact:", "Contact:",
// "Edition:", "Editing:"), or i.
func (d *docState) creditLineAt(i int) int {
	if i >= len(d.toks) || !(i == 0 || d.toks[i].newlineBefore) || !d.toks[i].upper {
		return i
	}
	k := i
	if (d.toks[k].lower == "media" || d.toks[k].lower == "press") && k+1 < len(d.toks) && d.toks[k+1].lower == "contact" {
		k++
	}
	if w := d.toks[k].lower; w != "contact" && w != "edition" && w != "editing" && w != "editor" {
		return i
	}
	if k+2 < len(d.toks) && d.toks[k+1].punct == ':' && !d.toks[k+2].newlineBefore {
		return k + 2
	}
	return i
}

// nameLineAt returns the start and end of a name of two to four words
// that is a line of its own at token i, after a style of address if any
// ("Hon Winston Peters"), when the next line opens with a title or is a
// place in capitals, or the line before ends with "contact:"; else i, i.
func (d *docState) nameLineAt(i int) (int, int) {
	if !(i == 0 || d.toks[i].newlineBefore) || !d.toks[i].upper || d.gzAt[i] >= 0 {
		return i, i
	}
	n := d.addressAt(i)
	e := d.nameAt(n, n > i)
	if w := d.wordsIn(n, e); w < 2 || w > 4 || e >= len(d.toks) || !d.toks[e].newlineBefore {
		return i, i
	}
	if i >= 2 && d.toks[i-1].punct == ':' && d.toks[i-2].lower == "contact" {
		return n, e
	}
	if _, ok := d.titleLineAt(e); ok {
		return n, e
	}
	k := e
	for k < len(d.toks) && k-e < 3 && d.toks[k].isWord() && d.toks[k].allCaps && (k == e || !d.toks[k].newlineBefore) {
		k++
	}
	if k > e && (k >= len(d.toks) || d.toks[k].newlineBefore) {
		return n, e
	}
	return i, i
}

// titleLineAt returns the title hit that opens the line at token e, after
// a rank word if any ("Special Adviser to the President").
func (d *docState) titleLineAt(e int) (gzMatch, bool) {
	for k := e; k < len(d.toks) && k <= e+1 && (k == e || !d.toks[k].newlineBefore); k++ {
		if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entTitle {
			return g, true
		}
		if !d.toks[k].upper || !rankWords.at(d.toks[k].wid) {
			break
		}
	}
	return gzMatch{}, false
}

// contributorLineAt returns the token after the writer's role of a wire
// story's contributor line that opens a line at token i ("Associated Press
// writers Name and Name contributed to this report."), or i.
func (d *docState) contributorLineAt(i int) int {
	if i >= len(d.toks) || !(i == 0 || d.toks[i].newlineBefore) || !d.toks[i].upper {
		return i
	}
	for k := i; k < len(d.toks) && k < i+5 && (k == i || !d.toks[k].newlineBefore); k++ {
		if w := d.toks[k].lower; !d.toks[k].upper && (w == "writer" || w == "writers" || w == "reporter" || w == "reporters" || w == "correspondent") {
			for x := k + 1; x < len(d.toks) && x < k+20 && !d.toks[x].newlineBefore; x++ {
				if d.toks[x].lower == "contributed" {
					return k + 1
				}
			}
			return i
		}
		if !d.toks[k].upper {
			return i
		}
	}
	return i
}

// bylineRoleAt reports whether a writer's role follows at token k, up to
// the end of its line: "Diplomatic Correspondent", "Staff Reporter".
func (d *docState) bylineRoleAt(k int) bool {
	for x := k; x < len(d.toks) && x < k+4 && (x == k || !d.toks[x].newlineBefore); x++ {
		if bylineRoles.at(d.toks[x].wid) {
			return true
		}
	}
	return false
}

// creditNonNames are words of bylines and credit lines that name no
// person: "By Web Desk", "By Tribune Report", "Edition: Weekend Special",
// "Contact: Media Relations".
var creditNonNames = wordSet(`desk report edition special services relations order news online web team office
department press media agency`)

// bylineRoles are the roles a byline or a contact line gives its people.
var bylineRoles = wordSet(`correspondent correspondents reporter reporters editor editors writer writers journalist
contributor columnist staff bureau secretary officer spokesperson spokesman spokeswoman adviser advisor manager
assistant division unit communications`)

// ledBy returns the index of "by" in "led by" or "headed by" just before
// token ts, over "the", or -1.
func ledBy(toks []token, ts int) int {
	by := ts - 1
	if by > 0 && toks[by].lower == "the" {
		by--
	}
	if by < 1 || toks[by].lower != "by" || toks[by-1].lower != "led" && toks[by-1].lower != "headed" {
		return -1
	}
	return by
}

// delegationCountry returns the country of "the <Demonym> delegation"
// earlier in the sentence of token i, whose members a list names, or "".
func (d *docState) delegationCountry(i int) string {
	si := d.toks[i].sent
	// A list of members is read back over 80 tokens at most, so that a
	// megabyte sentence of names does not read back to its start at each.
	for k := i - 1; k > 0 && k >= d.sents[si].tokStart && k >= i-80; k-- {
		if w := d.toks[k].lower; w == "while" || w == "whereas" {
			return "" // "..., while X took part on the Macedonian side": a clause of its own
		}
		if d.toks[k].lower == "by" && k == i-1 {
			// "... and Ecuador by Environment Minister Y": the country
			// represented.
			if c := d.representedCountry(k); c != "" || d.toks[k-1].lower != "led" && d.toks[k-1].lower != "headed" {
				return c
			}
		}
		if d.toks[k].lower != "delegation" {
			continue
		}
		if g, ok := d.gzOf(k - 1); ok && g.end == k && g.e.kind == entCountry && d.membershipVerbAt(k+1) {
			return d.entityID(g.e)
		}
		if k-1 == d.sents[si].tokStart && d.toks[k-1].lower == "the" && si > 0 && d.membershipVerbAt(k+1) {
			// "... welcomed a delegation of the Ministry of ... of the
			// Republic of Korea. The delegation was led by X": the
			// country of the delegation just told.
			return d.delegationOfCountry(si - 1)
		}
		return ""
	}
	return ""
}

// membershipVerbAt reports whether a verb that lists a delegation's members
// comes at token k ("included", "was made up of", "also included"), not
// one of what it did ("The Japanese delegation met Minister X").
func (d *docState) membershipVerbAt(k int) bool {
	if k < len(d.toks) && d.toks[k].lower == "also" {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].lower {
	case "included", "includes", "include", "comprised", "comprises", "consisted", "consists", ",":
		return true
	case "was", "were":
		return k+1 < len(d.toks) && (d.toks[k+1].lower == "made" || d.toks[k+1].lower == "composed" || d.toks[k+1].lower == "completed" || d.toks[k+1].lower == "led" || d.toks[k+1].lower == "headed")
	}
	return false
}

// representedCountry returns the ID of the country represented by whom
// "by" at token b introduces: "<country> was represented by" or, in a
// list that leaves the verb out, "and <country> by"; or "".
func (d *docState) representedCountry(b int) string {
	k := b - 1
	if k >= 1 && d.toks[k].lower == "represented" && (d.toks[k-1].lower == "was" || d.toks[k-1].lower == "is" || d.toks[k-1].lower == "were") {
		k -= 2
	} else if g, ok := d.gzOf(k); !ok || g.end != b || !d.listJoinBefore(g.start) || !d.representedBefore(g.start) {
		return ""
	}
	if g, ok := d.gzOf(k); ok && g.end == k+1 && g.e.kind == entCountry {
		return d.entityID(g.e)
	}
	return ""
}

// representsAfter returns the ID of the country that "represented" or
// "representing" right after the comma at token j names: "Name, Minister
// of Trade, represented the Republic of Uzbekistan"; or "".
func (d *docState) representsAfter(j int) string {
	if j+2 >= len(d.toks) || d.toks[j].punct != ',' {
		return ""
	}
	if w := d.toks[j+1].lower; w != "represented" && w != "representing" && w != "represents" {
		return ""
	}
	k := j + 2
	if d.toks[k].lower == "the" {
		k++
	}
	if g, ok := d.gzOf(k); ok && (g.start == k || g.start == k-1) && g.e.kind == entCountry {
		return d.entityID(g.e)
	}
	return ""
}

// listJoinBefore reports whether "and", a comma or a semicolon comes
// before token i, over "the": "; the Netherlands by ...".
func (d *docState) listJoinBefore(i int) bool {
	if i > 0 && d.toks[i-1].lower == "the" {
		i--
	}
	return i > 0 && (d.toks[i-1].lower == "and" || d.toks[i-1].punct == ',' || d.toks[i-1].punct == ';')
}

// representedBefore reports whether "was represented by" comes before
// token i in its sentence: the verb the list leaves out after it.
func (d *docState) representedBefore(i int) bool {
	for k := i - 1; k > d.sents[d.toks[i].sent].tokStart && k >= i-80; k-- {
		if d.toks[k].lower == "represented" && d.toks[k+1].lower == "by" {
			return true
		}
	}
	return false
}

// heAt reports whether token i is "HE", His or Her Excellency written in
// capitals without stops ("UN Under-Secretary-General ... HE Tom
// Fletcher"). The pronoun is never written so, and "He" the surname keeps
// its lower-case letter.
func (d *docState) heAt(i int) bool {
	return i < len(d.toks) && d.toks[i].lower == "he" && d.toks[i].allCaps && d.toks[i].end-d.toks[i].start == 2
}

// shortFormOf reports whether the title phrase at [start, end) is "the"
// and a bare title that is the short form of a title someone named earlier
// holds: "The Secretary and Deputy Prime Minister Nurtleu" after
// "Secretary of State Blinken" speaks of two people, not one with two
// posts.
func (d *docState) shortFormOf(intros []intro, start, end int, title string) bool {
	if start == 0 || d.toks[start-1].lower != "the" || end-start > 2 {
		return false
	}
	for _, in := range intros {
		if in.pos != nil && in.pos.title != title && strings.HasPrefix(in.pos.title, title+" ") {
			return true
		}
	}
	return false
}

// isDash reports whether r is an en or em dash, which joins titles and
// sets off appositions in lists.
func isDash(r rune) bool { return r == '–' || r == '—' }

// lineStartBefore reports whether the words before token i, back to the
// start of its line, are at most five capitalised words: a name opening a
// list item.
func (d *docState) lineStartBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &d.toks[k]
		if !t.isWord() || !(t.upper || particles.at(t.wid)) {
			return false
		}
		if t.newlineBefore || k == 0 {
			return true
		}
	}
	return false
}

// compoundBodyAt reports whether a hyphenated compound that names a body
// goes on at token e, after a name found before it: "for ASEAN
// Political-Security Community" is no person called Political.
func (d *docState) compoundBodyAt(e int) bool {
	if e+2 >= len(d.toks) || !d.toks[e].isHyphen() || d.toks[e-1].end != d.toks[e].start || d.toks[e].end != d.toks[e+1].start {
		return false
	}
	for k := e + 1; k < len(d.toks) && k <= e+3; k++ {
		if !d.toks[k].isWord() || !d.toks[k].upper {
			return false
		}
		if orgHeads.at(d.toks[k].wid) || d.toks[k].lower == "community" {
			return true
		}
	}
	return false
}

// titleUnits end the names of the units of a ministry or body that a
// title names ("Director of the European Department").
var titleUnits = wordSet(`department unit division directorate window`)

// listedTitles gives the people of a list written as "French Foreign
// Minister Jean-Noël Barrot, Germany's Johann Wadephul and Italy's Antonio
// Tajani" the title of its first item, each for the country named before
// the name. An item with a title of its own, or with no country, ends the
// list; and only a minister's title is shared (a list of leaders, or of
// people of several ranks, shares none).
func (d *docState) listedTitles() {
	var lead *position // the title of the list's first item
	last := -1         // where the list's last item ends
	for _, m := range d.mentions {
		if m.kind != mkName || d.inQuote(m.start) {
			continue
		}
		p := d.persons[d.root(m.person)]
		c, cs := d.possessiveCountryBefore(m.start)
		switch {
		case c != "" && lead != nil && len(p.positions) == 0 && cs > 0 && cs-1 == last && (d.toks[cs-1].punct == ',' || d.toks[cs-1].lower == "and") &&
			d.toks[cs].sent == d.toks[m.start].sent:
			p.addPosition(position{title: lead.title, base: lead.base, org: c, ev: d.ev(d.toks[m.start].sent, "title-of-list")})
			last = m.end
		case len(p.positions) == 1 && p.positions[0].ev.Start == d.sents[d.toks[m.start].sent].start:
			// A minister's title only: a list of leaders mixes presidents
			// and prime ministers ("Ethiopian Prime Minister Abiy Ahmed,
			// Kenya's William Ruto, ..."), and "U.S. Secretary of State
			// Marco Rubio, Ukraine's Volodymyr Zelensky" no one title.
			if _, country := d.g.countryByID[p.positions[0].org]; country && p.positions[0].accredited == "" && ministersTitle(p.positions[0].base) {
				lead, last = &p.positions[0], m.end
				continue
			}
			lead = nil
		default:
			lead = nil
		}
	}
}

// ministersTitle reports whether title is a minister's, not a head of
// government's nor a deputy's: "Foreign Minister", "Minister of Energy",
// "Minister for Foreign Affairs".
func ministersTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.Contains(t, "minister") && !strings.Contains(t, "prime") && !strings.Contains(t, "deputy") &&
		!strings.Contains(t, "vice") && !strings.Contains(t, "chief")
}

// ownCountryAfterName reports whether the name at token j is followed by
// "of <country>" ("... Uruguayan President Yamandu Orsi and King Felipe VI
// of Spain"): the item's own country, not the list's.
func (d *docState) ownCountryAfterName(j int) bool {
	e := d.nameAt(j, true)
	if e <= j {
		return false
	}
	org, _ := d.ofAfterName(e)
	_, country := d.g.countryByID[org]
	return country
}

// possessiveCountryBefore returns the ID of the country written
// possessive just before token i ("Denmark's Mette Frederiksen") and the
// token where it starts, or "".
func (d *docState) possessiveCountryBefore(i int) (string, int) {
	if i < 3 || d.toks[i-1].lower != "s" || d.toks[i-2].lower != "'" {
		return "", 0
	}
	g, ok := d.gzOf(i - 3)
	if !ok || g.end != i-2 || g.e.kind != entCountry {
		return "", 0
	}
	return d.entityID(g.e), g.start
}

// envoyTitle reports whether title is an envoy's or a representative's,
// whose post names the region it serves.
func envoyTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.HasSuffix(t, "envoy") || strings.HasSuffix(t, "representative")
}

// regionTail end the names of the regions an envoy serves.
var regionTail = wordSet(`district region regions territory territories area affairs lakes sahel africa asia europe east americas
pacific caribbean arctic peninsula balkans caucasus horn sea islands`)

// regionThenName reads, from token k, a region in capitalised words ("Far
// Eastern Federal District", "Horn of Africa") followed by a name of two
// or three words that ends the run of capitalised words, and returns the
// token after the region; or k. A longer "name" holds words of the post:
// "Middle East Peace Process Sven Koopmans".
func (d *docState) regionThenName(k int) int {
	r := k
	for r < len(d.toks) && r-k < 12 && !d.toks[r].newlineBefore {
		t := &d.toks[r]
		if g, ok := d.gzOf(r); ok && g.e.kind == entTitle {
			break
		}
		if t.isWord() && t.upper || r > k && (t.lower == "of" || t.lower == "and" || t.lower == "the") && r+1 < len(d.toks) && d.toks[r+1].upper ||
			r > k && t.isHyphen() && r+1 < len(d.toks) && d.toks[r+1].upper {
			r++
			continue
		}
		break
	}
	for x := r - 2; x > k; x-- {
		n := 0 // the name's words, a hyphen-joined one as one ("Onanga-Anyanga")
		for y := x; y < r; y++ {
			if d.toks[y].isWord() && !(y > x && d.toks[y-1].isHyphen()) {
				n++
			}
		}
		if regionTail.at(d.toks[x-1].wid) && d.toks[x-1].upper && d.nameAt(x, true) == r && n >= 2 && n <= 3 {
			return x
		}
	}
	return k
}

// acronymThenName reports whether a name of two words or more starts at
// token k: not "(LPRP) Central Committee", where "Central" stops before
// the body's head, nor "(ADB) Resident Mission in Thailand", a unit of
// the body.
func (d *docState) acronymThenName(k int) bool {
	e := d.nameAt(k, true)
	if e <= k || d.wordsIn(k, e) < 2 {
		return false
	}
	for x := k; x < e; x++ {
		if orgHeads.at(d.toks[x].wid) || portfolioTail.at(d.toks[x].wid) {
			return false
		}
	}
	return true
}

// organAfterAcronym are the organs written after a body's acronym in a
// title when a name follows: "Chairman of the EEC Board Name" (organAfter
// reads such an organ only where no name follows).
var organAfterAcronym = wordSet(`board council presidium collegium secretariat`)

// pluralTitles are titles in the plural before a list of names, with
// their singular.
var pluralTitles = map[string]string{"senators": "Senator", "ministers": "Minister", "ambassadors": "Ambassador",
	"deputies": "Deputy", "governors": "Governor", "commissioners": "Commissioner"}

// titleQualifiers qualify a title after it: "Ambassador Extraordinary and
// Plenipotentiary", "Ambassador-designate".
var titleQualifiers = wordSet(`extraordinary plenipotentiary designate`)

// pluralTitleNames reads the names after the plural title at token i,
// joined by commas and a last "and" ("Senators A, B and C"), and adds
// an intro with the singular title for each, of org or else of the
// delegation's country, when two names at least follow. It returns where
// the list ends, or i.
func (d *docState) pluralTitleNames(i int, title, org string, intros *[]intro) int {
	var found []intro
	if org == "" {
		org = d.delegationCountry(i) // "The Brazilian delegation was made up of Senators A and B"
	}
	k := i + 1
	for k < len(d.toks) && !d.toks[k].newlineBefore {
		e := d.nameAt(k, true)
		if e <= k || d.kpAt[k] >= 0 && d.kp[d.kpAt[k]].start != k || titleQualifiers.at(d.toks[k].wid) || d.isTitleTok(k) {
			break // not "Ambassadors Extraordinary and Plenipotentiary"
		}
		p := position{title: title, base: title, written: title, org: org, side: org != "", ev: d.ev(d.toks[i].sent, "plural-title+name")}
		found = append(found, intro{start: k, end: e, nameStart: k, nameEnd: e, rule: "title+name", pos: &p})
		k = e
		if k < len(d.toks) && d.toks[k].punct == ',' && k+1 < len(d.toks) && d.toks[k+1].lower != "and" && d.toks[k+1].upper {
			k++
			continue
		}
		if k < len(d.toks) && d.toks[k].lower == "and" {
			k++
			continue
		}
		break
	}
	if len(found) < 2 || d.toks[found[len(found)-1].end-1].lower == "and" {
		return i
	}
	*intros = append(*intros, found...)
	return found[len(found)-1].end
}

// bareHeads end a body or a portfolio written after a title without "of".
var bareHeads = wordSet(`senate affairs trust division authority`)

// bareComplement returns where a body or portfolio written right after a
// title without "of" ends, its acronym in brackets included, when a name
// follows it: "Senate" in "Chairman Senate Yousuf Raza Gilani",
// "Maritime Affairs" in "Secretary Maritime Affairs Tahir Mehmood Awan";
// or i.
func (d *docState) bareComplement(i int) int {
	if e := d.bareWordAt(i); e > i {
		return e
	}
	for k := i; k < len(d.toks) && k < i+4; k++ {
		t := &d.toks[k]
		if !t.isWord() || !t.upper || t.allCaps || (k > i && t.newlineBefore) || d.kpAt[k] >= 0 {
			return i
		}
		if g, ok := d.gzOf(k); ok && g.e.kind != entCity && g.e.kind != entCapital {
			return i // a known body or title after the title is read as before
		}
		if bareHeads.at(t.wid) {
			e := d.skipAcronym(k + 1)
			if a := d.addressAt(e); d.nameAt(a, true) > a {
				return e
			}
			return i
		}
	}
	return i
}

// eponymHeads end the names of what is named after a person: "Harry S.
// Truman Scholarship", "Franklin D. Roosevelt Memorial".
var eponymHeads = wordSet(`memorial scholarship scholarships fellowship fellowships award awards prize prizes airport bridge
library museum avenue street road boulevard highway stadium park square hall lecture`)

// listOrFormerBefore reports whether the word before token i joins a list
// ("US and Chinese ambassadors") or makes the post a past one ("former
// Singapore ministers").
func (d *docState) listOrFormerBefore(i int) bool {
	if i < 1 {
		return false
	}
	w := d.toks[i-1].lower
	return w == "and" || w == "or" || d.toks[i-1].punct == ',' || w == "former" || w == "ex"
}

// bareWordAt returns the token after a capitalised word at token i that
// opens a run read as a name of three words or more, when the document
// writes that word elsewhere as a place or a body's ("of Punjab's", "in
// Punjab", "the Punjab Board"): "Punjab" in "Chief Minister Punjab Maryam
// Nawaz Sharif", "Planning" in "Secretary Planning Muhammad Awais Hayat"
// beside "the Planning Ministry"; or i.
func (d *docState) bareWordAt(i int) int {
	if i+2 >= len(d.toks) {
		return i
	}
	t := &d.toks[i]
	if !t.isWord() || !t.upper || t.allCaps || d.gzAt[i] >= 0 || d.kpAt[i] >= 0 || honorifics.at(t.wid) {
		return i
	}
	if _, day := weekdays[t.lower]; day || months[t.lower] != 0 || d.g.givenNames[t.lower] {
		return i // "Ambassador April Lynn Foster", "Secretary Muhammad Awais Hayat": a given name
	}
	a := d.addressAt(i + 1)
	if a >= len(d.toks) {
		return i
	}
	n := d.nameAt(a, true)
	if n <= a || d.wordsIn(a, n) < 2 || d.toks[i+1].newlineBefore {
		return i
	}
	if d.placeWords == nil {
		d.placeWords = map[string]bool{}
		for p := 0; p+1 < len(d.toks); p++ {
			w, nx := &d.toks[p], &d.toks[p+1]
			if !w.isWord() || !w.upper {
				continue
			}
			// "the Punjab Board of Investment", "the Planning Ministry"
			ofBody := nx.isWord() && nx.upper && (orgHeads.at(nx.wid) || nx.lower == "ministry") && !nx.newlineBefore
			// "in Punjab", "of Punjab's"
			place := p > 0 && (d.toks[p-1].lower == "in" || d.toks[p-1].lower == "of") && !(nx.isWord() && nx.upper)
			if ofBody || place {
				d.placeWords[w.lower] = true
			}
		}
	}
	if d.placeWords[t.lower] {
		return i + 1
	}
	return i
}

// skipAcronymBack returns where the phrase ending at e ends without a
// bracketed acronym at its end: "Karachi Port Trust (KPT)" without "(KPT)".
func (d *docState) skipAcronymBack(e int) int {
	if e >= 3 && d.toks[e-1].punct == ')' {
		for k := e - 2; k > 0 && k >= e-5; k-- {
			if d.toks[k].punct == '(' {
				return k
			}
		}
	}
	return e
}

// skipAcronym returns the token after a bracketed acronym at token i
// ("(PIF)"), or i when there is none.
func (d *docState) skipAcronym(i int) int {
	if i+2 >= len(d.toks) || d.toks[i].punct != '(' {
		return i
	}
	// "(DPR RI)": an acronym of up to three words.
	for k := i + 1; k < len(d.toks) && k <= i+4; k++ {
		if d.toks[k].punct == ')' && k > i+1 {
			return k + 1
		}
		if !d.toks[k].isWord() || !d.toks[k].allCaps && !mixedAcronym(d.text[d.toks[k].start:d.toks[k].end]) {
			return i
		}
	}
	return i
}

// mixedAcronym reports whether w is an acronym written with some lower-case
// letters: "AFoCO", "CoE"; three capitals at least, the first among them.
func mixedAcronym(w string) bool {
	caps := 0
	for i, r := range w {
		if unicode.IsUpper(r) {
			caps++
		} else if i == 0 {
			return false
		}
	}
	return caps >= 3 || caps == 2 && len(w) <= 4
}

// glossAt returns the token after a bracketed word at token i that is
// capitalised but no acronym, "(Løgmaður)", or i.
func (d *docState) glossAt(i int) int {
	if i+2 < len(d.toks) && d.toks[i].punct == '(' && d.toks[i+1].isWord() && d.toks[i+1].upper && !d.toks[i+1].allCaps &&
		d.toks[i+2].punct == ')' {
		return i + 3
	}
	return i
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

// sortIntros orders the intros by where they start, keeping the order
// they were found in where two start together. (An insertion sort did
// this in quadratic time: 3 s of a megabyte of names.)
func sortIntros(in []intro) {
	slices.SortStableFunc(in, func(a, b intro) int { return a.start - b.start })
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
	ims := make([]introMention, 0, len(intros))
	for _, in := range intros {
		for in.nameEnd-in.nameStart > 2 && d.toks[in.nameEnd-1].allCaps && postNominals.at(d.toks[in.nameEnd-1].wid) &&
			d.wordsIn(in.nameStart, in.nameEnd-1) >= 2 {
			in.nameEnd-- // "the Honorable Pat Conroy MP, Minister for ...": the letters are no part of the name
		}
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
			if known < 0 {
				// "Bola Ahmed Tinubu" for the known "Bola Tinubu", in a
				// text that names his country: not "Carlos Ramiro
				// Martínez Alvarado", a Guatemalan whose second surname
				// is a Costa Rican president's.
				if k := d.g.knownVariant(name); k >= 0 && d.namesCountry(d.g.Persons[k].Country) {
					known = k
				}
			}
			if known < 0 && in.pos != nil && !strings.Contains(key, "-") && !monarchTitles[in.pos.title] {
				// "President Biden": a titled surname of a known figure;
				// not "Grand Duke Guillaume", a monarch's given name.
				known = d.g.knownSurname(key)
			}
			d.persons = append(d.persons, &person{name: name, words: strings.Split(key, "-"), merged: -1, known: known})
		}
		if in.alias == "" {
			in.alias = d.bracketedNickname(in.nameStart, in.nameEnd)
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
	d.mergeNasab()
	d.mergeMiddleNames()
	d.mergeInitials()
	// "Dr. Chandra Shekara" is "Dr. P. Chandra Shekara" before "Dr.
	// Shekara" is looked up: one person, not two who share the name.
	d.mergeSurnames()
	// The longer names by their words, so that each one-word name looks
	// only at the names that hold it.
	byWord := map[string][]int{}
	for qi, q := range d.persons {
		if len(q.words) < 2 {
			continue
		}
		for k, w := range q.words {
			if !slices.Contains(q.words[:k], w) {
				byWord[w] = append(byWord[w], qi)
			}
		}
	}
	var nicks map[string]int // built on first use
	for pi, p := range d.persons {
		if len(p.words) != 1 || p.merged >= 0 {
			continue
		}
		target := -1
		for _, qi := range byWord[p.words[0]] {
			q := d.persons[qi]
			if qi == pi || len(q.words) < 2 || q.merged >= 0 {
				continue
			}
			if q.words[0] == p.words[0] || surnameWord(q.words) == p.words[0] {
				if target >= 0 {
					target = -2 // ambiguous
					break
				}
				target = qi
			}
		}
		if target == -1 {
			// "Speaker Madobe" for "Aden Mohamed Nur (Madobe)": the
			// nickname the text gave in brackets.
			if nicks == nil {
				nicks = d.nicknames()
			}
			target = d.nicknamed(pi, nicks)
		}
		if target == -1 {
			// "Villavicencio" for "Rosa Yolanda Villavicencio Mapy": a
			// Spanish name's first surname, inside the full name.
			target = d.innerSurnameOf(pi, byWord[p.words[0]])
		}
		if target == -2 {
			// "Sultan Ibrahim" beside "Sultan Ibrahim Iskandar" and
			// "Prime Minister Anwar Ibrahim": the one with the same
			// title.
			target = d.sameTitled(pi, byWord[p.words[0]])
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
	d.mentions = slices.Grow(d.mentions, len(ims))
	for _, im := range ims {
		pi := d.root(im.person)
		d.mentions = append(d.mentions, pmention{start: im.start, end: im.end, person: pi, kind: mkName, rule: im.rule})
	}
}

// bracketedNickname returns the one word in brackets right after the name
// [start, e) that is no word of it, nor an acronym, nor a name the
// gazetteer knows: the nickname "Madobe" of "Sheikh Aden Mohamed Nur
// (Madobe)". Or "".
func (d *docState) bracketedNickname(start, e int) string {
	if e+2 >= len(d.toks) || d.toks[e].punct != '(' || d.toks[e+2].punct != ')' {
		return ""
	}
	w := &d.toks[e+1]
	if !w.isWord() || !w.upper || w.allCaps || len(w.lower) < 3 || d.gzAt[e+1] >= 0 || hardStop.at(w.wid) || isDigitWord(w.lower) {
		return ""
	}
	for k := start; k < e; k++ {
		if d.toks[k].lower == w.lower {
			return ""
		}
	}
	return d.phrase(e+1, e+2)
}

// nicknamed returns the one person of two words or more whose nickname is
// the one-word name of person pi, or -1.
func (d *docState) nicknamed(pi int, nicknames map[string]int) int {
	if qi, ok := nicknames[strings.ToLower(d.persons[pi].name)]; ok && qi != pi && d.persons[qi].merged < 0 {
		return qi
	}
	return -1
}

// nicknames indexes the persons of two words or more by their aliases in
// lower case (-1 for an alias several share).
func (d *docState) nicknames() map[string]int {
	m := map[string]int{}
	for qi, q := range d.persons {
		if len(q.words) < 2 || q.merged >= 0 {
			continue
		}
		for _, a := range q.aliases {
			a = strings.ToLower(a)
			if prev, seen := m[a]; seen && prev != qi {
				m[a] = -1
			} else {
				m[a] = qi
			}
		}
	}
	return m
}

// unqualifiedHolder returns the person who holds the title of the
// qualified reference tr without a country or body, and gives the title
// that qualifier: "The Minister of Foreign Affairs, Rosa Villavicencio,
// ..." then "the Colombian Foreign Minister said" tells whose minister she
// is. Of several holders it takes prev, the subject of the sentence
// before (prevSi), unless that sentence or a post of his ties him to
// another country. It returns -1 when no one or several could be meant.
func (d *docState) unqualifiedHolder(tr titleRef, prev, prevSi int) int {
	if _, country := d.g.countryByID[tr.qualifier]; !country {
		return -1
	}
	for _, c := range d.counterparts {
		if c.country == tr.qualifier {
			return -1 // "his Uzbek counterpart, X": the title is X's, given later
		}
	}
	// One of that country holds such a title already: "Freitas, Minister
	// of Foreign Affairs and Cooperation of Timor-Leste ... the Timorese
	// minister".
	already := -1
	for pi, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if pos.org == tr.qualifier && holdsTitleWord(pos.title, strings.ToLower(tr.title)) {
				if already >= 0 && already != pi {
					return -1
				}
				already = pi
			}
		}
	}
	if already >= 0 {
		// ... and "Minister Sugiono" is that minister too.
		for k := range d.persons[already].positions {
			pos := &d.persons[already].positions[k]
			if pos.org == "" && pos.accredited == "" && (strings.EqualFold(pos.title, tr.title) || strings.EqualFold(pos.base, tr.title)) {
				pos.org = tr.qualifier
			}
		}
		return already
	}
	// The holders of the title or of a more specific form of it
	// ("Foreign Minister" for "the Moldovan minister").
	found, at, exact := -1, -1, 0
	n, fromPrev, atPrev := 0, -1, -1
	for pi, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		k := -1
		for x, pos := range p.positions {
			if pos.org != "" || pos.accredited != "" || otherHeadWritten(pos.head, tr.written) {
				continue
			}
			if strings.EqualFold(pos.title, tr.title) || strings.EqualFold(pos.base, tr.title) {
				k = x
				break
			}
			if k < 0 && hasTitleHead(pos.base, tr.title) && !rankedTitle(pos.base) {
				k = x // "Foreign Minister" for "minister"; no "Vice Minister"
			}
		}
		if k < 0 {
			continue
		}
		n++
		if pi == prev {
			fromPrev, atPrev = pi, k
		}
		if pos := p.positions[k]; strings.EqualFold(pos.title, tr.title) || strings.EqualFold(pos.base, tr.title) {
			exact++
			found, at = pi, k
		}
	}
	if exact > 1 {
		found = -1
	}
	if n > 1 {
		// Of several, the one the previous sentence is about: "Popşoi
		// thanked the Czech side ... The Moldovan minister said"; not
		// when that sentence ties him to another country: "Novak
		// invited Quispe to visit Slovenia next year. The Peruvian
		// minister said".
		found, at = fromPrev, atPrev
		if found >= 0 && d.ofOtherCountry(found, tr.qualifier, prevSi) {
			found = -1
		}
	}
	if found >= 0 {
		d.persons[found].positions[at].org = tr.qualifier
		if n > 1 {
			// "Deputy Prime Minister and Foreign Minister X": the
			// qualifier is the country of both.
			for k := range d.persons[found].positions {
				if pos := &d.persons[found].positions[k]; pos.org == "" && pos.accredited == "" && hasTitleHead(pos.base, tr.title) {
					pos.org = tr.qualifier
				}
			}
		}
	}
	return found
}

// otherHeadWritten reports whether two ways of writing one gazetteer
// title end on different heads of office, minister and secretary: "the
// Thai Foreign Minister" is no "Foreign Secretary", a civil servant in
// South Asia.
func otherHeadWritten(a, b string) bool {
	last := func(s string) string {
		f := strings.Fields(strings.ToLower(s))
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	x, y := last(a), last(b)
	return x != y && (x == "minister" || x == "secretary") && (y == "minister" || y == "secretary")
}

// ofOtherCountry reports whether person pi is tied to a country other
// than the one of ID country: by a post of that other country, or by
// sentence si telling him inviting someone to visit it ("Novak invited
// Quispe to visit Slovenia": Novak is Slovenia's).
func (d *docState) ofOtherCountry(pi int, country string, si int) bool {
	for _, pos := range d.persons[pi].positions {
		if _, ok := d.g.countryByID[pos.org]; ok && pos.org != "" && pos.org != country {
			return true
		}
	}
	for _, m := range d.mentions {
		// "The Nepali delegation was led by Foreign Secretary X": X is
		// Nepal's, not "the Bangladeshi foreign secretary" told next.
		if m.person == pi {
			if c := d.ledDelegationCountry(m.start); c != "" && c != country {
				return true
			}
		}
	}
	if si < 0 {
		return false
	}
	s := d.sents[si]
	for i := s.tokStart; i < s.tokEnd; i++ {
		if w := d.toks[i].lower; (w == "invited" || w == "invites") && !d.inQuote(i) {
			if c := d.visitedCountryFrom(si, i+1); c >= 0 && d.g.countryID(c) != country {
				return true
			}
		}
	}
	return false
}

// delegationOfCountry returns the ID of the country of the one
// delegation sentence si tells, "a delegation of the Ministry of ... of
// the Republic of Korea", "a Korean delegation", or "".
func (d *docState) delegationOfCountry(si int) string {
	s := d.sents[si]
	found := ""
	for k := s.tokStart + 1; k < s.tokEnd; k++ {
		if d.toks[k].lower != "delegation" || d.inQuote(k) {
			continue
		}
		c := ""
		if g, ok := d.gzOf(k - 1); ok && g.end == k && g.e.kind == entCountry {
			c = d.entityID(g.e)
		} else if k+1 < s.tokEnd && (d.toks[k+1].lower == "of" || d.toks[k+1].lower == "from") {
			// The first country within the words that follow, joined
			// by capitalised names and "of the".
			for x := k + 2; x < s.tokEnd && x < k+16; x++ {
				if g, ok := d.gzOf(x); ok && g.start == x && g.e.kind == entCountry {
					c = d.entityID(g.e)
					break
				}
				if t := d.toks[x]; !(t.isWord() && (t.upper || complementJoiners.at(t.wid))) && t.punct != ',' || t.lower == "to" {
					break // "a delegation of the Asian Development Bank to Samoa": where it goes
				}
			}
		}
		if c == "" || found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// ledDelegationCountry returns the country of the delegation whose head is
// named at token i: "The Nepali delegation was led by Foreign Secretary
// X", or "".
func (d *docState) ledDelegationCountry(i int) string {
	a := d.sents[d.toks[i].sent].tokStart
	for k := i - 1; k > a+2 && k >= i-8; k-- {
		if d.toks[k].lower != "by" || d.toks[k-1].lower != "led" {
			continue
		}
		// Only a title between "led by" and the name: not "The Nepali
		// delegation led by Rai met Chowdhury", whom no one led.
		for j := k + 1; j < i; j++ {
			if t := d.toks[j]; !(t.isWord() && t.upper) && t.punct != '.' {
				return ""
			}
		}
		x := k - 2
		if d.toks[x].lower == "was" {
			x--
		}
		if d.toks[x].lower != "delegation" {
			return ""
		}
		if g, ok := d.gzOf(x - 1); ok && g.end == x && g.e.kind == entCountry {
			return d.entityID(g.e)
		}
		return ""
	}
	return ""
}

// innerSurnameOf returns the only person of three words or more whose
// name has the one word of person pi's name inside it, or -1; holders are
// the persons whose names hold that word.
func (d *docState) innerSurnameOf(pi int, holders []int) int {
	w := d.persons[pi].words[0]
	found := -1
	for _, qi := range holders {
		q := d.persons[qi]
		if qi == pi || len(q.words) < 3 || q.merged >= 0 || !slices.Contains(q.words[1:len(q.words)-1], w) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = qi
	}
	return found
}

// sameTitled returns the only longer-named person whose name starts or
// ends with the one word of person pi's name and who holds one of pi's
// titles, or -2; holders are the persons whose names hold that word.
func (d *docState) sameTitled(pi int, holders []int) int {
	p := d.persons[pi]
	target := -2
	for _, qi := range holders {
		q := d.persons[qi]
		if qi == pi || len(q.words) < 2 || q.merged >= 0 || (q.words[0] != p.words[0] && q.words[len(q.words)-1] != p.words[0]) {
			continue
		}
		shared := false
		for _, a := range p.positions {
			for _, b := range q.positions {
				shared = shared || strings.EqualFold(a.base, b.base)
			}
		}
		if !shared {
			continue
		}
		if target >= 0 {
			return -2
		}
		target = qi
	}
	return target
}

// hasTitleHead reports whether title is a more specific form of head:
// "Foreign Minister" of "Minister".
func hasTitleHead(title, head string) bool {
	return len(title) > len(head)+1 && strings.EqualFold(title[len(title)-len(head)-1:], " "+head)
}

// rankedTitle reports whether title carries a rank below or beside its
// head ("Vice Foreign Minister", "Deputy Prime Minister"), so that a
// reference to the head means someone else.
func rankedTitle(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		switch w {
		case "deputy", "vice", "assistant", "prime", "first", "under", "state":
			return true
		}
	}
	return false
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
		if (strings.EqualFold(pos.title, title) || strings.EqualFold(pos.base, title)) && (qualifier == "" || pos.org == qualifier || pos.accredited == qualifier) {
			return true
		}
	}
	return false
}

// namedHe reports whether the pronoun at token i opens the name of a
// person whose surname it is ("He Lifeng").
func (d *docState) namedHe(full map[string]int, i int) bool {
	_, ok := full[d.toks[i].lower+" "+d.toks[i+1].lower]
	return ok
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
			// "Marcos" for "Ferdinand Marcos Jr.": the surname before a
			// suffix; "Lula" for "Luiz Inácio Lula da Silva": the name
			// before the particle of a Portuguese surname.
			for _, w := range []string{p.words[0], surnameWord(p.words), nameBeforeParticle(p.words)} {
				if hardStop.of(w) || softStop.of(w) || len(w) < 2 {
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
	// "Aramayo" for "Fernando Aramayo Carrasco": weaker than another
	// person's given name or surname ("Ahmed" for "Abiy Ahmed" beside
	// "Bola Ahmed Tinubu").
	paternal := map[string]int{}
	for pi, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		w := paternalSurname(p.words)
		if w == "" || hardStop.of(w) || softStop.of(w) {
			continue
		}
		if _, taken := short[w]; taken {
			continue
		}
		if o, ok := paternal[w]; ok && o != pi {
			paternal[w] = -1 // two people's: neither's
		} else {
			paternal[w] = pi
		}
	}
	for w, pi := range paternal {
		short[w] = pi
	}
	intros := d.mentions
	d.mentions = make([]pmention, 0, 2*len(intros)+len(d.sents)) // the names, then their references
	d.subject = make([]int, len(d.sents))
	d.subjectAmbiguous = make([]bool, len(d.sents))
	ii, ti := 0, 0
	last, lastAmbiguous, lastSi := -1, false, -1
	gender := map[int]string{} // the pronoun ("he", "she") used for a person
	author := d.releaseAuthor(intros)
	for _, p := range d.persons {
		p.lastTok = -1 // not mentioned yet
	}
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
				topic, since := d.subject[si], s.tokStart
				if topic < 0 && lastSi >= 0 && !lastAmbiguous && d.sents[lastSi].para == s.para {
					topic, since = last, d.sents[lastSi].tokStart
				}
				pi, ambiguous := d.holderOf(tr, topic, since)
				if pi < 0 && strings.EqualFold(tr.written, "envoy") {
					// "the Nepalese envoy said": the one envoy of any
					// kind (an ambassador, a special representative)
					// named so far, of the country if one is written.
					pi = d.onlyEnvoy(tr.qualifier, i)
				}
				if tr.visiting && (pi < 0 || ambiguous) {
					if g := d.foreignHolder(tr); g >= 0 {
						pi, ambiguous = g, false
					}
				}
				if pi < 0 {
					pi = d.knownOfCountry(tr, si)
				}
				if pi < 0 && tr.qualifier == "" && chairTitles[tr.title] {
					// "The meeting was chaired by Hon. X ... In his opening
					// remarks, the Chair said": the one who chaired.
					pi = d.chairedByBefore(tr.start)
				}
				if pi < 0 {
					prev := -1
					if si > 0 {
						prev = d.subject[si-1]
					}
					pi = d.unqualifiedHolder(tr, prev, si-1)
				}
				if pi >= 0 {
					m, found = pmention{start: i, end: tr.end, person: pi, kind: mkTitle, rule: "title-ref", ambiguous: ambiguous}, true
				} else {
					i = tr.end - 1
				}
			case author >= 0 && t.isWord() && t.lower == "i" && d.text[t.start:t.end] == "I" && !d.inQuote(i):
				// "On Wednesday I met Prime Minister ...": the minister
				// whose release speaks in the first person.
				m, found = pmention{start: i, end: i + 1, person: author, kind: mkPronoun, rule: "pronoun"}, true
			case t.isWord() && (t.lower == "he" || t.lower == "she") && !(t.upper && i+1 < s.tokEnd && d.toks[i+1].isWord() && d.toks[i+1].upper && d.namedHe(full, i)) &&
				!(d.heAt(i) && i+1 < s.tokEnd && d.toks[i+1].isWord() && d.toks[i+1].upper && !d.toks[i+1].allCaps):
				// (Nor "HE Minister of Foreign Affairs X": His
				// Excellency, a style, in a Gulf agency's text.)
				// (Not "He Lifeng said": the Chinese surname of a person
				// named so, read as a name below.)
				pi, ambiguous := d.subject[si], d.subjectAmbiguous[si]
				if pi < 0 && !(i+1 < s.tokEnd && speechVerbs.at(d.toks[i+1].wid)) {
					// "Hun Manet's first trip since he took office": a
					// name before the pronoun in its sentence; "..., she
					// told AFP" goes on with the last speaker.
					for k := len(d.mentions) - 1; k >= 0 && d.mentions[k].start >= s.tokStart; k-- {
						if d.mentions[k].kind == mkName && !d.inQuote(d.mentions[k].start) {
							pi, ambiguous = d.mentions[k].person, false
							break
						}
					}
				}
				if pi < 0 {
					pi, ambiguous = last, lastAmbiguous
				}
				if pi >= 0 && !d.inQuote(i) {
					// "she said" ... "He said": the pronoun of another.
					if g, seen := gender[pi]; seen && g != t.lower {
						continue
					}
					gender[pi] = t.lower
				}
				if pi >= 0 && !d.inQuote(i) {
					m, found = pmention{start: i, end: i + 1, person: pi, kind: mkPronoun, rule: "pronoun", ambiguous: ambiguous}, true
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
				} else if pi := d.titleInitialsHolder(t); pi >= 0 {
					m, found = pmention{start: i, end: i + 1, person: pi, kind: mkTitle, rule: "title-initials"}, true
				}
			}
			if !found {
				continue
			}
			d.mentions = append(d.mentions, m)
			d.persons[m.person].lastTok = i
			if d.subject[si] < 0 && d.canBeSubject(m) {
				d.subject[si] = m.person
				d.subjectAmbiguous[si] = m.ambiguous
			}
			i = m.end - 1
		}
		if d.subject[si] >= 0 {
			last, lastAmbiguous, lastSi = d.subject[si], d.subjectAmbiguous[si], si
		}
	}
}

// chairTitles are the titles of whoever chairs a meeting.
var chairTitles = map[string]bool{"Chair": true, "Chairman": true, "Chairperson": true}

// chairedByBefore returns the person named last, before token i, after
// "chaired by" or "under the chairmanship of", outside quotations; or -1.
func (d *docState) chairedByBefore(i int) int {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.start >= i || m.kind != mkName || d.inQuote(m.start) {
			continue
		}
		b := d.addressBefore(m.start)
		if b >= 2 && d.toks[b-1].lower == "by" && (d.toks[b-2].lower == "chaired" || d.toks[b-2].lower == "presided") ||
			b >= 3 && d.toks[b-1].lower == "of" && d.toks[b-2].lower == "chairmanship" {
			return m.person
		}
	}
	return -1
}

// addressBefore returns where the styles of address before a name that
// starts at token i begin ("Hon. X", "H.E. Mr. X"), or i.
func (d *docState) addressBefore(i int) int {
	for i > 0 && (honorifics.at(d.toks[i-1].wid) || d.toks[i-1].punct == '.' || styleSecond.at(d.toks[i-1].wid) || d.toks[i-1].lower == "h") {
		i--
	}
	return i
}

// releaseAuthor returns the person who signs a release written in the
// first person ("Senator the Hon Penny Wong / Minister for Foreign
// Affairs" over "This week I travelled to Dili"): the person named on a
// short line of its own in the first three paragraphs, before any other
// name, when "I" opens at least two sentences or clauses outside
// quotations; or -1.
func (d *docState) releaseAuthor(intros []pmention) int {
	n := 0
	for i := range d.toks {
		if t := &d.toks[i]; t.isWord() && t.lower == "i" && d.text[t.start:t.end] == "I" && !d.inQuote(i) {
			n++
		}
	}
	if n < 2 || len(intros) == 0 {
		return -1
	}
	m := intros[0]
	s := d.sents[d.toks[m.start].sent]
	if s.para > 2 || s.tokEnd-s.tokStart > 10 || !(s.tokStart == 0 || d.toks[s.tokStart].newlineBefore) || d.inQuote(m.start) {
		return -1
	}
	// The line is a signature, the name with its honorifics ("Senator the
	// Hon Penny Wong", "The Hon Tim Watts MP"): not a heading that names
	// the one the author met ("Meeting with Governor of Primorye
	// Territory Oleg Kozhemyako", "Visit of Prime Minister X").
	for j := s.tokStart; j < s.tokEnd && (j < m.start || !d.toks[j].newlineBefore); j++ {
		if t := &d.toks[j]; t.isWord() && !t.upper && t.lower != "the" && (j < m.start || j >= m.end) {
			return -1
		}
	}
	return m.person
}

// lookupName matches the longest known name at token i.
func (d *docState) lookupName(i int, full, short map[string]int) (int, int) {
	b := make([]byte, 0, 128) // the words' slugs joined by spaces, on the stack
	best, bestP := i, -1
	for j := i; j < len(d.toks) && j-i < 6; j++ {
		t := &d.toks[j]
		if t.isHyphen() {
			continue
		}
		if d.apostropheJoin(j) {
			continue // "Sing'oei": the apostrophe inside the name
		}
		if !t.isWord() || !t.upper && !(j > i && d.apostropheJoin(j-1)) {
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, graph.Slug(t.lower)...)
		if pi, ok := full[string(b)]; ok {
			best, bestP = j+1, pi
		}
	}
	if bestP < 0 {
		if pi, ok := short[graph.Slug(d.toks[i].lower)]; ok && pi >= 0 && !d.insideCapitalised(i) {
			// A lone word is a name only when it is not the start of
			// a longer capitalised phrase that is not a known name,
			// nor inside one ("at Istana Nurul Iman").
			return i + 1, pi
		}
	}
	return best, bestP
}

// holderOf returns the person holding the title of tr (for its qualifier,
// if given). A bare "the minister" also means one whose minister's title
// has a portfolio ("Foreign Minister"). When several could be meant, the
// one the paragraph is about (topic, the latest subject of its sentences)
// is; failing that, the one whose title the text wrote the same way ("the
// Foreign Secretary" after "Foreign Secretary X" and "the Minister of
// Foreign Affairs, Y"), or the only one already mentioned; failing that,
// the most recently mentioned, reported as ambiguous. The topic counts
// only when no other holder was mentioned since the start of its sentence
// (token since): "A met B. The minister said" is either.
func (d *docState) holderOf(tr titleRef, topic, since int) (int, bool) {
	best, n := -1, 0
	same, nSame := -1, 0
	seen, nSeen := -1, 0
	headed, nHeaded := -1, 0         // holders of a portfolio minister's title
	headedSeen, nHeadedSeen := -1, 0 // those of them mentioned already
	topicHolds, othersSince := false, false
	// A holder the text has not named yet is meant only when no holder
	// has been named: "the minister said" after two foreign ministers is
	// not the Minister of Commerce named in the next paragraph.
	anySeen := false
	for _, pi := range d.titleHolders(tr.title) {
		if p := d.persons[pi]; p.merged < 0 && p.lastTok >= 0 && (p.holds(tr.title, tr.qualifier) || p.holdsPortfolioOf(tr.title, tr.qualifier)) {
			anySeen = true
			break
		}
	}
	for _, pi := range d.titleHolders(tr.title) {
		p := d.persons[pi]
		if p.merged >= 0 || anySeen && p.lastTok < 0 {
			continue
		}
		if !p.holds(tr.title, tr.qualifier) {
			if p.holdsPortfolioOf(tr.title, tr.qualifier) {
				nHeaded++
				if headed < 0 || p.lastTok > d.persons[headed].lastTok {
					headed = pi
				}
				if p.lastTok >= 0 {
					headedSeen, nHeadedSeen = pi, nHeadedSeen+1
				}
				topicHolds = topicHolds || pi == topic
				othersSince = othersSince || pi != topic && p.lastTok >= since
			}
			continue
		}
		if d.portfolioAfter(tr.end) && p.holdsAsCounterpartOnly(tr.title, tr.qualifier) {
			// "his Spanish counterpart, X" makes X "Minister" of Spain,
			// not "the Spanish Minister of Agriculture".
			continue
		}
		n++
		topicHolds = topicHolds || pi == topic
		othersSince = othersSince || pi != topic && p.lastTok >= since
		if best < 0 || p.lastTok > d.persons[best].lastTok {
			best = pi
		}
		if tr.written != "" && p.wrote(tr.written) {
			same, nSame = pi, nSame+1
		}
		if p.lastTok >= 0 {
			seen, nSeen = pi, nSeen+1
		}
	}
	if n == 0 && nHeaded == 0 && tr.qualifier != "" && (tr.title == "chief" || tr.title == "Head" && tr.written == "head" && strings.HasPrefix(tr.qualifier, "organisation:")) {
		// "the UN chief" for the Secretary-General of the United Nations,
		// "the head of the EDB" for the Chairman of its Management
		// Board: the one head of the body the text names.
		return d.headOf(tr.qualifier), false
	}
	if n == 0 && nHeaded == 0 && tr.qualifier != "" && portfolioMinister(tr.title) {
		// "The Spanish Minister of Foreign Affairs, European Union and
		// Cooperation" for the one Spanish minister known only as
		// "his Spanish counterpart": his portfolio, written out.
		return d.bareMinisterOf(tr.qualifier, tr.title), false
	}
	switch {
	case n+nHeaded > 1 && topicHolds && !othersSince:
		return topic, false
	case n == 0 && nHeaded == 1:
		return headed, false
	case n == 0 && nHeadedSeen == 1:
		// "The Minister is in Jakarta on a visit, during which he held
		// talks with Foreign Minister Sugiono": the minister named
		// already, not one named after.
		return headedSeen, false
	case n > 1 && nSame == 1:
		return same, false
	case n > 1 && nSeen == 1:
		return seen, false
	}
	if n > 1 && tr.qualifier == "" {
		// "the President said" beside the AIIB President: the head of a
		// state, when only one holder is a country's.
		if c := d.countryHolder(tr.title); c >= 0 {
			return c, false
		}
		// "The Secretary-General told the Committee" in a release of the
		// OACPS Secretariat that also names the Commonwealth's: the
		// publisher's own.
		if c := d.publisherHolder(tr.title); c >= 0 {
			return c, false
		}
		// "On Wednesday evening, the Prime Minister spoke by telephone
		// with ..." in a release of Denmark's that also names Poland's:
		// the release country's own.
		if d.callsAfter(tr.end) {
			if c := d.releaseHolder(tr.title); c >= 0 {
				return c, false
			}
		}
	}
	return best, n > 1
}

// foreignHolder returns the one person named so far who holds the title
// of tr for a country other than the release's own, or -1: "The
// Honourable Minister of Foreign Affairs, X, received the Minister of
// Foreign Affairs of the Republic of Benin, Y. The visiting Minister was
// accompanied by": Y.
func (d *docState) foreignHolder(tr titleRef) int {
	home := ""
	if c := homeCountry(d.g, d.doc.URL); c >= 0 {
		home = d.g.countryID(c)
	} else if c := publisherCountry(d.g, d.doc.Publisher); c >= 0 {
		home = d.g.countryID(c)
	}
	found := -1
	for _, pi := range d.titleHolders(tr.title) {
		p := d.persons[pi]
		if p.merged >= 0 || p.lastTok < 0 || p.lastTok >= tr.start || !p.holds(tr.title, "") && !p.holdsPortfolioOf(tr.title, "") {
			continue
		}
		foreign := false
		for _, pos := range p.positions {
			if home != "" && pos.org == home {
				foreign = false
				break
			}
			foreign = foreign || strings.HasPrefix(pos.org, "country:")
		}
		if !foreign {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = pi
	}
	return found
}

// portfolioAfter reports whether a portfolio the title reference ending
// at token i does not hold follows it: "the Spanish Minister of
// Agriculture".
func (d *docState) portfolioAfter(i int) bool {
	return i+1 < len(d.toks) && (d.toks[i].lower == "of" || d.toks[i].lower == "for") &&
		d.toks[i+1].isWord() && d.toks[i+1].upper
}

// holdsAsCounterpartOnly reports whether p holds title (for qualifier)
// only as the one a counterpart was given (counterpartPositions).
func (p *person) holdsAsCounterpartOnly(title, qualifier string) bool {
	for _, pos := range p.positions {
		if (strings.EqualFold(pos.title, title) || strings.EqualFold(pos.base, title)) && (qualifier == "" || pos.org == qualifier || pos.accredited == qualifier) &&
			pos.ev.Rule != "counterpart+name" {
			return false
		}
	}
	return true
}

// portfolioMinister reports whether title is a minister's with a
// portfolio: "Foreign Minister", "Minister of Energy"; not "Prime
// Minister" nor "Deputy Foreign Minister".
func portfolioMinister(title string) bool {
	if strings.HasPrefix(title, "Minister ") {
		return true
	}
	f := strings.Fields(strings.ToLower(title))
	return len(f) == 2 && f[1] == "minister" && !ministerRanks.of(f[0])
}

// ministerRanks go before "Minister" in a title without a portfolio.
var ministerRanks = wordSet(`prime deputy vice chief first senior state acting`)

// bareMinisterOf returns the one person who holds the bare title
// "Minister" for country, as the counterpart of a minister whose title
// holds the portfolio of title ("Foreign Minister": "Minister of African
// Integration and Foreign Affairs"), when no one holds another minister's
// title for that country; or -1.
func (d *docState) bareMinisterOf(country, title string) int {
	found := -1
	for _, pi := range d.titleHolders("Minister") {
		p := d.persons[pi]
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if pos.org != country || pos.title != "Minister" && !portfolioMinister(pos.title) {
				continue
			}
			if pos.title != "Minister" || found >= 0 && found != pi {
				return -1
			}
			found = pi
		}
	}
	if found < 0 {
		return -1
	}
	word := portfolioWord(title)
	for _, c := range d.counterparts {
		ms := d.mentionsIn(c.nameStart, c.nameStart+1)
		subj := d.subject[c.sent]
		if len(ms) == 0 || ms[0].person != found || subj < 0 || word == "" {
			continue
		}
		for _, pos := range d.persons[subj].positions {
			if slices.Contains(strings.Fields(strings.ToLower(pos.title)), word) {
				return found
			}
		}
	}
	return -1
}

// portfolioWord returns the first word of a minister's portfolio, lower
// case: "foreign" for "Foreign Minister" and "Minister of Foreign
// Affairs", "" when there is none.
func portfolioWord(title string) string {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 2 && f[1] == "minister" {
		return f[0]
	}
	for i := 1; i < len(f); i++ {
		if w := strings.Trim(f[i], ","); !hardStop.of(w) {
			return w
		}
	}
	return ""
}

// headTitles are the titles of the heads of bodies, whom news calls their
// "chief".
var headTitles = map[string]bool{"Secretary-General": true, "Director-General": true, "President": true, "Chairman": true,
	"Chairperson": true, "Chair": true, "Executive Secretary": true, "Executive Director": true, "Managing Director": true,
	"High Commissioner": true, "Head": true, "General Secretary": true}

// headOf returns the one person of the text who heads the body org, or -1.
// A body's Managing Director heads it only when no one else does: a
// bank's chairman is its head, the IMF's Managing Director the Fund's.
func (d *docState) headOf(org string) int {
	if h, ok := d.headIdx[org]; ok {
		return h // a long text's references to one body read its people once
	}
	h := d.findHeadOf(org)
	if d.headIdx == nil {
		d.headIdx = map[string]int{}
	}
	d.headIdx[org] = h
	return h
}

// findHeadOf is headOf, reading every person's posts.
func (d *docState) findHeadOf(org string) int {
	head, md := -1, -1
	for pi, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if pos.org != org || !headTitles[pos.base] {
				continue
			}
			if pos.base == "Managing Director" {
				if md >= 0 && md != pi {
					md = -2
				} else if md != -2 {
					md = pi
				}
				continue
			}
			if head >= 0 && head != pi {
				return -1
			}
			head = pi
		}
	}
	if head < 0 && md >= 0 {
		return md
	}
	return head
}

// publisherHolder returns the one person who holds title for the body that
// publishes the document (its name is in the publisher's), or -1.
func (d *docState) publisherHolder(title string) int {
	pub := graph.Slug(d.doc.Publisher)
	if pub == "" {
		return -1
	}
	found := -1
	for _, pi := range d.titleHolders(title) {
		p := d.persons[pi]
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			_, name, ok := strings.Cut(pos.org, ":")
			if !ok || !strings.HasPrefix(pos.org, "organisation:") || (pos.title != title && pos.base != title) || !strings.Contains(pub, name) {
				continue
			}
			if found >= 0 && found != pi {
				return -1
			}
			found = pi
		}
	}
	return found
}

// releaseHolder returns the one person who holds title for the release's
// country, or -1.
func (d *docState) releaseHolder(title string) int {
	ci := d.releaseCountry()
	if ci < 0 {
		return -1
	}
	id := d.entityID(entry{kind: entCountry, idx: ci})
	found := -1
	for _, pi := range d.titleHolders(title) {
		p := d.persons[pi]
		if p.merged >= 0 || !p.holds(title, id) {
			continue
		}
		if found >= 0 && found != pi {
			return -1
		}
		found = pi
	}
	return found
}

// callsAfter reports whether the words from token i say that the one
// named before them called someone: "spoke by telephone with", "held a
// telephone conversation with".
func (d *docState) callsAfter(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	switch d.toks[i].lower {
	case "spoke", "held", "had", "talked":
	default:
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+4; k++ {
		if phoneWords.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// titleHolders returns, in order, the persons with a position whose title
// holds the last word of title ("president", "minister"): the only ones
// who can hold it or a portfolio of it. The index is built once, so that a
// text of many titled persons does not read them all at each reference.
func (d *docState) titleHolders(title string) []int {
	if d.holderIdx == nil {
		d.holderIdx = map[string][]int{}
		for pi := range d.persons {
			d.indexHolder(pi)
		}
	}
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 {
		return nil
	}
	return d.holderIdx[f[len(f)-1]]
}

// indexHolder adds person pi under the words of its positions' titles.
func (d *docState) indexHolder(pi int) {
	seen := map[string]bool{}
	for _, pos := range d.persons[pi].positions {
		for _, w := range strings.Fields(strings.ToLower(pos.title + " " + pos.base)) {
			w = strings.Trim(w, ",")
			if !seen[w] {
				seen[w] = true
				if l := d.holderIdx[w]; len(l) == 0 || l[len(l)-1] != pi {
					d.holderIdx[w] = append(l, pi)
				}
			}
		}
	}
}

// countryHolder returns the one person who holds title for a country, when
// the others who hold it hold it for a body ("AIIB President"), or -1.
func (d *docState) countryHolder(title string) int {
	found, bodies := -1, 0
	for _, pi := range d.titleHolders(title) {
		p := d.persons[pi]
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if pos.title != title && pos.base != title {
				continue
			}
			switch {
			case strings.HasPrefix(pos.org, "country:"):
				if found >= 0 && found != pi {
					return -1
				}
				found = pi
			case pos.org != "":
				bodies++
			default:
				return -1 // a holder of no known country or body: no telling
			}
		}
	}
	if bodies == 0 {
		return -1
	}
	return found
}

// holdsPortfolioOf reports whether p holds a minister's title with a
// portfolio ("Foreign Minister", "Minister of Foreign Affairs, Cooperation
// and ...") that a reference to title without one may mean: a bare
// "Minister" means no ranked one ("Deputy Foreign Minister", "Prime
// Minister") nor a chief minister; "the deputy minister" means a ranked
// one of that rank ("Deputy Foreign Minister"). With a qualifier, the
// title is that country's or body's.
func (p *person) holdsPortfolioOf(title, qualifier string) bool {
	lt := strings.ToLower(title)
	rank, ok := strings.CutSuffix(lt, "minister")
	if !ok {
		return false
	}
	rank = strings.TrimSpace(rank)
	for _, w := range strings.Fields(rank) {
		if !rankWords.of(w) {
			return false
		}
	}
	for _, pos := range p.positions {
		b := strings.ToLower(pos.base)
		if qualifier != "" && pos.org != qualifier || strings.HasPrefix(b, "chief ") || strings.Contains(b, "prime") {
			continue
		}
		if rank == "" && hasTitleHead(pos.base, title) && !rankedTitle(pos.base) {
			return true
		}
		if rank != "" && b != lt && strings.HasPrefix(b, rank+" ") && strings.Contains(b, "minister") {
			return true
		}
	}
	return false
}

// titleInitialsHolder returns the only person whose title, as the text
// wrote it, has the initials of the all-capitals word t ("EAM" for the
// "External Affairs Minister" of the text), or -1. Press releases refer to
// their principal so.
func (d *docState) titleInitialsHolder(t *token) int {
	if !t.allCaps || len(t.lower) < 3 || len(t.lower) > 5 {
		return -1
	}
	found := -1
	for pi, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if initialsOf(pos.written) == t.lower {
				if found >= 0 && found != pi {
					return -1
				}
				found = pi
			}
		}
	}
	return found
}

// initialsOf returns the lower-cased initials of the capitalised words of
// title ("External Affairs Minister" gives "eam"), or "" when a word is
// not capitalised.
func initialsOf(title string) string {
	var b strings.Builder
	for _, w := range strings.Fields(title) {
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		b.WriteByte(w[0] + 'a' - 'A')
	}
	return b.String()
}

// wrote reports whether one of p's titles was written with head.
func (p *person) wrote(head string) bool {
	for _, pos := range p.positions {
		if pos.head != "" && strings.EqualFold(pos.head, head) {
			return true
		}
	}
	return false
}

// canBeSubject reports whether mention m may be its sentence's subject.
func (d *docState) canBeSubject(m pmention) bool {
	if d.inQuote(m.start) {
		return false
	}
	if m.start > 0 && d.toks[m.start-1].sent == d.toks[m.start].sent && prepositions.at(d.toks[m.start-1].wid) &&
		!(m.start >= 2 && d.toks[m.start-1].lower == "to" && d.toks[m.start-2].lower == "according" && d.toks[m.start-2].upper) {
		// ("According to Kairat Sarybay, the two secretariats could
		// ...": the one who speaks, whom "he noted" goes on with.)
		return false
	}
	if m.end+1 < len(d.toks) && d.toks[m.end].lower == "'" && d.toks[m.end+1].lower == "s" {
		return false
	}
	return !d.inParticipleOpener(m.start)
}

// inParticipleOpener reports whether token i lies in the -ing phrase that
// opens its sentence, before the comma that closes it: in "Welcoming the
// ambassador, Takht-Ravanchi said ..." the ambassador is the participle's
// object, in "Following Minister A, B spoke" the preposition's, and the
// subject comes after the comma. "According to X," gives the one who
// speaks, who the reported speech after it goes on with. "During" opens no
// participle clause, and "Outgoing Ambassador X" or "Visiting Foreign
// Minister X" qualify the title: X is the subject.
func (d *docState) inParticipleOpener(i int) bool {
	s := d.sents[d.toks[i].sent]
	f := &d.toks[s.tokStart]
	if i == s.tokStart || !f.isWord() || !f.upper || len(f.lower) < 6 || !strings.HasSuffix(f.lower, "ing") ||
		f.lower == "according" || notParticiples.at(f.wid) || d.gzAt[s.tokStart] >= 0 {
		return false
	}
	if titleParticiples.at(f.wid) && d.isTitleTok(s.tokStart+1) {
		return false
	}
	for k := s.tokStart + 1; k < i; k++ {
		if d.toks[k].punct != 0 || beVerbs.at(d.toks[k].wid) {
			// The opener closed, or is no plain clause; "Taking part
			// were A, B and C" puts the subject after its verb.
			return false
		}
	}
	for k := i + 1; k < s.tokEnd && k < i+12; k++ {
		if d.toks[k].punct == ',' {
			return true
		}
		if d.toks[k].punct != 0 && d.toks[k].punct != '.' && d.toks[k].punct != '\'' && !d.toks[k].isHyphen() {
			return false
		}
	}
	return false
}

// notParticiples end in -ing but open no participle clause.
var notParticiples = wordSet(`during morning evening nothing something anything everything`)

// titleParticiples qualify a title right after them, as adjectives:
// "Outgoing Ambassador", "Visiting Foreign Minister", "Acting President".
var titleParticiples = wordSet(`outgoing incoming visiting acting serving sitting retiring departing reigning ruling presiding`)

// beVerbs put a subject after them: "Taking part were A and B".
var beVerbs = wordSet(`is are was were`)

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
	hi = lo
	for hi < len(d.mentions) && d.mentions[hi].start < b {
		hi++
	}
	return d.mentions[lo:hi:hi] // shared: callers read it; an append copies
}

// personID is the graph ID of person pi.
func (d *docState) personID(pi int) string {
	p := d.persons[pi]
	if p.id == "" || p.idOf != p.name {
		p.id, p.idOf = graph.EntityID(graph.KindPerson, p.name), p.name
	}
	return p.id
}

// emitPersons writes the persons, their positions and their evidence.
func (d *docState) emitPersons() {
	evs := make([][]graph.Evidence, len(d.persons))
	d.out.Persons = slices.Grow(d.out.Persons, len(d.persons))
	for _, m := range d.mentions {
		evs[m.person] = addEv(evs[m.person], d.ev(d.toks[m.start].sent, m.rule))
	}
	for pi, p := range d.persons {
		if p.merged >= 0 || len(evs[pi]) == 0 {
			continue // merged, or only inside another mention
		}
		f := graph.PersonFact{ID: d.personID(pi), Name: p.name, Aliases: p.aliases, Evidence: evs[pi]}
		only := p.onlyEmployer()
		for _, pos := range p.positions {
			if p.shortened(pos) || p.rankOnly(pos) || d.restated(p, pos) {
				continue
			}
			if _, country := d.g.countryByID[only]; pos.org == "" && pos.accredited == "" && country && !bodyTitles[pos.title] {
				// "Deputy Prime Minister Gan Kim Yong ... Minister for
				// Trade and Industry": the person's one country
				// employs in each post. A body does not lend itself:
				// "Minister Jama" after "the Chair of the IGAD Council
				// of Ministers, Musa Hassan Jama" is his country's.
				pos.org = only
			}
			// A country the position names is declared, even where the
			// text names it only inside a body's name ("Ministry of
			// Foreign Affairs of the People's Republic of China").
			d.declareCountry(pos.org)
			// An envoy accredited to several holds one post in each:
			// "Ambassador of Kazakhstan to Indonesia and to ASEAN".
			for _, to := range append([]string{pos.accredited}, pos.alsoTo...) {
				d.declareCountry(to)
				f.Positions = append(f.Positions, graph.PositionFact{Title: pos.out(), Organisation: pos.org,
					AccreditedTo: to, Evidence: []graph.Evidence{pos.ev}})
			}
		}
		d.out.Persons = append(d.out.Persons, f)
	}
}

// declareCountry adds the country of ID id to the document's countries
// when it is a country the document does not list yet.
func (d *docState) declareCountry(id string) {
	if ci, ok := d.g.countryByID[id]; ok {
		if _, listed := d.countryAt[id]; !listed {
			d.addCountry(ci, -1, "")
		}
	}
}

// onlyEmployer returns the organisation or country of all of p's
// positions that name one, when they name the same, or "".
func (p *person) onlyEmployer() string {
	only := ""
	for _, pos := range p.positions {
		switch {
		case pos.org == "":
		case only == "":
			only = pos.org
		case only != pos.org:
			return ""
		}
	}
	return only
}

// rankOnly reports whether pos is a bare "Ambassador", accredited nowhere,
// for someone who holds another post: the diplomatic rank written before
// the name ("Secretary General Ambassador Pornchai Danvivathana", "The
// meeting was attended by Ambassador Hossam Zaki" for the League's
// Assistant Secretary-General), no post of its own, whatever country the
// context lent it.
func (p *person) rankOnly(pos position) bool {
	if pos.title != "Ambassador" || pos.accredited != "" || !strings.EqualFold(pos.out(), "Ambassador") || pos.ev.Rule == "name+apposition" {
		return false // "Name, Ambassador of Tonga and Chair of the Committee": a post after the name
	}
	for _, o := range p.positions {
		if o.title != "Ambassador" {
			return true
		}
	}
	return false
}

// restated reports whether pos is the bare form of a post p holds as
// written out, for the same country or body: "Foreign Minister" beside
// "Minister of Foreign Affairs, International Trade and Worship" of
// Argentina is one post.
func (d *docState) restated(p *person, pos position) bool {
	if pos.org == "" || !strings.EqualFold(pos.out(), pos.title) || len(p.positions) > 50 {
		return false // a person of fifty posts is no text of the genre, and is not compared each with each
	}
	forms := []string{pos.title}
	for _, t := range d.g.Titles {
		if t.Name == pos.title {
			forms = append(forms, t.Variants...)
		}
	}
	for _, o := range p.positions {
		if o.org != pos.org || o.accredited != pos.accredited || len(o.out()) <= len(pos.out()) {
			continue
		}
		for _, f := range forms {
			if len(o.out()) > len(f) && strings.EqualFold(o.out()[:len(f)], f) {
				return true
			}
		}
	}
	return false
}

// shortened reports whether pos, a title with no organisation, is the short
// form of a fuller title p holds with one: "Minister Rivera" after "the
// Minister of Foreign Affairs of Peru, Mr. Rivera" is the same post.
//
// The fuller title is compared as written too ("Deputy Minister of Foreign
// Affairs" for a canonical "Deputy Foreign Minister"). A short form that
// got the same organisation is dropped when the fuller title starts with
// it ("Vice Minister" after "Vice Minister for Foreign Affairs" of the same
// country): the two are one post.
func (p *person) shortened(pos position) bool {
	if pos.accredited != "" {
		return false
	}
	for _, o := range p.positions {
		if strings.EqualFold(o.title, pos.title) || strings.EqualFold(o.out(), pos.out()) {
			continue
		}
		for _, full := range []string{o.title, o.out()} {
			// "Minister of Foreign Affairs, Cooperation and ...": the
			// comma sets off more of the same post.
			full = " " + strings.ReplaceAll(strings.ToLower(full), ",", "") + " "
			for _, short := range []string{pos.title, pos.out()} {
				short = " " + strings.ToLower(short) + " "
				// "Vice Minister Park" after "First Vice Minister of
				// Foreign Affairs Park Yoon-joo" drops the rank too.
				prefix := strings.HasPrefix(full, short) || strings.HasPrefix(strings.TrimPrefix(full, " first"), short)
				switch {
				case pos.org == "" && (o.org != "" || o.accredited != "") && strings.Contains(full, short):
					return true
				case pos.org == "" && o.org == "" && o.accredited == "" && prefix:
					return true // "Minister Anand" after "Anita Anand, Minister of Foreign Affairs"
				case pos.org != "" && o.org == pos.org && o.accredited == "" && prefix:
					return true
				case pos.org != "" && o.org == pos.org && o.accredited == "" && short == " minister " && strings.HasSuffix(full, short):
					return true // "Minister Tsahkna" after "Foreign Minister Margus Tsahkna"
				case pos.org != "" && o.org == pos.org && short == " chancellor " && strings.Contains(full, "foreign"):
					return true // "Chancellor Martínez", a Latin American foreign minister
				case strings.Count(short, " ") == 2 && prefix && o.org != "" && o.accredited == "":
					// "Speaker Puan" after "Speaker of the House of
					// Representatives ..., Puan Maharani": the one-word
					// title is the long one's, whatever country the
					// context lent it.
					return true
				}
			}
		}
	}
	return false
}

// listedPortfolios extends a portfolio or a body's domain ending at token
// e over more set off by commas, the last joined by "and": "Minister of
// Industry, Trade and Investment", "Commission on Trade, Economic,
// Scientific and Technical Cooperation". The list must end in a portfolio
// word, which tells it from a name after the comma; with nameAfter, a name
// may follow the last portfolio word among the same capitalised words
// ("... Emigration and Egyptian Expatriates Badr Abdelatty"). It returns
// the end of the list, or e.
func (d *docState) listedPortfolios(e int, nameAfter bool) int {
	return d.listedPortfoliosCase(e, nameAfter, false)
}

// listedPortfoliosCase is listedPortfolios, over lower-case words with
// lower ("minister of investment, industry and trade").
func (d *docState) listedPortfoliosCase(e int, nameAfter, lower bool) int {
	f := e
	countries := true // the list so far names countries only
	for n := 0; n < 8 && f+1 < len(d.toks) && d.toks[f].punct == ','; n++ {
		g := f + 1
		for hy := 0; g < len(d.toks) && g-f-hy <= 6 && !d.toks[g].newlineBefore; {
			if t := &d.toks[g]; t.isHyphen() && g > f+1 && g+1 < len(d.toks) && d.toks[g-1].end == t.start && t.end == d.toks[g+1].start &&
				d.toks[g-1].upper && d.toks[g+1].isWord() {
				g, hy = g+2, hy+2 // "Scientific-Technical Cooperation", "Co-operatives"
				continue
			}
			if !(d.toks[g].isWord() && (d.toks[g].upper || d.toks[g].lower == "and" || lower) && d.kpAt[g] < 0 && (d.gzAt[g] < 0 || d.gz[d.gzAt[g]].e.kind == entCountry ||
				(nameAfter && d.gz[d.gzAt[g]].e.kind == entOrg))) { // "Minister of Foreign Affairs, European Union and Cooperation"
				break
			}
			g++
		}
		for g > f+2 && d.toks[g-1].lower == "and" {
			g-- // "..., Defence and Security Nurlan Beknazarov and Deputy ...": the next person's "and"
		}
		if g+1 < len(d.toks) && d.toks[g].lower == "'" && d.toks[g+1].lower == "s" {
			return e // "the Confederation of Sahel States, and Mauritania's Association Agreement": a possessor, no portfolio
		}
		and := false
		for x := f + 1; x < g; x++ {
			and = and || d.toks[x].lower == "and"
			// A list of countries ends with the last: not "..., Name, and
			// Ecuador's ambassador".
			countries = countries && (d.toks[x].lower == "and" || d.gzAt[x] >= 0 && d.gz[d.gzAt[x]].e.kind == entCountry)
		}
		if g == f+1 || !d.toks[g-1].upper && !lower {
			return e
		}
		if !and {
			f = g // ", Economic," a domain of the list: read on
			continue
		}
		last := -1 // the end of the last portfolio word
		for x := f + 1; x < g; x++ {
			if (d.toks[x].upper || lower) && (isPortfolioWord(d.toks[x].lower) || countries && d.gzAt[x] >= 0 && d.gz[d.gzAt[x]].end == x+1) {
				last = x + 1 // "Director for Zambia, Malawi and Zimbabwe"
			}
		}
		switch {
		case last == g:
			return g
		case last > 0 && nameAfter && d.nameAt(last, true) >= g: // the name may go on past g: "Qais bin Mohammed"
			return last
		case g+1 < len(d.toks) && d.toks[g].punct == ',':
			// "Trade, Co-operatives and Micro, Small and Medium
			// Enterprises": a list inside the list; its end is read on.
			f = g
			continue
		}
		return e
	}
	return e
}

// listedUnit returns the end of a unit's name after the comma at token j
// that goes on with capitalised words joined by "and" up to a unit's head
// word ("Policy and Budget Department"), or j.
func (d *docState) listedUnit(j int) int {
	and := false
	for k := j + 1; k < len(d.toks) && k <= j+6; k++ {
		t := &d.toks[k]
		switch {
		case t.lower == "and":
			and = true
		case !t.isWord() || !t.upper || t.newlineBefore:
			return j
		case unitWords.at(t.wid):
			if and {
				return k + 1
			}
			return j
		}
	}
	return j
}

// isPortfolioWord reports whether w is a word a portfolio or a body's
// domain ends with, which no name does.
func isPortfolioWord(w string) bool {
	return portfolioWords.of(w) || portfolioTail.of(w) || portfolioEnds.of(w)
}

// appointmentWords qualify an appointment before a title: "the newly
// appointed Ambassador", "the outgoing Ambassador".
var appointmentWords = wordSet(`newly appointed new outgoing incoming accredited`)

// residenceAfter skips ", with residence in <place>", ", resident in
// <place>" or "(resident in <place>)" after an envoy's title at token j
// ("Ambassador of Cambodia to Sri Lanka, with residence in New Delhi, Chea
// Sokha"), and returns the comma before the name, or j.
func (d *docState) residenceAfter(j int) int {
	if j+2 < len(d.toks) && d.toks[j].punct == '(' && (d.toks[j+1].lower == "resident" || d.toks[j+1].lower == "residing" ||
		d.toks[j+1].lower == "with" && d.toks[j+2].lower == "residence") {
		// "the Ambassador of the Slovak Republic to Uzbekistan (resident
		// in Astana), Ms. Zuzana Hrušková"
		if c := d.closingParen(j); c > 0 && c+1 < len(d.toks) && d.toks[c+1].punct == ',' {
			return c + 1
		}
		return j
	}
	if j+3 >= len(d.toks) || d.toks[j].punct != ',' ||
		!(d.toks[j+1].lower == "with" && d.toks[j+2].lower == "residence" || d.toks[j+1].lower == "resident" && (d.toks[j+2].lower == "in" || d.toks[j+2].lower == "at")) {
		return j
	}
	for k := j + 3; k < len(d.toks) && k <= j+9 && !d.toks[k].newlineBefore; k++ {
		if d.toks[k].punct == ',' {
			return k
		}
	}
	return j
}

// asTitleAfter reads "as [non-resident] <title>" after a name ending at
// token e: the post someone is accredited, appointed or elected to ("the
// credentials of Name as non-resident Ambassador of ...", "elected Name
// as president").
func (d *docState) asTitleAfter(e int) (position, bool) {
	if e+1 >= len(d.toks) || d.toks[e].lower != "as" || d.toks[e].upper {
		return position{}, false
	}
	k := e + 1
	for k < len(d.toks) && k-e <= 4 && (d.toks[k].isHyphen() || credentialQualifiers.at(d.toks[k].wid)) {
		k++
	}
	g, ok := d.gzOf(k)
	if !ok || g.start != k || g.e.kind != entTitle {
		return position{}, false
	}
	p, _, _ := d.parseTitle(g)
	p.ev = d.ev(d.toks[e].sent, "name+as-title")
	return p, true
}

// credentialQualifiers come between "as" and the title of a post someone
// is accredited, appointed or elected to: "as the new non-resident
// Ambassador".
var credentialQualifiers = wordSet(`the new non resident nonresident its their his her`)

// bracketedDomain reports whether tokens i to e, inside brackets after a
// title, name a domain: two capitalised words or more, or a hyphenated
// one (not an acronym, a country or a body), with "and" or "of" between
// them.
func (d *docState) bracketedDomain(i, e int) bool {
	if !d.toks[i].upper || d.toks[i].allCaps || e == i+1 {
		return false // one word is a name or an acronym: "(Afreximbank)", "(MoFA)"
	}
	for k := i; k < e; k++ {
		t := &d.toks[k]
		if g, ok := d.gzOf(k); ok && (g.e.kind == entCountry || g.e.kind == entOrg || g.e.kind == entTitle) {
			return false
		}
		if !(t.isWord() && (t.upper || t.lower == "and" || t.lower == "of") || t.isHyphen()) {
			return false
		}
	}
	return true
}

// closingParen returns the ")" closing the "(" at token i within a few
// words on its line, or 0.
func (d *docState) closingParen(i int) int {
	for k := i + 1; k < len(d.toks) && k <= i+6 && !d.toks[k].newlineBefore; k++ {
		if d.toks[k].punct == ')' {
			return k
		}
	}
	return 0
}

// portfolioBeforeName returns the end of a portfolio starting at token k
// that a name of two words or more follows among the same capitalised
// words ("Foreign Employment Arun Hemachandra"), or k.
func (d *docState) portfolioBeforeName(k int) int {
	e := k
	for e < len(d.toks) && e-k < 8 && (d.toks[e].isWord() && d.toks[e].upper && !d.toks[e].allCaps || e > k && d.joiningHyphen(e)) &&
		(d.gzAt[e] < 0 || e > k && d.cityNamedPerson(e)) && (e == k || !d.toks[e].newlineBefore) {
		e++
	}
	// "... and External Trade D.N. Dhungyel": the run stops at the name's
	// initials, and the name runs on past them.
	initial := e > k && d.middleInitialAt(e-1)
	last := e - 2
	if initial {
		last = e - 1
	}
	for ; last > k; last-- {
		w := d.toks[last-1].lower
		if !isPortfolioWord(w) {
			continue
		}
		if n := d.nameAt(last, true); (n == e || initial && n > e) && (d.wordsIn(last, e) >= 2 || initial) {
			return last
		}
		break
	}
	return k
}

// inPlaceClosing reports whether "in" or "to [the]" and a place of one to
// three capitalised words, then a comma, a full stop, a semicolon or the
// end of the line, follow at token j: where a post set off after a name is
// held, or the state an envoy is accredited to, named as the text's host
// calls itself ("the Sultanate").
func (d *docState) inPlaceClosing(j int) bool {
	if j+1 >= len(d.toks) || d.toks[j].upper || d.toks[j].lower != "in" && d.toks[j].lower != "to" {
		return false
	}
	if d.toks[j].lower == "to" && d.toks[j+1].lower == "the" {
		j++ // "Ambassador of Sri Lanka to the Sultanate;"
	}
	if j+1 >= len(d.toks) || !d.toks[j+1].upper || d.toks[j+1].newlineBefore {
		return false
	}
	k := j + 1
	for k < len(d.toks) && k-j <= 3 && d.toks[k].isWord() && d.toks[k].upper && !d.toks[k].newlineBefore {
		k++
	}
	return k >= len(d.toks) || d.toks[k].newlineBefore || d.toks[k].punct == ',' || d.toks[k].punct == '.' || d.toks[k].punct == ';'
}

// countryOffices are the titles of the heads of a body's office in a
// country, whose seat ("in Chile") the post names.
var countryOffices = map[string]bool{"Representative": true, "Resident Representative": true, "Chief of Mission": true,
	"Country Director": true, "Country Representative": true}

// seatEndIf is consularSeatEnd(j) when the title may name a seat, else j.
func (d *docState) seatEndIf(seated bool, j int) int {
	if !seated {
		return j
	}
	return d.consularSeatEnd(j)
}

// consularSeatEnd returns the end of "in <city>" at token j, the seat of
// a consulate ("in Guwahati", "in Hagåtña") or of a body's country office
// ("IDB Representative in Chile"), or j when there is none: a
// place the gazetteer knows, or up to three capitalised words that a
// comma, a full stop, a line's end or the name of the consul (by a word
// of its own) follows.
func (d *docState) consularSeatEnd(j int) int {
	if e := d.consularSeatRun(j); e > j && !d.placeAfterComma(e) {
		return e
	}
	return j
}

// placeAfterComma reports whether a comma and a place follow at token e:
// "in Houston, Harris County,", "in Lahore, Pakistan".
func (d *docState) placeAfterComma(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].punct != ',' || !d.toks[e+1].upper {
		return false
	}
	if g, ok := d.gzOf(e + 1); ok && g.start == e+1 && (g.e.kind == entCity || g.e.kind == entCapital || g.e.kind == entCountry) {
		return true
	}
	for k := e + 1; k < len(d.toks) && k <= e+3 && d.toks[k].isWord() && d.toks[k].upper; k++ {
		if regionWords.at(d.toks[k].wid) {
			return true
		}
	}
	return false
}

// consularSeatRun is consularSeatEnd, whatever follows the seat.
func (d *docState) consularSeatRun(j int) int {
	if j+1 >= len(d.toks) || d.toks[j].lower != "in" || d.toks[j].upper || !d.toks[j+1].upper || d.toks[j+1].newlineBefore {
		return j
	}
	k := j + 1
	if g, ok := d.gzOf(k); ok && g.start == k {
		if g.e.kind == entCity || g.e.kind == entCapital || g.e.kind == entCountry {
			return g.end
		}
		return j
	}
	e := k
	for e < len(d.toks) && e-k < 3 && d.toks[e].isWord() && d.toks[e].upper && !d.toks[e].newlineBefore && d.gzAt[e] < 0 &&
		!hardStop.at(d.toks[e].wid) && !honorifics.at(d.toks[e].wid) {
		e++
	}
	switch {
	case e == k:
		return j
	case e >= len(d.toks) || d.toks[e].newlineBefore || d.toks[e].punct == ',' || d.toks[e].punct == '.' || d.toks[e].punct == ';' ||
		honorifics.at(d.toks[e].wid) || d.toks[e].isWord() && !d.toks[e].upper:
		return e
	case d.wordsIn(k+1, d.nameAt(k+1, true)) >= 2:
		return k + 1 // "in Lahore Cao Ke"
	}
	return j
}

// atTheBody reports whether "at the" and capitalised words (with "of",
// "and", "for" between them) up to a comma, a full stop, a semicolon or
// the end of the line follow at token j: the body a title is held at,
// whether the gazetteer knows it or not.
func (d *docState) atTheBody(j int) bool {
	if j+2 >= len(d.toks) || d.toks[j].lower != "at" || d.toks[j+1].lower != "the" || !d.toks[j+2].upper {
		return false
	}
	for k := j + 2; k < len(d.toks) && k < j+14; k++ {
		t := &d.toks[k]
		if k > j+2 && (t.newlineBefore || t.punct == ',' || t.punct == '.' || t.punct == ';') {
			return true
		}
		if !(t.isWord() && (t.upper || t.lower == "of" || t.lower == "and" || t.lower == "for") || t.isHyphen()) {
			return false
		}
	}
	return len(d.toks) < j+14 // the text ends with the body
}

// digraphInitial reports whether token j is a Mongolian initial of two
// letters written against the name ("Ch.Nomin-Erdene", "Ts.Enkhbat"): a
// capital and a lower-case letter, a full stop, and the name with no space.
func (d *docState) digraphInitial(j int) bool {
	t := &d.toks[j]
	return j+2 < len(d.toks) && mongolianDigraphs.at(t.wid) && t.end-t.start == 2 && d.toks[j+1].punct == '.' &&
		d.toks[j+1].start == t.end && d.toks[j+2].start == d.toks[j+1].end
}

// mongolianDigraphs are the Cyrillic letters Mongolian initials write with
// two Latin ones; not "Xi", "Li", "Jr".
var mongolianDigraphs = wordSet(`ch sh ts kh zh ya yo yu ye`)

// foldDashed folds into p the titles at the end of chain that a dash joins
// to it: "Deputy Prime Minister – Minister of Foreign Affairs" is one post,
// written so, with the first title's country if p has none. Posts of two
// bodies stay two ("Chairman of the Eurasian Economic Commission – EAEU
// Executive Secretary").
func foldDashed(chain []position, p position) ([]position, position) {
	for len(chain) > 0 && chain[len(chain)-1].dashed && chain[len(chain)-1].title != "" && p.title != "" {
		c := chain[len(chain)-1]
		if c.org != "" && p.org != "" && c.org != p.org {
			break
		}
		chain = chain[:len(chain)-1]
		p.written = c.out() + " – " + p.out()
		if p.org == "" && p.accredited == "" {
			p.org, p.accredited = c.org, c.accredited
		}
	}
	return chain, p
}

// joiningHyphen reports whether token i is a hyphen inside a capitalised
// word ("Jean-Richard"), touching the words on both sides.
// nameHyphen reports whether token i is a hyphen inside a name, after a
// capitalised word and before a word, with no space: "Ji-hye", "al-Sayed".
func (d *docState) nameHyphen(i int) bool {
	return d.toks[i].isHyphen() && i > 0 && i+1 < len(d.toks) && d.toks[i-1].isWord() && d.toks[i-1].upper && d.toks[i+1].isWord() &&
		d.toks[i-1].end == d.toks[i].start && d.toks[i].end == d.toks[i+1].start
}

// hyphenPart reports whether token i is the lower-case part of a name after
// such a hyphen: "hye" in "Yoon Ji-hye".
func (d *docState) hyphenPart(i int) bool {
	return i > 0 && !d.toks[i].upper && d.nameHyphen(i-1)
}

func (d *docState) joiningHyphen(i int) bool {
	return d.toks[i].isHyphen() && i > 0 && i+1 < len(d.toks) && d.toks[i-1].isWord() && d.toks[i+1].isWord() && d.toks[i+1].upper &&
		d.toks[i-1].end == d.toks[i].start && d.toks[i].end == d.toks[i+1].start
}

// portfolioEnds are more words a ministry's portfolio ends with, so that
// the name after it is found: "Minister of Energy and Mines Vilayvong
// Sisouvanh", "Minister of Agriculture and Forestry ...".
var portfolioEnds = wordSet(`mines mining minerals forestry forests fisheries livestock irrigation water resources tourism sport sports
youth women family families children gender equality welfare protection population employment science
technology technologies innovation research housing construction investment investments privatization works
infrastructure railways aviation ports maritime oil gas petroleum hydrocarbons electricity power
telecommunications media broadcasting religion religious endowments awqaf veterans heritage antiquities arts
expatriates diaspora emigrants migration immigration refugees integration legislation cooperatives enterprise communities
enterprises entrepreneurship customs revenue budget treasury taxation climate change adaptation meteorology hazards resilience ecology sanitation food lands land rural
regions territories situations reconstruction worship supervision oversight regulation control standards
statistics competition privatisation entrepreneurs abroad promotion strategies strategy solutions partnerships
partnership programmes programs assistance connectivity diplomacy consular logistics procurement asia pacific africa
europe americas caribbean oceania treaties corrections reform reforms negotiations initiatives francophonie`)

// portfolioAdjectives open a portfolio's name before a title: "Natural
// Resources", "Higher Education", "Civil Aviation".
var portfolioAdjectives = wordSet(`natural higher public social civil local rural urban`)

// portfolioQualifiers open a portfolio though they stop a name:
// "Minister of Foreign Affairs and International Cooperation".
var portfolioQualifiers = wordSet(`international economic foreign regional national global`)

// ministerPortfolioEnd returns the end of the portfolio that starts at
// token k after "Minister of": the last word of a portfolio (a word no
// name has: Trade, Affairs, Development ...) that a name follows up to
// the end of the capitalised words, or k.
func (d *docState) ministerPortfolioEnd(k int) int {
	r := k
	for r < len(d.toks) && r-k < 12 && (d.toks[r].isWord() && (d.toks[r].upper || d.toks[r].lower == "and" || d.particleInName(r) || d.hyphenPart(r)) ||
		r > k && (d.joiningHyphen(r) || d.nameHyphen(r))) && d.gzAt[r] < 0 && (r == k || !d.toks[r].newlineBefore) {
		r++
	}
	if g, ok := d.gzOf(r); ok && g.start == r && g.e.kind == entTitle {
		if _, rs := d.rankBefore(r); rs > k && rs < r {
			r = rs // "... Pabitra Margherita and Joint Secretary": the rank is the next title's
		}
	}
	for r > k && !d.toks[r-1].upper && !d.hyphenPart(r-1) {
		r-- // "... Ana Quispe and the Minister of ...": "and" joins the next title
	}
	for e := k + 1; e < r; e++ {
		// "Minister of National Economy Serik Zhumangarin and Péter
		// Szijjártó co-chaired": the portfolio ends before the first of
		// two names joined by "and", not before the second. Not "Minister
		// of Environment Climate Change and Forestry Elena Ruiz": a
		// portfolio's words are no name's.
		if w := d.toks[e-1].lower; !d.toks[e-1].upper || !isPortfolioWord(w) {
			continue
		}
		if n := d.nameAt(e, true); n > e && n+1 < r && d.toks[n].lower == "and" && d.wordsIn(e, n) >= 2 && d.nameAt(n+1, true) == r && d.wordsIn(n+1, r) >= 2 &&
			!d.portfolioWordIn(e, n) && !d.portfolioWordIn(n+1, r) {
			return e
		}
	}
	for e := r - 1; e > k; e-- {
		w := d.toks[e-1].lower
		if !d.toks[e-1].upper || !(hardStop.of(w) || isPortfolioWord(w)) {
			continue
		}
		// Not "Minister for Defence Industry and Minister for ...": a
		// portfolio's last word is no name.
		// "Minister of Trade John F. Kennedy": the run stops at the
		// name's middle initial, and the name runs on past it.
		if n := d.nameAt(e, true); (n == r || n > r && d.middleInitialAt(r-1)) && n > e && !(n == e+1 && isPortfolioWord(d.toks[e].lower)) {
			return e
		}
	}
	return k
}

// middleInitialAt reports whether token i is a capital letter that a
// full stop follows, and a capitalised word after it: the "F." of "John F.
// Kennedy".
// So is a Mongolian initial of two letters: "Ts.Narantungalag".
func (d *docState) middleInitialAt(i int) bool {
	return i >= 0 && i+2 < len(d.toks) && d.toks[i].isWord() && d.toks[i].upper && (len(d.toks[i].lower) == 1 || d.digraphInitial(i)) &&
		d.toks[i+1].punct == '.' && d.toks[i+2].isWord() && d.toks[i+2].upper
}

// inTheBody reports whether "in" at token j opens "in the <body>", a body
// the gazetteer or the document knows.
func (d *docState) inTheBody(j int) bool {
	if j+2 >= len(d.toks) || d.toks[j].lower != "in" || d.toks[j+1].lower != "the" {
		return false
	}
	g, ok := d.gzOf(j + 2)
	return ok && g.start == j+2 && g.e.kind == entOrg
}

// inTheDepartmentEnd returns the token after "in the Department|Ministry
// of <Capitalised words>" at token j, or 0.
func (d *docState) inTheDepartmentEnd(j int) int {
	if j+4 >= len(d.toks) || d.toks[j].lower != "in" || d.toks[j+1].lower != "the" || !d.toks[j+2].upper ||
		(d.toks[j+2].lower != "department" && d.toks[j+2].lower != "ministry") || d.toks[j+3].lower != "of" {
		return 0
	}
	e := j + 4
	for e < len(d.toks) && e < j+10 && d.toks[e].isWord() && !d.toks[e].newlineBefore && (d.toks[e].upper && d.gzAt[e] < 0 && isPortfolioWord(d.toks[e].lower) ||
		d.toks[e].lower == "and" && e+1 < len(d.toks) && d.toks[e+1].upper) {
		e++
	}
	if e == j+4 || d.toks[e-1].lower == "and" {
		return 0
	}
	return e
}

// titleAfterAnd reports whether "and" at token e joins a title.
func (d *docState) titleAfterAnd(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].lower != "and" {
		return false
	}
	g, ok := d.gzOf(e + 1)
	return ok && g.start == e+1 && g.e.kind == entTitle
}

// portfolioWordIn reports whether a word of a portfolio ("Climate",
// "Protection", "Forestry") is among tokens [i, j).
func (d *docState) portfolioWordIn(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].isWord() && isPortfolioWord(d.toks[k].lower) {
			return true
		}
	}
	return false
}

// counterpart is a name introduced as "his <Demonym> counterpart": it
// holds, for that country, the title of its sentence's subject.
type counterpart struct {
	nameStart int
	country   string
	sent      int
	// from: introduced as "counterpart from <country>, Name, Title":
	// the titles after the name, with no body of their own, are that
	// country's.
	from bool
}

// diplomacyHeads adds the references to a foreign minister that name his
// country's diplomacy: "the head of Bolivian diplomacy also held a
// videoconference", "the head of Portuguese diplomacy said".
func (d *docState) diplomacyHeads() {
	added := false
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].lower != "head" || d.toks[i+1].lower != "of" || d.toks[i-1].lower != "the" {
			continue
		}
		g, ok := d.gzOf(i + 2)
		if !ok || g.start != i+2 || g.e.kind != entCountry || g.end >= len(d.toks) || d.toks[g.end].lower != "diplomacy" {
			continue
		}
		// Only where the document names that country's foreign minister:
		// the reference must not go to one of another country whose own
		// is not given.
		country := d.entityID(g.e)
		if !d.holdsFor("Foreign Minister", country) {
			continue
		}
		d.titleRefs = append(d.titleRefs, titleRef{start: i - 1, end: g.end + 1, title: "Foreign Minister",
			written: d.phrase(i, g.end+1), qualifier: country})
		added = true
	}
	if d.diplomatRefs() {
		added = true
	}
	if added {
		slices.SortStableFunc(d.titleRefs, func(a, b titleRef) int { return a.start - b.start })
	}
}

// leaderRefs reads the references to a country's leader ("the
// Australian leader held a meeting with ...") as references to the most
// senior of that country's people the document names, a minister at
// least, when no other ranks with them and no one holds the title Leader.
func (d *docState) leaderRefs() {
	for k := range d.titleRefs {
		tr := &d.titleRefs[k]
		if tr.title != "Leader" || d.holdsFor("Leader", tr.qualifier) {
			continue
		}
		if _, isCountry := d.g.countryByID[tr.qualifier]; !isCountry {
			continue
		}
		best, rank, tie, title := -1, 0, false, ""
		ci := d.g.countryByID[tr.qualifier]
		for pi, p := range d.persons {
			if p.merged >= 0 {
				continue
			}
			if len(p.positions) == 0 && p.known >= 0 && d.personCountry(pi) == ci {
				// "Aleksandr Lukashenko met ...", named without a title:
				// a known person of the country, who may be its leader.
				tie = true
			}
			if k := slices.IndexFunc(p.positions, func(q position) bool { return q.org == tr.qualifier }); k >= 0 {
				switch r := d.seniority(pi); {
				case r > rank:
					best, rank, tie, title = pi, r, false, p.positions[k].title
				case r == rank:
					tie = true
				}
			}
		}
		if best >= 0 && !tie && rank >= 3 {
			tr.title = title
		}
	}
}

// onlyEnvoy returns the one person named before token at who holds an
// envoy's post (for the country or body qualifier, if one is given), or
// -1 when there is none or more than one.
func (d *docState) onlyEnvoy(qualifier string, at int) int {
	found := -1
	for pi, p := range d.persons {
		if p.merged >= 0 || p.lastTok < 0 || p.lastTok >= at {
			continue
		}
		for _, pos := range p.positions {
			if d.g.envoyTitle(pos.base) && (qualifier == "" || pos.org == qualifier) {
				if found >= 0 && found != pi {
					return -1
				}
				found = pi
			}
		}
	}
	return found
}

// diplomatRefs adds the references to a country's top diplomat: "the
// Philippine top diplomat said" for its foreign minister, named in the
// text (a bare "the diplomat said" may be an ambassador or a deputy
// minister, and is left alone). It reports whether it added any.
func (d *docState) diplomatRefs() bool {
	added := false
	for i := 2; i+1 < len(d.toks); i++ {
		if d.toks[i].lower != "diplomat" || d.toks[i].upper || d.toks[i-1].lower != "top" ||
			!speechVerbs.at(d.toks[i+1].wid) && d.toks[i+1].lower != "also" {
			continue
		}
		k := i - 2
		country := d.countryAdjectiveAt(k)
		if country != "" {
			k--
		}
		if k < 0 || d.toks[k].lower != "the" || d.inQuote(i) || country != "" && !d.holdsFor("Foreign Minister", country) {
			continue
		}
		d.titleRefs = append(d.titleRefs, titleRef{start: k, end: i + 1, title: "Foreign Minister", written: d.phrase(k+1, i+1), qualifier: country})
		added = true
	}
	return added
}

// holdsFor reports whether a person of the document holds title for
// country.
func (d *docState) holdsFor(title, country string) bool {
	for _, p := range d.persons {
		if p.merged >= 0 {
			continue
		}
		for _, pos := range p.positions {
			if pos.org == country && pos.title == title {
				return true
			}
		}
	}
	return false
}

// counterpartPositions gives each counterpart the title the subject of
// its sentence holds next to its name ("Foreign Minister Parnpree ...
// talks with his Kazakh counterpart Murat Nurtleu"). It reports whether it
// gave one a title it did not hold.
func (d *docState) counterpartPositions() bool {
	added := false
	for _, c := range d.counterparts {
		subj := d.subject[c.sent]
		ms := d.mentionsIn(c.nameStart, c.nameStart+1)
		if subj < 0 || len(ms) == 0 || ms[0].person == subj || len(d.persons[subj].positions) == 0 {
			continue
		}
		// Titles of the counterpart's own in that sentence that name no
		// body are that country's: "his counterpart from the DRC, X,
		// Minister of State".
		cp := d.persons[ms[0].person]
		for i := range cp.positions {
			if c.from && cp.positions[i].org == "" && cp.positions[i].accredited == "" && cp.positions[i].ev.Start == d.sents[c.sent].start {
				cp.positions[i].org = c.country
			}
		}
		sp := d.persons[subj].positions
		// The subject's last post, not a diplomatic rank he is styled
		// with ("Ambassador Tuggar" for the Minister of Foreign Affairs).
		last := sp[len(sp)-1]
		for k := len(sp) - 1; k >= 0; k-- {
			if !d.g.envoys[sp[k].title] {
				last = sp[k]
				break
			}
		}
		base := last.base
		if base == "" {
			continue
		}
		// "Federal Foreign Minister X ... his French counterpart Y": a
		// federation's style of its own officials is not the
		// counterpart's.
		base = stripFederal(base)
		cp = d.persons[ms[0].person]
		n := len(cp.positions)
		np := position{title: base, base: base, org: c.country, ev: d.ev(c.sent, "counterpart+name")}
		if canon, head := stripRanks(base), last.head; strings.Contains(head, " ") && !strings.EqualFold(head, canon) &&
			!d.secretaryIsMinister(subj, head) {
			// "Foreign Secretary X ... his Indian counterpart Y": the
			// title as the subject's is written, not the gazetteer's
			// "Foreign Minister" (a head of one word, "Minister", has
			// its portfolio before it, in the rank: "External Affairs").
			np.written = writtenTitle(base, canon, head)
		}
		had := cp.holds(np.title, np.org)
		cp.addPosition(np)
		// A title the counterpart held without its country, now with it
		// ("President Arévalo" later, "his Guatemalan counterpart, X"
		// here), is a title given too.
		added = added || len(cp.positions) > n || !had && cp.holds(np.title, np.org)
	}
	return added
}

// headlineTitle gives the subject of the lead sentence, named there
// without a title, the title that opens the headline: "Head of State
// receives Chairman of ..." over "Kassym-Jomart Tokayev received ...". The
// country is the subject's own, else the release's. It reports whether it
// gave one.
func (d *docState) headlineTitle() bool {
	if d.doc.Title == "" || len(d.sents) < 2 {
		return false
	}
	// A headline in the text is its first paragraph; one carried apart
	// (plain text, front matter) is read on its own.
	inText := strings.HasPrefix(d.text, d.doc.Title)
	htoks := d.g.tokenize(d.doc.Title)
	m, ok := d.g.match(d.doc.Title, htoks, 0)
	if !ok || m.start != 0 || m.e.kind != entTitle || m.end >= len(htoks) || !headlineVerbs.at(htoks[m.end].wid) {
		return false
	}
	head := d.doc.Title[htoks[m.start].start:htoks[m.end-1].end]
	for si, s := range d.sents {
		if inText && s.para == 0 {
			continue
		}
		subj := d.subject[si]
		if subj < 0 || d.inQuote(s.tokStart) {
			return false
		}
		subj = d.root(subj)
		ms := d.mentionsIn(s.tokStart, min(s.tokEnd, s.tokStart+12))
		p := d.persons[subj]
		if len(ms) == 0 || d.root(ms[0].person) != subj || ms[0].kind != mkName || len(p.positions) > 0 {
			return false
		}
		for _, ht := range htoks[m.end+1:] {
			// "President receives Bill Gates" over "Bill Gates visited
			// ...": the headline's object is no holder of its title.
			if ht.isWord() && ht.upper && len(ht.lower) > 2 && slices.Contains(p.words, ht.lower) {
				return false
			}
		}
		t := d.g.Titles[m.e.idx]
		for _, o := range d.mentionsIn(s.tokStart, s.tokEnd) {
			// "President receives Bill Gates" over "Bill Gates met
			// President Tokayev": the title is the other's.
			if r := d.root(o.person); r != subj && slices.ContainsFunc(d.persons[r].positions, func(q position) bool { return q.title == t.Name || q.base == t.Name }) {
				return false
			}
		}
		pos := position{title: t.Name, base: t.Name, head: head, ev: d.ev(si, "headline-title")}
		pos.written = writtenTitle(pos.title, t.Name, head)
		if c := d.personCountry(subj); c >= 0 {
			pos.org = d.g.countryID(c)
		} else if c := d.releaseCountry(); c >= 0 {
			pos.org = d.g.countryID(c)
		}
		p.addPosition(pos)
		return true
	}
	return false
}

// stripFederal returns title without the word "Federal" among the rank
// words before it: "Federal Foreign Minister" -> "Foreign Minister",
// "Deputy Federal Minister" -> "Deputy Minister".
func stripFederal(title string) string {
	var pre []string
	rest := title
	for {
		w, r, ok := strings.Cut(rest, " ")
		if !ok || !rankWords.of(strings.ToLower(w)) {
			return strings.Join(append(pre, rest), " ")
		}
		if !strings.EqualFold(w, "federal") {
			pre = append(pre, w)
		}
		rest = r
	}
}

// secretaryIsMinister reports whether the written head of person pi's
// title is a "Secretary" that is a minister of the Crown: the British
// "Foreign Secretary", whose counterparts abroad are ministers, not
// civil servants as South Asia's foreign secretaries are.
func (d *docState) secretaryIsMinister(pi int, head string) bool {
	if f := strings.Fields(strings.ToLower(head)); len(f) == 0 || f[len(f)-1] != "secretary" {
		return false
	}
	c := d.personCountry(pi)
	if c < 0 {
		c = d.releaseCountry()
	}
	return c >= 0 && d.g.countryID(c) == "country:united-kingdom"
}

// stripRanks returns title without the rank words before it: "Deputy
// Foreign Minister" -> "Foreign Minister".
func stripRanks(title string) string {
	for {
		w, rest, ok := strings.Cut(title, " ")
		if !ok || !rankWords.of(strings.ToLower(w)) {
			return title
		}
		title = rest
	}
}

// mergeSurnames merges a name of several words that ends the name of
// exactly one longer person ("Ambassador Valdés Ibarra" after "Carolina
// Valdés Ibarra": a double surname) into that person.
func (d *docState) mergeSurnames() {
	// Names by their last two words: a name can end only a name that ends
	// with the same two.
	byEnd := map[string][]int{}
	byInner := map[string][]int{} // names of four words or more by each pair of inner words
	for qi, q := range d.persons {
		if len(q.words) >= 3 {
			k := q.words[len(q.words)-2] + " " + q.words[len(q.words)-1]
			byEnd[k] = append(byEnd[k], qi)
		}
		if len(q.words) >= 4 {
			for k := 1; k+2 < len(q.words); k++ {
				pair := q.words[k] + " " + q.words[k+1]
				if n := len(byInner[pair]); n == 0 || byInner[pair][n-1] != qi {
					byInner[pair] = append(byInner[pair], qi)
				}
			}
		}
	}
	for pi, p := range d.persons {
		if len(p.words) < 2 || p.merged >= 0 {
			continue
		}
		target := -1
		for _, qi := range byEnd[p.words[len(p.words)-2]+" "+p.words[len(p.words)-1]] {
			q := d.persons[qi]
			if qi == pi || len(q.words) <= len(p.words) || q.merged >= 0 {
				continue
			}
			if !slices.Equal(q.words[len(q.words)-len(p.words):], p.words) {
				continue
			}
			if w := q.words[len(q.words)-len(p.words)-1]; w == "bin" || w == "ibn" || w == "bint" || w == "binti" {
				continue // "Abdullah II" beside "Al Hussein bin Abdullah II": the father, not the son
			}
			if target >= 0 {
				target = -2
				break
			}
			target = qi
		}
		if target == -1 && len(p.words) == 2 && strings.Count(p.name, "-") == 1 && !strings.Contains(p.name, " ") {
			// "Minister Martínez-Acha" for "Javier Martínez-Acha Vásquez":
			// a hyphenated first surname inside the full name.
			target = d.innerHyphenSurname(pi, byInner)
		}
		if target < 0 {
			continue
		}
		p.merged = target
		q := d.persons[target]
		q.aliases = addAlias(q.aliases, q.name, p.name)
		for _, pos := range p.positions {
			q.addPosition(pos)
		}
	}
}

// innerHyphenSurname returns the one name of four words or more that holds
// the two words of person pi's hyphenated surname inside it, neither first
// nor last (byInner indexes the names by each such pair), or -1.
func (d *docState) innerHyphenSurname(pi int, byInner map[string][]int) int {
	p := d.persons[pi]
	found := -1
	for _, qi := range byInner[p.words[0]+" "+p.words[1]] {
		q := d.persons[qi]
		if qi == pi || q.merged >= 0 {
			continue
		}
		if found >= 0 && found != qi {
			return -1
		}
		found = qi
	}
	return found
}

// knownOfCountry resolves "The President of Russia" that no one holds to
// the one known person of that country named before it who holds no
// title yet, and gives them the title; or returns -1.
func (d *docState) knownOfCountry(tr titleRef, si int) int {
	ci, ok := d.g.countryByID[tr.qualifier]
	if !ok || tr.qualifier == "" {
		return -1
	}
	country := d.g.Countries[ci].Name
	found := -1
	for _, m := range d.mentions {
		p := d.persons[m.person]
		if m.kind != mkName || p.known < 0 || d.g.Persons[p.known].Country != country || d.g.Persons[p.known].Past || len(p.positions) > 0 {
			continue // not one of that country whose post is untold
		}
		if found >= 0 && found != m.person {
			return -1 // two of that country: which one is unclear
		}
		found = m.person
	}
	if found < 0 {
		return -1
	}
	d.persons[found].addPosition(position{title: tr.title, org: tr.qualifier, base: tr.title, head: tr.written,
		written: writtenTitle(tr.title, tr.title, tr.written), ev: d.ev(si, "title-ref")})
	if d.holderIdx != nil {
		d.holderIdx, d.headIdx = nil, nil // the indexes are built again with this post
	}
	return found
}

// styles are the styles of address and ranks written before a name, as
// word sequences: Malay and Bruneian honours ("Datuk Seri Utama", "Tan
// Sri", "Dato Paduka"), the Thai "Khun", military ranks ("Major
// General"). None is part of the name; a style of one word that is also a
// common word ("Tan", "Sri") counts only in its sequence.
var styles = func() [][]string {
	var s [][]string
	for _, p := range strings.Split(`yang amat berhormat|yang berhormat|datuk seri setia|dato seri setia|datuk seri utama|dato seri utama|datuk seri|dato seri|dato sri|datuk sri|tan sri|
puan sri|dato paduka|datuk|dato|datin|pehin|dayang hajah|awang haji|haji|hajah|tengku|tunku|khun|major general|lieutenant general|
brigadier general|colonel general|army general|lieutenant colonel|colonel|vice admiral|rear admiral|admiral|
air chief marshal|air marshal|field marshal|marshal|cardinal|archbishop|monsignor|samdech moha borvor thipadei|samdech akka moha sena padei techo|
samdech thipadei|samdech techo|samdech|lok chumteav|neak oknha|oknha|ratu|adi|dasho|lyonpo|u|daw|patriarch|metropolitan|bishop`, "|") {
		s = append(s, strings.Fields(p))
	}
	return s
}()

// styleFirsts are the first words of the styles.
var styleFirsts = func() *words {
	var f []string
	for _, s := range styles {
		f = append(f, s[0])
	}
	return wordSet(strings.Join(f, " "))
}()

// styleAt returns the end of the style of address starting at token i
// ("Datuk Seri", "Dato’"), or i when there is none.
func (d *docState) styleAt(i int) int {
	if i >= len(d.toks) || !d.toks[i].upper || !styleFirsts.at(d.toks[i].wid) {
		return i
	}
next:
	for _, s := range styles {
		j := i
		for _, w := range s {
			if j >= len(d.toks) || d.toks[j].lower != w || !d.toks[j].upper {
				continue next
			}
			j++
			// "Dato’ Seri": the apostrophe of the Malay honour.
			if j < len(d.toks) && (d.toks[j].punct == '\'' || d.toks[j].punct == '’') && d.toks[j].start == d.toks[j-1].end {
				j++
			}
		}
		if len(s) == 1 && shortStyles.of(s[0]) && (!d.nameFollows(j) || d.honorificBefore(i)) {
			// "U" and "Adi" only before a name: "U Than Swe"; after "Mr"
			// the word is a given name ("Mr Adi Nugroho"). "Cardinal
			// Health" is a company's name.
			continue
		}
		if len(s) == 1 && churchRanks.of(s[0]) && !d.churchStyleBefore(i) && (s[0] != "patriarch" || !d.nameFollows(j) || d.honorificBefore(i)) {
			// "His Beatitude Patriarch Name": a rank after a church
			// style; "Metropolitan Police", "Mr Bishop" are none.
			continue
		}
		if len(s) == 1 && fijianStyles.of(s[0]) && !d.fijianStyleAt(i) {
			// "Adi Dharma Santoso" of Indonesia: a given name.
			continue
		}
		return j
	}
	return i
}

// shortStyles are styles of one short word ("U" of Myanmar, "Adi" and
// "Ratu" of Fiji) that count only before a capitalised name of two words
// or more on the same line.
var shortStyles = wordSet(`u adi ratu cardinal`)

// churchRanks are ranks of the clergy written between a church style and
// the name ("His Beatitude Patriarch Name"); "Metropolitan" and "Bishop"
// are also common or family words, styles only after the church style.
var churchRanks = wordSet(`patriarch metropolitan bishop`)

// churchStyleBefore reports whether a church style ("His Beatitude", "His
// Eminence") is written right before token i.
func (d *docState) churchStyleBefore(i int) bool {
	return i >= 2 && (d.toks[i-2].lower == "his" || d.toks[i-2].lower == "her") && d.toks[i-1].upper && churchStyles.at(d.toks[i-1].wid)
}

// fijianStyles are the Fijian styles "Ratu" and "Adi", also given names
// elsewhere (the Indonesian, Israeli or Indian "Adi").
var fijianStyles = wordSet(`adi ratu`)

// fijianStyleAt reports whether the style at token i can be Fijian: the
// document names Fiji (its name, "Fijian", its capital) and no other
// country qualifies the title or apposition just before it ("Indonesian
// Deputy Foreign Minister Adi ...", "the Ambassador of Israel, Adi ..."),
// other than the one an envoy is sent to ("High Commissioner to ...").
func (d *docState) fijianStyleAt(i int) bool {
	fiji := func(m gzMatch) bool {
		return (m.e.kind == entCountry || m.e.kind == entCapital) && m.e.idx >= 0 && m.e.idx < len(d.g.Countries) && d.g.Countries[m.e.idx].ISO2 == "FJ"
	}
	for k := i - 1; k >= 0 && i-k <= 12 && d.toks[k].sent == d.toks[i].sent; k-- {
		m, ok := d.gzOf(k)
		if !ok || m.e.kind != entCountry {
			continue
		}
		if m.start > 0 && d.toks[m.start-1].lower == "to" {
			// "Fiji's High Commissioner to Papua New Guinea, Adi ...":
			// the country the envoy is accredited to.
			k = m.start
			continue
		}
		if !fiji(m) {
			return false
		}
		break
	}
	if strings.Contains(d.text, "Fiji") {
		return true
	}
	for _, m := range d.gz {
		if fiji(m) {
			return true
		}
	}
	return false
}

// nameFollows reports whether a capitalised word that is no known name
// starts at token j and another follows it, no street's or building's
// ("Ratu Sukuna Road").
func (d *docState) nameFollows(j int) bool {
	return j+1 < len(d.toks) && d.toks[j].isWord() && d.toks[j].upper && d.gzAt[j] < 0 && !d.toks[j].newlineBefore &&
		d.toks[j+1].isWord() && d.toks[j+1].upper && d.toks[j].start > d.toks[j-1].end && !hardStop.at(d.toks[j+1].wid) &&
		!(j+2 < len(d.toks) && d.toks[j+2].isWord() && hardStop.at(d.toks[j+2].wid) && d.toks[j+2].upper)
}

// honorificBefore reports whether an honorific ("Mr", "Ms.") is written
// right before token i.
func (d *docState) honorificBefore(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].punct == '.' {
		k--
	}
	return k >= 0 && honorifics.at(d.toks[k].wid)
}

// addressAt returns the end of the forms of address written before a name
// at token i: "H.E.", "His Excellency", "HE", honorifics ("Mr.", "Dr") and
// styles ("Datuk Seri", "Major General"), in any number; or i when there
// are none.
func (d *docState) addressAt(i int) int {
	for n := 0; n < 4 && i < len(d.toks); n++ {
		switch j := d.skipExcellency(i, len(d.toks)); {
		case j > i:
			i = j
		case d.heAt(i):
			i++
		case honorifics.at(d.toks[i].wid) && d.toks[i].upper:
			i++
			if i < len(d.toks) && d.toks[i].punct == '.' {
				i++
			}
		case d.styleAt(i) > i:
			j := d.styleAt(i)
			if r := d.militaryRankAt(j - 1); r > j {
				j = r // "Major General (Ret'd) Name": retired
			}
			i = j
		case d.princeStyleAt(i) > i:
			i++
		case d.militaryRankAt(i) > i:
			i = d.militaryRankAt(i)
		case d.theHonourableAt(i) > i:
			i = d.theHonourableAt(i)
		case d.bracketedStyleAt(i) > i:
			i = d.bracketedStyleAt(i)
		default:
			return i
		}
	}
	return i
}

// bracketedStyleAt returns the end of a style in brackets at token i ("Hon.
// (Dr.) Jagath Wickramaratne"), or i.
func (d *docState) bracketedStyleAt(i int) int {
	if e := d.honorisCausaAt(i); e > i {
		return e
	}
	if i+2 >= len(d.toks) || d.toks[i].punct != '(' || !honorifics.at(d.toks[i+1].wid) || !d.toks[i+1].upper {
		return i
	}
	j := i + 2
	if d.toks[j].punct == '.' {
		j++
	}
	if j < len(d.toks) && d.toks[j].punct == ')' {
		return j + 1
	}
	return i
}

// honorisCausaAt returns the end of an honorary doctorate in brackets
// after "Dr." at token i ("Dr. (H.C.) Puan Maharani", "Dr. (HC)"), or i.
func (d *docState) honorisCausaAt(i int) int {
	if i < 2 || i+2 >= len(d.toks) || d.toks[i].punct != '(' {
		return i
	}
	if b := i - 1; !(d.toks[b].lower == "dr" || d.toks[b].punct == '.' && d.toks[b-1].lower == "dr") {
		return i
	}
	letters := ""
	for k := i + 1; k < len(d.toks) && k <= i+5; k++ {
		switch t := &d.toks[k]; {
		case t.punct == ')':
			if letters == "hc" {
				return k + 1
			}
			return i
		case t.punct == '.':
		case t.isWord() && len(t.lower) <= 2:
			letters += t.lower
		default:
			return i
		}
	}
	return i
}

// theHonourableAt returns the end of the Commonwealth style "the
// Honourable" / "the Hon." at token i, after a "Senator" that only opens
// it ("Senator the Honourable Name") and with its rank ("the Most Hon.",
// "Right Honourable"); i when there is none. A bare "Senator Name" is
// left to the titles.
func (d *docState) theHonourableAt(i int) int {
	j := i
	if j+1 < len(d.toks) && d.toks[j].lower == "senator" && d.toks[j].upper && d.toks[j+1].lower == "the" {
		j++
	}
	if j < len(d.toks) && d.toks[j].lower == "the" {
		j++
	}
	if j < len(d.toks) && d.toks[j].upper && (d.toks[j].lower == "most" || d.toks[j].lower == "right") {
		j++
	}
	if j >= len(d.toks) || !d.toks[j].upper ||
		!(d.toks[j].lower == "honourable" || d.toks[j].lower == "honorable" || d.toks[j].lower == "hon") {
		return i
	}
	j++
	if j < len(d.toks) && d.toks[j].punct == '.' {
		j++
	}
	return j
}

// ministryAfter finds, in the rest of an apposition that token j ends
// with a comma (", ASEAN Department, Ministry of Foreign Affairs of Viet
// Nam;"), the ministry it names: only capitalised words and commas may come
// before the ministry, and the clause must end with it.
func (d *docState) ministryAfter(j int) (ministryOrg, bool) {
	if j >= len(d.toks) || d.toks[j].punct != ',' {
		return ministryOrg{}, false
	}
	for k := j + 1; k < len(d.toks) && k-j < 16; k++ {
		t := &d.toks[k]
		if t.newlineBefore {
			break
		}
		if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entOrg && t.lower == "ministry" && t.upper {
			// A ministry the gazetteer knows, with its country: "Ministry
			// of Foreign Affairs of the People's Republic of China".
			if c := d.g.agencyCountry(g.e.idx); c >= 0 {
				if !d.clauseEndsAt(g.end) {
					return ministryOrg{}, false
				}
				return ministryOrg{start: k, end: g.end, country: c, capital: true}, true
			}
		}
		if t.lower == "ministry" && t.upper {
			mo, ok := d.ministryOf(k)
			if !ok || !d.clauseEndsAt(mo.end) {
				return ministryOrg{}, false
			}
			return mo, true
		}
		if !(t.punct == ',' || t.isHyphen() || t.isWord() && (t.upper || t.lower == "of" || t.lower == "and" || t.lower == "for" || t.lower == "the")) {
			break
		}
	}
	return ministryOrg{}, false
}

// clauseEndsAt reports whether the clause ends at token e: the text's end,
// a line break, or a comma, a full stop or a semicolon.
func (d *docState) clauseEndsAt(e int) bool {
	if e >= len(d.toks) || d.toks[e].newlineBefore {
		return true
	}
	p := d.toks[e].punct
	return p == ';' || p == '.' || p == ','
}

// jobNouns head the descriptions in lower case that news writes after the
// name of someone with no title of state: "an analyst at", "a senior
// lecturer in economics at", "the president of".
var jobNouns = wordSet(`analyst lecturer professor researcher fellow economist specialist expert scholar scientist
adviser advisor aide consultant director head chief president chairman chairwoman chair chairperson founder
coordinator manager officer dean editor`)

// appointedAfter reads the post a name was appointed to, from the comma
// at token e: ", who has been appointed Ambassador Extraordinary and
// Plenipotentiary of the Republic of Guatemala to the Russian Federation".
func (d *docState) appointedAfter(e int) (position, bool) {
	k := e
	if k+4 >= len(d.toks) || d.toks[k].punct != ',' || d.toks[k+1].lower != "who" {
		return position{}, false
	}
	k += 2
	aux := ""
	for n := 0; n < 3 && k < len(d.toks); n++ {
		w := d.toks[k].lower
		if w != "has" && w != "had" && w != "have" && w != "been" && w != "was" && w != "just" && w != "recently" {
			break
		}
		if w != "just" && w != "recently" {
			aux = w
		}
		k++
	}
	// The passive only: "who has appointed Ambassador X as her envoy"
	// names the one appointed after it.
	if k >= len(d.toks) || (d.toks[k].lower != "appointed" && d.toks[k].lower != "named") || aux != "been" && aux != "was" {
		return position{}, false
	}
	k++
	if k < len(d.toks) && d.toks[k].lower == "as" {
		k++
	}
	g, ok := d.gzOf(k)
	if !ok || g.start != k || g.e.kind != entTitle {
		return position{}, false
	}
	p, _, _ := d.parseTitle(g)
	if p.title == "" {
		return position{}, false
	}
	// "who was appointed Ambassador ... in 1998 and later served as": a
	// post of another year, not the one held now.
	s := d.sents[d.toks[k].sent]
	for i := g.end; i < s.tokEnd && d.toks[i].punct != ';'; i++ {
		w := d.toks[i].lower
		if w == "later" || w == "until" || w == "subsequently" || w == "formerly" ||
			len(w) == 4 && isDigitWord(w) && (w[:2] == "19" || w[:2] == "20") && (!d.hasPb || w != d.pub.Format("2006")) {
			return position{}, false
		}
	}
	p.ev = d.ev(d.toks[k].sent, "name+appointed")
	return p, true
}

// jobAfter reads a job described in lower case after a name, from the
// comma at token e: ", a senior lecturer in economics at Strathmore
// University", ", an analyst at the Polish Institute of International
// Affairs", ", president of the Italian-Egyptian Business Council". The
// description is a job noun after at most three words that qualify it
// ("senior", "principal climate"), with a complement of its own ("in
// economics", "of international relations"), then the body, which must be
// one the document knows, so that the description is a post and not a
// portrait or a clause ("a veteran of many such talks", "who met the
// director of the IMF", "the wife of the president of the World Bank", "a
// former director of ..."). It returns the position, with the description
// as its title, and ok.
func (d *docState) jobAfter(e int) (position, bool) {
	k := e + 1
	if e >= len(d.toks) || d.toks[e].punct != ',' || k >= len(d.toks) {
		return position{}, false
	}
	if w := d.toks[k].lower; w == "a" || w == "an" || w == "the" {
		k++
	}
	start := k
	// The qualifiers and the job noun.
	for ; k < len(d.toks) && k-start < 4; k++ {
		t := &d.toks[k]
		if jobNouns.at(t.wid) && t.isWord() && !t.upper {
			break
		}
		if !t.isWord() || t.upper || functionWords.at(t.wid) || notQualifiers.at(t.wid) ||
			strings.HasSuffix(t.lower, "ing") && t.lower != "visiting" {
			return position{}, false
		}
	}
	if k >= len(d.toks) || k-start >= 4 {
		return position{}, false
	}
	k++
	if p, ok := d.jobAtMinistry(e, start, k); ok {
		return p, true
	}
	// The complement: "in economics", "of international relations",
	// "for Sudan".
	if w := d.toks[k].lower; k < len(d.toks) && (w == "in" || w == "of" || w == "for") && !d.bodyAfter(k) {
		c := k + 1
		for c < len(d.toks) && c-k <= 4 && d.toks[c].isWord() && (!d.toks[c].upper || d.gzAt[c] >= 0 && d.gz[d.gzAt[c]].e.kind == entCountry) &&
			(!functionWords.at(d.toks[c].wid) || d.toks[c].lower == "and") {
			c++
		}
		if c == k+1 || c-k > 4 {
			return position{}, false
		}
		k = c
	}
	if k+3 < len(d.toks) && d.toks[k].lower == "to" && d.toks[k+1].lower == "the" && servantJobs.at(d.toks[k-1].wid) {
		// "Hikmet Hajiyev, foreign policy adviser to the Azerbaijani
		// president,": the country of the one served.
		if c := d.countryAdjectiveAt(k + 2); c != "" && (d.toks[k+3].lower == "president" || d.toks[k+3].lower == "prime" && k+4 < len(d.toks) && d.toks[k+4].lower == "minister") {
			e2 := k + 4
			if d.toks[k+3].lower == "prime" {
				e2++
			}
			title := d.phrase(start, e2)
			p := position{title: title, base: title, written: title, org: c}
			p.ev = d.ev(d.toks[e].sent, "name+job")
			d.jobSpans = append(d.jobSpans, span{e, e2})
			return p, true
		}
	}
	if p, ok := d.jobAtMinistry(e, start, k); ok {
		return p, true
	}
	if k >= len(d.toks) || !d.bodyAfter(k) {
		return position{}, false
	}
	o := k + 1
	if d.toks[o].lower == "the" {
		o++
	}
	g, _ := d.gzOf(o)
	// "the University of Melbourne's Asia Institute": the body inside the
	// first.
	if n := g.end; n+2 < len(d.toks) && d.toks[n].lower == "'" && d.toks[n+1].lower == "s" {
		if h, ok := d.gzOf(n + 2); ok && h.start == n+2 && h.e.kind == entOrg {
			g = h
		}
	}
	title := d.phrase(start, k)
	p := position{title: title, base: title, written: title, org: d.entityID(g.e)}
	p.ev = d.ev(d.toks[e].sent, "name+job")
	d.jobSpans = append(d.jobSpans, span{e, g.end})
	return p, true
}

// functionWords end a job's description: a preposition, an article, a
// pronoun or a relative word starts another phrase.
var functionWords = wordSet(`the a an and or but of in on at for with from by as to into about he she it they we i
his her their its our this that these those who whom whose which where when while`)

// servantJobs serve someone: "adviser to the president".
var servantJobs = wordSet(`adviser advisor aide assistant counsellor counselor`)

// notQualifiers are lower-case words that may stand before a job noun but
// do not qualify the job: a former post, a kin ("the wife of the
// president"), a relative clause.
var notQualifiers = wordSet(`former late then ex who whose which where wife husband daughter son brother sister
mother father widow spouse`)

// jobAtMinistry reads the job [start, k) after the name ending at the
// comma e as a post at the ministry named at token k: "Tessy
// Kremer-Wagner, political director of the Ministry of Foreign and
// European Affairs,". The post is the ministry's country's, when it names
// one.
func (d *docState) jobAtMinistry(e, start, k int) (position, bool) {
	mo, ok := d.ministryAfterJob(k)
	if !ok {
		return position{}, false
	}
	title := d.phrase(start, k)
	p := position{title: title, base: title, written: title}
	if mo.country >= 0 {
		p.org = d.g.countryID(mo.country)
	}
	p.ev = d.ev(d.toks[e].sent, "name+job")
	d.jobSpans = append(d.jobSpans, span{e, mo.end})
	return p, true
}

// ministryAfterJob finds "of|at [the] Ministry of ..." at token k, ending
// its clause, after a job in lower case.
func (d *docState) ministryAfterJob(k int) (ministryOrg, bool) {
	if k+2 >= len(d.toks) || (d.toks[k].lower != "of" && d.toks[k].lower != "at") {
		return ministryOrg{}, false
	}
	o := k + 1
	if d.toks[o].lower == "the" {
		o++
	}
	if d.toks[o].lower != "ministry" || !d.toks[o].upper {
		return ministryOrg{}, false
	}
	mo, ok := d.ministryOf(o)
	if !ok || !d.clauseEndsAt(mo.end) {
		return ministryOrg{}, false
	}
	return mo, true
}

// bodyAfter reports whether "at", "with", "of" or "from" at token k
// introduces a body the document knows: "at the Polish Institute of
// International Affairs".
func (d *docState) bodyAfter(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	switch d.toks[k].lower {
	case "at", "with", "of", "from":
	default:
		return false
	}
	o := k + 1
	if d.toks[o].lower == "the" {
		o++
	}
	g, ok := d.gzOf(o)
	return ok && g.start == o && g.e.kind == entOrg
}

// nasabWords join an Arabic name's chain of fathers ("Faisal bin Farhan bin
// Abdullah").
var nasabWords = wordSet(`bin bint ibn`)

// mergeNasab merges an Arabic name written with part of its chain of
// fathers ("Prince Faisal bin Farhan") and the one longer name of the
// document that starts with it ("Faisal bin Farhan bin Abdullah", "Faisal
// bin Farhan Al Saud"): into the longer one, unless the shorter is a known
// person's, which keeps its key and country. Names are indexed by their
// first three words, so that many names do not compare each with each.
func (d *docState) mergeNasab() {
	byStart := map[string][]int{}
	for qi, q := range d.persons {
		if len(q.words) > 3 {
			k := strings.Join(q.words[:3], " ")
			byStart[k] = append(byStart[k], qi)
		}
	}
	for pi, p := range d.persons {
		if len(p.words) < 3 || p.merged >= 0 || !slices.ContainsFunc(p.words, func(w string) bool { return nasabWords.of(w) }) {
			continue
		}
		target := -1
		for _, qi := range byStart[strings.Join(p.words[:3], " ")] {
			q := d.persons[qi]
			if qi == pi || len(q.words) <= len(p.words) || q.merged >= 0 || !slices.Equal(q.words[:len(p.words)], p.words) {
				continue
			}
			if target >= 0 {
				target = -2 // two fathers' chains: no telling which
				break
			}
			target = qi
		}
		if target < 0 {
			continue
		}
		d.mergeName(pi, target)
	}
}

// mergeMiddleNames merges a name into the one longer name of the document
// with the same first word and surname that holds its words in order:
// "William Ruto" (a known person) and "William Samoei Ruto", "Abdullah
// Al-Yahya" and "Abdullah Ali Al-Yahya" are one person, who keeps the
// known person's key and country.
func (d *docState) mergeMiddleNames() {
	byEnds := map[string][]int{}
	for qi, q := range d.persons {
		if len(q.words) >= 3 && q.merged < 0 {
			k := q.words[0] + " " + surnameWord(q.words)
			byEnds[k] = append(byEnds[k], qi)
		}
	}
	for pi, p := range d.persons {
		// A given name and a surname, which may carry its article
		// ("Abdullah Al-Yahya"); not a chain of fathers ("Khalid bin
		// Zayed Al Nahyan" is not "Khalid bin Mohamed bin Zayed Al
		// Nahyan") nor initials ("George W. Bush", "George H. W. Bush").
		if p.merged >= 0 || !(len(p.words) == 2 || len(p.words) == 3 && (p.words[1] == "al" || p.words[1] == "el")) {
			continue
		}
		var l []int
		for _, qi := range byEnds[p.words[0]+" "+surnameWord(p.words)] {
			if q := d.persons[qi]; qi != pi && q.merged < 0 && len(q.words) > len(p.words) && subsequence(p.words, q.words) &&
				(plainMiddle(q.words) || len(p.words) == 2 && malayPatronym(q.words)) {
				if l = append(l, qi); len(l) > 1 {
					break // two fuller names: no telling which
				}
			}
		}
		if len(l) != 1 {
			continue
		}
		d.mergeName(pi, l[0])
	}
	// "Minister Jam Kamal" for "Jam Kamal Khan": the first two words of
	// the one longer name that opens with them.
	byOpening := map[string]int{} // the longer name opening with two words, or -2 for several
	for qi, q := range d.persons {
		if q.merged >= 0 || len(q.words) < 3 || particles.of(q.words[1]) {
			continue
		}
		k := q.words[0] + " " + q.words[1]
		if _, seen := byOpening[k]; seen {
			byOpening[k] = -2
		} else {
			byOpening[k] = qi
		}
	}
	for pi, p := range d.persons {
		if p.merged >= 0 || len(p.words) != 2 || p.known >= 0 {
			continue
		}
		if target, ok := byOpening[p.words[0]+" "+p.words[1]]; ok && target >= 0 && d.persons[target].merged < 0 {
			d.mergeName(pi, target)
		}
	}
}

// namesCountry reports whether the text names the country called name
// (or its people, or its capital).
func (d *docState) namesCountry(name string) bool {
	ci := d.g.countryIndex(name)
	if ci < 0 {
		return false
	}
	for _, m := range d.gz {
		if (m.e.kind == entCountry || m.e.kind == entCapital) && m.e.idx == ci {
			return true
		}
	}
	return false
}

// mergeInitials merges a name written with a leading initial into the one
// fuller name of the document that ends with the same words and whose first
// word the initial begins: "S. Jaishankar" and "Subrahmanyam Jaishankar";
// the Mongolian "U.Khurelsukh" and "Ukhnaagiin Khurelsukh", "S.Japarov" and
// "Sadyr Japarov" (m13).
func (d *docState) mergeInitials() {
	for pi, p := range d.persons {
		if p.merged >= 0 || len(p.words) < 2 || !leadingInitial(p.name) {
			continue
		}
		initial, rest := p.words[0], p.words[1:]
		target := -1
		for qi, q := range d.persons {
			if qi == pi || q.merged >= 0 || len(q.words) <= len(rest) || len(q.words[0]) <= len(initial) ||
				!strings.HasPrefix(q.words[0], initial) || !slices.Equal(q.words[len(q.words)-len(rest):], rest) {
				continue
			}
			if target >= 0 {
				target = -2 // two fuller names: no telling which
				break
			}
			target = qi
		}
		if target >= 0 {
			d.mergeName(pi, target)
		}
	}
}

// leadingInitial reports whether a name begins with an initial and its
// full stop: one letter ("S. Jaishankar") or a Mongolian digraph
// ("Ch.Nomin-Erdene").
func leadingInitial(name string) bool {
	r, n := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) {
		return false
	}
	if n < len(name) && name[n] != '.' {
		r2, n2 := utf8.DecodeRuneInString(name[n:])
		if !unicode.IsLower(r2) || !mongolianDigraphs.of(strings.ToLower(name[:n+n2])) {
			return false
		}
		n += n2
	}
	return n < len(name) && name[n] == '.'
}

// mergeName merges person pi into target, the longer name, unless pi is a
// known person's and target is not: then target goes into pi, which keeps
// its key and country. Two known persons stay apart; two names of one
// known person ("William Ruto", "William Samoei Ruto") do not, and go into
// the one the gazetteer names the person by, else into the longer
// ("Faisal bin Farhan" into "Faisal bin Farhan Al Saud").
func (d *docState) mergeName(pi, target int) {
	from, into := pi, target
	if k := d.persons[pi].known; k >= 0 {
		t := d.persons[target].known
		if t >= 0 && t != k {
			return
		}
		if t < 0 || graph.Slug(d.persons[pi].name) == graph.Slug(d.g.Persons[k].Name) {
			from, into = target, pi
		}
	}
	f, q := d.persons[from], d.persons[into]
	f.merged = into
	q.aliases = addAlias(q.aliases, q.name, f.name)
	for _, pos := range f.positions {
		q.addPosition(pos)
	}
}

// plainMiddle reports whether the words of a name between its first and
// last hold no particle of a chain of fathers and no initial.
func plainMiddle(words []string) bool {
	for _, w := range words[1 : len(words)-1] {
		if nasabWords.of(w) || len(w) == 1 {
			return false
		}
	}
	return true
}

// malayPatronym reports whether words are a Malay name with one father's
// name ("Mohamad bin Haji Hasan"), whose short form is the given name
// and the father's ("Mohamad Hasan").
func malayPatronym(words []string) bool {
	switch {
	case len(words) == 3:
		return words[1] == "bin" || words[1] == "binti"
	case len(words) == 4:
		return (words[1] == "bin" || words[1] == "binti") && (words[2] == "haji" || words[2] == "hajah" || words[2] == "hj")
	}
	return false
}

// subsequence reports whether the words of a appear in b in their order.
func subsequence(a, b []string) bool {
	k := 0
	for _, w := range b {
		if k < len(a) && a[k] == w {
			k++
		}
	}
	return k == len(a)
}

// listItemAt reads a list item that opens its line at token i, after a
// bullet if any: a name of two words or more, a comma, and a title in
// title case that the gazetteer may not know, with the country or body
// after "of", "to" or "at" ("Liisa Väänänen-Koski, Senior Arctic Official
// of Finland"). The list must have begun: the line before ends with a
// colon ("Taking part in the meeting were:") or is an item of the same
// shape. It returns the end of the name, the position and ok.
func (d *docState) listItemAt(i int) (int, position, bool) {
	ls := d.itemLineStart(i)
	if ls < 0 || !d.toks[i].upper || d.gzAt[i] >= 0 || d.kpAt[i] >= 0 || ls == 0 {
		return i, position{}, false
	}
	e, p, ok := d.itemShape(i)
	if !ok {
		return i, position{}, false
	}
	// The line before: a colon at its end, or an item.
	if d.toks[ls-1].punct != ':' {
		prev := ls - 1
		for prev > 0 && !d.toks[prev].newlineBefore && ls-prev < 40 {
			prev--
		}
		if !d.toks[prev].newlineBefore && prev != 0 {
			return i, position{}, false
		}
		if d.toks[prev].punct == '-' || d.toks[prev].punct == '•' || d.toks[prev].punct == '*' {
			prev++
		}
		if _, _, ok := d.itemShape(prev); !ok {
			if !d.titledItem(prev) {
				return i, position{}, false
			}
		}
	}
	return e, p, true
}

// itemLineStart returns where the line of token i starts when i opens it,
// after a bullet if any, or -1.
func (d *docState) itemLineStart(i int) int {
	switch {
	case i == 0 || d.toks[i].newlineBefore:
		return i
	case i >= 1 && (d.toks[i-1].punct == '-' || d.toks[i-1].punct == '•' || d.toks[i-1].punct == '*') && (i == 1 || d.toks[i-1].newlineBefore):
		return i - 1
	}
	return -1
}

// itemShape reads "Name, Title [of|to|at Body]" to the end of the line from
// token i: it returns the end of the name, the position and ok.
func (d *docState) itemShape(i int) (int, position, bool) {
	e := d.nameAt(i, false)
	if e-i < 2 || d.wordsIn(i, e) < 2 || e+1 >= len(d.toks) || d.toks[e].punct != ',' || orgHeads.at(d.toks[e-1].wid) ||
		d.toks[e+1].newlineBefore || !d.toks[e+1].upper || !d.toks[e+1].isWord() {
		return i, position{}, false
	}
	k := e + 1
	for k < len(d.toks) && k-e < 8 && !d.toks[k].newlineBefore && (d.toks[k].isWord() && d.toks[k].upper || d.toks[k].isHyphen()) {
		if g, ok := d.gzOf(k); ok {
			if g.e.kind != entTitle || g.start != k {
				break
			}
			k = g.end // "International Chair of ...": a title inside
			continue
		}
		k++
	}
	var p position
	if k == e+1 {
		return i, p, false // "Name, Canada": no title
	}
	if !d.titleWordIn(e+1, k) {
		return i, p, false // "Renewable Energy, Green Hydrogen", "Grand Hyatt, Main Ballroom"
	}
	title := d.phrase(e+1, k)
	p = position{title: title, base: title, written: title}
	p.ev = d.ev(d.toks[i].sent, "list-item")
	switch {
	case k >= len(d.toks) || d.toks[k].newlineBefore || d.toks[k].punct == ';' || d.toks[k].punct == '.' && (k+1 >= len(d.toks) || d.toks[k+1].newlineBefore):
	case d.toks[k].lower == "of" || d.toks[k].lower == "to" || d.toks[k].lower == "at":
		o := k + 1
		if o < len(d.toks) && d.toks[o].lower == "the" {
			o++
		}
		g, ok := d.gzOf(o)
		if !ok || g.start != o || (g.e.kind != entOrg && g.e.kind != entCountry) {
			return i, p, false
		}
		p.org = d.entityID(g.e)
		if !d.clauseEndsAt(g.end) {
			return i, p, false // the line goes on: no item
		}
	default:
		return i, p, false
	}
	return e, p, true
}

// titledItem reports whether a line from token i is an item whose title the
// gazetteer knows: "Marc-André Tremblay-Okpik, Ambassador of Canada".
func (d *docState) titledItem(i int) bool {
	e := d.nameAt(i, false)
	if e-i < 2 || e+1 >= len(d.toks) || d.toks[e].punct != ',' || d.toks[e+1].newlineBefore {
		return false
	}
	g, ok := d.gzOf(e + 1)
	return ok && g.start == e+1 && g.e.kind == entTitle
}

// princeStyleAt returns the token after "Prince" or "Princess" at token i
// when it styles an Arabic name with its chain of fathers ("Prince Faisal
// bin Farhan") or after "Highness", or i: "Prince William", "Prince Edward Island" and
// "Princess Nourah bint Abdulrahman University" keep the word.
func (d *docState) princeStyleAt(i int) int {
	if i >= len(d.toks) || !d.toks[i].upper || (d.toks[i].lower != "prince" && d.toks[i].lower != "princess") {
		return i
	}
	if i > 0 && d.toks[i-1].lower == "highness" {
		return i + 1 // "His Royal Highness Prince Haji Al-Muhtadee Billah"
	}
	e := d.nameAt(i+1, true)
	if e <= i+1 || orgHeads.at(d.toks[e-1].wid) || e < len(d.toks) && d.toks[e].isWord() && d.toks[e].upper && orgHeads.at(d.toks[e].wid) {
		return i
	}
	for k := i + 2; k < e; k++ {
		if nasabWords.at(d.toks[k].wid) {
			return i + 1
		}
	}
	return i
}

// postWords end the titles of posts the gazetteer does not know: "Senior
// Arctic Official", "General Delegate".
var postWords = wordSet(`official officer delegate representative envoy commissioner secretary minister ambassador
counsellor counselor member governor mayor speaker attaché attache consul coordinator`)

// titleWordIn reports whether tokens [a, b) name a post: a title the
// gazetteer knows inside them, or a last word that ends a post's title.
func (d *docState) titleWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if g, ok := d.gzOf(k); ok && g.e.kind == entTitle {
			return true
		}
	}
	w := d.toks[b-1].lower
	return postWords.of(w) || jobNouns.of(w)
}

// delegationBodyBefore returns the ID of the body that "its" at token i
// refers to: of "a delegation of [the] <body>", or the body "at the" or
// "visited the" ("welcomed at the World Bank by its President"), named
// last in the sentence before it, within 30 tokens; or "": not "The
// delegation of Ghana, a member of ECOWAS, was led by its Foreign
// Minister", whose "its" is the delegation's country.
func (d *docState) delegationBodyBefore(i int) string {
	si := d.toks[i].sent
	for k := i - 1; k >= d.sents[si].tokStart && k >= i-30; k-- {
		g, ok := d.gzOf(k)
		if !ok || (g.e.kind != entOrg && g.e.kind != entCountry) {
			continue
		}
		if g.start > 0 && d.toks[g.start-1].punct == '(' {
			k = g.start - 1 // "(URMWA)": the acronym after the name
			continue
		}
		b := g.start - 1
		if b >= 0 && d.toks[b].lower == "the" {
			b--
		}
		if g.e.kind == entOrg && b >= 1 && (d.toks[b].lower == "of" || d.toks[b].lower == "from") && (d.toks[b-1].lower == "delegation" || d.toks[b-1].lower == "representatives") {
			return d.entityID(g.e)
		}
		if g.e.kind == entOrg && b >= 0 && b < g.start-1 && (d.toks[b].lower == "at" || d.toks[b].lower == "visited") {
			// "welcomed at the World Bank by its President, Name",
			// "visited the Secretariat and met its Director": the body
			// visited.
			return d.entityID(g.e)
		}
		return ""
	}
	return ""
}

// militaryRanks are ranks written before a name as a style: "Gen (Rtd)
// James Kabarebe", "Lt. Gen. Ahmed Ali".
var militaryRanks = wordSet(`gen lt col maj brig adm capt cdr general brigadier colonel major admiral captain commander lieutenant commodore`)

// militaryRankAt returns the token after a military rank written as a
// style at token i, with its stop and a "(Rtd)" or "(Retd.)" after it, or
// i.
func (d *docState) militaryRankAt(i int) int {
	if i >= len(d.toks) || !d.toks[i].upper || !militaryRanks.at(d.toks[i].wid) {
		return i
	}
	k := i + 1
	if k < len(d.toks) && d.toks[k].punct == '.' {
		k++
	}
	if k+2 < len(d.toks) && d.toks[k].punct == '(' && (d.toks[k+1].lower == "rtd" || d.toks[k+1].lower == "retd" || d.toks[k+1].lower == "ret") {
		k += 2
		if d.toks[k].punct == '.' && k+1 < len(d.toks) {
			k++
		}
		if k+2 < len(d.toks) && d.toks[k].lower == "'" && d.toks[k+1].lower == "d" {
			k += 2 // "(Ret'd)"
		}
		if d.toks[k].punct != ')' {
			return i
		}
		k++
	}
	if d.nameAt(k, true) <= k && d.militaryRankAt(k) == k {
		return i // a rank must style a name
	}
	return k
}

// particleInName reports whether token k is a particle between capitalised
// words of a name: "Maryam bint Ali", "Ana de la Fuente".
func (d *docState) particleInName(k int) bool {
	if k < 1 || !d.toks[k].isWord() || d.toks[k].upper || !particles.at(d.toks[k].wid) || !d.toks[k-1].upper {
		return false
	}
	for n := k + 1; n < len(d.toks) && n <= k+2; n++ {
		if d.toks[n].isWord() && d.toks[n].upper {
			return true
		}
		if n == k+1 && d.joiningHyphen(n) {
			return true // "Ahmed al-Sayed"
		}
		if !particles.at(d.toks[n].wid) {
			return false
		}
	}
	return false
}

// creditWordsOnly reports whether tokens [a, b) are words of units and
// credits that name no person: "Media Relations, Press Secretary".
func (d *docState) creditWordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].isWord() && !creditNonNames.at(d.toks[k].wid) {
			return false
		}
	}
	return true
}

// nameBeforeParticle returns the word before "da", "do", "dos" or "das"
// that ends a name of four words or more ("lula" for "Luiz Inácio Lula da
// Silva"), or "".
func nameBeforeParticle(words []string) string {
	if n := len(words); n >= 4 {
		switch words[n-2] {
		case "da", "do", "dos", "das":
			return words[n-3]
		}
	}
	return ""
}

// paternalSurname returns the first of two surnames that end a name of
// three words, the form Spanish and Portuguese texts use alone:
// "Aramayo" for "Fernando Aramayo Carrasco". "" for other names.
func paternalSurname(words []string) string {
	if len(words) != 3 || len(words[1]) < 4 || particles.of(words[1]) || nameSuffixes.of(words[2]) {
		return ""
	}
	return words[1]
}

// nameSuffixes follow a surname: "Ferdinand Marcos Jr.", "Vicente Sotto
// III".
var nameSuffixes = wordSet(`jr sr ii iii iv`)

// surnameWord returns the last word of a name before its suffix, if any:
// "marcos" for "Ferdinand Marcos Jr.".
func surnameWord(words []string) string {
	if n := len(words); n > 2 && nameSuffixes.of(words[n-1]) {
		return words[n-2]
	}
	if len(words) >= 4 && peerages.of(words[0]) && words[2] == "of" {
		return words[1] // "Collins" of "Lord Collins of Highbury"
	}
	return words[len(words)-1]
}

// peerages are the styles of a peer, whose name is "<style> <name> of
// <place>".
var peerages = wordSet(`lord baroness baron viscount`)

// peerageEnd returns the end of a peer's name at token i ("Lord Collins
// of Highbury", "Baroness Chapman of Darlington"), or i: the style, one
// name, "of" and a place of one or two capitalised words.
func (d *docState) peerageEnd(i int) int {
	t := &d.toks[i]
	if !t.upper || !peerages.at(t.wid) || i+3 >= len(d.toks) {
		return i
	}
	n := i + 1
	if !d.toks[n].isWord() || !d.toks[n].upper || d.gzAt[n] >= 0 || hardStop.at(d.toks[n].wid) || d.toks[n].newlineBefore ||
		d.toks[n+1].lower != "of" || !d.toks[n+2].isWord() || !d.toks[n+2].upper || d.gzAt[n+2] >= 0 || hardStop.at(d.toks[n+2].wid) {
		return i
	}
	e := n + 3
	if e < len(d.toks) && d.toks[e].isWord() && d.toks[e].upper && d.gzAt[e] < 0 && !hardStop.at(d.toks[e].wid) && !d.toks[e].newlineBefore {
		e++ // "Lord Hunt of Kings Heath"
	}
	return e
}

// cityBodyAt reports whether capitalised words at token e, after a city,
// go on with its name to name a body, which a comma sets off from its
// holder's styled name: "Chairman of Dubai Ports World, Mr X", "Chief
// Executive Officer of Dubai Holding, Mr Y".
func (d *docState) cityBodyAt(e int) bool {
	k := e
	for k < len(d.toks) && k-e < 4 && d.toks[k].isWord() && d.toks[k].upper && !d.toks[k].newlineBefore && !regionWords.at(d.toks[k].wid) {
		k++
	}
	return k > e && k+1 < len(d.toks) && d.toks[k].punct == ',' && d.addressAt(k+1) > k+1
}

// sentEndAt reports whether token k is the last of its sentence.
func (d *docState) sentEndAt(k int) bool {
	return d.sents[d.toks[k].sent].tokEnd-1 == k
}

// possessedUnitEnd returns the end of a unit's name in title case from
// token k, after a body's possessive, that runs to a comma, full stop or
// semicolon ("Near East, North Africa and Europe Division,"), or k where
// none does. The name ends on a unit's head word.
func (d *docState) possessedUnitEnd(k int) int {
	e := k
	for e < len(d.toks) && e-k < 12 && !d.toks[e].newlineBefore {
		t := &d.toks[e]
		if t.isWord() && (t.upper || e > k && t.lower == "and") || t.punct == ',' && e+1 < len(d.toks) && d.toks[e+1].upper && e > k {
			e++
			continue
		}
		break
	}
	for e > k && d.toks[e-1].punct == ',' {
		e--
	}
	if e == k || e >= len(d.toks) || !unitHeads.at(d.toks[e-1].wid) {
		return k
	}
	if p := d.toks[e].punct; p != ',' && p != '.' && p != ';' {
		return k
	}
	return e
}

// portfolioAcronyms are portfolios written as acronyms, no body's name:
// "Director of ICT, Mr X", "Head of HR".
var portfolioAcronyms = wordSet(`ict it hr pr`)

// acronymBodyAt returns the end of a body's name at token k that opens
// with an acronym no gazetteer entry knows and ends the phrase: "OCP
// Africa,", "MOL." (up to three capitalised words after it); or k.
func (d *docState) acronymBodyAt(k int) int {
	if k >= len(d.toks) || !d.toks[k].allCaps || d.gzAt[k] >= 0 || d.kpAt[k] >= 0 || d.toks[k].newlineBefore || portfolioAcronyms.at(d.toks[k].wid) {
		return k
	}
	e := k + 1
	for e < len(d.toks) && e-k < 4 && d.toks[e].isWord() && d.toks[e].upper && !d.toks[e].allCaps && d.gzAt[e] < 0 && !d.toks[e].newlineBefore {
		e++
	}
	if e >= len(d.toks) {
		return e
	}
	if e-k >= 3 && d.nameAt(k+1, true) == e && d.wordsIn(k+1, e) >= 2 {
		return k + 1 // "Chief Executive Officer of ALROSA Pavel Marinychev.": the name follows the acronym
	}
	switch d.toks[e].punct {
	case ',', '.', ';', '(':
		return e
	}
	return k
}

// placeNounThenName reports whether the one word [j, e) after a title's
// country ends the name of a place or body, not a person's, since a name
// set off by commas follows: "the Administrator of the Panama Canal,
// (Mr.) Ricaurte Vásquez Morales, ...". A country's formal name ("the
// Republic of Indonesia Sugiono,") names no place of its own after it.
func (d *docState) placeNounThenName(j, e int) bool {
	if e != j+1 || j < 2 || e+1 >= len(d.toks) || d.toks[e].punct != ',' {
		return false
	}
	g, ok := d.gzOf(j - 1)
	if !ok || g.end != j || g.e.kind != entCountry || g.start == 0 || d.toks[g.start-1].lower != "the" {
		return false
	}
	for k := g.start; k < g.end; k++ {
		if d.toks[k].lower == "of" {
			return false
		}
	}
	n := d.addressAt(e + 1)
	return d.wordsIn(n, d.nameAt(n, true)) >= 2
}

// insideCapitalised reports whether token i stands between two
// capitalised words of a phrase that are no gazetteer entry, or opens one
// after "the": "Nurul" in "at Istana Nurul Iman" or "at the Nurul Iman
// Palace" is no one's given name there. A headline in title case ("Lavrov
// Holds Talks With Wang In Beijing") capitalises every word: no phrase.
func (d *docState) insideCapitalised(i int) bool {
	if i < 1 || i+1 >= len(d.toks) || d.toks[i].newlineBefore || d.toks[i+1].newlineBefore {
		return false
	}
	p, n := &d.toks[i-1], &d.toks[i+1]
	if !n.isWord() || !n.upper || d.gzAt[i+1] >= 0 || d.titleCased(d.toks[i].sent) {
		return false // "Lavrov Holds Talks With Wang In Beijing": a headline
	}
	if p.lower == "the" {
		return true // "at the Nurul Iman Palace": a name's start after "the"
	}
	return p.isWord() && p.upper && d.gzAt[i-1] < 0 && !honorifics.at(p.wid) &&
		d.styleAt(i-1) == i-1 && d.toks[i-1].start+1 < d.toks[i-1].end
}

// titleCased reports whether sentence si is written in title case, a
// headline's: a preposition or "and" inside it is capitalised.
func (d *docState) titleCased(si int) bool {
	s := d.sents[si]
	for k := s.tokStart + 1; k < s.tokEnd; k++ {
		if t := &d.toks[k]; t.isWord() && t.upper && (prepositions.at(t.wid) || t.lower == "and") {
			return true
		}
	}
	return false
}

// ptr returns a pointer to a copy of p. Taking the address of a variable
// declared in an if statement moves it to the heap on every test, taken or
// not; the copy is made only where the pointer is wanted.
func ptr(p position) *position { return &p }

// skipThe returns the token after an article at k, or k: where the
// gazetteer's name starts with the article ("of The Gambia", "in The
// Hague"), the article is part of it.
func (d *docState) skipThe(k int) int {
	if k < len(d.toks) && d.toks[k].lower == "the" {
		if g, ok := d.gzOf(k); !ok || g.start != k {
			return k + 1
		}
	}
	return k
}
