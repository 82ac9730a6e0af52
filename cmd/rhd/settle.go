package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"rhd.dev/app/jobs"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/settle"
	"rhd.dev/settle/devchain"
	"rhd.dev/settle/wallet"
	"rhd.dev/warehouse"
)

// openKeyring loads the custodial master key (generated into the data dir
// for the embedded defaults).
func openKeyring(cfg *config) (*wallet.Keyring, error) {
	devFile := ""
	if cfg.EthRPC == "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return nil, err
		}
		devFile = cfg.path("wallet.key")
	}
	k, err := wallet.LoadMasterKey(cfg.WalletKey, devFile)
	if err != nil {
		return nil, err
	}
	return wallet.NewKeyring(k)
}

// openChain connects to RHD_ETH_RPC or starts the embedded chain, deploying
// the contracts on first use (their addresses are kept in the data dir).
func openChain(ctx context.Context, cfg *config) (*settle.Chain, func(), error) {
	var backend settle.Backend
	var operator *ecdsa.PrivateKey
	closeFn := func() {}
	if cfg.EthRPC != "" {
		cl, err := ethclient.DialContext(ctx, cfg.EthRPC)
		if err != nil {
			return nil, nil, fmt.Errorf("RHD_ETH_RPC: %w", err)
		}
		if operator, err = settle.ParseKey(cfg.OperatorKey); err != nil {
			cl.Close()
			return nil, nil, errors.New("RHD_OPERATOR_KEY must be a hex private key or a file holding one")
		}
		backend, closeFn = cl, cl.Close
	} else {
		dc, err := devchain.Start(cfg.path("chain"))
		if err != nil {
			return nil, nil, fmt.Errorf("embedded chain: %w (is another rhd using %s?)", err, cfg.DataDir)
		}
		backend, operator, closeFn = dc.Client, dc.Operator, func() { dc.Close() }
	}
	keys, derived, err := settle.ParseKeys(operator, cfg.DutyKeys[0], cfg.DutyKeys[1], cfg.DutyKeys[2], cfg.DutyKeys[3])
	if err == nil && derived {
		// Keys derived from the operator's pay their gas from it.
		err = settle.FundKeys(ctx, backend, operator, keys, settle.DerivedKeyFunding(cfg.EthRPC == ""))
	}
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	addrFile := cfg.path("contracts.json")
	var addrs settle.Addresses
	if b, err := os.ReadFile(addrFile); err == nil {
		if err := json.Unmarshal(b, &addrs); err != nil {
			closeFn()
			return nil, nil, fmt.Errorf("%s: %w", addrFile, err)
		}
	} else {
		admin := crypto.PubkeyToAddress(operator.PublicKey)
		if cfg.ContractAdmin != "" {
			if !common.IsHexAddress(cfg.ContractAdmin) {
				closeFn()
				return nil, nil, errors.New("RHD_CONTRACT_ADMIN must be an address (0x…)")
			}
			admin = common.HexToAddress(cfg.ContractAdmin)
		}
		dctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		addrs, err = settle.DeployWithAdmin(dctx, backend, operator, admin, keys)
		cancel()
		if err != nil {
			closeFn()
			return nil, nil, err
		}
		b, _ := json.MarshalIndent(addrs, "", "  ")
		if err := os.WriteFile(addrFile, b, 0o600); err != nil {
			closeFn()
			return nil, nil, err
		}
		slog.Info("settle: contracts deployed", "distributor", addrs.Distributor.Hex(), "records", addrs.Records.Hex(), "consent", addrs.Consent.Hex())
	}
	ch, err := settle.OpenKeys(ctx, backend, keys, addrs)
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	return ch, closeFn, nil
}

// announceEvery is how often the ledger's outbox of sales is published.
const announceEvery = time.Second

// runSettlement announces paid orders' sales from the ledger's outbox,
// consumes sales and, every interval, commits payouts on chain, claims them
// into contributors' wallets, relays consent changes and mints contribution
// records (when it can read the warehouse), until ctx ends. The interval's
// steps run in order as the job "settlement"; a failed step ends the run,
// which is retried with backoff.
func runSettlement(ctx context.Context, cfg *config, s *settle.Settler, wh warehouse.Warehouse, js *jobs.Registry) {
	if s.Lease == "" && cfg.EthRPC != "" {
		// One settler per operator key: a second process waits for the
		// first's lease to lapse instead of racing its nonces. (The
		// embedded chain is one process's already: its data dir is locked.)
		host, _ := os.Hostname()
		s.Lease = fmt.Sprintf("%s/%d/%d", host, os.Getpid(), time.Now().UnixNano())
		s.LeaseTTL = max(30*time.Second, 3*cfg.SettleEvery)
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
	if cl, err := kafka.NewClient(cfg.kafka(), ""); err != nil {
		slog.Error("settle: sales announcer not started", "err", err)
	} else {
		announced := make(chan struct{})
		go func() { defer close(announced); s.Announce(ctx, cl, announceEvery) }()
		defer func() { <-announced; cl.Close() }()
	}
	go func() {
		kopts, err := cfg.kafka().Opts("settle")
		if err == nil {
			err = s.Consume(ctx, cfg.brokers(), kopts...)
		}
		if err != nil {
			slog.Error("settle: sales consumer stopped", "err", err)
		}
	}()
	js.Every(ctx, "settlement", cfg.SettleEvery, func(ctx context.Context) error {
		if err := s.Commit(ctx); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		// Credit is claimed when it is cashed out, with the redemption.
		if _, err := s.Redeem(ctx); err != nil {
			return fmt.Errorf("cash-out redemptions: %w", err)
		}
		if _, err := s.RelayConsents(ctx); err != nil {
			return fmt.Errorf("consent relay: %w", err)
		}
		if wh != nil {
			if _, err := s.MintRecords(ctx, wh, time.Now()); err != nil {
				return fmt.Errorf("contribution records: %w", err)
			}
		}
		return nil
	})
}

func settleCmd(cfg *config) *cobra.Command {
	addr := "127.0.0.1:7072"
	cmd := &cobra.Command{
		Use:   "settle",
		Short: "Announce and process sales, commit payouts on chain and claim them for contributors (/healthz and /metrics on --addr)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			if err := ensureTopics(ctx, cfg); err != nil {
				return err
			}
			store, err := openLedger(ctx, cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			kr, err := openKeyring(cfg)
			if err != nil {
				return err
			}
			ch, closeChain, err := openChain(ctx, cfg)
			if err != nil {
				return err
			}
			defer closeChain()
			// The embedded DuckDB file belongs to the stream process; records
			// are minted here only with a shared warehouse (ClickHouse).
			var wh warehouse.Warehouse
			if cfg.ClickHouseDSN != "" {
				if wh, err = openWarehouse(ctx, cfg); err != nil {
					return err
				}
				defer wh.Close()
			}
			reg := newRegistry()
			js := jobs.New(reg)
			bound, err := serve(ctx, addr, opsHandler(reg, func(context.Context) error { return nil }, js), cfg.adminHTTP)
			if err != nil {
				return err
			}
			slog.Info("settle: running", "metrics", "http://"+bound+"/metrics")
			settle.RegisterFigures(reg, store)
			runSettlement(ctx, cfg, &settle.Settler{Store: store, Keyring: kr, Chain: ch, Metrics: settle.NewMetrics(reg), Confirmations: cfg.Confirmations}, wh, js)
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", addr, "health and metrics listen address")
	return cmd
}

func salesCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "sales", Short: "Sales of cohort bundles"}
	var snapshot, researcher, purpose string
	simulate := &cobra.Command{
		Use:   "simulate",
		Short: "Buy the current snapshot of a cohort as a researcher, charging their credit, as the portal does",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := openLedger(ctx, cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			r, err := store.Researcher(ctx, researcher)
			if err != nil {
				return fmt.Errorf("researcher %s: %w", researcher, err)
			}
			var key [8]byte
			rand.Read(key[:])
			o, _, err := store.PlaceOrderFor(ctx, r.ID, "cli-"+hex.EncodeToString(key[:]), snapshot, cfg.FeeBps, purpose, r.Organization)
			if err != nil {
				return fmt.Errorf("snapshot %s: %w", snapshot, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "sale %s of %s for %s placed; settlement announces and pays it\n", o.ID, o.SnapshotID, dollars(o.PriceCents))
			return nil
		},
	}
	simulate.Flags().StringVar(&snapshot, "snapshot", "", "snapshot id (rhd cohorts ls)")
	simulate.Flags().StringVar(&researcher, "researcher", "", "email of the researcher who buys (rhd credits grant)")
	simulate.Flags().StringVar(&purpose, "purpose", "academic", "what the data is for: academic, public_health, commercial or ai_training")
	simulate.MarkFlagRequired("snapshot")
	simulate.MarkFlagRequired("researcher")
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List sales, newest first",
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openLedger(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			sales, err := store.Sales(cmd.Context())
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SALE\tSNAPSHOT\tBUYER\tPRICE\tFEE\tEPOCH\tWHEN")
			for _, s := range sales {
				epoch := "pending"
				if s.Epoch > 0 {
					epoch = fmt.Sprint(s.Epoch)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.SnapshotID, s.Buyer, dollars(s.PriceCents), dollars(s.FeeCents), epoch, s.CreatedAt.UTC().Format(time.RFC3339))
			}
			return tw.Flush()
		},
	}
	cmd.AddCommand(simulate, ls)
	return cmd
}

func payoutsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "payouts", Short: "Contributors' earnings on chain"}
	var account, sale string
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Check a contributor's payout for a sale against the on-chain root",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var r settle.Receipt
			path := "/v1/payouts/verify?" + url.Values{"account": {account}, "sale": {sale}}.Encode()
			running, err := askRunning(ctx, cfg, path, &r)
			if err != nil {
				return err
			}
			if !running {
				if r, err = verifyLocally(ctx, cfg, account, sale); err != nil {
					return err
				}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "account    %s\nsale       %s paid %s\ncumulative %s committed in epoch %d (tx %s)\nroot       0x%x\nproof      %d hashes\n",
				r.Account.Hex(), r.SaleID, dollars(r.SaleCents), dollars(r.Cumulative), r.Epoch, r.TxHash, r.Root, len(r.Proof))
			if !r.Verified {
				return errors.New("NOT verified: the contract rejects this proof")
			}
			fmt.Fprintln(w, "verified   the payout distributor contract accepts the proof")
			return nil
		},
	}
	verify.Flags().StringVar(&account, "account", "", "contributor email or wallet address")
	verify.Flags().StringVar(&sale, "sale", "", "sale id (rhd sales ls)")
	verify.MarkFlagRequired("account")
	verify.MarkFlagRequired("sale")
	cmd.AddCommand(verify)
	return cmd
}

// resolveAccount accepts a wallet address or a contributor's email.
func resolveAccount(ctx context.Context, store *ledger.Store, account string) (common.Address, error) {
	if common.IsHexAddress(account) {
		return common.HexToAddress(account), nil
	}
	c, err := store.ContributorByEmail(ctx, account)
	if errors.Is(err, ledger.ErrNotFound) {
		return common.Address{}, fmt.Errorf("no contributor or address %q", account)
	}
	if err != nil {
		return common.Address{}, err
	}
	w, err := store.Wallet(ctx, c.ID)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s has no wallet: %w", account, err)
	}
	return common.HexToAddress(w.Address), nil
}

func verifyLocally(ctx context.Context, cfg *config, account, sale string) (settle.Receipt, error) {
	store, err := openLedger(ctx, cfg)
	if err != nil {
		return settle.Receipt{}, err
	}
	defer store.Close()
	addr, err := resolveAccount(ctx, store, account)
	if err != nil {
		return settle.Receipt{}, err
	}
	ch, closeChain, err := openChain(ctx, cfg)
	if err != nil {
		return settle.Receipt{}, err
	}
	defer closeChain()
	return (&settle.Settler{Store: store, Chain: ch}).Verify(ctx, addr, sale)
}

// verifyHandler is the admin API's payout verification (the running process owns the embedded chain).
func verifyHandler(s *settle.Settler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		addr, err := resolveAccount(r.Context(), s.Store, r.URL.Query().Get("account"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		rec, err := s.Verify(r.Context(), addr, r.URL.Query().Get("sale"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rec)
	}
}

func walletsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "wallets", Short: "Custodial wallets"}
	var contributor string
	create := &cobra.Command{
		Use:   "create",
		Short: "Create the custodial wallet of a contributor (idempotent; every contributor without one with --all)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := openLedger(ctx, cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			kr, err := openKeyring(cfg)
			if err != nil {
				return err
			}
			s := &settle.Settler{Store: store, Keyring: kr}
			var all []ledger.Contributor
			if contributor == "all" {
				all, err = store.Contributors(ctx)
			} else {
				var c ledger.Contributor
				c, err = findContributor(ctx, store, contributor)
				all = []ledger.Contributor{c}
			}
			if err != nil {
				return err
			}
			n := 0
			for _, c := range all {
				addr, err := s.EnsureWallet(ctx, c.ID)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s\n", c.Email, addr.Hex())
				n++
			}
			if n == 0 {
				return fmt.Errorf("no contributor %q", contributor)
			}
			return nil
		},
	}
	create.Flags().StringVar(&contributor, "contributor", "all", "contributor email or id, or all")
	cmd.AddCommand(create)
	return cmd
}

func recordsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "records", Short: "Contribution records (one per device per hour of data)"}
	var device, metric, minute string
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Prove that a minute of a device's data belongs to its contribution record on chain",
		RunE: func(cmd *cobra.Command, _ []string) error {
			var r settle.ReadingReceipt
			q := "/v1/records/verify?" + url.Values{"device": {device}, "metric": {metric}, "minute": {minute}}.Encode()
			running, err := askRunning(cmd.Context(), cfg, q, &r)
			if err != nil {
				return err
			}
			if !running {
				return errors.New("records verify asks the running rhd (it owns the warehouse and the embedded chain): start rhd dev")
			}
			fmt.Fprintf(cmd.OutOrStdout(), "record     token %d owned by %s\nreading    %s of device %s at %s\nproof      %d hashes\n", r.TokenID, r.Owner.Hex(), metric, device, minute, len(r.Proof))
			if !r.Verified {
				return errors.New("NOT verified: the records contract rejects this proof")
			}
			fmt.Fprintln(cmd.OutOrStdout(), "verified   the contribution records contract accepts the proof")
			return nil
		},
	}
	verify.Flags().StringVar(&device, "device", "", "device id (rhd devices ls)")
	verify.Flags().StringVar(&metric, "metric", "heart_rate", "metric name")
	verify.Flags().StringVar(&minute, "minute", "", "the minute, RFC 3339 (UTC)")
	verify.MarkFlagRequired("device")
	verify.MarkFlagRequired("minute")
	cmd.AddCommand(verify)
	return cmd
}

func recordsVerifyHandler(s *settle.Settler, wh warehouse.Warehouse) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		minute, err := time.Parse(time.RFC3339, q.Get("minute"))
		if err != nil {
			http.Error(w, "minute must be RFC 3339: "+err.Error(), http.StatusBadRequest)
			return
		}
		rec, err := s.VerifyReading(r.Context(), wh, q.Get("device"), q.Get("metric"), minute)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rec)
	}
}

// consentHandler reports a contributor's consent as the chain holds it.
func consentHandler(s *settle.Settler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := s.ConsentStatus(r.Context(), r.URL.Query().Get("contributor"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(st)
	}
}
