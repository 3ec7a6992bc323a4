package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A Kremlin transcript under the heading "Meeting with X": X is the guest,
// not the author of the "I" in the President's words; he did not meet the
// one the President met the day before.
func TestMeetingHeadingIsNoSignature(t *testing.T) {
	ex := extract(t, "Meeting with Governor of Primorye Territory Oleg Kozhemyako\n\nVladimir Putin had a working meeting with Governor of Primorye Territory Oleg Kozhemyako.\n\n"+
		"President of Russia Vladimir Putin: Oleg Nikolayevich, good afternoon. I know the ports are busy. Yesterday I met with President of Belarus Alexander Lukashenko, and we discussed transit.\n\n"+
		"Governor of Primorye Territory Oleg Kozhemyako: Mr President, thank you.", "2026-03-05")
	for _, line := range meetingLines(ex) {
		if strings.Contains(line, "Kozhemyako") && strings.Contains(line, "Lukashenko") {
			t.Errorf("meeting %q: the heading's guest is not the speaker of 'I'", line)
		}
	}
}

// '"...," said an aide accompanying President X', '"...," said an
// official in President X's administration': the aide or the official
// spoke, not the President.
func TestDescribedSpeakerIsNotTheOneTheyServe(t *testing.T) {
	for _, text := range []string{
		"\"We are ready to help,\" said an aide accompanying President Gustavo Petro.",
		"\"We are ready to help,\" said an official in President Gustavo Petro's administration.",
	} {
		for _, s := range extract(t, text, "2026-03-04").Statements {
			if s.Speaker == "person:gustavo-petro" {
				t.Errorf("%q: statement %+v is not the President's", text, s)
			}
		}
	}
}

// 'Sommerfeld described the initiative that Ramdin announced as "a step
// forward"': the phrase is Sommerfeld's, not Ramdin's, whom the object
// names.
func TestDescribedAsObjectNamesAnother(t *testing.T) {
	ex := extract(t, "Foreign Minister Gabriela Sommerfeld met Secretary General Albert Ramdin on Monday. Sommerfeld described the initiative "+
		"that Ramdin announced as \"a step forward\".", "2026-03-04")
	for _, s := range ex.Statements {
		if s.Speaker == "person:albert-ramdin" {
			t.Errorf("statement %+v: Sommerfeld's words are not Ramdin's", s)
		}
	}
}

// A ministry's release, known by its publisher, on a meeting its minister
// held "in the framework of his working visit": abroad, so the minister is
// no host at home.
func TestPublisherCountryNotForTheMinistersOwnVisit(t *testing.T) {
	ex, err := testExtractor.Extract(graph.Document{Title: "Uzbekistan and Finland discuss cooperation",
		Publisher: "Ministry of Foreign Affairs of the Republic of Uzbekistan", Published: "2025-06-11",
		Text: "On June 10, Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov met with Minister for Foreign " +
			"Affairs of Finland Elina Valtonen in the framework of his working visit."})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range meetingLines(ex) {
		if strings.Contains(line, " Bakhtiyor Saidov:") {
			t.Errorf("meeting %q: the visiting minister hosts no meeting", line)
		}
	}
}

// '"A," Ruiz told reporters in Quito "and B."': no comma before the
// second part, which goes on with "and"; one statement.
func TestQuoteGoesOnWithAndAfterAttribution(t *testing.T) {
	ex := extract(t, "Foreign Minister Ana Ruiz met Secretary General Albert Ramdin on Monday. \"We are ready to help,\" Ruiz told reporters "+
		"in Quito \"and we will not wait for anyone.\"", "2026-03-04")
	var quotes []string
	for _, s := range ex.Statements {
		quotes = append(quotes, s.Quote)
	}
	if want := []string{"We are ready to help, and we will not wait for anyone."}; !slices.Equal(quotes, want) {
		t.Errorf("quotes = %q, want %q", quotes, want)
	}
}
