package extract

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Rules written on batch B of the generalization set, which joined the
// tuning sets in session 20.

// heldLines is meetingLines without the plans.
func heldLines(ex *graph.Extraction) []string {
	held := *ex
	held.Meetings = nil
	for _, m := range ex.Meetings {
		if m.Status == "" || m.Status == graph.StatusHeld {
			held.Meetings = append(held.Meetings, m)
		}
	}
	return meetingLines(&held)
}

// A president's delegation "was supported by" its ministers as it "was
// accompanied by" them; a session the named meeting "was preceded by",
// co-chaired by two ministers, is an encounter of its own day.
func TestSupportedByAndPrecededBy(t *testing.T) {
	ex := extract(t, "PRETORIA, 12 March 2026 – President Cyril Ramaphosa today hosted President Duma Boko of Botswana "+
		"for the 3rd Session of the South Africa–Botswana Bi-National Commission (BNC).\n\n"+
		"President Ramaphosa was supported by the Minister of International Relations and Cooperation, Mr Ronald Lamola; "+
		"and the Minister of Home Affairs, Dr Leon Schreiber.\n\n"+
		"The BNC was preceded by a Ministerial Session on Wednesday, 11 March 2026, co-chaired by Minister Lamola "+
		"and Minister Butale at the OR Tambo Building in Pretoria.", "2026-03-12")
	want := []string{
		"2026-03-12 Cyril Ramaphosa: Cyril Ramaphosa, Duma Boko, Leon Schreiber, Ronald Lamola",
		"2026-03-11 Ronald Lamola: Butale, Ronald Lamola",
	}
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	// "supported by" joins only after "was": not "a project supported by".
	ex = extract(t, "PRETORIA, 12 March 2026 – President Cyril Ramaphosa today hosted President Duma Boko of Botswana.\n\n"+
		"President Ramaphosa praised a project supported by the Minister of Home Affairs, Dr Leon Schreiber.", "2026-03-12")
	if got, want := heldLines(ex), []string{"2026-03-12 Cyril Ramaphosa: Cyril Ramaphosa, Duma Boko"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// "The two leaders held bilateral talks attended by X" adds X to the
// leaders' meeting just told, not a meeting of its own; two ministers who
// "signed the Agreement" meet; a plan "on Thursday" is the Thursday to
// come.
func TestTwoLeadersSignersAndPlannedWeekday(t *testing.T) {
	ex := extract(t, "PORT MORESBY – Prime Minister Hon. James Marape today welcomed the Prime Minister of Tuvalu, "+
		"Hon. Feleti Penitala Teo, to Manasupe Haus.\n\n"+
		"The two leaders held bilateral talks attended by the Secretary for Foreign Affairs, Mr Elias Rahuromo Wohengu.\n\n"+
		"Earlier in the day, Minister for Foreign Affairs Justin Tkatchenko and his Tuvaluan counterpart, Minister Paulson Panapa, "+
		"signed the Agreement on the Waiver of Visa Requirements at the Department of Foreign Affairs.\n\n"+
		"Prime Minister Teo will meet the Governor-General, Sir Bob Dadae, on Thursday.", "2026-07-08")
	want := []string{
		"2026-07-08 James Marape: Elias Rahuromo Wohengu, Feleti Penitala Teo, James Marape",
		"2026-07-08 Justin Tkatchenko: Justin Tkatchenko, Paulson Panapa",
	}
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	planned := ""
	for _, m := range ex.Meetings {
		if m.Status == graph.StatusPlanned {
			planned = m.Date
		}
	}
	if planned != "2026-07-09" {
		t.Errorf("planned meeting on %q, want the Thursday after publication, 2026-07-09", planned)
	}
	// One signer, or a signing in the past, is no encounter.
	ex = extract(t, "PORT MORESBY – Minister for Foreign Affairs Justin Tkatchenko signed the Agreement on Tuesday.", "2026-07-08")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %q, want none", meetingLines(ex))
	}
}

// "The Executive President of CAF, Sergio Díaz-Granados, was received on
// Tuesday by" the President: a name set off by commas is the passive's
// subject, so the meeting is told, on its day.
func TestAppositionSubjectOfPassive(t *testing.T) {
	ex := extract(t, "QUITO, May 20, 2026 – The Executive President of CAF, Sergio Díaz-Granados, was received on Tuesday "+
		"by the President of the Republic of Ecuador, Daniel Noboa Azín, at the Carondelet Palace.", "2026-05-20")
	if got, want := heldLines(ex), []string{"2026-05-19 Daniel Noboa Azín: Daniel Noboa Azín, Sergio Díaz-Granados"}; !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	// "The letter, a copy of which reached us, was received by X": no one
	// was received.
	ex = extract(t, "QUITO, May 20, 2026 – The letter, a copy of which reached us, was received on Tuesday "+
		"by the President of the Republic of Ecuador, Daniel Noboa Azín.", "2026-05-20")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %q, want none", meetingLines(ex))
	}
}

// One word after an honorific is the name a title set off by a comma
// introduces: "the Ambassador of the Republic of Indonesia to Papua New
// Guinea, H.E. Mr Sutikno,"; without the honorific it stays no name.
func TestOneWordNameAfterHonorific(t *testing.T) {
	ex := extract(t, "PORT MORESBY – Yesterday, Minister Tkatchenko received a courtesy call from the Ambassador of the "+
		"Republic of Indonesia to Papua New Guinea, H.E. Mr Sutikno, at the Department of Foreign Affairs.", "2026-07-08")
	got := positionsOf(ex, "Sutikno")
	if len(got) != 1 || got[0].Title != "Ambassador" || got[0].Organisation != "country:indonesia" || got[0].AccreditedTo != "country:papua-new-guinea" {
		t.Errorf("positions = %+v", got)
	}
	if lines := heldLines(ex); len(lines) != 1 {
		t.Errorf("meetings = %q, want the courtesy call", lines)
	}
	ex = extract(t, "PORT MORESBY – Yesterday, the Ambassador of the Republic of Indonesia, Sutikno, left.", "2026-07-08")
	if got := positionsOf(ex, "Sutikno"); len(got) != 0 {
		t.Errorf("positions = %+v, want none", got)
	}
}

// "Representative", capitalised, is a title: "CAF's Representative in
// Ecuador, Alejandra Paredes Villacís" is a person.
func TestRepresentativeIsATitle(t *testing.T) {
	ex := extract(t, "QUITO, May 20, 2026 – The meeting was attended by CAF's Representative in Ecuador, Alejandra Paredes Villacís.", "2026-05-20")
	if names := personNames(ex); !slices.Contains(names, "Alejandra Paredes Villacís") {
		t.Errorf("persons = %v", names)
	}
}
