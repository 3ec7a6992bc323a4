package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func extract(t *testing.T, text, published string) *graph.Extraction {
	t.Helper()
	ex, err := testExtractor.Extract(graph.Document{Text: text, Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// extractTitled extracts text as a document with a title, which some rules
// read (a release's subject, its country).
func extractTitled(t *testing.T, title, text, published string) *graph.Extraction {
	t.Helper()
	ex, err := testExtractor.Extract(graph.Document{Text: text, Published: published, Title: title})
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func TestSplitSentences(t *testing.T) {
	text := "Mr. Wang met H.E. John Smith in the U.S. capital. He said: \"We agree.\" Talks ended on Feb. 2 at noon.\nNew paragraph here"
	want := []string{
		"Mr. Wang met H.E. John Smith in the U.S. capital.",
		"He said: \"We agree.\"",
		"Talks ended on Feb. 2 at noon.",
		"New paragraph here",
	}
	got := splitSentences(text)
	if len(got) != len(want) {
		var ss []string
		for _, s := range got {
			ss = append(ss, text[s.start:s.end])
		}
		t.Fatalf("got %q, want %q", ss, want)
	}
	for i, s := range got {
		if text[s.start:s.end] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, text[s.start:s.end], want[i])
		}
	}
	if got[3].para != 1 {
		t.Errorf("paragraph of last sentence = %d, want 1", got[3].para)
	}
}

func TestNamePatterns(t *testing.T) {
	cases := []struct {
		name, text, person, title, org, accredited string
	}{
		{"title+name", "Chinese Foreign Minister Wang Yi said so.", "Wang Yi", "Foreign Minister", "country:china", ""},
		{"title of country+name", "Foreign Minister of the People's Republic of China Wang Yi spoke.", "Wang Yi", "Foreign Minister", "country:china", ""},
		{"envoy", "Russian Ambassador to China Andrei Denisov spoke.", "Andrei Denisov", "Ambassador", "country:russia", "country:china"},
		{"org+title+name", "SCO Secretary-General Vladimir Norov noted it.", "Vladimir Norov", "Secretary-General", "organisation:shanghai-cooperation-organisation", ""},
		{"apposition", "Vladimir Norov, Secretary-General of the SCO, noted it.", "Vladimir Norov", "Secretary-General", "organisation:shanghai-cooperation-organisation", ""},
		{"honorific", "Mr Wang Yi stressed the point.", "Wang Yi", "", "", ""},
		{"H.E.", "H.E. Kairat Umarov arrived.", "Kairat Umarov", "", "", ""},
		{"president", "President Tamar Oduya spoke.", "Tamar Oduya", "President", "", ""},
		{"known president", "President Xi Jinping spoke.", "Xi Jinping", "President", "country:china", ""},
		{"name+verb", "Andrei Denisov noted the progress.", "Andrei Denisov", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := extract(t, c.text, "")
			if len(ex.Persons) != 1 || ex.Persons[0].Name != c.person {
				t.Fatalf("persons = %+v, want %s", ex.Persons, c.person)
			}
			p := ex.Persons[0]
			if c.title == "" {
				return
			}
			if len(p.Positions) != 1 || p.Positions[0].Title != c.title || p.Positions[0].Organisation != c.org || p.Positions[0].AccreditedTo != c.accredited {
				t.Errorf("positions = %+v, want %s %s %s", p.Positions, c.title, c.org, c.accredited)
			}
		})
	}
}

func TestNotPersons(t *testing.T) {
	ex := extract(t, "The Chinese leader wished the Year of the Ox well. The Eurasian countries expressed readiness.", "")
	if len(ex.Persons) != 0 {
		t.Errorf("persons = %+v, want none", ex.Persons)
	}
}

func TestCoreference(t *testing.T) {
	text := "Chinese Foreign Minister Wang Yi met SCO Secretary-General Vladimir Norov in Beijing on 2 February 2021. " +
		"The foreign minister noted progress. He said \"cooperation will be as strong as an ox.\" " +
		"The Secretary-General thanked Mr Wang. Norov said \"the organisation is a solid platform for everyone.\""
	ex := extract(t, text, "")
	if got := personIDs(ex); len(got) != 2 {
		t.Fatalf("persons = %v, want 2", got)
	}
	want := map[string]string{
		"cooperation will be as strong as an ox.":            "person:wang-yi",
		"the organisation is a solid platform for everyone.": "person:vladimir-norov",
	}
	if len(ex.Statements) != 2 {
		t.Fatalf("statements = %+v", ex.Statements)
	}
	for _, s := range ex.Statements {
		if want[s.Quote] != s.Speaker {
			t.Errorf("%q by %s, want %s", s.Quote, s.Speaker, want[s.Quote])
		}
	}
	// Mentions: "The foreign minister" and "He" resolve to Wang Yi.
	var wang graph.PersonFact
	for _, p := range ex.Persons {
		if p.ID == "person:wang-yi" {
			wang = p
		}
	}
	rules := map[string]bool{}
	for _, e := range wang.Evidence {
		rules[e.Rule] = true
	}
	for _, r := range []string{"title+name", "title-ref", "pronoun"} {
		if !rules[r] {
			t.Errorf("Wang Yi evidence lacks rule %s: %+v", r, wang.Evidence)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct{ text, pub, date, prec string }{
		{"On 2 February 2021 in Beijing", "", "2021-02-02", "day"},
		{"on February 2, 2021, the ministers", "", "2021-02-02", "day"},
		{"met on Feb. 2 in Moscow", "2021-02-05", "2021-02-02", "day"},
		{"talks on Jan 12 in Hanoi", "2024-01-12", "2024-01-12", "day"},
		{"spoke on Tuesday", "2021-02-05", "2021-02-02", "day"}, // 2021-02-05 is a Friday
		{"met today", "2022-11-16", "2022-11-16", "day"},
		{"met yesterday", "2022-11-16", "2022-11-15", "day"},
		{"in September 1991", "", "1991-09", "month"},
		{"on Dec 30", "2024-01-03", "2023-12-30", "day"},
		{"no date here", "2024-01-03", "", ""},
	}
	for _, c := range cases {
		d, p := parseDate(c.text, c.pub)
		if d != c.date || p != c.prec {
			t.Errorf("parseDate(%q, %q) = %s %s, want %s %s", c.text, c.pub, d, p, c.date, c.prec)
		}
	}
}

func TestQuoteAttribution(t *testing.T) {
	cases := []struct{ text, speaker, quote string }{
		{"\"We agreed to cooperate on energy transition,\" President Joko Widodo said.", "person:joko-widodo", "We agreed to cooperate on energy transition,"},
		{"President Joko Widodo said: \"We agreed to cooperate on energy transition.\"", "person:joko-widodo", "We agreed to cooperate on energy transition."},
		{"President Joko Widodo spoke. He noted that “the two nations are close partners.”", "person:joko-widodo", "the two nations are close partners."},
		{"“The first paragraph of a long quote goes here.\n\n“And the second paragraph ends here,” President Joko Widodo said.", "person:joko-widodo",
			"The first paragraph of a long quote goes here. And the second paragraph ends here,"},
		{"\"The first paragraph of a long quote goes here.\n\nAnd the second paragraph ends here,\" President Joko Widodo said.", "person:joko-widodo",
			"The first paragraph of a long quote goes here. And the second paragraph ends here,"},
	}
	for _, c := range cases {
		ex := extract(t, c.text, "")
		if len(ex.Statements) != 1 {
			t.Errorf("%q: statements = %+v", c.text, ex.Statements)
			continue
		}
		s := ex.Statements[0]
		if s.Speaker != c.speaker || s.Quote != c.quote {
			t.Errorf("%q: got %s %q, want %s %q", c.text, s.Speaker, s.Quote, c.speaker, c.quote)
		}
	}
	// Scare quotes are not statements.
	if ex := extract(t, "President Joko Widodo praised the \"Tea Road\".", ""); len(ex.Statements) != 0 {
		t.Errorf("scare quote became a statement: %+v", ex.Statements)
	}
}

func TestNonMeetings(t *testing.T) {
	// Announcements are planned meetings, never held ones.
	for _, text := range []string{
		"President Xi Jinping will meet President Joe Biden next week.",
		"Premier Li Qiang is expected to hold talks with Prime Minister Anthony Albanese.",
		"President Xi Jinping plans to visit France.",
		"Chancellor Olaf Scholz is scheduled to receive President Lula da Silva on Friday.",
	} {
		ex := extract(t, text, "2024-06-16")
		if len(ex.Meetings) != 1 || ex.Meetings[0].Status != graph.StatusPlanned {
			t.Errorf("%q: meetings = %+v, want one planned", text, ex.Meetings)
		}
	}
	// Not meetings at all: anniversaries, conditionals, denials.
	for _, text := range []string{
		"Ahead of the 100th anniversary of the Chinese Communist Party, President Xi Jinping spoke about reform.",
		"Secretary-General Vladimir Norov said the SCO is marking its 20th anniversary in 2021.",
		"President Joko Widodo is not expected to meet General Secretary Nguyen Phu Trong.",
		"President Xi Jinping could meet President Joe Biden next week.",
	} {
		if ex := extract(t, text, "2024-06-16"); len(ex.Meetings) != 0 {
			t.Errorf("%q: meetings = %+v, want none", text, ex.Meetings)
		}
	}
	// And a real one for contrast.
	ex := extract(t, "President Joe Biden spoke by phone with President Xi Jinping on Tuesday.", "2021-02-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Mode != "phone" || ex.Meetings[0].CAMEO != "041" || ex.Meetings[0].Date != "2021-02-02" {
		t.Errorf("phone call = %+v", ex.Meetings)
	}
}

func TestMembership(t *testing.T) {
	ex := extract(t, "As one of the SCO founders, China is committed to the Shanghai Spirit.", "")
	if len(ex.Memberships) != 1 || ex.Memberships[0].Member != "country:china" || ex.Memberships[0].Role != "founder" {
		t.Errorf("memberships = %+v", ex.Memberships)
	}
}

func TestIntroducedAcronym(t *testing.T) {
	ex := extract(t, "The Astana International Financial Centre (AIFC) opened. The AIFC grew.", "")
	if len(ex.Organisations) != 1 || ex.Organisations[0].Name != "Astana International Financial Centre" || !contains(ex.Organisations[0].Aliases, "AIFC") {
		t.Errorf("organisations = %+v", ex.Organisations)
	}
}

func TestLoadGazetteerExtra(t *testing.T) {
	path := t.TempDir() + "/extra.json"
	if err := writeFile(path, `{"organisations":[{"name":"Tea Road Council","acronyms":["TRC"],"kind":"forum"}]}`); err != nil {
		t.Fatal(err)
	}
	g, err := LoadGazetteer(path)
	if err != nil {
		t.Fatal(err)
	}
	ex, _ := New(g).Extract(graph.Document{Text: "The TRC met nobody."})
	if len(ex.Organisations) != 1 || ex.Organisations[0].Name != "Tea Road Council" {
		t.Errorf("organisations = %+v", ex.Organisations)
	}
}

func TestNoPanicOnOddText(t *testing.T) {
	for _, s := range []string{"", "\"", "“", "\n\n\"\n", "Mr", "Mr.", "President", "(ABC)", "a (ABC)", "On 31 February 2021 they met.", strings.Repeat("\"x ", 50)} {
		if _, err := testExtractor.Extract(graph.Document{Text: s}); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	var docs []graph.Document
	if dir := sharedDir(b); dir != "" {
		if raw, err := readFileString(dir + "/seeds/" + seedName + ".txt"); err == nil {
			docs = append(docs, graph.Document{Text: raw})
		}
	}
	_, dev := devsetDocs(b)
	docs = append(docs, dev...)
	if len(docs) == 0 {
		b.Skip("no documents")
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := testExtractor.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestCancelledMeetings(t *testing.T) {
	for _, text := range []string{
		"The talks between Foreign Minister Ana Costa and Foreign Minister Kenji Mori were called off on Monday.",
		"President Amira Haddad's visit to meet Prime Minister Lars Berg was postponed.",
		"The planned meeting of Chancellor Otto Brandt and President Elena Ruiz did not take place.",
	} {
		ex := extract(t, text, "2024-06-16")
		if len(ex.Meetings) != 1 || ex.Meetings[0].Status != graph.StatusCancelled || len(ex.Meetings[0].Attendees) < 2 {
			t.Errorf("%q: meetings = %+v, want one cancelled, with its two people", text, ex.Meetings)
		}
	}
	// A cancellation word without an encounter is no meeting.
	if ex := extract(t, "President Amira Haddad cancelled the tax on bread.", "2024-06-16"); len(ex.Meetings) != 0 {
		t.Errorf("meetings = %+v, want none", ex.Meetings)
	}
}

func TestWordCountIsFieldsLength(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " one two ", "a\n\nb\tc", "x\u00a0y", "l’Union européenne"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
