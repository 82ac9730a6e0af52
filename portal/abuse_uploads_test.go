package portal

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/upload"
)

// rawPost writes a request whose body claims size bytes: a multipart file
// part when the content type is multipart/form-data, then filler until the
// server answers or upTo bytes went out. It returns the
// answer's status (0: none within the deadline), how many body bytes had gone
// out when it came, and whether the server then closed the connection.
func rawPost(t *testing.T, base, path string, headers map[string]string, size, upTo int64) (status int, sent int64, closed bool) {
	t.Helper()
	u, _ := url.Parse(base)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var head strings.Builder
	fmt.Fprintf(&head, "POST %s HTTP/1.1\r\nHost: %s\r\n", path, u.Host)
	for k, v := range headers {
		fmt.Fprintf(&head, "%s: %s\r\n", k, v)
	}
	if size >= 0 {
		fmt.Fprintf(&head, "Content-Length: %d\r\n", size)
	}
	head.WriteString("\r\n")
	if _, err := io.WriteString(conn, head.String()); err != nil {
		t.Fatal(err)
	}
	var written atomic.Int64
	if strings.HasPrefix(headers["Content-Type"], "multipart/form-data") {
		n, _ := io.WriteString(conn, "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n")
		written.Add(int64(n))
	}
	go func() {
		chunk := bytes.Repeat([]byte("0123456789abcdef"), 4096) // 64 KiB
		for written.Load() < upTo {
			n, err := conn.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return 0, written.Load(), false
	}
	sent = written.Load()
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err = br.ReadByte()
	return resp.StatusCode, sent, errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || isReset(err)
}

func isReset(err error) bool {
	var ne *net.OpError
	return errors.As(err, &ne) && !ne.Timeout()
}

func cookieHeader(c *http.Client, base string) string {
	u, _ := url.Parse(base)
	var parts []string
	for _, k := range c.Jar.Cookies(u) {
		parts = append(parts, k.Name+"="+k.Value)
	}
	return strings.Join(parts, "; ")
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func noFiles(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		info, _ := e.Info()
		t.Errorf("temporary file left: %s (%d bytes)", e.Name(), info.Size())
	}
}

// A 400 MiB multipart body sent to a route that takes none, without a
// session, is answered from its headers: nothing is spooled to disk or held.
func TestAbuseUnauthenticatedMultipartBodyIsNotRead(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	s := newSite(t, time.Hour)
	before := heapInUse()
	multi := map[string]string{"Content-Type": "multipart/form-data; boundary=xyz"}
	for _, path := range []string{"/healthz", "/upload", "/consent", "/nowhere"} {
		status, sent, closed := rawPost(t, s.url, path, multi, 400<<20, 32<<20)
		if status == 0 || sent >= 16<<20 {
			t.Fatalf("POST %s with a 400 MiB body and no session: answered %d after %d MiB of the body", path, status, sent>>20)
		}
		if !closed {
			t.Errorf("POST %s: the connection stays open with the rest of the body unread", path)
		}
		noFiles(t, tmp)
	}
	if grew := int64(heapInUse()) - int64(before); grew > 16<<20 {
		t.Errorf("heap grew by %d MiB", grew>>20)
	}
}

// Bodies larger than their route takes, chunked bodies (no length to check)
// and compressed bodies (a gzip bomb) are refused before they are read, from
// a signed-in contributor too.
func TestAbuseOversizedBodiesAreRefusedFromTheirHeaders(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	cookie := cookieHeader(ada, s.url)
	for _, tc := range []struct {
		path    string
		headers map[string]string
		size    int64
		want    int
	}{
		{"/consent", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, 400 << 20, 413},
		{"/consent", map[string]string{"Content-Type": "multipart/form-data; boundary=xyz"}, 1 << 20, 413},
		{"/upload", map[string]string{"Content-Type": "multipart/form-data; boundary=xyz"}, MaxUpload + 2<<20, 413},
		{"/upload", map[string]string{"Content-Type": "multipart/form-data; boundary=xyz", "Transfer-Encoding": "chunked"}, -1, 411},
		{"/consent", map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Content-Encoding": "gzip"}, 1000, 415},
	} {
		tc.headers["Cookie"] = cookie
		status, sent, closed := rawPost(t, s.url, tc.path, tc.headers, tc.size, 32<<20)
		if status != tc.want || sent >= 16<<20 || !closed {
			t.Errorf("POST %s %v: answered %d (want %d) after %d MiB, closed %v", tc.path, tc.headers, status, tc.want, sent>>20, closed)
		}
	}
	noFiles(t, tmp)
}

// A body the handler never read must not be parsed as the next request on
// the same connection (request smuggling past every check of the first).
func TestAbuseUnreadBodyIsNotTakenForTheNextRequest(t *testing.T) {
	s := newSite(t, time.Hour)
	u, _ := url.Parse(s.url)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// fasthttp reads the first 8 KiB of a streamed body before the handler;
	// the smuggled request starts right after them.
	smuggled := "GET /healthz HTTP/1.1\r\nHost: " + u.Host + "\r\n\r\n"
	body := strings.Repeat("a", 8<<10) + smuggled
	fmt.Fprintf(conn, "POST /healthz HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s", u.Host, len(body), body)
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(conn)
	first, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, first.Body)
	if second, err := http.ReadResponse(br, nil); err == nil {
		t.Fatalf("the body of a %d POST was served as a request of its own: %s", first.StatusCode, second.Status)
	}
}

// slowUpload starts an upload whose body stalls half-way until the returned
// function is called; it returns the answer then.
func (s *site) slowUpload(c *http.Client, token string) func() int {
	var head bytes.Buffer
	mw := multipart.NewWriter(&head)
	mw.WriteField("csrf", token)
	fw, _ := mw.CreateFormFile("file", "slow.csv")
	fmt.Fprintf(fw, "time,metric,value\n")
	line := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339) + ",heart_rate,61\n"
	for head.Len() < 16<<10 { // past what the server reads before the handler runs
		io.WriteString(fw, line)
	}
	tail := line + "\r\n--" + mw.Boundary() + "--\r\n"
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", s.url+"/upload", pr)
	req.ContentLength = int64(head.Len() + len(tail))
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Accept", "application/json")
	answer := make(chan int, 1)
	go func() {
		resp, err := c.Do(req)
		if err != nil {
			answer <- -1
			return
		}
		resp.Body.Close()
		answer <- resp.StatusCode
	}()
	pw.Write(head.Bytes())
	time.Sleep(200 * time.Millisecond) // the server is now reading the body
	return func() int {
		io.WriteString(pw, tail)
		pw.Close()
		return <-answer
	}
}

func (s *site) uploadJSON(c *http.Client, token, name, content string) (int, map[string]any) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", token)
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write([]byte(content))
	mw.Close()
	req, _ := http.NewRequest("POST", s.url+"/upload", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	return resp.StatusCode, out
}

// Uploads run one at a time per contributor and a bounded number at once
// overall; the rest get a clear 429.
func TestAbuseConcurrentUploadsAreLimited(t *testing.T) {
	s := newSite(t, time.Hour)
	ada, bob := s.onboard("ada"), s.onboard("bob")
	_, _, adaToken := s.page(ada, "/upload")
	_, _, bobToken := s.page(bob, "/upload")
	finish := s.slowUpload(ada, adaToken)
	code, out := s.uploadJSON(ada, adaToken, "second.csv", "time,metric,value\n")
	if code != http.StatusTooManyRequests || !strings.Contains(fmt.Sprint(out["error"]), "in progress") {
		t.Errorf("a second upload while the first is being received: %d %v", code, out)
	}
	s.srv.uploads.maxActive = 1
	code, out = s.uploadJSON(bob, bobToken, "other.csv", "time,metric,value\n")
	if code != http.StatusTooManyRequests {
		t.Errorf("an upload beyond the overall limit: %d %v", code, out)
	}
	if code := finish(); code != http.StatusAccepted {
		t.Fatalf("the slow upload: %d", code)
	}
}

// An absurdly long value is neither held whole nor repeated in the error the
// status poll keeps sending back.
func TestAbuseHugeValueIsNotEchoed(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/upload")
	huge := "time,metric,value\n2026-11-20T08:00:00Z,heart_rate," + strings.Repeat("9", 4<<20) + "\n"
	code, page := s.uploadFile(ada, token, "huge.csv", huge)
	if code != 422 || len(page) > 8<<10 {
		t.Fatalf("upload of a 4 MiB value: %d, page of %d bytes", code, len(page))
	}
}

// capture collects the batches the portal sends; fail makes the n-th send fail.
type capture struct {
	mu      sync.Mutex
	batches [][]byte
	fail    int
	sends   int
}

func (c *capture) frames(ctx context.Context, key, batch []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sends++
	if c.sends == c.fail {
		return errors.New("broker unavailable")
	}
	c.batches = append(c.batches, bytes.Clone(batch))
	return nil
}

func (c *capture) sent(t *testing.T) []frame.Batch {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []frame.Batch
	for _, raw := range c.batches {
		b, err := frame.Parse(raw)
		if err != nil {
			t.Fatalf("sent batch does not parse: %v", err)
		}
		out = append(out, b)
	}
	return out
}

func csvAt(times []time.Time, metric, value string) string {
	var b strings.Builder
	b.WriteString("time,metric,value\n")
	for _, ts := range times {
		fmt.Fprintf(&b, "%s,%s,%s\n", ts.UTC().Format(time.RFC3339), metric, value)
	}
	return b.String()
}

// One reading outside the stream's time window made the stream dead-letter
// its whole batch while the page said every reading was added, and NaN steps
// were stored as 0. Every batch sent now passes the stream's own check, and
// the page counts what was sent.
func TestAbuseUploadSendsOnlyWhatTheStreamAccepts(t *testing.T) {
	s := newSite(t, time.Hour)
	cap := &capture{}
	s.srv.market.Frames = cap.frames
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/upload")
	now := time.Now().Truncate(time.Minute)
	var times []time.Time
	for i := range 11 {
		times = append(times, now.Add(-time.Duration(i+1)*time.Minute))
	}
	csv := csvAt(times, "heart_rate", "61") +
		"2100-01-01T00:00:00Z,heart_rate,61\n" +
		now.Add(-30*time.Second).UTC().Format(time.RFC3339) + ",steps,NaN\n" +
		now.Add(-40*time.Second).UTC().Format(time.RFC3339) + ",steps,+Inf\n"
	code, page := s.uploadFile(ada, token, "mixed.csv", csv)
	if code != 200 || !strings.Contains(page, "11 readings added") {
		t.Errorf("upload %d:\n%s", code, page)
	}
	for _, want := range []string{"in the future", "not a number"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not say a reading was left out as %q:\n%s", want, page)
		}
	}
	lo, hi := frame.AcceptWindow(time.Now().UnixMilli())
	samples := 0
	for _, b := range cap.sent(t) {
		if err := b.Validate(lo, hi); err != nil {
			t.Errorf("batch %d would be dead-lettered by the stream: %v", b.Seq(), err)
		}
		for it := b.Frames(); it.Next(); {
			for ch := it.Frame().Channels(); ch.Next(); {
				if ch.Channel().Metric() == frame.Steps {
					t.Errorf("a steps value that was not a number was sent as %g", ch.Channel().Value(0))
				}
			}
		}
		samples += b.Samples()
	}
	if samples != 11 {
		t.Errorf("%d samples sent, want 11", samples)
	}
}

// Back-dated files cannot buy weight: readings older than the cohort window
// are left out, and uploads add at most upload.MaxMinutesPerDay distinct
// minutes to a contributor's day, across uploads.
func TestAbuseBackdatedUploadsAreCapped(t *testing.T) {
	s := newSite(t, time.Hour)
	cap := &capture{}
	s.srv.market.Frames = cap.frames
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/upload")
	today := time.Now().UTC().Truncate(24 * time.Hour)
	var full, old []time.Time
	for m := range 14 * 1440 { // 14 whole days, every minute
		full = append(full, today.Add(-14*24*time.Hour+time.Duration(m)*time.Minute))
	}
	for m := range 100 {
		old = append(old, today.Add(-60*24*time.Hour+time.Duration(m)*time.Minute))
	}
	code, page := s.uploadFile(ada, token, "fortnight.csv", csvAt(append(old, full...), "heart_rate", "60"))
	if code != 200 || !strings.Contains(page, "older than") || !strings.Contains(page, "daily limit") {
		t.Errorf("back-dated upload %d:\n%s", code, page)
	}
	// A second file for the same days adds nothing beyond the cap.
	code, page = s.uploadFile(ada, token, "fortnight-steps.csv", csvAt(full, "steps", "12"))
	if code != 200 || !strings.Contains(page, "daily limit") {
		t.Errorf("second back-dated upload %d:\n%s", code, page)
	}
	minutes := map[int64]map[int64]bool{} // day -> minutes with a sample
	for _, b := range cap.sent(t) {
		for it := b.Frames(); it.Next(); {
			for ch := it.Frame().Channels(); ch.Next(); {
				c := ch.Channel()
				for i := range c.Len() {
					ms := c.TimeMs(i)
					if ms < today.Add(-31*24*time.Hour).UnixMilli() {
						t.Fatalf("a reading from %s, older than the cohort window, was sent", time.UnixMilli(ms).UTC())
					}
					day := ms / 86400000
					if minutes[day] == nil {
						minutes[day] = map[int64]bool{}
					}
					minutes[day][ms/60000] = true
				}
			}
		}
	}
	total := 0
	for day, set := range minutes {
		if len(set) > upload.MaxMinutesPerDay {
			t.Errorf("%s: uploads added %d distinct minutes, more than %d", time.UnixMilli(day*86400000).UTC().Format("2 Jan"), len(set), upload.MaxMinutesPerDay)
		}
		total += len(set)
	}
	if total != 14*upload.MaxMinutesPerDay {
		t.Errorf("uploads added %d minutes over 14 days, want %d (the cap, every day)", total, 14*upload.MaxMinutesPerDay)
	}
}

// A send that fails is reported as a failure, the file is not recorded as
// uploaded, and the retry sends the very same batches (the warehouse stores
// each once), so nothing is lost or counted twice.
func TestAbuseFailedUploadIsRetriedExactly(t *testing.T) {
	s := newSite(t, time.Hour)
	cap := &capture{fail: 2}
	s.srv.market.Frames = cap.frames
	ada, bob := s.onboard("ada"), s.onboard("bob")
	_, _, token := s.page(ada, "/upload")
	start := time.Now().UTC().Truncate(time.Hour).Add(-5 * 24 * time.Hour)
	var times []time.Time
	for i := range 3 * upload.MaxFrames {
		times = append(times, start.Add(time.Duration(i)*5*time.Second))
	}
	csv := csvAt(times, "heart_rate", "70")
	code, page := s.uploadFile(ada, token, "three.csv", csv)
	if code != 422 || strings.Contains(page, "readings added") {
		t.Fatalf("upload whose second batch failed: %d\n%s", code, page)
	}
	first := cap.sent(t)
	if len(first) != 1 {
		t.Fatalf("%d batches before the failure", len(first))
	}
	code, page = s.uploadFile(ada, token, "three.csv", csv)
	if code != 200 || !strings.Contains(page, fmt.Sprintf("%d readings added", len(times))) {
		t.Fatalf("retry %d:\n%s", code, page)
	}
	all := cap.sent(t)
	if len(all) != 4 || !bytes.Equal(all[0].Bytes(), all[1].Bytes()) {
		t.Fatalf("the retry's first batch is not the one already sent (%d batches)", len(all))
	}
	seqs := map[uint64]bool{}
	for _, b := range all[1:] {
		seqs[b.Seq()] = true
		if b.Device() != all[0].Device() {
			t.Fatal("the retry sends from another device: its readings would be stored twice")
		}
	}
	if len(seqs) != 3 {
		t.Fatalf("retry sent sequences %v", seqs)
	}
	// The same file is Bob's to upload too.
	_, _, bobToken := s.page(bob, "/upload")
	if code, page := s.uploadFile(bob, bobToken, "three.csv", csv); code != 200 || !strings.Contains(page, "readings added") {
		t.Fatalf("Bob uploading a file Ada uploaded: %d\n%s", code, page)
	}
}
