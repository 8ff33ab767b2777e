import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`topics_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_review_log_order_idx\` ON \`topics_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_log_parent_id_idx\` ON \`topics_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_log_by_idx\` ON \`topics_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`date\` text,
  	\`header_image_id\` integer,
  	\`intro\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`sensitive_override\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`header_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_date_idx\` ON \`topics\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`topics_header_image_idx\` ON \`topics\` (\`header_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_state_idx\` ON \`topics\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`topics_last_edited_by_idx\` ON \`topics\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_date_2_idx\` ON \`topics\` (\`_status\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`topics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bulletins_id\` integer,
  	\`exposures_id\` integer,
  	\`evaluation_rounds_id\` integer,
  	\`tv_episodes_id\` integer,
  	\`good_people_id\` integer,
  	\`selection_rounds_id\` integer,
  	\`public_ads_id\` integer,
  	\`knowledge_id\` integer,
  	\`news_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletins_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluation_rounds_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_episodes_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_people_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`selection_rounds_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_ads_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_rels_order_idx\` ON \`topics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_parent_idx\` ON \`topics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_path_idx\` ON \`topics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_bulletins_id_idx\` ON \`topics_rels\` (\`bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_exposures_id_idx\` ON \`topics_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_evaluation_rounds_id_idx\` ON \`topics_rels\` (\`evaluation_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_tv_episodes_id_idx\` ON \`topics_rels\` (\`tv_episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_good_people_id_idx\` ON \`topics_rels\` (\`good_people_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_selection_rounds_id_idx\` ON \`topics_rels\` (\`selection_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_public_ads_id_idx\` ON \`topics_rels\` (\`public_ads_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_knowledge_id_idx\` ON \`topics_rels\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_news_id_idx\` ON \`topics_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_log_order_idx\` ON \`_topics_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_log_parent_id_idx\` ON \`_topics_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_log_by_idx\` ON \`_topics_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_header_image_id\` integer,
  	\`version_intro\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_header_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_date_idx\` ON \`_topics_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_header_image_idx\` ON \`_topics_v\` (\`version_header_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_review_state_idx\` ON \`_topics_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_last_edited_by_idx\` ON \`_topics_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_date_2_idx\` ON \`_topics_v\` (\`version__status\`,\`version_date\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bulletins_id\` integer,
  	\`exposures_id\` integer,
  	\`evaluation_rounds_id\` integer,
  	\`tv_episodes_id\` integer,
  	\`good_people_id\` integer,
  	\`selection_rounds_id\` integer,
  	\`public_ads_id\` integer,
  	\`knowledge_id\` integer,
  	\`news_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletins_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluation_rounds_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_episodes_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_people_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`selection_rounds_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_ads_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_order_idx\` ON \`_topics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_parent_idx\` ON \`_topics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_path_idx\` ON \`_topics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_bulletins_id_idx\` ON \`_topics_v_rels\` (\`bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_exposures_id_idx\` ON \`_topics_v_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_evaluation_rounds_id_idx\` ON \`_topics_v_rels\` (\`evaluation_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_tv_episodes_id_idx\` ON \`_topics_v_rels\` (\`tv_episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_good_people_id_idx\` ON \`_topics_v_rels\` (\`good_people_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_selection_rounds_id_idx\` ON \`_topics_v_rels\` (\`selection_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_public_ads_id_idx\` ON \`_topics_v_rels\` (\`public_ads_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_knowledge_id_idx\` ON \`_topics_v_rels\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_news_id_idx\` ON \`_topics_v_rels\` (\`news_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`topics_review_log\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`news_id\` integer,
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
  	FOREIGN KEY (\`rate_slots_id\`) REFERENCES \`rate_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id", "news_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id", "news_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
}
