package gen

import (
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// attendee is a person at a meeting, in the office they held that day.
type attendee struct {
	person, office int32
	side           int8 // 0: the first party's side, 1: the second party's, 2: a multilateral participant
}

// meetingPlan is a meeting before it is written up.
type meetingPlan struct {
	date       int32
	mode       string // visit, host, third-party, multilateral, phone
	place      int32  // -1 for calls
	host       int    // index into att, -1 when nobody hosts
	att        []attendee
	org        int32 // the organisation that convenes a multilateral meeting or the event of a third-party one; -1
	level      officeKind
	discussed  []int32
	ambassador bool // a head of mission received by the host country
	id         string
}

func (m *meetingPlan) has(p int32) bool {
	for _, a := range m.att {
		if a.person == p {
			return true
		}
	}
	return false
}

func (m *meetingPlan) add(p, o int32, side int8) bool {
	if p < 0 || m.has(p) || len(m.att) >= 15 {
		return false
	}
	m.att = append(m.att, attendee{person: p, office: o, side: side})
	return true
}

func cameoOf(mode string) string {
	switch mode {
	case "phone":
		return "041"
	case "visit":
		return "042"
	case "host":
		return "043"
	case "third-party":
		return "044"
	}
	return "040"
}

type planner struct {
	w *world
	r *rand.Rand
}

// cityIn draws a place of country c: its capital mostly.
func (g *planner) cityIn(c int32) int32 {
	cc := &g.w.countries[c]
	if len(cc.cities) == 0 || g.r.IntN(4) > 0 {
		return cc.capital
	}
	return cc.cities[g.r.IntN(len(cc.cities))]
}

func (g *planner) otherCountry(not ...int32) int32 {
	for range 20 {
		c := g.w.countryAlias.draw(g.r)
		ok := true
		for _, n := range not {
			if c == n {
				ok = false
			}
		}
		if ok {
			return c
		}
	}
	return -1
}

// head returns the office of c's most powerful leader held on day d.
func (g *planner) head(c int32, d int32) (int32, int32) {
	if presidential[g.w.countries[c].rec.ISO2] {
		if o, p := g.w.officeOf(c, okHoS, d); p >= 0 {
			return o, p
		}
	}
	if o, p := g.w.officeOf(c, okHoG, d); p >= 0 {
		return o, p
	}
	return g.w.officeOf(c, okHoS, d)
}

// counterpart returns the office in country c matching kind k on day d.
func (g *planner) counterpart(c int32, k officeKind, d int32) (int32, int32) {
	switch k {
	case okHoS, okHoG:
		return g.head(c, d)
	}
	if o, p := g.w.officeOf(c, k, d); p >= 0 {
		return o, p
	}
	return g.w.officeOf(c, okFM, d)
}

var delegationKinds = []officeKind{okFM, okDFM, okAmb, okTrade, okEconomy, okEnergy, okFinance, okDefM, okTransport, okNSA, okDPM, okHoG}

// delegation lists who may accompany the principal of country c meeting
// country other on day d, most likely first.
func (g *planner) delegation(c, other, d int32) [][2]int32 {
	var out [][2]int32
	for _, k := range delegationKinds {
		if k == okAmb {
			if oi, ok := g.w.amb[[2]int32{c, other}]; ok {
				if p := g.w.offices[oi].holder(d); p >= 0 {
					out = append(out, [2]int32{oi, p})
				}
			}
			continue
		}
		for _, oi := range g.w.countries[c].offices[k] {
			if p := g.w.offices[oi].holder(d); p >= 0 {
				out = append(out, [2]int32{oi, p})
			}
		}
	}
	return out
}

func (g *planner) orgDelegation(og, d int32) [][2]int32 {
	if oi := g.w.orgs[og].offices[1]; oi >= 0 {
		if p := g.w.offices[oi].holder(d); p >= 0 {
			return [][2]int32{{oi, p}}
		}
	}
	return nil
}

// fill adds delegation members from both sides, alternating, until the
// meeting has n attendees or nobody is left.
func (g *planner) fill(m *meetingPlan, n int, sides [2][][2]int32) {
	idx := [2]int{}
	for side := 0; len(m.att) < n; side = 1 - side {
		if idx[0] >= len(sides[0]) && idx[1] >= len(sides[1]) {
			return
		}
		for idx[side] < len(sides[side]) {
			c := sides[side][idx[side]]
			idx[side]++
			if g.r.IntN(8) == 0 {
				continue
			}
			if m.add(c[1], c[0], int8(side)) {
				break
			}
		}
	}
}

func (g *planner) discussed(m *meetingPlan) {
	k := []int{0, 1, 1, 2, 2, 3}[g.r.IntN(6)]
	for range k * 2 {
		if len(m.discussed) >= k {
			break
		}
		i := g.w.initiativeAlias.draw(g.r)
		dup := false
		for _, x := range m.discussed {
			dup = dup || x == i
		}
		if !dup {
			m.discussed = append(m.discussed, i)
		}
	}
}

// plan draws the first meeting of a document on day d.
func (g *planner) plan(d int32) *meetingPlan {
	for range 40 {
		oi := g.w.officeAlias.draw(g.r)
		o := &g.w.offices[oi]
		p := o.holder(d)
		if p < 0 {
			continue
		}
		var m *meetingPlan
		switch o.kind {
		case okHead, okDeputy:
			m = g.planOrg(d, oi, p)
		case okAmb:
			m = g.planAmbassador(d, oi, p)
		case okPermRep:
			m = g.planPermRep(d, oi, p)
		default:
			m = g.planCountry(d, oi, p)
		}
		if m != nil && len(m.att) >= 2 {
			g.discussed(m)
			m.id = g.meetingID(m)
			return m
		}
	}
	return nil
}

func (g *planner) meetingID(m *meetingPlan) string {
	ids := make([]string, len(m.att))
	for i, a := range m.att {
		ids[i] = g.w.persons[a.person].id
	}
	return graph.MeetingID(dayTime(m.date).Format("2006-01-02"), ids)
}

func (g *planner) planCountry(d, oi, p int32) *meetingPlan {
	o := &g.w.offices[oi]
	a := o.country
	if len(g.w.countries[a].orgs) > 0 && o.kind != okDFM && o.kind != okNSA && o.kind != okDPM && g.r.IntN(100) < 55 {
		og := g.w.countries[a].orgs[g.r.IntN(len(g.w.countries[a].orgs))]
		if m := g.planMultilateral(d, og, o.kind, attendee{person: p, office: oi}); m != nil {
			return m
		}
	}
	for range 10 {
		b := g.otherCountry(a)
		if b < 0 {
			return nil
		}
		qo, q := g.counterpart(b, o.kind, d)
		if q < 0 || q == p {
			continue
		}
		m := &meetingPlan{date: d, place: -1, host: -1, org: -1}
		m.add(p, oi, 0)
		m.add(q, qo, 1)
		x := g.r.IntN(100)
		switch {
		case x < 10:
			m.mode = "phone"
			return m
		case x < 46:
			m.mode, m.host, m.place = "visit", 1, g.cityIn(b)
		case x < 82:
			m.mode, m.host, m.place = "host", 0, g.cityIn(a)
		default:
			m.mode = "third-party"
			g.thirdPlace(m, a, b)
			g.fill(m, 2+g.r.IntN(5), [2][][2]int32{g.delegation(a, b, d), g.delegation(b, a, d)})
			return m
		}
		g.fill(m, 7+g.r.IntN(5)+g.r.IntN(5), [2][][2]int32{g.delegation(a, b, d), g.delegation(b, a, d)})
		return m
	}
	return nil
}

// thirdPlace chooses where two parties from countries a and b meet
// abroad: at an organisation's event, or simply in a third country.
func (g *planner) thirdPlace(m *meetingPlan, a, b int32) {
	w := g.w
	switch g.r.IntN(3) {
	case 0:
		if orgs := w.countries[a].orgs; len(orgs) > 0 {
			og := orgs[g.r.IntN(len(orgs))]
			ms := w.orgs[og].members
			c := ms[g.r.IntN(len(ms))]
			if c != a && c != b {
				m.org, m.place = og, g.cityIn(c)
				return
			}
		}
	case 1:
		og := w.orgAlias.draw(g.r)
		if w.orgs[og].real && w.orgs[og].hq >= 0 {
			if c := w.places[w.orgs[og].hq].country; c != a && c != b {
				m.org, m.place = og, w.orgs[og].hq
				return
			}
		}
	}
	if c := g.otherCountry(a, b); c >= 0 {
		m.place = g.cityIn(c)
		return
	}
	m.place = g.cityIn(b)
}

// planMultilateral plans a meeting of an organisation's members at level k,
// chaired by chair (or by a member's representative when chair.person < 0).
func (g *planner) planMultilateral(d, og int32, k officeKind, chair attendee) *meetingPlan {
	w := g.w
	o := &w.orgs[og]
	if len(o.members) < 3 {
		return nil
	}
	m := &meetingPlan{date: d, mode: "multilateral", host: 0, org: og, level: k, place: -1}
	members := append([]int32(nil), o.members...)
	g.r.Shuffle(len(members), func(i, j int) { members[i], members[j] = members[j], members[i] })
	chairCountry := int32(-1)
	if chair.person >= 0 {
		m.add(chair.person, chair.office, 2)
		chairCountry = w.offices[chair.office].country
	}
	n := 12 + g.r.IntN(4)
	for _, c := range members {
		if len(m.att) >= n-1 {
			break
		}
		if c == chairCountry {
			continue
		}
		oi, p := g.counterpart(c, k, d)
		if p >= 0 {
			if m.add(p, oi, 2) && chairCountry < 0 {
				chairCountry = c
			}
		}
	}
	if oi := o.offices[0]; oi >= 0 {
		if p := w.offices[oi].holder(d); p >= 0 {
			m.add(p, oi, 2)
		}
	}
	if len(m.att) < 3 || chairCountry < 0 {
		return nil
	}
	m.place = g.cityIn(chairCountry)
	return m
}

func (g *planner) planOrg(d, oi, p int32) *meetingPlan {
	w := g.w
	o := &w.offices[oi]
	og := &w.orgs[o.org]
	if !og.real && o.kind == okHead && g.r.IntN(100) < 50 {
		k := okFM
		if g.r.IntN(4) == 0 {
			k = okHoS
		}
		if m := g.planMultilateral(d, o.org, k, attendee{person: -1}); m != nil {
			return m
		}
	}
	for range 10 {
		var b int32
		if len(og.members) > 0 {
			b = og.members[g.r.IntN(len(og.members))]
		} else {
			b = g.otherCountry()
		}
		var qo, q int32
		switch {
		case o.kind == okDeputy:
			qo, q = g.counterpart(b, okDFM, d)
		case g.r.IntN(10) < 3:
			qo, q = g.head(b, d)
		default:
			qo, q = w.officeOf(b, okFM, d)
		}
		if q < 0 {
			continue
		}
		m := &meetingPlan{date: d, place: -1, host: -1, org: -1}
		m.add(p, oi, 0)
		m.add(q, qo, 1)
		x := g.r.IntN(100)
		switch {
		case x < 20:
			m.mode = "phone"
			return m
		case x < 55 && og.hq >= 0:
			m.mode, m.host, m.place = "host", 0, og.hq
		default:
			m.mode, m.host, m.place = "visit", 1, g.cityIn(b)
		}
		g.fill(m, 3+g.r.IntN(7), [2][][2]int32{g.orgDelegation(o.org, d), g.delegation(b, b, d)})
		return m
	}
	return nil
}

func (g *planner) planAmbassador(d, oi, p int32) *meetingPlan {
	w := g.w
	b := w.offices[oi].acc
	var qo, q int32
	switch x := g.r.IntN(10); {
	case x < 5:
		qo, q = w.officeOf(b, okFM, d)
	case x < 8:
		qo, q = w.officeOf(b, okDFM, d)
	default:
		qo, q = g.head(b, d)
	}
	if q < 0 {
		qo, q = w.officeOf(b, okFM, d)
	}
	if q < 0 {
		return nil
	}
	m := &meetingPlan{date: d, mode: "host", place: w.countries[b].capital, org: -1, ambassador: true}
	m.add(q, qo, 0)
	m.add(p, oi, 1)
	m.host = 0
	g.fill(m, 2+g.r.IntN(5), [2][][2]int32{g.delegation(b, w.offices[oi].country, d), nil})
	return m
}

func (g *planner) planPermRep(d, oi, p int32) *meetingPlan {
	w := g.w
	og := &w.orgs[w.offices[oi].accOrg]
	if og.hq < 0 || og.offices[0] < 0 {
		return nil
	}
	q := w.offices[og.offices[0]].holder(d)
	if q < 0 {
		return nil
	}
	m := &meetingPlan{date: d, mode: "host", place: og.hq, org: -1, ambassador: true}
	m.add(q, og.offices[0], 0)
	m.add(p, oi, 1)
	m.host = 0
	return m
}

// planSecond plans another meeting of the visitor of m1 on the same day,
// with another official of the host country.
func (g *planner) planSecond(m1 *meetingPlan) *meetingPlan {
	if (m1.mode != "visit" && m1.mode != "host") || m1.ambassador || m1.host < 0 {
		return nil
	}
	w := g.w
	v := m1.att[1-m1.host]
	h := m1.att[m1.host]
	hc := w.offices[h.office].country
	if hc < 0 {
		return nil
	}
	for _, k := range []officeKind{okHoS, okHoG, okFM, okDPM, okTrade, okEnergy} {
		var oi, p int32
		if k == okHoS {
			oi, p = g.head(hc, m1.date)
		} else {
			oi, p = w.officeOf(hc, k, m1.date)
		}
		if p < 0 || m1.has(p) || g.r.IntN(3) == 0 {
			continue
		}
		m := &meetingPlan{date: m1.date, mode: "host", place: m1.place, host: 0, org: -1}
		if g.r.IntN(2) == 0 {
			m.mode = "visit"
		}
		m.add(p, oi, 0)
		m.add(v.person, v.office, 1)
		if g.r.IntN(2) == 0 {
			m.discussed = append(m.discussed, g.w.initiativeAlias.draw(g.r))
		}
		m.id = g.meetingID(m)
		return m
	}
	return nil
}
