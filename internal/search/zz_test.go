package search
import ("testing";"fmt";"context")
func TestZZ(t *testing.T){
 ix := cityIndex(t)
 for _, q := range []Query{{Text:"surat miskin"},{Text:"akte kelahran rampal celaket"},{Text:"klojen"},{Text:"rampal celaket"},{Text:"kk", Office:"kauman"},{Text:"pindah dom", Typing:true},{Text:"lapor datang dari luar kota"},{Text:"ktp", Kecamatan:"klojen"}, {Text:"domisili", Office:"kauman"}} {
  res, err := ix.Search(context.Background(), q)
  fmt.Printf("== %+v corrected=%q office=%q err=%v\n", q, res.Corrected, res.Office, err)
  for _, h := range res.Hits[:min(4,len(res.Hits))] { fmt.Printf("  %.3f %s %s [%s] %s\n", h.Score, h.Kind, h.URL, h.Title, h.Snippet) }
 }
}
