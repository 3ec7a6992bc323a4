package extract

import "testing"

// Rules written on the held-out batch p of testdata/generalization after
// the batch q was written to replace it.

// A dateline's date (the day of publication) gives way to the day the
// sentence goes on to give: "Nouméa, 5 September 2025 – ... was held
// yesterday".
func TestDatelineGivesWayToTheSentencesDay(t *testing.T) {
	for _, c := range []struct{ text, pub, want string }{
		{"Noumea, New Caledonia, 5 September 2025 – A meeting of Director-General Stuart Minchin and Minister Paulo Tavita was held yesterday, Thursday, in Noumea.",
			"2025-09-05", "2025-09-04"},
		{"Luang Prabang, August 14 (KPL) -- Foreign Minister Thongsavanh Phomvihane met Foreign Minister Wang Yi on Wednesday in Luang Prabang.",
			"2025-08-14", "2025-08-13"},
	} {
		ex := extract(t, c.text, c.pub)
		if len(ex.Meetings) != 1 || ex.Meetings[0].Date != c.want {
			t.Errorf("%q: meetings = %+v, want one on %s", c.text, ex.Meetings, c.want)
		}
	}
	// With no other day in the sentence, the dateline dates the meeting.
	ex := extract(t, "Noumea, 4 September 2025 – Director-General Stuart Minchin met Minister Paulo Tavita in Noumea.", "2025-09-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Date != "2025-09-04" {
		t.Errorf("meetings = %+v, want one on the dateline's 2025-09-04", ex.Meetings)
	}
}

// A headline and a dateline line lead to the body: an encounter the
// headline names is dated by the body's first paragraph ("received on
// Tuesday"), not by the dateline line.
func TestHeadlineMeetingDatedByTheBodyNotTheDatelineLine(t *testing.T) {
	text := "Secretary General Louise Mushikiwabo receives the Minister of Foreign Affairs of Romania, Oana Toiu\n\n" +
		"Paris, 19 November 2025\n\n" +
		"The Secretary General of La Francophonie, Louise Mushikiwabo, received on Tuesday at the headquarters of the organisation in Paris the Minister of Foreign Affairs of Romania, Oana Toiu, for talks on the French language in Europe."
	ex := extract(t, text, "2025-11-19")
	if len(ex.Meetings) == 0 {
		t.Fatal("no meeting")
	}
	if d := ex.Meetings[0].Date; d != "2025-11-18" {
		t.Errorf("date %s, want 2025-11-18 (Tuesday before the Wednesday item)", d)
	}
}

// A rank joined to the title by a hyphen is the title's: "Vice-Minister
// of Foreign Affairs" is no minister, and "the Vice-Minister said" is not
// the minister's statement.
func TestHyphenatedRankIsPartOfTheTitle(t *testing.T) {
	text := "Today, Vice-Minister of Foreign Affairs Zivile Pranckunaite received Deputy Minister of Foreign Affairs of Armenia Vahan Kostanyan in Vilnius. " +
		"Minister of Foreign Affairs Kestutis Budrys later joined them.\n\n" +
		"The Vice-Minister said that Lithuania supported the dialogue. \"We know how long this road can be,\" she said."
	ex := extract(t, text, "2025-03-12")
	if ps := positionsOf(ex, "Zivile Pranckunaite"); len(ps) == 0 || ps[0].Title != "Vice-Minister of Foreign Affairs" {
		t.Errorf("positions = %+v, want Vice-Minister of Foreign Affairs", ps)
	}
	for _, st := range ex.Statements {
		if st.Speaker == "person:kestutis-budrys" {
			t.Errorf("the Vice-Minister's words are given to the Minister: %+v", st)
		}
	}
}

// A heading's title does not run on into the next paragraph ("## Meeting
// with the President of the Republic" then "On Monday, Speaker ...").
func TestHeadingTitleStopsAtTheParagraph(t *testing.T) {
	text := "## Meeting with the President of the Republic\n\n" +
		"On Monday, Speaker Daiga Mierina was received by President of the Republic Alexander Stubb at the Presidential Palace in Helsinki."
	ex := extract(t, text, "2025-06-04")
	for _, p := range positionsOf(ex, "Daiga Mierina") {
		if p.Title != "Speaker" {
			t.Errorf("Daiga Mierina holds %q, want only Speaker", p.Title)
		}
	}
}

// A state's or body's collegial organs are organisations as written ("the
// Council of Ministers", "the Committee of Ministers", "the General
// Assembly"), and so is the complement of a title, whose holder still
// serves the country ("Deputy Chairman of the Cabinet of Ministers" of
// Turkmenistan; since session 21, when the gold of most later batches
// listed the Cabinet).
func TestCollegialOrgansAreOrganisations(t *testing.T) {
	text := "The Committee of Ministers met in Strasbourg on Tuesday with Secretary General Alain Berset. " +
		"The decision now goes to the General Assembly and to the Council of Ministers.\n\n" +
		"Rashid Meredov, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan, was present."
	ex := extract(t, text, "2025-05-14")
	orgs := orgIDs(ex)
	for _, name := range []string{"Committee of Ministers", "General Assembly", "Council of Ministers"} {
		if _, ok := orgs[name]; !ok {
			t.Errorf("organisations = %v, want %s", orgs, name)
		}
	}
	if _, ok := orgs["Cabinet of Ministers"]; !ok {
		t.Errorf("organisations = %v, want the Cabinet of Ministers", orgs)
	}
	for _, p := range positionsOf(ex, "Rashid Meredov") {
		if p.Organisation == orgs["Cabinet of Ministers"] {
			t.Errorf("Meredov holds %+v: his posts are Turkmenistan's", p)
		}
	}
}
