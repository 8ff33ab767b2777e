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
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`original_deadline\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_original_deadline\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deadline_extensions_id\` integer REFERENCES deadline_extensions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deadline_extensions_id_idx\` ON \`payload_locked_documents_rels\` (\`deadline_extensions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`deadline_extensions\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resident_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`resident_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_endorsements_id_idx\` ON \`payload_locked_documents_rels\` (\`endorsements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builder_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`builder_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_slots_id\`);`)
  await db.run(sql`ALTER TABLE \`exposures\` DROP COLUMN \`original_deadline\`;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` DROP COLUMN \`version_original_deadline\`;`)
}
