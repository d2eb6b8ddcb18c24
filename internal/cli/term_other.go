//go:build !linux

package cli

import (
	"io"
	"os"
)

// readHidden cannot hide typing here: the password is read as a line.
func readHidden(*os.File, io.Writer, string) (string, bool, error) { return "", false, nil }
