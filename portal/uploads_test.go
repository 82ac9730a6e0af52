package portal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

// uploadFile posts a file as the form does without its script, then follows
// the upload's progress page until the upload has ended. It returns the last
// status and page.
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
	if resp.StatusCode != http.StatusSeeOther {
		return resp.StatusCode, body(resp)
	}
	resp.Body.Close()
	progress := resp.Header.Get("Location")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		code, page, _ := s.page(c, progress)
		if !strings.Contains(page, `http-equiv="refresh"`) || time.Now().After(deadline) {
			return code, page
		}
	}
}

func TestUploadBecomesFramesOnceAndBrokenFilesSayWhere(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/upload")
	at := time.Now().UTC().Add(-3 * time.Hour).Truncate(time.Minute)
	csv := fmt.Sprintf("time,metric,value\n%s,heart_rate,61\n%s,heart_rate,63\n%[2]s,steps,40\n", at.Format(time.RFC3339), at.Add(time.Minute).Format(time.RFC3339))
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
	// A file we cannot even recognise is refused at once.
	if code, page := s.uploadFile(ada, token, "notes.docx", "PK\x03\x04"); code != 422 || strings.Contains(page, "refresh") {
		t.Fatalf("unknown format %d:\n%s", code, page)
	}
}

// Progress is visible to the uploader only, as a page and as JSON for the
// page's script; the file is checked to its end before anything is sent.
func TestUploadProgressBelongsToTheUploader(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	bob := s.onboard("bob")
	_, _, token := s.page(ada, "/upload")
	var csv strings.Builder
	csv.WriteString("time,metric,value\n")
	start := time.Now().UTC().Add(-20 * 24 * time.Hour)
	for i := range 5000 {
		fmt.Fprintf(&csv, "%s,heart_rate,%d\n", start.Add(time.Duration(i)*5*time.Minute).Format(time.RFC3339), 60+i%30)
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", token)
	fw, _ := mw.CreateFormFile("file", "month.csv")
	fw.Write([]byte(csv.String()))
	mw.Close()
	req, _ := http.NewRequest("POST", s.url+"/upload", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Accept", "application/json")
	resp, err := ada.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var started struct{ ID, Status string }
	json.NewDecoder(resp.Body).Decode(&started)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || started.Status != "/upload/"+started.ID+"/status" {
		t.Fatalf("script upload: %d %+v", resp.StatusCode, started)
	}
	var st uploadStatus
	for deadline := time.Now().Add(10 * time.Second); st.Phase != phaseDone && st.Phase != phaseFailed; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("upload still %+v", st)
		}
		code, page, _ := s.page(ada, started.Status)
		if code != 200 || json.Unmarshal([]byte(page), &st) != nil || st.Percent < 0 || st.Percent > 100 {
			t.Fatalf("status %d %s", code, page)
		}
	}
	if st.Phase != phaseDone || st.Percent != 100 || st.Readings != 5000 || !strings.Contains(st.Message, "5000 readings added") {
		t.Fatalf("final status %+v", st)
	}
	for _, path := range []string{started.Status, "/upload/" + started.ID} {
		if code, _, _ := s.page(bob, path); code != 404 {
			t.Fatalf("another contributor sees %s: %d", path, code)
		}
		if code, _, _ := s.page(client(), path); code != 302 {
			t.Fatalf("anonymous on %s: %d", path, code)
		}
	}
	// A file broken near its end fails in the checking pass: nothing sent.
	before := len(s.frames)
	code, page := s.uploadFile(ada, token, "broken.csv", csv.String()+"not a time,heart_rate,60\n")
	if code != 422 || !strings.Contains(page, "line 5002") || len(s.frames) != before {
		t.Fatalf("broken file %d (%d batches sent):\n%s", code, len(s.frames)-before, page)
	}
}
