import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`bulletins_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_review_log_order_idx\` ON \`bulletins_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_review_log_parent_id_idx\` ON \`bulletins_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_review_log_by_idx\` ON \`bulletins_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`bulletins\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`series\` text DEFAULT 'supervision',
  	\`date\` text,
  	\`issue_number\` numeric,
  	\`issue_year\` numeric,
  	\`issue_label\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_series_idx\` ON \`bulletins\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_date_idx\` ON \`bulletins\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_cover_idx\` ON \`bulletins\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bulletins_slug_idx\` ON \`bulletins\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_review_state_idx\` ON \`bulletins\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_last_edited_by_idx\` ON \`bulletins\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_updated_at_idx\` ON \`bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_created_at_idx\` ON \`bulletins\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins__status_idx\` ON \`bulletins\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`bulletins_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`units_id\` integer,
  	\`exposures_id\` integer,
  	\`evaluation_rounds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluation_rounds_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_rels_order_idx\` ON \`bulletins_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_parent_idx\` ON \`bulletins_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_path_idx\` ON \`bulletins_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_media_id_idx\` ON \`bulletins_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_units_id_idx\` ON \`bulletins_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_exposures_id_idx\` ON \`bulletins_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_evaluation_rounds_id_idx\` ON \`bulletins_rels\` (\`evaluation_rounds_id\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_review_log_order_idx\` ON \`_bulletins_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_review_log_parent_id_idx\` ON \`_bulletins_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_review_log_by_idx\` ON \`_bulletins_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_series\` text DEFAULT 'supervision',
  	\`version_date\` text,
  	\`version_issue_number\` numeric,
  	\`version_issue_year\` numeric,
  	\`version_issue_label\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_parent_idx\` ON \`_bulletins_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_series_idx\` ON \`_bulletins_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_date_idx\` ON \`_bulletins_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_cover_idx\` ON \`_bulletins_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_slug_idx\` ON \`_bulletins_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_review_state_idx\` ON \`_bulletins_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_last_edited_by_idx\` ON \`_bulletins_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_updated_at_idx\` ON \`_bulletins_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_created_at_idx\` ON \`_bulletins_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version__status_idx\` ON \`_bulletins_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_created_at_idx\` ON \`_bulletins_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_updated_at_idx\` ON \`_bulletins_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_latest_idx\` ON \`_bulletins_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`units_id\` integer,
  	\`exposures_id\` integer,
  	\`evaluation_rounds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evaluation_rounds_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_order_idx\` ON \`_bulletins_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_parent_idx\` ON \`_bulletins_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_path_idx\` ON \`_bulletins_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_media_id_idx\` ON \`_bulletins_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_units_id_idx\` ON \`_bulletins_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_exposures_id_idx\` ON \`_bulletins_v_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_evaluation_rounds_id_idx\` ON \`_bulletins_v_rels\` (\`evaluation_rounds_id\`);`)
  await db.run(sql`CREATE TABLE \`evaluation_rounds_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`name\` text,
  	\`weight\` numeric,
  	\`max_score\` numeric DEFAULT 100,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_indicators_order_idx\` ON \`evaluation_rounds_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_indicators_parent_id_idx\` ON \`evaluation_rounds_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`evaluation_rounds_scores\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`indicator\` text,
  	\`score\` numeric,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_scores_order_idx\` ON \`evaluation_rounds_scores\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_scores_parent_id_idx\` ON \`evaluation_rounds_scores\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_scores_unit_idx\` ON \`evaluation_rounds_scores\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`evaluation_rounds_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`total\` numeric,
  	\`rank\` numeric,
  	\`previous_rank\` numeric,
  	\`movement\` numeric,
  	\`list\` text,
  	\`scores\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_results_order_idx\` ON \`evaluation_rounds_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_results_parent_id_idx\` ON \`evaluation_rounds_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_results_unit_idx\` ON \`evaluation_rounds_results\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`evaluation_rounds_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_review_log_order_idx\` ON \`evaluation_rounds_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_review_log_parent_id_idx\` ON \`evaluation_rounds_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_review_log_by_idx\` ON \`evaluation_rounds_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`evaluation_rounds\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`series\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`evaluator\` text,
  	\`list_size\` numeric DEFAULT 3,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_series_idx\` ON \`evaluation_rounds\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_period_period_start_idx\` ON \`evaluation_rounds\` (\`period_start\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`evaluation_rounds_slug_idx\` ON \`evaluation_rounds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_review_state_idx\` ON \`evaluation_rounds\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_last_edited_by_idx\` ON \`evaluation_rounds\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_updated_at_idx\` ON \`evaluation_rounds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_created_at_idx\` ON \`evaluation_rounds\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds__status_idx\` ON \`evaluation_rounds\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_evaluation_rounds_v_version_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`name\` text,
  	\`weight\` numeric,
  	\`max_score\` numeric DEFAULT 100,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evaluation_rounds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_indicators_order_idx\` ON \`_evaluation_rounds_v_version_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_indicators_parent_id_idx\` ON \`_evaluation_rounds_v_version_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_evaluation_rounds_v_version_scores\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`unit_id\` integer,
  	\`indicator\` text,
  	\`score\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evaluation_rounds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_scores_order_idx\` ON \`_evaluation_rounds_v_version_scores\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_scores_parent_id_idx\` ON \`_evaluation_rounds_v_version_scores\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_scores_unit_idx\` ON \`_evaluation_rounds_v_version_scores\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`_evaluation_rounds_v_version_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`unit_id\` integer,
  	\`total\` numeric,
  	\`rank\` numeric,
  	\`previous_rank\` numeric,
  	\`movement\` numeric,
  	\`list\` text,
  	\`scores\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evaluation_rounds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_results_order_idx\` ON \`_evaluation_rounds_v_version_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_results_parent_id_idx\` ON \`_evaluation_rounds_v_version_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_results_unit_idx\` ON \`_evaluation_rounds_v_version_results\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`_evaluation_rounds_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evaluation_rounds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_review_log_order_idx\` ON \`_evaluation_rounds_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_review_log_parent_id_idx\` ON \`_evaluation_rounds_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_review_log_by_idx\` ON \`_evaluation_rounds_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_evaluation_rounds_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_series\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_evaluator\` text,
  	\`version_list_size\` numeric DEFAULT 3,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evaluation_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_parent_idx\` ON \`_evaluation_rounds_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_series_idx\` ON \`_evaluation_rounds_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_period_version_period_start_idx\` ON \`_evaluation_rounds_v\` (\`version_period_start\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_slug_idx\` ON \`_evaluation_rounds_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_review_state_idx\` ON \`_evaluation_rounds_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_last_edited_by_idx\` ON \`_evaluation_rounds_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_updated_at_idx\` ON \`_evaluation_rounds_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_created_at_idx\` ON \`_evaluation_rounds_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version__status_idx\` ON \`_evaluation_rounds_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_created_at_idx\` ON \`_evaluation_rounds_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_updated_at_idx\` ON \`_evaluation_rounds_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_latest_idx\` ON \`_evaluation_rounds_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`exposures_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exposures_status_history_order_idx\` ON \`exposures_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exposures_status_history_parent_id_idx\` ON \`exposures_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exposures_status_history_by_idx\` ON \`exposures_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`exposures_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exposures_review_log_order_idx\` ON \`exposures_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exposures_review_log_parent_id_idx\` ON \`exposures_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exposures_review_log_by_idx\` ON \`exposures_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`exposures\` (
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
  await db.run(sql`CREATE TABLE \`exposures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exposures_rels_order_idx\` ON \`exposures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exposures_rels_parent_idx\` ON \`exposures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exposures_rels_path_idx\` ON \`exposures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`exposures_rels_media_id_idx\` ON \`exposures_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_exposures_v_version_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exposures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_status_history_order_idx\` ON \`_exposures_v_version_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_status_history_parent_id_idx\` ON \`_exposures_v_version_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_status_history_by_idx\` ON \`_exposures_v_version_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_exposures_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exposures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_review_log_order_idx\` ON \`_exposures_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_review_log_parent_id_idx\` ON \`_exposures_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_review_log_by_idx\` ON \`_exposures_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_exposures_v\` (
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
  await db.run(sql`CREATE TABLE \`_exposures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_exposures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exposures_v_rels_order_idx\` ON \`_exposures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_rels_parent_idx\` ON \`_exposures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_rels_path_idx\` ON \`_exposures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_exposures_v_rels_media_id_idx\` ON \`_exposures_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_episodes_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`post\` text,
  	\`unit_id\` integer,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_episodes_officials_order_idx\` ON \`tv_episodes_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_officials_parent_id_idx\` ON \`tv_episodes_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_officials_unit_idx\` ON \`tv_episodes_officials\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_episodes_issues_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`text\` text,
  	\`result\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_episodes_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_follow_ups_order_idx\` ON \`tv_episodes_issues_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_follow_ups_parent_id_idx\` ON \`tv_episodes_issues_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_episodes_issues\` (
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
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_order_idx\` ON \`tv_episodes_issues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_parent_id_idx\` ON \`tv_episodes_issues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_issues_unit_idx\` ON \`tv_episodes_issues\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_episodes_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_episodes_review_log_order_idx\` ON \`tv_episodes_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_review_log_parent_id_idx\` ON \`tv_episodes_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_review_log_by_idx\` ON \`tv_episodes_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_episodes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`series\` text,
  	\`episode_number\` numeric,
  	\`air_date\` text,
  	\`cover_id\` integer,
  	\`video_id\` integer,
  	\`embed_url\` text,
  	\`summary\` text,
  	\`issues_raised\` numeric,
  	\`issues_solved\` numeric,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_episodes_series_idx\` ON \`tv_episodes\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_air_date_idx\` ON \`tv_episodes\` (\`air_date\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_cover_idx\` ON \`tv_episodes\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_video_idx\` ON \`tv_episodes\` (\`video_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_episodes_slug_idx\` ON \`tv_episodes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_review_state_idx\` ON \`tv_episodes\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_last_edited_by_idx\` ON \`tv_episodes\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_updated_at_idx\` ON \`tv_episodes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_created_at_idx\` ON \`tv_episodes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes__status_idx\` ON \`tv_episodes\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_episodeNumber_idx\` ON \`tv_episodes\` (\`series\`,\`episode_number\`);`)
  await db.run(sql`CREATE TABLE \`tv_episodes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_episodes_rels_order_idx\` ON \`tv_episodes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_rels_parent_idx\` ON \`tv_episodes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_rels_path_idx\` ON \`tv_episodes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tv_episodes_rels_units_id_idx\` ON \`tv_episodes_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_episodes_v_version_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`post\` text,
  	\`unit_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_officials_order_idx\` ON \`_tv_episodes_v_version_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_officials_parent_id_idx\` ON \`_tv_episodes_v_version_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_officials_unit_idx\` ON \`_tv_episodes_v_version_officials\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_episodes_v_version_issues_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`date\` text,
  	\`text\` text,
  	\`result\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_episodes_v_version_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_follow_ups_order_idx\` ON \`_tv_episodes_v_version_issues_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_follow_ups_parent_id_idx\` ON \`_tv_episodes_v_version_issues_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_episodes_v_version_issues\` (
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
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_order_idx\` ON \`_tv_episodes_v_version_issues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_parent_id_idx\` ON \`_tv_episodes_v_version_issues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_issues_unit_idx\` ON \`_tv_episodes_v_version_issues\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_episodes_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_review_log_order_idx\` ON \`_tv_episodes_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_review_log_parent_id_idx\` ON \`_tv_episodes_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_review_log_by_idx\` ON \`_tv_episodes_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_episodes_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_series\` text,
  	\`version_episode_number\` numeric,
  	\`version_air_date\` text,
  	\`version_cover_id\` integer,
  	\`version_video_id\` integer,
  	\`version_embed_url\` text,
  	\`version_summary\` text,
  	\`version_issues_raised\` numeric,
  	\`version_issues_solved\` numeric,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_episodes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_parent_idx\` ON \`_tv_episodes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_series_idx\` ON \`_tv_episodes_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_air_date_idx\` ON \`_tv_episodes_v\` (\`version_air_date\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_cover_idx\` ON \`_tv_episodes_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_video_idx\` ON \`_tv_episodes_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_slug_idx\` ON \`_tv_episodes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_review_state_idx\` ON \`_tv_episodes_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_last_edited_by_idx\` ON \`_tv_episodes_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_updated_at_idx\` ON \`_tv_episodes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_created_at_idx\` ON \`_tv_episodes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version__status_idx\` ON \`_tv_episodes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_created_at_idx\` ON \`_tv_episodes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_updated_at_idx\` ON \`_tv_episodes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_latest_idx\` ON \`_tv_episodes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_series_version_episodeNumber_idx\` ON \`_tv_episodes_v\` (\`version_series\`,\`version_episode_number\`);`)
  await db.run(sql`CREATE TABLE \`_tv_episodes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_rels_order_idx\` ON \`_tv_episodes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_rels_parent_idx\` ON \`_tv_episodes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_rels_path_idx\` ON \`_tv_episodes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_rels_units_id_idx\` ON \`_tv_episodes_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`good_people_promotions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`good_people_promotions_order_idx\` ON \`good_people_promotions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`good_people_promotions_parent_id_idx\` ON \`good_people_promotions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`good_people_promotions_by_idx\` ON \`good_people_promotions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`good_people_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`good_people_review_log_order_idx\` ON \`good_people_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`good_people_review_log_parent_id_idx\` ON \`good_people_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`good_people_review_log_by_idx\` ON \`good_people_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`good_people\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`photo_id\` integer,
  	\`story\` text,
  	\`category\` text,
  	\`channel\` text,
  	\`unit_id\` integer,
  	\`round_id\` integer,
  	\`level\` text DEFAULT 'building',
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`round_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`good_people_photo_idx\` ON \`good_people\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`good_people_category_idx\` ON \`good_people\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`good_people_unit_idx\` ON \`good_people\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`good_people_round_idx\` ON \`good_people\` (\`round_id\`);`)
  await db.run(sql`CREATE INDEX \`good_people_level_idx\` ON \`good_people\` (\`level\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`good_people_slug_idx\` ON \`good_people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`good_people_review_state_idx\` ON \`good_people\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`good_people_last_edited_by_idx\` ON \`good_people\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`good_people_updated_at_idx\` ON \`good_people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`good_people_created_at_idx\` ON \`good_people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`good_people__status_idx\` ON \`good_people\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_good_people_v_version_promotions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`level\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_good_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_promotions_order_idx\` ON \`_good_people_v_version_promotions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_promotions_parent_id_idx\` ON \`_good_people_v_version_promotions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_promotions_by_idx\` ON \`_good_people_v_version_promotions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_good_people_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_good_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_review_log_order_idx\` ON \`_good_people_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_review_log_parent_id_idx\` ON \`_good_people_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_review_log_by_idx\` ON \`_good_people_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_good_people_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_title\` text,
  	\`version_photo_id\` integer,
  	\`version_story\` text,
  	\`version_category\` text,
  	\`version_channel\` text,
  	\`version_unit_id\` integer,
  	\`version_round_id\` integer,
  	\`version_level\` text DEFAULT 'building',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_round_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_good_people_v_parent_idx\` ON \`_good_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_photo_idx\` ON \`_good_people_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_category_idx\` ON \`_good_people_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_unit_idx\` ON \`_good_people_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_round_idx\` ON \`_good_people_v\` (\`version_round_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_level_idx\` ON \`_good_people_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_slug_idx\` ON \`_good_people_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_review_state_idx\` ON \`_good_people_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_last_edited_by_idx\` ON \`_good_people_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_updated_at_idx\` ON \`_good_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_created_at_idx\` ON \`_good_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version__status_idx\` ON \`_good_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_created_at_idx\` ON \`_good_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_updated_at_idx\` ON \`_good_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_people_v_latest_idx\` ON \`_good_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`selection_rounds_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`selection_rounds_review_log_order_idx\` ON \`selection_rounds_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds_review_log_parent_id_idx\` ON \`selection_rounds_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds_review_log_by_idx\` ON \`selection_rounds_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`selection_rounds\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`status\` text DEFAULT 'nominating',
  	\`description\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`selection_rounds_status_idx\` ON \`selection_rounds\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`selection_rounds_slug_idx\` ON \`selection_rounds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds_review_state_idx\` ON \`selection_rounds\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds_last_edited_by_idx\` ON \`selection_rounds\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds_updated_at_idx\` ON \`selection_rounds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds_created_at_idx\` ON \`selection_rounds\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`selection_rounds__status_idx\` ON \`selection_rounds\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_selection_rounds_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_selection_rounds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_review_log_order_idx\` ON \`_selection_rounds_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_review_log_parent_id_idx\` ON \`_selection_rounds_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_review_log_by_idx\` ON \`_selection_rounds_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_selection_rounds_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_status\` text DEFAULT 'nominating',
  	\`version_description\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`selection_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_parent_idx\` ON \`_selection_rounds_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_status_idx\` ON \`_selection_rounds_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_slug_idx\` ON \`_selection_rounds_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_review_state_idx\` ON \`_selection_rounds_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_last_edited_by_idx\` ON \`_selection_rounds_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_updated_at_idx\` ON \`_selection_rounds_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_created_at_idx\` ON \`_selection_rounds_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version__status_idx\` ON \`_selection_rounds_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_created_at_idx\` ON \`_selection_rounds_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_updated_at_idx\` ON \`_selection_rounds_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_latest_idx\` ON \`_selection_rounds_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`public_ads_placements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`unit_id\` integer,
  	\`address\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`public_ads_placements_order_idx\` ON \`public_ads_placements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_placements_parent_id_idx\` ON \`public_ads_placements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_placements_unit_idx\` ON \`public_ads_placements\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`public_ads_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`public_ads_themes_order_idx\` ON \`public_ads_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_themes_parent_idx\` ON \`public_ads_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`public_ads_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`public_ads_review_log_order_idx\` ON \`public_ads_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_review_log_parent_id_idx\` ON \`public_ads_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_review_log_by_idx\` ON \`public_ads_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`public_ads\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`series\` text,
  	\`format\` text,
  	\`image_id\` integer,
  	\`video_id\` integer,
  	\`video_url\` text,
  	\`slogan\` text,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`public_ads_series_idx\` ON \`public_ads\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_image_idx\` ON \`public_ads\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_video_idx\` ON \`public_ads\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_valid_to_idx\` ON \`public_ads\` (\`valid_to\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`public_ads_slug_idx\` ON \`public_ads\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_review_state_idx\` ON \`public_ads\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_last_edited_by_idx\` ON \`public_ads\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_updated_at_idx\` ON \`public_ads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_ads_created_at_idx\` ON \`public_ads\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`public_ads__status_idx\` ON \`public_ads\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_public_ads_v_version_placements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text,
  	\`unit_id\` integer,
  	\`address\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_public_ads_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_placements_order_idx\` ON \`_public_ads_v_version_placements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_placements_parent_id_idx\` ON \`_public_ads_v_version_placements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_placements_unit_idx\` ON \`_public_ads_v_version_placements\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`_public_ads_v_version_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_public_ads_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_themes_order_idx\` ON \`_public_ads_v_version_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_themes_parent_idx\` ON \`_public_ads_v_version_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_public_ads_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_public_ads_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_review_log_order_idx\` ON \`_public_ads_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_review_log_parent_id_idx\` ON \`_public_ads_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_review_log_by_idx\` ON \`_public_ads_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_public_ads_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_series\` text,
  	\`version_format\` text,
  	\`version_image_id\` integer,
  	\`version_video_id\` integer,
  	\`version_video_url\` text,
  	\`version_slogan\` text,
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`public_ads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_public_ads_v_parent_idx\` ON \`_public_ads_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_series_idx\` ON \`_public_ads_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_image_idx\` ON \`_public_ads_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_video_idx\` ON \`_public_ads_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_valid_to_idx\` ON \`_public_ads_v\` (\`version_valid_to\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_slug_idx\` ON \`_public_ads_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_review_state_idx\` ON \`_public_ads_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_last_edited_by_idx\` ON \`_public_ads_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_updated_at_idx\` ON \`_public_ads_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_created_at_idx\` ON \`_public_ads_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version__status_idx\` ON \`_public_ads_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_created_at_idx\` ON \`_public_ads_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_updated_at_idx\` ON \`_public_ads_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_latest_idx\` ON \`_public_ads_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_review_log_order_idx\` ON \`knowledge_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_review_log_parent_id_idx\` ON \`knowledge_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_review_log_by_idx\` ON \`knowledge_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`topic\` text,
  	\`kind\` text DEFAULT 'qa',
  	\`order\` numeric DEFAULT 1,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_topic_idx\` ON \`knowledge\` (\`topic\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_slug_idx\` ON \`knowledge\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_review_state_idx\` ON \`knowledge\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_last_edited_by_idx\` ON \`knowledge\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_updated_at_idx\` ON \`knowledge\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_created_at_idx\` ON \`knowledge\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge__status_idx\` ON \`knowledge\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_review_log_order_idx\` ON \`_knowledge_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_review_log_parent_id_idx\` ON \`_knowledge_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_review_log_by_idx\` ON \`_knowledge_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_topic\` text,
  	\`version_kind\` text DEFAULT 'qa',
  	\`version_order\` numeric DEFAULT 1,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_parent_idx\` ON \`_knowledge_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_topic_idx\` ON \`_knowledge_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_slug_idx\` ON \`_knowledge_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_review_state_idx\` ON \`_knowledge_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_last_edited_by_idx\` ON \`_knowledge_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_updated_at_idx\` ON \`_knowledge_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_created_at_idx\` ON \`_knowledge_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version__status_idx\` ON \`_knowledge_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_created_at_idx\` ON \`_knowledge_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_updated_at_idx\` ON \`_knowledge_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_latest_idx\` ON \`_knowledge_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`parent_id\` integer,
  	\`code\` text,
  	\`slug\` text,
  	\`accountability_flagged\` integer DEFAULT false,
  	\`accountability_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`units_name_idx\` ON \`units\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_code_idx\` ON \`units\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`units_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exposures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exposures_id\`) REFERENCES \`exposures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_rels_order_idx\` ON \`units_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`units_rels_parent_idx\` ON \`units_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_rels_path_idx\` ON \`units_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`units_rels_exposures_id_idx\` ON \`units_rels\` (\`exposures_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`issue_claims\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`series\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`bulletin_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`bulletin_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`issue_claims_bulletin_idx\` ON \`issue_claims\` (\`bulletin_id\`);`)
  await db.run(sql`CREATE INDEX \`issue_claims_updated_at_idx\` ON \`issue_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issue_claims_created_at_idx\` ON \`issue_claims\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_year_number_idx\` ON \`issue_claims\` (\`series\`,\`year\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`state\` text DEFAULT 'idle',
  	\`pending\` integer,
  	\`last_success_at\` text,
  	\`last_duration_ms\` numeric,
  	\`last_page_count\` numeric,
  	\`last_error\` text,
  	\`last_error_at\` text,
  	\`last_log\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`bulletins_review_log\`;`)
  await db.run(sql`DROP TABLE \`bulletins\`;`)
  await db.run(sql`DROP TABLE \`bulletins_rels\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_rels\`;`)
  await db.run(sql`DROP TABLE \`evaluation_rounds_indicators\`;`)
  await db.run(sql`DROP TABLE \`evaluation_rounds_scores\`;`)
  await db.run(sql`DROP TABLE \`evaluation_rounds_results\`;`)
  await db.run(sql`DROP TABLE \`evaluation_rounds_review_log\`;`)
  await db.run(sql`DROP TABLE \`evaluation_rounds\`;`)
  await db.run(sql`DROP TABLE \`_evaluation_rounds_v_version_indicators\`;`)
  await db.run(sql`DROP TABLE \`_evaluation_rounds_v_version_scores\`;`)
  await db.run(sql`DROP TABLE \`_evaluation_rounds_v_version_results\`;`)
  await db.run(sql`DROP TABLE \`_evaluation_rounds_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_evaluation_rounds_v\`;`)
  await db.run(sql`DROP TABLE \`exposures_status_history\`;`)
  await db.run(sql`DROP TABLE \`exposures_review_log\`;`)
  await db.run(sql`DROP TABLE \`exposures\`;`)
  await db.run(sql`DROP TABLE \`exposures_rels\`;`)
  await db.run(sql`DROP TABLE \`_exposures_v_version_status_history\`;`)
  await db.run(sql`DROP TABLE \`_exposures_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_exposures_v\`;`)
  await db.run(sql`DROP TABLE \`_exposures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes_officials\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes_issues_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes_issues\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes_review_log\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes\`;`)
  await db.run(sql`DROP TABLE \`tv_episodes_rels\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v_version_officials\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v_version_issues_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v_version_issues\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_tv_episodes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`good_people_promotions\`;`)
  await db.run(sql`DROP TABLE \`good_people_review_log\`;`)
  await db.run(sql`DROP TABLE \`good_people\`;`)
  await db.run(sql`DROP TABLE \`_good_people_v_version_promotions\`;`)
  await db.run(sql`DROP TABLE \`_good_people_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_good_people_v\`;`)
  await db.run(sql`DROP TABLE \`selection_rounds_review_log\`;`)
  await db.run(sql`DROP TABLE \`selection_rounds\`;`)
  await db.run(sql`DROP TABLE \`_selection_rounds_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_selection_rounds_v\`;`)
  await db.run(sql`DROP TABLE \`public_ads_placements\`;`)
  await db.run(sql`DROP TABLE \`public_ads_themes\`;`)
  await db.run(sql`DROP TABLE \`public_ads_review_log\`;`)
  await db.run(sql`DROP TABLE \`public_ads\`;`)
  await db.run(sql`DROP TABLE \`_public_ads_v_version_placements\`;`)
  await db.run(sql`DROP TABLE \`_public_ads_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_public_ads_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_public_ads_v\`;`)
  await db.run(sql`DROP TABLE \`knowledge_review_log\`;`)
  await db.run(sql`DROP TABLE \`knowledge\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`units_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`issue_claims\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
