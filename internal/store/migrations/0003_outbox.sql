-- 0003: the outbox of incidents to post to the city's webhook. A row is
-- written in the same transaction as the report it announces, so an
-- acknowledged report is never lost to the webhook, even across restarts.

CREATE TABLE outbox (
	id         INTEGER PRIMARY KEY,
	report     TEXT NOT NULL REFERENCES reports (id),
	created    INTEGER NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0,
	next_at    INTEGER NOT NULL,   -- not before this time
	last_error TEXT NOT NULL DEFAULT '',
	delivered  INTEGER             -- when the webhook accepted it
);
CREATE INDEX outbox_due ON outbox (next_at) WHERE delivered IS NULL;
