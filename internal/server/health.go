package server

import (
	"encoding/json"
	"net/http"
)

type healthReport struct {
	Status string `json:"status"` // "ok", or "degraded" when search is expected but not working
	Build  string `json:"build"`
	Index  bool   `json:"index"` // whether the build's search index is open
	Error  string `json:"error,omitempty"`
}

// health answers /healthz for monitors and for the publisher, which can
// poll it to see its build go live.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	b := requestOf(r).build
	rep := healthReport{Status: "ok", Build: b.id, Index: b.searchAPI != nil && b.indexErr == nil}
	status := http.StatusOK
	if s.cfg.OpenSearch != nil && !rep.Index {
		rep.Status = "degraded"
		status = http.StatusServiceUnavailable
		if b.indexErr != nil {
			rep.Error = b.indexErr.Error()
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(rep)
}
