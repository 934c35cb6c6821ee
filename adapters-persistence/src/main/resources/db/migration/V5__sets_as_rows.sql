-- Issue 15: sets stored as comma-joined text become child rows. The dossier items of an application
-- and the special-needs types a school serves move into tables of their own; the data moves with
-- them (one statement per value, so that the migration is the same SQL on H2 and PostgreSQL).
CREATE TABLE application_dossier_items (
  application_id VARCHAR(64) NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  item           VARCHAR(60) NOT NULL CHECK (item IN ('EXPERT_ADVICE', 'GUARDIANS_VIEW', 'STUDENT_VIEW', 'DEVELOPMENT_PLAN', 'DEVELOPMENT_PLAN_WITH_RECENT_EVALUATION', 'EDUCATIONAL_REPORT', 'SIGNATURES', 'CONSENT_FORM', 'FIRST_CHOICE_SCHOOL', 'NINE_QUESTIONS_ADDRESSED')),
  PRIMARY KEY (application_id, item)
);
CREATE TABLE school_special_needs_types (
  brin VARCHAR(6)  NOT NULL REFERENCES schools (brin) ON DELETE CASCADE,
  type VARCHAR(20) NOT NULL CHECK (type IN ('ZML', 'LZ', 'LG', 'MG', 'CLUSTER_4')),
  PRIMARY KEY (brin, type)
);
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'EXPERT_ADVICE' FROM applications WHERE ',' || dossier || ',' LIKE '%,EXPERT_ADVICE,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'GUARDIANS_VIEW' FROM applications WHERE ',' || dossier || ',' LIKE '%,GUARDIANS_VIEW,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'STUDENT_VIEW' FROM applications WHERE ',' || dossier || ',' LIKE '%,STUDENT_VIEW,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'DEVELOPMENT_PLAN' FROM applications WHERE ',' || dossier || ',' LIKE '%,DEVELOPMENT_PLAN,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'DEVELOPMENT_PLAN_WITH_RECENT_EVALUATION' FROM applications WHERE ',' || dossier || ',' LIKE '%,DEVELOPMENT_PLAN_WITH_RECENT_EVALUATION,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'EDUCATIONAL_REPORT' FROM applications WHERE ',' || dossier || ',' LIKE '%,EDUCATIONAL_REPORT,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'SIGNATURES' FROM applications WHERE ',' || dossier || ',' LIKE '%,SIGNATURES,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'CONSENT_FORM' FROM applications WHERE ',' || dossier || ',' LIKE '%,CONSENT_FORM,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'FIRST_CHOICE_SCHOOL' FROM applications WHERE ',' || dossier || ',' LIKE '%,FIRST_CHOICE_SCHOOL,%';
INSERT INTO application_dossier_items (application_id, item) SELECT id, 'NINE_QUESTIONS_ADDRESSED' FROM applications WHERE ',' || dossier || ',' LIKE '%,NINE_QUESTIONS_ADDRESSED,%';
INSERT INTO school_special_needs_types (brin, type) SELECT brin, 'ZML' FROM schools WHERE ',' || served_types || ',' LIKE '%,ZML,%';
INSERT INTO school_special_needs_types (brin, type) SELECT brin, 'LZ' FROM schools WHERE ',' || served_types || ',' LIKE '%,LZ,%';
INSERT INTO school_special_needs_types (brin, type) SELECT brin, 'LG' FROM schools WHERE ',' || served_types || ',' LIKE '%,LG,%';
INSERT INTO school_special_needs_types (brin, type) SELECT brin, 'MG' FROM schools WHERE ',' || served_types || ',' LIKE '%,MG,%';
INSERT INTO school_special_needs_types (brin, type) SELECT brin, 'CLUSTER_4' FROM schools WHERE ',' || served_types || ',' LIKE '%,CLUSTER_4,%';
ALTER TABLE applications DROP COLUMN dossier;
ALTER TABLE schools DROP COLUMN served_types;
