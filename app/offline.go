package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/admin"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/ingest/importer"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/portal"
	"rhd.dev/settle"
)

// What the CLI does on the data dir's own files when no rhd runs there to
// ask (admin.Client reports running false).

// LocalStats collects the stats from the data dir's stores.
func LocalStats(ctx context.Context, cfg *Config) (admin.Stats, error) {
	store, err := OpenLedger(ctx, cfg)
	if err != nil {
		return admin.Stats{}, err
	}
	defer store.Close()
	wh, err := OpenWarehouse(ctx, cfg)
	if err != nil {
		return admin.Stats{}, err
	}
	defer wh.Close()
	src := &admin.Source{DataDir: cfg.DataDir, Brokers: cfg.Brokers(), Store: store, WH: wh}
	if cfg.KafkaBrokers != "" {
		if cl, err := kafka.NewClient(cfg.Kafka(), ""); err == nil {
			defer cl.Close()
			src.Adm = kadm.NewClient(cl)
		}
	}
	st, err := src.Collect(ctx)
	if err == nil && src.Adm == nil {
		st.Kafka.LagErr = "unknown: the embedded Kafka runs only inside rhd dev"
	}
	return st, err
}

// VerifyPayout checks account's payout for sale against the chain's root.
func VerifyPayout(ctx context.Context, cfg *Config, account, sale string) (settle.Receipt, error) {
	store, err := OpenLedger(ctx, cfg)
	if err != nil {
		return settle.Receipt{}, err
	}
	defer store.Close()
	addr, err := admin.ResolveAccount(ctx, store, account)
	if err != nil {
		return settle.Receipt{}, err
	}
	ch, closeChain, err := OpenChain(ctx, cfg)
	if err != nil {
		return settle.Receipt{}, err
	}
	defer closeChain()
	return (&settle.Settler{Store: store, Chain: ch}).Verify(ctx, addr, sale)
}

// ExportBundle exports snapshot from the data dir's warehouse to out: a
// path ending in .zip, or a directory. progress is told the rows written.
func ExportBundle(ctx context.Context, cfg *Config, snapshot string, formats []string, out string, progress io.Writer) (bundle.Manifest, error) {
	store, err := OpenLedger(ctx, cfg)
	if err != nil {
		return bundle.Manifest{}, err
	}
	defer store.Close()
	sn, err := store.Snapshot(ctx, snapshot)
	if err != nil {
		return bundle.Manifest{}, fmt.Errorf("snapshot %s: %w", snapshot, err)
	}
	wh, err := OpenWarehouse(ctx, cfg)
	if err != nil {
		return bundle.Manifest{}, err
	}
	defer wh.Close()
	bar := admin.NewProgress(progress, sn.Rows, "exporting rows", false)
	var sink bundle.Sink = bundle.Dir(out)
	var closeSink func() error
	if strings.HasSuffix(out, ".zip") {
		f, err := os.Create(out)
		if err != nil {
			return bundle.Manifest{}, err
		}
		z := bundle.NewZip(f)
		sink, closeSink = z, func() error { z.Close(); return f.Close() }
	}
	man, err := bundle.ExportSnapshot(ctx, store, wh, snapshot, formats, sink, bar.Set)
	if closeSink != nil {
		if cerr := closeSink(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		bar.Finish()
	}
	return man, err
}

// LocalImport imports contributors' files on the data dir's ledger and
// Kafka: the embedded cluster is started on its data for the import, so
// the stream stores the batches when rhd next runs.
type LocalImport struct {
	store *ledger.Store
	cl    *kgo.Client
	stop  func()
	im    *importer.Importer
}

// OpenLocalImport opens the ledger and Kafka of cfg for imports.
func OpenLocalImport(ctx context.Context, cfg *Config) (*LocalImport, error) {
	store, err := OpenLedger(ctx, cfg)
	if err != nil {
		return nil, err
	}
	l := &LocalImport{store: store, stop: func() {}}
	if len(cfg.KafkaBrokers) == 0 {
		c, err := StartEmbeddedKafka(cfg)
		if err != nil {
			store.Close()
			return nil, err
		}
		l.stop = c.Close
	}
	if l.cl, err = kafka.NewClient(cfg.Kafka(), ""); err != nil {
		l.Close()
		return nil, err
	}
	rkey, err := RecordKey(ctx, store)
	if err != nil {
		l.Close()
		return nil, err
	}
	l.im = &importer.Importer{Store: store, Send: UploadFrames(l.cl, rkey), Reach: cfg.Policy().Window}
	return l, nil
}

// Add imports the file at path for contributor (email or id).
func (l *LocalImport) Add(ctx context.Context, contributor, path string) (importer.Result, error) {
	owner, err := importer.FindContributor(ctx, l.store, contributor)
	if err != nil {
		return importer.Result{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return importer.Result{}, err
	}
	defer f.Close()
	res, _, err := importer.ImportFile(ctx, l.im, owner.ID, filepath.Base(path), io.LimitReader(f, portal.MaxUpload+1))
	return res, err
}

// Close stops the import's Kafka client and cluster and closes the ledger.
func (l *LocalImport) Close() {
	if l.cl != nil {
		l.cl.Close()
	}
	l.stop()
	l.store.Close()
}

// EnsureWallets creates the custodial wallet of contributor (email or id),
// or of every contributor without one with "all"; each is told every
// contributor's address. It is idempotent.
func EnsureWallets(ctx context.Context, cfg *Config, contributor string, each func(email string, addr common.Address)) error {
	store, err := OpenLedger(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	kr, err := OpenKeyring(cfg)
	if err != nil {
		return err
	}
	s := &settle.Settler{Store: store, Keyring: kr}
	var all []ledger.Contributor
	if contributor == "all" {
		all, err = store.Contributors(ctx)
	} else {
		var c ledger.Contributor
		c, err = importer.FindContributor(ctx, store, contributor)
		all = []ledger.Contributor{c}
	}
	if err != nil {
		return err
	}
	for _, c := range all {
		addr, err := s.EnsureWallet(ctx, c.ID)
		if err != nil {
			return err
		}
		each(c.Email, addr)
	}
	if len(all) == 0 {
		return fmt.Errorf("no contributor %q", contributor)
	}
	return nil
}
