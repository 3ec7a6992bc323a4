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
