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

// A ministry's unit named in a title is part of the title, as written,
// and the post is the government's: "Director of the Department of
// Neighbouring Countries" of Georgia, not of a body called the
// Department of Neighbouring Countries. The ministry after the unit ends
// the title: an unqualified "of the Foreign Ministry" is the release's
// own, and a list's first country does not pass to it.
func TestMinistryUnitInTheTitle(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Wang Yi Holds Talks with Cambodian Foreign Minister", Published: "2026-03-10",
		Text: "On March 9, Foreign Minister Wang Yi of China held talks in Beijing with Deputy Prime Minister and Foreign " +
			"Minister Prak Sokhonn of Cambodia.\n\n" +
			"Cambodian Ambassador to China Chea Vannarith and Director-General of the Department of Asian Affairs of the " +
			"Foreign Ministry Liu Jinsong attended the talks.\n\n" +
			"The Director of the Department of Neighbouring Countries, Ms. Tamar Gelovani, also took part."})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]graph.PositionFact{
		"Liu Jinsong":    {Title: "Director-General of the Department of Asian Affairs", Organisation: "country:china"},
		"Tamar Gelovani": {Title: "Director of the Department of Neighbouring Countries", Organisation: "country:china"},
	} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != want.Title || ps[0].Organisation != want.Organisation {
			t.Errorf("%s positions = %+v, want %s of %s", name, ps, want.Title, want.Organisation)
		}
	}
}

// "Ministry of Foreign Affairs of the People's Republic of China", a
// ministry the gazetteer knows, after a title set off by commas: the
// ministry's country employs, the country is listed, and the "Republic
// of China" inside the name is no Taiwan.
func TestKnownMinistryAfterTheTitle(t *testing.T) {
	ex := extract(t, "The meeting in Baku was attended by:\n\n"+
		"- Mr. Elnur Mammadov, Deputy Minister of Foreign Affairs of the Republic of Azerbaijan;\n"+
		"- Mr. Li Mingzhe, Deputy Director-General of the Department of European-Central Asian Affairs, Ministry of "+
		"Foreign Affairs of the People's Republic of China;\n"+
		"- Mr. Khalifa Saad Al-Marri, Ambassador of the State of Qatar to the Republic of Azerbaijan.", "2026-05-14")
	if ps := positionsOf(ex, "Li Mingzhe"); len(ps) != 1 || ps[0].Organisation != "country:china" {
		t.Errorf("Li Mingzhe positions = %+v, want one of China", ps)
	}
	listed := map[string]bool{}
	for _, c := range ex.Countries {
		listed[c.ID] = true
	}
	if !listed["country:china"] || listed["country:taiwan"] {
		t.Errorf("countries = %v, want China and no Taiwan", listed)
	}
}

// declareCountry lists a country a position names once, and nothing for
// an organisation's ID: no position refers to a country the extraction
// does not list (the loader refuses such an extraction).
func TestDeclareCountry(t *testing.T) {
	d := &docState{g: testExtractor.g, countryAt: map[string]int{}, out: &graph.Extraction{}}
	d.declareCountry("country:china")
	d.declareCountry("country:china")
	d.declareCountry("organisation:shanghai-cooperation-organisation")
	d.declareCountry("")
	if len(d.out.Countries) != 1 || d.out.Countries[0].ID != "country:china" {
		t.Errorf("countries = %+v, want China once", d.out.Countries)
	}
}
