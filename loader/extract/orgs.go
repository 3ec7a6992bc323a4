package extract

import "strings"

// orgHeads end the name of a body ("National Development and Reform
// Commission", "Gender Policy Council", "Northern Illinois University").
var orgHeads = wordSet(`organisation organization council commission committee ministry union bank fund forum
association agency corporation company university institute party assembly parliament secretariat
department bureau centre center academy authority`)

// headedOrgs marks the capitalised names that end with a body's head word
// and that the gazetteer does not know as local organisations. The name
// needs two capitalised words or more besides determiners and connectors;
// it never crosses a country, a known name or a line break.
func (d *docState) headedOrgs() {
	added := false
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.isWord() || !t.upper || t.allCaps || !orgHeads[t.lower] || d.gzAt[i] >= 0 || d.kpAt[i] >= 0 {
			continue
		}
		start := i
		caps := 1
		drop := -1
		for k := i - 1; k >= 0 && i-k < 8; k-- {
			w := &d.toks[k]
			if d.toks[k+1].newlineBefore || d.kpAt[k] >= 0 {
				break
			}
			if g := d.gzAt[k]; g >= 0 {
				// A place or body that names the body ("Beijing Foreign
				// Studies University", "SCO Heads of State Council").
				m := d.gz[g]
				if m.end == k+1 && start < i && caps >= 2 && d.toks[k+1].upper && (m.e.kind == entCapital || m.e.kind == entOrg || (m.e.kind == entCountry && d.toks[m.start].allCaps == false && !strings.HasSuffix(d.toks[k].lower, "s"))) {
					start, drop = m.start, int(g)
					caps++
				}
				break
			}
			if w.isWord() && w.upper && !w.allCaps && !stopFirst[w.lower] && months[w.lower] == 0 && !honorifics[w.lower] {
				if _, wd := weekdays[w.lower]; wd {
					break
				}
				start = k
				caps++
				continue
			}
			if w.isWord() && (w.lower == "and" || w.lower == "of" || w.lower == "for") && k > 0 && d.toks[k-1].isWord() && d.toks[k-1].upper {
				continue
			}
			break
		}
		if caps < 3 || start == i || d.toks[start].sent != t.sent || d.isTitleTok(start) {
			continue
		}
		if t2 := &d.toks[start]; start == d.sents[t2.sent].tokStart && caps < 3 {
			continue
		}
		d.localOr = append(d.localOr, localOrg{name: d.phrase(start, i+1), kind: orgSuffixes[t.lower]})
		m := gzMatch{start: start, end: i + 1, e: entry{kind: entOrg, idx: -1 - (len(d.localOr) - 1)}}
		if drop >= 0 {
			d.gz[drop] = m
			for k := start; k <= i; k++ {
				d.gzAt[k] = int32(drop)
			}
			added = true
			continue
		}
		d.gz = append(d.gz, m)
		for k := start; k <= i; k++ {
			d.gzAt[k] = int32(len(d.gz) - 1)
		}
		added = true
	}
	if added {
		sortGz(d)
	}
}
