package settle

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"rhd.dev/contracts/bindings"
)

// Backend is what settle needs of an Ethereum node: an ethclient.Client over
// JSON-RPC, or go-ethereum's simulated or embedded node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Addresses are the deployed contracts.
type Addresses struct {
	Records     common.Address `json:"records"`
	Consent     common.Address `json:"consent"`
	Distributor common.Address `json:"distributor"`
}

// Chain is the platform's view of the chain: contracts and the operator key
// that pays for every transaction.
type Chain struct {
	Backend     Backend
	Operator    *ecdsa.PrivateKey
	ChainID     *big.Int
	Addresses   Addresses
	Distributor *bindings.PayoutDistributor
	Records     *bindings.ContributionRecords
	Consent     *bindings.ConsentRegistry

	nonceMu   sync.Mutex
	nextNonce uint64 // one past the last nonce this process used
}

// nonce returns the operator's next nonce: the node's pending nonce, or past
// the last one used here if the node has not caught up with it yet.
func (c *Chain) nonce(ctx context.Context) (uint64, error) {
	c.nonceMu.Lock()
	defer c.nonceMu.Unlock()
	n, err := c.Backend.PendingNonceAt(ctx, crypto.PubkeyToAddress(c.Operator.PublicKey))
	if err != nil {
		return 0, err
	}
	n = max(n, c.nextNonce)
	c.nextNonce = n + 1
	return n, nil
}

// Deploy deploys the three contracts with the operator as admin and waits for them.
func Deploy(ctx context.Context, b Backend, operator *ecdsa.PrivateKey) (Addresses, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return Addresses{}, err
	}
	auth, err := bind.NewKeyedTransactorWithChainID(operator, id)
	if err != nil {
		return Addresses{}, err
	}
	auth.Context = ctx
	admin := crypto.PubkeyToAddress(operator.PublicKey)
	// Explicit nonces: three transactions in a row must not race the node's
	// view of the pending pool.
	nonce, err := b.PendingNonceAt(ctx, admin)
	if err != nil {
		return Addresses{}, err
	}
	next := func() *bind.TransactOpts {
		auth.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		return auth
	}
	var a Addresses
	var txs []*types.Transaction
	var tx *types.Transaction
	if a.Records, tx, _, err = bindings.DeployContributionRecords(next(), b, admin); err != nil {
		return a, fmt.Errorf("settle: deploying records: %w", err)
	}
	txs = append(txs, tx)
	if a.Consent, tx, _, err = bindings.DeployConsentRegistry(next(), b, admin); err != nil {
		return a, fmt.Errorf("settle: deploying consent: %w", err)
	}
	txs = append(txs, tx)
	if a.Distributor, tx, _, err = bindings.DeployPayoutDistributor(next(), b, admin); err != nil {
		return a, fmt.Errorf("settle: deploying distributor: %w", err)
	}
	txs = append(txs, tx)
	for _, tx := range txs {
		if _, err := bind.WaitDeployed(ctx, b, tx); err != nil {
			return a, err
		}
	}
	return a, nil
}

// Open binds deployed contracts.
func Open(ctx context.Context, b Backend, operator *ecdsa.PrivateKey, a Addresses) (*Chain, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	c := &Chain{Backend: b, Operator: operator, ChainID: id, Addresses: a}
	if c.Distributor, err = bindings.NewPayoutDistributor(a.Distributor, b); err != nil {
		return nil, err
	}
	if c.Records, err = bindings.NewContributionRecords(a.Records, b); err != nil {
		return nil, err
	}
	if c.Consent, err = bindings.NewConsentRegistry(a.Consent, b); err != nil {
		return nil, err
	}
	// Fail early if nothing is deployed there.
	if code, err := b.CodeAt(ctx, a.Distributor, nil); err != nil || len(code) == 0 {
		return nil, fmt.Errorf("settle: no distributor contract at %s (%v)", a.Distributor.Hex(), err)
	}
	return c, nil
}

// transactor returns signing options for the operator; with noSend the
// transaction is signed but not sent.
func (c *Chain) transactor(ctx context.Context, nonce uint64, noSend bool) (*bind.TransactOpts, error) {
	auth, err := bind.NewKeyedTransactorWithChainID(c.Operator, c.ChainID)
	if err != nil {
		return nil, err
	}
	auth.Context, auth.NoSend = ctx, noSend
	auth.Nonce = new(big.Int).SetUint64(nonce)
	return auth, nil
}

// send submits a signed transaction; a node that already has it (or has
// already mined it) is not an error: resending after a crash is the point.
func (c *Chain) send(ctx context.Context, tx *types.Transaction) error {
	err := c.Backend.SendTransaction(ctx, tx)
	if err == nil {
		return nil
	}
	for _, known := range []string{"already known", "known transaction", "nonce too low", "already imported"} {
		if strings.Contains(err.Error(), known) {
			return nil
		}
	}
	return err
}

// receipt returns the transaction's receipt, or nil while it is pending.
func (c *Chain) receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := c.Backend.TransactionReceipt(ctx, h)
	if err == ethereum.NotFound {
		return nil, nil
	}
	return r, err
}
