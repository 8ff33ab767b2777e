import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`civility_titles_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`result\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`civility_titles_reviews_order_idx\` ON \`civility_titles_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_reviews_parent_id_idx\` ON \`civility_titles_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`civility_titles_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`civility_titles_review_log_order_idx\` ON \`civility_titles_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_review_log_parent_id_idx\` ON \`civility_titles_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_review_log_by_idx\` ON \`civility_titles_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`civility_titles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`category\` text,
  	\`unit_id\` integer,
  	\`holder\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`issuer\` text,
  	\`citation\` text,
  	\`notice_from\` text,
  	\`notice_to\` text,
  	\`revocation_date\` text,
  	\`revocation_reason\` text,
  	\`revocation_proposal_id\` integer,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`sensitive_override\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`revocation_proposal_id\`) REFERENCES \`title_revocations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`civility_titles_category_idx\` ON \`civility_titles\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_unit_idx\` ON \`civility_titles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_level_idx\` ON \`civility_titles\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_year_idx\` ON \`civility_titles\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_revocation_revocation_proposal_idx\` ON \`civility_titles\` (\`revocation_proposal_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`civility_titles_slug_idx\` ON \`civility_titles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_review_state_idx\` ON \`civility_titles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_last_edited_by_idx\` ON \`civility_titles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_updated_at_idx\` ON \`civility_titles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles_created_at_idx\` ON \`civility_titles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`civility_titles__status_idx\` ON \`civility_titles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_year_holder_idx\` ON \`civility_titles\` (\`_status\`,\`year\`,\`holder\`);`)
  await db.run(sql`CREATE TABLE \`_civility_titles_v_version_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`year\` numeric,
  	\`result\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_civility_titles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_reviews_order_idx\` ON \`_civility_titles_v_version_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_reviews_parent_id_idx\` ON \`_civility_titles_v_version_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_civility_titles_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_civility_titles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_review_log_order_idx\` ON \`_civility_titles_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_review_log_parent_id_idx\` ON \`_civility_titles_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_review_log_by_idx\` ON \`_civility_titles_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_civility_titles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_category\` text,
  	\`version_unit_id\` integer,
  	\`version_holder\` text,
  	\`version_level\` text,
  	\`version_year\` numeric,
  	\`version_issuer\` text,
  	\`version_citation\` text,
  	\`version_notice_from\` text,
  	\`version_notice_to\` text,
  	\`version_revocation_date\` text,
  	\`version_revocation_reason\` text,
  	\`version_revocation_proposal_id\` integer,
  	\`version_slug\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_publish_reason\` text,
  	\`version_sensitive_override\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_revocation_proposal_id\`) REFERENCES \`title_revocations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_parent_idx\` ON \`_civility_titles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_category_idx\` ON \`_civility_titles_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_unit_idx\` ON \`_civility_titles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_level_idx\` ON \`_civility_titles_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_year_idx\` ON \`_civility_titles_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_revocation_version_revocation_idx\` ON \`_civility_titles_v\` (\`version_revocation_proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_slug_idx\` ON \`_civility_titles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_review_state_idx\` ON \`_civility_titles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_last_edited_by_idx\` ON \`_civility_titles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_updated_at_idx\` ON \`_civility_titles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_created_at_idx\` ON \`_civility_titles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version__status_idx\` ON \`_civility_titles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_created_at_idx\` ON \`_civility_titles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_updated_at_idx\` ON \`_civility_titles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_latest_idx\` ON \`_civility_titles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_year_version_holder_idx\` ON \`_civility_titles_v\` (\`version__status\`,\`version_year\`,\`version_holder\`);`)
  await db.run(sql`CREATE TABLE \`title_revocations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`summary\` text,
  	\`title_id\` integer NOT NULL,
  	\`record_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`reason\` text,
  	\`revoked_on\` text,
  	\`reject_reason\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`title_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`record_id\`) REFERENCES \`accountability_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`title_revocations_title_idx\` ON \`title_revocations\` (\`title_id\`);`)
  await db.run(sql`CREATE INDEX \`title_revocations_record_idx\` ON \`title_revocations\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`title_revocations_status_idx\` ON \`title_revocations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`title_revocations_decided_by_idx\` ON \`title_revocations\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`title_revocations_updated_at_idx\` ON \`title_revocations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`title_revocations_created_at_idx\` ON \`title_revocations\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_objections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`summary\` text,
  	\`nominee_id\` integer,
  	\`title_id\` integer,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`note\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`closed_at\` text,
  	\`contact_erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`nominee_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`title_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_objections\`("id", "summary", "nominee_id", "title_id", "message", "status", "note", "contact_name", "contact_phone", "closed_at", "contact_erased_at", "updated_at", "created_at") SELECT "id", "summary", "nominee_id", NULL, "message", "status", "note", "contact_name", "contact_phone", "closed_at", "contact_erased_at", "updated_at", "created_at" FROM \`objections\`;`)
  await db.run(sql`DROP TABLE \`objections\`;`)
  await db.run(sql`ALTER TABLE \`__new_objections\` RENAME TO \`objections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`objections_nominee_idx\` ON \`objections\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_title_idx\` ON \`objections\` (\`title_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_status_idx\` ON \`objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`objections_closed_at_idx\` ON \`objections\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_updated_at_idx\` ON \`objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_created_at_idx\` ON \`objections\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`civility_titles_id\` integer REFERENCES civility_titles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`title_revocations_id\` integer REFERENCES title_revocations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_civility_titles_id_idx\` ON \`payload_locked_documents_rels\` (\`civility_titles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_title_revocations_id_idx\` ON \`payload_locked_documents_rels\` (\`title_revocations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`civility_titles_reviews\`;`)
  await db.run(sql`DROP TABLE \`civility_titles_review_log\`;`)
  await db.run(sql`DROP TABLE \`civility_titles\`;`)
  await db.run(sql`DROP TABLE \`_civility_titles_v_version_reviews\`;`)
  await db.run(sql`DROP TABLE \`_civility_titles_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_civility_titles_v\`;`)
  await db.run(sql`DROP TABLE \`title_revocations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_objections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`summary\` text,
  	\`nominee_id\` integer NOT NULL,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`note\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`closed_at\` text,
  	\`contact_erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`nominee_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_objections\`("id", "summary", "nominee_id", "message", "status", "note", "contact_name", "contact_phone", "closed_at", "contact_erased_at", "updated_at", "created_at") SELECT "id", "summary", "nominee_id", "message", "status", "note", "contact_name", "contact_phone", "closed_at", "contact_erased_at", "updated_at", "created_at" FROM \`objections\`;`)
  await db.run(sql`DROP TABLE \`objections\`;`)
  await db.run(sql`ALTER TABLE \`__new_objections\` RENAME TO \`objections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`objections_nominee_idx\` ON \`objections\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_status_idx\` ON \`objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`objections_closed_at_idx\` ON \`objections\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_updated_at_idx\` ON \`objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_created_at_idx\` ON \`objections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bulletins_id\` integer,
  	\`evaluation_rounds_id\` integer,
  	\`exposures_id\` integer,
  	\`tv_episodes_id\` integer,
  	\`good_people_id\` integer,
  	\`selection_rounds_id\` integer,
  	\`public_ads_id\` integer,
  	\`knowledge_id\` integer,
  	\`units_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`issue_claims_id\` integer,
  	\`sensitive_words_id\` integer,
  	\`accountability_records_id\` integer,
  	\`deadline_extensions_id\` integer,
  	\`resident_reports_id\` integer,
  	\`endorsements_id\` integer,
  	\`objections_id\` integer,
  	\`builder_leases_id\` integer,
  	\`rate_slots_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletins_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluation_rounds_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_episodes_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_people_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`selection_rounds_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_ads_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issue_claims_id\`) REFERENCES \`issue_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accountability_records_id\`) REFERENCES \`accountability_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deadline_extensions_id\`) REFERENCES \`deadline_extensions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resident_reports_id\`) REFERENCES \`resident_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`endorsements_id\`) REFERENCES \`endorsements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`objections_id\`) REFERENCES \`objections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builder_leases_id\`) REFERENCES \`builder_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_slots_id\`) REFERENCES \`rate_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluation_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluation_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exposures_id_idx\` ON \`payload_locked_documents_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tv_episodes_id_idx\` ON \`payload_locked_documents_rels\` (\`tv_episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_good_people_id_idx\` ON \`payload_locked_documents_rels\` (\`good_people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_selection_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`selection_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_ads_id_idx\` ON \`payload_locked_documents_rels\` (\`public_ads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_knowledge_id_idx\` ON \`payload_locked_documents_rels\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issue_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`issue_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accountability_records_id_idx\` ON \`payload_locked_documents_rels\` (\`accountability_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deadline_extensions_id_idx\` ON \`payload_locked_documents_rels\` (\`deadline_extensions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resident_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`resident_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_endorsements_id_idx\` ON \`payload_locked_documents_rels\` (\`endorsements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builder_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`builder_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_slots_id\`);`)
}
