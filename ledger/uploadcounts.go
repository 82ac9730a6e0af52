package ledger

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// DayMetric keys a day (Unix ms of its UTC midnight) and a metric.
type DayMetric struct {
	Day    int64
	Metric int
}

// MinuteCounts counts readings per minute of one UTC day.
type MinuteCounts [1440]uint16

// ReserveUploadCounts grants a contributor's upload (fileSHA256) readings
// per metric and minute so that all the contributor's uploads together put
// at most perMinute in any: for each minute, the smaller of want and what
// the other uploads left. A retried upload gets what its first attempt was
// granted, whatever it asks.
func (s *Store) ReserveUploadCounts(ctx context.Context, contributorID, fileSHA256 string, want map[DayMetric]*MinuteCounts, perMinute int) (map[DayMetric]*MinuteCounts, error) {
	keys := make([]DayMetric, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Day != keys[j].Day {
			return keys[i].Day < keys[j].Day
		}
		return keys[i].Metric < keys[j].Metric
	})
	for attempt := 0; ; attempt++ {
		out := make(map[DayMetric]*MinuteCounts, len(want))
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			// Two uploads of one contributor reserve one after the other.
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE contributors SET id = id WHERE id = ?`), contributorID); err != nil {
				return err
			}
			for _, k := range keys {
				got, err := reserveCounts(ctx, s, tx, contributorID, fileSHA256, k, want[k], perMinute)
				if err != nil {
					return err
				}
				out[k] = got
			}
			return nil
		})
		if errors.Is(err, errRaced) && attempt < 10 {
			continue
		}
		return out, err
	}
}

func reserveCounts(ctx context.Context, s *Store, tx *sql.Tx, contributorID, sha string, k DayMetric, want *MinuteCounts, perMinute int) (*MinuteCounts, error) {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT file_sha256, counts FROM upload_minute_counts WHERE contributor_id = ? AND day_ms = ? AND metric = ?`), contributorID, k.Day, k.Metric)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var others [1440]int
	for rows.Next() {
		var file string
		var b []byte
		if err := rows.Scan(&file, &b); err != nil {
			return nil, err
		}
		if len(b) != 2*1440 {
			return nil, fmt.Errorf("ledger: upload minute counts of %d hold %d bytes", k.Day, len(b))
		}
		if file == sha {
			got := new(MinuteCounts)
			for i := range got {
				got[i] = binary.LittleEndian.Uint16(b[2*i:])
			}
			return got, nil
		}
		for i := range others {
			others[i] += int(binary.LittleEndian.Uint16(b[2*i:]))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	got := new(MinuteCounts)
	buf := make([]byte, 2*1440)
	for i := range got {
		n := min(int(want[i]), max(perMinute-others[i], 0))
		got[i] = uint16(n)
		binary.LittleEndian.PutUint16(buf[2*i:], uint16(n))
	}
	res, err := tx.ExecContext(ctx, s.q(`INSERT INTO upload_minute_counts (contributor_id, day_ms, metric, file_sha256, counts) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
		contributorID, k.Day, k.Metric, sha, buf)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return nil, errRaced
	}
	return got, nil
}
