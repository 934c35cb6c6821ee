-- The assessment facts a case (an application or an LWOO designation) is decided on, with where each
-- fact came from (issue 21 and the OSO dossiers of issue 18).
CREATE TABLE case_assessments (
  case_id VARCHAR(64) PRIMARY KEY,
  partnership_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL CHECK (version >= 1),
  assessment_date DATE NOT NULL,
  date_of_birth DATE,
  iq INTEGER CHECK (iq BETWEEN 30 AND 160),
  decision_date DATE
);
CREATE INDEX case_assessments_partnership ON case_assessments (partnership_id);
CREATE TABLE case_assessment_domains (
  case_id VARCHAR(64) NOT NULL REFERENCES case_assessments (case_id) ON DELETE CASCADE,
  domain VARCHAR(32) NOT NULL,
  dl INTEGER NOT NULL CHECK (dl BETWEEN 1 AND 200),
  dle INTEGER NOT NULL CHECK (dle >= 0 AND dle <= dl),
  PRIMARY KEY (case_id, domain)
);
CREATE TABLE case_assessment_findings (
  case_id VARCHAR(64) NOT NULL REFERENCES case_assessments (case_id) ON DELETE CASCADE,
  finding VARCHAR(64) NOT NULL,
  holds BOOLEAN NOT NULL,
  PRIMARY KEY (case_id, finding)
);
CREATE TABLE case_assessment_sources (
  case_id VARCHAR(64) NOT NULL REFERENCES case_assessments (case_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  fact VARCHAR(64) NOT NULL,
  test VARCHAR(200) NOT NULL,
  taken_on DATE NOT NULL,
  year_group INTEGER,
  PRIMARY KEY (case_id, position)
);
