import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_review_log_order_idx\` ON \`documents_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_log_parent_id_idx\` ON \`documents_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_log_by_idx\` ON \`documents_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`doc_number\` text,
  	\`issuer_id\` integer,
  	\`issuer_name\` text,
  	\`signed_date\` text,
  	\`publish_date\` text,
  	\`validity\` text DEFAULT 'effective',
  	\`replaced_by_id\` integer,
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
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_kind_idx\` ON \`documents\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_doc_number_idx\` ON \`documents\` (\`doc_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_issuer_idx\` ON \`documents\` (\`issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_publish_date_idx\` ON \`documents\` (\`publish_date\`);`)
  await db.run(sql`CREATE INDEX \`documents_validity_idx\` ON \`documents\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`documents_replaced_by_idx\` ON \`documents\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`documents_last_edited_by_idx\` ON \`documents\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishDate_idx\` ON \`documents\` (\`_status\`,\`publish_date\`);`)
  await db.run(sql`CREATE TABLE \`documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_media_id_idx\` ON \`documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_review_log_order_idx\` ON \`_documents_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_review_log_parent_id_idx\` ON \`_documents_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_review_log_by_idx\` ON \`_documents_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_doc_number\` text,
  	\`version_issuer_id\` integer,
  	\`version_issuer_name\` text,
  	\`version_signed_date\` text,
  	\`version_publish_date\` text,
  	\`version_validity\` text DEFAULT 'effective',
  	\`version_replaced_by_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuer_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replaced_by_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_kind_idx\` ON \`_documents_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_idx\` ON \`_documents_v\` (\`version_doc_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issuer_idx\` ON \`_documents_v\` (\`version_issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_publish_date_idx\` ON \`_documents_v\` (\`version_publish_date\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_validity_idx\` ON \`_documents_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_replaced_by_idx\` ON \`_documents_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_last_edited_by_idx\` ON \`_documents_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishDate_idx\` ON \`_documents_v\` (\`version__status\`,\`version_publish_date\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_order_idx\` ON \`_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_parent_idx\` ON \`_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_path_idx\` ON \`_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_media_id_idx\` ON \`_documents_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`due_date\` text,
  	\`done_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_milestones_order_idx\` ON \`projects_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_milestones_parent_id_idx\` ON \`projects_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_review_log_order_idx\` ON \`projects_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_review_log_parent_id_idx\` ON \`projects_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_review_log_by_idx\` ON \`projects_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`campaign\` text,
  	\`year\` numeric,
  	\`unit_id\` integer,
  	\`target\` text,
  	\`description\` text,
  	\`progress\` numeric DEFAULT 0,
  	\`progress_text\` text,
  	\`progress_date\` text,
  	\`status\` text DEFAULT 'planned',
  	\`open_milestone_due\` text,
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
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_campaign_idx\` ON \`projects\` (\`campaign\`);`)
  await db.run(sql`CREATE INDEX \`projects_year_idx\` ON \`projects\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`projects_unit_idx\` ON \`projects\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_status_idx\` ON \`projects\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`projects_open_milestone_due_idx\` ON \`projects\` (\`open_milestone_due\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`projects_review_state_idx\` ON \`projects\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`projects_last_edited_by_idx\` ON \`projects\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_year_title_idx\` ON \`projects\` (\`_status\`,\`year\`,\`title\`);`)
  await db.run(sql`CREATE TABLE \`projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_rels_order_idx\` ON \`projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_parent_idx\` ON \`projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_path_idx\` ON \`projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_media_id_idx\` ON \`projects_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`due_date\` text,
  	\`done_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_milestones_order_idx\` ON \`_projects_v_version_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_milestones_parent_id_idx\` ON \`_projects_v_version_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_review_log_order_idx\` ON \`_projects_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_review_log_parent_id_idx\` ON \`_projects_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_review_log_by_idx\` ON \`_projects_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_campaign\` text,
  	\`version_year\` numeric,
  	\`version_unit_id\` integer,
  	\`version_target\` text,
  	\`version_description\` text,
  	\`version_progress\` numeric DEFAULT 0,
  	\`version_progress_text\` text,
  	\`version_progress_date\` text,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_open_milestone_due\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_campaign_idx\` ON \`_projects_v\` (\`version_campaign\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_year_idx\` ON \`_projects_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_unit_idx\` ON \`_projects_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_status_idx\` ON \`_projects_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_open_milestone_due_idx\` ON \`_projects_v\` (\`version_open_milestone_due\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_review_state_idx\` ON \`_projects_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_last_edited_by_idx\` ON \`_projects_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_year_version_title_idx\` ON \`_projects_v\` (\`version__status\`,\`version_year\`,\`version_title\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_order_idx\` ON \`_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_parent_idx\` ON \`_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_path_idx\` ON \`_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_media_id_idx\` ON \`_projects_v_rels\` (\`media_id\`);`)
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
  await db.run(sql`CREATE TABLE \`news_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_review_log_order_idx\` ON \`news_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_review_log_parent_id_idx\` ON \`news_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_review_log_by_idx\` ON \`news_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`date\` text,
  	\`source\` text DEFAULT '示范市创城办',
  	\`author\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
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
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_date_idx\` ON \`news\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_review_state_idx\` ON \`news\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`news_last_edited_by_idx\` ON \`news\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_date_1_idx\` ON \`news\` (\`_status\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_units_id_idx\` ON \`news_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_log_order_idx\` ON \`_news_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_log_parent_id_idx\` ON \`_news_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_log_by_idx\` ON \`_news_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_source\` text DEFAULT '示范市创城办',
  	\`version_author\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_date_idx\` ON \`_news_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_state_idx\` ON \`_news_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_last_edited_by_idx\` ON \`_news_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_date_1_idx\` ON \`_news_v\` (\`version__status\`,\`version_date\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_units_id_idx\` ON \`_news_v_rels\` (\`units_id\`);`)
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
  	\`documents_id\` integer,
  	\`projects_id\` integer,
  	\`civility_titles_id\` integer,
  	\`volunteer_activities_id\` integer,
  	\`practice_centres_id\` integer,
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
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`civility_titles_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_activities_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_centres_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`CREATE INDEX \`topics_rels_documents_id_idx\` ON \`topics_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_projects_id_idx\` ON \`topics_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_civility_titles_id_idx\` ON \`topics_rels\` (\`civility_titles_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_volunteer_activities_id_idx\` ON \`topics_rels\` (\`volunteer_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_practice_centres_id_idx\` ON \`topics_rels\` (\`practice_centres_id\`);`)
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
  	\`documents_id\` integer,
  	\`projects_id\` integer,
  	\`civility_titles_id\` integer,
  	\`volunteer_activities_id\` integer,
  	\`practice_centres_id\` integer,
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
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`civility_titles_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_activities_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_centres_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`CREATE INDEX \`_topics_v_rels_documents_id_idx\` ON \`_topics_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_projects_id_idx\` ON \`_topics_v_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_civility_titles_id_idx\` ON \`_topics_v_rels\` (\`civility_titles_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_volunteer_activities_id_idx\` ON \`_topics_v_rels\` (\`volunteer_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_practice_centres_id_idx\` ON \`_topics_v_rels\` (\`practice_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_news_id_idx\` ON \`_topics_v_rels\` (\`news_id\`);`)
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`documents_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`projects_id\` integer REFERENCES projects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`civility_titles_id\` integer REFERENCES civility_titles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`title_revocations_id\` integer REFERENCES title_revocations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`volunteer_activities_id\` integer REFERENCES volunteer_activities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`practice_centres_id\` integer REFERENCES practice_centres(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`volunteer_signups_id\` integer REFERENCES volunteer_signups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`news_id\` integer REFERENCES news(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_civility_titles_id_idx\` ON \`payload_locked_documents_rels\` (\`civility_titles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_title_revocations_id_idx\` ON \`payload_locked_documents_rels\` (\`title_revocations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_signups_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_signups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_review_log\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`projects_milestones\`;`)
  await db.run(sql`DROP TABLE \`projects_review_log\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_milestones\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`civility_titles_reviews\`;`)
  await db.run(sql`DROP TABLE \`civility_titles_review_log\`;`)
  await db.run(sql`DROP TABLE \`civility_titles\`;`)
  await db.run(sql`DROP TABLE \`_civility_titles_v_version_reviews\`;`)
  await db.run(sql`DROP TABLE \`_civility_titles_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_civility_titles_v\`;`)
  await db.run(sql`DROP TABLE \`title_revocations\`;`)
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
  await db.run(sql`DROP TABLE \`news_review_log\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`topics_review_log\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_rels\`;`)
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
