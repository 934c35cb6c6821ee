-- Passend schema, version 2 (SPEC version 2). Additive only: V1 data stays valid as it is.

-- R-TLV-11: an application may renew a statement; the new statement refers to the old one.
ALTER TABLE applications ADD COLUMN renews BIGINT CHECK (renews >= 1);
ALTER TABLE applications ADD COLUMN st_renews BIGINT CHECK (st_renews >= 1);
-- R-DL-3 (vo-22-01): the committee's advice before the director's decision.
ALTER TABLE applications ADD COLUMN advice VARCHAR(6) CHECK (advice IN ('GRANT', 'REFUSE'));
ALTER TABLE applications ADD COLUMN advice_on DATE;
ALTER TABLE applications ADD COLUMN advice_by VARCHAR(200);
ALTER TABLE applications ADD COLUMN advice_reason VARCHAR(2000);
ALTER TABLE applications ADD CONSTRAINT applications_advice_complete CHECK ((advice IS NULL) = (advice_on IS NULL));

-- R-TLV-1: registrations (aanmeldingen) of students at schools.
CREATE TABLE registrations (
  id             VARCHAR(64) NOT NULL PRIMARY KEY,
  student_id     VARCHAR(64) NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  school_brin    VARCHAR(6)  NOT NULL REFERENCES schools (brin),
  school_type    VARCHAR(3)  NOT NULL CHECK (school_type IN ('BO', 'SBO', 'SO', 'VO', 'VSO', 'PRO')),
  registered_on  DATE        NOT NULL
);
CREATE INDEX registrations_by_student ON registrations (student_id, registered_on);

-- R-LWOO-1..3: the LWOO register.
CREATE TABLE lwoo_designations (
  id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
  partnership_id     VARCHAR(64)  NOT NULL REFERENCES partnerships (id),
  student_id         VARCHAR(64)  NOT NULL REFERENCES students (id),
  school_brin        VARCHAR(6)   NOT NULL,
  received_on        DATE         NOT NULL,
  outcome            VARCHAR(20)  NOT NULL CHECK (outcome IN ('ELIGIBLE', 'NOT_ELIGIBLE', 'JUDGEMENT_REQUIRED')),
  scheme_version     VARCHAR(20)  NOT NULL,
  state              VARCHAR(20)  NOT NULL CHECK (state IN ('SUBMITTED', 'GRANTED', 'REFUSED', 'ENDED', 'OBJECTED', 'OBJECTION_UPHELD',
                       'OBJECTION_DISMISSED')),
  decided_on         DATE,
  start_date         DATE,
  end_date           DATE,
  duo_registered_on  DATE,
  obj_by             VARCHAR(10)  CHECK (obj_by IN ('GUARDIANS', 'BOARD')),
  obj_received_on    DATE,
  obj_notified_on    DATE,
  obj_upheld         BOOLEAN,
  obj_decided_on     DATE,
  version            BIGINT       NOT NULL CHECK (version >= 1),
  CHECK (end_date IS NULL OR start_date IS NOT NULL),
  CHECK ((obj_upheld IS NULL) = (obj_decided_on IS NULL))
);
CREATE INDEX lwoo_designations_by_partnership ON lwoo_designations (partnership_id);
CREATE INDEX lwoo_designations_by_student ON lwoo_designations (student_id);

CREATE TABLE lwoo_designation_trail (
  designation_id VARCHAR(64)   NOT NULL REFERENCES lwoo_designations (id) ON DELETE CASCADE,
  position       INTEGER       NOT NULL,
  step           VARCHAR(20)   NOT NULL,
  actor          VARCHAR(200)  NOT NULL,
  on_date        DATE          NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  PRIMARY KEY (designation_id, position)
);
