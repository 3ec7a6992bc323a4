package extract

import (
	"slices"
	"testing"
)

// Review of session 14b's rules.

// '," the AfDB president said': the body named before the title tells
// whose president speaks; the country's President named before is not
// the bank's.
func TestReviewS14bQualifierNamesAnotherBody(t *testing.T) {
	ex := extract(t, "President William Ruto today held talks with a delegation of the African Development Bank at State House. "+
		"\"Kenya remains one of our strongest partners in the region,\" the AfDB president said.", "2026-05-12")
	for _, s := range ex.Statements {
		if s.Speaker == "person:william-ruto" {
			t.Errorf("statements = %+v: the AfDB president is not President Ruto", ex.Statements)
		}
	}
	// The body's own holder still speaks.
	ex = extract(t, "Accra, Nov. 20, GNA – Mr Kofi Asante, the Minister of Trade, has met Mr Ibrahim Diallo, the Chief Executive Officer "+
		"of OCP Africa.\n\n\"We will open a blending plant in Tema next year,\" the OCP Africa CEO said.", "2026-11-20")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:ibrahim-diallo" {
		t.Errorf("statements = %+v, want Ibrahim Diallo's", ex.Statements)
	}
}

// "of the Republic of Indonesia Sugiono,": a one-word name after a
// country's formal name is the holder's, not a place's ("the Panama
// Canal,").
func TestReviewS14bMononymAfterFormalCountryName(t *testing.T) {
	ex := extract(t, "The retreat was chaired by the Minister of Foreign Affairs of the Republic of Indonesia Sugiono, Maris Sangiampongsa "+
		"of Thailand and Vivian Balakrishnan of Singapore.", "2026-03-02")
	if ps := positionsOf(ex, "Sugiono"); !hasPosition(ps, "Minister of Foreign Affairs", "country:indonesia") {
		t.Errorf("Sugiono positions = %+v (persons %q), want Minister of Foreign Affairs of Indonesia", ps, personNames(ex))
	}
}

// "the Administrator of the Panama Canal, Mr. Name,": a form of address
// before the name set off by commas.
func TestReviewS14bPlaceNounThenStyledName(t *testing.T) {
	ex := extract(t, "The talks were also attended by the Administrator of the Panama Canal, Mr. Ricaurte Vásquez, and senior officials "+
		"of the Foreign Ministry.", "2026-04-22")
	names := personNames(ex)
	if slices.Contains(names, "Canal") {
		t.Errorf("persons = %q: Canal is no person", names)
	}
	if ps := positionsOf(ex, "Ricaurte Vásquez"); len(ps) != 1 || ps[0].Title != "Administrator of the Panama Canal" {
		t.Errorf("Ricaurte Vásquez positions = %+v, want Administrator of the Panama Canal", ps)
	}
}

// A date line of two words of place and a date written month first
// ("Kuala Lumpur, February 16, 2026") dates its item as "Manama, 16
// February 2026" does.
func TestReviewS14bPlaceAndMonthFirstDateLine(t *testing.T) {
	ex := extract(t, "Kuala Lumpur, February 17, 2026\n\nForeign Minister Mohamad Hasan received today the Ambassador of Japan to "+
		"Malaysia, H.E. Katsuya Takahashi, at Wisma Putra.\n\nKuala Lumpur, February 16, 2026\n\nForeign Minister Mohamad Hasan held a "+
		"telephone conversation today with the Minister of Foreign Affairs of the Republic of Singapore, Vivian Balakrishnan.", "2026-02-17")
	var dates []string
	for _, m := range ex.Meetings {
		dates = append(dates, m.Date)
	}
	if !slices.Equal(dates, []string{"2026-02-17", "2026-02-16"}) {
		t.Errorf("meeting dates = %q, want the page's day, then the item's", dates)
	}
}

// "Relations with the Republic of Moldova", "with the United States":
// the country after "the" ends the body's name too.
func TestReviewS14bRelationsWithTheCountry(t *testing.T) {
	ex := extract(t, "Andris Bērziņš, chair of the Saeima Group for Inter-Parliamentary Relations with the Republic of Moldova, and "+
		"Ilze Ozola, chair of the Saeima Group for Inter-Parliamentary Relations with the United States, also took part.", "2026-05-20")
	orgs := orgNames(ex)
	for _, n := range []string{"Saeima Group for Inter-Parliamentary Relations with the Republic of Moldova",
		"Saeima Group for Inter-Parliamentary Relations with the United States"} {
		if _, ok := orgs[n]; !ok {
			t.Errorf("organisations = %v, want %q", orgs, n)
		}
	}
}

// A guard of honour is a ceremony, not a body: "the Ghana Armed Forces
// Guard of Honour" names the armed forces only.
func TestReviewS14bGuardOfHonour(t *testing.T) {
	ex := extract(t, "On arrival at Kotoka International Airport, the Vice President inspected the Ghana Armed Forces Guard of Honour. "+
		"Later, President Ruto inspected the Kenya Defence Forces Honour Guard at State House.", "2026-06-10")
	orgs := orgNames(ex)
	for n := range orgs {
		if n != "Ghana Armed Forces" && n != "Kenya Defence Forces" {
			t.Errorf("organisations = %v: %q is no body", orgs, n)
		}
	}
	if _, ok := orgs["Ghana Armed Forces"]; !ok {
		t.Errorf("organisations = %v, want Ghana Armed Forces", orgs)
	}
}
