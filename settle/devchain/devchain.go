// Package devchain runs the embedded chain of `rhd dev`: a go-ethereum node
// in-process, its database in the data dir so tokens, roots and balances
// survive restarts, blocks sealed by go-ethereum's simulated beacon every
// second, and an operator key funded at genesis. (go-ethereum's simulated
// backend cannot do this: it rewinds to genesis whenever it starts.)
package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"

	"rhd.dev/contracts"
)

// Chain is a running embedded chain.
type Chain struct {
	Client   *ethclient.Client
	Operator *ecdsa.PrivateKey
	stack    *node.Node
	beacon   *catalyst.SimulatedBeacon
}

// Start opens (creating on first use) the chain in dir.
func Start(dir string) (*Chain, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	op, err := operatorKey(filepath.Join(dir, "operator.key"))
	if err != nil {
		return nil, err
	}
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = filepath.Join(dir, "geth")
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.HTTPHost, nodeConf.WSHost, nodeConf.IPCPath = "", "", ""
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, err
	}
	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, types.GenesisAlloc{crypto.PubkeyToAddress(op.PublicKey): {Balance: new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))}})
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: contracts.ChainConfig(), GasLimit: 60_000_000, BaseFee: big.NewInt(1e9), Alloc: alloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.Miner.GasCeil = 60_000_000
	ethConf.TxPool.NoLocals = true
	// A chain of a few contracts needs little cache: go-ethereum's defaults
	// (2 GB database cache, 1.6 GB trie caches, 400 MB snapshot cache, and
	// write-ahead logs sized from them) are for mainnet, and made rhd dev's
	// memory and data dir grow by gigabytes.
	ethConf.DatabaseCache, ethConf.DatabaseHandles = 16, 64
	ethConf.TrieCleanCache, ethConf.TrieDirtyCache, ethConf.SnapshotCache = 16, 16, 0
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, err
	}
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, err
	}
	beacon, err := catalyst.NewSimulatedBeacon(1, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, err
	}
	if err := beacon.Start(); err != nil {
		stack.Close()
		return nil, err
	}
	return &Chain{Client: ethclient.NewClient(stack.Attach()), Operator: op, stack: stack, beacon: beacon}, nil
}

// Close stops sealing and closes the database cleanly.
func (c *Chain) Close() error {
	c.beacon.Stop()
	c.Client.Close()
	return c.stack.Close()
}

// Head returns the current block number.
func (c *Chain) Head(ctx context.Context) (uint64, error) { return c.Client.BlockNumber(ctx) }

// operatorKey loads the operator key, generating it on first use.
func operatorKey(path string) (*ecdsa.PrivateKey, error) {
	if b, err := os.ReadFile(path); err == nil {
		return crypto.HexToECDSA(strings.TrimSpace(string(b)))
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return k, os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600)
}
