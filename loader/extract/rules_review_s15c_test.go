package extract

import (
	"slices"
	"testing"
)

// "the Governor of the eastern state, Nuevo León,": the name after a
// titled phrase that ends in a kind of place is the place's, no person.
func TestReviewS15cPlaceNounBeforeComma(t *testing.T) {
	for _, text := range []string{
		"The Minister held talks with the Governor of the eastern state, Nuevo León, on investment.",
		"The Ambassador met the Chief Minister of the state, Tamil Nadu, and discussed investment.",
		"The Ambassador called on the Governor of the southern province, Western Cape, on Friday.",
	} {
		for _, name := range []string{"Nuevo León", "Tamil Nadu", "Western Cape"} {
			if slices.Contains(personNames(extract(t, text, "2026-03-04")), name) {
				t.Errorf("%q: %s is a person", text, name)
			}
		}
	}
}

// A title that is the subject of a verb ("The Minister laid a wreath at
// ...") or owns the phrase's head ("the Ambassador's residence") does not
// make the phrase before the comma a titled one.
func TestReviewS15cTitleOutsideThePhrase(t *testing.T) {
	for text, name := range map[string]string{
		"The Minister laid a wreath at the Tomb of the Unknown Soldier, Alexander Garden, on Friday.": "Alexander Garden",
		"The Secretary of State visited the Ambassador's residence, Villa Rosa, and met staff.":       "Villa Rosa",
	} {
		if names := personNames(extract(t, text, "2026-03-04")); slices.Contains(names, name) {
			t.Errorf("%q: persons = %q, %s is a place", text, names, name)
		}
	}
}

// "the Honorary Consul in Mombasa, Ahmed Salim,": the city after a title is
// its seat, and the name after the comma the holder's.
func TestReviewS15cTitleSeatCity(t *testing.T) {
	ex := extract(t, "The Honorary Consul in Mombasa, Ahmed Salim, attended the reception.", "2026-03-04")
	if names := personNames(ex); !slices.Contains(names, "Ahmed Salim") {
		t.Errorf("persons = %q, want Ahmed Salim", names)
	}
}

// A body a person chairs does not employ them in their other posts:
// "Minister Jama" after "The Chair of the IGAD Council of Ministers, Musa
// Hassan Jama," is no minister of IGAD.
func TestReviewS15cBodyLendsNoPost(t *testing.T) {
	for text, name := range map[string]string{
		"The Chair of the IGAD Council of Ministers, Musa Hassan Jama, opened the meeting in Djibouti. Minister Jama called for calm.": "Musa Hassan Jama",
		"The Chairperson of the Pan-African Parliament, Fortune Charumbira, met the Speaker. Senator Charumbira thanked the host.":     "Fortune Charumbira",
	} {
		for _, p := range positionsOf(extract(t, text, "2026-03-04"), name) {
			if (p.Title == "Minister" || p.Title == "Senator") && p.Organisation != "" {
				t.Errorf("%q: %s holds %+v", text, name, p)
			}
		}
	}
}
