package settle

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

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
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
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

	// WaitTimeout bounds every wait for a transaction to be mined
	// (DefaultWaitTimeout if zero): a stuck transaction fails the step that
	// waits for it instead of stalling settlement.
	WaitTimeout time.Duration

	nonceMu   sync.Mutex
	nextNonce uint64 // one past the last nonce this process signed with
}

// DefaultWaitTimeout is how long a step waits for its transaction by default.
const DefaultWaitTimeout = 2 * time.Minute

func (c *Chain) waitTimeout() time.Duration {
	if c.WaitTimeout > 0 {
		return c.WaitTimeout
	}
	return DefaultWaitTimeout
}

// OperatorAddress is the address of the key that signs the platform's transactions.
func (c *Chain) OperatorAddress() common.Address { return crypto.PubkeyToAddress(c.Operator.PublicKey) }

// signed builds one operator transaction (build signs it, and sends it
// unless noSend) under the operator's next nonce. The nonce counts as used
// only once build returned a transaction: a failed fee lookup, a reverting
// gas estimate or a refused send gives it back, so no nonce gap holds up
// every later transaction. The next nonce is the node's pending nonce, or
// past the last one signed here while the node has not seen that one yet;
// when the node has nothing of ours pending, its count wins (a transaction
// signed here but dropped, or replaced, leaves no gap either).
func (c *Chain) signed(ctx context.Context, noSend bool, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	c.nonceMu.Lock()
	defer c.nonceMu.Unlock()
	pending, err := c.Backend.PendingNonceAt(ctx, c.OperatorAddress())
	if err != nil {
		return nil, err
	}
	n := pending
	if c.nextNonce > pending {
		mined, err := c.Backend.NonceAt(ctx, c.OperatorAddress(), nil)
		if err != nil {
			return nil, err
		}
		if mined < pending {
			n = c.nextNonce
		}
	}
	auth, err := c.transactor(ctx, n, noSend)
	if err != nil {
		return nil, err
	}
	tx, err := build(auth)
	if err != nil {
		return nil, err
	}
	c.nextNonce = n + 1
	return tx, nil
}

// bumped signs tx again, same nonce and call, with fees a node accepts as its
// replacement: each raised by at least 1/8 (geth asks for 10 %), and to at
// least what the node suggests now.
func (c *Chain) bumped(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	raise := func(v *big.Int) *big.Int {
		return new(big.Int).Add(v, new(big.Int).Add(new(big.Int).Div(v, big.NewInt(8)), big.NewInt(1)))
	}
	signer := types.LatestSignerForChainID(c.ChainID)
	switch tx.Type() {
	case types.DynamicFeeTxType:
		tip, err := c.Backend.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, err
		}
		head, err := c.Backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		tip = bigMax(raise(tx.GasTipCap()), tip)
		feeCap := raise(tx.GasFeeCap())
		if head.BaseFee != nil {
			feeCap = bigMax(feeCap, new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip))
		}
		feeCap = bigMax(feeCap, tip)
		return types.SignNewTx(c.Operator, signer, &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: tx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()})
	default:
		price, err := c.Backend.SuggestGasPrice(ctx)
		if err != nil {
			return nil, err
		}
		return types.SignNewTx(c.Operator, signer, &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: bigMax(raise(tx.GasPrice()), price),
			Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()})
	}
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// Deploy deploys the three contracts with the operator as admin and waits
// for them: for development chains.
func Deploy(ctx context.Context, b Backend, operator *ecdsa.PrivateKey) (Addresses, error) {
	return DeployWithAdmin(ctx, b, operator, crypto.PubkeyToAddress(operator.PublicKey))
}

// DeployWithAdmin deploys the three contracts, paid by the operator, who
// holds the operator and minter roles; admin (meant for a multisig or a
// timelock) holds the admin and pauser roles: it alone grants roles and
// unpauses.
func DeployWithAdmin(ctx context.Context, b Backend, operator *ecdsa.PrivateKey, admin common.Address) (Addresses, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return Addresses{}, err
	}
	auth, err := bind.NewKeyedTransactorWithChainID(operator, id)
	if err != nil {
		return Addresses{}, err
	}
	auth.Context = ctx
	op := crypto.PubkeyToAddress(operator.PublicKey)
	// Explicit nonces: three transactions in a row must not race the node's
	// view of the pending pool.
	nonce, err := b.PendingNonceAt(ctx, op)
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
	if a.Records, tx, _, err = bindings.DeployContributionRecords(next(), b, admin, op); err != nil {
		return a, fmt.Errorf("settle: deploying records: %w", err)
	}
	txs = append(txs, tx)
	if a.Consent, tx, _, err = bindings.DeployConsentRegistry(next(), b); err != nil {
		return a, fmt.Errorf("settle: deploying consent: %w", err)
	}
	txs = append(txs, tx)
	if a.Distributor, tx, _, err = bindings.DeployPayoutDistributor(next(), b, admin, op); err != nil {
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
	// Fail early if nothing is deployed there, or contracts of an older rhd
	// (whose calls would fail one by one later).
	if code, err := b.CodeAt(ctx, a.Distributor, nil); err != nil || len(code) == 0 {
		return nil, fmt.Errorf("settle: no distributor contract at %s (%v)", a.Distributor.Hex(), err)
	}
	if _, err := c.Distributor.SalesHash(&bind.CallOpts{Context: ctx}); err != nil {
		return nil, fmt.Errorf("settle: the distributor at %s is from an older rhd (%v): deploy the current contracts (a new data dir for rhd dev)", a.Distributor.Hex(), err)
	}
	if _, err := c.Records.TokenOf(&bind.CallOpts{Context: ctx}, [32]byte{}); err != nil {
		return nil, fmt.Errorf("settle: the records contract at %s is from an older rhd (%v): deploy the current contracts (a new data dir for rhd dev)", a.Records.Hex(), err)
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
// "nonce too low" is not an error either, but not success: whoever sends
// checks whether the transaction was mined or its nonce taken by another
// (drive re-signs an epoch then).
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
