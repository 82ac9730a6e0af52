package settle

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// waitMined polls for a receipt until ctx ends or the chain's wait timeout
// passes.
func waitMined(ctx context.Context, c *Chain, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.waitTimeout())
	defer cancel()
	for {
		r, err := c.receipt(ctx, tx.Hash())
		if err != nil {
			return nil, err
		}
		if r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("settle: transaction %s reverted", tx.Hash().Hex())
			}
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("settle: transaction %s not mined: %w", tx.Hash().Hex(), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
