package extract

import (
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// The default lists ship inside the binary so that the extractor works
// offline and gives the same answer wherever it runs.
//
//go:embed gazetteer/*.json
var gazetteerFS embed.FS

// Country is a sovereign state and every way the news names it.
type Country struct {
	Name     string   `json:"name"`
	Formal   []string `json:"formal"`
	Aliases  []string `json:"aliases"`
	Demonyms []string `json:"demonyms"`
	Capitals []string `json:"capitals"`
	// Cities are other cities where meetings are held ("Kunming", "New
	// York"): places in the country, never the country's government.
	Cities []string `json:"cities,omitempty"`
	ISO2   string   `json:"iso2"`
	ISO3   string   `json:"iso3"`
	QID    string   `json:"qid"`
}

// Organisation is an intergovernmental body, party, agency, company or
// forum.
type Organisation struct {
	Name     string   `json:"name"`
	Acronyms []string `json:"acronyms"`
	Aliases  []string `json:"aliases"`
	Kind     string   `json:"kind"` // intergovernmental, party, agency, company, forum
	QID      string   `json:"qid"`
	// Country is the government a state news agency speaks for ("IRNA":
	// Iran): its wire reports name that government's officials without
	// a qualifier.
	Country string `json:"country,omitempty"`
	// Seat is the city an international body sits in ("Moscow" for the
	// Eurasian Economic Commission): its officers host the meetings held
	// there.
	Seat string `json:"seat,omitempty"`
}

// Initiative is a named initiative, programme or recurring topic.
type Initiative struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Kind    string   `json:"kind"` // initiative, programme, topic
	QID     string   `json:"qid"`
}

// Title is a position title with its canonical form and spelling variants.
// Envoy titles take "to <country>" as the country they are accredited to.
type Title struct {
	Name     string   `json:"name"`
	Variants []string `json:"variants"`
	Envoy    bool     `json:"envoy"`
}

// envoyTitle reports whether title names an envoy's post (Ambassador,
// Chargé d'Affaires, Permanent Representative, ...).
func (g *Gazetteer) envoyTitle(title string) bool { return g.envoys[title] }

// KnownPerson is a public figure of the genre (a head of state or
// government, a foreign minister, the head of an international body) with
// the country, party or organisation their unqualified titles belong to:
// "President Xi Jinping" is President of China.
type KnownPerson struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Country string   `json:"country"` // common name of the country, or ""
	Party   string   `json:"party"`   // name of the party, for party titles
	Org     string   `json:"org"`     // organisation an international official heads
	// Past marks a figure of the past the press recalls (a founder, a
	// late leader): found by name, but never an attendee, never read
	// from a surname alone, never the holder of a post a reference names.
	Past bool `json:"past,omitempty"`
}

// GazetteerFile is the shape of a user file given to LoadGazetteer.
type GazetteerFile struct {
	Countries     []Country      `json:"countries"`
	Organisations []Organisation `json:"organisations"`
	Initiatives   []Initiative   `json:"initiatives"`
	Titles        []Title        `json:"titles"`
	Persons       []KnownPerson  `json:"persons"`
}

// entKind says which list a gazetteer entry points into.
type entKind uint8

const (
	entNone entKind = iota
	entCountry
	entCapital // a capital city: the country when it is a subject, a place otherwise
	entOrg
	entInitiative
	entTitle
	entPerson // a known person (separate trie)
	entCity   // a city other than the capital: a place in its country
)

// entry is one thing a phrase can name. Lower priority values win when two
// entries share a phrase.
type entry struct {
	kind entKind
	idx  int
	// caseMode: 0 any case, 1 first letter must be upper case, 2 exact
	// (acronyms, so that "who" is not the WHO).
	caseMode uint8
	surface  string // the variant as written in the gazetteer
}

// trieNode is a node of the token trie: one edge per normalised token.
type trieNode struct {
	next    map[string]*trieNode
	kids    []kid // next, by the words' indexes in the lexicon, in their order
	entries []entry
}

// Gazetteer is the set of known names, indexed for longest-match lookup over
// token sequences. It is read-only after construction and safe to share.
type Gazetteer struct {
	Countries     []Country
	Organisations []Organisation
	Initiatives   []Initiative
	Titles        []Title
	Persons       []KnownPerson

	root  *trieNode
	proot *trieNode // known persons' names

	personBySlug, orgBySlug, countryBySlug map[string]int
	countryFirstWords                      map[string]bool     // first words of the countries' names, lower case
	envoys                                 map[string]bool     // the titles of envoys' posts
	countryAliasBySlug                     []map[string]string // per country: its aliases, formal names and demonyms by slug
	surnames                               map[string]int      // last name of a known person, -1 when shared
	personsByPair                          map[string][]int    // known persons of a two-word name by its words ("bola tinubu")
	countryByID                            map[string]int      // graph ID of a country to its index
	countryIDs                             []string            // graph ID of each country
	orgIDs, initiativeIDs                  []string            // graph ID of each organisation and initiative
	orgSlugs, initiativeSlugs              [][]string          // slugs of each one's names, in canonicalSurface's order
	lex                                    map[string]lexEntry // the words of the word sets and of names
	asciiLex                               [utf8.RuneSelf]lexEntry
	firsts                                 []*trieNode       // the children of root by the index of their word
	firstWords                             int32             // how many words of names begin one: their gids come first
	lexTable                               *lexTable         // lex, for the tokenizer
	orgCountryByID                         map[string]int    // graph ID of a national body to its country's index
	orgSeatByID                            map[string]string // graph ID of an international body to its seat
	givenNames                             map[string]bool   // the first words of the known persons' names, lower case
}

// DefaultGazetteer returns the gazetteer built from the embedded lists.
func DefaultGazetteer() (*Gazetteer, error) { return LoadGazetteer() }

// LoadGazetteer returns the embedded lists extended by the given user files,
// each a JSON object shaped like GazetteerFile. Entries of a user file with
// the name of an existing entry are added as a separate entry; the longest
// and first-listed match wins at lookup.
func LoadGazetteer(extraFiles ...string) (*Gazetteer, error) {
	g := &Gazetteer{}
	load := func(name string, dst any) error {
		b, err := gazetteerFS.ReadFile("gazetteer/" + name)
		if err != nil {
			return fmt.Errorf("gazetteer %s: %w", name, err)
		}
		if err := json.Unmarshal(b, dst); err != nil {
			return fmt.Errorf("gazetteer %s: %w", name, err)
		}
		return nil
	}
	if err := load("countries.json", &g.Countries); err != nil {
		return nil, err
	}
	if err := load("organisations.json", &g.Organisations); err != nil {
		return nil, err
	}
	if err := load("initiatives.json", &g.Initiatives); err != nil {
		return nil, err
	}
	if err := load("titles.json", &g.Titles); err != nil {
		return nil, err
	}
	if err := load("persons.json", &g.Persons); err != nil {
		return nil, err
	}
	for _, path := range extraFiles {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		var f GazetteerFile
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w", path, err)
		}
		g.Countries = append(g.Countries, f.Countries...)
		g.Organisations = append(g.Organisations, f.Organisations...)
		g.Initiatives = append(g.Initiatives, f.Initiatives...)
		g.Titles = append(g.Titles, f.Titles...)
		g.Persons = append(g.Persons, f.Persons...)
	}
	g.build()
	return g, nil
}

// build indexes every variant in the token trie. Titles are added first so
// that, for a phrase that is both, an organisation or country wins.
func (g *Gazetteer) build() {
	g.root = &trieNode{}
	g.proot = &trieNode{}
	g.personBySlug, g.orgBySlug, g.countryBySlug = map[string]int{}, map[string]int{}, map[string]int{}
	g.personsByPair = map[string][]int{}
	g.countryByID = map[string]int{}
	g.countryIDs = make([]string, len(g.Countries))
	for i, c := range g.Countries {
		g.countryIDs[i] = graph.EntityID(graph.KindCountry, c.Name)
	}
	g.orgSlugs = make([][]string, len(g.Organisations))
	g.orgIDs = make([]string, len(g.Organisations))
	for i, o := range g.Organisations {
		g.orgSlugs[i] = slugs(o.Name, o.Acronyms, o.Aliases)
		g.orgIDs[i] = graph.EntityID(graph.KindOrganisation, o.Name)
	}
	g.initiativeSlugs = make([][]string, len(g.Initiatives))
	g.initiativeIDs = make([]string, len(g.Initiatives))
	for i, in := range g.Initiatives {
		g.initiativeSlugs[i] = slugs(in.Name, in.Aliases)
		g.initiativeIDs[i] = graph.EntityID(graph.KindInitiative, in.Name)
	}
	g.countryFirstWords = map[string]bool{}
	g.countryAliasBySlug = make([]map[string]string, len(g.Countries))
	for i, c := range g.Countries {
		g.countryAliasBySlug[i] = map[string]string{}
		for _, a := range slices.Concat(c.Aliases, c.Formal, c.Demonyms) {
			if k := graph.Slug(a); g.countryAliasBySlug[i][k] == "" {
				g.countryAliasBySlug[i][k] = a
			}
		}
	}
	g.envoys = map[string]bool{}
	for _, t := range g.Titles {
		g.envoys[t.Name] = t.Envoy
	}
	for i, c := range g.Countries {
		if _, ok := g.countryByID[g.countryID(i)]; !ok {
			g.countryByID[g.countryID(i)] = i
		}
		for _, v := range append(append([]string{c.Name}, c.Aliases...), c.Formal...) {
			if _, ok := g.countryBySlug[graph.Slug(v)]; !ok {
				g.countryBySlug[graph.Slug(v)] = i
			}
			if ts := tokenize(v); len(ts) > 0 {
				g.countryFirstWords[ts[0].lower] = true // "Timor-Leste", "People's ..."
			}
		}
	}
	for i, o := range g.Organisations {
		for _, v := range append([]string{o.Name}, o.Aliases...) {
			if _, ok := g.orgBySlug[graph.Slug(v)]; !ok {
				g.orgBySlug[graph.Slug(v)] = i
			}
		}
	}
	// The first words of the known persons' names: given names, which
	// no province or portfolio is ("Muhammad", "Maryam").
	g.givenNames = map[string]bool{}
	for _, p := range g.Persons {
		if f := strings.Fields(p.Name); len(f) >= 2 {
			g.givenNames[strings.ToLower(f[0])] = true
		}
	}
	g.surnames = map[string]int{}
	for i, p := range g.Persons {
		ws := strings.Split(graph.Slug(p.Name), "-")
		if last := ws[len(ws)-1]; len(ws) >= 2 && len(last) >= 4 && !p.Past {
			if o, ok := g.surnames[last]; ok && o != i {
				g.surnames[last] = -1
			} else {
				g.surnames[last] = i
			}
		}
		for _, v := range append([]string{p.Name}, p.Aliases...) {
			if _, ok := g.personBySlug[graph.Slug(v)]; !ok {
				g.personBySlug[graph.Slug(v)] = i
			}
			if vs := strings.Split(graph.Slug(v), "-"); len(vs) == 2 {
				k := vs[0] + " " + vs[1]
				if !slices.Contains(g.personsByPair[k], i) {
					g.personsByPair[k] = append(g.personsByPair[k], i)
				}
			}
		}
		g.addTo(g.proot, p.Name, entry{kind: entPerson, idx: i})
		for _, v := range p.Aliases {
			g.addTo(g.proot, v, entry{kind: entPerson, idx: i})
		}
	}
	for i, c := range g.Countries {
		g.add(c.Name, entry{kind: entCountry, idx: i})
		for _, v := range c.Formal {
			g.add(v, entry{kind: entCountry, idx: i})
		}
		for _, v := range c.Aliases {
			g.add(v, entry{kind: entCountry, idx: i})
		}
		for _, v := range c.Demonyms {
			g.add(v, entry{kind: entCountry, idx: i})
		}
		for _, v := range c.Capitals {
			g.add(v, entry{kind: entCapital, idx: i})
		}
		for _, v := range c.Cities {
			g.add(v, entry{kind: entCity, idx: i})
		}
	}
	for i, o := range g.Organisations {
		g.add(o.Name, entry{kind: entOrg, idx: i})
		for _, v := range g.formalForms(o) {
			g.add(v, entry{kind: entOrg, idx: i})
		}
		for _, v := range o.Acronyms {
			g.add(v, entry{kind: entOrg, idx: i})
		}
		for _, v := range o.Aliases {
			g.add(v, entry{kind: entOrg, idx: i})
		}
	}
	for i, in := range g.Initiatives {
		g.add(in.Name, entry{kind: entInitiative, idx: i})
		for _, v := range in.Aliases {
			g.add(v, entry{kind: entInitiative, idx: i})
		}
	}
	for i, t := range g.Titles {
		// Titles are matched in any case: "the foreign minister" refers
		// back to a Foreign Minister.
		g.add(t.Name, entry{kind: entTitle, idx: i, caseMode: 0})
		for _, v := range t.Variants {
			g.add(v, entry{kind: entTitle, idx: i, caseMode: 0})
		}
	}
	// "European Commission chief Ursula von der Leyen", "IAEA chief Rafael
	// Grossi": news writes the head of a body so, in lower case only; a
	// capitalised "Chief" opens other titles ("Chief Adviser").
	// A capitalised "Chief" is a title before "of" only ("Chief of the
	// Royal Hashemite Court Yousef Issawi"; see chiefAlone).
	for _, chief := range []string{"chief", "Chief"} {
		if !slices.ContainsFunc(g.Titles, func(t Title) bool { return t.Name == chief }) {
			g.Titles = append(g.Titles, Title{Name: chief})
			g.add(chief, entry{kind: entTitle, idx: len(g.Titles) - 1, caseMode: 2})
		}
	}
	// A national body's country: "Senate of Kazakhstan" is Kazakhstan's.
	// Not a state's media, companies or parties: their people are no
	// officials of the state.
	g.orgCountryByID = map[string]int{}
	for i, o := range g.Organisations {
		if o.Country == "" || (o.Kind != "parliament" && o.Kind != "agency") {
			continue
		}
		if c := g.countryIndex(o.Country); c >= 0 {
			g.orgCountryByID[g.orgIDs[i]] = c
		}
	}
	g.orgSeatByID = map[string]string{}
	for i, o := range g.Organisations {
		if o.Seat != "" {
			g.orgSeatByID[g.orgIDs[i]] = o.Seat
		}
	}
	g.buildLexicon()
}

// formalForms returns the names of a national body named "<body> of
// <country>" with the country's formal names: "House of Representatives of
// the Arab Republic of Egypt" for the House of Representatives of Egypt.
func (g *Gazetteer) formalForms(o Organisation) []string {
	if o.Country == "" {
		return nil
	}
	ci := g.countryIndex(o.Country)
	if ci < 0 {
		return nil
	}
	c := g.Countries[ci]
	body, ok := strings.CutSuffix(o.Name, " of "+c.Name)
	if !ok {
		return nil
	}
	var out []string
	for _, f := range c.Formal {
		v := body + " of the " + f
		if !slices.Contains(o.Aliases, v) {
			out = append(out, v)
		}
	}
	return out
}

// lexEntry is what the gazetteer knows of a word: its index in the
// vocabulary of the word sets, and its index among the words of names.
type lexEntry struct {
	word string
	wid  int32 // -1: in no word set
	gid  int32 // -1: in no name
}

// buildLexicon indexes every word of the word sets and every word of a
// name, so that a document's tokens are looked up once each
// (Gazetteer.tokenize), and the tries are walked by the words' indexes
// rather than by looking the words up again at each node.
func (g *Gazetteer) buildLexicon() {
	g.lex = make(map[string]lexEntry, len(vocab)+len(g.root.next))
	var nameWords int32 // the words of names indexed so far
	for w, id := range vocab {
		g.lex[w] = lexEntry{word: w, wid: id, gid: -1}
	}
	// The first words of names come first: a token's index tells at
	// once whether a name starts with it (gid < firstWords).
	for w := range g.root.next {
		e, ok := g.lex[w]
		if !ok {
			e = lexEntry{word: w, wid: -1}
		}
		e.gid = nameWords
		nameWords++
		g.lex[w] = e
	}
	g.firstWords = nameWords
	var index func(n *trieNode)
	index = func(n *trieNode) {
		for w, c := range n.next {
			e, ok := g.lex[w]
			if !ok {
				e = lexEntry{word: w, wid: -1, gid: -1}
			}
			if e.gid < 0 {
				e.gid = nameWords
				nameWords++
				g.lex[w] = e
			}
			n.kids = append(n.kids, kid{gid: e.gid, n: c})
			index(c)
		}
		slices.SortFunc(n.kids, func(a, b kid) int { return int(a.gid - b.gid) })
	}
	index(g.root)
	index(g.proot)
	g.firsts = make([]*trieNode, g.firstWords)
	for _, k := range g.root.kids {
		g.firsts[k.gid] = k.n
	}
	for c := range g.asciiLex {
		e, ok := g.lex[string(rune(c))]
		if !ok {
			e = lexEntry{word: string(rune(c)), wid: -1, gid: -1}
		}
		g.asciiLex[c] = e
	}
	g.lexTable = newLexTable(g.lex)
}

// lexTable is the lexicon as a hash table with open addressing, hashed by
// FNV-1a over the lower-case bytes of a word: the tokenizer hashes an
// ASCII word as it reads it, in whatever case it is written, and finds it
// without making its lower-case form.
type lexTable struct {
	slots   []lexSlot
	mask    uint32
	entries []lexEntry
}

// lexSlot is small, so that the slots a lookup probes are in the cache.
type lexSlot struct {
	hash uint32
	e    uint32 // 1 + the index of the entry in entries; 0 in an empty slot
}

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// fnvHash is the FNV-1a hash of s.
func fnvHash(s string) uint32 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func newLexTable(words map[string]lexEntry) *lexTable {
	n := 1
	for n < 2*len(words) {
		n <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, n), mask: uint32(n - 1)}
	for w, e := range words {
		h := fnvHash(w)
		i := h & t.mask
		for t.slots[i].e != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, e)
		t.slots[i] = lexSlot{hash: h, e: uint32(len(t.entries))}
	}
	return t
}

// find returns the entry of the word w whose lower-case form hashes to h.
// With fold, w is ASCII and may have upper-case letters; without it, w is
// in lower case.
func (t *lexTable) find(h uint32, w string, fold bool) (lexEntry, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.e == 0 {
			return lexEntry{}, false
		}
		if s.hash != h {
			continue
		}
		if e := &t.entries[s.e-1]; len(e.word) == len(w) && (e.word == w || fold && foldedEqual(e.word, w)) {
			return *e, true
		}
	}
}

// foldedEqual reports whether the ASCII text w, lower-cased, is lower.
func foldedEqual(lower, w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// kid is a child of a trie node, by the index of its word.
type kid struct {
	gid int32
	n   *trieNode
}

// child returns the child of n for the word of index gid, or nil.
func (n *trieNode) child(gid int32) *trieNode {
	lo, hi := 0, len(n.kids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch k := &n.kids[m]; {
		case k.gid == gid:
			return k.n
		case k.gid < gid:
			lo = m + 1
		default:
			hi = m
		}
	}
	return nil
}

// tokenize splits s into tokens that know their vocabulary index and their
// index among the words of this gazetteer's names.
func (g *Gazetteer) tokenize(s string) []token { return tokenizeWith(nil, s, g) }

// lookup returns the vocabulary index of a token's lower-case form and its
// index among the words of names; a nil gazetteer knows no names.
func (g *Gazetteer) lookup(lower string) (wid, gid int32) {
	if g == nil {
		return wordID(lower), unlooked
	}
	if len(lower) == 1 && lower[0] < utf8.RuneSelf {
		e := g.asciiLex[lower[0]]
		return e.wid, e.gid
	}
	if e, ok := g.lexTable.find(fnvHash(lower), lower, false); ok {
		return e.wid, e.gid
	}
	return -1, -1
}

// add indexes one variant.
func (g *Gazetteer) add(variant string, e entry) { g.addTo(g.root, variant, e) }

// addTo indexes one variant in the trie under root.
func (g *Gazetteer) addTo(root *trieNode, variant string, e entry) {
	variant = strings.TrimSpace(variant)
	if variant == "" {
		return
	}
	toks := tokenize(variant)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.isHyphen() {
			continue
		}
		keys = append(keys, t.lower)
	}
	if len(keys) == 0 {
		return
	}
	e.surface = variant
	if e.kind != entTitle {
		switch {
		case isAcronym(variant):
			e.caseMode = 2
		case startsUpper(variant):
			e.caseMode = 1
		}
	}
	n := root
	for _, k := range keys {
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		c := n.next[k]
		if c == nil {
			c = &trieNode{}
			n.next[k] = c
		}
		n = c
	}
	for k, old := range n.entries {
		if old.kind == e.kind && old.idx == e.idx {
			// "APEC" and its alias "Apec": the laxer case rule wins.
			if e.caseMode < old.caseMode {
				n.entries[k] = e
			}
			return
		}
	}
	n.entries = append(n.entries, e)
}

// isAcronym reports whether s has letters and no lower-case letter ("SCO",
// "G20", "U.N.").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0 && len(s) <= 10
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// gzMatch is one gazetteer hit in a document: tokens [start, end).
type gzMatch struct {
	start, end int
	e          entry
}

// match returns the longest entry that matches toks at i, skipping hyphen
// tokens so that "Secretary General" and "Secretary-General" are one key.
func (g *Gazetteer) match(text string, toks []token, i int) (gzMatch, bool) {
	return g.matchTrie(g.root, text, toks, i)
}

// matchPerson returns the longest known person's name at toks[i].
func (g *Gazetteer) matchPerson(text string, toks []token, i int) (gzMatch, bool) {
	return g.matchTrie(g.proot, text, toks, i)
}

func (g *Gazetteer) matchTrie(root *trieNode, text string, toks []token, i int) (gzMatch, bool) {
	n := root
	var best gzMatch
	found := false
	first := i
	for j := i; j < len(toks); j++ {
		t := &toks[j]
		if t.isHyphen() && j > i {
			continue
		}
		if j > first && t.newlineBefore {
			break // never match across a line break
		}
		var c *trieNode
		switch {
		case t.gid == unlooked:
			c = n.next[t.lower]
		case t.gid < 0:
			// in no name
		case n == g.root:
			if t.gid < g.firstWords {
				c = g.firsts[t.gid]
			}
		default:
			c = n.child(t.gid)
		}
		if c == nil {
			break
		}
		n = c
		for _, e := range n.entries {
			if !caseOK(text, toks[i:j+1], e) {
				continue
			}
			// Deeper is longer; within a node, the first-indexed
			// entry wins (countries and organisations before titles).
			best = gzMatch{start: i, end: j + 1, e: e}
			found = true
			break
		}
	}
	return best, found
}

// caseOK applies the case rule of an entry to the matched tokens.
func caseOK(text string, toks []token, e entry) bool {
	switch e.caseMode {
	case 1:
		return toks[0].upper
	case 2:
		var b strings.Builder
		for _, t := range toks {
			if t.isHyphen() {
				continue
			}
			b.WriteString(text[t.start:t.end])
		}
		return strings.ReplaceAll(b.String(), "-", "") == strings.ReplaceAll(strings.ReplaceAll(e.surface, " ", ""), "-", "")
	}
	return true
}

// countryID and friends give the graph IDs of gazetteer entries.
func (g *Gazetteer) countryID(i int) string {
	return g.countryIDs[i]
}

// slugs are the slugs of a name and of the lists of its other names, in
// that order.
func slugs(name string, others ...[]string) []string {
	s := []string{graph.Slug(name)}
	for _, o := range others {
		for _, v := range o {
			s = append(s, graph.Slug(v))
		}
	}
	return s
}

// international reports whether organisation entry i of the gazetteer is
// an international body: intergovernmental, or a United Nations agency
// ("UNDP").
func (g *Gazetteer) international(i int) bool {
	if i < 0 || i >= len(g.Organisations) {
		return false
	}
	o := g.Organisations[i]
	return o.Kind == "intergovernmental" || o.Country == "" && o.Kind == "agency" && (strings.HasPrefix(o.Name, "United Nations") || strings.HasPrefix(o.Name, "UN "))
}

// orgIsIGO reports whether organisation entry i of the gazetteer is
// intergovernmental.
func (g *Gazetteer) orgIsIGO(i int) bool {
	return i >= 0 && i < len(g.Organisations) && g.Organisations[i].Kind == "intergovernmental"
}

func (g *Gazetteer) orgID(i int) string {
	return g.orgIDs[i]
}

func (g *Gazetteer) initiativeID(i int) string {
	return g.initiativeIDs[i]
}
