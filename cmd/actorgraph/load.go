package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

func (a *app) loadCmd() *cobra.Command {
	var dryRun bool
	var maxSize int64
	var writers int
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract documents and write them to Neo4j",
		Long: `load reads documents, extracts their facts and writes each document with
its facts to Neo4j in one transaction.

PATH is a file, a directory (read recursively for .txt, .md, .html and
.json files), a glob pattern, or - for standard input. Text may start with a
header block (title:, date:, url:); Markdown may have front matter; HTML
pages are reduced to their article. .json files are read as our JSON graph
format and loaded as they are. A document already loaded (same text)
is skipped as unchanged. A file that is empty, binary, not UTF-8 or too
large is refused with a reason, and the others still load.

Each document is written in one transaction, several at once (--writers):
documents that may name the same people wait for each other, so the graph
is the one that loading them one by one makes. A load that is stopped (even
killed) leaves every document either entirely written or not at all, and
running it again writes the rest; the graph is then that of one clean run.
Transient Neo4j errors are retried with backoff. When Neo4j cannot be
reached, load says so in one line naming the URI and exits with status 3,
keeping the documents written before.

Exit status: 0 when every document loaded or was unchanged, 2 when some
were refused, 3 when Neo4j is unavailable, 1 on any other error.`,
		Example: `  actorgraph load examples/documents/
  actorgraph load --dry-run report.txt
  cat report.txt | actorgraph load -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			paths, err := loader.Expand(args)
			if err != nil {
				return err
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			l := &loader.Loader{Extractor: x, MaxSize: maxSize, Stdin: cmd.InOrStdin()}
			if dryRun {
				return printExtractions(cmd.OutOrStdout(), cmd.ErrOrStderr(), l, paths)
			}
			store, err := a.open(cmd.Context())
			if err != nil {
				return a.unavailable(err, -1)
			}
			defer store.Close(cmd.Context())
			l.Writer = store
			l.Writers = writers
			l.Progress = progress(cmd.ErrOrStderr(), len(paths))
			sum, err := l.Load(cmd.Context(), paths)
			stderr := cmd.ErrOrStderr()
			for _, r := range sum.Refusals {
				fmt.Fprintf(stderr, "refused %s\n", r)
			}
			fmt.Fprintln(stderr, sum)
			if err != nil {
				return a.unavailable(err, sum.Loaded+sum.Unchanged)
			}
			if len(sum.Refusals) > 0 {
				return &exitError{code: 2, msg: fmt.Sprintf("%d of %d documents refused", len(sum.Refusals), len(paths))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "extract and print the JSON graph, write nothing")
	cmd.Flags().Int64Var(&maxSize, "max-size", loader.DefaultMaxSize, "largest document to read, in bytes")
	cmd.Flags().IntVar(&writers, "writers", loader.DefaultWriters, "documents written at once, each in its own transaction")
	return cmd
}

func (a *app) extractCmd() *cobra.Command {
	var format string
	var maxSize int64
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print the facts extracted from documents, without touching Neo4j",
		Long: `extract reads documents like load does and prints the extracted graph in
our JSON format (see README): one object for one document, an array for
several. The output can be corrected by hand and loaded with load.`,
		Example: `  actorgraph extract examples/documents/000_72d5b63c66d0694d.txt > seed.json`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" {
				return &exitError{code: 1, msg: fmt.Sprintf("unknown format %q (known: json)", format)}
			}
			paths, err := loader.Expand(args)
			if err != nil {
				return err
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			l := &loader.Loader{Extractor: x, MaxSize: maxSize, Stdin: cmd.InOrStdin()}
			return printExtractions(cmd.OutOrStdout(), cmd.ErrOrStderr(), l, paths)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json")
	cmd.Flags().Int64Var(&maxSize, "max-size", loader.DefaultMaxSize, "largest document to read, in bytes")
	return cmd
}

// unavailable turns an error that says Neo4j is away into one line that
// names the URI, with exit status 3; done is how many documents were
// written (or found unchanged) before, -1 when none was tried.
func (a *app) unavailable(err error, done int) error {
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		return err
	}
	cause := ""
	var ae *graph.Error
	if errors.As(err, &ae) && ae.Err != nil {
		cause = " (" + firstLine(ae.Err.Error()) + ")"
	}
	msg := fmt.Sprintf("Neo4j at %s is unavailable%s", a.neo4j.URI, cause)
	if done >= 0 {
		msg += fmt.Sprintf("; the %d documents done before stay loaded: run the same command again to load the rest", done)
	}
	return &exitError{code: 3, msg: msg}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(s)
}

// progress reports each document as it is done: a progress bar on a
// terminal, one line per document otherwise (logs, CI).
func progress(w io.Writer, total int) func(string, graph.WriteResult, error) {
	if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"), progressbar.OptionShowCount(),
			progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
			progressbar.OptionSetPredictTime(true), progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }))
		return func(string, graph.WriteResult, error) { bar.Add(1) }
	}
	done := 0
	return func(path string, r graph.WriteResult, err error) {
		done++
		status := "loaded"
		switch {
		case err != nil:
			status = "refused: " + graph.ErrorMessage(err)
		case r.Unchanged:
			status = "unchanged"
		}
		fmt.Fprintf(w, "[%d/%d] %s: %s\n", done, total, path, status)
	}
}

// printExtractions extracts each file and prints the results as JSON. Files
// that are refused are reported on standard error and make the exit status 2.
func printExtractions(w, stderr io.Writer, l *loader.Loader, paths []string) error {
	var out []*graph.Extraction
	var refused int
	for _, p := range paths {
		x, err := l.Extract(p)
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				return err
			}
			refused++
			fmt.Fprintf(stderr, "%s: refused: %s\n", p, graph.ErrorMessage(err))
			continue
		}
		out = append(out, x)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	var err error
	if len(paths) == 1 && len(out) == 1 {
		err = enc.Encode(out[0])
	} else {
		err = enc.Encode(out)
	}
	if err != nil {
		return err
	}
	if refused > 0 {
		return &exitError{code: 2, msg: fmt.Sprintf("%d of %d documents refused", refused, len(paths))}
	}
	return nil
}
