package portal

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ingest/importer"
	"rhd.dev/ingest/upload"
	"rhd.dev/ledger"
)

// MaxUpload bounds an uploaded file.
const MaxUpload = 256 << 20

var msgTooLarge = fmt.Sprintf("The file is larger than %d MiB.", MaxUpload>>20)

// How many uploads run at once — being received, checked or sent: one per
// contributor, a few overall (each takes a core to parse and up to
// MaxUpload of disk).
const (
	maxUploadsPerContributor = 1
	maxActiveUploads         = 4
	maxJobsPerContributor    = 20 // finished jobs kept for their status page
)

// An upload is received (the browser shows the bytes going out), then checked
// and sent in the background while its page shows how far it got: an Apple
// Health export of hundreds of MB takes a while to read twice.
type uploadJob struct {
	owner    string // contributor id: nobody else sees the job
	name     string
	size     int64
	started  time.Time
	progress importer.Progress

	mu      sync.Mutex
	phase   string // checking (sending once progress says so), done, failed
	message string
	result  *importer.Result // what was added and left out, once ended
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
	ID       string           `json:"id"`
	File     string           `json:"file"`
	Phase    string           `json:"phase"`
	Percent  int              `json:"percent"` // of the current phase
	Readings int64            `json:"readings"`
	Message  string           `json:"message,omitempty"`
	Format   upload.Format    `json:"format,omitempty"`
	Added    map[string]int64 `json:"added,omitempty"`   // readings sent, by metric
	Skipped  map[string]int64 `json:"skipped,omitempty"` // values left out, by reason
	From     *time.Time       `json:"from,omitempty"`    // first reading added
	To       *time.Time       `json:"to,omitempty"`      // last reading added
	Notes    []string         `json:"notes,omitempty"`
}

func (j *uploadJob) status(id string) uploadStatus {
	j.mu.Lock()
	defer j.mu.Unlock()
	phase := j.phase
	if phase == phaseChecking && j.progress.Sending.Load() {
		phase = phaseSending
	}
	st := uploadStatus{ID: id, File: j.name, Phase: phase, Readings: j.progress.Readings.Load(), Message: j.message}
	if j.size > 0 {
		st.Percent = int(min(100, j.progress.Read.Load()*100/j.size))
	}
	if j.phase == phaseDone {
		st.Percent = 100
	}
	if r := j.result; r != nil {
		st.Format, st.Added, st.Skipped, st.From, st.To, st.Notes = r.Format, r.AddedBy, r.SkippedBy, r.From, r.To, r.Notes
	}
	return st
}

func (j *uploadJob) end(phase, message string, result *importer.Result) {
	j.mu.Lock()
	j.phase, j.message, j.result, j.ended = phase, message, result, time.Now()
	j.mu.Unlock()
}

// uploadJobs holds recent upload jobs — finished ones for an hour, at most
// maxJobsPerContributor per contributor (what was sent is recorded in the
// ledger) — and counts the uploads under way.
type uploadJobs struct {
	mu        sync.Mutex
	jobs      map[string]*uploadJob
	active    map[string]int // per contributor
	total     int
	maxActive int // overall; 0 means maxActiveUploads
}

var (
	errUploadInProgress = errors.New("You already have an upload in progress. Wait until it has finished, then upload the next file.")
	errUploadsBusy      = errors.New("Many files are being uploaded right now. Please try again in a minute.")
)

// acquire claims a place for one upload of owner; release gives it back.
func (u *uploadJobs) acquire(owner string) (release func(), err error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	limit := u.maxActive
	if limit == 0 {
		limit = maxActiveUploads
	}
	switch {
	case u.active[owner] >= maxUploadsPerContributor:
		return nil, errUploadInProgress
	case u.total >= limit:
		return nil, errUploadsBusy
	}
	if u.active == nil {
		u.active = map[string]int{}
	}
	u.active[owner]++
	u.total++
	var once sync.Once
	return func() {
		once.Do(func() {
			u.mu.Lock()
			defer u.mu.Unlock()
			if u.active[owner]--; u.active[owner] == 0 {
				delete(u.active, owner)
			}
			u.total--
		})
	}, nil
}

func (u *uploadJobs) add(j *uploadJob) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.jobs == nil {
		u.jobs = map[string]*uploadJob{}
	}
	var oldest string
	mine := 0
	for id, old := range u.jobs {
		old.mu.Lock()
		ended := old.ended
		old.mu.Unlock()
		if !ended.IsZero() && time.Since(ended) > time.Hour {
			delete(u.jobs, id)
			continue
		}
		if old.owner == j.owner && !ended.IsZero() {
			if mine++; oldest == "" || old.started.Before(u.jobs[oldest].started) {
				oldest = id
			}
		}
	}
	if mine >= maxJobsPerContributor {
		delete(u.jobs, oldest)
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

func (s *Server) uploadPage(c *fiber.Ctx) error { return s.render(c, "upload", s.uploadData(c)) }

// uploadData is what every upload page shows: the limits uploads have.
func (s *Server) uploadData(c *fiber.Ctx) map[string]any {
	data := s.base(c, "Upload")
	data["ReachDays"], data["MinutesPerDay"] = s.uploadReachDays(), upload.MaxMinutesPerDay
	return data
}

// uploadReach is how far back an upload's readings may go: a snapshot's
// data window (older readings are never part of a cohort).
func (s *Server) uploadReach() time.Duration { return s.cfg.Policy.Window }

func (s *Server) uploadReachDays() int { return int(s.uploadReach() / (24 * time.Hour)) }

// wantsJSON is true for the upload page's script, which shows progress.
func wantsJSON(c *fiber.Ctx) bool { return strings.Contains(c.Get("Accept"), "application/json") }

// received is an uploaded file in a temporary file, with its SHA-256.
type received struct {
	file *os.File
	name string
	size int64
	sum  string
}

func (r *received) discard() {
	r.file.Close()
	os.Remove(r.file.Name())
}

// receiveUpload reads the upload form straight from the request body: first
// the CSRF field (checked before any of the file is read), then the file,
// hashed on its way into a temporary file and cut off past MaxUpload.
func (s *Server) receiveUpload(c *fiber.Ctx) (*received, error) {
	boundary := string(c.Request().Header.MultipartFormBoundary())
	body := c.Context().RequestBodyStream()
	if boundary == "" || body == nil {
		return nil, fiber.NewError(fiber.StatusBadRequest, "Choose a file to upload.")
	}
	mr := multipart.NewReader(body, boundary)
	p, err := mr.NextPart()
	if err != nil || p.FormName() != "csrf" {
		return nil, errFormExpired
	}
	token, _ := io.ReadAll(io.LimitReader(p, 256))
	want := c.Locals("session").(ledger.Session).CSRF
	if want == "" || subtle.ConstantTimeCompare(token, []byte(want)) != 1 {
		return nil, errFormExpired
	}
	if p, err = mr.NextPart(); err != nil || p.FormName() != "file" || p.FileName() == "" {
		return nil, fiber.NewError(fiber.StatusBadRequest, "Choose a file to upload.")
	}
	tmp, err := os.CreateTemp("", "rhd-upload-*")
	if err != nil {
		return nil, err
	}
	r := &received{file: tmp, name: upload.Clip(p.FileName(), 120)}
	h := sha256.New()
	r.size, err = io.Copy(io.MultiWriter(tmp, h), io.LimitReader(p, MaxUpload+1))
	switch {
	case err != nil:
		r.discard()
		return nil, fiber.NewError(fiber.StatusBadRequest, "The file did not arrive whole. Please try again.")
	case r.size > MaxUpload:
		r.discard()
		return nil, fiber.NewError(fiber.StatusRequestEntityTooLarge, msgTooLarge)
	}
	r.sum = hex.EncodeToString(h.Sum(nil))
	return r, nil
}

var errFormExpired = fiber.NewError(fiber.StatusForbidden, "This form expired. Please reload the page and try again.")

// upload receives a file (see receiveUpload), recognises a file uploaded
// before and its format, and starts the job that checks the whole file and
// only then sends its readings (see runUpload). The route has no CSRF
// middleware: that would read the whole form, file included, first.
func (s *Server) upload(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	fail := func(status int, msg string) error {
		c.Status(status)
		if wantsJSON(c) {
			return c.JSON(fiber.Map{"error": msg})
		}
		data := s.uploadData(c)
		data["Error"] = msg
		return s.render(c, "upload", data)
	}
	if s.market.Frames == nil {
		return fail(fiber.StatusServiceUnavailable, "Uploads are not available right now.")
	}
	release, err := s.uploads.acquire(id.ContributorID)
	if err != nil {
		c.Set(fiber.HeaderRetryAfter, "60")
		return fail(fiber.StatusTooManyRequests, err.Error())
	}
	started := false
	defer func() {
		if !started {
			release()
		}
	}()
	rec, err := s.receiveUpload(c)
	var fe *fiber.Error
	if errors.As(err, &fe) {
		return fail(fe.Code, fe.Message)
	} else if err != nil {
		return err
	}
	keep := false
	defer func() {
		if !keep {
			rec.discard()
		}
	}()
	if prev, err := s.store.FindUpload(c.UserContext(), id.ContributorID, rec.sum); err == nil {
		msg := fmt.Sprintf("You already uploaded this file (%s) on %s; it was not counted again.", prev.FileName, prev.CreatedAt.Format("2 Jan 2006"))
		if wantsJSON(c) {
			return c.JSON(fiber.Map{"message": msg})
		}
		data := s.uploadData(c)
		data["Done"] = msg
		return s.render(c, "upload", data)
	}
	head := make([]byte, 512)
	n, _ := rec.file.ReadAt(head, 0)
	format, err := upload.Detect(rec.name, head[:n])
	if err != nil {
		return fail(fiber.StatusUnprocessableEntity, err.Error())
	}
	job := &uploadJob{owner: id.ContributorID, name: rec.name, size: rec.size, started: time.Now(), phase: phaseChecking}
	jobID := s.uploads.add(job)
	keep, started = true, true
	go func() {
		defer release()
		defer rec.discard()
		s.runUpload(job, rec.file, format, rec.sum)
	}()
	if wantsJSON(c) {
		return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"id": jobID, "status": "/upload/" + jobID + "/status"})
	}
	return c.Redirect("/upload/"+jobID, fiber.StatusSeeOther)
}

// runUpload adds the file through the one import path (importer.Importer)
// and records how it ended for the progress page.
func (s *Server) runUpload(job *uploadJob, file *os.File, format upload.Format, sum string) {
	// The job outlives the request that started it.
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	im := &importer.Importer{Store: s.store, Send: s.market.Frames, Reach: s.uploadReach()}
	res, err := im.Import(ctx, job.owner, job.name, io.NewSectionReader(file, 0, job.size), sum, format, &job.progress)
	switch {
	case errors.Is(err, importer.ErrStopped):
		slog.Error("portal: upload", "file", job.name, "err", err)
		job.end(phaseFailed, "Adding this file stopped part-way because of a problem on our side, so it is not counted yet. "+
			"Please upload it again later: what was already sent will not count twice.", nil)
	case err != nil:
		slog.Error("portal: upload", "file", job.name, "err", err)
		job.end(phaseFailed, "Something went wrong on our side while adding this file; please try again later.", nil)
	case res.Failed:
		job.end(phaseFailed, res.Message, &res)
	default:
		job.end(phaseDone, res.Message, &res)
	}
}

// uploadProgress shows one upload's progress; it refreshes itself until the
// upload ends (the script updates it in place).
func (s *Server) uploadProgress(c *fiber.Ctx) error {
	job, ok := s.uploads.get(c.Params("upload"), c.Locals("identity").(ledger.Identity).ContributorID)
	if !ok {
		return fiber.NewError(fiber.StatusNotFound, "No such upload.")
	}
	data := s.uploadData(c)
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
