package extract

import (
	"fmt"
	"strconv"
	"time"
)

// months maps month names and their usual abbreviations to month numbers.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// weekdays maps weekday names to time.Weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// dateFound is a date read from text, with its precision (day, month, year)
// and the rule that read it.
type dateFound struct {
	date, precision, rule string
	tokStart, tokEnd      int
	// dateline: the date of a dateline ("Nouméa, 5 September 2025 –"),
	// the day of publication, which a day the sentence goes on to give
	// ("... was held yesterday") overrides.
	dateline bool
}

// parsePublished reads a YYYY-MM-DD publication date.
func parsePublished(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// findDate returns the first date expression in toks[from:to]: an explicit
// date ("2 February 2021", "February 2, 2021", "Feb. 2"), a relative one
// ("today", "yesterday", "on Tuesday", anchored on the publication date) or a
// month or a year. A day-precision date wins over a coarser one found
// earlier in the range, as "in 2021 ... on 2 February" means the day.
func findDate(text string, toks []token, from, to int, pub time.Time, hasPub bool) (dateFound, bool) {
	var best dateFound
	found := false
	better := func(d dateFound) {
		if !found || (best.precision != "day" && d.precision == "day") || (best.dateline && !d.dateline && d.precision == "day") {
			best, found = d, true
		}
	}
	// A dateline's date is followed by a dash, maybe after the agency in
	// brackets: "5 September 2025 –", "August 14 (KPL) --".
	dash := func(k int) bool {
		return k < to && (toks[k].isHyphen() || toks[k].punct == '–' || toks[k].punct == '—')
	}
	dateline := func(d dateFound) dateFound {
		k := d.tokEnd
		if k < to && toks[k].punct == '(' {
			for n := k + 1; n < to && n <= k+4; n++ {
				if toks[n].punct == ')' {
					k = n + 1
					break
				}
			}
		}
		if k+2 < to && toks[k].punct == ',' && toks[k+1].allCaps && dash(k+2) {
			k += 2 // "Accra, Nov. 18, GNA –": the agency after a comma
		}
		// "ISLAMABAD, Nov 6 (APP): Speaker ...": a colon after the
		// agency's credit closes it too.
		// "Arusha, Tanzania, 5 March 2026: The Speaker ...": a colon right
		// after a place's date, too.
		// "Monrovia, Liberia – April 17, 2026: The Minister ...": or
		// opening the range, after the place and its dash.
		d.dateline = dash(k) || k < to && toks[k].punct == ':' && (k > d.tokEnd || d.tokStart == from || toks[d.tokStart-1].punct == ',')
		return d
	}
	num := func(i int) (int, bool) {
		if i < from || i >= to || !toks[i].isWord() || !isDigitWord(toks[i].lower) {
			return 0, false // no Atoi, and no error to allocate, for a word
		}
		w := text[toks[i].start:toks[i].end]
		if len(w) > 2 && len(w) <= 4 {
			// An ordinal day: "10th March 2026", "March 1st".
			switch w[len(w)-2:] {
			case "st", "nd", "rd", "th":
				w = w[:len(w)-2]
			}
		}
		n, err := strconv.Atoi(w)
		return n, err == nil
	}
	month := func(i int) (time.Month, int, bool) { // month and the index after it
		if i < from || i >= to || !toks[i].isWord() || !toks[i].upper {
			return 0, i, false
		}
		m, ok := months[toks[i].lower]
		if !ok {
			return 0, i, false
		}
		j := i + 1
		if j < to && toks[j].punct == '.' && len(toks[i].lower) <= 4 {
			j++
		}
		return m, j, true
	}
	isYear := func(n int) bool { return n >= 1900 && n <= 2100 }
	for i := from; i < to; i++ {
		t := &toks[i]
		if !t.isWord() {
			continue
		}
		// DD.MM.YYYY, written without spaces: "05.03.2026", the day first.
		if d, ok := num(i); ok && d >= 1 && d <= 31 && i+4 < to && toks[i+1].punct == '.' && toks[i+3].punct == '.' &&
			toks[i].end == toks[i+1].start && toks[i+1].end == toks[i+2].start && toks[i+2].end == toks[i+3].start && toks[i+3].end == toks[i+4].start {
			if m, ok := num(i + 2); ok && m >= 1 && m <= 12 {
				if y, ok := num(i + 4); ok && isYear(y) {
					if at := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); at.Day() == d {
						better(dateline(dateFound{date: at.Format("2006-01-02"), precision: "day", rule: "date-explicit", tokStart: i, tokEnd: i + 5}))
						i += 4
						continue
					}
				}
			}
		}
		// D Month [YYYY], "15-16 September 1991", "22 and 23 April 2026",
		// "22 to 24 April": a range's first day.
		if d, ok := num(i); ok && d >= 1 && d <= 31 {
			mi := i + 1
			if mi+1 < to && (toks[mi].isHyphen() || toks[mi].punct == '–' || toks[mi].lower == "and" || toks[mi].lower == "to") {
				if d2, ok := num(mi + 1); ok && d2 > d && d2 <= 31 {
					mi += 2
				}
			}
			if m, j, ok := month(mi); ok {
				if y, ok := num(j); ok && isYear(y) {
					better(dateline(dateFound{date: ymd(y, m, d), precision: "day", rule: "date-explicit", tokStart: i, tokEnd: j + 1}))
					i = j
					continue
				}
				if hasPub {
					better(dateline(dateFound{date: yearless(pub, m, d), precision: "day", rule: "date-yearless", tokStart: i, tokEnd: j}))
				}
				i = j - 1
				continue
			}
		}
		// Month D[, YYYY] or Month YYYY; "September 15-16, 1991" is
		// dated by its first day.
		if m, j, ok := month(i); ok {
			if d, ok := num(j); ok && d >= 1 && d <= 31 {
				k := j + 1
				if k+1 < to && (toks[k].isHyphen() || toks[k].punct == '–') {
					if d2, ok := num(k + 1); ok && d2 > d && d2 <= 31 {
						k += 2
					}
				}
				if k < to && toks[k].punct == ',' {
					k++
				}
				if y, ok := num(k); ok && isYear(y) {
					better(dateline(dateFound{date: ymd(y, m, d), precision: "day", rule: "date-explicit", tokStart: i, tokEnd: k + 1}))
					i = k
					continue
				}
				if hasPub {
					better(dateline(dateFound{date: yearless(pub, m, d), precision: "day", rule: "date-yearless", tokStart: i, tokEnd: j + 1}))
				}
				i = j
				continue
			}
			if y, ok := num(j); ok && isYear(y) {
				better(dateFound{date: fmt.Sprintf("%04d-%02d", y, int(m)), precision: "month", rule: "date-month", tokStart: i, tokEnd: j + 1})
				i = j
				continue
			}
			// "in May" is the month when punctuation follows it, not
			// "in May be ...".
			mayMonth := toks[i].lower != "may" || (j < to && !toks[j].isWord()) || j == to
			if hasPub && i > from && toks[i-1].lower == "in" && mayMonth {
				// "In August, X met Y": the last such month up to
				// publication.
				y := pub.Year()
				if m > pub.Month() {
					y--
				}
				better(dateFound{date: fmt.Sprintf("%04d-%02d", y, int(m)), precision: "month", rule: "date-month", tokStart: i, tokEnd: j})
				continue
			}
		}
		if !hasPub {
			if y, ok := num(i); ok && isYear(y) && i > from && (toks[i-1].lower == "in" || toks[i-1].lower == "of") {
				better(dateFound{date: fmt.Sprintf("%04d", y), precision: "year", rule: "date-year", tokStart: i, tokEnd: i + 1})
			}
			continue
		}
		switch t.lower {
		case "today", "tonight":
			better(dateFound{date: pub.Format("2006-01-02"), precision: "day", rule: "date-relative", tokStart: i, tokEnd: i + 1})
		case "yesterday":
			better(dateFound{date: pub.AddDate(0, 0, -1).Format("2006-01-02"), precision: "day", rule: "date-relative", tokStart: i, tokEnd: i + 1})
		case "this":
			// "This morning Minister X called on ...": the day of
			// publication.
			if i+1 < to && dayParts.at(toks[i+1].wid) {
				better(dateFound{date: pub.Format("2006-01-02"), precision: "day", rule: "date-relative", tokStart: i, tokEnd: i + 2})
			}
		case "the":
			// "on the 15th", "on the 15th of April": a day of the month
			// of publication, or of the month before when the day has not
			// come yet (a Korean or Japanese release's style).
			if d, ok := ordinalDay(toks, i+1, to); ok && i > from && toks[i-1].lower == "on" && !futureIn(toks, from, i) {
				m, j, hasMonth := month(i + 3)
				if hasMonth && i+2 < to && toks[i+2].lower == "of" {
					better(dateFound{date: yearless(pub, m, d), precision: "day", rule: "date-yearless", tokStart: i + 1, tokEnd: j})
					continue
				}
				if i+2 < to && toks[i+2].isWord() {
					continue // "on the 30th anniversary", "on the 2nd day of the visit"
				}
				at := time.Date(pub.Year(), pub.Month(), d, 0, 0, 0, 0, time.UTC)
				if d > pub.Day() {
					at = time.Date(pub.Year(), pub.Month()-1, d, 0, 0, 0, 0, time.UTC)
				}
				if at.Day() == d {
					better(dateFound{date: at.Format("2006-01-02"), precision: "day", rule: "date-day-of-month", tokStart: i + 1, tokEnd: i + 2})
				}
			}
		default:
			if wd, ok := weekdays[t.lower]; ok && t.upper {
				k := i + 1
				if k < to && toks[k].punct == ',' {
					k++
				}
				if _, j, ok := month(k); ok {
					if _, ok := num(j); ok {
						continue // "on Tuesday, September 1, 2026": the date that follows
					}
				}
				if _, ok := num(k); ok {
					if _, _, ok := month(k + 1); ok {
						continue // "on Tuesday, 1 September 2026"
					}
				}
				// The most recent such weekday on or before publication:
				// news reports what happened "on Tuesday" of this week.
				back := (int(pub.Weekday()) - int(wd) + 7) % 7
				better(dateFound{date: pub.AddDate(0, 0, -back).Format("2006-01-02"), precision: "day", rule: "date-weekday", tokStart: i, tokEnd: i + 1})
			} else if y, ok := num(i); ok && isYear(y) && i > from && (toks[i-1].lower == "in" || toks[i-1].lower == "of") {
				better(dateFound{date: fmt.Sprintf("%04d", y), precision: "year", rule: "date-year", tokStart: i, tokEnd: i + 1})
			}
		}
	}
	return best, found
}

// futureIn reports whether the dozen tokens before i, from from on, hold a
// modal of the future: "the committee will convene on the 25th".
func futureIn(toks []token, from, i int) bool {
	for k := max(from, i-12); k < i; k++ {
		if w := toks[k].lower; w == "will" || w == "shall" || w == "would" {
			return true
		}
	}
	return false
}

// ordinalDay reads a day of the month written as an ordinal at token i:
// "15th", "1st", "22nd", "3rd".
func ordinalDay(toks []token, i, to int) (int, bool) {
	if i >= to || !toks[i].isWord() {
		return 0, false
	}
	w := toks[i].lower
	if len(w) < 3 || len(w) > 4 {
		return 0, false
	}
	digits, suffix := w[:len(w)-2], w[len(w)-2:]
	if suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// dayParts after "this" name a part of the day of publication.
var dayParts = wordSet(`morning afternoon evening`)

func ymd(y int, m time.Month, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d) }

// yearless dates a "Feb 2" on the publication year, or the year before when
// that would put it more than a week after publication (a January article
// about "Dec 30").
func yearless(pub time.Time, m time.Month, d int) string {
	t := time.Date(pub.Year(), m, d, 0, 0, 0, 0, time.UTC)
	if t.Sub(pub) > 7*24*time.Hour {
		t = t.AddDate(-1, 0, 0)
	}
	return t.Format("2006-01-02")
}

// parseDate reads the first date in s, anchored on the publication date
// published (YYYY-MM-DD or ""). It returns "" when s holds no date.
func parseDate(s, published string) (date, precision string) {
	toks := tokenize(s)
	pub, ok := parsePublished(published)
	d, found := findDate(s, toks, 0, len(toks), pub, ok)
	if !found {
		return "", ""
	}
	return d.date, d.precision
}

// datelinePublished dates a document that comes without a publication
// date by the full date of its dateline ("TASHKENT, 14 November 2023 –"),
// which relative dates ("today", "on Monday") are then read against.
func (d *docState) datelinePublished() {
	if d.hasPb {
		return
	}
	for si := 0; si < len(d.sents) && si < 3; si++ {
		dl := d.datelineEnd(si)
		if dl == d.sents[si].tokStart {
			continue
		}
		if df, ok := findDate(d.text, d.toks, d.sents[si].tokStart, dl, d.pub, false); ok && df.rule == "date-explicit" {
			if t, err := time.Parse("2006-01-02", df.date); err == nil {
				d.pub, d.hasPb = t, true
			}
		}
		return
	}
}

// creditedDateline returns the token after a dateline that names a place
// the gazetteer may not know, in words with capitals (and particles), then
// a comma, a date and an agency's credit in brackets, closed by ".-", a
// dash or a colon: "Santa Cruz de la Sierra, May 21 (ABI).- Bolivia ...".
// It returns i when the tokens from i are no such dateline.
func (d *docState) creditedDateline(i, end int) int {
	k := i
	for k < end && k-i < 8 && (d.toks[k].isWord() && (d.toks[k].upper || placeParticles.at(d.toks[k].wid))) {
		k++
	}
	if k == i || k >= end || d.toks[k].punct != ',' {
		return i
	}
	open := -1
	for j := k + 1; j < end && j-k < 6; j++ {
		if d.toks[j].punct == '(' {
			open = j
			break
		}
	}
	if open < 0 {
		return i
	}
	df, found := findDate(d.text, d.toks, k+1, open, d.pub, d.hasPb)
	if !found || df.tokStart != k+1 || df.tokEnd != open {
		return i
	}
	j := open + 1
	for j < end && j-open < 6 && d.toks[j].punct != ')' {
		if !d.toks[j].isWord() || !d.toks[j].upper {
			return i
		}
		j++
	}
	if j >= end || d.toks[j].punct != ')' {
		return i
	}
	j++
	if j < end && d.toks[j].punct == '.' {
		j++
	}
	if j < end && (d.toks[j].isHyphen() || isDash(d.toks[j].punct) || d.toks[j].punct == ':') {
		j++
	}
	if j >= end || !d.toks[j].isWord() || !d.toks[j].upper {
		return i
	}
	return j
}

// placeParticles are the lower-case words inside the names of places:
// "Santa Cruz de la Sierra", "Rio de Janeiro".
var placeParticles = wordSet(`de la del do da dos das el al`)

// datelineEnd returns the token after the dateline that opens sentence si
// ("HANOI, May 3 (Reuters) -", "JAKARTA, 7 August 2024 –"), or the
// sentence's first token when there is none. The dateline dates the report,
// not the events it tells: "... met in Hanoi on Tuesday" is the day before.
func (d *docState) datelineEnd(si int) int {
	s := d.sents[si]
	i := s.tokStart
	for i < s.tokEnd && i-s.tokStart < 2 && (d.toks[i].punct == '*' || d.toks[i].punct == '_') {
		i++ // Markdown emphasis: "**Jakarta, 16 April 2025** –"
	}
	if i < s.tokEnd && (isDigitWord(d.toks[i].lower) || d.toks[i].upper && months[d.toks[i].lower] > 0) {
		// "13 February 2025 – The Philippines and Mongolia held ...": a
		// date and a spaced dash open the text; so do a date and a place
		// ("*22 July 2026, Apia, Samoa* –").
		place := false
		for k := i + 1; k < s.tokEnd && k-i < 12; k++ {
			t := &d.toks[k]
			if (t.isHyphen() || isDash(t.punct)) && (d.toks[k-1].end < t.start || d.toks[k-1].punct == '*' || d.toks[k-1].punct == '_') && k+1 < s.tokEnd {
				return k + 1
			}
			if t.isWord() && !isDigitWord(t.lower) && months[t.lower] == 0 {
				if !t.upper || !place && d.toks[k-1].punct != ',' {
					break
				}
				place = true // "Apia", "Samoa"
			}
			if !t.isWord() && t.punct != ',' && t.punct != '*' && t.punct != '_' && t.punct != '.' && !t.isHyphen() && !isDash(t.punct) {
				break
			}
		}
	}
	if i >= s.tokEnd || !d.toks[i].upper {
		return s.tokStart
	}
	if e := d.creditedDateline(i, s.tokEnd); e > i {
		return e
	}
	if !d.toks[i].allCaps {
		// "Addis Ababa, Ethiopia, 21 November 2023 –": a dateline in
		// title case opens with a city and a comma.
		g, ok := d.gzOf(i)
		if !ok || g.start != i || (g.e.kind != entCapital && g.e.kind != entCity) || g.end+1 >= s.tokEnd {
			return s.tokStart
		}
		if t := &d.toks[g.end]; (t.isHyphen() || isDash(t.punct)) && d.toks[g.end-1].end < t.start && t.end < d.toks[g.end+1].start {
			return g.end + 1 // "Rabat - Minister ...": the city and a spaced dash
		}
		if d.toks[g.end].punct != ',' {
			return s.tokStart
		}
	}
	for k := i + 1; k < s.tokEnd && k-i < 16; k++ {
		t := &d.toks[k]
		switch {
		case t.isHyphen() || isDash(t.punct):
			if k > i+1 && k+1 < s.tokEnd && d.toks[k-1].end < t.start {
				return k + 1 // a spaced dash, not "Ho-Chi"
			}
			if k > i+1 && k+1 < s.tokEnd && d.toks[k-1].punct == ')' {
				return k + 1
			}
		case t.punct == ')' && k > i+2 && k+2 < s.tokEnd && d.toks[k+1].punct == ':' && d.toks[k+2].isWord() && d.toks[k+2].upper:
			// "ISLAMABAD, Nov 6 (APP): Speaker ...": the credit and a colon.
			if _, found := findDate(d.text, d.toks, i, k, d.pub, d.hasPb); found {
				return k + 2
			}
		case t.punct == ')' && k > i+2 && k+1 < s.tokEnd && d.toks[k+1].isWord() && d.toks[k+1].upper && !d.toks[k+1].newlineBefore:
			// "Havana, Dec 10 (Prensa Latina) Cuban Foreign Minister ...":
			// the agency's credit closes the dateline, with no dash.
			if _, found := findDate(d.text, d.toks, i, k, d.pub, d.hasPb); found {
				return k + 1
			}
		case t.isWord() && !t.upper && !isDigitWord(t.lower):
			return s.tokStart // lower-case words: a sentence, not a dateline
		}
	}
	return s.tokStart
}
