package hugosite

import (
	"io"
	"os"

	"github.com/spf13/afero"
)

// overwriteFs is the folder Hugo publishes into. A build may write into a
// folder recycled from an older build (internal/publish), where most files
// already exist: a file opened for writing keeps its disk blocks and is
// cut to what was written when closed, rather than emptied first. Emptying
// a file gives its blocks back and writing takes them again, which on the
// machines we measured cost more than the writing itself.
type overwriteFs struct{ afero.Fs }

func (o overwriteFs) Create(name string) (afero.File, error) {
	return o.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o666)
}

func (o overwriteFs) OpenFile(name string, flag int, perm os.FileMode) (afero.File, error) {
	if flag&os.O_TRUNC == 0 || flag&(os.O_WRONLY|os.O_RDWR) == 0 || flag&os.O_APPEND != 0 {
		return o.Fs.OpenFile(name, flag, perm)
	}
	f, err := o.Fs.OpenFile(name, flag&^os.O_TRUNC, perm)
	if err != nil {
		return nil, err
	}
	return &overwritten{File: f}, nil
}

// overwritten is a file written from its start; Close cuts off what an
// older, longer file left beyond the last write.
type overwritten struct{ afero.File }

func (f *overwritten) Close() error {
	end, err := f.Seek(0, io.SeekCurrent)
	if err == nil {
		err = f.Truncate(end)
	}
	if cerr := f.File.Close(); err == nil {
		err = cerr
	}
	return err
}
