package portal

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
)

// MaxUpload bounds an uploaded file.
const MaxUpload = 256 << 20

// An upload is received (the browser shows the bytes going out), then checked
// and sent in the background while its page shows how far it got: an Apple
// Health export of hundreds of MB takes a while to read twice.
type uploadJob struct {
	owner    string // contributor id: nobody else sees the job
	name     string
	size     int64
	read     atomic.Int64 // bytes of the file read in the current pass
	readings atomic.Int64

	mu      sync.Mutex
	phase   string // checking, sending, done, failed
	message string
	ended   time.Time
}

// Upload phases.
const (
	phaseChecking = "checking"
	phaseSending  = "sending"
	phaseDone     = "done"
	phaseFailed   = "failed"
)

// uploadStatus is what the upload page shows and /upload/:id/status returns.
type uploadStatus struct {
	ID       string `json:"id"`
	File     string `json:"file"`
	Phase    string `json:"phase"`
	Percent  int    `json:"percent"` // of the current phase
	Readings int64  `json:"readings"`
	Message  string `json:"message,omitempty"`
}

func (j *uploadJob) status(id string) uploadStatus {
	j.mu.Lock()
	defer j.mu.Unlock()
	st := uploadStatus{ID: id, File: j.name, Phase: j.phase, Readings: j.readings.Load(), Message: j.message}
	if j.size > 0 {
		st.Percent = int(min(100, j.read.Load()*100/j.size))
	}
	if j.phase == phaseDone {
		st.Percent = 100
	}
	return st
}

func (j *uploadJob) setPhase(phase string) {
	j.mu.Lock()
	j.phase = phase
	j.mu.Unlock()
	j.read.Store(0)
}

func (j *uploadJob) end(phase, message string) {
	j.mu.Lock()
	j.phase, j.message, j.ended = phase, message, time.Now()
	j.mu.Unlock()
}

// countingReader counts the bytes a parser has read so far.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// uploadJobs holds recent upload jobs; finished ones are forgotten after an
// hour (what was sent is recorded in the ledger).
type uploadJobs struct {
	mu   sync.Mutex
	jobs map[string]*uploadJob
}

func (u *uploadJobs) add(j *uploadJob) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.jobs == nil {
		u.jobs = map[string]*uploadJob{}
	}
	for id, old := range u.jobs {
		old.mu.Lock()
		stale := !old.ended.IsZero() && time.Since(old.ended) > time.Hour
		old.mu.Unlock()
		if stale {
			delete(u.jobs, id)
		}
	}
	id := randomToken()[:22]
	u.jobs[id] = j
	return id
}

// get returns the job only to its owner.
func (u *uploadJobs) get(id, owner string) (*uploadJob, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	j, ok := u.jobs[id]
	if !ok || j.owner != owner {
		return nil, false
	}
	return j, true
}

func (s *Server) uploadPage(c *fiber.Ctx) error {
	return s.render(c, "upload", s.base(c, "Upload"))
}

// wantsJSON is true for the upload page's script, which shows progress.
func wantsJSON(c *fiber.Ctx) bool { return strings.Contains(c.Get("Accept"), "application/json") }

// upload stores a file on disk while hashing it, recognises a file uploaded
// before and its format, and starts the job that checks the whole file and
// only then sends its readings (see runUpload).
func (s *Server) upload(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	fail := func(status int, msg string) error {
		c.Status(status)
		if wantsJSON(c) {
			return c.JSON(fiber.Map{"error": msg})
		}
		data := s.base(c, "Upload")
		data["Error"] = msg
		return s.render(c, "upload", data)
	}
	if s.market.Frames == nil {
		return fail(fiber.StatusServiceUnavailable, "Uploads are not available right now.")
	}
	fh, err := c.FormFile("file")
	if err != nil {
		return fail(fiber.StatusBadRequest, "Choose a file to upload.")
	}
	if fh.Size > MaxUpload {
		return fail(fiber.StatusRequestEntityTooLarge, "The file is larger than 256 MiB.")
	}
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := os.CreateTemp("", "rhd-upload-*")
	if err != nil {
		return err
	}
	keep := false
	defer func() {
		if !keep {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(tmp, h), src); err != nil {
		return err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if prev, err := s.store.FindUpload(c.Context(), id.ContributorID, sum); err == nil {
		msg := fmt.Sprintf("You already uploaded this file (%s) on %s; it was not counted again.", prev.FileName, prev.CreatedAt.Format("2 Jan 2006"))
		if wantsJSON(c) {
			return c.JSON(fiber.Map{"message": msg})
		}
		data := s.base(c, "Upload")
		data["Done"] = msg
		return s.render(c, "upload", data)
	}
	head := make([]byte, 512)
	n, _ := tmp.ReadAt(head, 0)
	format, err := upload.Detect(fh.Filename, head[:n])
	if err != nil {
		return fail(fiber.StatusUnprocessableEntity, err.Error())
	}
	job := &uploadJob{owner: id.ContributorID, name: fh.Filename, size: fh.Size, phase: phaseChecking}
	jobID := s.uploads.add(job)
	keep = true
	go func() {
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		s.runUpload(job, tmp, format, sum)
	}()
	if wantsJSON(c) {
		return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"id": jobID, "status": "/upload/" + jobID + "/status"})
	}
	return c.Redirect("/upload/"+jobID, fiber.StatusSeeOther)
}

// runUpload checks the whole file, then sends its readings as signed batches
// from a per-file upload device onto the frames topic, the path device data
// takes. Nothing is sent from a file that cannot be read to its end.
func (s *Server) runUpload(job *uploadJob, file *os.File, format upload.Format, sum string) {
	// The job outlives the request that started it.
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	count := int64(0)
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		s.uploadFailed(job, err)
		return
	}
	skipped, err := upload.Parse(format, countingReader{file, &job.read}, func(upload.Reading) error {
		count++
		job.readings.Store(count)
		return nil
	})
	if err != nil {
		job.end(phaseFailed, "This file could not be read at "+err.Error())
		return
	}
	if count == 0 {
		job.end(phaseFailed, "This file holds no readings we collect (heart rate, steps, blood oxygen, …).")
		return
	}
	// An upload device of its own, paired like hardware, with a one-time key.
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	code, err := s.store.CreatePairingCode(ctx, job.owner, "upload")
	if err != nil {
		s.uploadFailed(job, err)
		return
	}
	dev, err := s.store.PairDevice(ctx, code, "upload-"+sum[:16], pub)
	if errors.Is(err, ledger.ErrExists) {
		job.end(phaseDone, "You already uploaded this file; it was not counted again.")
		return
	} else if err != nil {
		s.uploadFailed(job, err)
		return
	}
	job.setPhase(phaseSending)
	did, _ := frame.ParseDeviceID(dev.ID)
	b := &upload.Batcher{Device: did, Key: priv, Emit: func(batch []byte) error {
		return s.market.Frames(ctx, []byte(dev.ID), batch)
	}}
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		s.uploadFailed(job, err)
		return
	}
	if _, err := upload.Parse(format, countingReader{file, &job.read}, b.Add); err != nil {
		s.uploadFailed(job, err)
		return
	}
	if err := b.Flush(); err != nil {
		s.uploadFailed(job, err)
		return
	}
	s.store.RemoveDevice(ctx, job.owner, dev.ID) // an upload sends no more data
	if err := s.store.RecordUpload(ctx, ledger.Upload{ContributorID: job.owner, SHA256: sum, FileName: job.name, DeviceID: dev.ID, Readings: count}); err != nil {
		s.uploadFailed(job, err)
		return
	}
	msg := fmt.Sprintf("%s: %d readings added", job.name, count)
	if skipped > 0 {
		msg = fmt.Sprintf("%s (%d implausible values left out)", msg, skipped)
	}
	job.end(phaseDone, msg)
}

// uploadFailed reports a failure on our side (not the file's) in plain words
// and logs the details for operators.
func (s *Server) uploadFailed(job *uploadJob, err error) {
	slog.Error("portal: upload", "file", job.name, "err", err)
	job.end(phaseFailed, "Something went wrong on our side while adding this file; please try again later.")
}

// uploadProgress shows one upload's progress; it refreshes itself until the
// upload ends (the script updates it in place).
func (s *Server) uploadProgress(c *fiber.Ctx) error {
	job, ok := s.uploads.get(c.Params("upload"), c.Locals("identity").(ledger.Identity).ContributorID)
	if !ok {
		return fiber.NewError(fiber.StatusNotFound, "No such upload.")
	}
	data := s.base(c, "Upload")
	st := job.status(c.Params("upload"))
	data["Job"] = st
	switch st.Phase {
	case phaseDone:
		data["Done"] = st.Message
	case phaseFailed:
		data["Error"] = st.Message
		c.Status(fiber.StatusUnprocessableEntity)
	default:
		data["Refresh"] = 1 // without the script, the page still moves on
	}
	return s.render(c, "upload", data)
}

func (s *Server) uploadStatus(c *fiber.Ctx) error {
	job, ok := s.uploads.get(c.Params("upload"), c.Locals("identity").(ledger.Identity).ContributorID)
	if !ok {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such upload"})
	}
	return c.JSON(job.status(c.Params("upload")))
}
