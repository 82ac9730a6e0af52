package agent

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// ErrFull is returned when the spool holds its maximum number of batches: the
// device keeps what it has (never drops an un-acknowledged batch) and refuses
// new readings until the gateway catches up.
var ErrFull = errors.New("agent: store-and-forward buffer is full")

// Spool is the device's store-and-forward buffer of signed batches waiting for
// the gateway's acknowledgement. It also owns the sequence counter, so a
// sequence number is never reused, not even across restarts.
type Spool interface {
	// Append allocates the next sequence number, calls build to encode and sign
	// the batch with it, and stores the result durably before returning.
	Append(build func(seq uint64) ([]byte, error)) error
	// Oldest returns the pending batch with the lowest sequence number.
	Oldest() (seq uint64, batch []byte, ok bool, err error)
	// Remove forgets an acknowledged batch.
	Remove(seq uint64) error
	// Reject moves a batch the gateway refused for good out of the queue,
	// keeping it (with the reason) for inspection instead of deleting it.
	Reject(seq uint64, reason string) error
	// Len returns the number of pending batches.
	Len() int
}

// MemorySpool keeps batches in memory: for simulators and benchmarks that do
// not need to survive a restart.
type MemorySpool struct {
	mu       sync.Mutex
	max      int
	next     uint64
	pending  map[uint64][]byte
	order    []uint64
	Rejected map[uint64]string
}

// NewMemorySpool returns an empty in-memory spool holding at most max batches.
func NewMemorySpool(max int) *MemorySpool {
	return &MemorySpool{max: max, next: 1, pending: map[uint64][]byte{}, Rejected: map[uint64]string{}}
}

func (s *MemorySpool) Append(build func(uint64) ([]byte, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) >= s.max {
		return ErrFull
	}
	b, err := build(s.next)
	if err != nil {
		return err
	}
	s.pending[s.next] = slices.Clone(b)
	s.order = append(s.order, s.next)
	s.next++
	return nil
}

func (s *MemorySpool) Oldest() (uint64, []byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.order) == 0 {
		return 0, nil, false, nil
	}
	seq := s.order[0]
	return seq, s.pending[seq], true, nil
}

func (s *MemorySpool) Remove(seq uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.pending, seq)
	s.order = slices.DeleteFunc(s.order, func(q uint64) bool { return q == seq })
	return nil
}

func (s *MemorySpool) Reject(seq uint64, reason string) error {
	s.mu.Lock()
	s.Rejected[seq] = reason
	s.mu.Unlock()
	return s.Remove(seq)
}

func (s *MemorySpool) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// DirSpool keeps each batch in its own file, written to a temporary name,
// fsynced and renamed, so a crash leaves either the whole batch or nothing.
//
//	DIR/seq                next sequence number (written before the batch)
//	DIR/pending/<seq>.rhdb batches waiting for acknowledgement
//	DIR/rejected/<seq>.rhdb batches the gateway refused, with <seq>.reason
type DirSpool struct {
	mu      sync.Mutex
	dir     string
	max     int
	next    uint64
	pending []uint64 // sorted
}

// OpenDirSpool opens (creating if needed) the spool in dir holding at most max batches.
func OpenDirSpool(dir string, max int) (*DirSpool, error) {
	for _, d := range []string{filepath.Join(dir, "pending"), filepath.Join(dir, "rejected")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, err
		}
	}
	s := &DirSpool{dir: dir, max: max, next: 1}
	if b, err := os.ReadFile(filepath.Join(dir, "seq")); err == nil {
		n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("agent: corrupt sequence file in %s: %v", dir, err)
		}
		s.next = n
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	ents, err := os.ReadDir(filepath.Join(dir, "pending"))
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".rhdb") {
			os.Remove(filepath.Join(dir, "pending", name)) // a torn temporary file
			continue
		}
		seq, err := strconv.ParseUint(strings.TrimSuffix(name, ".rhdb"), 10, 64)
		if err != nil {
			continue
		}
		s.pending = append(s.pending, seq)
		if seq+1 > s.next {
			s.next = seq + 1
		}
	}
	slices.Sort(s.pending)
	return s, nil
}

func (s *DirSpool) path(sub string, seq uint64, ext string) string {
	return filepath.Join(s.dir, sub, fmt.Sprintf("%020d%s", seq, ext))
}

func (s *DirSpool) Append(build func(uint64) ([]byte, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) >= s.max {
		return ErrFull
	}
	seq := s.next
	b, err := build(seq)
	if err != nil {
		return err
	}
	// The counter goes to disk first: after a crash a sequence number may be
	// skipped, never reused.
	if err := writeFileSync(filepath.Join(s.dir, "seq"), []byte(strconv.FormatUint(seq+1, 10))); err != nil {
		return err
	}
	if err := writeFileSync(s.path("pending", seq, ".rhdb"), b); err != nil {
		return err
	}
	s.next = seq + 1
	s.pending = append(s.pending, seq)
	return nil
}

func (s *DirSpool) Oldest() (uint64, []byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		return 0, nil, false, nil
	}
	seq := s.pending[0]
	b, err := os.ReadFile(s.path("pending", seq, ".rhdb"))
	return seq, b, err == nil, err
}

func (s *DirSpool) Remove(seq uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := os.Remove(s.path("pending", seq, ".rhdb")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	s.pending = slices.DeleteFunc(s.pending, func(q uint64) bool { return q == seq })
	return nil
}

func (s *DirSpool) Reject(seq uint64, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := os.WriteFile(s.path("rejected", seq, ".reason"), []byte(reason+"\n"), 0o600); err != nil {
		return err
	}
	if err := os.Rename(s.path("pending", seq, ".rhdb"), s.path("rejected", seq, ".rhdb")); err != nil {
		return err
	}
	s.pending = slices.DeleteFunc(s.pending, func(q uint64) bool { return q == seq })
	return nil
}

func (s *DirSpool) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

func writeFileSync(path string, b []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
