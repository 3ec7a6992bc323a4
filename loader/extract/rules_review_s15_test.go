package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Review of the rules of session 15: cases where they misfired on
// plausible press-release text.

// "Federal" is a federation's style of its own officials: the counterpart
// of a Federal Foreign Minister is a Foreign Minister, that of a Federal
// President a President.
func TestReviewS15FederalNotCopiedToCounterpart(t *testing.T) {
	ex := extract(t, "Federal Foreign Minister Johann Wadephul met his French counterpart Jean-Noel Barrot in Paris on Monday. "+
		"Federal President Karin Keller-Sutter met her Slovenian counterpart Natasa Pirc Musar on Tuesday.", "2026-03-04")
	for name, want := range map[string]string{"Jean-Noel Barrot": "Foreign Minister", "Natasa Pirc Musar": "President"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Title != want {
			t.Errorf("%s positions = %+v, want %q", name, ps, want)
		}
	}
}

// The British Foreign Secretary is a minister: his French counterpart is
// the Foreign Minister, not a "Foreign Secretary" (a civil servant's title
// in South Asia).
func TestReviewS15BritishSecretaryCounterpart(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Publisher: "Foreign, Commonwealth & Development Office", Published: "2026-03-04",
		Text: "Foreign Secretary David Lammy met his French counterpart Jean-Paul Martel in London on Monday to discuss support for " +
			"Ukraine and the United Kingdom's partnership with France."})
	if err != nil {
		t.Fatal(err)
	}
	if ps := positionsOf(ex, "Jean-Paul Martel"); len(ps) != 1 || ps[0].Title != "Foreign Minister" || ps[0].Organisation != "country:france" {
		t.Errorf("Jean-Paul Martel positions = %+v, want Foreign Minister of France", ps)
	}
}

// "President receives Bill Gates" over "Bill Gates met President Tokayev":
// the headline's title is that of the President named in the lead, not of
// the lead's subject.
func TestReviewS15HeadlineTitleHeldByAnother(t *testing.T) {
	ex := extractTitled(t, "President receives Bill Gates", "Bill Gates met President Kassym-Jomart Tokayev at the Akorda on Monday.\n\n"+
		"The President thanked him for the foundation's work in Kazakhstan.", "2026-03-04")
	if ps := positionsOf(ex, "Bill Gates"); len(ps) != 0 {
		t.Errorf("Bill Gates positions = %+v, want none", ps)
	}
	// The headline's object, named in it, is the lead's subject.
	ex = extractTitled(t, "President receives Bill Gates", "Bill Gates visited the Akorda on Monday for talks with Kassym-Jomart "+
		"Tokayev.\n\nThe President thanked him for the foundation's work in Kazakhstan.", "2026-03-04")
	if ps := positionsOf(ex, "Bill Gates"); len(ps) != 0 {
		t.Errorf("Bill Gates positions = %+v, want none", ps)
	}
}

// "Maersk Line, a Danish shipping company, said": a name described as a
// company, a bank or a group is no person, though a speech verb follows.
func TestReviewS15DescribedOrganisationIsNoPerson(t *testing.T) {
	wantNoPersons(t, "2026-03-04",
		"Maersk Line, a Danish shipping company, said the corridor would cut costs.",
		"Halyk Finance, an investment bank, said the deal was worth $2 billion.",
		"Human Rights Watch, a New York-based group, said the talks ignored abuses.",
	)
}

// On a visit abroad, the ambassador the minister meets ("EAM also met
// Ambassador Smita Pant and officials of the Embassy") is his own
// country's envoy, not the visited country's.
func TestReviewS15AmbassadorMetOnVisitStaysHome(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Visit of External Affairs Minister to Uzbekistan",
		Publisher: "Ministry of External Affairs of India", Published: "2025-02-19",
		Text: "External Affairs Minister Dr. S. Jaishankar paid an official visit to the Republic of Uzbekistan on 17-18 February 2025.\n\n" +
			"On 18 February, EAM also met Ambassador Smita Pant and officials of the Embassy of India in Tashkent. He also met " +
			"H.E. Mr. Laziz Kudratov, Minister of Investment."})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Smita Pant": "country:india", "Laziz Kudratov": "country:uzbekistan"} {
		if ps := positionsOf(ex, name); len(ps) != 1 || ps[0].Organisation != want {
			t.Errorf("%s positions = %+v, want one of %s", name, ps, want)
		}
	}
}

// "the Hon. Prime Minister, X,", "the Rt. Hon. Prime Minister, X,": an
// abbreviated style of address between the article and the title opens
// an apposition too.
func TestReviewS15AbbreviatedStyleApposition(t *testing.T) {
	for _, style := range []string{"Hon.", "Rt. Hon."} {
		ex := extract(t, "Today, Minister Lucas paid a courtesy call on the "+style+" Prime Minister, Russell Mmiso Dlamini, at the "+
			"Cabinet Offices in Mbabane.", "2026-06-10")
		if ps := positionsOf(ex, "Russell Mmiso Dlamini"); len(ps) != 1 || ps[0].Title != "Prime Minister" {
			t.Errorf("%s: Russell Mmiso Dlamini positions = %+v, want Prime Minister", style, ps)
		}
	}
}

// "Special Representative of the Secretary-General in South Sudan": the
// mission's country is the title's, whether or not the principal's body
// is named.
func TestReviewS15EnvoyOfPrincipalInCountry(t *testing.T) {
	ex := extract(t, "The President met Mr. Nicholas Haysom, Special Representative of the Secretary-General in South Sudan, on Monday.", "2026-03-04")
	if ps := positionsOf(ex, "Nicholas Haysom"); len(ps) != 1 || ps[0].Title != "Special Representative of the Secretary-General in South Sudan" ||
		ps[0].AccreditedTo != "" {
		t.Errorf("Nicholas Haysom positions = %+v, want Special Representative of the Secretary-General in South Sudan", ps)
	}
}

// The title written before the name keeps the mission's country too:
// "Special Representative of the UN Secretary-General in South Sudan
// Nicholas Haysom".
func TestReviewS15EnvoyOfPrincipalInCountryBeforeName(t *testing.T) {
	ex := extract(t, "The President met Special Representative of the UN Secretary-General in South Sudan Nicholas Haysom on Monday.", "2026-03-04")
	if ps := positionsOf(ex, "Nicholas Haysom"); len(ps) != 1 || ps[0].Title != "Special Representative of the UN Secretary-General in South Sudan" ||
		ps[0].Organisation != "organisation:united-nations" {
		t.Errorf("Nicholas Haysom positions = %+v, want Special Representative of the UN Secretary-General in South Sudan", ps)
	}
}

// An ambassador has no brief "on <country>": "briefed X, Ambassador of
// Japan on Ukraine and the Middle East" is what he was briefed on, not
// an "Ambassador on Ukraine".
func TestReviewS15AmbassadorHasNoBrief(t *testing.T) {
	ex := extract(t, "Minister Ali Hassan briefed Taro Yamada, Ambassador of Japan on Ukraine and the Middle East. Ambassador Yamada "+
		"thanked him.", "2026-03-04")
	for _, p := range ex.Persons {
		for _, pos := range p.Positions {
			if strings.Contains(pos.Title, "Ukraine") {
				t.Errorf("%s position %+v, want no Ukraine in the title", p.Name, pos)
			}
		}
	}
}
