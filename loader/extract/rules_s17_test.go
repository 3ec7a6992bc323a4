package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A body's own release names its staff without the body: when the
// release's first subject heads an intergovernmental secretariat, "the
// Director of ..., Mr. Y, also attended" is the body's, not the country
// that hosts the secretariat (the dateline's) or that sent the guest; a
// ministry's officer and a guest tied to a country keep their country.
func TestStaffOfThePrincipalsBody(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Secretary General receives Japanese Ambassador", Published: "2026-05-04",
		Text: "NAIROBI, Kenya - The Secretary General of the Intergovernmental Authority on Development (IGAD), " +
			"Dr. Amara Kestrel Okonjo, on Monday received the Ambassador of Japan to Kenya, H.E. Mr. Taro Hoshino, at the " +
			"IGAD Secretariat.\n\n" +
			"The Assistant Secretary General in charge of Programmes, Ms. Wanjiku Moraa Ondieki, and the Director of " +
			"Agriculture and Environment, Mr. Petros Hailu Bekele, also attended the meeting, with the Chief Executive " +
			"Officer of the Ministry of Water, Mr. Odhiambo Tindi.\n\n" +
			"The two sides discussed drought resilience in the IGAD region."})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Wanjiku Moraa Ondieki": "organisation:intergovernmental-authority-on-development",
		"Petros Hailu Bekele":   "organisation:intergovernmental-authority-on-development",
		"Taro Hoshino":          "country:japan",
	} {
		if ps := positionsOf(ex, name); len(ps) == 0 || ps[0].Organisation != want {
			t.Errorf("%s positions = %+v, want the first of %s", name, ps, want)
		}
	}
	if ps := positionsOf(ex, "Odhiambo Tindi"); len(ps) != 1 || ps[0].Organisation == "organisation:intergovernmental-authority-on-development" {
		t.Errorf("Tindi positions = %+v, want one, not the body's", ps)
	}
}

// A government's release keeps its staff: the first subject is a
// minister, so "the Director of ..." is the country's, not the body the
// text names most.
func TestStaffOfAGovernmentRelease(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Foreign Minister receives SCO Secretary General", Published: "2026-05-04",
		Text: "Foreign Minister Aisha Rahimova of Uzbekistan received the Secretary General of the Shanghai " +
			"Cooperation Organisation, Nurlan Yermekbayev, in Tashkent on Monday.\n\n" +
			"The Director of Multilateral Cooperation, Mr. Bakhtiyor Saidov, also attended the meeting."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Bakhtiyor Saidov"); len(ps) != 1 || ps[0].Organisation != "country:uzbekistan" {
		t.Errorf("Saidov positions = %+v, want Uzbekistan's", ps)
	}
}
