package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/admin"
	"rhd.dev/demo"
	"rhd.dev/ledger"
	"rhd.dev/portal"
	"rhd.dev/portal/devoidc"
	"rhd.dev/settle"
	"rhd.dev/warehouse"
	"rhd.dev/webhook"
)

// startPortal serves the web app. Without Google credentials, and only where
// devSignInRefused allows it, it mounts the built-in OpenID provider with demo
// accounts (seeded contributors, and one newcomer who has not signed up yet)
// on the same server.
func startPortal(ctx context.Context, cfg *config, store *ledger.Store, settler *settle.Settler, wh warehouse.Warehouse, cl *kgo.Client, reg prometheus.Registerer, health func(context.Context) map[string]any) (string, error) {
	if cfg.GoogleID != "" && cfg.GoogleSecret == "" {
		return "", errors.New("portal: RHD_GOOGLE_CLIENT_ID is set but RHD_GOOGLE_CLIENT_SECRET is empty")
	}
	ln, err := net.Listen("tcp", cfg.PortalAddr)
	if err != nil {
		return "", fmt.Errorf("portal: %w", err)
	}
	base := cfg.PortalURL
	if base == "" {
		base = "http://" + ln.Addr().String()
	}
	if cfg.GoogleID == "" {
		if err := devSignInRefused(cfg, ln.Addr(), base, store.Backend()); err != nil {
			ln.Close()
			return "", err
		}
	}
	pc := portal.Config{BaseURL: base, Issuer: "https://accounts.google.com", ClientID: cfg.GoogleID, ClientSecret: cfg.GoogleSecret,
		Secure: strings.HasPrefix(base, "https://"), FeeBps: cfg.FeeBps, BundleDir: cfg.path("bundles"), Policy: cfg.policy(), Registry: reg}
	for _, a := range strings.Split(cfg.Admins, ",") {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
			pc.Admins = append(pc.Admins, a)
		}
	}
	if cfg.GoogleID == "" {
		pc.Admins = append(pc.Admins, demo.Operator)
	}
	var provider *devoidc.Provider
	if cfg.GoogleID == "" {
		pc.Issuer, pc.ClientID, pc.ClientSecret = base+"/dev-oidc", "rhd-dev-portal", "rhd-dev-secret"
		accounts, err := demo.Accounts(ctx, store, pc.Issuer)
		if err != nil {
			ln.Close()
			return "", err
		}
		// The portal's callback route: the one redirect URI the provider honours.
		if provider, err = devoidc.New(pc.Issuer, pc.ClientID, pc.ClientSecret, base+"/auth/callback", accounts); err != nil {
			ln.Close()
			return "", err
		}
	}
	rkey, err := recordKey(ctx, store)
	if err != nil {
		ln.Close()
		return "", err
	}
	srv := portal.New(pc, store, func(ctx context.Context, id string) error {
		_, err := settler.EnsureWallet(ctx, id)
		return err
	}, portal.Market{Warehouse: wh, Frames: uploadFrames(cl, rkey), Health: health, VerifyPayout: func(ctx context.Context, account, sale string) (bool, map[string]string, error) {
		r, err := settler.Verify(ctx, common.HexToAddress(account), sale)
		if err != nil {
			return false, nil, err
		}
		return r.Verified, map[string]string{"account": r.Account.Hex(), "payout batch (epoch)": fmt.Sprint(r.Epoch),
			"transaction": r.TxHash, "root": fmt.Sprintf("0x%x", r.Root), "proof hashes": fmt.Sprint(len(r.Proof)),
			"earned in total (cents)": fmt.Sprint(r.Cumulative)}, nil
	}, VerifyReading: func(ctx context.Context, device, metric string, minute time.Time) (bool, map[string]string, error) {
		r, err := settler.VerifyReading(ctx, wh, device, metric, minute)
		if err != nil {
			return false, nil, err
		}
		return r.Verified, map[string]string{"record (token)": fmt.Sprint(r.TokenID), "owner account": r.Owner.Hex(),
			"reading hash (leaf)": fmt.Sprintf("0x%x", r.Leaf), "proof hashes": fmt.Sprint(len(r.Proof))}, nil
	}, Payouts: devPayouts(provider != nil), PaidOnChain: func(ctx context.Context, contributorID string) (int64, error) {
		w, err := store.Wallet(ctx, contributorID)
		if errors.Is(err, ledger.ErrNotFound) {
			return 0, nil
		} else if err != nil {
			return 0, err
		}
		paid, err := settler.Chain.Distributor.Claimed(&bind.CallOpts{Context: ctx}, common.HexToAddress(w.Address))
		if err != nil {
			return 0, err
		}
		return paid.Int64(), nil
	}})
	if provider != nil {
		srv.Mount("/dev-oidc", provider.Handler("/dev-oidc"))
	}
	go srv.App().Listener(ln)
	go func() { <-ctx.Done(); srv.Shutdown(5 * time.Second) }()
	// Withdrawal notices go to buyers' webhooks; only the local development
	// sign-in (loopback only) lets a webhook reach private addresses.
	hooks := &webhook.Deliverer{Store: store, BaseURL: base, AllowPrivate: provider != nil}
	go hooks.Run(ctx, 5*time.Second)
	go resumeCashOuts(ctx, srv, time.Minute)
	go sampleHealth(ctx, srv, time.Minute)
	return base, nil
}

// devSignInRefused says why the development sign-in may not run, or nil. It
// lets anyone who reaches it sign in as any demo account, the operator
// included, so it runs only in rhd dev, listening on loopback and with a
// loopback public URL, and on the embedded SQLite ledger unless
// RHD_DEV_SIGNIN_POSTGRES allows a Postgres one.
func devSignInRefused(cfg *config, listen net.Addr, base, ledgerBackend string) error {
	const setGoogle = "set RHD_GOOGLE_CLIENT_ID and RHD_GOOGLE_CLIENT_SECRET"
	if !cfg.devMode {
		return errors.New("portal: no sign-in configured: " + setGoogle + " (the development sign-in runs only in rhd dev)")
	}
	if tcp, ok := listen.(*net.TCPAddr); !ok || !tcp.IP.IsLoopback() {
		return fmt.Errorf("portal: the development sign-in lets anyone sign in as any demo account, the operator included, so it listens only on loopback; the portal listens on %s: use RHD_PORTAL_ADDR=127.0.0.1:PORT or %s", listen, setGoogle)
	}
	if u, err := url.Parse(base); err != nil || !admin.LoopbackHost(u.Hostname()) {
		return fmt.Errorf("portal: the development sign-in runs only at a loopback URL, and RHD_PORTAL_URL is %q: %s", base, setGoogle)
	}
	if ledgerBackend != "sqlite" && !cfg.DevSignInPostgres {
		return fmt.Errorf("portal: the development sign-in would let anyone sign in to this %s ledger as its operator; %s, or set RHD_DEV_SIGNIN_POSTGRES=true if this is a development database", ledgerBackend, setGoogle)
	}
	return nil
}

func creditsCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "credits", Short: "Researchers' prepaid credit"}
	var researcher string
	var cents int64
	grant := &cobra.Command{
		Use:   "grant",
		Short: "Add prepaid credit to a researcher's account (an operator's grant)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openLedger(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer store.Close()
			r, err := store.Researcher(cmd.Context(), researcher)
			if err != nil {
				return fmt.Errorf("researcher %s: %w", researcher, err)
			}
			if err := store.GrantCredit(cmd.Context(), r.ID, cents, "operator grant"); err != nil {
				return err
			}
			r, _ = store.Researcher(cmd.Context(), r.ID)
			fmt.Fprintf(cmd.OutOrStdout(), "%s now has %s of credit\n", r.Email, dollars(r.CreditsCents))
			return nil
		},
	}
	grant.Flags().StringVar(&researcher, "researcher", "", "researcher email or id")
	grant.Flags().Int64Var(&cents, "cents", 0, "amount in cents")
	grant.MarkFlagRequired("researcher")
	grant.MarkFlagRequired("cents")
	cmd.AddCommand(grant)
	return cmd
}

// devPayouts is the payouts provider: the development one, which moves no
// money, under the development sign-in; none otherwise (cash-outs say they
// are not available) until a real provider is configured.
func devPayouts(dev bool) portal.Payouts {
	if !dev {
		return nil
	}
	return &portal.DevPayouts{}
}

// resumeCashOuts sends cash-outs the provider has not answered again every
// interval until ctx ends.
func resumeCashOuts(ctx context.Context, srv *portal.Server, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := srv.ResumeCashOuts(ctx, 100); err != nil && ctx.Err() == nil {
				slog.Warn("cash-outs", "err", err)
			}
		}
	}
}

// sampleHealth records the pipeline's health for the operators' charts
// every interval until ctx ends.
func sampleHealth(ctx context.Context, srv *portal.Server, every time.Duration) {
	srv.SampleHealth(ctx)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			srv.SampleHealth(ctx)
		}
	}
}
