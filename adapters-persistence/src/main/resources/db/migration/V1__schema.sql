-- Passend schema, version 1. Runs unchanged on H2 2.x and PostgreSQL 15.
-- Keys, foreign keys, NOT NULL and CHECK constraints mirror the domain's invariants; indexes serve
-- the queries of the use cases. Personal data: students.date_of_birth, students.bsn, guardians.

CREATE TABLE partnerships (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(500) NOT NULL,
  sector      VARCHAR(2)   NOT NULL CHECK (sector IN ('PO', 'VO')),
  region      VARCHAR(500) NOT NULL,
  policy_id   VARCHAR(64)  NOT NULL,
  version     BIGINT       NOT NULL CHECK (version >= 1)
);

-- The partnership's own list of member boards (R-ORG-2).
CREATE TABLE partnership_members (
  partnership_id VARCHAR(64) NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  board_id       VARCHAR(64) NOT NULL,
  PRIMARY KEY (partnership_id, board_id)
);

CREATE TABLE boards (
  id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  name     VARCHAR(500) NOT NULL,
  version  BIGINT       NOT NULL CHECK (version >= 1)
);

-- A board belongs to one or more partnerships (R-ORG-2).
CREATE TABLE board_partnerships (
  board_id       VARCHAR(64) NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  partnership_id VARCHAR(64) NOT NULL REFERENCES partnerships (id),
  PRIMARY KEY (board_id, partnership_id)
);

CREATE TABLE schools (
  brin          VARCHAR(6)   NOT NULL PRIMARY KEY CHECK (LENGTH(brin) IN (4, 6)),
  name          VARCHAR(500) NOT NULL,
  board_id      VARCHAR(64)  NOT NULL REFERENCES boards (id),
  school_type   VARCHAR(3)   NOT NULL CHECK (school_type IN ('BO', 'SBO', 'SO', 'VO', 'VSO', 'PRO')),
  cluster       SMALLINT     CHECK (cluster BETWEEN 1 AND 4),
  served_types  VARCHAR(100) NOT NULL,
  version       BIGINT       NOT NULL CHECK (version >= 1),
  -- SO and VSO schools carry a cluster; others do not (R-ORG-4).
  CHECK ((school_type IN ('SO', 'VSO')) = (cluster IS NOT NULL))
);
CREATE INDEX schools_by_board ON schools (board_id);

CREATE TABLE students (
  id                      VARCHAR(64) NOT NULL PRIMARY KEY,
  partnership_id          VARCHAR(64) NOT NULL REFERENCES partnerships (id),
  date_of_birth           DATE        NOT NULL,
  bsn                     VARCHAR(9),
  start_qualification_on  DATE,
  overlap_tolerance_days  INTEGER     NOT NULL CHECK (overlap_tolerance_days BETWEEN 0 AND 31),
  version                 BIGINT      NOT NULL CHECK (version >= 1),
  CHECK (start_qualification_on IS NULL OR start_qualification_on > date_of_birth)
);
CREATE INDEX students_by_partnership ON students (partnership_id);

CREATE TABLE enrolments (
  student_id     VARCHAR(64) NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  position       INTEGER     NOT NULL,
  school_brin    VARCHAR(6)  NOT NULL,
  school_type    VARCHAR(3)  NOT NULL CHECK (school_type IN ('BO', 'SBO', 'SO', 'VO', 'VSO', 'PRO')),
  enrolled_from  DATE        NOT NULL,
  enrolled_until DATE,
  PRIMARY KEY (student_id, position),
  CHECK (enrolled_until IS NULL OR enrolled_until >= enrolled_from)
);
-- Students by school and date (R-STU-3 queries, school staff's scope).
CREATE INDEX enrolments_by_school_and_date ON enrolments (school_brin, enrolled_from, enrolled_until);

CREATE TABLE guardians (
  student_id          VARCHAR(64)  NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  position            INTEGER      NOT NULL,
  reference           VARCHAR(64)  NOT NULL,
  name                VARCHAR(500) NOT NULL,
  parental_authority  BOOLEAN      NOT NULL,
  PRIMARY KEY (student_id, position)
);

CREATE TABLE applications (
  id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
  policy_id           VARCHAR(64)  NOT NULL,
  partnership_id      VARCHAR(64)  NOT NULL REFERENCES partnerships (id),
  student_id          VARCHAR(64)  NOT NULL REFERENCES students (id),
  applying_school     VARCHAR(6)   NOT NULL REFERENCES schools (brin),
  school_type         VARCHAR(3)   NOT NULL CHECK (school_type IN ('SBO', 'SO', 'VSO', 'PRO')),
  special_needs_type  VARCHAR(10)  CHECK (special_needs_type IN ('ZML', 'LZ', 'LG', 'MG', 'CLUSTER_4')),
  pro_special_route   BOOLEAN      NOT NULL,
  received_on         DATE         NOT NULL,
  state               VARCHAR(30)  NOT NULL CHECK (state IN ('SUBMITTED', 'ACKNOWLEDGED', 'INFORMATION_REQUESTED', 'UNDER_ASSESSMENT',
                        'HEARING', 'GRANTED', 'REFUSED', 'NOT_CONSIDERED', 'OBJECTED', 'OBJECTION_UPHELD', 'OBJECTION_DISMISSED')),
  dossier             VARCHAR(500) NOT NULL,
  first_choice_school VARCHAR(6),
  extended            BOOLEAN      NOT NULL,
  decided_on          DATE,
  -- The statement (R-TLV-4..6), once granted.
  statement_number    BIGINT       CHECK (statement_number >= 1),
  st_school_type      VARCHAR(3),
  st_special_needs    VARCHAR(10),
  st_category         VARCHAR(6)   CHECK (st_category IN ('LOW', 'MEDIUM', 'HIGH')),
  st_override_reason  VARCHAR(2000),
  st_issued_on        DATE,
  st_start            DATE,
  st_end              DATE,
  st_legal_basis      VARCHAR(100),
  st_status           VARCHAR(10)  CHECK (st_status IN ('ACTIVE', 'EXPIRED', 'REVOKED')),
  -- The objection (R-DL-9), once made.
  obj_by              VARCHAR(10)  CHECK (obj_by IN ('GUARDIANS', 'BOARD')),
  obj_received_on     DATE,
  obj_notified_on     DATE,
  obj_upheld          BOOLEAN,
  obj_decided_on      DATE,
  version             BIGINT       NOT NULL CHECK (version >= 1),
  UNIQUE (partnership_id, statement_number),
  CHECK ((special_needs_type IS NOT NULL) = (school_type IN ('SO', 'VSO'))),
  CHECK (statement_number IS NULL OR (st_start IS NOT NULL AND st_issued_on IS NOT NULL AND st_status IS NOT NULL)),
  -- A statement ends on 31 July, or has no end (PrO) (R-TLV-6).
  CHECK (st_end IS NULL OR (EXTRACT(MONTH FROM st_end) = 7 AND EXTRACT(DAY FROM st_end) = 31)),
  CHECK (st_end IS NULL OR st_start IS NULL OR st_end > st_start),
  CHECK ((obj_upheld IS NULL) = (obj_decided_on IS NULL))
);
CREATE INDEX applications_by_partnership ON applications (partnership_id, state);
CREATE INDEX applications_by_student ON applications (student_id);
-- Statements ending before a date (R-TLV-7).
CREATE INDEX statements_by_end ON applications (partnership_id, st_end);

CREATE TABLE application_trail (
  application_id VARCHAR(64)   NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position       INTEGER       NOT NULL,
  action         VARCHAR(30)   NOT NULL,
  actor          VARCHAR(200)  NOT NULL,
  on_date        DATE          NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  PRIMARY KEY (application_id, position)
);

CREATE TABLE application_suspensions (
  application_id VARCHAR(64) NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position       INTEGER     NOT NULL,
  requested_on   DATE        NOT NULL,
  received_on    DATE,
  PRIMARY KEY (application_id, position),
  CHECK (received_on IS NULL OR received_on >= requested_on)
);

CREATE TABLE application_advices (
  application_id   VARCHAR(64) NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position         INTEGER     NOT NULL,
  expert_reference VARCHAR(64) NOT NULL,
  profession       VARCHAR(30) NOT NULL,
  employer         VARCHAR(6),
  given_on         DATE        NOT NULL,
  PRIMARY KEY (application_id, position)
);

-- The statement sequence of each partnership (WPO 18a lid 14, WVO 17a lid 15); its row is created
-- with the partnership, so that concurrent first statements only ever update it.
CREATE TABLE statement_sequences (
  partnership_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES partnerships (id),
  last_number    BIGINT      NOT NULL CHECK (last_number >= 0)
);

CREATE TABLE placement_duty_cases (
  id                      VARCHAR(64) NOT NULL PRIMARY KEY,
  partnership_id          VARCHAR(64) NOT NULL REFERENCES partnerships (id),
  student_id              VARCHAR(64) NOT NULL,
  board_id                VARCHAR(64) NOT NULL,
  school_brin             VARCHAR(6)  NOT NULL,
  registered_on           DATE        NOT NULL,
  extension_weeks         INTEGER     CHECK (extension_weeks BETWEEN 1 AND 4),
  outcome                 VARCHAR(20) CHECK (outcome IN ('ADMITTED', 'PLACED_ELSEWHERE', 'WITHDRAWN', 'NOT_APPLICABLE')),
  placed_at               VARCHAR(6),
  concluded_on            DATE,
  temporarily_enrolled_on DATE,
  version                 BIGINT      NOT NULL CHECK (version >= 1),
  CHECK ((outcome IS NULL) = (concluded_on IS NULL)),
  -- PLACED_ELSEWHERE names the admitting school, and only it (R-ZP-2).
  CHECK (placed_at IS NULL OR outcome = 'PLACED_ELSEWHERE'),
  CHECK (outcome <> 'PLACED_ELSEWHERE' OR placed_at IS NOT NULL)
);
-- Open cases by partnership (R-ZP-3).
CREATE INDEX placement_cases_open ON placement_duty_cases (partnership_id, concluded_on);

CREATE TABLE out_of_school_cases (
  id                VARCHAR(64)  NOT NULL PRIMARY KEY,
  partnership_id    VARCHAR(64)  NOT NULL REFERENCES partnerships (id),
  student_id        VARCHAR(64)  NOT NULL,
  category          VARCHAR(30)  NOT NULL CHECK (category IN ('ABSOLUTE_ABSENCE', 'LONG_TERM_RELATIVE_ABSENCE')),
  started_on        DATE         NOT NULL,
  reason            VARCHAR(500) NOT NULL,
  board_with_duty   VARCHAR(64),
  coordinator       VARCHAR(500) NOT NULL,
  offer_on          DATE,
  escalated_on      DATE,
  designated_school VARCHAR(6),
  closed_on         DATE,
  version           BIGINT       NOT NULL CHECK (version >= 1),
  CHECK (closed_on IS NULL OR closed_on >= started_on)
);
CREATE INDEX out_of_school_open ON out_of_school_cases (partnership_id, closed_on);

CREATE TABLE out_of_school_steps (
  case_id     VARCHAR(64)  NOT NULL REFERENCES out_of_school_cases (id) ON DELETE CASCADE,
  position    INTEGER      NOT NULL,
  on_date     DATE         NOT NULL,
  actor       VARCHAR(500) NOT NULL,
  description VARCHAR(500) NOT NULL,
  PRIMARY KEY (case_id, position)
);

CREATE TABLE exemptions (
  id             BIGINT      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  partnership_id VARCHAR(64) NOT NULL REFERENCES partnerships (id),
  student_id     VARCHAR(64) NOT NULL,
  ground         VARCHAR(40) NOT NULL CHECK (ground IN ('ART_5A_PHYSICAL_PSYCHOLOGICAL', 'ART_5B_DENOMINATION', 'ART_15_ALTERNATIVE_EDUCATION', 'ART_11G', 'OTHER')),
  valid_from     DATE        NOT NULL,
  valid_until    DATE,
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX exemptions_by_partnership ON exemptions (partnership_id);
CREATE INDEX exemptions_by_student ON exemptions (student_id);

-- Append-only audit trail (R-PRIV-3): the adapter never updates or deletes a row.
CREATE TABLE audit_log (
  id             BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(200)  NOT NULL,
  action         VARCHAR(100)  NOT NULL,
  subject        VARCHAR(200)  NOT NULL,
  partnership_id VARCHAR(64),
  reason         VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_by_subject ON audit_log (subject, id);
CREATE INDEX audit_by_partnership ON audit_log (partnership_id, id);
