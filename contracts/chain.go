// Package contracts holds the platform's Solidity contracts (src/), their
// compiled artifacts and Go bindings (bindings/), and the chain rules the
// embedded chains run under.
package contracts

import (
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainConfig is go-ethereum's developer chain with the forks Ethereum mainnet
// runs today (through Osaka) and not the ones still in development, whose
// gas schedule would make every figure we measure meaningless for mainnet.
func ChainConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BogotaTime = nil
	return &c
}

// MainnetRules is an option for go-ethereum's simulated backend that applies ChainConfig.
func MainnetRules(_ *node.Config, eth *ethconfig.Config) {
	if eth.Genesis != nil {
		eth.Genesis.Config = ChainConfig()
	}
}
