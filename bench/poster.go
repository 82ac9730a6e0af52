package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"time"
)

// poster is one sender's keep-alive HTTP/1.1 connection: it writes a
// request line, three headers and the body, and reads the status, the
// headers it needs and the body, reusing its buffers. The load generator
// shares the cores with what it measures, as wrk does; net/http's client
// (a reader and a writer goroutine per connection, a header map and a
// request object per call) took a third of the CPU in the gateway-alone
// run, all of it charged to the gateway. Real devices pay for their HTTP
// on their own processors.
type poster struct {
	addr, head string // host:port; the request up to the Content-Length value
	timeout    time.Duration
	conn       net.Conn
	r          *bufio.Reader
	w          *bufio.Writer
}

// postAnswer is what a sender needs from a response.
type postAnswer struct {
	Status     int
	RetryAfter string
}

func newPoster(rawURL, contentType string) (*poster, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" {
		return nil, fmt.Errorf("bench: the load generator speaks plain http, not %q", u.Scheme)
	}
	path := u.RequestURI()
	head := "POST " + path + " HTTP/1.1\r\nHost: " + u.Host + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
	return &poster{addr: u.Host, head: head, timeout: 30 * time.Second}, nil
}

// post sends body and waits for the answer. On any error the connection is
// dropped and the next call dials again.
func (p *poster) post(ctx context.Context, body []byte) (postAnswer, error) {
	if p.conn == nil {
		var d net.Dialer
		c, err := d.DialContext(ctx, "tcp", p.addr)
		if err != nil {
			return postAnswer{}, err
		}
		p.conn = c
		if p.r == nil {
			p.r, p.w = bufio.NewReaderSize(c, 4096), bufio.NewWriterSize(c, 64<<10)
		} else {
			p.r.Reset(c)
			p.w.Reset(c)
		}
	}
	conn := p.conn
	conn.SetDeadline(time.Now().Add(p.timeout))
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) }) // unblock on cancel
	a, keep, err := p.roundTrip(body)
	if !stop() && err == nil { // cancelled just after the answer: the deadline is spoiled
		keep = false
	}
	if err != nil || !keep {
		conn.Close()
		p.conn = nil
	}
	if err != nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	return a, err
}

func (p *poster) roundTrip(body []byte) (a postAnswer, keep bool, err error) {
	p.w.WriteString(p.head)
	p.w.WriteString(strconv.Itoa(len(body)))
	p.w.WriteString("\r\n\r\n")
	p.w.Write(body)
	if err := p.w.Flush(); err != nil {
		return a, false, err
	}
	line, err := p.r.ReadSlice('\n')
	if err != nil {
		return a, false, err
	}
	// "HTTP/1.1 200 OK"
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return a, false, fmt.Errorf("bench: malformed status line %q", line)
	}
	if a.Status, err = strconv.Atoi(string(line[9:12])); err != nil {
		return a, false, fmt.Errorf("bench: malformed status line %q", line)
	}
	length, chunked, keep := -1, false, true
	for {
		line, err := p.r.ReadSlice('\n')
		if err != nil {
			return a, false, err
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			break
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return a, false, fmt.Errorf("bench: malformed header %q", line)
		}
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(value)); err != nil || length < 0 {
				return a, false, fmt.Errorf("bench: malformed Content-Length %q", value)
			}
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		case bytes.EqualFold(name, []byte("Connection")):
			keep = !bytes.EqualFold(value, []byte("close"))
		case bytes.EqualFold(name, []byte("Retry-After")):
			a.RetryAfter = string(value)
		}
	}
	switch {
	case chunked:
		err = p.discardChunks()
	case length >= 0:
		_, err = p.r.Discard(length)
	default: // the body runs to the end of the connection
		_, err = io.Copy(io.Discard, p.r)
		keep = false
	}
	return a, keep && err == nil, err
}

func (p *poster) discardChunks() error {
	for {
		line, err := p.r.ReadSlice('\n')
		if err != nil {
			return err
		}
		sizeHex, _, _ := bytes.Cut(bytes.TrimRight(line, "\r\n"), []byte(";"))
		size, err := strconv.ParseInt(string(sizeHex), 16, 32)
		if err != nil || size < 0 {
			return errors.New("bench: malformed chunk size")
		}
		if size == 0 { // trailers end with an empty line
			for {
				line, err := p.r.ReadSlice('\n')
				if err != nil {
					return err
				}
				if len(bytes.TrimRight(line, "\r\n")) == 0 {
					return nil
				}
			}
		}
		if _, err := p.r.Discard(int(size) + 2); err != nil {
			return err
		}
	}
}

// close drops the connection.
func (p *poster) close() {
	if p.conn != nil {
		p.conn.Close()
		p.conn = nil
	}
}
