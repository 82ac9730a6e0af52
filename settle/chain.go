package settle

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
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
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Addresses are the deployed contracts.
type Addresses struct {
	Records     common.Address `json:"records"`
	Consent     common.Address `json:"consent"`
	Distributor common.Address `json:"distributor"`
}

// Chain is the platform's view of the chain: contracts and the duty keys
// that sign and pay for its transactions.
type Chain struct {
	Backend     Backend
	Keys        Keys
	ChainID     *big.Int
	Addresses   Addresses
	Distributor *bindings.PayoutDistributor
	Records     *bindings.ContributionRecords
	Consent     *bindings.ConsentRegistry

	// WaitTimeout bounds every wait for a transaction to be mined
	// (DefaultWaitTimeout if zero): a stuck transaction fails the step that
	// waits for it instead of stalling settlement.
	WaitTimeout time.Duration

	signers [duties]*signer
}

// DefaultWaitTimeout is how long a step waits for its transaction by default.
const DefaultWaitTimeout = 2 * time.Minute

func (c *Chain) waitTimeout() time.Duration {
	if c.WaitTimeout > 0 {
		return c.WaitTimeout
	}
	return DefaultWaitTimeout
}

// Address is the address of a duty's key.
func (c *Chain) Address(d Duty) common.Address { return c.signers[d].addr }

// OperatorAddress is the address of the key that commits payout roots.
func (c *Chain) OperatorAddress() common.Address { return c.Address(Committer) }

// signed builds one transaction of a duty (build signs it, and sends it
// unless noSend) under that duty key's next nonce. The nonce counts as used
// only once build returned a transaction: a failed fee lookup, a reverting
// gas estimate or a refused send gives it back, so no nonce gap holds up
// every later transaction. The next nonce is the node's pending nonce, or
// past the last one signed here while the node has not seen that one yet;
// when the node has nothing of ours pending, its count wins (a transaction
// signed here but dropped, or replaced, leaves no gap either).
func (c *Chain) signed(ctx context.Context, d Duty, noSend bool, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	sg := c.signers[d]
	sg.mu.Lock()
	defer sg.mu.Unlock()
	pending, err := c.Backend.PendingNonceAt(ctx, sg.addr)
	if err != nil {
		return nil, err
	}
	n := pending
	if sg.nextNonce > pending {
		mined, err := c.Backend.NonceAt(ctx, sg.addr, nil)
		if err != nil {
			return nil, err
		}
		if mined < pending {
			n = sg.nextNonce
		}
	}
	auth, err := c.transactor(ctx, sg.key, n, noSend)
	if err != nil {
		return nil, err
	}
	tx, err := build(auth)
	if err != nil {
		return nil, err
	}
	sg.nextNonce = n + 1
	return tx, nil
}

// bumped signs tx again, same nonce and call, with fees a node accepts as its
// replacement: each raised by at least 1/8 (geth asks for 10 %), and to at
// least what the node suggests now.
func (c *Chain) bumped(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	key, err := c.keyOf(tx)
	if err != nil {
		return nil, err
	}
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
		return types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: tx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()})
	default:
		price, err := c.Backend.SuggestGasPrice(ctx)
		if err != nil {
			return nil, err
		}
		return types.SignNewTx(key, signer, &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: bigMax(raise(tx.GasPrice()), price),
			Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()})
	}
}

// keyOf is the duty key that signed tx.
func (c *Chain) keyOf(tx *types.Transaction) (*ecdsa.PrivateKey, error) {
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
	if err != nil {
		return nil, err
	}
	for _, sg := range c.signers {
		if sg.addr == from {
			return sg.key, nil
		}
	}
	return nil, fmt.Errorf("settle: transaction %s is from %s, not a duty key", tx.Hash().Hex(), from.Hex())
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// DevFunding is the most Deploy gives each derived duty key on a development chain.
var DevFunding = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))

// Deploy deploys the three contracts with root as admin and the duty keys
// derived from it (DevKeys), funding them first: for development chains.
func Deploy(ctx context.Context, b Backend, root *ecdsa.PrivateKey) (Addresses, error) {
	keys := DevKeys(root)
	if err := FundKeys(ctx, b, root, keys, DevFunding); err != nil {
		return Addresses{}, err
	}
	return DeployWithAdmin(ctx, b, root, crypto.PubkeyToAddress(root.PublicKey), keys)
}

// DeployWithAdmin deploys the three contracts, paid by deployer; each role
// goes to its duty key only: the committer commits, the claimer redeems,
// the minter mints. admin (meant for a multisig or a timelock) holds the
// admin and pauser roles: it alone grants roles and unpauses. The deployer
// gets no role unless it is the admin.
func DeployWithAdmin(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, admin common.Address, keys Keys) (Addresses, error) {
	if err := keys.check(); err != nil {
		return Addresses{}, err
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return Addresses{}, err
	}
	auth, err := bind.NewKeyedTransactorWithChainID(deployer, id)
	if err != nil {
		return Addresses{}, err
	}
	auth.Context = ctx
	// Explicit nonces: three transactions in a row must not race the node's
	// view of the pending pool.
	nonce, err := b.PendingNonceAt(ctx, auth.From)
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
	if a.Records, tx, _, err = bindings.DeployContributionRecords(next(), b, admin, keys.Address(Minter)); err != nil {
		return a, fmt.Errorf("settle: deploying records: %w", err)
	}
	txs = append(txs, tx)
	if a.Consent, tx, _, err = bindings.DeployConsentRegistry(next(), b); err != nil {
		return a, fmt.Errorf("settle: deploying consent: %w", err)
	}
	txs = append(txs, tx)
	if a.Distributor, tx, _, err = bindings.DeployPayoutDistributor(next(), b, admin, keys.Address(Committer), keys.Address(Claimer)); err != nil {
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

// Open binds contracts deployed by Deploy, with the duty keys derived from root.
func Open(ctx context.Context, b Backend, root *ecdsa.PrivateKey, a Addresses) (*Chain, error) {
	return OpenKeys(ctx, b, DevKeys(root), a)
}

// OpenKeys binds deployed contracts, signing each duty with its key.
func OpenKeys(ctx context.Context, b Backend, keys Keys, a Addresses) (*Chain, error) {
	if err := keys.check(); err != nil {
		return nil, err
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	c := &Chain{Backend: b, Keys: keys, ChainID: id, Addresses: a}
	for d := Committer; d < duties; d++ {
		c.signers[d] = &signer{key: keys.of(d), addr: keys.Address(d)}
	}
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
	if _, err := c.Distributor.Redemption(&bind.CallOpts{Context: ctx}, [32]byte{}); err != nil {
		return nil, fmt.Errorf("settle: the distributor at %s is from an older rhd (%v): deploy the current contracts (a new data dir for rhd dev)", a.Distributor.Hex(), err)
	}
	if _, err := c.Records.IsBatch(&bind.CallOpts{Context: ctx}, [32]byte{}); err != nil {
		return nil, fmt.Errorf("settle: the records contract at %s is from an older rhd (%v): deploy the current contracts (a new data dir for rhd dev)", a.Records.Hex(), err)
	}
	return c, nil
}

// transactor returns signing options for key; with noSend the transaction
// is signed but not sent.
func (c *Chain) transactor(ctx context.Context, key *ecdsa.PrivateKey, nonce uint64, noSend bool) (*bind.TransactOpts, error) {
	auth, err := bind.NewKeyedTransactorWithChainID(key, c.ChainID)
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
