// Command actorgraph loads diplomatic news into a Neo4j knowledge graph of
// political actors and serves it over GraphQL.
//
//	actorgraph load PATH...     extract documents and write them to Neo4j
//	actorgraph extract FILE...  print what would be extracted, as JSON
//	actorgraph serve            serve the GraphQL API and its playground
//	actorgraph version          print the version
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRoot().ExecuteContext(ctx)
	stop()
	if err == nil {
		return
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(os.Stderr, "actorgraph:", ee.msg)
		}
		os.Exit(ee.code)
	}
	fmt.Fprintln(os.Stderr, "actorgraph:", describe(err))
	os.Exit(1)
}

// describe gives the one line a user sees for an error: the application
// message, and the cause only where it helps (it may hold driver text).
func describe(err error) string {
	var ae *graph.Error
	if errors.As(err, &ae) {
		if ae.Code == graph.EUNAVAILABLE && ae.Err != nil {
			return ae.Message + " (" + ae.Err.Error() + ")"
		}
		return ae.Message
	}
	return err.Error()
}

// app holds the settings shared by the subcommands.
type app struct {
	neo4j      neo4j.Config
	gazetteers []string
}

func newRoot() *cobra.Command {
	a := &app{neo4j: neo4j.ConfigFromEnv()}
	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "A knowledge graph of political actors, read from diplomatic news",
		Long: `actorgraph reads press releases and meeting readouts, extracts who met whom,
when, where, in which role, about what, and who said what, and keeps it in
Neo4j as a graph with the source of every fact; it serves the graph over
GraphQL.

Neo4j is reached through NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
NEO4J_DATABASE, or the flags below. scripts/neo4j start provisions a local
server; eval "$(scripts/neo4j env)" sets these variables for it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	pf := root.PersistentFlags()
	pf.StringVar(&a.neo4j.URI, "neo4j-uri", a.neo4j.URI, "Neo4j URI (env NEO4J_URI)")
	pf.StringVar(&a.neo4j.Username, "neo4j-user", a.neo4j.Username, "Neo4j user (env NEO4J_USERNAME)")
	pf.StringVar(&a.neo4j.Password, "neo4j-password", a.neo4j.Password, "Neo4j password (env NEO4J_PASSWORD)")
	pf.StringVar(&a.neo4j.Database, "neo4j-database", a.neo4j.Database, "Neo4j database (env NEO4J_DATABASE)")
	pf.StringArrayVar(&a.gazetteers, "gazetteer", nil, "extra gazetteer `FILE` (JSON) extending the built-in one; repeatable")
	root.AddCommand(a.loadCmd(), a.extractCmd(), a.evalCmd(), a.serveCmd(), a.exportCmd(), genCmd(), versionCmd())
	return root
}

// open connects to Neo4j and prepares its schema.
func (a *app) open(ctx context.Context) (*neo4j.Store, error) {
	return neo4j.Open(ctx, a.neo4j)
}

func (a *app) extractor() (*extract.Extractor, error) {
	g, err := extract.LoadGazetteer(a.gazetteers...)
	if err != nil {
		return nil, err
	}
	return extract.New(g), nil
}

func versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			v := version
			if v == "" {
				v = "devel"
				if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
					v = bi.Main.Version
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), "actorgraph", v)
		},
	}
}
