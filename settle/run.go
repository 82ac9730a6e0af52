package settle

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"rhd.dev/kafka"
	"rhd.dev/settle/devchain"
	"rhd.dev/settle/wallet"
	"rhd.dev/warehouse"
)

// ChainConfig says which chain settlement uses and where its local state lives.
type ChainConfig struct {
	// RPC is an external node's endpoint; empty runs the embedded chain in
	// DataDir/chain.
	RPC string
	// OperatorKey is the operator's hex private key, or a file holding one
	// (external chains only: the embedded chain brings its own).
	OperatorKey string
	// ContractAdmin, when set, administers newly deployed contracts instead
	// of the operator.
	ContractAdmin string
	// WalletKey is the custodial master key (see wallet.LoadMasterKey).
	WalletKey string
	// DutyKeys are the committer's, claimer's, minter's and relayer's keys
	// (hex or files), all four or none; none derives them from the operator
	// key (see ParseKeys).
	DutyKeys [4]string
	// DataDir keeps the contracts' addresses, the embedded chain and, for
	// the embedded chain, the generated master key.
	DataDir string
}

// OpenKeyring loads the custodial master key (generated into the data dir
// for the embedded chain).
func OpenKeyring(cfg ChainConfig) (*wallet.Keyring, error) {
	devFile := ""
	if cfg.RPC == "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return nil, err
		}
		devFile = filepath.Join(cfg.DataDir, "wallet.key")
	}
	k, err := wallet.LoadMasterKey(cfg.WalletKey, devFile)
	if err != nil {
		return nil, err
	}
	return wallet.NewKeyring(k)
}

// OpenChain connects to cfg.RPC or starts the embedded chain, deploying the
// contracts on first use (their addresses are kept in the data dir, so
// later starts reuse them). The returned func closes the connection.
func OpenChain(ctx context.Context, cfg ChainConfig) (*Chain, func(), error) {
	var backend Backend
	var operator *ecdsa.PrivateKey
	closeFn := func() {}
	if cfg.RPC != "" {
		cl, err := ethclient.DialContext(ctx, cfg.RPC)
		if err != nil {
			return nil, nil, fmt.Errorf("RHD_ETH_RPC: %w", err)
		}
		if operator, err = ParseKey(cfg.OperatorKey); err != nil {
			cl.Close()
			return nil, nil, errors.New("RHD_OPERATOR_KEY must be a hex private key or a file holding one")
		}
		backend, closeFn = cl, cl.Close
	} else {
		dc, err := devchain.Start(filepath.Join(cfg.DataDir, "chain"))
		if err != nil {
			return nil, nil, fmt.Errorf("embedded chain: %w (is another rhd using %s?)", err, cfg.DataDir)
		}
		backend, operator, closeFn = dc.Client, dc.Operator, func() { dc.Close() }
	}
	keys, derived, err := ParseKeys(operator, cfg.DutyKeys[0], cfg.DutyKeys[1], cfg.DutyKeys[2], cfg.DutyKeys[3])
	if err == nil && derived {
		// Keys derived from the operator's pay their gas from it.
		err = FundKeys(ctx, backend, operator, keys, DerivedKeyFunding(cfg.RPC == ""))
	}
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	addrs, err := deployOnce(ctx, cfg, backend, operator, keys)
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	ch, err := OpenKeys(ctx, backend, keys, addrs)
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	return ch, closeFn, nil
}

// deployOnce reads the contracts' addresses from the data dir, deploying
// them (and recording where) when the file is missing.
func deployOnce(ctx context.Context, cfg ChainConfig, backend Backend, operator *ecdsa.PrivateKey, keys Keys) (Addresses, error) {
	addrFile := filepath.Join(cfg.DataDir, "contracts.json")
	var addrs Addresses
	if b, err := os.ReadFile(addrFile); err == nil {
		if err := json.Unmarshal(b, &addrs); err != nil {
			return addrs, fmt.Errorf("%s: %w", addrFile, err)
		}
		return addrs, nil
	}
	admin := crypto.PubkeyToAddress(operator.PublicKey)
	if cfg.ContractAdmin != "" {
		if !common.IsHexAddress(cfg.ContractAdmin) {
			return addrs, errors.New("RHD_CONTRACT_ADMIN must be an address (0x…)")
		}
		admin = common.HexToAddress(cfg.ContractAdmin)
	}
	dctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	addrs, err := DeployWithAdmin(dctx, backend, operator, admin, keys)
	cancel()
	if err != nil {
		return addrs, err
	}
	b, _ := json.MarshalIndent(addrs, "", "  ")
	if err := os.WriteFile(addrFile, b, 0o600); err != nil {
		return addrs, err
	}
	slog.Info("settle: contracts deployed", "distributor", addrs.Distributor.Hex(), "records", addrs.Records.Hex(), "consent", addrs.Consent.Hex())
	return addrs, nil
}

// AnnounceEvery is how often the ledger's outbox of sales is published.
const AnnounceEvery = time.Second

// Scheduler runs fn every interval under name, retrying failures with
// backoff, until ctx ends (jobs.Registry is one).
type Scheduler interface {
	Every(ctx context.Context, name string, interval time.Duration, fn func(context.Context) error)
}

// RunConfig is what the settlement loop needs besides the Settler.
type RunConfig struct {
	Kafka kafka.Config
	Every time.Duration // how often payouts are committed
	// SharedChain is true for an external chain, which another process may
	// use with the same operator key: the loop then takes a lease first.
	SharedChain bool
	// Warehouse, when set, lets the loop mint contribution records.
	Warehouse warehouse.Warehouse
}

// Run announces paid orders' sales from the ledger's outbox, consumes sales
// and, every interval, commits payouts on chain, claims and burns the credit
// of paid cash-outs, relays consent changes and mints contribution
// records (when it can read the warehouse), until ctx ends. The interval's
// steps run in order as the job "settlement"; each runs whatever another
// failed, and a run with a failed step is retried by js with backoff.
func (s *Settler) Run(ctx context.Context, cfg RunConfig, js Scheduler) {
	if s.Lease == "" && cfg.SharedChain {
		// One settler per operator key: a second process waits for the
		// first's lease to lapse instead of racing its nonces. (The
		// embedded chain is one process's already: its data dir is locked.)
		host, _ := os.Hostname()
		s.Lease = fmt.Sprintf("%s/%d/%d", host, os.Getpid(), time.Now().UnixNano())
		s.LeaseTTL = max(30*time.Second, 3*cfg.Every)
		defer func() {
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			if err := s.ReleaseLease(rctx); err != nil {
				slog.Warn("settle: releasing the operator key's lease", "err", err)
			}
		}()
	}
	if err := s.Recover(ctx); err != nil && ctx.Err() == nil {
		slog.Error("settle: resending stored transactions", "err", err)
	}
	if cl, err := kafka.NewClient(cfg.Kafka, ""); err != nil {
		slog.Error("settle: sales announcer not started", "err", err)
	} else {
		announced := make(chan struct{})
		go func() { defer close(announced); s.Announce(ctx, cl, AnnounceEvery) }()
		defer func() { <-announced; cl.Close() }()
	}
	go func() {
		kopts, err := cfg.Kafka.Opts("settle")
		if err == nil {
			err = s.Consume(ctx, cfg.Kafka.Brokers, kopts...)
		}
		if err != nil {
			slog.Error("settle: sales consumer stopped", "err", err)
		}
	}()
	wh := cfg.Warehouse
	js.Every(ctx, "settlement", cfg.Every, func(ctx context.Context) error { return s.Step(ctx, wh) })
}

// Step is one interval of settlement: commit payouts, claim and burn the
// credit of paid cash-outs, relay consent changes and, with a warehouse,
// mint contribution records. The steps use separate keys and records: one
// failing (a stuck cash-out, say) must not hold up the others — above all
// the relay of consent revocations — so each runs and their errors add up.
func (s *Settler) Step(ctx context.Context, wh warehouse.Warehouse) error {
	var errs []error
	if err := s.Commit(ctx); err != nil {
		errs = append(errs, fmt.Errorf("commit: %w", err))
	}
	// Credit is claimed when it is cashed out, with the redemption.
	if _, err := s.Redeem(ctx); err != nil {
		errs = append(errs, fmt.Errorf("cash-out redemptions: %w", err))
	}
	if _, err := s.RelayConsents(ctx); err != nil {
		errs = append(errs, fmt.Errorf("consent relay: %w", err))
	}
	if wh != nil {
		if _, err := s.MintRecords(ctx, wh, time.Now()); err != nil {
			errs = append(errs, fmt.Errorf("contribution records: %w", err))
		}
	}
	return errors.Join(errs...)
}
