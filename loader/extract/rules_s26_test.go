package extract

import "testing"

// Rules written in session 26 on the tuning sets.

// A body's domain after "for" is one word or two that could be a name:
// "Institute for Democracies", "Commission for Border Demarcation". Only
// after "of" is such a tail a person ("Commission of Sadyr Japarov").
func TestBodyForOneOrTwoWords(t *testing.T) {
	ex := extract(t, "DODOMA, 3 March - The Speaker visited the Parliamentary Research and Training Institute for Democracies on "+
		"Monday. The Interstate Diplomatic Commission for Border Demarcation will meet in May.", "2026-03-03")
	wantOrgs(t, ex, []string{"Parliamentary Research and Training Institute for Democracies", "Interstate Diplomatic Commission for Border Demarcation"},
		[]string{"Parliamentary Research and Training Institute", "Interstate Diplomatic Commission"})
}
