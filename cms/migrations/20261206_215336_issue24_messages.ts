import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`messages_photo_hashes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`hash\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_photo_hashes_order_idx\` ON \`messages_photo_hashes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_photo_hashes_parent_id_idx\` ON \`messages_photo_hashes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_photo_hashes_hash_idx\` ON \`messages_photo_hashes\` (\`hash\`);`)
  await db.run(sql`CREATE TABLE \`messages_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_review_log_order_idx\` ON \`messages_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_review_log_parent_id_idx\` ON \`messages_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_review_log_by_idx\` ON \`messages_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`messages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`category\` text,
  	\`text\` text,
  	\`allow_public\` integer DEFAULT false,
  	\`unit_id\` integer,
  	\`reply\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`received_at\` text,
  	\`routed_at\` text,
  	\`deadline\` text,
  	\`answered_at\` text,
  	\`rating\` text,
  	\`rated_at\` text,
  	\`contact_erased_at\` text,
  	\`tracking_hash\` text,
  	\`text_hash\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`publish_reason\` text,
  	\`sensitive_override\` text,
  	\`last_edited_by_id\` integer,
  	\`feed_id\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_category_idx\` ON \`messages\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`messages_allow_public_idx\` ON \`messages\` (\`allow_public\`);`)
  await db.run(sql`CREATE INDEX \`messages_unit_idx\` ON \`messages\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_received_at_idx\` ON \`messages\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_deadline_idx\` ON \`messages\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`messages_answered_at_idx\` ON \`messages\` (\`answered_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_tracking_hash_idx\` ON \`messages\` (\`tracking_hash\`);`)
  await db.run(sql`CREATE INDEX \`messages_text_hash_idx\` ON \`messages\` (\`text_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_slug_idx\` ON \`messages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`messages_review_state_idx\` ON \`messages\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`messages_last_edited_by_idx\` ON \`messages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_feed_id_idx\` ON \`messages\` (\`feed_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_updated_at_idx\` ON \`messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_created_at_idx\` ON \`messages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`messages__status_idx\` ON \`messages\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_receivedAt_idx\` ON \`messages\` (\`_status\`,\`received_at\`);`)
  await db.run(sql`CREATE TABLE \`messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_rels_order_idx\` ON \`messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_parent_idx\` ON \`messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_path_idx\` ON \`messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_media_id_idx\` ON \`messages_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_photo_hashes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`hash\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_photo_hashes_order_idx\` ON \`_messages_v_version_photo_hashes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_photo_hashes_parent_id_idx\` ON \`_messages_v_version_photo_hashes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_photo_hashes_hash_idx\` ON \`_messages_v_version_photo_hashes\` (\`hash\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_review_log_order_idx\` ON \`_messages_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_review_log_parent_id_idx\` ON \`_messages_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_review_log_by_idx\` ON \`_messages_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_category\` text,
  	\`version_text\` text,
  	\`version_allow_public\` integer DEFAULT false,
  	\`version_unit_id\` integer,
  	\`version_reply\` text,
  	\`version_contact_name\` text,
  	\`version_contact_phone\` text,
  	\`version_received_at\` text,
  	\`version_routed_at\` text,
  	\`version_deadline\` text,
  	\`version_answered_at\` text,
  	\`version_rating\` text,
  	\`version_rated_at\` text,
  	\`version_contact_erased_at\` text,
  	\`version_tracking_hash\` text,
  	\`version_text_hash\` text,
  	\`version_slug\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_publish_reason\` text,
  	\`version_sensitive_override\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_feed_id\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_parent_idx\` ON \`_messages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_category_idx\` ON \`_messages_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_allow_public_idx\` ON \`_messages_v\` (\`version_allow_public\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_unit_idx\` ON \`_messages_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_received_at_idx\` ON \`_messages_v\` (\`version_received_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_deadline_idx\` ON \`_messages_v\` (\`version_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_answered_at_idx\` ON \`_messages_v\` (\`version_answered_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_tracking_hash_idx\` ON \`_messages_v\` (\`version_tracking_hash\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_text_hash_idx\` ON \`_messages_v\` (\`version_text_hash\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_slug_idx\` ON \`_messages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_review_state_idx\` ON \`_messages_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_last_edited_by_idx\` ON \`_messages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_feed_id_idx\` ON \`_messages_v\` (\`version_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_updated_at_idx\` ON \`_messages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_created_at_idx\` ON \`_messages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version__status_idx\` ON \`_messages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_created_at_idx\` ON \`_messages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_updated_at_idx\` ON \`_messages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_latest_idx\` ON \`_messages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_receivedAt_idx\` ON \`_messages_v\` (\`version__status\`,\`version_received_at\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_order_idx\` ON \`_messages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_parent_idx\` ON \`_messages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_path_idx\` ON \`_messages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_media_id_idx\` ON \`_messages_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`topics_rels\` ADD \`messages_id\` integer REFERENCES messages(id);`)
  await db.run(sql`CREATE INDEX \`topics_rels_messages_id_idx\` ON \`topics_rels\` (\`messages_id\`);`)
  await db.run(sql`ALTER TABLE \`_topics_v_rels\` ADD \`messages_id\` integer REFERENCES messages(id);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_messages_id_idx\` ON \`_topics_v_rels\` (\`messages_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`messages_id\` integer REFERENCES messages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`messages_photo_hashes\`;`)
  await db.run(sql`DROP TABLE \`messages_review_log\`;`)
  await db.run(sql`DROP TABLE \`messages\`;`)
  await db.run(sql`DROP TABLE \`messages_rels\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_photo_hashes\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_messages_v\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_topics_rels\` (
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
  	\`surveys_id\` integer,
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
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics_rels\`("id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id", "surveys_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id", "surveys_id" FROM \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics_rels\` RENAME TO \`topics_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`topics_rels_surveys_id_idx\` ON \`topics_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__topics_v_rels\` (
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
  	\`surveys_id\` integer,
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
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__topics_v_rels\`("id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id", "surveys_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id", "surveys_id" FROM \`_topics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__topics_v_rels\` RENAME TO \`_topics_v_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`_topics_v_rels_surveys_id_idx\` ON \`_topics_v_rels\` (\`surveys_id\`);`)
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
  	\`documents_id\` integer,
  	\`projects_id\` integer,
  	\`civility_titles_id\` integer,
  	\`title_revocations_id\` integer,
  	\`volunteer_activities_id\` integer,
  	\`practice_centres_id\` integer,
  	\`volunteer_signups_id\` integer,
  	\`news_id\` integer,
  	\`topics_id\` integer,
  	\`quiz_answers_id\` integer,
  	\`site_addresses_id\` integer,
  	\`surveys_id\` integer,
  	\`survey_responses_id\` integer,
  	\`survey_tallies_id\` integer,
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
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`civility_titles_id\`) REFERENCES \`civility_titles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`title_revocations_id\`) REFERENCES \`title_revocations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_activities_id\`) REFERENCES \`volunteer_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practice_centres_id\`) REFERENCES \`practice_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_signups_id\`) REFERENCES \`volunteer_signups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quiz_answers_id\`) REFERENCES \`quiz_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_addresses_id\`) REFERENCES \`site_addresses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_tallies_id\`) REFERENCES \`survey_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id", "documents_id", "projects_id", "civility_titles_id", "title_revocations_id", "volunteer_activities_id", "practice_centres_id", "volunteer_signups_id", "news_id", "topics_id", "quiz_answers_id", "site_addresses_id", "surveys_id", "survey_responses_id", "survey_tallies_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id", "documents_id", "projects_id", "civility_titles_id", "title_revocations_id", "volunteer_activities_id", "practice_centres_id", "volunteer_signups_id", "news_id", "topics_id", "quiz_answers_id", "site_addresses_id", "surveys_id", "survey_responses_id", "survey_tallies_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_civility_titles_id_idx\` ON \`payload_locked_documents_rels\` (\`civility_titles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_title_revocations_id_idx\` ON \`payload_locked_documents_rels\` (\`title_revocations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practice_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`practice_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_signups_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_signups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`site_addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_tallies_id\`);`)
}
