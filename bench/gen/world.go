package gen

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// countriesJSON is a frozen copy of loader/extract/gazetteer/countries.json,
// kept here so that the corpus stays byte-identical when the gazetteer
// grows.
//
//go:embed countries.json
var countriesJSON []byte

type countryRec struct {
	Name     string   `json:"name"`
	Formal   []string `json:"formal"`
	Demonyms []string `json:"demonyms"`
	Capitals []string `json:"capitals"`
	ISO2     string   `json:"iso2"`
	QID      string   `json:"qid"`
}

// The corpus covers 2015-01-01 to 2025-12-31; days are counted from the
// first.
var epoch = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

const periodDays = 4018

func dayTime(d int32) time.Time { return epoch.AddDate(0, 0, int(d)) }

// missingCapitals completes the two gazetteer entries without a capital.
var missingCapitals = map[string]string{"BE": "Brussels", "SC": "Victoria"}

// major countries come first in the ranking that weights how often a
// country's officials meet; the rest follow in a seeded order.
var majorCountries = w("US CN RU IN DE FR GB JP TR BR SA IR KZ ID KR IT PK EG UZ ZA AE QA NG MX CA AU ES VN TH MY AZ UA BY PL IL MN KG TJ TM AM GE ET KE AR CL PE SG PH BD LK MM KH LA IQ JO")

// Heads of state and government. Presidential republics have no prime
// minister; realms whose head of state is a governor-general have no head
// of state in the model.
var (
	presidential = set("US MX BR AR CL CO PE EC BO VE PY UY CR PA GT HN SV NI DO ID PH NG GH KE ZA ZM ZW MW BW AO CY TM KM LR SL GM SS AF")
	realms       = set("CA AU NZ JM BS BZ AG GD KN LC VC PG SB TV")
	monarchTitle = map[string]string{
		"BH": "King", "BE": "King", "BT": "King", "KH": "King", "DK": "King", "SZ": "King", "JO": "King", "LS": "King",
		"MY": "King", "MA": "King", "NL": "King", "NO": "King", "SA": "King", "ES": "King", "SE": "King", "TH": "King",
		"TO": "King", "GB": "King", "QA": "Emir", "KW": "Emir", "OM": "Sultan", "BN": "Sultan", "LU": "Grand Duke",
		"MC": "Prince", "LI": "Prince",
	}
	hogTitle = map[string]string{"CN": "Premier", "DE": "Chancellor", "AT": "Chancellor"}
	// countries whose name takes the article as a noun.
	theCountries = set("US GB AE NL PH BS MV MH SB KM SC GM CZ CF CD CG DO VA")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, x := range strings.Fields(s) {
		m[x] = true
	}
	return m
}

type country struct {
	rec     countryRec
	id      string
	noun    string // with its article: "the United States"
	formal  string // "the Republic of Kazakhstan", or ""
	dem     string // "" when the gazetteer has no demonym
	weight  float64
	trad    *tradition
	capital int32
	cities  []int32
	offices [numKinds][]int32
	orgs    []int32 // synthetic organisations it belongs to
	pool    []int32 // persons of this nationality
}

type place struct {
	name, id string
	country  int32
}

type org struct {
	name, acr, id, kind, qid string
	the                      bool // the acronym takes "the"
	real                     bool
	event                    string
	hq                       int32 // place, -1 when none
	members                  []int32
	weight                   float64
	head, deputy             string
	offices                  [2]int32 // head, deputy; -1 when none
	accreditsPR              bool
}

type initiative struct {
	name, id, kind string
	weight         float64
}

type officeKind uint8

const (
	okHoS officeKind = iota
	okHoG
	okFM
	okDefM
	okDFM
	okTrade
	okFinance
	okEnergy
	okEconomy
	okTransport
	okNSA
	okDPM
	okAmb
	okPermRep
	okHead
	okDeputy
	numKinds
)

type term struct {
	from, to int32 // days, to exclusive
	person   int32 // -1: vacant (the person budget ran out)
}

type office struct {
	kind                      officeKind
	title                     string // canonical title
	country, org, acc, accOrg int32  // -1 when none
	weight                    float64
	terms                     []term
}

// holder returns who holds the office on day d, or -1.
func (o *office) holder(d int32) int32 {
	i := sort.Search(len(o.terms), func(i int) bool { return o.terms[i].to > d })
	if i < len(o.terms) && o.terms[i].from <= d {
		return o.terms[i].person
	}
	return -1
}

type posRef struct{ office, term int32 }

type person struct {
	name    personName
	id      string
	female  bool
	country int32
	pos     []posRef
}

// world is everything that persists between documents: countries, places,
// organisations, initiatives, offices and the people who hold them.
type world struct {
	countries   []country
	places      []place
	orgs        []org
	initiatives []initiative
	offices     []office
	persons     []person
	amb         map[[2]int32]int32 // (sending, receiving country) -> office
	permRep     map[[2]int32]int32 // (country, organisation) -> office

	countryAlias, officeAlias, initiativeAlias, orgAlias *alias
}

func newWorld(p Preset, seed uint64) (*world, error) {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed_0f_a_3011d))
	w := &world{amb: map[[2]int32]int32{}, permRep: map[[2]int32]int32{}}
	if err := w.buildCountries(r, p.Countries); err != nil {
		return nil, err
	}
	w.buildOrgs(r, p.Organisations)
	w.buildInitiatives(r, p.Initiatives)
	w.buildOffices(r, p.Persons)
	w.buildAliases()
	return w, nil
}

func (w *world) buildCountries(r *rand.Rand, n int) error {
	var recs []countryRec
	if err := json.Unmarshal(countriesJSON, &recs); err != nil {
		return fmt.Errorf("gen: countries: %w", err)
	}
	byISO := map[string]countryRec{}
	for _, c := range recs {
		byISO[c.ISO2] = c
	}
	var order []countryRec
	seen := map[string]bool{}
	for _, iso := range majorCountries {
		if c, ok := byISO[iso]; ok && !seen[iso] {
			order = append(order, c)
			seen[iso] = true
		}
	}
	var rest []countryRec
	for _, c := range recs {
		if !seen[c.ISO2] {
			rest = append(rest, c)
		}
	}
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	order = append(order, rest...)
	if n <= 0 || n > len(order) {
		n = len(order)
	}
	order = order[:n]
	placeIdx := map[string]int32{}
	addPlace := func(name string, c int32) int32 {
		id := graph.EntityID(graph.KindPlace, name)
		if i, ok := placeIdx[id]; ok {
			return i
		}
		w.places = append(w.places, place{name: name, id: id, country: c})
		placeIdx[id] = int32(len(w.places) - 1)
		return int32(len(w.places) - 1)
	}
	for rank, rec := range order {
		c := country{rec: rec, id: graph.EntityID(graph.KindCountry, rec.Name)}
		c.noun = rec.Name
		if theCountries[rec.ISO2] {
			c.noun = "the " + rec.Name
		}
		if len(rec.Formal) > 0 && !strings.HasPrefix(rec.Formal[0], rec.Name) {
			c.formal = "the " + rec.Formal[0]
		}
		if len(rec.Demonyms) > 0 {
			c.dem = rec.Demonyms[0]
		}
		c.weight = 1 / math.Pow(float64(rank+2), 1.35)
		c.trad = traditions[traditionOf[rec.ISO2]]
		if c.trad == nil {
			c.trad = traditions["anglo"]
		}
		w.countries = append(w.countries, c)
		ci := int32(len(w.countries) - 1)
		capital := missingCapitals[rec.ISO2]
		if len(rec.Capitals) > 0 {
			capital = rec.Capitals[0]
		}
		w.countries[ci].capital = addPlace(capital, ci)
	}
	// Seats of real organisations that are not capitals.
	for _, ro := range realOrgs {
		if ro.hq == "" {
			continue
		}
		if ci := w.countryByISO(ro.hq); ci >= 0 {
			if _, ok := placeIdx[graph.EntityID(graph.KindPlace, ro.hqCity)]; !ok {
				pi := addPlace(ro.hqCity, ci)
				w.countries[ci].cities = append(w.countries[ci].cities, pi)
			}
		}
	}
	// Other cities: coined from the country's naming tradition.
	for ci := range w.countries {
		c := &w.countries[ci]
		k := 0
		switch {
		case ci < 40:
			k = 3
		case ci < 120:
			k = 2
		default:
			k = 1
		}
		for made, tries := 0, 0; made < k && tries < 50; tries++ {
			name := cityName(r, c.trad)
			id := graph.EntityID(graph.KindPlace, name)
			if _, ok := placeIdx[id]; ok || w.nameClash(name) {
				continue
			}
			c.cities = append(c.cities, addPlace(name, int32(ci)))
			made++
		}
	}
	return nil
}

// nameClash says whether a coined city name is the name of a country.
func (w *world) nameClash(name string) bool {
	s := graph.Slug(name)
	for i := range w.countries {
		if graph.Slug(w.countries[i].rec.Name) == s {
			return true
		}
	}
	return false
}

var cityPrefixes = []string{"Port ", "New ", "San ", "Nova ", "Upper ", "Lake "}

func cityName(r *rand.Rand, t *tradition) string {
	var base string
	switch {
	case len(t.synA) > 0:
		base = strings.TrimPrefix(pick(r, t.synA), "Al-") + pick(r, t.synB)
		base = strings.TrimLeft(base, "-")
	case len(t.givenSyllables) > 0:
		base = capitalize(strings.ToLower(pick(r, t.givenSyllables) + pick(r, t.givenSyllables)))
	default:
		base = pick(r, t.family) + "ville"
	}
	base = capitalize(base)
	if r.IntN(8) == 0 {
		base = pick(r, cityPrefixes) + base
	}
	return base
}

func (w *world) countryByISO(iso string) int32 {
	for i := range w.countries {
		if w.countries[i].rec.ISO2 == iso {
			return int32(i)
		}
	}
	return -1
}

func acronymOf(name string) string {
	var b strings.Builder
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch f {
		case "for", "of", "on", "and", "the", "in":
			continue
		}
		b.WriteString(strings.ToUpper(f[:1]))
	}
	return b.String()
}

func (w *world) buildOrgs(r *rand.Rand, n int) {
	names := map[string]bool{}
	acrs := map[string]bool{}
	for _, ro := range realOrgs {
		if len(w.orgs) >= n {
			break
		}
		o := org{name: ro.name, acr: ro.acr, id: graph.EntityID(graph.KindOrganisation, ro.name), kind: ro.kind,
			qid: ro.qid, the: ro.the, real: true, event: ro.event, hq: -1, head: ro.head, deputy: ro.deputy,
			accreditsPR: ro.accreditsPR}
		if ro.hq != "" {
			if ci := w.countryByISO(ro.hq); ci >= 0 {
				o.hq = w.placeByName(ro.hqCity)
			}
		}
		o.weight = 0.1 / math.Sqrt(float64(len(w.orgs)+1))
		names[graph.Slug(o.name)] = true
		if o.acr != "" {
			acrs[o.acr] = true
		}
		w.orgs = append(w.orgs, o)
	}
	iso := map[string]int32{}
	for i := range w.countries {
		iso[w.countries[i].rec.ISO2] = int32(i)
	}
	synth := 0
	for tries := 0; len(w.orgs) < n && tries < n*200; tries++ {
		body := orgBodies[r.IntN(len(orgBodies))]
		t1, suf := pick(r, orgTopics), pick(r, orgSuffixes)
		var members []int32
		var adj string
		if r.IntN(6) == 0 {
			adj = "International"
			k := 5 + r.IntN(16)
			seen := map[int32]bool{}
			for len(members) < k && len(members) < len(w.countries) {
				c := int32(r.IntN(len(w.countries)))
				if !seen[c] {
					seen[c] = true
					members = append(members, c)
				}
			}
		} else {
			rg := regions[r.IntN(len(regions))]
			adj = rg.adj
			seen := map[int32]bool{}
			for _, code := range strings.Fields(rg.members) {
				if c, ok := iso[code]; ok {
					members = append(members, c)
					seen[c] = true
				}
			}
			// Partners from outside the region.
			for range r.IntN(7) {
				if c := w.countryAlias2(r); !seen[c] {
					seen[c] = true
					members = append(members, c)
				}
			}
		}
		if len(members) < 3 {
			continue
		}
		var name string
		switch body.noun {
		case "Bank", "Fund":
			name = adj + " " + t1 + " " + body.noun
			if r.IntN(2) == 0 {
				name = adj + " " + pick(r, []string{"Development", "Investment", "Infrastructure", "Reconstruction"}) + " " + body.noun
			}
		default:
			switch r.IntN(5) {
			case 0, 1:
				name = body.noun + " for " + adj + " " + t1 + " " + suf
			case 2:
				name = adj + " " + t1 + " " + body.noun
			case 3:
				t2 := pick(r, orgTopics)
				if t2 == t1 {
					continue
				}
				name = adj + " " + body.noun + " for " + t1 + " and " + t2
			default:
				name = body.noun + " of " + adj + " States for " + t1 + " " + suf
			}
		}
		acr := acronymOf(name)
		if names[graph.Slug(name)] || acrs[acr] || len(acr) < 3 {
			continue
		}
		names[graph.Slug(name)] = true
		acrs[acr] = true
		kind := body.kind
		hqc := members[r.IntN(len(members))]
		o := org{name: name, acr: acr, id: graph.EntityID(graph.KindOrganisation, name), kind: kind, the: true,
			event: pick(r, []string{"summit", "ministerial meeting", "ministerial council", "annual meeting"}),
			hq:    w.countries[hqc].capital, members: members, head: body.head, deputy: body.deputy,
			weight: 0.02 / math.Pow(float64(synth+8), 0.7)}
		synth++
		oi := int32(len(w.orgs))
		w.orgs = append(w.orgs, o)
		for _, c := range members {
			w.countries[c].orgs = append(w.countries[c].orgs, oi)
		}
	}
	for i := range w.orgs {
		w.orgs[i].offices = [2]int32{-1, -1}
	}
}

func (w *world) placeByName(name string) int32 {
	id := graph.EntityID(graph.KindPlace, name)
	for i := range w.places {
		if w.places[i].id == id {
			return int32(i)
		}
	}
	return -1
}

var initiativeAdjs = w("Green Blue Digital Smart Sustainable Resilient Inclusive Open Shared Clean")

func (w *world) buildInitiatives(r *rand.Rand, n int) {
	seen := map[string]bool{}
	add := func(name, kind string) {
		id := graph.EntityID(graph.KindInitiative, name)
		if seen[id] {
			return
		}
		seen[id] = true
		w.initiatives = append(w.initiatives, initiative{name: name, id: id, kind: kind})
	}
	for _, ri := range realInitiatives {
		if len(w.initiatives) >= n {
			break
		}
		add(ri.name, ri.kind)
	}
	for tries := 0; len(w.initiatives) < n && tries < n*100; tries++ {
		f := initiativeForms[r.IntN(len(initiativeForms))]
		rg := regions[r.IntN(len(regions))].adj
		var name string
		switch r.IntN(3) {
		case 0:
			name = rg + " " + pick(r, orgTopics) + " " + f.noun
		case 1:
			name = pick(r, initiativeAdjs) + " " + rg + " " + f.noun
		default:
			name = "Trans-" + strings.ReplaceAll(rg, " ", "-") + " " + pick(r, initiativeAdjs) + " " + f.noun
		}
		add(name, f.kind)
	}
	// Shuffle the weights, not the list, so that real initiatives are not
	// always the most discussed.
	perm := r.Perm(len(w.initiatives))
	for i, j := range perm {
		w.initiatives[j].weight = 1 / float64(i+3)
	}
}

// titleOf returns the canonical title of a country office.
func (w *world) titleOf(c int32, k officeKind) string {
	iso := w.countries[c].rec.ISO2
	switch k {
	case okHoS:
		if t, ok := monarchTitle[iso]; ok {
			return t
		}
		return "President"
	case okHoG:
		if t, ok := hogTitle[iso]; ok {
			return t
		}
		return "Prime Minister"
	case okFM:
		if iso == "US" {
			return "Secretary of State"
		}
		return "Foreign Minister"
	case okDefM:
		if iso == "US" {
			return "Secretary of Defense"
		}
		return "Defence Minister"
	case okDFM:
		if iso == "US" {
			return "Deputy Secretary of State"
		}
		return "Deputy Foreign Minister"
	case okTrade:
		if iso == "US" {
			return "Secretary of Commerce"
		}
		return "Trade Minister"
	case okFinance:
		if iso == "US" {
			return "Secretary of the Treasury"
		}
		return "Finance Minister"
	case okEnergy:
		if iso == "US" {
			return "Secretary of Energy"
		}
		return "Energy Minister"
	case okEconomy:
		return "Economy Minister"
	case okTransport:
		if iso == "US" {
			return "Secretary of Transportation"
		}
		return "Transport Minister"
	case okNSA:
		return "National Security Advisor"
	case okDPM:
		if presidential[iso] {
			return "Vice President"
		}
		return "Deputy Prime Minister"
	case okAmb:
		return "Ambassador"
	case okPermRep:
		return "Permanent Representative"
	}
	return "Minister"
}

var importance = [numKinds]float64{
	okHoS: 0.7, okHoG: 0.8, okFM: 1.0, okDefM: 0.25, okDFM: 0.3, okTrade: 0.2, okFinance: 0.15,
	okEnergy: 0.15, okEconomy: 0.12, okTransport: 0.1, okNSA: 0.15, okDPM: 0.2, okAmb: 0.02,
	okPermRep: 0.02, okHead: 1.0, okDeputy: 0.3,
}

// buildOffices creates offices tier by tier, most important first, and
// fills their terms with people until the person budget is spent.
func (w *world) buildOffices(r *rand.Rand, budget int) {
	names := map[string]bool{}
	full := func() bool { return len(w.persons) >= budget }
	newPerson := func(c int32) int32 {
		if full() {
			return -1
		}
		female := r.IntN(100) < 32
		t := w.countries[c].trad
		var pn personName
		for attempt := 0; ; attempt++ {
			pn = t.name(r, female, attempt)
			if s := graph.Slug(pn.full); !names[s] {
				names[s] = true
				break
			}
			if attempt > 200 { // the tradition is exhausted: borrow the next one's
				t = traditions["anglo"]
			}
		}
		w.persons = append(w.persons, person{name: pn, id: graph.EntityID(graph.KindPerson, pn.full), female: female, country: c})
		pi := int32(len(w.persons) - 1)
		w.countries[c].pool = append(w.countries[c].pool, pi)
		return pi
	}
	reuse := func(c int32, from, to int32) int32 {
		pool := w.countries[c].pool
		if len(pool) == 0 {
			return -1
		}
	next:
		for range 4 {
			p := pool[r.IntN(len(pool))]
			if len(w.persons[p].pos) >= 4 {
				continue
			}
			for _, pr := range w.persons[p].pos {
				t := w.offices[pr.office].terms[pr.term]
				if t.from < to+30 && from < t.to+30 {
					continue next
				}
			}
			return p
		}
		return -1
	}
	addOffice := func(o office, nat func() int32, reuseP float64, monarch bool) int32 {
		oi := int32(len(w.offices))
		minLen, maxLen := 700, 2200
		switch {
		case monarch:
			minLen, maxLen = 4000, 12000
		case o.kind == okHoS || o.kind == okHoG || o.kind == okHead:
			minLen, maxLen = 1200, 2600
		case o.kind == okAmb || o.kind == okPermRep:
			minLen, maxLen = 1000, 1700
		}
		for t := -int32(r.IntN(maxLen)); t < periodDays; {
			l := int32(minLen + r.IntN(maxLen-minLen+1))
			from, to := max(t, 0), min(t+l, periodDays)
			if to > from {
				o.terms = append(o.terms, term{from: from, to: to, person: -1})
			}
			t += l
		}
		w.offices = append(w.offices, o)
		for ti := range w.offices[oi].terms {
			tm := &w.offices[oi].terms[ti]
			c := nat()
			p := int32(-1)
			if r.Float64() < reuseP {
				p = reuse(c, tm.from, tm.to)
			}
			if p < 0 {
				p = newPerson(c)
			}
			if p < 0 {
				continue
			}
			tm.person = p
			w.persons[p].pos = append(w.persons[p].pos, posRef{office: oi, term: int32(ti)})
		}
		return oi
	}
	countryOffice := func(c int32, k officeKind, reuseP float64) {
		if full() {
			return
		}
		iso := w.countries[c].rec.ISO2
		if (k == okHoS && realms[iso]) || (k == okHoG && presidential[iso]) {
			return
		}
		imp := importance[k]
		_, monarch := monarchTitle[iso]
		if k == okHoS && !presidential[iso] {
			imp = 0.45
			if monarch {
				imp = 0.25
			}
		}
		if k == okHoS && presidential[iso] {
			imp = 1.0
		}
		o := office{kind: k, title: w.titleOf(c, k), country: c, org: -1, acc: -1, accOrg: -1,
			weight: imp * w.countries[c].weight}
		oi := addOffice(o, func() int32 { return c }, reuseP, k == okHoS && monarch)
		w.countries[c].offices[k] = append(w.countries[c].offices[k], oi)
	}
	orgOffice := func(oi int32, deputy bool) {
		if full() {
			return
		}
		og := &w.orgs[oi]
		title := og.head
		if deputy {
			title = og.deputy
		}
		if title == "" {
			return
		}
		k, imp := okHead, importance[okHead]
		if deputy {
			k, imp = okDeputy, importance[okDeputy]
		}
		members := og.members
		nat := func() int32 {
			if len(members) > 0 {
				return members[r.IntN(len(members))]
			}
			return w.countryAlias2(r)
		}
		o := office{kind: k, title: title, country: -1, org: oi, acc: -1, accOrg: -1, weight: imp * og.weight}
		idx := addOffice(o, nat, 0.3, false)
		if deputy {
			w.orgs[oi].offices[1] = idx
		} else {
			w.orgs[oi].offices[0] = idx
		}
	}
	ambassador := func(a, b int32) {
		if full() || a == b {
			return
		}
		if _, ok := w.amb[[2]int32{a, b}]; ok {
			return
		}
		o := office{kind: okAmb, title: "Ambassador", country: a, org: -1, acc: b, accOrg: -1,
			weight: importance[okAmb] * math.Sqrt(w.countries[a].weight*w.countries[b].weight)}
		oi := addOffice(o, func() int32 { return a }, 0.25, false)
		w.amb[[2]int32{a, b}] = oi
		w.countries[a].offices[okAmb] = append(w.countries[a].offices[okAmb], oi)
	}
	permRep := func(a, og int32) {
		if full() {
			return
		}
		o := office{kind: okPermRep, title: "Permanent Representative", country: a, org: -1, acc: -1, accOrg: og,
			weight: importance[okPermRep] * w.countries[a].weight}
		oi := addOffice(o, func() int32 { return a }, 0.25, false)
		w.permRep[[2]int32{a, og}] = oi
		w.countries[a].offices[okPermRep] = append(w.countries[a].offices[okPermRep], oi)
	}
	nc := int32(len(w.countries))
	// partners[a] lists the countries a keeps embassies in, most important
	// first: the major powers, then its regional neighbours.
	partners := make([][]int32, nc)
	for a := range nc {
		seen := map[int32]bool{a: true}
		var ps []int32
		add := func(b int32) {
			if !seen[b] {
				seen[b] = true
				ps = append(ps, b)
			}
		}
		for b := int32(0); b < min(nc, 6); b++ {
			add(b)
		}
		for _, oi := range w.countries[a].orgs {
			for _, b := range w.orgs[oi].members {
				if len(ps) < 30 {
					add(b)
				}
			}
		}
		for b := int32(6); b < nc && len(ps) < 40; b++ {
			add(b)
		}
		partners[a] = ps
	}
	// Tier 1: heads and foreign ministers.
	for c := range nc {
		countryOffice(c, okHoS, 0)
		countryOffice(c, okHoG, 0.2)
		countryOffice(c, okFM, 0.2)
	}
	// Tier 2: heads of real organisations.
	for oi := range w.orgs {
		if w.orgs[oi].real {
			orgOffice(int32(oi), false)
		}
	}
	// Tier 3: the main ministers.
	for c := range nc {
		for _, k := range []officeKind{okDefM, okDFM, okTrade, okFinance, okEnergy} {
			countryOffice(c, k, 0.25)
		}
	}
	// Tier 4: heads of synthetic organisations.
	for oi := range w.orgs {
		if !w.orgs[oi].real {
			orgOffice(int32(oi), false)
		}
	}
	// Tier 5: ambassadors to the first partners, permanent representatives.
	un := int32(-1)
	for oi := range w.orgs {
		if w.orgs[oi].accreditsPR && un < 0 {
			un = int32(oi)
		}
	}
	for round := range 4 {
		for a := range nc {
			if round < len(partners[a]) {
				ambassador(a, partners[a][round])
			}
		}
	}
	if un >= 0 {
		for a := range nc {
			permRep(a, un)
		}
	}
	// Tier 6: more ministers and deputies.
	for c := range nc {
		for _, k := range []officeKind{okDFM, okEconomy, okTransport, okNSA, okDPM} {
			countryOffice(c, k, 0.25)
		}
	}
	// Tier 7: more ambassadors, deputies of real organisations, more
	// permanent representatives, then deputies of the rest.
	for round := 4; round < 10; round++ {
		for a := range nc {
			if round < len(partners[a]) {
				ambassador(a, partners[a][round])
			}
		}
	}
	for oi := range w.orgs {
		if w.orgs[oi].real {
			orgOffice(int32(oi), true)
		}
	}
	for oi := range w.orgs {
		if w.orgs[oi].accreditsPR && int32(oi) != un {
			for a := range min(nc, 60) {
				permRep(a, int32(oi))
			}
		}
	}
	for oi := range w.orgs {
		if !w.orgs[oi].real {
			orgOffice(int32(oi), true)
		}
	}
	for round := 10; round < 40 && !full(); round++ {
		for a := range nc {
			if round < len(partners[a]) {
				ambassador(a, partners[a][round])
			}
		}
	}
}

// countryAlias2 draws a country by weight before the alias tables exist.
func (w *world) countryAlias2(r *rand.Rand) int32 {
	total := 0.0
	for i := range w.countries {
		total += w.countries[i].weight
	}
	x := r.Float64() * total
	for i := range w.countries {
		x -= w.countries[i].weight
		if x < 0 {
			return int32(i)
		}
	}
	return int32(len(w.countries) - 1)
}

func (w *world) buildAliases() {
	cw := make([]float64, len(w.countries))
	for i := range w.countries {
		cw[i] = w.countries[i].weight
	}
	w.countryAlias = newAlias(cw)
	ow := make([]float64, len(w.offices))
	for i := range w.offices {
		o := &w.offices[i]
		filled := 0
		for _, t := range o.terms {
			if t.person >= 0 {
				filled += int(t.to - t.from)
			}
		}
		ow[i] = o.weight * float64(filled) / periodDays
	}
	w.officeAlias = newAlias(ow)
	iw := make([]float64, len(w.initiatives))
	for i := range w.initiatives {
		iw[i] = w.initiatives[i].weight
	}
	w.initiativeAlias = newAlias(iw)
	gw := make([]float64, len(w.orgs))
	for i := range w.orgs {
		gw[i] = w.orgs[i].weight
	}
	w.orgAlias = newAlias(gw)
}

// alias is Vose's alias table for drawing an index with given weights in
// constant time.
type alias struct {
	prob  []float64
	alias []int32
}

func newAlias(weights []float64) *alias {
	n := len(weights)
	a := &alias{prob: make([]float64, n), alias: make([]int32, n)}
	if n == 0 {
		return a
	}
	total := 0.0
	for _, x := range weights {
		total += x
	}
	scaled := make([]float64, n)
	var small, large []int32
	for i, x := range weights {
		scaled[i] = x * float64(n) / total
		if scaled[i] < 1 {
			small = append(small, int32(i))
		} else {
			large = append(large, int32(i))
		}
	}
	for len(small) > 0 && len(large) > 0 {
		s, l := small[len(small)-1], large[len(large)-1]
		small = small[:len(small)-1]
		a.prob[s], a.alias[s] = scaled[s], l
		scaled[l] += scaled[s] - 1
		if scaled[l] < 1 {
			large = large[:len(large)-1]
			small = append(small, l)
		}
	}
	for _, i := range large {
		a.prob[i] = 1
	}
	for _, i := range small {
		a.prob[i] = 1
	}
	return a
}

func (a *alias) draw(r *rand.Rand) int32 {
	i := r.IntN(len(a.prob))
	if r.Float64() < a.prob[i] {
		return int32(i)
	}
	return a.alias[i]
}

// officeOf returns the first office of kind k in country c held on day d,
// and its holder.
func (w *world) officeOf(c int32, k officeKind, d int32) (int32, int32) {
	for _, oi := range w.countries[c].offices[k] {
		if p := w.offices[oi].holder(d); p >= 0 {
			return oi, p
		}
	}
	return -1, -1
}
