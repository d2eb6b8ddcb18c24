// Package overwrite writes files over the ones an older build left.
//
// A build may write into the folder of an older one (internal/publish
// recycles it), where most files already exist. A file is written from
// its start and cut to what was written when closed, rather than emptied
// first: emptying gives its disk blocks back and writing takes them
// again, which on the machines we measured cost more than the writing
// itself.
package overwrite

import (
	"errors"
	"io"
	"os"
)

// File is a file being written over; Close cuts off what a longer older
// file left beyond the last write.
type File struct{ *os.File }

// Create opens name to write from its start (and read), making it if
// missing.
func Create(name string, perm os.FileMode) (*File, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, perm)
	if err != nil {
		return nil, err
	}
	return &File{f}, nil
}

// Close cuts the file at the last write and closes it.
func (f *File) Close() error {
	end, err := f.Seek(0, io.SeekCurrent)
	if err == nil {
		err = f.Truncate(end)
	}
	return errors.Join(err, f.File.Close())
}

// WriteFile is os.WriteFile, written over what is there.
func WriteFile(name string, data []byte, perm os.FileMode) error {
	f, err := Create(name, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return errors.Join(err, f.Close())
}
