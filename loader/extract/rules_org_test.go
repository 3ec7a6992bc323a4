package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// orgNames returns the names and aliases of the organisations of ex.
func orgNames(ex *graph.Extraction) map[string][]string {
	m := map[string][]string{}
	for _, o := range ex.Organisations {
		m[o.Name] = o.Aliases
	}
	return m
}

func TestOrganisationRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // organisation names expected
		alias      map[string]string
	}{
		{"demonym ministry", "The Peruvian Foreign Ministry said on Monday that talks would resume.",
			[]string{"Peruvian Foreign Ministry"}, map[string]string{"Peruvian Foreign Ministry": "Foreign Ministry"}},
		{"possessive ministry", "Canada's defence ministry confirmed the drill. The defence ministry gave no details.",
			[]string{"Canadian Defence Ministry"}, map[string]string{"Canadian Defence Ministry": "Canada's defence ministry"}},
		{"capital possessive ministry", "Ottawa's foreign ministry issued a note.",
			[]string{"Canadian Foreign Ministry"}, nil},
		{"capitalised bare ministry", "The Energy Ministry lost track of the tender.", []string{"Energy Ministry"}, nil},
		{"ministry of", "The note went to the Ministry of Trade and Industry of Kenya last week.",
			[]string{"Ministry of Trade and Industry of Kenya"}, nil},
		{"company suffix", "Shipping group Orlanda Marine Plc signed the lease.", []string{"Orlanda Marine Plc"},
			map[string]string{"Orlanda Marine Plc": "Orlanda Marine"}},
		{"company acronym suffix", "Shares of KLX Bhd rose on Monday.", []string{"KLX Bhd"}, nil},
		{"initials acronym", "The firm is called Northern Coastal Freight (NCF) and trades in rice. NCF grew.",
			[]string{"Northern Coastal Freight"}, map[string]string{"Northern Coastal Freight": "NCF"}},
		{"university of", "She teaches at the University of Tartu in Estonia.", []string{"University of Tartu"}, nil},
		{"capital university", "Students of Nairobi University protested.", []string{"Nairobi University"}, nil},
		{"body of a country", "Money from the Sovereign Fund of Norway was used.", []string{"Sovereign Fund of Norway"},
			map[string]string{"Sovereign Fund of Norway": "Sovereign Fund"}},
		{"secretariat", "The ASEAN Secretariat published the agenda.",
			[]string{"ASEAN Secretariat", "Association of Southeast Asian Nations"}, nil},
		{"acronym parent", "The CIS Economic Council met in Minsk.",
			[]string{"CIS Economic Council", "Commonwealth of Independent States"}, nil},
		{"document acronym wins", "The World Tourism Organization (WTO) met. The WTO agreed.",
			[]string{"World Tourism Organization"}, nil},
		{"title case alias", "Leaders of Asean met on the sidelines of Apec.",
			[]string{"Association of Southeast Asian Nations", "Asia-Pacific Economic Cooperation"}, nil},
		{"armed group and media", "Hezbollah fired rockets, Reuters reported, citing Islamic State claims.",
			[]string{"Hezbollah", "Reuters", "Islamic State"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := orgNames(extract(t, c.text, "2024-03-04"))
			for _, w := range c.want {
				if _, ok := got[w]; !ok {
					t.Errorf("organisations = %v, want %q", got, w)
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("organisations = %v, want exactly %v", got, c.want)
			}
			for n, a := range c.alias {
				found := false
				for _, x := range got[n] {
					found = found || x == a
				}
				if !found {
					t.Errorf("%s aliases = %v, want %q", n, got[n], a)
				}
			}
		})
	}
}

func TestMinistryKeepsSpokespersonTitle(t *testing.T) {
	ex := extract(t, "Peruvian foreign ministry spokesperson Lucia Varga said the visit was useful.", "2024-03-04")
	if len(ex.Persons) != 1 || len(ex.Persons[0].Positions) != 1 || !strings.EqualFold(ex.Persons[0].Positions[0].Title, "foreign ministry spokesperson") ||
		ex.Persons[0].Positions[0].Organisation != "country:peru" {
		t.Errorf("persons = %+v", ex.Persons)
	}
	if _, ok := orgNames(ex)["Peruvian Foreign Ministry"]; !ok {
		t.Errorf("organisations = %v", orgNames(ex))
	}
}

func TestHomeCountry(t *testing.T) {
	doc := graph.Document{Text: "Today, Deputy Prime Minister Olena Brandt met counterparts from Chile. Germany backs the plan.",
		Published: "2024-03-04", URL: "https://www.example.gov.de/news/1"}
	ex, err := testExtractor.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Persons) != 1 || len(ex.Persons[0].Positions) != 1 || ex.Persons[0].Positions[0].Organisation != "country:germany" {
		t.Errorf("persons = %+v", ex.Persons)
	}
	// A newspaper has no home country.
	doc.URL = "https://www.dailynews.de/1"
	ex, _ = testExtractor.Extract(doc)
	if len(ex.Persons) != 1 || ex.Persons[0].Positions[0].Organisation != "" {
		t.Errorf("news site: persons = %+v", ex.Persons)
	}
	for url, iso := range map[string]string{"https://bidenwhitehouse.archives.gov/x": "US", "http://en.kremlin.ru/events/1": "RU",
		"https://www.mofa.go.th/x": "TH", "https://www.bangkokpost.com/x": ""} {
		i := homeCountry(testExtractor.g, url)
		got := ""
		if i >= 0 {
			got = testExtractor.g.Countries[i].ISO2
		}
		if got != iso {
			t.Errorf("homeCountry(%s) = %q, want %q", url, got, iso)
		}
	}
}

func TestBodiesWithListedDomainsAndCountryPairs(t *testing.T) {
	ex := extract(t, "The Peru – Viet Nam Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation met in Lima. "+
		"The Chile–Peru Joint Commission on Trade and Economic Cooperation will meet next year.", "2024-05-03")
	want := map[string]bool{
		"Peru – Viet Nam Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation": false,
		"Chile–Peru Joint Commission on Trade and Economic Cooperation":                                         false,
	}
	for _, o := range ex.Organisations {
		if _, ok := want[o.Name]; ok {
			want[o.Name] = true
		}
	}
	for name, found := range want {
		if !found {
			t.Errorf("organisations = %+v, want %q", ex.Organisations, name)
		}
	}
}

func TestAgencyReleaseGivesItsBodyToItsDirectorGeneral(t *testing.T) {
	text := "The International Atomic Energy Agency (IAEA) will expand its programme, Director General Ana Quispe announced on Monday. " +
		"The IAEA said forty countries had joined."
	ex := extract(t, text, "2026-06-02")
	if ps := positionsOf(ex, "Ana Quispe"); !hasPosition(ps, "Director-General", "organisation:international-atomic-energy-agency") &&
		!hasPosition(ps, "Director General", "organisation:international-atomic-energy-agency") {
		t.Errorf("positions = %+v, want Director General of the IAEA, the body the release names most", ps)
	}
}

func TestStateBodiesInTitlesAndCountriesInsideNames(t *testing.T) {
	ex := extract(t, "He met Speaker of the State Duma Vyacheslav Volodin. The Parliament of Kazakhstan approved the China–Laos Railway report.", "2025-04-18")
	if ps := positionsOf(ex, "Vyacheslav Volodin"); !hasPosition(ps, "Speaker of the State Duma", "organisation:state-duma") {
		t.Errorf("positions = %+v, want Speaker of the State Duma, as written, of the State Duma", ps)
	}
	for _, want := range []string{"country:kazakhstan", "country:china", "country:laos"} {
		found := false
		for _, c := range ex.Countries {
			found = found || c.ID == want
		}
		if !found {
			t.Errorf("countries = %+v, want %s: named inside a known name", ex.Countries, want)
		}
	}
}

func TestBodiesWithListsComplementsAndNoNameInside(t *testing.T) {
	text := "The Ministry of Natural Resources, Ecology and Technical Supervision of Peru signed it. " +
		"Ana Quispe, Chairperson of the National Commission of the Republic of Peru for UNESCO, spoke. " +
		"The Joint Commission on Bilateral Cooperation between Peru and Chile met. " +
		"Head of the Foreign Policy Department of the Presidential Administration Luis Rojas attended."
	ex := extract(t, text, "2025-06-10")
	got := map[string]bool{}
	for _, o := range ex.Organisations {
		got[o.Name] = true
	}
	for _, want := range []string{"Ministry of Natural Resources, Ecology and Technical Supervision of Peru",
		"National Commission of the Republic of Peru for UNESCO", "Joint Commission on Bilateral Cooperation between Peru and Chile",
		"Foreign Policy Department of the Presidential Administration"} {
		if !got[want] {
			t.Errorf("organisations = %v, want %q", got, want)
		}
	}
}
