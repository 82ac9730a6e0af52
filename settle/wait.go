package settle

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// waitMined polls for a receipt until ctx ends.
func waitMined(ctx context.Context, c *Chain, tx *types.Transaction) (*types.Receipt, error) {
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
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
