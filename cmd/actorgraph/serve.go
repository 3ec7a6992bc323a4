package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

func (a *app) serveCmd() *cobra.Command {
	var addr, tokenFile, allowFile string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the GraphQL API and its playground",
		Long: `serve answers GraphQL at POST /graphql, shows the GraphiQL playground at /,
and reports liveness at GET /healthz. Reading is open; mutations need the
bearer token given by ACTORGRAPH_TOKEN or --token-file (never logged). It stops cleanly on SIGINT or
SIGTERM, finishing the requests in flight.`,
		Example: `  actorgraph serve --addr 127.0.0.1:8080`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := a.open(ctx)
			if err != nil {
				return err
			}
			defer store.Close(context.Background())
			token, err := readToken(tokenFile)
			if err != nil {
				return err
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			r := &resolvers.Resolver{Queries: store, Curator: store, Writer: store, Extractor: x, Events: resolvers.NewBroker()}
			allowed, err := readAllowList(allowFile)
			if err != nil {
				return err
			}
			h := server.New(r, server.Options{Timeout: timeout, Token: token, Allowed: allowed})
			if token == "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "actorgraph: no token (ACTORGRAPH_TOKEN or --token-file): mutations are refused")
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("cannot listen on %s: %w", addr, err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
			fmt.Fprintf(cmd.ErrOrStderr(), "actorgraph: serving GraphQL at http://%s/graphql, playground at http://%s/\n", ln.Addr(), ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
				slog.Info("shutting down")
				sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
					return err
				}
				return nil
			}
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "longest time a request may take")
	cmd.Flags().StringVar(&allowFile, "allow-list", "", "file of SHA-256 hashes (hex, one a line) of the only queries to run")
	cmd.Flags().StringVar(&tokenFile, "token-file", "", "file holding the bearer token that mutations need (else env ACTORGRAPH_TOKEN)")
	return cmd
}

// readToken reads the mutation token from a file, else from
// ACTORGRAPH_TOKEN.
func readToken(file string) (string, error) {
	if file == "" {
		return os.Getenv("ACTORGRAPH_TOKEN"), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("cannot read the token file: %w", err)
	}
	t := strings.TrimSpace(string(b))
	if t == "" {
		return "", fmt.Errorf("the token file %s is empty", file)
	}
	return t, nil
}

// readAllowList reads the hashes of the allowed operations; nil (no lock)
// without a file.
func readAllowList(file string) (map[string]bool, error) {
	if file == "" {
		return nil, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read the allow list: %w", err)
	}
	allowed := map[string]bool{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if len(line) != 64 {
			return nil, fmt.Errorf("%s:%d: not a SHA-256 in hex", file, i+1)
		}
		allowed[strings.ToLower(line)] = true
	}
	return allowed, nil
}
