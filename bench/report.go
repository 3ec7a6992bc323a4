package bench

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// Env describes where and when the benchmark ran.
type Env struct {
	Date, Machine, CPU string
	Cores              int
	MemoryGiB          float64
	Versions           [][2]string // name, version
	Preset             string
	Corpus             string // what the corpus holds
	Command            string
	Notes              []string
}

// Report is everything one run measured.
type Report struct {
	Env    Env
	API    *APIReport
	Loader []LoadRun
}

// WriteMarkdown writes docs/benchmarks.md; chart is the SVG's file name,
// relative to the Markdown file.
func (rep *Report) WriteMarkdown(w io.Writer, chart string) {
	e := rep.Env
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("# Benchmarks\n\n")
	p("Written by `scripts/bench` (%s) on %s. Absolute times vary on shared machines; the ratios, measured in one run on one machine, are what to quote.\n\n", e.Command, e.Date)
	p("| | |\n| --- | --- |\n")
	p("| machine | %s |\n| CPU | %s, %d cores |\n| memory | %.0f GiB |\n", e.Machine, e.CPU, e.Cores, e.MemoryGiB)
	for _, v := range e.Versions {
		p("| %s | %s |\n", v[0], v[1])
	}
	p("| corpus | preset `%s`: %s |\n\n", e.Preset, e.Corpus)
	for _, n := range e.Notes {
		p("> %s\n\n", n)
	}
	if a := rep.API; a != nil {
		rep.writeAPI(w, chart)
	}
	if len(rep.Loader) > 0 {
		rep.writeLoader(w)
	}
	p("## How it is measured\n\n")
	p(`- **Systems.** *ours*: ` + "`actorgraph serve`" + ` (its production handler: logging, metrics, timeouts; rate and cost limits off). *neo4j-graphql*: @neo4j/graphql on Node.js, ` + "`bench/peers/neo4j-graphql/`" + ` (type definitions for our graph in ` + "`typeDefs.graphql`" + `, a plain ` + "`node:http`" + ` server with a parsed-query cache; co-attendees, the graph view and shortest paths, which it cannot express from relationships, are ` + "`@cypher`" + ` fields holding the floor's statements). *floor*: the hand-written statement of each query (` + "`bench/queries/*.cypher`" + `) run by the Go driver in a read transaction, no HTTP and no GraphQL.
- **Same data, same answers.** All three read the same Neo4j, loaded by our loader from the corpus's ground truth. Before anything is timed, every case of every query is asked of the three, and the answers, reduced to a canonical form (IDs, names, roles, dates, counts; lists that the API does not order sorted), are compared with the floor's.
- **Load.** A closed loop in Go (` + "`bench/load.go`" + `): N workers each send a request as soon as the previous one is answered, cycling over the cases, for the stated duration after a warm-up. Latency is measured per request at the client; p50/p95/p99 are nearest-rank quantiles of the successful requests.
- **Round trips.** In a separate pass, each system is pointed at a TCP proxy in front of Neo4j's Bolt port (` + "`BoltCounter`" + ` in ` + "`bench/load.go`" + `) that counts the RUN messages clients send; each is one Cypher statement, one round trip to Neo4j. The column is RUN messages per request, averaged over the cases. The timing pass does not go through the proxy.
- **Loader.** *extract*: read and extract the text documents, write nothing. *write*: load the ground truth (our JSON format, no extraction) with ` + "`loader.Loader`" + `, one transaction per document, several documents at once (the writers column; documents that may name the same people wait for each other), provenance and entity resolution included. *whole*: read, extract and write the text documents. *limit*: the same ground truth written by the best batched script we could write (` + "`WriteLimit`" + ` in ` + "`bench/limit.go`" + `: the whole truth merged in memory, then ` + "`UNWIND $rows MERGE`" + ` in batches of 10,000 rows per label and relationship type; no per-document provenance), into an empty database each time. Before the timed runs that write, the server is warmed by an untimed limit, an untimed write of the corpus and another untimed limit: on a server just started, the same writes run several times slower. Facts: entities and relations of the extractions (` + "`Facts`" + ` in ` + "`bench/loader.go`" + `). Peak memory: the maximum resident set of the process that ran the load (getrusage).
`)
}

func (rep *Report) writeAPI(w io.Writer, chart string) {
	a := rep.API
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## API\n\n")
	p("The query mix of a dashboard (GraphQL texts in `bench/mix.go`, hand-written Cypher in `bench/queries/`), timed for %s per query, system and concurrency.\n\n", a.Duration)
	if len(a.Differences) == 0 {
		p("**Equivalence:** the three systems returned the same data for all %d cases.\n\n", a.Cases)
	} else {
		p("**Equivalence:** %d differences over %d cases:\n\n", len(a.Differences), a.Cases)
		for _, d := range a.Differences {
			p("- `%s` %v, %s: %s\n", d.Query, d.Case, d.System, firstNonEmpty(d.Err, "answers differ"))
		}
		p("\n")
	}
	p("### Goals\n\n")
	p("| query | nested | ours p50 / floor p50 (c=%s) | ours / neo4j-graphql req/s (c=%s) | round trips: ours | neo4j-graphql | floor |\n| --- | --- | --- | --- | --- | --- | --- |\n",
		joinInts(a.Concurrency, ", "), joinInts(a.Concurrency, ", "))
	for _, q := range Mix {
		var lat, thr []string
		for i := range a.Concurrency {
			s := a.Summary(i)[q.Name]
			lat = append(lat, ratioCell(s[0], s[0] <= 1.3))
			thr = append(thr, ratioCell(s[1], !q.Nested || s[1] >= 2))
		}
		nested := ""
		if q.Nested {
			nested = "yes"
		}
		rt := a.RoundTrips
		p("| %s | %s | %s | %s | %s | %g | %g |\n", q.Title, nested, strings.Join(lat, ", "), strings.Join(thr, ", "),
			mark(fmt.Sprintf("%g", rt[Ours][q.Name]), rt[Ours][q.Name] == 1), rt[Peer][q.Name], rt[Floor][q.Name])
	}
	p("\nGoals: ours p50 within 1.3x of the floor; throughput at least 2x that of @neo4j/graphql on the nested queries; one Cypher round trip per request. A cell marked ✗ misses its goal; a cell marked – has no ratio, because one of the two systems finished no request within the timed window (each took longer than the window).\n\n")
	if chart != "" {
		p("![p50 latency per query and system](%s)\n\n", chart)
	}
	for i, c := range a.Concurrency {
		p("### Concurrency %d\n\n", c)
		p("| query | system | req/s | p50 ms | p95 ms | p99 ms | errors |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n")
		for _, q := range Mix {
			for _, sys := range Systems {
				rs := a.Results[q.Name][sys]
				if i >= len(rs) {
					continue
				}
				r := rs[i]
				p("| %s | %s | %.1f | %.2f | %.2f | %.2f | %d |\n", q.Name, sys, r.RPS, ms(r.P50), ms(r.P95), ms(r.P99), r.Errors)
			}
		}
		p("\n")
	}
}

func (rep *Report) writeLoader(w io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Loader\n\n")
	p("| run | workers | writers | documents | facts | seconds | documents/s | facts/s | peak RSS MiB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	var limit, whole, write LoadRun
	var ex1, exN LoadRun
	full := 0
	for _, r := range rep.Loader {
		full = max(full, r.Documents)
	}
	for _, r := range rep.Loader {
		rss := "-"
		if r.MaxRSSKiB > 0 {
			rss = fmt.Sprintf("%.0f", float64(r.MaxRSSKiB)/1024)
		}
		writers := "-"
		if r.Writers > 0 {
			writers = fmt.Sprint(r.Writers)
		}
		p("| %s | %d | %s | %d | %d | %.1f | %.1f | %.0f | %s |\n", r.Mode, r.Workers, writers, r.Documents, r.Facts, r.Elapsed.Seconds(), r.DocsPerSec(), r.FactsPerSec(), rss)
		if r.Documents != full {
			continue
		}
		switch {
		case r.Mode == "limit":
			limit = r
		case r.Mode == "whole":
			whole = r
		case r.Mode == "write":
			write = r
		case r.Mode == "extract" && r.Workers == 1:
			ex1 = r
		case r.Mode == "extract":
			exN = r
		}
	}
	p("\n")
	for _, r := range rep.Loader {
		if r.Refused > 0 {
			p("- %s refused %d documents (%s).\n", r.Mode, r.Refused, r.FirstRefusal)
			break
		}
	}
	if limit.Documents > 0 && whole.Documents > 0 {
		p("- Whole path at **%.0f%%** of the write limit in documents/s (goal: 50%% or more); writing alone at %.0f%%.\n",
			100*whole.DocsPerSec()/limit.DocsPerSec(), 100*write.DocsPerSec()/limit.DocsPerSec())
	}
	for _, r := range []LoadRun{whole, write} {
		if len(r.Tenths) == 10 {
			var ts []string
			for _, t := range r.Tenths {
				ts = append(ts, fmt.Sprintf("%.1f", t))
			}
			p("- As the graph grows (%s, %d documents): documents/s over each tenth of the run, in load order: %s; the last tenth at %.0f%% of the first.\n",
				r.Mode, r.Documents, strings.Join(ts, ", "), 100*r.Tenths[9]/r.Tenths[0])
		}
	}
	if ex1.Documents > 0 && exN.Documents > 0 {
		p("- Parallel extraction: %d workers extract %.2fx as fast as 1.\n", exN.Workers, exN.DocsPerSec()/ex1.DocsPerSec())
	}
	var parts []string
	for _, r := range rep.Loader {
		if r.MaxRSSKiB > 0 && (r.Mode == "whole" || r.Mode == "extract") {
			parts = append(parts, fmt.Sprintf("%s, %d workers, %d documents: %.0f MiB", r.Mode, r.Workers, r.Documents, float64(r.MaxRSSKiB)/1024))
		}
	}
	if len(parts) > 0 {
		p("- Peak resident memory as the corpus grows: %s.\n", strings.Join(parts, "; "))
	}
	p("\n")
}

func mark(s string, ok bool) string {
	if ok {
		return s
	}
	return s + " ✗"
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func joinInts(xs []int, sep string) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return strings.Join(s, sep)
}

// WriteChart writes an SVG of the p50 latency of each query for the three
// systems at concurrency index i, on a logarithmic scale (the systems
// differ by orders of magnitude on some queries).
func (a *APIReport) WriteChart(w io.Writer, i int) {
	colors := map[string]string{Ours: "#1f77b4", Peer: "#d62728", Floor: "#7f7f7f"}
	const left, barH, gap, width = 270, 12, 14, 900
	plotW := float64(width - left - 80)
	lo, hi := math.Inf(1), 0.0
	for _, q := range Mix {
		for _, sys := range Systems {
			if rs := a.Results[q.Name][sys]; i < len(rs) && rs[i].P50 > 0 {
				v := ms(rs[i].P50)
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if hi == 0 {
		return
	}
	lmin, lmax := math.Floor(math.Log10(lo)), math.Ceil(math.Log10(hi))
	if lmax == lmin {
		lmax++
	}
	x := func(v float64) float64 { return left + plotW*(math.Log10(v)-lmin)/(lmax-lmin) }
	groupH := len(Systems)*barH + gap
	height := 60 + len(Mix)*groupH + 40
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", width, height)
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(w, `<text x="%d" y="20" font-size="14" font-weight="bold">p50 latency per query, concurrency %d (ms, log scale)</text>`+"\n", left, a.Concurrency[i])
	for j, sys := range Systems {
		fmt.Fprintf(w, `<rect x="%d" y="30" width="12" height="12" fill="%s"/><text x="%d" y="40">%s</text>`+"\n", left+j*150, colors[sys], left+j*150+16, sys)
	}
	top := 55
	for e := lmin; e <= lmax; e++ {
		xv := x(math.Pow(10, e))
		fmt.Fprintf(w, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle">%g</text>`+"\n",
			xv, top, xv, height-30, xv, height-15, math.Pow(10, e))
	}
	for k, q := range Mix {
		y := top + k*groupH
		fmt.Fprintf(w, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", left-8, y+len(Systems)*barH/2+4, q.Title)
		for j, sys := range Systems {
			rs := a.Results[q.Name][sys]
			if i >= len(rs) || rs[i].P50 <= 0 {
				continue
			}
			v := ms(rs[i].P50)
			x0 := x(math.Pow(10, lmin))
			fmt.Fprintf(w, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/><text x="%.1f" y="%d" font-size="10">%.2f</text>`+"\n",
				x0, y+j*barH, math.Max(1, x(v)-x0), barH-2, colors[sys], x(v)+4, y+j*barH+barH-3, v)
		}
	}
	fmt.Fprintln(w, `</svg>`)
}

// Now is the report's date.
func Now() string { return time.Now().UTC().Format("2006-01-02 15:04 UTC") }

// ratioCell writes a ratio of the goals table, marked when it misses its
// goal, or – when there is none (NaN).
func ratioCell(r float64, ok bool) string {
	if math.IsNaN(r) {
		return "–"
	}
	return mark(fmt.Sprintf("%.2fx", r), ok)
}
