package upload

import (
	"io"
	"sync"
)

// readahead inflates a zip entry on its own goroutine while the parser
// reads what was inflated before, so the two use both cores; it holds at
// most readaheadBufs buffers of readaheadSize bytes.
const (
	readaheadBufs = 4
	readaheadSize = 256 << 10
)

type readahead struct {
	full  chan chunk
	free  chan []byte
	cur   chunk
	off   int
	stop  chan struct{}
	once  sync.Once
	done  chan struct{}
	final error
}

type chunk struct {
	b   []byte
	err error
}

func newReadahead(r io.Reader) *readahead {
	ra := &readahead{full: make(chan chunk, readaheadBufs), free: make(chan []byte, readaheadBufs), stop: make(chan struct{}), done: make(chan struct{})}
	for range readaheadBufs {
		ra.free <- make([]byte, readaheadSize)
	}
	go func() {
		defer close(ra.done)
		for {
			var buf []byte
			select {
			case buf = <-ra.free:
			case <-ra.stop:
				return
			}
			n, err := io.ReadFull(r, buf)
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			select {
			case ra.full <- chunk{buf[:n], err}:
			case <-ra.stop:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return ra
}

func (ra *readahead) Read(p []byte) (int, error) {
	for ra.off == len(ra.cur.b) {
		if ra.final != nil {
			return 0, ra.final
		}
		if ra.cur.b != nil {
			ra.free <- ra.cur.b[:cap(ra.cur.b)]
		}
		ra.cur, ra.off = <-ra.full, 0
		if ra.cur.err != nil {
			ra.final = ra.cur.err
		}
	}
	n := copy(p, ra.cur.b[ra.off:])
	ra.off += n
	return n, nil
}

// Close stops the inflating goroutine and waits for it.
func (ra *readahead) Close() {
	ra.once.Do(func() { close(ra.stop) })
	<-ra.done
}
