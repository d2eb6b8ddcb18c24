-- 0002: the survey added up per office, service and month, kept by a
-- trigger on every questionnaire kept, so the staff reports read a few
-- thousand rows instead of every questionnaire of a year.
-- Months are cut in WIB (UTC+7, flow.Zone: Indonesia keeps one offset all
-- year), as the reports cut them. Questionnaires are never updated or
-- deleted; if that changes, this table needs triggers for it.

CREATE TABLE response_months (
	office  TEXT NOT NULL,
	service TEXT NOT NULL,
	month   TEXT NOT NULL,  -- survey.Period.ID of the month: 2026-01
	n       INTEGER NOT NULL,
	s1 INTEGER NOT NULL, s2 INTEGER NOT NULL, s3 INTEGER NOT NULL,
	s4 INTEGER NOT NULL, s5 INTEGER NOT NULL, s6 INTEGER NOT NULL,
	s7 INTEGER NOT NULL, s8 INTEGER NOT NULL, s9 INTEGER NOT NULL,
	PRIMARY KEY (office, service, month)
) WITHOUT ROWID;
CREATE INDEX response_months_month ON response_months (month);

INSERT INTO response_months (office, service, month, n, s1, s2, s3, s4, s5, s6, s7, s8, s9)
	SELECT office, service, strftime('%Y-%m', at + 25200, 'unixepoch'), count(*),
		sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7), sum(u8), sum(u9)
	FROM responses GROUP BY 1, 2, 3;

CREATE TRIGGER responses_add_month AFTER INSERT ON responses BEGIN
	INSERT INTO response_months (office, service, month, n, s1, s2, s3, s4, s5, s6, s7, s8, s9)
	VALUES (NEW.office, NEW.service, strftime('%Y-%m', NEW.at + 25200, 'unixepoch'), 1,
		NEW.u1, NEW.u2, NEW.u3, NEW.u4, NEW.u5, NEW.u6, NEW.u7, NEW.u8, NEW.u9)
	ON CONFLICT (office, service, month) DO UPDATE SET n = n + 1,
		s1 = s1 + NEW.u1, s2 = s2 + NEW.u2, s3 = s3 + NEW.u3, s4 = s4 + NEW.u4, s5 = s5 + NEW.u5,
		s6 = s6 + NEW.u6, s7 = s7 + NEW.u7, s8 = s8 + NEW.u8, s9 = s9 + NEW.u9;
END;

-- The IKM table (respondents × U1..U9) of an office or the city, read in
-- order of office and time from the index alone.
CREATE INDEX responses_table ON responses (office, at, service, u1, u2, u3, u4, u5, u6, u7, u8, u9);
