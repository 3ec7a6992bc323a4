package extract

import (
	"testing"
)

// Rules written in session 24 on the tuning sets (g to F).

// "Permanent Representative of The Gambia": the gazetteer's name of the
// country starts with the article, which the title does not skip; and
// "Ambassador of The Gambia to A and Permanent Representative to the OIC"
// gives the second post the same country.
func TestCountryNamedWithTheAndEnvoysSecondPost(t *testing.T) {
	ex := extract(t, "JEDDAH, May 4 - The Secretary-General received Ousman Jobe-Sanneh, Permanent Representative of The "+
		"Gambia to the OIC, on Monday.", "2026-05-04")
	wantPosts(t, ex, "Ousman Jobe-Sanneh", "country:gambia", "Permanent Representative")
	ex = extract(t, "JEDDAH, May 4 - He received Ebrima Ceesay-Jallow, Ambassador of The Gambia to the Kingdom of Saudi "+
		"Arabia and Permanent Representative to the OIC, on Monday.", "2026-05-04")
	wantPosts(t, ex, "Ebrima Ceesay-Jallow", "country:gambia", "Ambassador", "Permanent Representative")
}
