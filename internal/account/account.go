// Package account is who may read residents' feedback and the survey:
// roles, what each role may see, and password hashes. It knows no storage
// and no HTTP.
package account

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// Role is what an account may see.
type Role string

// The roles.
const (
	// City sees and follows up every office (the city's own staff).
	City Role = "kota"
	// Office sees and follows up its own office only.
	Office Role = "kelurahan"
	// Inspector reads every office (Inspektorat, BKPSDM); it also runs
	// the unannounced inspections.
	Inspector Role = "inspektorat"
)

// Roles lists them.
var Roles = []Role{City, Office, Inspector}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return r == City || r == Office || r == Inspector }

// User is a staff account.
type User struct {
	Name   string
	Role   Role
	Office string // the office of a kelurahan account; empty otherwise
}

// Sees reports whether u may read office's data.
func (u User) Sees(office string) bool {
	switch u.Role {
	case City, Inspector:
		return true
	case Office:
		return u.Office != "" && u.Office == office
	}
	return false
}

// FollowsUp reports whether u may change the follow-up state of office's
// reports: the city and the office itself; inspectors only read.
func (u User) FollowsUp(office string) bool {
	return u.Role != Inspector && u.Sees(office)
}

// AllOffices reports whether u's reports span the city.
func (u User) AllOffices() bool { return u.Role == City || u.Role == Inspector }

// Check reports what is wrong with a new account.
func (u User) Check() error {
	switch {
	case !ValidName(u.Name):
		return errors.New("nama akun hanya huruf kecil, angka, titik, - atau _ (2-64) / account names are lowercase letters, digits, '.', '-' or '_' (2-64)")
	case !u.Role.Valid():
		return fmt.Errorf("peran %q tidak dikenal; pilih kota, kelurahan atau inspektorat / unknown role %q", u.Role, u.Role)
	case u.Role == Office && u.Office == "":
		return errors.New("akun kelurahan perlu --office / a kelurahan account needs --office")
	case u.Role != Office && u.Office != "":
		return errors.New("hanya akun kelurahan yang terikat satu kantor / only kelurahan accounts belong to one office")
	}
	return nil
}

// ValidName reports whether name can name an account.
func ValidName(name string) bool {
	if len(name) < 2 || len(name) > 64 {
		return false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// MinPassword is the shortest password accepted.
const MinPassword = 10

// argon2id parameters: OWASP's recommended minimum (19 MiB, 2 passes, 1
// lane) keeps a login around 30 ms on this class of machine.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// Hash makes an argon2id hash of password in the PHC string format.
func Hash(password string) (string, error) {
	if len(password) < MinPassword {
		return "", fmt.Errorf("kata sandi minimal %d karakter / the password needs at least %d characters", MinPassword, MinPassword)
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// Verify reports whether password matches hash, in constant time.
func Verify(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var version, memory, passes int
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &passes, &threads); err != nil {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[4])
	want, err2 := enc.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 || memory <= 0 || passes <= 0 || threads == 0 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, uint32(passes), uint32(memory), threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// DummyHash is verified against when a login names no account, so an
// unknown name takes as long as a wrong password. It is made on first use:
// made when the package loads, every alur command (a build, a check) paid
// for an argon2id hash (19 MiB) that only a login needs.
var DummyHash = sync.OnceValue(func() string {
	h, err := Hash("tidak-ada-akun-ini")
	if err != nil {
		panic(err)
	}
	return h
})

// Token makes an unguessable random token (session ids, CSRF tokens):
// 256 bits, URL-safe.
func Token() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on Linux
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
