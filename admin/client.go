package admin

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"rhd.dev/cohorter/bundle"
	"rhd.dev/ingest/importer"
)

// Upload posts the file at path for contributor (email or id) to the
// running rhd, which imports it as the portal's upload page does. running
// is false when nothing runs on the data dir.
func (c Client) Upload(ctx context.Context, contributor, path string) (res importer.Result, running bool, err error) {
	addr, err := os.ReadFile(AddrFile(c.DataDir))
	if err != nil {
		return res, false, nil
	}
	token, err := Token(c.DataDir, c.Token, false)
	if err != nil {
		return res, true, err
	}
	f, err := os.Open(path)
	if err != nil {
		return res, true, err
	}
	defer f.Close()
	u := "http://" + strings.TrimSpace(string(addr)) + "/v1/uploads?" + url.Values{"contributor": {contributor}, "name": {filepath.Base(path)}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, f)
	if err != nil {
		return res, true, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return res, false, nil // stale file: nothing runs there any more
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return res, true, fmt.Errorf("running rhd answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	return res, true, json.NewDecoder(resp.Body).Decode(&res)
}

// ExportBundle asks the running rhd (which owns the warehouse) for a new
// bundle of snapshot and writes it to out: a .zip file, or a directory it
// is extracted into. running is false when nothing runs on the data dir.
func (c Client) ExportBundle(ctx context.Context, snapshot string, formats []string, out string, progress io.Writer) (running bool, err error) {
	resp, running, err := c.Get(ctx, "/v1/snapshots/"+url.PathEscape(snapshot)+"/bundle.zip?formats="+url.QueryEscape(strings.Join(formats, ",")))
	if !running || err != nil {
		return running, err
	}
	defer resp.Body.Close()
	bar := NewProgress(progress, -1, "downloading bundle", true)
	target := out
	if !strings.HasSuffix(out, ".zip") {
		target = filepath.Join(os.TempDir(), fmt.Sprintf("rhd-bundle-%d.zip", time.Now().UnixNano()))
		defer os.Remove(target)
	}
	f, err := os.Create(target)
	if err != nil {
		return true, err
	}
	if _, err := io.Copy(io.MultiWriter(f, bar), resp.Body); err != nil {
		f.Close()
		return true, err
	}
	bar.Finish()
	if err := f.Close(); err != nil {
		return true, err
	}
	if target != out {
		return true, bundle.Unzip(target, out)
	}
	return true, nil
}
