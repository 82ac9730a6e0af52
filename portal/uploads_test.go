package portal

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

func (s *site) uploadFile(c *http.Client, token, name, content string) (int, string) {
	s.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", token)
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write([]byte(content))
	mw.Close()
	resp, err := c.Post(s.url+"/upload", mw.FormDataContentType(), &buf)
	if err != nil {
		s.t.Fatal(err)
	}
	return resp.StatusCode, body(resp)
}

func TestUploadBecomesFramesOnceAndBrokenFilesSayWhere(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/upload")
	csv := "time,metric,value\n2026-11-20T08:00:00Z,heart_rate,61\n2026-11-20T08:01:00Z,heart_rate,63\n2026-11-20T08:01:00Z,steps,40\n"
	code, page := s.uploadFile(ada, token, "walk.csv", csv)
	if code != 200 || !strings.Contains(page, "3 readings added") {
		t.Fatalf("upload %d:\n%s", code, page)
	}
	if len(s.frames) != 1 {
		t.Fatalf("%d batches sent, want 1", len(s.frames))
	}
	b, err := frame.Parse(s.frames[0])
	if err != nil || b.Samples() != 3 {
		t.Fatalf("sent batch: %v (%d samples)", err, b.Samples())
	}
	dev, err := s.store.Device(t.Context(), b.Device().String())
	if err != nil || b.Verify(dev.PublicKey) != nil || dev.ContributorID != contributorID(t, s, "ada@example.org") {
		t.Fatalf("the batch is not signed by Ada's upload device: %v", err)
	}
	// The same file again is recognised and sends nothing.
	code, page = s.uploadFile(ada, token, "copy.csv", csv)
	if !strings.Contains(page, "already uploaded") || len(s.frames) != 1 {
		t.Fatalf("re-upload %d (%d batches):\n%s", code, len(s.frames), page)
	}
	// A broken file says where, and sends nothing.
	code, page = s.uploadFile(ada, token, "bad.csv", "time,metric,value\n2026-11-20T08:00:00Z,heart_rate,61\nyesterday,steps,3\n")
	if code != 422 || !strings.Contains(page, "line 3") || len(s.frames) != 1 {
		t.Fatalf("broken file %d:\n%s", code, page)
	}
	if code, _ := s.uploadFile(ada, "bad-token", "x.csv", csv); code != 403 {
		t.Fatalf("upload without a valid CSRF token: %d", code)
	}
}
