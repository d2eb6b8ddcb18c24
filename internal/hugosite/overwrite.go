package hugosite

import (
	"os"

	"github.com/spf13/afero"

	"github.com/alurlayanan/alur/internal/overwrite"
)

// overwriteFs is the folder Hugo publishes into: a file Hugo opens to
// write from scratch is written over (internal/overwrite), keeping the
// disk blocks of the file an older build left there.
type overwriteFs struct{ afero.Fs }

func (o overwriteFs) Create(name string) (afero.File, error) {
	return o.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o666)
}

func (o overwriteFs) OpenFile(name string, flag int, perm os.FileMode) (afero.File, error) {
	if flag&os.O_TRUNC == 0 || flag&(os.O_WRONLY|os.O_RDWR) == 0 || flag&os.O_APPEND != 0 {
		return o.Fs.OpenFile(name, flag, perm)
	}
	f, err := overwrite.Create(name, perm)
	if err != nil {
		return nil, err // an *os.PathError, as afero.OsFs gives
	}
	return f, nil
}
