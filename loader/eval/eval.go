// Package eval scores extractions against gold annotations: precision,
// recall and F1 per fact type, counted over a set of documents.
//
// Gold annotations (testdata/gold/*.gold.json) name entities as a reader
// would, with the aliases the text uses; a predicted entity matches a gold
// one when its name or one of its aliases, normalised (graph.Slug), equals
// the gold name or one of the gold aliases.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// Gold is the annotation of one document.
type Gold struct {
	Document      string          `json:"document"`
	Published     string          `json:"published"`
	Persons       []GoldEntity    `json:"persons"`
	Organisations []GoldEntity    `json:"organisations"`
	Countries     []GoldEntity    `json:"countries"`
	Initiatives   []GoldEntity    `json:"initiatives"`
	Positions     []GoldPosition  `json:"positions"`
	Meetings      []GoldMeeting   `json:"meetings"`
	Statements    []GoldStatement `json:"statements"`
	NotMeetings   []string        `json:"not_meetings"`
	Note          string          `json:"note,omitempty"`
}

// GoldEntity is a named entity with the other names the text gives it.
type GoldEntity struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Note    string   `json:"note,omitempty"`
}

// GoldPosition is a title held by a person.
type GoldPosition struct {
	Person       string   `json:"person"`
	Title        string   `json:"title"`
	TitleAliases []string `json:"title_aliases"`
	Organisation string   `json:"organisation"`
	// OrganisationAlternatives are other organisations or countries, of
	// the gold file's lists, that the annotator found equally correct for
	// the post ("the Eduskunta; Finland equally correct").
	OrganisationAlternatives []string `json:"organisation_alternatives,omitempty"`
	AccreditedTo             string   `json:"accredited_to,omitempty"`
	Note                     string   `json:"note,omitempty"`
}

// GoldMeeting is a meeting that took place.
type GoldMeeting struct {
	Date             string   `json:"date"`
	DateAlternatives []string `json:"date_alternatives"`
	Place            string   `json:"place"`
	Host             string   `json:"host"`
	Attendees        []string `json:"attendees"`
	Mode             string   `json:"mode"`
	Note             string   `json:"note,omitempty"`
}

// GoldStatement is a quotation: its speaker and its first words.
type GoldStatement struct {
	Speaker string `json:"speaker"`
	Quote   string `json:"quote"`
	Note    string `json:"note,omitempty"`
}

// ReadGold reads one gold file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// The fact types scored.
const (
	Persons       = "persons"
	Organisations = "organisations"
	Countries     = "countries"
	Initiatives   = "initiatives"
	Positions     = "positions"
	Attendance    = "attendance"
	Hosts         = "hosts"
	Statements    = "statements"
)

// Types lists the fact types in report order.
var Types = []string{Persons, Organisations, Countries, Initiatives, Positions, Attendance, Hosts, Statements}

// Count is the tally of one fact type.
type Count struct {
	TP, FP, FN int
}

// Precision is TP / (TP + FP); 1 when nothing was predicted.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN); 1 when there was nothing to find.
func (c Count) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Score is the tally of every fact type, with the misses of each document
// kept for reading.
type Score struct {
	Counts map[string]*Count
	// Errors lists, per document, the false positives ("+") and false
	// negatives ("-") of each type.
	Errors map[string][]string
}

// NewScore returns an empty score.
func NewScore() *Score {
	s := &Score{Counts: map[string]*Count{}, Errors: map[string][]string{}}
	for _, t := range Types {
		s.Counts[t] = &Count{}
	}
	return s
}

// Table formats the score as a table, one line per fact type.
func (s *Score) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %9s %9s %9s %5s %5s %5s\n", "type", "precision", "recall", "F1", "TP", "FP", "FN")
	for _, t := range Types {
		c := s.Counts[t]
		fmt.Fprintf(&b, "%-14s %9.3f %9.3f %9.3f %5d %5d %5d\n", t, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	return b.String()
}

// Add scores one document's extraction against its gold annotation.
func (s *Score) Add(g *Gold, x *graph.Extraction) {
	doc := g.Document
	miss := func(t, sign, what string) {
		s.Errors[doc] = append(s.Errors[doc], fmt.Sprintf("%s %s %s", sign, t, what))
	}
	persons := newResolver(g.Persons)
	orgs := newResolver(append(append([]GoldEntity(nil), g.Organisations...), g.Countries...))

	// Entities: each gold entity found once; anything else predicted is a
	// false positive (duplicates of one gold entity included).
	entities := func(t string, gold []GoldEntity, pred []named) {
		r := newResolver(gold)
		found := map[string]bool{}
		for _, p := range pred {
			name, ok := r.resolve(p.names...)
			if ok && !found[name] {
				found[name] = true
				s.Counts[t].TP++
				continue
			}
			s.Counts[t].FP++
			miss(t, "+", p.names[0])
		}
		for _, e := range gold {
			if !found[e.Name] {
				s.Counts[t].FN++
				miss(t, "-", e.Name)
			}
		}
	}
	entities(Persons, g.Persons, namesOfPersons(x.Persons))
	entities(Organisations, g.Organisations, namesOf(x.Organisations))
	entities(Countries, g.Countries, namesOf(x.Countries))
	initiatives := make([]named, len(x.Initiatives))
	for i, in := range x.Initiatives {
		initiatives[i] = named{append([]string{in.Name}, in.Aliases...)}
	}
	entities(Initiatives, g.Initiatives, initiatives)

	// Names of predicted entities by ID, to resolve references.
	namesByID := map[string][]string{}
	for _, p := range x.Persons {
		namesByID[p.ID] = append([]string{p.Name}, p.Aliases...)
	}
	for _, e := range append(append([]graph.EntityFact(nil), x.Organisations...), x.Countries...) {
		namesByID[e.ID] = append([]string{e.Name}, e.Aliases...)
	}
	person := func(id string) string {
		name, ok := persons.resolve(namesByID[id]...)
		if !ok && len(namesByID[id]) > 0 {
			return "?" + namesByID[id][0]
		}
		return name
	}

	// Positions: (person, title, organisation). A title that names its
	// organisation ("Head of the UN Office for West Africa", "State Duma
	// Speaker") states the same fact as the bare title with that
	// organisation ("Head", "Speaker"), so titles are also compared without
	// the organisation's names (bareTitle).
	orgNames := map[string][]string{}
	for _, e := range append(append([]GoldEntity(nil), g.Organisations...), g.Countries...) {
		orgNames[e.Name] = append(append(orgNames[e.Name], e.Name), e.Aliases...)
	}
	var goldPos, predPos []fact
	for _, p := range g.Positions {
		goldPos = append(goldPos, fact{key: p.Person + " | " + p.Title + " | " + p.Organisation,
			match: positionMatcher(p, orgs, orgNames)})
	}
	for _, p := range x.Persons {
		for _, pos := range p.Positions {
			org, _ := orgs.resolve(namesByID[pos.Organisation]...)
			predPos = append(predPos, fact{key: person(p.ID) + " | " + pos.Title + " | " + org,
				fields: []string{person(p.ID), pos.Title, org}})
		}
	}
	s.tally(Positions, goldPos, predPos, miss)

	// Attendance (date, person) and hosts (date, person).
	var goldAtt, predAtt, goldHost, predHost []fact
	for _, m := range g.Meetings {
		dates := append([]string{m.Date}, m.DateAlternatives...)
		for _, a := range m.Attendees {
			goldAtt = append(goldAtt, dated(dates, a))
		}
		if m.Host != "" {
			goldHost = append(goldHost, dated(dates, m.Host))
		}
	}
	for _, m := range x.Meetings {
		if m.Status != "" && m.Status != graph.StatusHeld {
			continue // gold meetings are those that took place
		}
		for _, a := range m.Attendees {
			predAtt = append(predAtt, fact{key: m.Date + " | " + person(a.Person), fields: []string{m.Date, person(a.Person)}})
		}
		if m.Host != "" {
			predHost = append(predHost, fact{key: m.Date + " | " + person(m.Host), fields: []string{m.Date, person(m.Host)}})
		}
	}
	s.tally(Attendance, dedupe(goldAtt), dedupe(predAtt), miss)
	s.tally(Hosts, dedupe(goldHost), dedupe(predHost), miss)

	// Statements (speaker, quote).
	var goldSt, predSt []fact
	for _, st := range g.Statements {
		st := st
		goldSt = append(goldSt, fact{key: st.Speaker + " | " + st.Quote, match: func(f []string) bool {
			return f[0] == st.Speaker && sameQuote(f[1], st.Quote)
		}})
	}
	for _, st := range x.Statements {
		predSt = append(predSt, fact{key: person(st.Speaker) + " | " + st.Quote, fields: []string{person(st.Speaker), st.Quote}})
	}
	s.tally(Statements, goldSt, predSt, miss)
}

// fact is a tuple to match: gold facts carry a matcher, predicted facts
// their fields.
type fact struct {
	key    string
	fields []string
	match  func(fields []string) bool
}

func dated(dates []string, person string) fact {
	return fact{key: dates[0] + " | " + person, match: func(f []string) bool {
		if f[1] != person {
			return false
		}
		for _, d := range dates {
			if d != "" && f[0] == d {
				return true
			}
		}
		return false
	}}
}

func dedupe(fs []fact) []fact {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		if !seen[f.key] {
			seen[f.key] = true
			out = append(out, f)
		}
	}
	return out
}

// tally matches predicted facts to gold facts one to one, in order.
func (s *Score) tally(t string, gold, pred []fact, miss func(t, sign, what string)) {
	// A maximum matching of predicted to gold facts, so that the score
	// does not depend on their order: a gold fact that also accepts
	// another date ("10 March, or 11") gives way to one that accepts only
	// the predicted fact's.
	cands := make([][]int, len(pred))
	for pi, p := range pred {
		for gi, g := range gold {
			if g.match(p.fields) {
				cands[pi] = append(cands[pi], gi)
			}
		}
	}
	goldOf := make([]int, len(pred)) // the gold fact each predicted one took, or -1
	predOf := make([]int, len(gold)) // the predicted fact each gold one is taken by, or -1
	for i := range goldOf {
		goldOf[i] = -1
	}
	for i := range predOf {
		predOf[i] = -1
	}
	var augment func(pi int, seen []bool) bool
	augment = func(pi int, seen []bool) bool {
		for _, gi := range cands[pi] {
			if seen[gi] {
				continue
			}
			seen[gi] = true
			if predOf[gi] < 0 || augment(predOf[gi], seen) {
				goldOf[pi], predOf[gi] = gi, pi
				return true
			}
		}
		return false
	}
	for pi := range pred {
		if len(cands[pi]) > 0 {
			augment(pi, make([]bool, len(gold)))
		}
	}
	for pi, p := range pred {
		if goldOf[pi] >= 0 {
			s.Counts[t].TP++
		} else {
			s.Counts[t].FP++
			miss(t, "+", p.key)
		}
	}
	for gi, g := range gold {
		if predOf[gi] < 0 {
			s.Counts[t].FN++
			miss(t, "-", g.key)
		}
	}
}

func positionMatcher(p GoldPosition, orgs *resolver, orgNames map[string][]string) func([]string) bool {
	org, _ := orgs.resolve(p.Organisation)
	accepted := map[string][]string{org: orgNames[org]} // each organisation with its names
	for _, a := range p.OrganisationAlternatives {
		// An alternative that the gold file does not list is not scored.
		if alt, ok := orgs.resolve(a); ok {
			accepted[alt] = orgNames[alt]
		}
	}
	// An envoy's post is in accredited_to: the title without it states
	// the same fact.
	var postNames []string
	if p.AccreditedTo != "" {
		post, _ := orgs.resolve(p.AccreditedTo)
		postNames = append([]string{p.AccreditedTo}, orgNames[post]...)
	}
	titles := map[string]bool{}
	for _, t := range append([]string{p.Title}, p.TitleAliases...) {
		titles[graph.Slug(t)] = true
		if postNames != nil {
			t = withoutPost(t, postNames)
			titles[graph.Slug(t)] = true
		}
		for _, names := range accepted {
			if b := bareTitle(t, names); b != "" {
				titles[b] = true
			}
		}
	}
	return func(f []string) bool {
		names, ok := accepted[f[2]]
		if f[0] != p.Person || !ok {
			return false
		}
		return titles[graph.Slug(f[1])] || titles[bareTitle(f[1], names)]
	}
}

// bareTitle returns the slug of a title without the name of its
// organisation, written before it ("State Duma Speaker", "Russia's
// Ambassador") or after it ("Speaker of the State Duma"), or "" when the
// title names none of them or is nothing else. The longest name that fits
// is taken: "Minister of Foreign Affairs of the Republic of Benin" is the
// minister of Foreign Affairs, not of "the Republic".
func bareTitle(title string, orgNames []string) string {
	t := graph.Slug(title)
	best := ""
	for _, n := range orgNames {
		o := graph.Slug(n)
		if o == "" {
			continue
		}
		for _, suffix := range []string{"-of-the-" + o, "-of-" + o} {
			if b, ok := strings.CutSuffix(t, suffix); ok && b != "" && (best == "" || len(b) < len(best)) {
				best = b
			}
			// "President of the Asian Development Bank (ADB)": the name,
			// then another of its names in brackets.
			for _, a := range orgNames {
				if a := graph.Slug(a); a != "" && a != o {
					if b, ok := strings.CutSuffix(t, suffix+"-"+a); ok && b != "" && (best == "" || len(b) < len(best)) {
						best = b
					}
				}
			}
		}
		for _, prefix := range []string{"the-" + o + "-s-", o + "-s-", "the-" + o + "-", o + "-"} {
			if b, ok := strings.CutPrefix(t, prefix); ok && b != "" && (best == "" || len(b) < len(best)) {
				best = b
			}
		}
	}
	return best
}

// withoutPost returns the title without the country or body an envoy is
// accredited to, written last ("Ambassador of Greece to Montenegro",
// "High Commissioner of the Maldives in Sri Lanka"), or the title as it is.
func withoutPost(title string, postNames []string) string {
	best := title
	for _, n := range postNames {
		if n == "" {
			continue
		}
		for _, suffix := range []string{" to the " + n, " to " + n, " in the " + n, " in " + n} {
			if b, ok := strings.CutSuffix(title, suffix); ok && b != "" && len(b) < len(best) {
				best = b
			}
		}
	}
	return best
}

// named is a predicted entity's names: its name first, then its aliases.
type named struct{ names []string }

func namesOf(es []graph.EntityFact) []named {
	out := make([]named, len(es))
	for i, e := range es {
		out[i] = named{append([]string{e.Name}, e.Aliases...)}
	}
	return out
}

func namesOfPersons(ps []graph.PersonFact) []named {
	out := make([]named, len(ps))
	for i, p := range ps {
		out[i] = named{append([]string{p.Name}, p.Aliases...)}
	}
	return out
}

// resolver maps names to the gold entity they denote.
type resolver struct {
	bySlug map[string]string
}

func newResolver(es []GoldEntity) *resolver {
	r := &resolver{bySlug: map[string]string{}}
	// Names first, so that an alias shared with another entity's name
	// never takes that name away.
	for _, e := range es {
		r.bySlug[graph.Slug(e.Name)] = e.Name
	}
	for _, e := range es {
		for _, a := range e.Aliases {
			if _, taken := r.bySlug[graph.Slug(a)]; !taken {
				r.bySlug[graph.Slug(a)] = e.Name
			}
		}
	}
	return r
}

// resolve returns the gold entity that the first resolvable name denotes:
// the predicted name is tried before its aliases.
func (r *resolver) resolve(names ...string) (string, bool) {
	for _, n := range names {
		if g, ok := r.bySlug[graph.Slug(n)]; ok {
			return g, true
		}
	}
	return "", false
}

// sameQuote says whether a predicted quote is the gold one: the gold file
// keeps the first words; the comparison ignores case, punctuation and
// spacing, and accepts either one starting the other.
func sameQuote(pred, gold string) bool {
	p, g := letters(pred), letters(gold)
	if p == "" || g == "" {
		return false
	}
	n := min(len(p), len(g), 40)
	return strings.HasPrefix(p, g[:n]) || strings.HasPrefix(g, p[:n])
}

func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// SortedDocs returns the documents with errors, sorted.
func (s *Score) SortedDocs() []string {
	var docs []string
	for d := range s.Errors {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	return docs
}
