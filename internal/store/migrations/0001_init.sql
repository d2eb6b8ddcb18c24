-- 0001: feedback, the satisfaction survey, staff accounts and sessions.
-- Times are Unix seconds (UTC); periods are cut in the city's time zone
-- by the queries.

CREATE TABLE votes (
	id      TEXT PRIMARY KEY,          -- made by the client: a retry is the same row
	office  TEXT NOT NULL,
	service TEXT NOT NULL DEFAULT '',  -- '' on an office page
	helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
	channel TEXT NOT NULL,
	at      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX votes_office_at ON votes (office, at);

CREATE TABLE reports (
	id          TEXT PRIMARY KEY,
	office      TEXT NOT NULL,
	service     TEXT NOT NULL DEFAULT '',
	reason      TEXT NOT NULL,
	requirement TEXT NOT NULL DEFAULT '',
	seen        INTEGER,                -- when the office was found empty
	text        TEXT NOT NULL DEFAULT '',
	channel     TEXT NOT NULL,
	at          INTEGER NOT NULL,
	status      TEXT NOT NULL DEFAULT 'baru',
	note        TEXT NOT NULL DEFAULT '',
	updated_at  INTEGER,
	updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reports_office_at ON reports (office, at);
CREATE INDEX reports_at ON reports (at);

CREATE TABLE responses (
	id         TEXT PRIMARY KEY,
	office     TEXT NOT NULL,
	service    TEXT NOT NULL DEFAULT '',
	channel    TEXT NOT NULL,
	at         INTEGER NOT NULL,
	-- by element identity (U1..U9 of the regulation), never by position
	-- on a form
	u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
	u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
	u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
	u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
	u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
	u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
	u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
	u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
	u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
	gender     TEXT NOT NULL DEFAULT '',
	age        INTEGER NOT NULL DEFAULT 0,
	education  TEXT NOT NULL DEFAULT '',
	occupation TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX responses_office_at ON responses (office, at);
CREATE INDEX responses_at ON responses (at);

-- How many residents an office served in a period, as staff entered it.
CREATE TABLE served (
	office TEXT NOT NULL,
	period TEXT NOT NULL,  -- survey.Period.ID: 2026-01, 2026-T1, 2026-S1, 2026
	count  INTEGER NOT NULL CHECK (count >= 0),
	PRIMARY KEY (office, period)
) WITHOUT ROWID;

CREATE TABLE users (
	name    TEXT PRIMARY KEY,
	hash    TEXT NOT NULL,
	role    TEXT NOT NULL,
	office  TEXT NOT NULL DEFAULT '',
	created INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sessions (
	token   TEXT PRIMARY KEY,  -- SHA-256 of the cookie's token, never the token
	user    TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
	csrf    TEXT NOT NULL,
	created INTEGER NOT NULL,
	expires INTEGER NOT NULL
) WITHOUT ROWID;

-- Failed logins per account name, to slow guessing down.
CREATE TABLE login_failures (
	name  TEXT PRIMARY KEY,
	count INTEGER NOT NULL,
	last  INTEGER NOT NULL
) WITHOUT ROWID;
