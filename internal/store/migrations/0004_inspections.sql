-- 0004: the city's unannounced inspections (sidak): each day's draw, the
-- inspections, their findings (followed up like residents' reports) and
-- their photos (re-encoded, without metadata).

CREATE TABLE draws (
	day     TEXT PRIMARY KEY,      -- YYYY-MM-DD in WIB
	offices TEXT NOT NULL,         -- JSON: [{"office":..., "weight":...}]
	made_by TEXT NOT NULL,
	made_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE inspections (
	id          TEXT PRIMARY KEY,  -- made by the inspector's phone
	office      TEXT NOT NULL,
	inspector   TEXT NOT NULL,
	arrived     INTEGER NOT NULL,  -- the server's time when the form opened
	submitted   INTEGER NOT NULL,
	open        INTEGER NOT NULL,
	front_desk  INTEGER NOT NULL,
	staff       TEXT NOT NULL,     -- JSON: names present
	maklumat    INTEGER NOT NULL,
	standards   INTEGER NOT NULL,
	flow        INTEGER NOT NULL,
	complaint   INTEGER NOT NULL,
	facilities  TEXT NOT NULL,     -- JSON: {"toilet": true, ...}
	refused     INTEGER NOT NULL,
	notes       TEXT NOT NULL DEFAULT '',
	photos      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX inspections_office_arrived ON inspections (office, arrived);
CREATE INDEX inspections_arrived ON inspections (arrived);

CREATE TABLE findings (
	id         INTEGER PRIMARY KEY,
	inspection TEXT NOT NULL REFERENCES inspections (id),
	office     TEXT NOT NULL,
	kind       TEXT NOT NULL,
	detail     TEXT NOT NULL DEFAULT '',
	at         INTEGER NOT NULL,
	status     TEXT NOT NULL DEFAULT 'baru',
	note       TEXT NOT NULL DEFAULT '',
	updated_at INTEGER,
	updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX findings_office_at ON findings (office, at);

CREATE TABLE photos (
	inspection TEXT NOT NULL REFERENCES inspections (id),
	seq        INTEGER NOT NULL,
	jpeg       BLOB NOT NULL,
	PRIMARY KEY (inspection, seq)
) WITHOUT ROWID;
