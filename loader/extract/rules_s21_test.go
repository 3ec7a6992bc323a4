package extract

import (
	"slices"
	"testing"
)

// Rules written on batch D of the generalization set, which joined the
// tuning sets in session 21.

// A session the lead dates ("held in Colombo yesterday (16)"), told with
// no day of its own in the next paragraph, is not the call made "this
// morning" by one of its members.
func TestLeadDaySessionAndMorningCall(t *testing.T) {
	ex := extract(t, "Colombo, March 17 (Lankapuvath) - Sri Lanka and the Maldives agreed to launch a ferry service "+
		"at the fifth session of the Joint Commission held in Colombo yesterday (16).\n\n"+
		"The session, held at the Ministry of Foreign Affairs, was co-chaired by Minister of Foreign Affairs Vijitha Herath "+
		"and the Maldivian Minister of Foreign Affairs Dr. Abdulla Khaleel.\n\n"+
		"Minister Khaleel called on President Anura Kumara Dissanayake at the Presidential Secretariat this morning.", "2026-03-17")
	want := []string{
		"2026-03-16 Vijitha Herath: Abdulla Khaleel, Vijitha Herath",
		"2026-03-17 Anura Kumara Dissanayake: Abdulla Khaleel, Anura Kumara Dissanayake",
	}
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// A place's date closed by a colon is a dateline: "yesterday" after it is
// the day before.
func TestDatelineClosedByColon(t *testing.T) {
	ex := extract(t, "Arusha, Tanzania, 5 March 2026: The Speaker of the East African Legislative Assembly, "+
		"Rt. Hon. Joseph Ntakirutimana, yesterday hosted the Speaker of the Parliament of Ghana, Rt. Hon. Mary Ibrahima, "+
		"at the Assembly's Chambers in Arusha.", "2026-03-05")
	want := []string{"2026-03-04 Joseph Ntakirutimana: Joseph Ntakirutimana, Mary Ibrahima"}
	if got := heldLines(ex); !slices.Equal(got, want) {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}
