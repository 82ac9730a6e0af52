package bench

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestPosterSpeaksHTTP runs the load generator's client against net/http's
// server: bodies arrive whole, answers of every shape are read to their end
// and the connection is reused unless the server closes it.
func TestPosterSpeaksHTTP(t *testing.T) {
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Method != http.MethodPost || r.URL.Path != "/v1/frames" || r.Header.Get("Content-Type") != "application/x-rhd-frames" {
			http.Error(w, "wrong request", http.StatusBadRequest)
			return
		}
		switch string(body) {
		case "busy":
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusTooManyRequests)
		case "chunked": // flushing before the end makes net/http chunk the body
			w.WriteHeader(http.StatusOK)
			for range 3 {
				io.WriteString(w, strings.Repeat("x", 5000))
				w.(http.Flusher).Flush()
			}
		case "close":
			w.Header().Set("Connection", "close")
			io.WriteString(w, "bye")
		default:
			w.WriteHeader(http.StatusCreated)
			w.Write(body) // echo: the whole body arrived
		}
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()

	p, err := newPoster(srv.URL+"/v1/frames", "application/x-rhd-frames")
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	ctx := context.Background()
	big := bytes.Repeat([]byte("batch"), 100_000)
	steps := []struct {
		body       string
		status     int
		retryAfter string
		conns      int64 // connections opened so far
	}{
		{string(big), 201, "", 1},
		{"busy", 429, "3", 1},
		{"chunked", 200, "", 1},
		{"small", 201, "", 1},
		{"close", 200, "", 1},
		{"again", 201, "", 2}, // the server closed the last one
	}
	for _, s := range steps {
		a, err := p.post(ctx, []byte(s.body))
		if err != nil {
			t.Fatalf("post %.10q: %v", s.body, err)
		}
		if a.Status != s.status || a.RetryAfter != s.retryAfter {
			t.Fatalf("post %.10q: status %d retry-after %q, want %d %q", s.body, a.Status, a.RetryAfter, s.status, s.retryAfter)
		}
		if n := conns.Load(); n != s.conns {
			t.Fatalf("after %.10q: %d connections opened, want %d", s.body, n, s.conns)
		}
	}
}

func TestPosterGivesUpWhenCancelled(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-release }))
	defer srv.Close()
	defer close(release)
	p, err := newPoster(srv.URL+"/v1/frames", "application/x-rhd-frames")
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := p.post(ctx, []byte("stuck")); err != context.DeadlineExceeded {
		t.Fatalf("post to a server that never answers: %v, want the context's deadline", err)
	}
}

func TestPosterRefusesGarbage(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				c.Read(make([]byte, 4096))
				io.WriteString(c, "SMTP ready\r\n\r\n")
			}()
		}
	}()
	p, err := newPoster("http://"+ln.Addr().String()+"/v1/frames", "application/x-rhd-frames")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.post(context.Background(), []byte("x")); err == nil || !strings.Contains(err.Error(), "status line") {
		t.Fatalf("garbage answer: %v, want a malformed status line error", err)
	}
	if p.conn != nil {
		t.Fatal("the connection was kept after a malformed answer")
	}
}
