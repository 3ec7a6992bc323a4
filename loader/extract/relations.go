package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// promoteWords before an initiative make the speaker a promoter of it
// ("called for joint promotion of the Belt and Road initiative", "building
// the Health Silk Road").
var promoteWords = wordSet(`promote promotes promoting promoted promotion build builds building built
advance advancing advanced implement implementing implementation construct constructing construction
jointly pursue pursuing push pushing develop developing deepen deepening endorse endorsed endorses
join joined joining support supports supporting supported participate participating participation
championed champions launched proposed`)

// promoters links initiatives to who promotes them: the speaker of the
// quotation they are named in, else the subject of the sentence (a person,
// or else the first country or organisation that is not governed by a
// preposition). Topics such as the pandemic have no promoters.
func (d *docState) promoters() {
	for _, g := range d.gz {
		if g.e.kind != entInitiative || d.g.Initiatives[g.e.idx].Kind == "topic" {
			continue
		}
		si := d.toks[g.start].sent
		s := d.sents[si]
		cue := -1
		for k := g.start - 1; k >= s.tokStart && k >= g.start-5; k-- {
			if d.toks[k].punct == ',' || d.toks[k].punct == ';' {
				break
			}
			if promoteWords.at(d.toks[k].wid) {
				cue = k
				break
			}
		}
		if cue < 0 || d.wishBefore(s.tokStart, cue) {
			continue
		}
		var id string
		if q := d.quoteAt[g.start]; q >= 0 {
			for _, st := range d.out.Statements {
				if st.Quote == d.quotes[q].text(d.text) {
					id = st.Speaker
				}
			}
		} else if p := d.subject[si]; p >= 0 {
			id = d.personID(p)
		} else {
			id = d.actorBefore(s.tokStart, cue)
		}
		if id == "" {
			continue
		}
		f := &d.out.Initiatives[d.initAt[d.gzID(g)]]
		if !contains(f.Promoters, id) {
			f.Promoters = append(f.Promoters, id)
			f.Evidence = addEv(f.Evidence, d.ev(si, "promote-verb"))
		}
	}
}

// actorBefore returns the first country or organisation in [a, b) not
// governed by a preposition.
func (d *docState) actorBefore(a, b int) string {
	for _, g := range d.gz {
		if g.start < a || g.start >= b || d.inQuote(g.start) {
			continue
		}
		if g.e.kind != entCountry && g.e.kind != entOrg {
			continue
		}
		if g.start > 0 && prepositions.at(d.toks[g.start-1].wid) {
			continue
		}
		return d.gzID(g)
	}
	return ""
}

// memberships reads "As one of the SCO founders, China ..." (role
// founder), "X, a founding member of Y" and "X is a member of Y".
func (d *docState) memberships() {
	for si, s := range d.sents {
		for i := s.tokStart; i < s.tokEnd; i++ {
			w := d.toks[i].lower
			role := ""
			switch w {
			case "founders", "founder", "founding":
				role = "founder"
			case "member":
				role = "member"
			default:
				continue
			}
			// The organisation: right before ("SCO founders") or after
			// "of [the]" ("founding member of the SCO").
			org := ""
			orgEnd := i + 1
			if g, ok := d.gzOf(i - 1); ok && g.e.kind == entOrg {
				org = d.entityID(g.e)
			} else {
				k := i + 1
				if k < s.tokEnd && (d.toks[k].lower == "members" || d.toks[k].lower == "member" || d.toks[k].lower == "state") {
					k++
				}
				if k < s.tokEnd && d.toks[k].lower == "of" {
					k++
					if k < s.tokEnd && d.toks[k].lower == "the" {
						k++
					}
					if g, ok := d.gzOf(k); ok && g.start == k && g.e.kind == entOrg {
						org, orgEnd = d.entityID(g.e), g.end
					}
				}
			}
			if org == "" {
				continue
			}
			if role == "member" && !(i > s.tokStart && (d.toks[i-1].lower == "a" || d.toks[i-1].lower == "an")) {
				continue // "SCO member states" names no member
			}
			member := ""
			// "As one of the ... founders, China": the country after the
			// comma; otherwise the subject country before the phrase.
			if orgEnd < s.tokEnd && d.toks[orgEnd].punct == ',' {
				if g, ok := d.gzOf(orgEnd + 1); ok && g.e.kind == entCountry {
					member = d.entityID(g.e)
				}
			}
			if member == "" {
				member = d.actorBefore(s.tokStart, i)
				if member == org {
					member = ""
				}
			}
			if member == "" {
				continue
			}
			d.addMembership(member, org, role, d.ev(si, "member-of"))
		}
	}
}

// addMembership adds a membership once.
func (d *docState) addMembership(member, org, role string, ev graph.Evidence) {
	for k := range d.out.Memberships {
		m := &d.out.Memberships[k]
		if m.Member == member && m.Organisation == org {
			if m.Role == "member" && role == "founder" {
				m.Role = role
			}
			m.Evidence = addEv(m.Evidence, ev)
			return
		}
	}
	d.out.Memberships = append(d.out.Memberships, graph.MembershipFact{Member: member, Organisation: org, Role: role, Evidence: []graph.Evidence{ev}})
}

// wishBefore reports whether a wish precedes token b in its sentence:
// "wishing China success in building ..." makes China, not the speaker,
// the one who builds.
func (d *docState) wishBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasPrefix(d.toks[k].lower, "wish") {
			return true
		}
	}
	return false
}
