import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { backfillFeedIdentity } from '../feeds/backfillFeedIdentity.ts'
import { settingsOf } from '../config/fromPayload.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`knowledge_quiz_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_quiz_options_order_idx\` ON \`knowledge_quiz_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_quiz_options_parent_id_idx\` ON \`knowledge_quiz_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v_version_quiz_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_quiz_options_order_idx\` ON \`_knowledge_v_version_quiz_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_quiz_options_parent_id_idx\` ON \`_knowledge_v_version_quiz_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quiz_answers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`knowledge_id\` integer NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`chosen\` numeric,
  	\`day\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_answers_knowledge_idx\` ON \`quiz_answers\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_answers_day_idx\` ON \`quiz_answers\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`quiz_answers_updated_at_idx\` ON \`quiz_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_answers_created_at_idx\` ON \`quiz_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_outcome_chosen_idx\` ON \`quiz_answers\` (\`knowledge_id\`,\`outcome\`,\`chosen\`);`)
  await db.run(sql`CREATE TABLE \`site_addresses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_addresses_collection_idx\` ON \`site_addresses\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`site_addresses_doc_id_idx\` ON \`site_addresses\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`site_addresses_updated_at_idx\` ON \`site_addresses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_addresses_created_at_idx\` ON \`site_addresses\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_docId_slug_idx\` ON \`site_addresses\` (\`collection\`,\`doc_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`correct\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_options_order_idx\` ON \`surveys_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_options_parent_id_idx\` ON \`surveys_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`prompt\` text,
  	\`kind\` text DEFAULT 'single',
  	\`required\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_order_idx\` ON \`surveys_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_parent_id_idx\` ON \`surveys_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_review_log_order_idx\` ON \`surveys_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_review_log_parent_id_idx\` ON \`surveys_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_review_log_by_idx\` ON \`surveys_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`intro\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`ask_district\` integer DEFAULT false,
  	\`public_results\` integer DEFAULT false,
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
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_opens_at_idx\` ON \`surveys\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_closes_at_idx\` ON \`surveys\` (\`closes_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`surveys_slug_idx\` ON \`surveys\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`surveys_review_state_idx\` ON \`surveys\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`surveys_last_edited_by_idx\` ON \`surveys\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_feed_id_idx\` ON \`surveys\` (\`feed_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_updated_at_idx\` ON \`surveys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_created_at_idx\` ON \`surveys\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys__status_idx\` ON \`surveys\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_opensAt_idx\` ON \`surveys\` (\`_status\`,\`opens_at\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`label\` text,
  	\`correct\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_options_order_idx\` ON \`_surveys_v_version_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_options_parent_id_idx\` ON \`_surveys_v_version_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`prompt\` text,
  	\`kind\` text DEFAULT 'single',
  	\`required\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_order_idx\` ON \`_surveys_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_parent_id_idx\` ON \`_surveys_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_review_log_order_idx\` ON \`_surveys_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_review_log_parent_id_idx\` ON \`_surveys_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_review_log_by_idx\` ON \`_surveys_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_ask_district\` integer DEFAULT false,
  	\`version_public_results\` integer DEFAULT false,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_parent_idx\` ON \`_surveys_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_opens_at_idx\` ON \`_surveys_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_closes_at_idx\` ON \`_surveys_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_slug_idx\` ON \`_surveys_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_review_state_idx\` ON \`_surveys_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_last_edited_by_idx\` ON \`_surveys_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_feed_id_idx\` ON \`_surveys_v\` (\`version_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_updated_at_idx\` ON \`_surveys_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_created_at_idx\` ON \`_surveys_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version__status_idx\` ON \`_surveys_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_created_at_idx\` ON \`_surveys_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_updated_at_idx\` ON \`_surveys_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_latest_idx\` ON \`_surveys_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_opensAt_idx\` ON \`_surveys_v\` (\`version__status\`,\`version_opens_at\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`browser_key\` text NOT NULL,
  	\`network\` text,
  	\`net_slot\` text,
  	\`district_id\` integer,
  	\`answers\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_survey_idx\` ON \`survey_responses\` (\`survey_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_responses_browser_key_idx\` ON \`survey_responses\` (\`browser_key\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_network_idx\` ON \`survey_responses\` (\`network\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_responses_net_slot_idx\` ON \`survey_responses\` (\`net_slot\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_district_idx\` ON \`survey_responses\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_updated_at_idx\` ON \`survey_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_created_at_idx\` ON \`survey_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`survey_tallies\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`after\` numeric NOT NULL,
  	\`through\` numeric NOT NULL,
  	\`counts\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_tallies_survey_idx\` ON \`survey_tallies\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_tallies_updated_at_idx\` ON \`survey_tallies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_tallies_created_at_idx\` ON \`survey_tallies\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_after_idx\` ON \`survey_tallies\` (\`survey_id\`,\`after\`);`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`bulletins_feed_id_idx\` ON \`bulletins\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_feed_id_idx\` ON \`_bulletins_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`evaluation_rounds_feed_id_idx\` ON \`evaluation_rounds\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_evaluation_rounds_v_version_version_feed_id_idx\` ON \`_evaluation_rounds_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`exposures\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`exposures_feed_id_idx\` ON \`exposures\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_exposures_v_version_version_feed_id_idx\` ON \`_exposures_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`tv_episodes_feed_id_idx\` ON \`tv_episodes\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_tv_episodes_v_version_version_feed_id_idx\` ON \`_tv_episodes_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`good_people\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`good_people\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`good_people_feed_id_idx\` ON \`good_people\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_people_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_good_people_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_good_people_v_version_version_feed_id_idx\` ON \`_good_people_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`selection_rounds_feed_id_idx\` ON \`selection_rounds\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_selection_rounds_v_version_version_feed_id_idx\` ON \`_selection_rounds_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`public_ads\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`public_ads\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`public_ads_feed_id_idx\` ON \`public_ads\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_public_ads_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_public_ads_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_public_ads_v_version_version_feed_id_idx\` ON \`_public_ads_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`quiz_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`quiz_question\` text;`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`quiz_correct\` numeric;`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`quiz_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`knowledge_quiz_quiz_enabled_idx\` ON \`knowledge\` (\`quiz_enabled\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_feed_id_idx\` ON \`knowledge\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_quiz_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_quiz_question\` text;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_quiz_correct\` numeric;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_quiz_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_quiz_version_quiz_enabled_idx\` ON \`_knowledge_v\` (\`version_quiz_enabled\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_feed_id_idx\` ON \`_knowledge_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`duration\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`video_codec\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_codec\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`poster_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`captions_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`poster_file\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`captions_file\` text;`)
  await db.run(sql`CREATE INDEX \`media_poster_idx\` ON \`media\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`media_captions_idx\` ON \`media\` (\`captions_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`documents_feed_id_idx\` ON \`documents\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_feed_id_idx\` ON \`_documents_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`projects_feed_id_idx\` ON \`projects\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_feed_id_idx\` ON \`_projects_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`civility_titles\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`civility_titles\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`civility_titles_feed_id_idx\` ON \`civility_titles\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_civility_titles_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_civility_titles_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_civility_titles_v_version_version_feed_id_idx\` ON \`_civility_titles_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`volunteer_activities\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`volunteer_activities\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`volunteer_activities_feed_id_idx\` ON \`volunteer_activities\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_volunteer_activities_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_volunteer_activities_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_volunteer_activities_v_version_version_feed_id_idx\` ON \`_volunteer_activities_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`practice_centres\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`practice_centres\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`practice_centres_feed_id_idx\` ON \`practice_centres\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_practice_centres_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_practice_centres_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_practice_centres_v_version_version_feed_id_idx\` ON \`_practice_centres_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_feed_id_idx\` ON \`news\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_feed_id_idx\` ON \`_news_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`topics_feed_id_idx\` ON \`topics\` (\`feed_id\`);`)
  await db.run(sql`ALTER TABLE \`topics_rels\` ADD \`surveys_id\` integer REFERENCES surveys(id);`)
  await db.run(sql`CREATE INDEX \`topics_rels_surveys_id_idx\` ON \`topics_rels\` (\`surveys_id\`);`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_feed_id\` text;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_feed_id_idx\` ON \`_topics_v\` (\`version_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`_topics_v_rels\` ADD \`surveys_id\` integer REFERENCES surveys(id);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_surveys_id_idx\` ON \`_topics_v_rels\` (\`surveys_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_answers_id\` integer REFERENCES quiz_answers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_addresses_id\` integer REFERENCES site_addresses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`surveys_id\` integer REFERENCES surveys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_responses_id\` integer REFERENCES survey_responses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_tallies_id\` integer REFERENCES survey_tallies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`site_addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_tallies_id\`);`)
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`embed_origins\` text;`)
  // Issue 25: every existing public document keeps, stored, the GUID its feeds already showed (cms/feeds/backfillFeedIdentity.ts).
  await backfillFeedIdentity(db, settingsOf(payload).site.siteUrl)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`knowledge_quiz_options\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v_version_quiz_options\`;`)
  await db.run(sql`DROP TABLE \`quiz_answers\`;`)
  await db.run(sql`DROP TABLE \`site_addresses\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions_options\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions\`;`)
  await db.run(sql`DROP TABLE \`surveys_review_log\`;`)
  await db.run(sql`DROP TABLE \`surveys\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_questions_options\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v\`;`)
  await db.run(sql`DROP TABLE \`survey_responses\`;`)
  await db.run(sql`DROP TABLE \`survey_tallies\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`pending_change_alt\` text,
  	\`pending_change_credit\` text,
  	\`pending_change_requested_by_id\` integer,
  	\`pending_change_requested_at\` text,
  	\`pending_change_rejected_reason\` text,
  	\`public_use\` integer DEFAULT false,
  	\`uploaded_by_id\` integer,
  	\`prefix\` text DEFAULT 'uploads',
  	\`_objectkey\` text,
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
  	\`sizes_social_filename\` text,
  	FOREIGN KEY (\`pending_change_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "credit", "pending_change_alt", "pending_change_credit", "pending_change_requested_by_id", "pending_change_requested_at", "pending_change_rejected_reason", "public_use", "uploaded_by_id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename") SELECT "id", "alt", "credit", "pending_change_alt", "pending_change_credit", "pending_change_requested_by_id", "pending_change_requested_at", "pending_change_rejected_reason", "public_use", "uploaded_by_id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_pending_change_pending_change_requested_by_idx\` ON \`media\` (\`pending_change_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`)
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
  await db.run(sql`INSERT INTO \`__new_topics_rels\`("id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id" FROM \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics_rels\` RENAME TO \`topics_rels\`;`)
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
  await db.run(sql`INSERT INTO \`__new__topics_v_rels\`("id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "exposures_id", "evaluation_rounds_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "documents_id", "projects_id", "civility_titles_id", "volunteer_activities_id", "practice_centres_id", "news_id" FROM \`_topics_v_rels\`;`)
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
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id", "documents_id", "projects_id", "civility_titles_id", "title_revocations_id", "volunteer_activities_id", "practice_centres_id", "volunteer_signups_id", "news_id", "topics_id") SELECT "id", "order", "parent_id", "path", "bulletins_id", "evaluation_rounds_id", "exposures_id", "tv_episodes_id", "good_people_id", "selection_rounds_id", "public_ads_id", "knowledge_id", "units_id", "media_id", "users_id", "issue_claims_id", "sensitive_words_id", "accountability_records_id", "deadline_extensions_id", "resident_reports_id", "endorsements_id", "objections_id", "builder_leases_id", "rate_slots_id", "documents_id", "projects_id", "civility_titles_id", "title_revocations_id", "volunteer_activities_id", "practice_centres_id", "volunteer_signups_id", "news_id", "topics_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`bulletins_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_bulletins_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`evaluation_rounds_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_evaluation_rounds_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`exposures_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`exposures\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`exposures\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_exposures_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_exposures_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`tv_episodes_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`tv_episodes\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_tv_episodes_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_tv_episodes_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`good_people_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`good_people\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`good_people\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_good_people_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_good_people_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_good_people_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`selection_rounds_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`selection_rounds\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_selection_rounds_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_selection_rounds_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`public_ads_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`public_ads\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`public_ads\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_public_ads_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_public_ads_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_public_ads_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`knowledge_quiz_quiz_enabled_idx\`;`)
  await db.run(sql`DROP INDEX \`knowledge_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`quiz_enabled\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`quiz_question\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`quiz_correct\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`quiz_explanation\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_knowledge_v_version_quiz_version_quiz_enabled_idx\`;`)
  await db.run(sql`DROP INDEX \`_knowledge_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_quiz_enabled\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_quiz_question\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_quiz_correct\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_quiz_explanation\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`documents_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`projects_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`civility_titles_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`civility_titles\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`civility_titles\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_civility_titles_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_civility_titles_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_civility_titles_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`volunteer_activities_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`volunteer_activities\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`volunteer_activities\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_volunteer_activities_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_volunteer_activities_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_volunteer_activities_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`practice_centres_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`practice_centres\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`practice_centres\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_practice_centres_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_practice_centres_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_practice_centres_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`news_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`topics_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_version_version_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`version_feed_id\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`site_identity\` DROP COLUMN \`embed_origins\`;`)
}
