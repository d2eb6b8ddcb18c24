package hugosite

// The one-shot build: `alur build` renders the site once into an empty
// folder and lets everything go.

import (
	"context"
)

// Build builds the site once and writes it to in.OutDir.
func Build(ctx context.Context, in Input) (Stats, error) {
	s, err := Open(in)
	if err != nil {
		return Stats{}, err
	}
	defer s.Close()
	// The in-memory site holds a copy of every generated file now, and no
	// later SetFiles will compare against them: let them go (a tenth of
	// the memory of a build at ten times Kota Malang's size).
	s.in.Files = nil
	return s.Build(ctx)
}
