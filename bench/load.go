package bench

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Result is what a timed run of one query against one system measured.
type Result struct {
	Requests    int
	Errors      int
	FirstError  string `json:",omitempty"`
	Elapsed     time.Duration
	RPS         float64
	P50, P95    time.Duration
	P99         time.Duration
	Concurrency int
}

// Run sends do from conc workers, each sending its next request as soon as
// its previous one is answered (a closed loop at fixed concurrency), for
// dur after a warm-up of warm, and reports throughput and latency. Request
// i of the run uses case i modulo the number of cases, through do.
func Run(ctx context.Context, conc int, warm, dur time.Duration, do func(ctx context.Context, i int) error) Result {
	var next atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	var nerr int
	var firstErr string
	start := time.Now()
	measureFrom := start.Add(warm)
	stop := measureFrom.Add(dur)
	var wg sync.WaitGroup
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var errs int
			var first string
			for {
				t0 := time.Now()
				if !t0.Before(stop) || ctx.Err() != nil {
					break
				}
				err := do(ctx, int(next.Add(1)-1))
				d := time.Since(t0)
				if t0.Before(measureFrom) {
					continue
				}
				if err != nil {
					errs++
					if first == "" {
						first = err.Error()
					}
					continue
				}
				mine = append(mine, d)
			}
			mu.Lock()
			lat = append(lat, mine...)
			nerr += errs
			if firstErr == "" {
				firstErr = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	// The last requests, started before stop, end after it: they are
	// counted, and so is the time they took.
	elapsed := time.Since(measureFrom)
	slices.Sort(lat)
	r := Result{Requests: len(lat), Errors: nerr, FirstError: firstErr, Elapsed: elapsed, Concurrency: conc}
	if elapsed > 0 {
		r.RPS = float64(len(lat)) / elapsed.Seconds()
	}
	r.P50, r.P95, r.P99 = quantile(lat, 0.50), quantile(lat, 0.95), quantile(lat, 0.99)
	return r
}

// quantile is the nearest-rank quantile of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*q+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// BoltCounter is a TCP proxy in front of Neo4j's Bolt port that counts the
// RUN messages clients send: each is one Cypher statement, one round trip
// to Neo4j (the drivers pipeline BEGIN, RUN, PULL and COMMIT, so RUN is the
// unit). Pointing a system at it counts the statements a request costs,
// whatever the system's language or driver.
type BoltCounter struct {
	ln     net.Listener
	target string
	runs   atomic.Int64
	wg     sync.WaitGroup
}

// NewBoltCounter listens on a free local port and forwards to target
// (host:port).
func NewBoltCounter(target string) (*BoltCounter, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	b := &BoltCounter{ln: ln, target: target}
	b.wg.Add(1)
	go b.accept()
	return b, nil
}

// Addr is the proxy's address, host:port.
func (b *BoltCounter) Addr() string { return b.ln.Addr().String() }

// Runs is the number of RUN messages seen so far.
func (b *BoltCounter) Runs() int64 { return b.runs.Load() }

// Close stops accepting connections (those open stay until their ends close).
func (b *BoltCounter) Close() error {
	err := b.ln.Close()
	b.wg.Wait()
	return err
}

func (b *BoltCounter) accept() {
	defer b.wg.Done()
	for {
		c, err := b.ln.Accept()
		if err != nil {
			return
		}
		go b.serve(c)
	}
}

func (b *BoltCounter) serve(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", b.target)
	if err != nil {
		return
	}
	defer server.Close()
	// The handshake: 4 bytes of magic and 4 proposed versions; the server
	// answers the version chosen. Bolt's manifest handshake (answer
	// 0x000001FF) has the client send the chosen version and a varint of
	// capabilities after the server's manifest.
	hs := make([]byte, 20)
	if _, err := io.ReadFull(client, hs); err != nil {
		return
	}
	if _, err := server.Write(hs); err != nil {
		return
	}
	ver := make([]byte, 4)
	if _, err := io.ReadFull(server, ver); err != nil {
		return
	}
	answer := ver
	if binary.BigEndian.Uint32(ver) == 0x000001FF {
		// The manifest follows (a varint count, that many 4-byte version
		// ranges, a varint of capabilities): it goes to the client in the
		// same write as the version, as Neo4j sends it. The JavaScript
		// driver reads it from the packet that held the version, and fails
		// ("The value of "offset" is out of range") when it comes apart.
		m, err := readManifest(server)
		if err != nil {
			return
		}
		answer = append(append([]byte(nil), ver...), m...)
	}
	if _, err := client.Write(answer); err != nil {
		return
	}
	go func() {
		io.Copy(client, server)
		client.Close()
	}()
	if binary.BigEndian.Uint32(ver) == 0x000001FF {
		chosen := make([]byte, 4)
		if _, err := io.ReadFull(client, chosen); err != nil {
			return
		}
		if _, err := server.Write(chosen); err != nil {
			return
		}
		for { // capabilities: a varint
			c := make([]byte, 1)
			if _, err := io.ReadFull(client, c); err != nil {
				return
			}
			if _, err := server.Write(c); err != nil {
				return
			}
			if c[0]&0x80 == 0 {
				break
			}
		}
	}
	// Messages: chunks of a 2-byte size and data, a message ending with an
	// empty chunk; a message's first chunk starts with a structure marker
	// (0xB0 | fields) and the message's signature (RUN is 0x10).
	head := make([]byte, 2)
	atStart := true
	buf := make([]byte, 0, 64<<10)
	for {
		if _, err := io.ReadFull(client, head); err != nil {
			return
		}
		n := int(binary.BigEndian.Uint16(head))
		buf = append(buf[:0], head...)
		if n > 0 {
			buf = slices.Grow(buf, n)[:2+n]
			if _, err := io.ReadFull(client, buf[2:]); err != nil {
				return
			}
			if atStart && n >= 2 && buf[2]&0xF0 == 0xB0 && buf[3] == 0x10 {
				b.runs.Add(1)
			}
			atStart = false
		} else {
			atStart = true
		}
		if _, err := server.Write(buf); err != nil {
			return
		}
	}
}

// readManifest reads the rest of a Bolt manifest handshake answer from r:
// a varint count, that many 4-byte version ranges and a varint of
// capabilities, and returns its bytes.
func readManifest(r io.Reader) ([]byte, error) {
	var out []byte
	varint := func() (uint64, error) {
		var v uint64
		for shift := 0; ; shift += 7 {
			c := make([]byte, 1)
			if _, err := io.ReadFull(r, c); err != nil {
				return 0, err
			}
			out = append(out, c[0])
			v |= uint64(c[0]&0x7F) << shift
			if c[0]&0x80 == 0 || shift > 56 {
				return v, nil
			}
		}
	}
	n, err := varint()
	if err != nil {
		return nil, err
	}
	if n > 64 {
		return nil, fmt.Errorf("bolt manifest: %d versions", n)
	}
	vs := make([]byte, 4*n)
	if _, err := io.ReadFull(r, vs); err != nil {
		return nil, err
	}
	out = append(out, vs...)
	if _, err := varint(); err != nil {
		return nil, err
	}
	return out, nil
}
