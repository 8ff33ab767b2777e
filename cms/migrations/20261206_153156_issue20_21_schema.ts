import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deadline_extensions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`exposure_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`reason\` text NOT NULL,
  	\`requested_deadline\` text NOT NULL,
  	\`status\` text DEFAULT 'pending',
  	\`granted_deadline\` text,
  	\`decision_reason\` text,
  	\`requested_by_id\` integer,
  	\`requested_at\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`exposure_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deadline_extensions_exposure_idx\` ON \`deadline_extensions\` (\`exposure_id\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_unit_idx\` ON \`deadline_extensions\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_status_idx\` ON \`deadline_extensions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_requested_by_idx\` ON \`deadline_extensions\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_requested_at_idx\` ON \`deadline_extensions\` (\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_decided_by_idx\` ON \`deadline_extensions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_updated_at_idx\` ON \`deadline_extensions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deadline_extensions_created_at_idx\` ON \`deadline_extensions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_scores\` ADD \`not_applicable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` ADD \`not_applicable\` text;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` DROP COLUMN \`previous_rank\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` DROP COLUMN \`movement\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_scores\` ADD \`not_applicable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` ADD \`not_applicable\` text;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` DROP COLUMN \`previous_rank\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` DROP COLUMN \`movement\`;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`original_deadline\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_original_deadline\` text;`)
  await db.run(sql`ALTER TABLE \`tv_episodes_issues\` ADD \`exposure_id\` integer REFERENCES exposures(id);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_exposure_idx\` ON \`tv_episodes_issues\` (\`exposure_id\`);`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` ADD \`open_promise_deadline\` text;`)
  await db.run(sql`CREATE INDEX \`tv_episodes_open_promise_deadline_idx\` ON \`tv_episodes\` (\`open_promise_deadline\`);`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v_version_issues\` ADD \`exposure_id\` integer REFERENCES exposures(id);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_exposure_idx\` ON \`_tv_episodes_v_version_issues\` (\`exposure_id\`);`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` ADD \`version_open_promise_deadline\` text;`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_open_promise_deadline_idx\` ON \`_tv_episodes_v\` (\`version_open_promise_deadline\`);`)
  await db.run(sql`ALTER TABLE \`good_people_promotions\` ADD \`reason\` text;`)
  await db.run(sql`ALTER TABLE \`_good_people_v_version_promotions\` ADD \`reason\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deadline_extensions_id\` integer REFERENCES deadline_extensions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deadline_extensions_id_idx\` ON \`payload_locked_documents_rels\` (\`deadline_extensions_id\`);`)
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`identity_mark_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`identity_mark_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`error_report_url\` text;`)
  await db.run(sql`CREATE INDEX \`site_identity_identity_mark_idx\` ON \`site_identity\` (\`identity_mark_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`deadline_extensions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_tv_episodes_issues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`unit_id\` integer,
  	\`status\` text DEFAULT 'open',
  	\`promise\` text,
  	\`promise_deadline\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tv_episodes_issues\`("_order", "_parent_id", "id", "title", "unit_id", "status", "promise", "promise_deadline") SELECT "_order", "_parent_id", "id", "title", "unit_id", "status", "promise", "promise_deadline" FROM \`tv_episodes_issues\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes_issues\`;`)
  await db.run(sql`ALTER TABLE \`__new_tv_episodes_issues\` RENAME TO \`tv_episodes_issues\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_order_idx\` ON \`tv_episodes_issues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_parent_id_idx\` ON \`tv_episodes_issues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_unit_idx\` ON \`tv_episodes_issues\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__tv_episodes_v_version_issues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`unit_id\` integer,
  	\`status\` text DEFAULT 'open',
  	\`promise\` text,
  	\`promise_deadline\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__tv_episodes_v_version_issues\`("_order", "_parent_id", "id", "title", "unit_id", "status", "promise", "promise_deadline", "_uuid") SELECT "_order", "_parent_id", "id", "title", "unit_id", "status", "promise", "promise_deadline", "_uuid" FROM \`_tv_episodes_v_version_issues\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v_version_issues\`;`)
  await db.run(sql`ALTER TABLE \`__new__tv_episodes_v_version_issues\` RENAME TO \`_tv_episodes_v_version_issues\`;`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_order_idx\` ON \`_tv_episodes_v_version_issues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_parent_id_idx\` ON \`_tv_episodes_v_version_issues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_unit_idx\` ON \`_tv_episodes_v_version_issues\` (\`unit_id\`);`)
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
  	FOREIGN KEY (\`resident_reports_id\`) REFERENCES \`resident_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`endorsements_id\`) REFERENCES \`endorsements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`objections_id\`) REFERENCES \`objections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builder_leases_id\`) REFERENCES \`builder_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_slots_id\`) REFERENCES \`rate_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resident_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`resident_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_endorsements_id_idx\` ON \`payload_locked_documents_rels\` (\`endorsements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builder_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`builder_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_slots_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_identity\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`site_name\` text,
  	\`sponsor\` text,
  	\`operator\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`address\` text,
  	\`site_code\` text,
  	\`icp\` text,
  	\`psb\` text,
  	\`wechat_name\` text,
  	\`wechat_qr_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`wechat_qr_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_identity\`("id", "site_name", "sponsor", "operator", "phone", "email", "address", "site_code", "icp", "psb", "wechat_name", "wechat_qr_id", "updated_at", "created_at") SELECT "id", "site_name", "sponsor", "operator", "phone", "email", "address", "site_code", "icp", "psb", "wechat_name", "wechat_qr_id", "updated_at", "created_at" FROM \`site_identity\`;`)
  await db.run(sql`DROP TABLE \`site_identity\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_identity\` RENAME TO \`site_identity\`;`)
  await db.run(sql`CREATE INDEX \`site_identity_wechat_qr_idx\` ON \`site_identity\` (\`wechat_qr_id\`);`)
  await db.run(sql`DROP INDEX \`tv_episodes_open_promise_deadline_idx\`;`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` DROP COLUMN \`open_promise_deadline\`;`)
  await db.run(sql`DROP INDEX \`_tv_episodes_v_version_version_open_promise_deadline_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` DROP COLUMN \`version_open_promise_deadline\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` ADD \`previous_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` ADD \`movement\` numeric;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` ADD \`previous_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` ADD \`movement\` numeric;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_scores\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_scores\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`exposures\` DROP COLUMN \`original_deadline\`;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` DROP COLUMN \`version_original_deadline\`;`)
  await db.run(sql`ALTER TABLE \`good_people_promotions\` DROP COLUMN \`reason\`;`)
  await db.run(sql`ALTER TABLE \`_good_people_v_version_promotions\` DROP COLUMN \`reason\`;`)
}
