import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`volunteer_activities_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_activities_review_log_order_idx\` ON \`volunteer_activities_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_review_log_parent_id_idx\` ON \`volunteer_activities_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_review_log_by_idx\` ON \`volunteer_activities_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_activities\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`place\` text,
  	\`unit_id\` integer,
  	\`centre_id\` integer,
  	\`places\` numeric,
  	\`bring\` text,
  	\`summary\` text,
  	\`body\` text,
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
  	FOREIGN KEY (\`centre_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_activities_starts_at_idx\` ON \`volunteer_activities\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_ends_at_idx\` ON \`volunteer_activities\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_unit_idx\` ON \`volunteer_activities\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_centre_idx\` ON \`volunteer_activities\` (\`centre_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`volunteer_activities_slug_idx\` ON \`volunteer_activities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_review_state_idx\` ON \`volunteer_activities\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_last_edited_by_idx\` ON \`volunteer_activities\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_updated_at_idx\` ON \`volunteer_activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_created_at_idx\` ON \`volunteer_activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities__status_idx\` ON \`volunteer_activities\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`volunteer_activities\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_activities_rels_order_idx\` ON \`volunteer_activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_rels_parent_idx\` ON \`volunteer_activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_rels_path_idx\` ON \`volunteer_activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_rels_media_id_idx\` ON \`volunteer_activities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_activities_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_review_log_order_idx\` ON \`_volunteer_activities_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_review_log_parent_id_idx\` ON \`_volunteer_activities_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_review_log_by_idx\` ON \`_volunteer_activities_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_activities_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_place\` text,
  	\`version_unit_id\` integer,
  	\`version_centre_id\` integer,
  	\`version_places\` numeric,
  	\`version_bring\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_centre_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_parent_idx\` ON \`_volunteer_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_starts_at_idx\` ON \`_volunteer_activities_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_ends_at_idx\` ON \`_volunteer_activities_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_unit_idx\` ON \`_volunteer_activities_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_centre_idx\` ON \`_volunteer_activities_v\` (\`version_centre_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_slug_idx\` ON \`_volunteer_activities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_review_state_idx\` ON \`_volunteer_activities_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_last_edited_by_idx\` ON \`_volunteer_activities_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_updated_at_idx\` ON \`_volunteer_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_created_at_idx\` ON \`_volunteer_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version__status_idx\` ON \`_volunteer_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_created_at_idx\` ON \`_volunteer_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_updated_at_idx\` ON \`_volunteer_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_latest_idx\` ON \`_volunteer_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_volunteer_activities_v\` (\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_volunteer_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_rels_order_idx\` ON \`_volunteer_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_rels_parent_idx\` ON \`_volunteer_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_rels_path_idx\` ON \`_volunteer_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_rels_media_id_idx\` ON \`_volunteer_activities_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_centres_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`service\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_centres_services_order_idx\` ON \`practice_centres_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_services_parent_id_idx\` ON \`practice_centres_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_centres_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_centres_review_log_order_idx\` ON \`practice_centres_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_review_log_parent_id_idx\` ON \`practice_centres_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_review_log_by_idx\` ON \`practice_centres_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`practice_centres\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`level\` text,
  	\`unit_id\` integer,
  	\`street_id\` integer,
  	\`address\` text,
  	\`opening_hours\` text,
  	\`phone\` text,
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
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`street_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`practice_centres_level_idx\` ON \`practice_centres\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_unit_idx\` ON \`practice_centres\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_street_idx\` ON \`practice_centres\` (\`street_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`practice_centres_slug_idx\` ON \`practice_centres\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_review_state_idx\` ON \`practice_centres\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_last_edited_by_idx\` ON \`practice_centres\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_updated_at_idx\` ON \`practice_centres\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres_created_at_idx\` ON \`practice_centres\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practice_centres__status_idx\` ON \`practice_centres\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_level_name_idx\` ON \`practice_centres\` (\`_status\`,\`level\`,\`name\`);`)
  await db.run(sql`CREATE TABLE \`_practice_centres_v_version_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`service\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_services_order_idx\` ON \`_practice_centres_v_version_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_services_parent_id_idx\` ON \`_practice_centres_v_version_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_centres_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_review_log_order_idx\` ON \`_practice_centres_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_review_log_parent_id_idx\` ON \`_practice_centres_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_review_log_by_idx\` ON \`_practice_centres_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_centres_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_level\` text,
  	\`version_unit_id\` integer,
  	\`version_street_id\` integer,
  	\`version_address\` text,
  	\`version_opening_hours\` text,
  	\`version_phone\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_street_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_parent_idx\` ON \`_practice_centres_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_level_idx\` ON \`_practice_centres_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_unit_idx\` ON \`_practice_centres_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_street_idx\` ON \`_practice_centres_v\` (\`version_street_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_slug_idx\` ON \`_practice_centres_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_review_state_idx\` ON \`_practice_centres_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_last_edited_by_idx\` ON \`_practice_centres_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_updated_at_idx\` ON \`_practice_centres_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_created_at_idx\` ON \`_practice_centres_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version__status_idx\` ON \`_practice_centres_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_created_at_idx\` ON \`_practice_centres_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_updated_at_idx\` ON \`_practice_centres_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_latest_idx\` ON \`_practice_centres_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_level_version_name_idx\` ON \`_practice_centres_v\` (\`version__status\`,\`version_level\`,\`version_name\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_signups\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`activity_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`status\` text DEFAULT 'signed' NOT NULL,
  	\`roster\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`public_name\` text,
  	\`attended\` integer DEFAULT false,
  	\`hours\` numeric DEFAULT 0,
  	\`recorded_by_id\` integer,
  	\`cancelled_at\` text,
  	\`contact_erased_at\` text,
  	\`phone_key\` text,
  	\`slot\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`activity_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_signups_activity_idx\` ON \`volunteer_signups\` (\`activity_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_signups_unit_idx\` ON \`volunteer_signups\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_signups_status_idx\` ON \`volunteer_signups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_signups_recorded_by_idx\` ON \`volunteer_signups\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_signups_contact_erased_at_idx\` ON \`volunteer_signups\` (\`contact_erased_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`volunteer_signups_phone_key_idx\` ON \`volunteer_signups\` (\`phone_key\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_signups_updated_at_idx\` ON \`volunteer_signups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_signups_created_at_idx\` ON \`volunteer_signups\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`volunteer_activities_id\` integer REFERENCES volunteer_activities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`practice_centres_id\` integer REFERENCES practice_centres(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`volunteer_signups_id\` integer REFERENCES volunteer_signups(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_signups_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_signups_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`volunteer_activities_review_log\`;`)
  await db.run(sql`DROP TABLE \`volunteer_activities\`;`)
  await db.run(sql`DROP TABLE \`volunteer_activities_rels\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_activities_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`practice_centres_services\`;`)
  await db.run(sql`DROP TABLE \`practice_centres_review_log\`;`)
  await db.run(sql`DROP TABLE \`practice_centres\`;`)
  await db.run(sql`DROP TABLE \`_practice_centres_v_version_services\`;`)
  await db.run(sql`DROP TABLE \`_practice_centres_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_practice_centres_v\`;`)
  await db.run(sql`DROP TABLE \`volunteer_signups\`;`)
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
}
