package eval

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestScoreMatchesByNameAndAlias(t *testing.T) {
	g := &Gold{
		Document:  "doc.txt",
		Persons:   []GoldEntity{{Name: "Joko Widodo", Aliases: []string{"Jokowi", "Widodo"}}, {Name: "Vo Van Thuong"}},
		Countries: []GoldEntity{{Name: "Vietnam", Aliases: []string{"Viet Nam"}}, {Name: "Indonesia"}},
		Positions: []GoldPosition{{Person: "Joko Widodo", Title: "President", Organisation: "Indonesia"}},
		Meetings: []GoldMeeting{{Date: "2024-01-12", DateAlternatives: []string{"2024-01-11"}, Host: "Vo Van Thuong",
			Attendees: []string{"Joko Widodo", "Vo Van Thuong"}}},
		Statements: []GoldStatement{{Speaker: "Joko Widodo", Quote: "We agreed to strengthen"}},
	}
	jokowi, thuong := graph.EntityID(graph.KindPerson, "Jokowi"), graph.EntityID(graph.KindPerson, "Vo Van Thuong")
	id, vn, other := graph.EntityID(graph.KindCountry, "Indonesia"), graph.EntityID(graph.KindCountry, "Viet Nam"), graph.EntityID(graph.KindCountry, "Laos")
	x := &graph.Extraction{
		Persons: []graph.PersonFact{
			{ID: jokowi, Name: "Jokowi", Positions: []graph.PositionFact{{Title: "President", Organisation: id}, {Title: "Chairman", Organisation: id}}},
			{ID: thuong, Name: "Võ Văn Thưởng"},
			{ID: "person:widodo", Name: "Widodo"}, // a duplicate of Joko Widodo: a false positive
		},
		Countries: []graph.EntityFact{{ID: id, Name: "Indonesia"}, {ID: vn, Name: "Viet Nam"}, {ID: other, Name: "Laos"}},
		Meetings: []graph.MeetingFact{{Date: "2024-01-11", Host: jokowi,
			Attendees: []graph.AttendeeFact{{Person: jokowi}, {Person: thuong}}}},
		Statements: []graph.StatementFact{{Speaker: jokowi, Quote: "We agreed to strengthen our trade, and to ..."}},
	}
	s := NewScore()
	s.Add(g, x)
	want := map[string]Count{
		Persons:    {TP: 2, FP: 1},
		Countries:  {TP: 2, FP: 1},
		Positions:  {TP: 1, FP: 1},
		Attendance: {TP: 2},
		Hosts:      {FP: 1, FN: 1},
		Statements: {TP: 1},
	}
	for typ, w := range want {
		if got := *s.Counts[typ]; got != w {
			t.Errorf("%s: %+v, want %+v (errors: %v)", typ, got, w, s.Errors["doc.txt"])
		}
	}
	if p := s.Counts[Persons].Precision(); p < 0.66 || p > 0.67 {
		t.Errorf("persons precision %.3f, want 2/3", p)
	}
}

func TestSameQuote(t *testing.T) {
	cases := []struct {
		pred, gold string
		want       bool
	}{
		{"The epidemic will pass but solidarity and friendship will last forever. I hope", "The epidemic will pass but solidarity and friendship", true},
		{"joint consultations, joint construction and shared use.", "joint consultations, joint construction and shared use", true},
		{"The epidemic will pass", "Solidarity will last", false},
		{"", "anything", false},
	}
	for _, c := range cases {
		if got := sameQuote(c.pred, c.gold); got != c.want {
			t.Errorf("sameQuote(%q, %q) = %v", c.pred, c.gold, got)
		}
	}
}

func TestCountRatios(t *testing.T) {
	c := Count{TP: 3, FP: 1, FN: 2}
	if c.Precision() != 0.75 || c.Recall() != 0.6 {
		t.Errorf("P %.2f R %.2f", c.Precision(), c.Recall())
	}
	if f := c.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1 %.3f", f)
	}
	if (Count{}).F1() != 1 {
		t.Error("nothing to find and nothing found is a perfect score")
	}
}

// A title that names its organisation matches the bare title with that
// organisation, and only with it.
func TestPositionTitleWithItsOrganisation(t *testing.T) {
	duma := GoldEntity{Name: "State Duma", Aliases: []string{"Duma"}}
	office := GoldEntity{Name: "United Nations Office for West Africa and the Sahel", Aliases: []string{"UNOWAS"}}
	g := &Gold{
		Document:      "doc.txt",
		Persons:       []GoldEntity{{Name: "Vyacheslav Volodin"}, {Name: "Leonardo Santos Simão"}, {Name: "Anna Ivanova"}},
		Organisations: []GoldEntity{duma, office},
		Countries:     []GoldEntity{{Name: "Russia"}},
		Positions: []GoldPosition{
			{Person: "Vyacheslav Volodin", Title: "State Duma Speaker", Organisation: "State Duma"},
			{Person: "Leonardo Santos Simão", Title: "Head", Organisation: "UNOWAS"},
			{Person: "Anna Ivanova", Title: "Deputy Speaker", Organisation: "State Duma"},
		},
	}
	p := func(name string) string { return graph.EntityID(graph.KindPerson, name) }
	dumaID, officeID, ru := graph.EntityID(graph.KindOrganisation, "State Duma"), graph.EntityID(graph.KindOrganisation, "UNOWAS"), graph.EntityID(graph.KindCountry, "Russia")
	x := &graph.Extraction{
		Persons: []graph.PersonFact{
			{ID: p("Vyacheslav Volodin"), Name: "Vyacheslav Volodin", Positions: []graph.PositionFact{{Title: "Speaker of the Duma", Organisation: dumaID}}},
			{ID: p("Leonardo Santos Simão"), Name: "Leonardo Santos Simão", Positions: []graph.PositionFact{{Title: "Head of the United Nations Office for West Africa and the Sahel", Organisation: officeID}}},
			// The bare title with another organisation is another fact.
			{ID: p("Anna Ivanova"), Name: "Anna Ivanova", Positions: []graph.PositionFact{{Title: "Deputy Speaker", Organisation: ru}}},
		},
		Organisations: []graph.EntityFact{{ID: dumaID, Name: "State Duma"}, {ID: officeID, Name: "UNOWAS"}},
		Countries:     []graph.EntityFact{{ID: ru, Name: "Russia"}},
	}
	s := NewScore()
	s.Add(g, x)
	if c := s.Counts[Positions]; c.TP != 2 || c.FP != 1 || c.FN != 1 {
		t.Errorf("positions: TP %d FP %d FN %d, want 2 1 1; errors %v", c.TP, c.FP, c.FN, s.Errors)
	}
	for title, want := range map[string]string{
		"State Duma Speaker": "speaker", "Speaker of the State Duma": "speaker", "Duma's Speaker": "speaker",
		"Speaker": "", "State Duma": "", "Chair of the Duma Committee": "",
	} {
		if got := bareTitle(title, []string{"State Duma", "Duma"}); got != want {
			t.Errorf("bareTitle(%q) = %q, want %q", title, got, want)
		}
	}
}

// A country's formal name in the title is taken whole ("of the Republic of
// Benin", not "of ... Benin" leaving "of the Republic"), and an envoy's
// post written after the title ("to Nigeria") is the gold's accredited_to,
// not a part of the title.
func TestPositionTitleWithFormalNameAndPost(t *testing.T) {
	g := &Gold{
		Document:  "doc.txt",
		Persons:   []GoldEntity{{Name: "Olushegun Bakari"}, {Name: "Irène Dossou"}, {Name: "Eleni Theodoraki"}},
		Countries: []GoldEntity{{Name: "Benin", Aliases: []string{"Republic of Benin"}}, {Name: "Nigeria"}, {Name: "Greece"}},
		Positions: []GoldPosition{
			{Person: "Olushegun Bakari", Title: "Minister of Foreign Affairs of the Republic of Benin", Organisation: "Benin"},
			{Person: "Irène Dossou", Title: "Ambassador of the Republic of Benin to Nigeria", Organisation: "Benin", AccreditedTo: "Nigeria"},
			// Written after the title, a country that is not the post is
			// part of the title.
			{Person: "Eleni Theodoraki", Title: "Special Envoy to Nigeria", Organisation: "Greece"},
		},
	}
	p := func(name string) string { return graph.EntityID(graph.KindPerson, name) }
	bj, gr := graph.EntityID(graph.KindCountry, "Benin"), graph.EntityID(graph.KindCountry, "Greece")
	x := &graph.Extraction{
		Persons: []graph.PersonFact{
			{ID: p("Olushegun Bakari"), Name: "Olushegun Bakari", Positions: []graph.PositionFact{{Title: "Minister of Foreign Affairs", Organisation: bj}}},
			{ID: p("Irène Dossou"), Name: "Irène Dossou", Positions: []graph.PositionFact{{Title: "Ambassador", Organisation: bj}}},
			{ID: p("Eleni Theodoraki"), Name: "Eleni Theodoraki", Positions: []graph.PositionFact{{Title: "Special Envoy", Organisation: gr}}},
		},
		Countries: []graph.EntityFact{{ID: bj, Name: "Benin"}, {ID: gr, Name: "Greece"}},
	}
	s := NewScore()
	s.Add(g, x)
	if c := s.Counts[Positions]; c.TP != 2 || c.FP != 1 || c.FN != 1 {
		t.Errorf("positions: TP %d FP %d FN %d, want 2 1 1; errors %v", c.TP, c.FP, c.FN, s.Errors)
	}
	if got := bareTitle("Minister of Foreign Affairs of the Republic of Benin", []string{"Benin", "Republic of Benin"}); got != "minister-of-foreign-affairs" {
		t.Errorf("bareTitle = %q, want minister-of-foreign-affairs", got)
	}
}

// The body's name may be followed by another of its names in brackets:
// "President of the Asian Development Bank (ADB)" is its President; a
// place in brackets is no name of it.
func TestBareTitleWithAcronymInBrackets(t *testing.T) {
	names := []string{"Asian Development Bank", "ADB"}
	for title, want := range map[string]string{
		"President of the Asian Development Bank (ADB)":    "president",
		"President of the Asian Development Bank (Manila)": "",
		"President of the Asian Development Bank":          "president",
	} {
		if got := bareTitle(title, names); got != want {
			t.Errorf("bareTitle(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestPositionOrganisationAlternatives(t *testing.T) {
	g := &Gold{
		Document:      "doc.txt",
		Persons:       []GoldEntity{{Name: "Jussi Halla-aho"}, {Name: "Paula Risikko"}, {Name: "Daiga Mieriņa"}, {Name: "Badr Albusaidi"}},
		Organisations: []GoldEntity{{Name: "Eduskunta"}, {Name: "Saeima"}, {Name: "Ministry of Foreign Affairs"}},
		Countries:     []GoldEntity{{Name: "Finland"}, {Name: "Latvia"}, {Name: "Oman"}},
		Positions: []GoldPosition{
			{Person: "Jussi Halla-aho", Title: "Speaker of Parliament", Organisation: "Eduskunta", OrganisationAlternatives: []string{"Finland"}},
			{Person: "Paula Risikko", Title: "First Deputy Speaker", Organisation: "Eduskunta", OrganisationAlternatives: []string{"Finland"}},
			// A title that names its organisation, matched bare with the
			// alternative.
			{Person: "Daiga Mieriņa", Title: "Speaker of the Saeima", Organisation: "Saeima", OrganisationAlternatives: []string{"Latvia", "Riigikogu"}},
			// A predicted title that names the alternative, matched bare.
			{Person: "Badr Albusaidi", Title: "Minister", Organisation: "Ministry of Foreign Affairs", OrganisationAlternatives: []string{"Oman"}},
		},
	}
	p := func(name string) string { return graph.EntityID(graph.KindPerson, name) }
	fi, lv, om := graph.EntityID(graph.KindCountry, "Finland"), graph.EntityID(graph.KindCountry, "Latvia"), graph.EntityID(graph.KindCountry, "Oman")
	x := &graph.Extraction{
		Persons: []graph.PersonFact{
			{ID: p("Jussi Halla-aho"), Name: "Jussi Halla-aho", Positions: []graph.PositionFact{{Title: "Speaker of Parliament", Organisation: fi}}},
			// Another country than the alternative is still wrong.
			{ID: p("Paula Risikko"), Name: "Paula Risikko", Positions: []graph.PositionFact{{Title: "First Deputy Speaker", Organisation: lv}}},
			{ID: p("Daiga Mieriņa"), Name: "Daiga Mieriņa", Positions: []graph.PositionFact{{Title: "Speaker", Organisation: lv}}},
			{ID: p("Badr Albusaidi"), Name: "Badr Albusaidi", Positions: []graph.PositionFact{{Title: "Minister of Oman", Organisation: om}}},
		},
		Countries: []graph.EntityFact{{ID: fi, Name: "Finland"}, {ID: lv, Name: "Latvia"}, {ID: om, Name: "Oman"}},
	}
	s := NewScore()
	s.Add(g, x)
	if c := s.Counts[Positions]; c.TP != 3 || c.FP != 1 || c.FN != 1 {
		t.Errorf("positions: TP %d FP %d FN %d, want 3 1 1; errors %v", c.TP, c.FP, c.FN, s.Errors)
	}
}

// A gold meeting that also accepts the next day does not take the
// attendance of the meeting held on that day from the gold meeting dated
// so: the matching is the largest, whatever the order of the facts.
func TestAttendanceMatchingIgnoresOrder(t *testing.T) {
	g := &Gold{
		Document: "doc.txt",
		Persons:  []GoldEntity{{Name: "Nurlan Asanaliev"}},
		Meetings: []GoldMeeting{
			{Date: "2026-03-10", DateAlternatives: []string{"2026-03-11"}, Attendees: []string{"Nurlan Asanaliev"}},
			{Date: "2026-03-11", Attendees: []string{"Nurlan Asanaliev"}},
		},
	}
	p := graph.EntityID(graph.KindPerson, "Nurlan Asanaliev")
	x := &graph.Extraction{
		Persons: []graph.PersonFact{{ID: p, Name: "Nurlan Asanaliev"}},
		Meetings: []graph.MeetingFact{
			{Date: "2026-03-11", Attendees: []graph.AttendeeFact{{Person: p}}},
			{Date: "2026-03-10", Attendees: []graph.AttendeeFact{{Person: p}}},
		},
	}
	s := NewScore()
	s.Add(g, x)
	if got := *s.Counts[Attendance]; got != (Count{TP: 2}) {
		t.Errorf("attendance %+v, want 2 true positives (errors: %v)", got, s.Errors["doc.txt"])
	}
}
