package gen

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// subject writes an attendee as the subject opening a sentence, closing an
// apposition with a comma.
func (b *builder) subject(a attendee) string {
	if b.persons[a.person] {
		return capFirst(b.ref(a, true, false))
	}
	s := b.first(a, true)
	b.last = a.person
	if strings.Contains(s, ", ") && strings.HasPrefix(s, b.w.persons[a.person].name.full+", ") {
		s += ","
	}
	return s
}

func (b *builder) object(a attendee) string {
	if b.persons[a.person] {
		return b.ref(a, false, false)
	}
	return b.first(a, false)
}

// event names the event of organisation o: "the CAWC summit".
func (b *builder) event(o int32) string {
	og := &b.w.orgs[o]
	if og.acr == "" || b.r.IntN(2) == 0 {
		return "the " + og.event + " of " + b.orgNoun(o)
	}
	return "the " + b.orgAttr(o) + " " + og.event
}

var levelNames = map[officeKind]string{
	okHoS: "heads of state", okHoG: "heads of government", okFM: "foreign ministers", okDefM: "defence ministers",
	okTrade: "trade ministers", okFinance: "finance ministers", okEnergy: "energy ministers",
	okEconomy: "economy ministers", okTransport: "transport ministers",
}

// lead writes the paragraph that reports meeting m.
func (b *builder) lead(m *meetingPlan, pub int32) string {
	w := b.w
	dt, dl := b.dates(m.date, pub)
	dateline := ""
	if m.place >= 0 && b.r.IntN(4) == 0 {
		dateline = strings.ToUpper(w.places[m.place].name) + " – "
	}
	var s string
	switch m.mode {
	case "phone":
		p, q := m.att[0], m.att[1]
		switch b.r.IntN(4) {
		case 0:
			s = b.subject(p) + " spoke by phone with " + b.object(q) + " " + dt + "."
		case 1:
			s = b.subject(p) + " held a telephone conversation with " + b.object(q) + " " + dt + "."
		case 2:
			s = dl + " " + b.object(p) + " had a phone call with " + b.object(q) + "."
		default:
			s = b.object(p) + " and " + b.object(q) + " held a telephone conversation " + dt + "."
		}
	case "third-party":
		p, q := m.att[0], m.att[1]
		switch x := b.r.IntN(3); {
		case m.org >= 0 && x == 0:
			s = b.subject(p) + " met with " + b.object(q) + " on the sidelines of " + b.event(m.org) + " in " + b.place(m.place) + " " + dt + "."
		case m.org >= 0:
			ev := b.event(m.org)
			pl := b.place(m.place)
			s = "On the margins of " + ev + " in " + pl + ", " + b.object(p) + " held talks with " + b.object(q) + " " + dt + "."
		default:
			s = b.object(p) + " and " + b.object(q) + " met in " + b.place(m.place) + " " + dt + "."
		}
	case "multilateral":
		h := m.att[m.host]
		level := levelNames[m.level]
		if level == "" {
			level = "ministers"
		}
		what := "a meeting of the " + level + " of the member states of " + b.orgNoun(m.org)
		if m.level == okHoS || m.level == okHoG {
			what = "a summit of " + b.orgNoun(m.org)
		}
		switch b.r.IntN(3) {
		case 0:
			s = dl + " " + b.place(m.place) + " hosted " + what + ", chaired by " + b.object(h) + "."
		case 1:
			s = b.subject(h) + " chaired " + what + " in " + b.place(m.place) + " " + dt + "."
		default:
			s = capFirst(what) + " was held in " + b.place(m.place) + " " + dt + " under the chairmanship of " + b.object(h) + "."
		}
	default: // visit, host
		h := m.att[m.host]
		v := m.att[1-m.host]
		hc := w.places[m.place].country
		switch {
		case m.ambassador:
			switch b.r.IntN(4) {
			case 0:
				s = b.subject(h) + " received " + b.object(v) + " in " + b.place(m.place) + " " + dt + "."
			case 1:
				s = b.subject(v) + " was received by " + b.object(h) + " in " + b.place(m.place) + " " + dt + "."
			case 2:
				s = b.subject(v) + " presented a copy of " + b.his(v.person) + " credentials to " + b.object(h) + " in " + b.place(m.place) + " " + dt + "."
			default:
				s = dl + " " + b.object(h) + " met with " + b.object(v) + " in " + b.place(m.place) + "."
			}
		case m.mode == "visit":
			switch b.r.IntN(4) {
			case 0:
				sv := b.subject(v)
				s = sv + " paid an official visit to " + b.country(hc) + " " + dt + ", where " + b.pronoun(v.person, true) + " held talks with " + b.object(h) + " in " + b.place(m.place) + "."
			case 1:
				s = dl + " " + b.object(v) + " arrived in " + b.place(m.place) + " on a working visit and held talks with " + b.object(h) + "."
			case 2:
				s = b.subject(v) + " held talks with " + b.object(h) + " in " + b.place(m.place) + " " + dt + " as part of " + b.his(v.person) + " official visit to " + b.country(hc) + "."
			default:
				hisv := b.his(v.person)
				s = "During " + hisv + " visit to " + b.country(hc) + ", " + b.object(v) + " met with " + b.object(h) + " in " + b.place(m.place) + " " + dt + "."
			}
		default:
			switch b.r.IntN(4) {
			case 0:
				s = b.subject(h) + " received " + b.object(v) + " in " + b.place(m.place) + " " + dt + "."
			case 1:
				if w.offices[h.office].country < 0 {
					s = b.subject(h) + " received " + b.object(v) + " in " + b.place(m.place) + " " + dt + "."
					break
				}
				sh := b.object(h)
				sv := b.object(v)
				s = dl + " " + sh + " hosted " + sv + ", who was on an official visit to " + b.country(hc) + ", in " + b.place(m.place) + "."
			case 2:
				s = b.subject(h) + " met with visiting " + b.object(v) + " in " + b.place(m.place) + " " + dt + "."
			default:
				s = b.subject(h) + " welcomed " + b.object(v) + " to " + b.place(m.place) + " " + dt + " for talks on bilateral relations."
			}
		}
	}
	return dateline + capFirst(s)
}

// extras writes the attendees other than the principals.
func (b *builder) extras(m *meetingPlan) string {
	if m.mode == "multilateral" {
		var xs []string
		for i, a := range m.att {
			if i != m.host {
				xs = append(xs, b.object(a))
			}
		}
		switch b.r.IntN(3) {
		case 0:
			return "The meeting was attended by " + list(xs) + "."
		case 1:
			return "Taking part in the meeting were " + list(xs) + "."
		}
		return capFirst(list(xs)) + " also took part in the meeting."
	}
	if len(m.att) <= 2 {
		return ""
	}
	var sides [2][]attendee
	for _, a := range m.att[2:] {
		sides[a.side&1] = append(sides[a.side&1], a)
	}
	countryOf := func(a attendee) int32 { return b.w.offices[a.office].country }
	c0, c1 := countryOf(m.att[0]), countryOf(m.att[1])
	if len(sides[0]) > 0 && len(sides[1]) > 0 && c0 >= 0 && c1 >= 0 && b.w.countries[c0].dem != "" &&
		b.w.countries[c1].dem != "" && c0 != c1 && b.r.IntN(3) == 0 {
		var l0, l1 []string
		for _, a := range sides[0] {
			l0 = append(l0, b.object(a))
		}
		for _, a := range sides[1] {
			l1 = append(l1, b.object(a))
		}
		return "The " + b.demonym(c0) + " delegation included " + list(l0) + ", while the " + b.demonym(c1) +
			" side was represented by " + list(l1) + "."
	}
	var xs []string
	for _, a := range m.att[2:] {
		xs = append(xs, b.object(a))
	}
	if b.r.IntN(2) == 0 {
		return "The talks were also attended by " + list(xs) + "."
	}
	return "Also present were " + list(xs) + "."
}

func (b *builder) membership(m *meetingPlan) string {
	og := &b.w.orgs[m.org]
	if og.real || len(og.members) == 0 {
		return ""
	}
	var xs []string
	for _, c := range og.members {
		xs = append(xs, b.w.countries[c].noun)
		b.declareCountry(c)
		b.x.Memberships = append(b.x.Memberships, graph.MembershipFact{Member: b.w.countries[c].id, Organisation: og.id, Role: "member"})
	}
	if b.r.IntN(2) == 0 {
		return capFirst(b.orgNoun(m.org)) + " brings together " + list(xs) + "."
	}
	return "The members of " + b.orgNoun(m.org) + " are " + list(xs) + "."
}

func (b *builder) topics(m *meetingPlan) string {
	f := func() string { return fields[b.r.IntN(len(fields))] }
	var ss []string
	switch {
	case m.mode == "multilateral":
		ss = append(ss, "The participants reviewed the implementation of earlier decisions and discussed cooperation in "+f()+" and "+f()+".")
	case m.mode == "phone":
		ss = append(ss, b.pick("The two sides discussed "+f()+" and regional issues.", "The conversation focused on "+f()+" and "+f()+"."))
	default:
		ss = append(ss, b.pick(
			"The sides discussed the current state and prospects of bilateral cooperation in "+f()+", "+f()+" and "+f()+".",
			"The parties exchanged views on regional and international issues of mutual interest.",
			"The talks focused on "+f()+" and "+f()+"."))
	}
	if len(m.discussed) > 0 {
		var xs []string
		for _, i := range m.discussed {
			xs = append(xs, b.initiative(i))
		}
		ss = append(ss, b.pick("Particular attention was paid to "+list(xs)+".",
			"They also discussed cooperation within the framework of "+list(xs)+".",
			"The discussion also covered "+list(xs)+"."))
	}
	return strings.Join(ss, " ")
}

// quoteContext is what speaker a may talk about at meeting m.
func (b *builder) quoteContext(m *meetingPlan, a attendee) quoteCtx {
	w := b.w
	o := &w.offices[a.office]
	q := quoteCtx{self: o.country, other: -1, org: o.org, inits: m.discussed, multi: m.mode == "multilateral"}
	if q.org < 0 && m.mode == "multilateral" {
		q.org = m.org
	}
	for _, x := range m.att {
		if c := w.offices[x.office].country; x.person != a.person && c >= 0 && c != q.self {
			q.other = c
			break
		}
	}
	if o.kind == okAmb && o.acc >= 0 {
		q.other = o.acc
	}
	return q
}

func (b *builder) speakers(m *meetingPlan, n int) []attendee {
	var out []attendee
	for range n * 3 {
		if len(out) >= n {
			break
		}
		var a attendee
		switch x := b.r.IntN(10); {
		case x < 4:
			a = m.att[0]
		case x < 8:
			a = m.att[1]
		default:
			a = m.att[b.r.IntN(len(m.att))]
		}
		q := b.quoteContext(m, a)
		if q.self < 0 && (q.other < 0 || q.org < 0) {
			continue
		}
		out = append(out, a)
	}
	return out
}

var closings = []string{
	"The sides agreed to continue contacts at various levels.",
	"The talks were held in a warm and friendly atmosphere.",
	"At the end of the meeting, the parties agreed to maintain regular contacts.",
	"Both sides expressed satisfaction with the results of the talks.",
	"The parties agreed to work together to implement the agreements reached.",
}

// compose writes the document reporting meetings ms.
func (g *generator) compose(idx int, ms []*meetingPlan) (Doc, error) {
	w := g.w
	b := newBuilder(w, g.r)
	m := ms[0]
	pub := m.date + int32([]int{0, 0, 0, 1, 1, 2}[g.r.IntN(6)])
	seenPerson := map[int32]bool{}
	for _, mm := range ms {
		for _, a := range mm.att {
			o := &w.offices[a.office]
			b.titleCount[o.title]++
			if !seenPerson[a.person] {
				seenPerson[a.person] = true
				b.refCount[w.persons[a.person].name.ref]++
			}
			if o.country >= 0 {
				b.named[o.country] = true
			}
			if o.acc >= 0 {
				b.named[o.acc] = true
			}
		}
	}
	title, url := g.headline(idx, m, pub)
	var paras []string
	paras = append(paras, b.lead(m, pub))
	if s := b.extras(m); s != "" {
		if m.mode == "multilateral" && b.r.IntN(2) == 0 {
			if ms := b.membership(m); ms != "" {
				s += " " + ms
			}
		}
		paras = append(paras, s)
	}
	b.last = -1
	paras = append(paras, b.topics(m))
	b.last = -1
	for _, a := range b.speakers(m, []int{0, 1, 1, 2, 2, 3}[g.r.IntN(6)]) {
		paras = append(paras, b.statement(m, a, b.quoteContext(m, a))...)
	}
	if len(ms) > 1 {
		m2 := ms[1]
		b.last = -1
		h, v := m2.att[0], m2.att[1]
		when := b.pick("On the same day, ", "Later that day, ", "")
		var s string
		if m2.mode == "host" {
			s = when + b.ref(v, true, false) + " was also received by " + b.object(h) + "."
		} else {
			s = when + b.ref(v, true, false) + " also " + b.pick("met with ", "held a separate meeting with ") + b.object(h) + "."
		}
		s = capFirst(s)
		if len(m2.discussed) > 0 {
			s += " They discussed " + b.initiative(m2.discussed[0]) + "."
		}
		paras = append(paras, s)
		if g.r.IntN(2) == 0 {
			paras = append(paras, b.statement(m2, h, b.quoteContext(m2, h))...)
		}
	}
	if g.r.IntN(2) == 0 {
		paras = append(paras, closings[g.r.IntN(len(closings))])
	}
	body := strings.Join(paras, "\n\n") + "\n"
	x := b.x
	x.Document = graph.Document{ID: graph.DocumentID(body), Title: title, URL: url,
		Published: dayTime(pub).Format("2006-01-02"), Text: body}
	for _, mm := range ms {
		f := graph.MeetingFact{ID: mm.id, Date: dayTime(mm.date).Format("2006-01-02"), DatePrecision: "day",
			Type: "CONSULT", Mode: mm.mode, CAMEO: cameoOf(mm.mode), Attendees: make([]graph.AttendeeFact, 0, len(mm.att))}
		if mm.place >= 0 {
			f.Place = w.places[mm.place].id
		}
		if mm.host >= 0 {
			f.Host = w.persons[mm.att[mm.host].person].id
		}
		for _, a := range mm.att {
			if !b.persons[a.person] {
				return Doc{}, fmt.Errorf("gen: document %d: attendee %s is not in the text", idx, w.persons[a.person].name.full)
			}
			o := &w.offices[a.office]
			af := graph.AttendeeFact{Person: w.persons[a.person].id, Role: o.title}
			if o.country >= 0 {
				af.Representing = w.countries[o.country].id
			} else {
				af.Representing = w.orgs[o.org].id
			}
			f.Attendees = append(f.Attendees, af)
		}
		for _, i := range mm.discussed {
			f.Discussed = append(f.Discussed, w.initiatives[i].id)
		}
		x.Meetings = append(x.Meetings, f)
	}
	name := fmt.Sprintf("%06d", idx)
	text := "title: " + title + "\ndate: " + x.Document.Published + "\nurl: " + url + "\n\n" + body
	return Doc{Name: name, Text: text, Truth: x}, nil
}

// headline returns the title and URL of a document; neither is part of
// the body, so neither declares anything.
func (g *generator) headline(idx int, m *meetingPlan, pub int32) (string, string) {
	w := g.w
	r := g.r
	plain := func(a attendee) string {
		o := &w.offices[a.office]
		return o.title + " " + w.persons[a.person].name.full
	}
	nameOf := func(a attendee) string { return w.persons[a.person].name.full }
	p, q := m.att[0], m.att[1]
	var t string
	switch m.mode {
	case "phone":
		if r.IntN(2) == 0 {
			t = "Readout of " + plain(p) + "'s Call with " + plain(q)
		} else {
			t = nameOf(p) + " and " + nameOf(q) + " hold phone talks"
		}
	case "multilateral":
		og := &w.orgs[m.org]
		n := og.acr
		if n == "" {
			n = og.name
		}
		level := levelNames[m.level]
		if level == "" {
			level = "ministers"
		}
		t = n + " " + level + " meet in " + w.places[m.place].name
	case "third-party":
		t = nameOf(p) + " meets " + nameOf(q) + " in " + w.places[m.place].name
	default:
		switch r.IntN(3) {
		case 0:
			t = plain(p) + " holds talks with " + plain(q)
		case 1:
			t = nameOf(m.att[m.host]) + " receives " + plain(m.att[1-m.host])
		default:
			t = "Meeting with " + plain(q)
		}
	}
	site := "press"
	if o := &w.offices[p.office]; o.country >= 0 {
		site = "mfa-" + strings.ToLower(w.countries[o.country].rec.ISO2)
	} else if og := &w.orgs[o.org]; og.acr != "" {
		site = strings.ToLower(og.acr)
	}
	slug := graph.Slug(t)
	if len(slug) > 60 {
		cut := 60
		for cut > 0 && !utf8.RuneStart(slug[cut]) {
			cut-- // never inside a character (Slug keeps letters of any script)
		}
		slug = strings.TrimRight(slug[:cut], "-")
	}
	d := dayTime(pub)
	url := fmt.Sprintf("https://www.%s.example/en/news/%04d/%02d/%02d/%06d-%s", site, d.Year(), d.Month(), d.Day(), idx, slug)
	return t, url
}
