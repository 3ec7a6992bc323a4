// Command bench runs the project's benchmarks and writes docs/benchmarks.md:
// the API against @neo4j/graphql and the hand-written Cypher, and the
// loader against the write limit. scripts/bench provisions what it needs
// (its own Neo4j, the peer's node_modules, our binary) and runs it.
//
//	go run ./bench/cmd/bench --preset small --actorgraph bin/actorgraph
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/bench/gen"
	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/loader"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "loadrun" {
		loadrun(os.Args[2:])
		return
	}
	preset := flag.String("preset", "medium", "corpus preset: small, medium (large is not supported here)")
	work := flag.String("work", ".cache/bench", "folder for the corpus, logs and raw results")
	out := flag.String("out", "docs/benchmarks.md", "the report to write (the chart is written beside it)")
	actorgraph := flag.String("actorgraph", "bin/actorgraph", "our binary (go build -o bin/actorgraph ./cmd/actorgraph)")
	peerDir := flag.String("peer", "bench/peers/neo4j-graphql", "the @neo4j/graphql peer, with node_modules installed (npm ci)")
	dur := flag.Duration("duration", 10*time.Second, "timed duration per query, system and concurrency")
	warm := flag.Duration("warmup", 2*time.Second, "warm-up before each timed run")
	concs := flag.String("concurrency", "1,8,32", "concurrency levels")
	skipLoader := flag.Bool("skip-loader", false, "skip the loader benchmark (the graph must be loaded already)")
	skipAPI := flag.Bool("skip-api", false, "skip the API benchmark")
	loadLimit := flag.Bool("load-limit", false, "before the API benchmark, empty the database and load the corpus's ground truth with the write-limit script "+
		"(batched UNWIND ... MERGE, no per-document provenance) rather than leave what the loader wrote: for corpora the loader takes too long over")
	writers := flag.Int("writers", loader.DefaultWriters, "documents the loader writes at once (write and whole runs)")
	loaderDocs := flag.Int("loader-docs", 0, "the loader benchmark's documents: the first N of the corpus (0: all of it); "+
		"the medium corpus takes the loader hours, and its first 5,000 documents already show how loading slows as the graph grows")
	note := flag.String("note", "", "a note to print at the top of the report")
	reportFrom := flag.String("report-from", "", "write the report (--out) again from the raw results of an earlier run (.cache/bench/results-PRESET.json), running nothing")
	flag.Parse()
	log.SetFlags(log.Ltime)
	if *reportFrom != "" {
		if err := rewrite(*reportFrom, *out); err != nil {
			log.Fatal(err)
		}
		return
	}
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	if err := run(ctx, *preset, *work, *out, *actorgraph, *peerDir, *dur, *warm, *concs, *skipLoader, *skipAPI, *loadLimit, *loaderDocs, *writers, *note); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, presetName, work, out, actorgraph, peerDir string, dur, warm time.Duration, concs string,
	skipLoader, skipAPI, loadLimit bool, loaderDocs, writers int, note string) error {
	preset, err := gen.PresetByName(presetName)
	if err != nil {
		return err
	}
	var levels []int
	for _, s := range strings.Split(concs, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("bad concurrency %q", s)
		}
		levels = append(levels, n)
	}
	cfg := store.ConfigFromEnv()
	env := bench.Neo4jEnv{URI: cfg.URI, User: cfg.Username, Password: cfg.Password, Database: cfg.Database}
	corpus := filepath.Join(work, preset.Name)
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	var st gen.Stats
	if docs, _ := bench.Files(filepath.Join(corpus, "docs"), ".txt", 0); len(docs) == 0 {
		log.Printf("generating the %s corpus in %s", preset.Name, corpus)
		if st, err = gen.WriteDir(preset, 1, corpus); err != nil {
			return err
		}
	}
	docs, err := bench.Files(filepath.Join(corpus, "docs"), ".txt", 0)
	if err != nil {
		return err
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	// Opening the store creates the constraints and indexes.
	s, err := store.Open(ctx, cfg)
	if err != nil {
		return err
	}
	s.Close(ctx)

	rep := &bench.Report{}
	if !skipLoader {
		n := len(docs)
		if loaderDocs > 0 && loaderDocs < n {
			n = loaderDocs
			note = strings.TrimSpace(note + fmt.Sprintf(" The loader ran on the first %d of the corpus's %d documents (--loader-docs).", n, len(docs)))
		}
		if rep.Loader, err = runLoader(ctx, d, cfg, corpus, n, writers); err != nil {
			return err
		}
	}
	if loadLimit && !skipAPI {
		log.Printf("api: emptying the database and loading the %s corpus with the write-limit script", preset.Name)
		if err := bench.Wipe(ctx, d, cfg.Database); err != nil {
			return err
		}
		r, err := bench.WriteLimit(ctx, d, cfg.Database, corpus, 0)
		if err != nil {
			return fmt.Errorf("load-limit: %w", err)
		}
		log.Printf("api: loaded %d documents, %d facts in %.1fs", r.Documents, r.Facts, r.Elapsed.Seconds())
		note = strings.TrimSpace(note + fmt.Sprintf(" The API ran on the corpus's ground truth written by the write-limit script (--load-limit: %d documents in %.0fs), not by the loader: the same data for the three systems, without the loader's per-document provenance.", r.Documents, r.Elapsed.Seconds()))
	}
	if !skipAPI {
		rep.API, err = bench.RunAPI(ctx, bench.APIConfig{Neo4j: env, Actorgraph: actorgraph, PeerDir: peerDir, WorkDir: work,
			Concurrency: levels, Warmup: warm, Duration: dur})
		if err != nil {
			return err
		}
	}
	rep.Env = environment(preset, len(docs), st, d, cfg.Database, peerDir)
	rep.Env.Command = command(preset.Name)
	if note != "" {
		rep.Env.Notes = append(rep.Env.Notes, note)
	}
	raw, _ := json.MarshalIndent(rep, "", "  ")
	if err := os.WriteFile(filepath.Join(work, "results-"+preset.Name+".json"), raw, 0o644); err != nil {
		return err
	}
	return writeReport(rep, out)
}

// writeReport writes the report to out and its chart beside it.
func writeReport(rep *bench.Report, out string) error {
	chart := ""
	if rep.API != nil {
		// beside the report, named after it (benchmarks.md: benchmarks-latency.svg)
		chart = strings.TrimSuffix(filepath.Base(out), ".md") + "-latency.svg"
		f, err := os.Create(filepath.Join(filepath.Dir(out), chart))
		if err != nil {
			return err
		}
		rep.API.WriteChart(f, 0)
		if err := f.Close(); err != nil {
			return err
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	rep.WriteMarkdown(f, chart)
	if err := f.Close(); err != nil {
		return err
	}
	log.Printf("wrote %s", out)
	return nil
}

// runLoader measures extraction (1 and all workers, a quarter and all of
// the corpus), then, after an untimed warm-up of the server, the write
// limit, the whole path (a quarter and all) and writing alone, each load
// into an empty database; it ends with the ground
// truth loaded by our loader, which the API benchmark reads.
func runLoader(ctx context.Context, d neo4j.DriverWithContext, cfg store.Config, corpus string, n, writers int) ([]bench.LoadRun, error) {
	var runs []bench.LoadRun
	cores := runtime.NumCPU()
	quarter := max(1, n/4)
	type step struct {
		mode                    string
		limit, workers, writers int
		wipe                    bool
		warmup                  bool // run, not reported
	}
	// The first writes after Neo4j starts run several times slower than
	// the same writes later (its JIT, its caches): a limit timed on a
	// fresh server read 370 documents/s of the small corpus, the same
	// limit after a warm-up 650; after an untimed limit and a quarter of
	// the corpus written, the server was still cold (a limit at 387, the
	// loader at 30 documents/s). Both writers are warmed on the whole
	// corpus before anything that writes is timed.
	steps := []step{
		{"extract", n, 1, 0, false, false}, {"extract", quarter, cores, 0, false, false}, {"extract", n, cores, 0, false, false},
		{"limit", n, 1, 0, true, true}, {"write", n, cores, writers, true, true}, {"limit", n, 1, 0, true, true},
		{"limit", n, 1, 0, true, false},
		{"whole", quarter, cores, writers, true, false}, {"whole", n, cores, writers, true, false},
		{"write", n, cores, writers, true, false},
	}
	for _, s := range steps {
		if s.wipe {
			log.Printf("loader: emptying the database")
			if err := bench.Wipe(ctx, d, cfg.Database); err != nil {
				return runs, err
			}
		}
		what := ""
		if s.warmup {
			what = " (warm-up, not reported)"
		}
		log.Printf("loader: %s, %d workers, %d writers, %d documents%s", s.mode, s.workers, s.writers, s.limit, what)
		var r bench.LoadRun
		var err error
		if s.mode == "limit" {
			r, err = bench.WriteLimit(ctx, d, cfg.Database, corpus, s.limit)
		} else {
			r, err = loadInChild(ctx, s.mode, corpus, s.limit, s.workers, s.writers)
		}
		if err != nil {
			return runs, fmt.Errorf("loader %s: %w", s.mode, err)
		}
		log.Printf("loader: %s: %d documents, %d facts in %.1fs: %.1f documents/s, %.0f facts/s, peak RSS %d KiB%s",
			r.Mode, r.Documents, r.Facts, r.Elapsed.Seconds(), r.DocsPerSec(), r.FactsPerSec(), r.MaxRSSKiB, what)
		if !s.warmup {
			runs = append(runs, r)
		}
	}
	return runs, nil
}

// loadInChild runs one load in a child process (this binary, loadrun), so
// that its peak resident memory is its own.
func loadInChild(ctx context.Context, mode, corpus string, limit, workers, writers int) (bench.LoadRun, error) {
	self, err := os.Executable()
	if err != nil {
		return bench.LoadRun{}, err
	}
	cmd := exec.CommandContext(ctx, self, "loadrun", mode, corpus, strconv.Itoa(limit), strconv.Itoa(workers), strconv.Itoa(writers))
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return bench.LoadRun{}, err
	}
	var r bench.LoadRun
	if err := json.Unmarshal(b, &r); err != nil {
		return r, err
	}
	return r, nil
}

func loadrun(args []string) {
	if len(args) != 5 {
		log.Fatal("usage: bench loadrun MODE CORPUS LIMIT WORKERS WRITERS")
	}
	limit, _ := strconv.Atoi(args[2])
	workers, _ := strconv.Atoi(args[3])
	writers, _ := strconv.Atoi(args[4])
	r, err := bench.LoadOnce(context.Background(), args[0], args[1], limit, workers, writers, store.ConfigFromEnv())
	if err != nil {
		log.Fatal(err)
	}
	// VmHWM is this process's own peak: the rusage of a child counts the
	// parent's resident set at fork, inherited across exec.
	r.MaxRSSKiB = peakRSS()
	json.NewEncoder(os.Stdout).Encode(r)
}

// peakRSS reads the process's peak resident set (VmHWM), in KiB.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			n, _ := strconv.ParseInt(strings.Fields(l)[1], 10, 64)
			return n
		}
	}
	return 0
}

func environment(p gen.Preset, ndocs int, st gen.Stats, d neo4j.DriverWithContext, db, peerDir string) bench.Env {
	e := bench.Env{Date: bench.Now(), Cores: runtime.NumCPU(), Preset: p.Name}
	host, _ := os.Hostname()
	e.Machine = fmt.Sprintf("%s (%s/%s)", host, runtime.GOOS, runtime.GOARCH)
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				e.CPU = strings.TrimSpace(strings.SplitN(l, ":", 2)[1])
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb float64
		fmt.Sscanf(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[0], "MemTotal:"), "%f", &kb)
		e.MemoryGiB = kb / (1 << 20)
	}
	e.Corpus = fmt.Sprintf("%d documents, %d meetings, %d persons, %d organisations", ndocs, p.Meetings, p.Persons, p.Organisations)
	if st.Documents > 0 {
		e.Corpus += fmt.Sprintf(", %d attendances, %d statements, %.0f MB of text", st.Attendances, st.Statements, float64(st.TextBytes)/1e6)
	}
	e.Versions = append(e.Versions, [2]string{"Go", runtime.Version()})
	if res, err := neo4j.ExecuteQuery(context.Background(), d, "CALL dbms.components() YIELD name, versions, edition RETURN name + ' ' + versions[0] + ' ' + edition",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err == nil && len(res.Records) > 0 {
		e.Versions = append(e.Versions, [2]string{"Neo4j", fmt.Sprint(res.Records[0].Values[0])})
	}
	if b, err := exec.Command("node", "--version").Output(); err == nil {
		e.Versions = append(e.Versions, [2]string{"Node.js", strings.TrimSpace(string(b))})
	}
	for _, pkg := range []string{"@neo4j/graphql", "neo4j-driver", "graphql"} {
		var pj struct{ Version string }
		if b, err := os.ReadFile(filepath.Join(peerDir, "node_modules", pkg, "package.json")); err == nil && json.Unmarshal(b, &pj) == nil {
			e.Versions = append(e.Versions, [2]string{pkg + " (npm)", pj.Version})
		}
	}
	if b, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/neo4j/neo4j-go-driver/v5").Output(); err == nil {
		e.Versions = append(e.Versions, [2]string{"neo4j-go-driver", strings.TrimSpace(string(b))})
	}
	return e
}

// command is the scripts/bench command line of this run: the flags the
// user gave (not those scripts/bench adds itself).
func command(preset string) string {
	args := []string{"scripts/bench", "--preset", preset}
	flag.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "preset", "work", "actorgraph", "peer", "out":
			return
		}
		if f.Value.String() == "true" {
			args = append(args, "--"+f.Name)
		} else {
			args = append(args, "--"+f.Name, f.Value.String())
		}
	})
	return strings.Join(args, " ")
}

// rewrite writes the report of the raw results in file to out.
func rewrite(file, out string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var rep bench.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return writeReport(&rep, out)
}
