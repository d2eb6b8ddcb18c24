package account

import "testing"

func TestHashVerify(t *testing.T) {
	h, err := Hash("rahasia-kauman-2026")
	if err != nil {
		t.Fatal(err)
	}
	if !Verify(h, "rahasia-kauman-2026") {
		t.Error("the right password was refused")
	}
	for _, wrong := range []string{"rahasia-kauman-2027", "", "RAHASIA-KAUMAN-2026"} {
		if Verify(h, wrong) {
			t.Errorf("%q accepted", wrong)
		}
	}
	for _, broken := range []string{"", "$2a$10$abc", h[:len(h)-3] + "$$$", "$argon2id$v=19$m=0,t=0,p=0$AAAA$AAAA"} {
		if Verify(broken, "rahasia-kauman-2026") {
			t.Errorf("hash %q accepted", broken)
		}
	}
	h2, _ := Hash("rahasia-kauman-2026")
	if h2 == h {
		t.Error("two hashes of one password are equal: no salt")
	}
	if _, err := Hash("pendek"); err == nil {
		t.Error("a 6-character password accepted")
	}
}

func TestSees(t *testing.T) {
	kauman := User{Name: "kauman", Role: Office, Office: "kauman"}
	city := User{Name: "sekda", Role: City}
	insp := User{Name: "irban", Role: Inspector}
	if !kauman.Sees("kauman") || kauman.Sees("jodipan") || kauman.AllOffices() {
		t.Error("an office account must see its own office only")
	}
	if (User{Role: Office}).Sees("") {
		t.Error("an office account without an office sees the empty office")
	}
	if !city.Sees("jodipan") || !city.FollowsUp("jodipan") || !insp.Sees("jodipan") || insp.FollowsUp("jodipan") {
		t.Error("the city follows up every office; inspectors read every office")
	}
	for _, u := range []User{{Name: "A", Role: City}, {Name: "x", Role: City}, {Name: "ok", Role: "admin"}, {Name: "ok", Role: Office}, {Name: "ok", Role: City, Office: "kauman"}} {
		if u.Check() == nil {
			t.Errorf("%+v passed", u)
		}
	}
	if err := kauman.Check(); err != nil {
		t.Error(err)
	}
}
