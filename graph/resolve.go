package graph

import (
	"sort"
	"strings"
	"time"
)

// Resolution across documents: when two reports describe one meeting, or
// name one person differently, the graph keeps one node. The rules here
// are pure functions, so the store applies them the same way whatever the
// order documents arrive in, and tests can check them without a database.

// MeetingReport is what the resolution of meetings compares: one
// meeting's date span, places, named participants and mode, as a report
// states them or as the graph holds them.
type MeetingReport struct {
	ID           string
	DateFrom     string // first day the date covers (YYYY-MM-DD)
	DateTo       string // last day
	Places       []string
	Countries    []string // of the places
	Participants []string // IDs of named people
	Mode         string
	Status       string
}

// SameMeeting says whether two reports describe one meeting, and by which
// rule. Precision comes first: dates within a day of each other (time zones,
// "on Friday" written a day later), places that agree where both are known,
// the same kind of encounter (a call is not a visit; a multilateral summit
// is not the bilateral on its sidelines), and named participants that
// overlap: one list within the other, or sharing at least two and at least
// half of the longer (one person shared between two pairs is two meetings:
// a minister can see two counterparts on one day).
func SameMeeting(a, b MeetingReport) (bool, string) {
	if a.DateFrom == "" || b.DateFrom == "" {
		return false, ""
	}
	held := func(r MeetingReport) bool { return r.Status == "" || r.Status == StatusHeld }
	// A day's slack for two reports of a meeting that took place (time
	// zones, "on Friday" written a day later); announcements name their
	// day.
	slack := 0
	if held(a) && held(b) {
		slack = 1
	}
	if !daysOverlap(a.DateFrom, a.DateTo, b.DateFrom, b.DateTo, slack) {
		return false, ""
	}
	if len(a.Places) > 0 && len(b.Places) > 0 && !intersects(a.Places, b.Places) && !intersects(a.Countries, b.Countries) {
		return false, ""
	}
	if (a.Mode == "phone") != (b.Mode == "phone") && a.Mode != "" && b.Mode != "" {
		return false, ""
	}
	if held(a) && held(b) && a.Mode != "" && b.Mode != "" && (a.Mode == "multilateral") != (b.Mode == "multilateral") {
		return false, ""
	}
	shared := len(common(a.Participants, b.Participants))
	if shared == 0 {
		return false, ""
	}
	longer := max(len(a.Participants), len(b.Participants))
	switch {
	case shared == len(a.Participants) || shared == len(b.Participants):
		return true, "same-day-participants-contained"
	case shared >= 2 && 2*shared >= longer:
		return true, "same-day-participants-overlap"
	}
	return false, ""
}

// PartOf says whether a (a bilateral, say) took place within b (a
// multilateral summit): same days, and a's participants all among b's.
func PartOf(a, b MeetingReport) bool {
	if a.Mode == "multilateral" || b.Mode != "multilateral" || a.DateFrom == "" || b.DateFrom == "" {
		return false
	}
	if !daysOverlap(a.DateFrom, a.DateTo, b.DateFrom, b.DateTo, 1) {
		return false
	}
	return len(a.Participants) > 0 && len(common(a.Participants, b.Participants)) == len(a.Participants)
}

func daysOverlap(aFrom, aTo, bFrom, bTo string, slack int) bool {
	af, err1 := time.Parse(time.DateOnly, aFrom)
	at, err2 := parseLastDay(aTo)
	bf, err3 := time.Parse(time.DateOnly, bFrom)
	bt, err4 := parseLastDay(bTo)
	if err1 != nil || err3 != nil {
		return false
	}
	if err2 != nil {
		at = af
	}
	if err4 != nil {
		bt = bf
	}
	d := time.Duration(slack) * 24 * time.Hour
	return !af.After(bt.Add(d)) && !bf.After(at.Add(d))
}

// parseLastDay reads the last day of a span; "2025-04-31", which graphs
// written before month ends were exact hold for April, is its month's last
// day.
func parseLastDay(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil && len(s) == 10 && strings.HasSuffix(s, "-31") {
		if m, err2 := time.Parse("2006-01", s[:7]); err2 == nil {
			return m.AddDate(0, 1, -1), nil
		}
	}
	return t, err
}

func common(a, b []string) []string {
	set := map[string]bool{}
	for _, x := range a {
		set[x] = true
	}
	var out []string
	for _, x := range b {
		if set[x] {
			out = append(out, x)
			delete(set, x)
		}
	}
	return out
}

func intersects(a, b []string) bool { return len(common(a, b)) > 0 }

// NameKey is the key under which spellings of one person's name meet:
// diacritics and case dropped (Tô Lâm, To Lam), common transliteration
// variants folded (Sergey and Sergei, Tokayev and Tokaev, Zakharova and
// Zaharova), and the words sorted, so that name order does not matter
// (Akiba Takeo, Takeo Akiba). Two people with the same key are candidates
// for being one; the key alone does not prove it.
func NameKey(name string) string {
	words := strings.Split(Slug(name), "-")
	out := words[:0]
	for _, w := range words {
		if w == "" {
			continue
		}
		out = append(out, foldTransliteration(w))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

var transliterations = strings.NewReplacer("dzh", "j", "kh", "h", "zh", "j", "ts", "c", "ck", "k", "ph", "f", "ee", "i", "ou", "u")

// givenNames folds the spellings of common given names that differ in
// their vowels, which the letter rules below keep apart.
var givenNames = map[string]string{
	"mohamed": "muhamad", "mohamad": "muhamad", "muhamed": "muhamad", "mohammed": "muhamad",
	"mohammad": "muhamad", "muhammad": "muhamad", "muhammed": "muhamad", "mukhammed": "muhamad",
	"ahmad": "ahmed", "abdallah": "abdulah", "abdullah": "abdulah",
	"hussein": "husein", "husain": "husein", "hossein": "husein", "husayn": "husein",
}

func foldTransliteration(w string) string {
	if g, ok := givenNames[w]; ok {
		return g
	}
	w = transliterations.Replace(w)
	if strings.HasSuffix(w, "off") {
		w = w[:len(w)-3] + "ov"
	}
	isVowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'y' {
			// y between vowels is a glide that other spellings leave out
			// (Tokayev, Tokaev); elsewhere it is an i (Sergey, Sergei).
			if i > 0 && i+1 < len(w) && isVowel(w[i-1]) && isVowel(w[i+1]) {
				continue
			}
			c = 'i'
		}
		if b.Len() > 0 && b.String()[b.Len()-1] == c {
			continue // doubled letters: Muhammad, Muhamad
		}
		b.WriteByte(c)
	}
	return b.String()
}

// NameParts are the keys under which a person's name is looked up: the
// whole name's key (NameKey), the keys of its first and last words (a
// family name comes first in Chinese, Korean or Vietnamese names, last in
// most others), and whether the name is one word only ("Widodo", "Mr
// Wang"), which on its own does not identify anyone.
type NameParts struct {
	Key, First, Last string
	Single           bool
	Words            []string // folded, in the name's order
}

// PartsOf returns the name parts of a person's name.
func PartsOf(name string) NameParts {
	var words []string
	for _, w := range strings.Split(Slug(name), "-") {
		if w != "" {
			words = append(words, foldTransliteration(w))
		}
	}
	p := NameParts{Key: NameKey(name), Single: len(words) <= 1, Words: words}
	if len(words) > 0 {
		p.First, p.Last = words[0], words[len(words)-1]
	}
	return p
}

// HeldPosition is a position as resolution compares it: lower-case title,
// the organisation or country it belongs to, and the days it is attested
// (From and To, YYYY-MM-DD; equal for a single report).
type HeldPosition struct {
	Title, Organisation string
	From, To            string
}

// positionSlack is how far beyond the days a position is attested a
// surname-only mention may still be matched to its holder: terms of office
// run for years, but the same surname in the same office years apart
// (Presidents Kim Young-sam and Kim Dae-jung) is a different person.
const positionSlack = 2 // years

// SamePosition says whether a surname-only mention's positions and a
// candidate's name the same office at compatible dates: the same title
// for the same organisation or country, the mention's day within the
// years the candidate is attested in it (with positionSlack either side).
func SamePosition(mention, candidate []HeldPosition) bool {
	for _, m := range mention {
		for _, c := range candidate {
			if m.Title == "" || m.Organisation == "" || !strings.EqualFold(m.Title, c.Title) || m.Organisation != c.Organisation {
				continue
			}
			if withinYears(m.From, m.To, c.From, c.To, positionSlack) {
				return true
			}
		}
	}
	return false
}

func withinYears(aFrom, aTo, bFrom, bTo string, years int) bool {
	if aFrom == "" || bFrom == "" {
		return false // no date: the office alone does not make it unambiguous
	}
	if aTo == "" {
		aTo = aFrom
	}
	if bTo == "" {
		bTo = bFrom
	}
	af, err1 := time.Parse(time.DateOnly, aFrom)
	at, err2 := time.Parse(time.DateOnly, aTo)
	bf, err3 := time.Parse(time.DateOnly, bFrom)
	bt, err4 := time.Parse(time.DateOnly, bTo)
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return false
	}
	return !af.After(bt.AddDate(years, 0, 0)) && !bf.After(at.AddDate(years, 0, 0))
}

// nicknames maps common short forms of given names to the full form, both
// folded as NameKey folds them.
var nicknames = map[string]string{
	"joe": "josef", "bill": "wiliam", "wil": "wiliam", "bob": "robert", "rob": "robert", "mike": "michael",
	"jim": "james", "tony": "anthoni", "tom": "thomas", "dick": "richard", "rich": "richard",
	"ben": "benjamin", "dan": "daniel", "dave": "david", "steve": "stefen", "stephen": "stefen",
	"chris": "christofer", "christopher": "christofer", "alex": "alexander", "sasha": "alexander",
	"kate": "katherine", "liz": "elizabeth", "nick": "nicholas", "ed": "edward", "ted": "edward",
}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true,
	"sheih": true, "sheikh": true, "shaih": true, "shaikh": true, "sheik": true, "hrh": true}

// CompatibleNames says whether two full names may name one person written
// differently: the same words once initials are dropped and nicknames
// expanded (Joseph R. Biden, Joe Biden), or the words of one among the
// other's (Mohammed bin Salman, Mohammed bin Salman Al Saud), at least two
// of them. A one-word name is never compatible: that is the surname rule's
// business. Compatibility alone is weak evidence: resolution asks for the
// same office at compatible dates too.
func CompatibleNames(a, b string) bool {
	wa, wb := givenWords(a), givenWords(b)
	if len(wa) < 2 || len(wb) < 2 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	in := map[string]bool{}
	for _, w := range wb {
		in[w] = true
	}
	for _, w := range wa {
		if !in[w] {
			return false
		}
	}
	return true
}

func givenWords(name string) []string {
	var out []string
	for _, w := range PartsOf(name).Words {
		if len(w) == 1 || honorifics[w] {
			continue // an initial, or a title written as part of the name
		}
		if n, ok := nicknames[w]; ok {
			w = n
		}
		out = append(out, w)
	}
	return out
}
