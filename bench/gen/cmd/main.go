// Command gen writes a synthetic corpus: gen -preset small -seed 1 -out DIR.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/bench/gen"
)

func main() {
	preset := flag.String("preset", "small", "small, medium or large")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "", "output directory (docs/ and truth/)")
	flag.Parse()
	p, err := gen.PresetByName(*preset)
	if err == nil && *out == "" {
		err = fmt.Errorf("gen: -out is required")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	start := time.Now()
	st, err := gen.WriteDir(p, *seed, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d documents, %d meetings, %d attendances, %d statements, %d bytes of text, %d bytes of truth in %v\n",
		p.Name, st.Documents, st.Meetings, st.Attendances, st.Statements, st.TextBytes, st.TruthBytes, time.Since(start).Round(time.Millisecond))
}
