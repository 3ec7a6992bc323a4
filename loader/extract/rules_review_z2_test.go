package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Review of the z batch rules, second part (RULES.diff): cases where they
// reach too far.

// "It was preceded by a meeting of the foreign ministers, A and B": a
// meeting of its own, whose people are not at the talks "it" stands for,
// though no day sets it apart; and "The talks were also attended by C"
// joins the talks, which the sentence was about.
func TestPrecededByMeetingWithoutDayIsNotTheTalks(t *testing.T) {
	ex := extract(t, "Astana, 10 June 2026 – President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Uzbekistan "+
		"Shavkat Mirziyoyev on 9 June. It was preceded by a meeting of the foreign ministers, Murat Nurtleu and Bakhtiyor Saidov.\n\n"+
		"The talks were also attended by Deputy Prime Minister of Kazakhstan Serik Zhumangarin.", "2026-06-10")
	got := meetingLines(ex)
	want := "2026-06-09 Kassym-Jomart Tokayev: Kassym-Jomart Tokayev, Serik Zhumangarin, Shavkat Mirziyoyev"
	if !slices.Contains(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	if !slices.ContainsFunc(got, func(l string) bool { return strings.HasSuffix(l, ": Bakhtiyor Saidov, Murat Nurtleu") }) {
		t.Errorf("meetings = %q, want the ministers' meeting of its own", got)
	}
}

// "The Ministerial Meeting was also attended by X" joins the meeting told
// last, not an earlier one whose sentence only wrote the name in passing
// ("ahead of the Ministerial Meeting of the Council, A held talks with
// B").
func TestSessionNamedInPassingIsNotTheSession(t *testing.T) {
	ex := extract(t, "Brussels, 10 June 2026 – On Monday, ahead of the Ministerial Meeting of the Council, Foreign Minister of "+
		"Belgium Maxime Prevot held talks with Foreign Minister of Luxembourg Xavier Bettel.\n\n"+
		"On Tuesday, Foreign Minister of the Netherlands Caspar Veldkamp chaired the meeting of the ministers, which was attended "+
		"by Foreign Minister of Estonia Margus Tsahkna. The Ministerial Meeting was also attended by Foreign Minister of Latvia "+
		"Baiba Braze.", "2026-06-10")
	got := meetingLines(ex)
	for _, want := range []string{
		"2026-06-08 : Maxime Prevot, Xavier Bettel",
		"2026-06-09 Caspar Veldkamp: Baiba Braze, Caspar Veldkamp, Margus Tsahkna",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("meetings = %q, want %q", got, want)
		}
	}
}

// sessionNamedBefore reads the meetings told last (mergeWindow of them),
// not every meeting of the document for each joining sentence, which on a
// long document of many meetings is quadratic: a session told further
// back is not found.
func TestSessionNamedBeforeReadsOnlyRecentMeetings(t *testing.T) {
	text := "The Plenary Session was also attended by Ambassador Ana Ruiz."
	d := &docState{text: text, toks: tokenize(text), sents: splitSentences(text)}
	assignSentences(d.toks, d.sents)
	for _, c := range []struct{ back, want int }{{3, 0}, {mergeWindow + 5, -1}} {
		ms := make([]*meeting, c.back+1)
		for k := range ms {
			ms[k] = &meeting{host: -1, subj: -1, country: -1, ev: []graph.Evidence{{Sentence: "Minister Ana Ruiz met Minister Eva Sanz in Lima.", Start: 100 + k}}}
		}
		ms[0].ev[0].Sentence = "The Plenary Session opened in Lima."
		if got := d.sessionNamedBefore(ms, len(ms)-1, 0); got != c.want {
			t.Errorf("session %d meetings back: sessionNamedBefore = %d, want %d", c.back, got, c.want)
		}
	}
}

// A headline's guest ("... and CIS Secretary-General Sergei Lebedev") whom
// the body tells at the headline's meeting without his name ("the head of
// the CIS executive body") stays there when another meeting only names
// him in passing ("who conveyed greetings from Mr Lebedev").
func TestHeadlineGuestNamedInPassingElsewhereStays(t *testing.T) {
	ex := extract(t, "President Tokayev receives Foreign Minister of Uzbekistan Bakhtiyor Saidov and CIS Secretary-General Sergei Lebedev\n\n"+
		"Astana, 10 June 2026 – President of Kazakhstan Kassym-Jomart Tokayev on Tuesday received the Foreign Minister of Uzbekistan, "+
		"Bakhtiyor Saidov, and the head of the CIS executive body.\n\n"+
		"On Wednesday, President Tokayev met Ambassador of Russia Alexei Borodavkin, who conveyed greetings from Mr Lebedev.", "2026-06-10")
	want := "2026-06-09 Kassym-Jomart Tokayev: Bakhtiyor Saidov, Kassym-Jomart Tokayev, Sergei Lebedev"
	if got := meetingLines(ex); !slices.Contains(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// A headline's guest whom the body tells at a meeting with others ("On
// Monday, Mr Lebedev held talks with Foreign Minister Murat Nurtleu") is
// not thereby told meeting the headline's subject elsewhere: he stays at
// the headline's meeting.
func TestHeadlineGuestMeetingOthersElsewhereStays(t *testing.T) {
	ex := extract(t, "President Tokayev receives Foreign Minister of Uzbekistan Bakhtiyor Saidov and CIS Secretary-General Sergei Lebedev\n\n"+
		"Astana, 10 June 2026 – President of Kazakhstan Kassym-Jomart Tokayev on Tuesday received the Foreign Minister of Uzbekistan, "+
		"Bakhtiyor Saidov, and the head of the CIS executive body.\n\n"+
		"On Monday, Mr Lebedev held talks with Foreign Minister of Kazakhstan Murat Nurtleu.", "2026-06-10")
	want := "2026-06-09 Kassym-Jomart Tokayev: Bakhtiyor Saidov, Kassym-Jomart Tokayev, Sergei Lebedev"
	if got := meetingLines(ex); !slices.Contains(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// A body's acronym followed by a unit of the body ("Country Director of
// the Asian Development Bank (ADB) Resident Mission in Thailand Jiro
// Tominaga") is no acronym between the title and a name: "Resident
// Mission" is no person.
func TestAcronymThenBodyUnitIsNoName(t *testing.T) {
	ex := extract(t, "Bangkok, 10 June 2026 – Minister of Foreign Affairs of Thailand Maris Sangiampongsa received Country Director "+
		"of the Asian Development Bank (ADB) Resident Mission in Thailand Jiro Tominaga on Tuesday.", "2026-06-10")
	for _, p := range ex.Persons {
		if strings.Contains(p.Name, "Mission") {
			t.Errorf("persons = %+v, want no %q", ex.Persons, p.Name)
		}
	}
}

// A domain of eight tokens ("Committee on Ecology and Environmental
// Protection and Climate Change Adaptation") ends before the name after
// it, which no portfolio word announces: the longer domain does not take
// the name into the body.
func TestLongDomainLeavesNameAfterIt(t *testing.T) {
	ex := extract(t, "Tashkent, 10 June 2026 – Chairman of the Committee on Ecology and Environmental Protection and Climate Change "+
		"Adaptation Bakhtiyor Aliev met Ambassador of Japan Hiroko Tanabe on Tuesday.", "2026-06-10")
	if ps := positionsOf(ex, "Bakhtiyor Aliev"); !hasPosition(ps, "Chairman",
		"organisation:committee-on-ecology-and-environmental-protection-and-climate-change-adaptation") {
		t.Errorf("Bakhtiyor Aliev positions = %+v, want the committee's Chairman", ps)
	}
}
