package resolvers

import (
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Broker fans events out to the subscribers of this process.
type Broker struct {
	mu   sync.Mutex
	subs map[chan *graph.DocumentNode]struct{}
}

// NewBroker returns a broker with no subscribers.
func NewBroker() *Broker { return &Broker{subs: map[chan *graph.DocumentNode]struct{}{}} }

// Subscribe returns a channel of ingested documents and a function that
// ends the subscription.
func (b *Broker) Subscribe() (<-chan *graph.DocumentNode, func()) {
	ch := make(chan *graph.DocumentNode, 16)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		if _, ok := b.subs[ch]; ok {
			delete(b.subs, ch)
			close(ch)
		}
		b.mu.Unlock()
	}
}

// Publish tells every subscriber; a subscriber too slow to keep up misses
// the event rather than holding up the others.
func (b *Broker) Publish(d *graph.DocumentNode) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- d:
		default:
		}
	}
}
