package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
)

// Handler is the admin API's POST /v1/uploads?contributor=EMAIL&name=FILE:
// the body is the file (at most maxBytes), the answer the import's
// importer.Result as JSON: 200 when added or already uploaded, 422 when the
// file is refused.
func Handler(im *Importer, maxBytes int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		// The portal's upload timeouts, not the admin API's short ones: a
		// file of hundreds of MB is received, then read twice.
		rc := http.NewResponseController(w)
		rc.SetReadDeadline(time.Now().Add(30 * time.Minute))
		rc.SetWriteDeadline(time.Now().Add(90 * time.Minute))
		q := r.URL.Query()
		owner, err := FindContributor(r.Context(), im.Store, q.Get("contributor"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		name := upload.Clip(filepath.Base(q.Get("name")), 120)
		if name == "" || name == "." {
			http.Error(w, "name the file (?name=)", http.StatusBadRequest)
			return
		}
		res, status, err := ImportFile(r.Context(), im, owner.ID, name, http.MaxBytesReader(w, r.Body, maxBytes))
		if err != nil {
			http.Error(w, err.Error(), status)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(res)
	}
}

// ImportFile copies body into a temporary file (hashing it), recognises its
// format and imports it; the status is what the admin API answers.
func ImportFile(ctx context.Context, im *Importer, owner, name string, body io.Reader) (Result, int, error) {
	tmp, err := os.CreateTemp("", "rhd-upload-*")
	if err != nil {
		return Result{}, http.StatusInternalServerError, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	h := sha256.New()
	size, err := io.Copy(io.MultiWriter(tmp, h), body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return Result{}, http.StatusRequestEntityTooLarge, fmt.Errorf("the file is larger than %d MiB", tooLarge.Limit>>20)
	case err != nil:
		return Result{}, http.StatusBadRequest, fmt.Errorf("the file did not arrive whole: %w", err)
	}
	head := make([]byte, 512)
	n, _ := tmp.ReadAt(head, 0)
	format, err := upload.Detect(name, head[:n])
	if err != nil {
		return Result{File: name, Failed: true, Message: err.Error()}, http.StatusUnprocessableEntity, nil
	}
	res, err := im.Import(ctx, owner, name, io.NewSectionReader(tmp, 0, size), hex.EncodeToString(h.Sum(nil)), format, nil)
	switch {
	case err != nil:
		return res, http.StatusInternalServerError, err
	case res.Failed:
		return res, http.StatusUnprocessableEntity, nil
	}
	return res, http.StatusOK, nil
}

// FindContributor accepts a contributor's email (any letter case) or id.
func FindContributor(ctx context.Context, store *ledger.Store, emailOrID string) (ledger.Contributor, error) {
	c, err := store.ContributorByEmail(ctx, emailOrID)
	if errors.Is(err, ledger.ErrNotFound) {
		c, err = store.Contributor(ctx, emailOrID)
	}
	if errors.Is(err, ledger.ErrNotFound) {
		return c, fmt.Errorf("no contributor with email or id %q", emailOrID)
	}
	return c, err
}
