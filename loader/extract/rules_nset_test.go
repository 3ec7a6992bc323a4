package extract

import (
	"testing"
)

// Rules written for classes of phrasing met in the "n" tuning batch, each
// tested on sentences of our own, with a nearby sentence where the rule
// must not fire.

// A quotation after a colon in its sentence belongs to the clause before
// the colon; when that clause has a subject no person resolves to, the
// quotation is no one's, not the last subject's.
func TestColonClauseWithItsOwnSubjectIsNoOneResolved(t *testing.T) {
	text := "Foreign Minister Ana Quispe received Ambassador of Chile Luis Rivera in Lima.\n\n" +
		"Quispe welcomed the opening of a new consulate in Arica. At the dinner, an old fisherman told the guests: \"The sea feeds both our peoples.\""
	if got := speakerOf(t, text, "2024-03-01", "The sea feeds both"); got != "" {
		t.Errorf("speaker = %q, want none: the fisherman is no person of the text", got)
	}
	text = "Foreign Minister Ana Quispe received Ambassador of Chile Luis Rivera in Lima.\n\n" +
		"Quispe welcomed the opening of a new consulate in Arica. Today my counterpart put it well: \"The sea feeds both our peoples.\""
	if got := speakerOf(t, text, "2024-03-01", "The sea feeds both"); got != "" {
		t.Errorf("speaker = %q, want none: 'my counterpart' is not the last subject", got)
	}
}

func TestColonClauseWithoutASubjectGoesOnWithTheLastSpeaker(t *testing.T) {
	// Negative: an opener alone before the colon leaves the quotation to
	// the subject of the sentence before.
	text := "Foreign Minister Ana Quispe received Ambassador of Chile Luis Rivera in Lima.\n\n" +
		"Quispe welcomed the opening of a new consulate in Arica. In conclusion: \"The sea feeds both our peoples.\""
	if got := speakerOf(t, text, "2024-03-01", "The sea feeds both"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe", got)
	}
	text = "Foreign Minister Ana Quispe received Ambassador of Chile Luis Rivera in Lima.\n\n" +
		"At the press conference, she said: \"The sea feeds both our peoples.\""
	if got := speakerOf(t, text, "2024-03-01", "The sea feeds both"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe", got)
	}
}

// The object of a participle clause that opens a sentence is not the
// sentence's subject: the subject follows the comma, and a pronoun in the
// next sentence refers to it.
func TestParticipleOpenersObjectIsNoSubject(t *testing.T) {
	text := "Foreign Minister Ana Quispe received the credentials of Ambassador of Chile Luis Rivera in Lima.\n\n" +
		"Greeting the ambassador, Quispe recalled the long friendship of the two nations. She voiced hope that the ambassador's work would bring an end to \"the long dispute over the fishing grounds\"."
	if got := speakerOf(t, text, "2024-03-01", "the long dispute"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe, the subject after the participle clause", got)
	}
}

func TestInvertedParticipleSentenceKeepsItsSubject(t *testing.T) {
	// Negative: "Taking part were A, B and C" puts its subject after the
	// verb.
	text := "Taking part in the talks were Foreign Minister Ana Quispe, Trade Minister Marta Soto and Ambassador Luis Rivera. " +
		"She said the talks marked \"a new beginning for both of our countries\"."
	if got := speakerOf(t, text, "2024-03-01", "a new beginning"); got != "person:ana-quispe" {
		t.Errorf("speaker = %q, want Ana Quispe, the first named", got)
	}
	// "Following A, B addressed": the subject follows the comma.
	text = "Following Foreign Minister Ana Quispe, Trade Minister Marta Soto addressed the forum. " +
		"She said the talks marked \"a new beginning for both of our countries\"."
	if got := speakerOf(t, text, "2024-03-01", "a new beginning"); got != "person:marta-soto" {
		t.Errorf("speaker = %q, want Marta Soto", got)
	}
	// "According to X," names the one whose words follow.
	text = "Foreign Minister Ana Quispe received Foreign Minister of Chile Luis Rivera in Lima.\n\n" +
		"According to the Chilean minister, the two sides agreed on a road map. \"We want a new beginning for both of our countries,\" he said."
	if got := speakerOf(t, text, "2024-03-01", "We want a new beginning"); got != "person:luis-rivera" {
		t.Errorf("speaker = %q, want Luis Rivera", got)
	}
}

// '," the Chilean envoy said' and '," the Chilean diplomat said' name the
// one envoy of that country named before (a diplomat may also be its
// foreign minister).
func TestCountryEnvoyOrDiplomatAfterTheQuote(t *testing.T) {
	text := "Foreign Minister Ana Quispe received the Ambassador of Chile to Peru, Luis Rivera, in Lima.\n\n" +
		"\"Our ports must work as one system for the whole Pacific coast,\" the Chilean envoy said."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "person:luis-rivera" {
		t.Errorf("speaker = %q, want Luis Rivera, the Chilean ambassador", got)
	}
	text = "Foreign Minister of Peru Ana Quispe received the Ambassador of Chile to Peru, Luis Rivera, in Lima.\n\n" +
		"\"Our ports must work as one system for the whole Pacific coast,\" the Chilean diplomat said."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "person:luis-rivera" {
		t.Errorf("speaker = %q, want Luis Rivera, the Chilean diplomat", got)
	}
}

func TestCountryEnvoyNeedsOneEnvoyOfThatCountry(t *testing.T) {
	// Negative: two Chilean envoys could be meant; the only Chilean is
	// a trade minister, no diplomat.
	text := "Foreign Minister Ana Quispe received the Ambassador of Chile to Peru, Luis Rivera, and the Ambassador of Chile to Bolivia, Marta Soto, in Lima.\n\n" +
		"\"Our ports must work as one system for the whole Pacific coast,\" the Chilean envoy said."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "" {
		t.Errorf("speaker = %q, want none: two Chilean envoys", got)
	}
	text = "Foreign Minister Ana Quispe received the Minister of Trade of Chile, Luis Rivera, in Lima.\n\n" +
		"\"Our ports must work as one system for the whole Pacific coast,\" the Chilean diplomat said."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "" {
		t.Errorf("speaker = %q, want none: a trade minister is no diplomat", got)
	}
}

// '," the head of Chilean diplomacy said' is Chile's foreign minister.
func TestHeadOfCountryDiplomacyIsItsForeignMinister(t *testing.T) {
	text := "Foreign Minister Ana Quispe received the Minister of Foreign Affairs of Chile, Luis Rivera, in Lima.\n\n" +
		"\"Our ports must work as one system for the whole Pacific coast,\" the head of Chilean diplomacy said."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "person:luis-rivera" {
		t.Errorf("speaker = %q, want Luis Rivera, Chile's foreign minister", got)
	}
	// Negative: Chile's foreign minister is not named.
	text = "Foreign Minister Ana Quispe received the Minister of Trade of Chile, Luis Rivera, in Lima.\n\n" +
		"\"Our ports must work as one system for the whole Pacific coast,\" the head of Chilean diplomacy said."
	if got := speakerOf(t, text, "2024-03-01", "Our ports must work"); got != "" {
		t.Errorf("speaker = %q, want none", got)
	}
}

// A straight single mark before a capital after a full stop opens a new
// sentence, as a quotation resumed after its attribution does.
func TestStraightSingleQuoteOpensASentence(t *testing.T) {
	text := "'Trade is growing,' said the minister in a message. 'We want more of it.' A year's work 'Paid off' is no quote."
	var got []string
	for _, s := range splitSentences(text) {
		got = append(got, text[s.start:s.end])
	}
	want := []string{"'Trade is growing,' said the minister in a message.", "'We want more of it.'", "A year's work 'Paid off' is no quote."}
	if len(got) != len(want) {
		t.Fatalf("sentences = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
	// Negative: an apostrophe before a digit or a lower-case word opens
	// nothing.
	text = "The treaty dates from the 1990s. '90s treaties were short."
	if n := len(splitSentences(text)); n != 1 {
		t.Errorf("%d sentences, want 1", n)
	}
}

// An attribution that is the closing mark's sentence alone splits one
// statement in two however long it is, when the quotation goes on at the
// start of the next sentence.
func TestLongAttributionSplitsOneStatement(t *testing.T) {
	para := "'For our villages, the old roads are not only the past, they are jobs in tourism and crafts,' said Ana Quispe, " +
		"Secretary-General of the National Commission of the Republic of Peru for Cultural Heritage and Museums, in a video message recorded for the ceremony. " +
		"'We want young people to see a future here.'"
	ex := extract(t, para, "2024-03-01")
	if len(ex.Statements) != 1 {
		t.Fatalf("statements = %+v, want one", ex.Statements)
	}
	// Negative: a sentence of its own between the attribution and the
	// next quotation makes two statements.
	para = "'For our villages, the old roads are not only the past, they are jobs in tourism and crafts,' said Ana Quispe, " +
		"Secretary-General of the National Commission of the Republic of Peru for Cultural Heritage and Museums, in a video message recorded for the ceremony. " +
		"The programme will train site managers and local guides in the five regions for three years. 'We want young people to see a future here,' Quispe said."
	ex = extract(t, para, "2024-03-01")
	if len(ex.Statements) != 2 {
		t.Fatalf("statements = %+v, want two", ex.Statements)
	}
}

// "Director-General of the National Archives": a stop word such as
// "National" does not end the portfolio before a one-word name; the body
// is the complement, and the person is the one named before the comma.
func TestNationalBodyIsNoTitleAndName(t *testing.T) {
	ex := extract(t, "The delegation included Marta Soto, Director-General of the National Archives, and others.", "2024-03-01")
	if len(ex.Persons) != 1 || ex.Persons[0].Name != "Marta Soto" {
		t.Fatalf("persons = %+v, want Marta Soto alone", ex.Persons)
	}
	if ps := ex.Persons[0].Positions; len(ps) != 1 || ps[0].Title != "Director-General of the National Archives" {
		t.Errorf("positions = %+v", ex.Persons[0].Positions)
	}
	// Negative: a portfolio word still ends the portfolio before a
	// two-word name.
	ex = extract(t, "The delegation included the Director of Policy Planning Dennis Rowe.", "2024-03-01")
	if len(ex.Persons) != 1 || ex.Persons[0].Name != "Dennis Rowe" {
		t.Fatalf("persons = %+v, want Dennis Rowe", ex.Persons)
	}
}

// "binti" (daughter of) joins a Malay name as "bin" does.
func TestMalayBintiJoinsTheName(t *testing.T) {
	ex := extract(t, "Also present were Datuk Siti Aminah binti Rahman, Secretary-General of the Ministry of Foreign Affairs of Malaysia, and others.", "2024-03-01")
	if len(ex.Persons) != 1 || ex.Persons[0].Name != "Siti Aminah binti Rahman" {
		t.Fatalf("persons = %+v, want Siti Aminah binti Rahman", ex.Persons)
	}
	// Negative: a lower-case "binti" between a name and a clause joins
	// nothing.
	ex = extract(t, "Siti Aminah Rahman noted that binti is a Malay word.", "2024-03-01")
	if len(ex.Persons) != 1 || ex.Persons[0].Name != "Siti Aminah Rahman" {
		t.Fatalf("persons = %+v, want Siti Aminah Rahman", ex.Persons)
	}
}

// "the plan" after a determiner is a noun: "confirmed the plan during
// talks" reports talks held, where "plan to meet" announces a meeting.
func TestThePlanIsNoIntentToMeet(t *testing.T) {
	text := "Foreign Minister of Peru Ana Quispe and her Chilean counterpart Luis Rivera confirmed the plan during talks in Lima on Tuesday."
	ids := attendeeIDs(extract(t, text, "2024-03-06"))
	if !ids["person:ana-quispe"] || !ids["person:luis-rivera"] {
		t.Errorf("attendees = %v, want both ministers at talks held", ids)
	}
	// Negative: "plan to" is intent, and the meeting is only planned.
	text = "Foreign Minister of Peru Ana Quispe and her Chilean counterpart Luis Rivera plan to hold talks in Lima next month."
	if ids := attendeeIDs(extract(t, text, "2024-03-06")); len(ids) != 0 {
		t.Errorf("attendees = %v, want none: a planned meeting", ids)
	}
}

// "received copies of credentials from X" receives an ambassador, as "a
// copy of the letters of credence" does.
func TestCopiesOfCredentialsReceiveTheAmbassador(t *testing.T) {
	text := "On 4 March 2024, Minister of Foreign Affairs of Peru Ana Quispe received copies of credentials from the newly appointed Ambassador of Chile to Peru Luis Rivera."
	ids := attendeeIDs(extract(t, text, "2024-03-04"))
	if !ids["person:ana-quispe"] || !ids["person:luis-rivera"] {
		t.Errorf("attendees = %v, want the minister and the ambassador", ids)
	}
	// Negative: copies of a report are no credentials.
	text = "On 4 March 2024, Minister of Foreign Affairs of Peru Ana Quispe received copies of the annual trade statistics from the national customs office."
	if ids := attendeeIDs(extract(t, text, "2024-03-04")); len(ids) != 0 {
		t.Errorf("attendees = %v, want none", ids)
	}
}
