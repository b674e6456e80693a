package rules

import "sync"

// onceEach computes a value per key at most once, safe on every worker:
// a worker asking for a key another is computing waits for its value
// rather than computing it again. The lock is not held while a value is
// computed, so computing one may ask for another key.
type onceEach[K comparable, V any] struct {
	mu     sync.Mutex
	values map[K]*onceValue[V]
}

type onceValue[V any] struct {
	once sync.Once
	v    V
}

// get is the value of k, computed by compute on first use.
func (o *onceEach[K, V]) get(k K, compute func() V) V {
	o.mu.Lock()
	if o.values == nil {
		o.values = map[K]*onceValue[V]{}
	}
	e, ok := o.values[k]
	if !ok {
		e = &onceValue[V]{}
		o.values[k] = e
	}
	o.mu.Unlock()
	e.once.Do(func() { e.v = compute() })
	return e.v
}

// each calls f with every value computed so far; the caller makes sure
// no computation is under way.
func (o *onceEach[K, V]) each(f func(V)) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, e := range o.values {
		f(e.v)
	}
}
