package bench

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// Server is a GraphQL server process the benchmark started.
type Server struct {
	URL string
	cmd *exec.Cmd
	log *os.File
}

// Neo4jEnv is how a server process reaches Neo4j.
type Neo4jEnv struct {
	URI, User, Password, Database string
}

func (e Neo4jEnv) environ() []string {
	return append(os.Environ(), "NEO4J_URI="+e.URI, "NEO4J_USERNAME="+e.User, "NEO4J_PASSWORD="+e.Password,
		"NEO4J_DATABASE="+e.Database)
}

// StartOurs starts `actorgraph serve` (the binary at bin) without the
// per-client rate limit and cost limits, which would refuse a load test,
// logging to logPath.
func StartOurs(ctx context.Context, bin string, env Neo4jEnv, logPath string) (*Server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	return start(ctx, env, logPath, "http://"+addr, bin, "serve", "--addr", addr, "--rate", "-1",
		"--max-complexity", "-1", "--max-depth", "-1", "--log-format", "json")
}

// StartPeer starts the @neo4j/graphql peer (node server.js in dir).
func StartPeer(ctx context.Context, dir string, env Neo4jEnv, logPath string) (*Server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	return start(ctx, env, logPath, "http://"+addr, "node", filepath.Join(dir, "server.js"), addr)
}

func start(ctx context.Context, env Neo4jEnv, logPath, base string, name string, args ...string) (*Server, error) {
	log, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(name, args...)
	cmd.Env = env.environ()
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, err
	}
	s := &Server{URL: base + "/graphql", cmd: cmd, log: log}
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get(base + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			s.Stop()
			return nil, fmt.Errorf("%s did not answer on %s within 60s; see %s", name, base, logPath)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Stop ends the process (SIGTERM, then SIGKILL after 10 s).
func (s *Server) Stop() {
	if s == nil || s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
	s.log.Close()
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}
