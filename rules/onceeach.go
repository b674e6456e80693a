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
	// failed is set when compute panicked: v holds no answer.
	failed bool
}

// get is the value of k, computed by compute on first use. A compute that
// panics (a proof past its budget, an internal error) leaves no value:
// its caller gets the panic, and the key is computed again next time,
// also by a worker that was waiting for it, rather than read as the zero
// value ("not named elsewhere", "not proven").
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
	ran := false
	e.once.Do(func() {
		ran = true
		defer func() {
			if r := recover(); r != nil {
				e.failed = true
				o.mu.Lock()
				if o.values[k] == e {
					delete(o.values, k)
				}
				o.mu.Unlock()
				panic(r)
			}
		}()
		e.v = compute()
	})
	if e.failed && !ran {
		return o.get(k, compute)
	}
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
