package extract

import (
	"testing"
)

// Rules written on the v batch of the generalization set (session 10, once
// w and x held out in its place).

// "Leaders attending the two-day meeting at the AU headquarters included
// A, B and C": they join the gathering just told.
func TestAttendingTheMeetingIncluded(t *testing.T) {
	ex := extract(t, "Addis Ababa (AFP) – African heads of state opened the African Union's annual summit in the Ethiopian capital on Saturday.\n\n"+
		"Leaders attending the two-day meeting at the AU headquarters included Ethiopian Prime Minister Abiy Ahmed, Kenya's William Ruto and Ghana's John Dramani Mahama, as well as UN Secretary-General António Guterres.", "2026-02-15")
	if got, _ := attendeesOn(ex, "2026-02-14"); !got["William Ruto"] || !got["António Guterres"] {
		t.Errorf("attendees = %v, want the leaders", got)
	}
}
