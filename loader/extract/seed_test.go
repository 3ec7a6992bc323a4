package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestSeed asserts, fact by fact, what the seed document must give.
func TestSeed(t *testing.T) {
	doc := readSeed(t)
	ex, err := testExtractor.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	var (
		wang    = graph.EntityID(graph.KindPerson, "Wang Yi")
		norov   = graph.EntityID(graph.KindPerson, "Vladimir Norov")
		denisov = graph.EntityID(graph.KindPerson, "Andrei Denisov")
		china   = graph.EntityID(graph.KindCountry, "China")
		russia  = graph.EntityID(graph.KindCountry, "Russia")
		sco     = graph.EntityID(graph.KindOrganisation, "Shanghai Cooperation Organisation")
		cpc     = graph.EntityID(graph.KindOrganisation, "Communist Party of China")
		bri     = graph.EntityID(graph.KindInitiative, "Belt and Road Initiative")
		hsr     = graph.EntityID(graph.KindInitiative, "Health Silk Road")
		covid   = graph.EntityID(graph.KindInitiative, "COVID-19 pandemic")
		beijing = graph.EntityID(graph.KindPlace, "Beijing")
	)
	if ex.Document.ID != doc.ID {
		t.Errorf("document ID %q, want %q", ex.Document.ID, doc.ID)
	}

	// Persons: exactly three, with their positions.
	if got := personIDs(ex); strings.Join(got, ",") != strings.Join([]string{wang, norov, denisov}, ",") {
		t.Errorf("persons = %v, want Wang Yi, Vladimir Norov, Andrei Denisov", got)
	}
	wantPos := map[string]graph.PositionFact{
		wang:    {Title: "Foreign Minister", Organisation: china},
		norov:   {Title: "Secretary-General", Organisation: sco},
		denisov: {Title: "Ambassador", Organisation: russia, AccreditedTo: china},
	}
	for _, p := range ex.Persons {
		w := wantPos[p.ID]
		if len(p.Positions) != 1 || p.Positions[0].Title != w.Title || p.Positions[0].Organisation != w.Organisation || p.Positions[0].AccreditedTo != w.AccreditedTo {
			t.Errorf("%s positions = %+v, want %+v", p.ID, p.Positions, w)
		}
	}

	// Organisations, countries.
	if len(ex.Organisations) != 2 {
		t.Errorf("organisations = %+v, want SCO and CPC", ex.Organisations)
	}
	orgs := map[string]graph.EntityFact{}
	for _, o := range ex.Organisations {
		orgs[o.ID] = o
	}
	if o := orgs[sco]; o.Name != "Shanghai Cooperation Organisation" || !contains(o.Aliases, "SCO") {
		t.Errorf("SCO = %+v", o)
	}
	if o := orgs[cpc]; o.Name != "Communist Party of China" || o.Kind != "party" || !contains(o.Aliases, "Chinese Communist Party") {
		t.Errorf("CPC = %+v", o)
	}
	var countries []string
	for _, c := range ex.Countries {
		countries = append(countries, c.ID)
	}
	if strings.Join(countries, ",") != china+","+russia {
		t.Errorf("countries = %v, want China, Russia", countries)
	}

	// One meeting, with its date, place, host, attendees and group.
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %d, want 1", len(ex.Meetings))
	}
	m := ex.Meetings[0]
	if m.Date != "2021-02-02" || m.DatePrecision != "day" {
		t.Errorf("date = %s (%s), want 2021-02-02 (day)", m.Date, m.DatePrecision)
	}
	if m.Place != beijing || placeCountry(ex, m.Place) != china {
		t.Errorf("place = %s in %s, want Beijing in China", m.Place, placeCountry(ex, m.Place))
	}
	if m.Host != wang {
		t.Errorf("host = %s, want Wang Yi", m.Host)
	}
	if m.Type != "CONSULT" || m.CAMEO == "" || m.Mode == "" {
		t.Errorf("type/mode/cameo = %s/%s/%s", m.Type, m.Mode, m.CAMEO)
	}
	if m.ID != graph.MeetingID(m.Date, []string{wang, norov, denisov}) {
		t.Errorf("meeting ID %s does not follow MeetingID", m.ID)
	}
	wantAtt := map[string]graph.AttendeeFact{
		wang:    {Role: "Foreign Minister", Representing: china},
		norov:   {Role: "Secretary-General", Representing: sco},
		denisov: {Role: "Ambassador", Representing: russia, OnBehalfOf: "the diplomatic missions in Beijing"},
	}
	if len(m.Attendees) != 3 {
		t.Errorf("attendees = %+v, want 3", m.Attendees)
	}
	for _, a := range m.Attendees {
		w, ok := wantAtt[a.Person]
		if !ok || a.Role != w.Role || a.Representing != w.Representing || a.OnBehalfOf != w.OnBehalfOf {
			t.Errorf("attendee %+v, want %+v", a, w)
		}
	}
	if len(m.Groups) != 1 || m.Groups[0].Description != "ambassadors of the Eurasian states to China" ||
		m.Groups[0].ID != graph.GroupID(m.ID, m.Groups[0].Description) {
		t.Errorf("groups = %+v", m.Groups)
	}
	for _, id := range []string{bri, hsr, covid} {
		if !contains(m.Discussed, id) {
			t.Errorf("discussed %v lacks %s", m.Discussed, id)
		}
	}

	// Initiatives and their promoters.
	for _, id := range []string{bri, hsr} {
		in := initiative(ex, id)
		if in == nil || !contains(in.Promoters, wang) {
			t.Errorf("%s: promoters %v, want Wang Yi", id, in)
		}
	}
	if in := initiative(ex, covid); in == nil || in.Kind != "topic" {
		t.Errorf("COVID-19 = %+v", in)
	}

	// Membership.
	if len(ex.Memberships) != 1 || ex.Memberships[0].Member != china || ex.Memberships[0].Organisation != sco || ex.Memberships[0].Role != "founder" {
		t.Errorf("memberships = %+v, want China founder of SCO", ex.Memberships)
	}

	// Statements.
	type want struct{ speaker, prefix, suffix string }
	wants := []want{
		{wang, "joint consultations, joint construction and shared use.", "joint consultations, joint construction and shared use."},
		{wang, "The epidemic will pass but solidarity and friendship will last forever.", "our cooperation will be as strong as an ox."},
		{norov, "The SCO member states presented their concepts", "authority and role in the world,"},
		{norov, "the Chinese dream of the revival of the powerful Chinese nation", "the Chinese dream of the revival of the powerful Chinese nation"},
		{norov, "a community of common destiny for mankind.", "a community of common destiny for mankind."},
	}
	if len(ex.Statements) != len(wants) {
		t.Errorf("statements = %d, want %d", len(ex.Statements), len(wants))
	}
	for i, w := range wants {
		if i >= len(ex.Statements) {
			break
		}
		s := ex.Statements[i]
		if s.Speaker != w.speaker || !strings.HasPrefix(s.Quote, w.prefix) || !strings.HasSuffix(s.Quote, w.suffix) {
			t.Errorf("statement %d = %s: %q, want %s: %q...%q", i, s.Speaker, s.Quote, w.speaker, w.prefix, w.suffix)
		}
		if s.Meeting != m.ID {
			t.Errorf("statement %d meeting = %q, want %q", i, s.Meeting, m.ID)
		}
		if s.ID != graph.StatementID(s.Speaker, s.Quote) {
			t.Errorf("statement %d ID does not follow StatementID", i)
		}
	}
	// The two-paragraph quote is one statement that spans both paragraphs.
	if len(ex.Statements) > 2 && !strings.Contains(ex.Statements[2].Quote, "As one of the SCO founders") {
		t.Errorf("multi-paragraph quote cut short: %q", ex.Statements[2].Quote)
	}
	if errs := consistency(ex); len(errs) > 0 {
		t.Errorf("inconsistent: %v", errs)
	}
}

func personIDs(ex *graph.Extraction) []string {
	var ids []string
	for _, p := range ex.Persons {
		ids = append(ids, p.ID)
	}
	return ids
}

func placeCountry(ex *graph.Extraction, id string) string {
	for _, p := range ex.Places {
		if p.ID == id {
			return p.Country
		}
	}
	return ""
}

func initiative(ex *graph.Extraction, id string) *graph.InitiativeFact {
	for i := range ex.Initiatives {
		if ex.Initiatives[i].ID == id {
			return &ex.Initiatives[i]
		}
	}
	return nil
}
