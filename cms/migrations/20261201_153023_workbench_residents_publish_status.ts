import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sensitive_words\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`word\` text NOT NULL,
  	\`suggestion\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sensitive_words_word_idx\` ON \`sensitive_words\` (\`word\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_active_idx\` ON \`sensitive_words\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_updated_at_idx\` ON \`sensitive_words\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_created_at_idx\` ON \`sensitive_words\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accountability_records\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`form\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`bulletin_id\` integer,
  	\`status\` text DEFAULT 'confirmed',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`accountability_records_unit_idx\` ON \`accountability_records\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_date_idx\` ON \`accountability_records\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_bulletin_idx\` ON \`accountability_records\` (\`bulletin_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_status_idx\` ON \`accountability_records\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_confirmed_by_idx\` ON \`accountability_records\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_updated_at_idx\` ON \`accountability_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_created_at_idx\` ON \`accountability_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accountability_records_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exposures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accountability_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accountability_records_rels_order_idx\` ON \`accountability_records_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_rels_parent_idx\` ON \`accountability_records_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_rels_path_idx\` ON \`accountability_records_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`accountability_records_rels_exposures_id_idx\` ON \`accountability_records_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE TABLE \`resident_reports_photo_hashes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`hash\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resident_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resident_reports_photo_hashes_order_idx\` ON \`resident_reports_photo_hashes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_photo_hashes_parent_id_idx\` ON \`resident_reports_photo_hashes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_photo_hashes_hash_idx\` ON \`resident_reports_photo_hashes\` (\`hash\`);`)
  await db.run(sql`CREATE TABLE \`resident_reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`reject_reason\` text,
  	\`merged_into_id\` integer,
  	\`category\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`place\` text NOT NULL,
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`unit_id\` integer,
  	\`convert_unit_id\` integer,
  	\`exposure_id\` integer,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`closed_at\` text,
  	\`contact_erased_at\` text,
  	\`handled_by_id\` integer,
  	\`tracking_hash\` text,
  	\`text_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`resident_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`convert_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`exposure_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`resident_reports_status_idx\` ON \`resident_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_merged_into_idx\` ON \`resident_reports\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_category_idx\` ON \`resident_reports\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_unit_idx\` ON \`resident_reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_convert_unit_idx\` ON \`resident_reports\` (\`convert_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_exposure_idx\` ON \`resident_reports\` (\`exposure_id\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_closed_at_idx\` ON \`resident_reports\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_handled_by_idx\` ON \`resident_reports\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`resident_reports_tracking_hash_idx\` ON \`resident_reports\` (\`tracking_hash\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_text_hash_idx\` ON \`resident_reports\` (\`text_hash\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_updated_at_idx\` ON \`resident_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_created_at_idx\` ON \`resident_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`resident_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resident_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resident_reports_rels_order_idx\` ON \`resident_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_rels_parent_idx\` ON \`resident_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_rels_path_idx\` ON \`resident_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`resident_reports_rels_media_id_idx\` ON \`resident_reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`endorsements\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`nominee_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`browser\` text NOT NULL,
  	\`ip_hash\` text,
  	\`suspicious\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`nominee_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`endorsements_nominee_idx\` ON \`endorsements\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`endorsements_day_idx\` ON \`endorsements\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`endorsements_ip_hash_idx\` ON \`endorsements\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`endorsements_suspicious_idx\` ON \`endorsements\` (\`suspicious\`);`)
  await db.run(sql`CREATE INDEX \`endorsements_updated_at_idx\` ON \`endorsements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`endorsements_created_at_idx\` ON \`endorsements\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`nominee_day_browser_idx\` ON \`endorsements\` (\`nominee_id\`,\`day\`,\`browser\`);`)
  await db.run(sql`CREATE TABLE \`objections\` (
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
  await db.run(sql`CREATE INDEX \`objections_nominee_idx\` ON \`objections\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_status_idx\` ON \`objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`objections_closed_at_idx\` ON \`objections\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_updated_at_idx\` ON \`objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_created_at_idx\` ON \`objections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workbench_settings_stale_thresholds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`section\` text NOT NULL,
  	\`days\` numeric DEFAULT 14 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workbench_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workbench_settings_stale_thresholds_order_idx\` ON \`workbench_settings_stale_thresholds\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workbench_settings_stale_thresholds_parent_id_idx\` ON \`workbench_settings_stale_thresholds\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workbench_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_identity_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_identity\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_identity_footer_links_order_idx\` ON \`site_identity_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_identity_footer_links_parent_id_idx\` ON \`site_identity_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_identity\` (
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
  await db.run(sql`CREATE INDEX \`site_identity_wechat_qr_idx\` ON \`site_identity\` (\`wechat_qr_id\`);`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_label\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_number\` numeric;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_issued_at\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_verified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_return_reason\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`supervision_returned_at\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`sensitive_override\` text;`)
  await db.run(sql`CREATE INDEX \`exposures_supervision_supervision_state_idx\` ON \`exposures\` (\`supervision_state\`);`)
  await db.run(sql`CREATE INDEX \`exposures_supervision_supervision_verified_by_idx\` ON \`exposures\` (\`supervision_verified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_label\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_number\` numeric;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_issued_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_verified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_return_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_supervision_returned_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_supervision_version_supervision_sta_idx\` ON \`_exposures_v\` (\`version_supervision_state\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_supervision_version_supervision_ver_idx\` ON \`_exposures_v\` (\`version_supervision_verified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`good_people\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_good_people_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` ADD \`notice_from\` text;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` ADD \`notice_to\` text;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` ADD \`version_notice_from\` text;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` ADD \`version_notice_to\` text;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`public_ads\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_public_ads_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_sensitive_override\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sensitive_words_id\` integer REFERENCES sensitive_words(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`accountability_records_id\` integer REFERENCES accountability_records(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resident_reports_id\` integer REFERENCES resident_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`endorsements_id\` integer REFERENCES endorsements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`objections_id\` integer REFERENCES objections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accountability_records_id_idx\` ON \`payload_locked_documents_rels\` (\`accountability_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resident_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`resident_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_endorsements_id_idx\` ON \`payload_locked_documents_rels\` (\`endorsements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
  await db.run(sql`ALTER TABLE \`site_status\` ADD \`retry_at\` text;`)
  await db.run(sql`ALTER TABLE \`site_status\` ADD \`next_clock_change_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sensitive_words\`;`)
  await db.run(sql`DROP TABLE \`accountability_records\`;`)
  await db.run(sql`DROP TABLE \`accountability_records_rels\`;`)
  await db.run(sql`DROP TABLE \`resident_reports_photo_hashes\`;`)
  await db.run(sql`DROP TABLE \`resident_reports\`;`)
  await db.run(sql`DROP TABLE \`resident_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`endorsements\`;`)
  await db.run(sql`DROP TABLE \`objections\`;`)
  await db.run(sql`DROP TABLE \`workbench_settings_stale_thresholds\`;`)
  await db.run(sql`DROP TABLE \`workbench_settings\`;`)
  await db.run(sql`DROP TABLE \`site_identity_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_identity\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_exposures\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`place\` text,
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`found_at\` text,
  	\`unit_id\` integer,
  	\`deadline\` text,
  	\`rectification_status\` text DEFAULT 'pending',
  	\`rectification_reply\` text,
  	\`rectification_rectified_at\` text,
  	\`urgency\` numeric,
  	\`reporter_name\` text,
  	\`reporter_phone\` text,
  	\`internal_notes\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_exposures\`("id", "title", "description", "place", "coordinates_lat", "coordinates_lng", "found_at", "unit_id", "deadline", "rectification_status", "rectification_reply", "rectification_rectified_at", "urgency", "reporter_name", "reporter_phone", "internal_notes", "slug", "review_state", "review_comment", "publish_reason", "last_edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "description", "place", "coordinates_lat", "coordinates_lng", "found_at", "unit_id", "deadline", "rectification_status", "rectification_reply", "rectification_rectified_at", "urgency", "reporter_name", "reporter_phone", "internal_notes", "slug", "review_state", "review_comment", "publish_reason", "last_edited_by_id", "updated_at", "created_at", "_status" FROM \`exposures\`;`)
  await db.run(sql`DROP TABLE \`exposures\`;`)
  await db.run(sql`ALTER TABLE \`__new_exposures\` RENAME TO \`exposures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`exposures_unit_idx\` ON \`exposures\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`exposures_deadline_idx\` ON \`exposures\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`exposures_rectification_rectification_status_idx\` ON \`exposures\` (\`rectification_status\`);`)
  await db.run(sql`CREATE INDEX \`exposures_urgency_idx\` ON \`exposures\` (\`urgency\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exposures_slug_idx\` ON \`exposures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exposures_review_state_idx\` ON \`exposures\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`exposures_last_edited_by_idx\` ON \`exposures\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exposures_updated_at_idx\` ON \`exposures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exposures_created_at_idx\` ON \`exposures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exposures__status_idx\` ON \`exposures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__exposures_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_place\` text,
  	\`version_coordinates_lat\` numeric,
  	\`version_coordinates_lng\` numeric,
  	\`version_found_at\` text,
  	\`version_unit_id\` integer,
  	\`version_deadline\` text,
  	\`version_rectification_status\` text DEFAULT 'pending',
  	\`version_rectification_reply\` text,
  	\`version_rectification_rectified_at\` text,
  	\`version_urgency\` numeric,
  	\`version_reporter_name\` text,
  	\`version_reporter_phone\` text,
  	\`version_internal_notes\` text,
  	\`version_slug\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_publish_reason\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__exposures_v\`("id", "parent_id", "version_title", "version_description", "version_place", "version_coordinates_lat", "version_coordinates_lng", "version_found_at", "version_unit_id", "version_deadline", "version_rectification_status", "version_rectification_reply", "version_rectification_rectified_at", "version_urgency", "version_reporter_name", "version_reporter_phone", "version_internal_notes", "version_slug", "version_review_state", "version_review_comment", "version_publish_reason", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_description", "version_place", "version_coordinates_lat", "version_coordinates_lng", "version_found_at", "version_unit_id", "version_deadline", "version_rectification_status", "version_rectification_reply", "version_rectification_rectified_at", "version_urgency", "version_reporter_name", "version_reporter_phone", "version_internal_notes", "version_slug", "version_review_state", "version_review_comment", "version_publish_reason", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_exposures_v\`;`)
  await db.run(sql`DROP TABLE \`_exposures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__exposures_v\` RENAME TO \`_exposures_v\`;`)
  await db.run(sql`CREATE INDEX \`_exposures_v_parent_idx\` ON \`_exposures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_unit_idx\` ON \`_exposures_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_deadline_idx\` ON \`_exposures_v\` (\`version_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_rectification_version_rectification_idx\` ON \`_exposures_v\` (\`version_rectification_status\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_urgency_idx\` ON \`_exposures_v\` (\`version_urgency\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_slug_idx\` ON \`_exposures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_review_state_idx\` ON \`_exposures_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_last_edited_by_idx\` ON \`_exposures_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_updated_at_idx\` ON \`_exposures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_created_at_idx\` ON \`_exposures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version__status_idx\` ON \`_exposures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_created_at_idx\` ON \`_exposures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_updated_at_idx\` ON \`_exposures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_latest_idx\` ON \`_exposures_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`issue_claims_id\`) REFERENCES \`issue_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`good_people\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_good_people_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` DROP COLUMN \`notice_from\`;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` DROP COLUMN \`notice_to\`;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` DROP COLUMN \`version_notice_from\`;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` DROP COLUMN \`version_notice_to\`;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`public_ads\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_public_ads_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_sensitive_override\`;`)
  await db.run(sql`ALTER TABLE \`site_status\` DROP COLUMN \`retry_at\`;`)
  await db.run(sql`ALTER TABLE \`site_status\` DROP COLUMN \`next_clock_change_at\`;`)
}
