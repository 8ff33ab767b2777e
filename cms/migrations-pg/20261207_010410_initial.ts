import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bulletins_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_bulletins_series" AS ENUM('supervision', 'evaluation', 'briefing', 'praise', 'criticism');
  CREATE TYPE "public"."enum_bulletins_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_bulletins_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bulletins_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__bulletins_v_version_series" AS ENUM('supervision', 'evaluation', 'briefing', 'praise', 'criticism');
  CREATE TYPE "public"."enum__bulletins_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__bulletins_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_evaluation_rounds_results_list" AS ENUM('red', 'black');
  CREATE TYPE "public"."enum_evaluation_rounds_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_evaluation_rounds_evaluator" AS ENUM('citizen-patrol', 'third-party', 'unannounced');
  CREATE TYPE "public"."enum_evaluation_rounds_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_evaluation_rounds_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__evaluation_rounds_v_version_results_list" AS ENUM('red', 'black');
  CREATE TYPE "public"."enum__evaluation_rounds_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__evaluation_rounds_v_version_evaluator" AS ENUM('citizen-patrol', 'third-party', 'unannounced');
  CREATE TYPE "public"."enum__evaluation_rounds_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__evaluation_rounds_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_exposures_status_history_status" AS ENUM('pending', 'in-progress', 'rectified', 'overdue', 'accountability');
  CREATE TYPE "public"."enum_exposures_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_exposures_rectification_status" AS ENUM('pending', 'in-progress', 'rectified', 'overdue', 'accountability');
  CREATE TYPE "public"."enum_exposures_supervision_state" AS ENUM('none', 'issued', 'returned', 'closed');
  CREATE TYPE "public"."enum_exposures_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_exposures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__exposures_v_version_status_history_status" AS ENUM('pending', 'in-progress', 'rectified', 'overdue', 'accountability');
  CREATE TYPE "public"."enum__exposures_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__exposures_v_version_rectification_status" AS ENUM('pending', 'in-progress', 'rectified', 'overdue', 'accountability');
  CREATE TYPE "public"."enum__exposures_v_version_supervision_state" AS ENUM('none', 'issued', 'returned', 'closed');
  CREATE TYPE "public"."enum__exposures_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__exposures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_tv_episodes_issues_follow_ups_result" AS ENUM('open', 'in-progress', 'solved');
  CREATE TYPE "public"."enum_tv_episodes_issues_status" AS ENUM('open', 'in-progress', 'solved');
  CREATE TYPE "public"."enum_tv_episodes_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_tv_episodes_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_tv_episodes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tv_episodes_v_version_issues_follow_ups_result" AS ENUM('open', 'in-progress', 'solved');
  CREATE TYPE "public"."enum__tv_episodes_v_version_issues_status" AS ENUM('open', 'in-progress', 'solved');
  CREATE TYPE "public"."enum__tv_episodes_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__tv_episodes_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__tv_episodes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_good_people_promotions_level" AS ENUM('building', 'community', 'street', 'district', 'city');
  CREATE TYPE "public"."enum_good_people_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_good_people_category" AS ENUM('helping-others', 'bravery', 'honesty', 'dedication', 'filial-piety');
  CREATE TYPE "public"."enum_good_people_channel" AS ENUM('residents', 'workplace', 'organisation', 'school', 'media', 'internet');
  CREATE TYPE "public"."enum_good_people_level" AS ENUM('building', 'community', 'street', 'district', 'city');
  CREATE TYPE "public"."enum_good_people_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_good_people_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__good_people_v_version_promotions_level" AS ENUM('building', 'community', 'street', 'district', 'city');
  CREATE TYPE "public"."enum__good_people_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__good_people_v_version_category" AS ENUM('helping-others', 'bravery', 'honesty', 'dedication', 'filial-piety');
  CREATE TYPE "public"."enum__good_people_v_version_channel" AS ENUM('residents', 'workplace', 'organisation', 'school', 'media', 'internet');
  CREATE TYPE "public"."enum__good_people_v_version_level" AS ENUM('building', 'community', 'street', 'district', 'city');
  CREATE TYPE "public"."enum__good_people_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__good_people_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_selection_rounds_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_selection_rounds_round_status" AS ENUM('nominating', 'reviewing', 'announced');
  CREATE TYPE "public"."enum_selection_rounds_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_selection_rounds_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__selection_rounds_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__selection_rounds_v_version_round_status" AS ENUM('nominating', 'reviewing', 'announced');
  CREATE TYPE "public"."enum__selection_rounds_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__selection_rounds_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_public_ads_placements_kind" AS ENUM('billboard', 'e-screen', 'community-board', 'bus-shelter', 'construction-hoarding', 'other');
  CREATE TYPE "public"."enum_public_ads_themes" AS ENUM('civility', 'traffic', 'waste-sorting', 'dog-keeping', 'volunteering', 'good-people', 'frugality', 'health', 'core-values');
  CREATE TYPE "public"."enum_public_ads_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_public_ads_format" AS ENUM('poster', 'slogan', 'banner', 'video', 'e-screen');
  CREATE TYPE "public"."enum_public_ads_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_public_ads_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__public_ads_v_version_placements_kind" AS ENUM('billboard', 'e-screen', 'community-board', 'bus-shelter', 'construction-hoarding', 'other');
  CREATE TYPE "public"."enum__public_ads_v_version_themes" AS ENUM('civility', 'traffic', 'waste-sorting', 'dog-keeping', 'volunteering', 'good-people', 'frugality', 'health', 'core-values');
  CREATE TYPE "public"."enum__public_ads_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__public_ads_v_version_format" AS ENUM('poster', 'slogan', 'banner', 'video', 'e-screen');
  CREATE TYPE "public"."enum__public_ads_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__public_ads_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_knowledge_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_knowledge_topic" AS ENUM('campaign-basics', 'traffic', 'waste-sorting', 'dog-keeping', 'etiquette', 'convention', 'public-health', 'volunteering');
  CREATE TYPE "public"."enum_knowledge_kind" AS ENUM('qa', 'convention', 'tip');
  CREATE TYPE "public"."enum_knowledge_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_knowledge_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__knowledge_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__knowledge_v_version_topic" AS ENUM('campaign-basics', 'traffic', 'waste-sorting', 'dog-keeping', 'etiquette', 'convention', 'public-health', 'volunteering');
  CREATE TYPE "public"."enum__knowledge_v_version_kind" AS ENUM('qa', 'convention', 'tip');
  CREATE TYPE "public"."enum__knowledge_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__knowledge_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('city', 'district', 'street', 'community', 'grid', 'department');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'reviewer', 'editor', 'unitLiaison');
  CREATE TYPE "public"."enum_accountability_records_form" AS ENUM('interview', 'criticism', 'admonition', 'selfReview', 'organisational', 'referral');
  CREATE TYPE "public"."enum_accountability_records_status" AS ENUM('proposed', 'confirmed');
  CREATE TYPE "public"."enum_deadline_extensions_status" AS ENUM('pending', 'granted', 'refused');
  CREATE TYPE "public"."enum_resident_reports_status" AS ENUM('received', 'accepted', 'converted', 'merged', 'rejected');
  CREATE TYPE "public"."enum_resident_reports_category" AS ENUM('dirty-corner', 'illegal-parking', 'road-damage', 'shop-spillover', 'illegal-ads', 'greenery', 'market-order', 'compound', 'behaviour', 'other');
  CREATE TYPE "public"."enum_resident_reports_photo_status" AS ENUM('none', 'pending', 'done', 'failed');
  CREATE TYPE "public"."enum_objections_status" AS ENUM('received', 'verifying', 'closed');
  CREATE TYPE "public"."enum_documents_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_documents_kind" AS ENUM('implementation-plan', 'plan', 'evaluation-system', 'regulation', 'annual-report', 'notice');
  CREATE TYPE "public"."enum_documents_validity" AS ENUM('effective', 'revised', 'repealed');
  CREATE TYPE "public"."enum_documents_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__documents_v_version_kind" AS ENUM('implementation-plan', 'plan', 'evaluation-system', 'regulation', 'annual-report', 'notice');
  CREATE TYPE "public"."enum__documents_v_version_validity" AS ENUM('effective', 'revised', 'repealed');
  CREATE TYPE "public"."enum__documents_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_projects_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_projects_campaign" AS ENUM('annual-ten', 'ten-projects', 'back-alleys', 'zebra-crossing', 'old-compounds', 'markets');
  CREATE TYPE "public"."enum_projects_stage" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum_projects_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__projects_v_version_campaign" AS ENUM('annual-ten', 'ten-projects', 'back-alleys', 'zebra-crossing', 'old-compounds', 'markets');
  CREATE TYPE "public"."enum__projects_v_version_stage" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum__projects_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_civility_titles_reviews_result" AS ENUM('pass', 'fail');
  CREATE TYPE "public"."enum_civility_titles_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_civility_titles_category" AS ENUM('unit', 'village', 'family', 'campus');
  CREATE TYPE "public"."enum_civility_titles_level" AS ENUM('national', 'province', 'city');
  CREATE TYPE "public"."enum_civility_titles_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_civility_titles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__civility_titles_v_version_reviews_result" AS ENUM('pass', 'fail');
  CREATE TYPE "public"."enum__civility_titles_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__civility_titles_v_version_category" AS ENUM('unit', 'village', 'family', 'campus');
  CREATE TYPE "public"."enum__civility_titles_v_version_level" AS ENUM('national', 'province', 'city');
  CREATE TYPE "public"."enum__civility_titles_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__civility_titles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_title_revocations_status" AS ENUM('pending', 'accepted', 'rejected');
  CREATE TYPE "public"."enum_volunteer_activities_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_volunteer_activities_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_volunteer_activities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_activities_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__volunteer_activities_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__volunteer_activities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_practice_centres_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_practice_centres_level" AS ENUM('centre', 'institute', 'station');
  CREATE TYPE "public"."enum_practice_centres_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_practice_centres_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practice_centres_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__practice_centres_v_version_level" AS ENUM('centre', 'institute', 'station');
  CREATE TYPE "public"."enum__practice_centres_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__practice_centres_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_volunteer_signups_status" AS ENUM('signed', 'cancelled');
  CREATE TYPE "public"."enum_news_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_news_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__news_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_topics_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_topics_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__topics_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quiz_answers_outcome" AS ENUM('right', 'wrong', 'skipped');
  CREATE TYPE "public"."enum_surveys_questions_kind" AS ENUM('single', 'multiple', 'scale', 'text');
  CREATE TYPE "public"."enum_surveys_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_surveys_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_surveys_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__surveys_v_version_questions_kind" AS ENUM('single', 'multiple', 'scale', 'text');
  CREATE TYPE "public"."enum__surveys_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__surveys_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__surveys_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_messages_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum_messages_category" AS ENUM('consult', 'suggest', 'complain', 'praise');
  CREATE TYPE "public"."enum_messages_rating" AS ENUM('satisfied', 'mostly-satisfied', 'dissatisfied');
  CREATE TYPE "public"."enum_messages_photo_status" AS ENUM('none', 'pending', 'done', 'failed');
  CREATE TYPE "public"."enum_messages_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__messages_v_version_review_log_action" AS ENUM('submitted', 'approved', 'rejected', 'returned-to-draft', 'force-published', 'edited-published', 'system', 'sensitive-flagged', 'sensitive-override');
  CREATE TYPE "public"."enum__messages_v_version_category" AS ENUM('consult', 'suggest', 'complain', 'praise');
  CREATE TYPE "public"."enum__messages_v_version_rating" AS ENUM('satisfied', 'mostly-satisfied', 'dissatisfied');
  CREATE TYPE "public"."enum__messages_v_version_photo_status" AS ENUM('none', 'pending', 'done', 'failed');
  CREATE TYPE "public"."enum__messages_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__messages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshOverdue', 'publishSite', 'eraseReportContacts', 'pruneRateSlots', 'processPhotos', 'sweepPendingPhotos', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshOverdue', 'publishSite', 'eraseReportContacts', 'pruneRateSlots', 'processPhotos', 'sweepPendingPhotos', 'schedulePublish');
  CREATE TYPE "public"."enum_workbench_settings_stale_thresholds_section" AS ENUM('bulletins', 'exposures', 'evaluation-rounds', 'tv-episodes', 'good-people', 'selection-rounds', 'public-ads', 'knowledge', 'documents', 'projects', 'civility-titles', 'volunteer-activities', 'practice-centres', 'news', 'topics', 'surveys', 'messages');
  CREATE TYPE "public"."enum_site_status_state" AS ENUM('idle', 'building', 'retrying', 'failed');
  CREATE TABLE "bulletins_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_bulletins_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "bulletins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"series" "enum_bulletins_series" DEFAULT 'supervision',
  	"date" timestamp(3) with time zone,
  	"issue_number" numeric,
  	"issue_year" numeric,
  	"issue_label" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"review_state" "enum_bulletins_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bulletins_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "bulletins_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"units_id" integer,
  	"exposures_id" integer,
  	"evaluation_rounds_id" integer
  );
  
  CREATE TABLE "_bulletins_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__bulletins_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bulletins_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_series" "enum__bulletins_v_version_series" DEFAULT 'supervision',
  	"version_date" timestamp(3) with time zone,
  	"version_issue_number" numeric,
  	"version_issue_year" numeric,
  	"version_issue_label" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_review_state" "enum__bulletins_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bulletins_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_bulletins_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"units_id" integer,
  	"exposures_id" integer,
  	"evaluation_rounds_id" integer
  );
  
  CREATE TABLE "evaluation_rounds_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"name" varchar,
  	"weight" numeric,
  	"max_score" numeric DEFAULT 100
  );
  
  CREATE TABLE "evaluation_rounds_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"indicator" varchar,
  	"score" numeric,
  	"not_applicable" boolean DEFAULT false
  );
  
  CREATE TABLE "evaluation_rounds_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"total" numeric,
  	"rank" numeric,
  	"list" "enum_evaluation_rounds_results_list",
  	"scores" jsonb,
  	"not_applicable" jsonb
  );
  
  CREATE TABLE "evaluation_rounds_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_evaluation_rounds_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "evaluation_rounds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"series" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"evaluator" "enum_evaluation_rounds_evaluator",
  	"list_size" numeric DEFAULT 3,
  	"slug" varchar,
  	"review_state" "enum_evaluation_rounds_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_evaluation_rounds_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_evaluation_rounds_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"name" varchar,
  	"weight" numeric,
  	"max_score" numeric DEFAULT 100,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_evaluation_rounds_v_version_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"indicator" varchar,
  	"score" numeric,
  	"not_applicable" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_evaluation_rounds_v_version_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"total" numeric,
  	"rank" numeric,
  	"list" "enum__evaluation_rounds_v_version_results_list",
  	"scores" jsonb,
  	"not_applicable" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_evaluation_rounds_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__evaluation_rounds_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_evaluation_rounds_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_series" varchar,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_evaluator" "enum__evaluation_rounds_v_version_evaluator",
  	"version_list_size" numeric DEFAULT 3,
  	"version_slug" varchar,
  	"version_review_state" "enum__evaluation_rounds_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__evaluation_rounds_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "exposures_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_exposures_status_history_status",
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "exposures_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_exposures_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "exposures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"place" varchar,
  	"coordinates_lat" numeric,
  	"coordinates_lng" numeric,
  	"found_at" timestamp(3) with time zone,
  	"unit_id" integer,
  	"deadline" timestamp(3) with time zone,
  	"original_deadline" timestamp(3) with time zone,
  	"rectification_status" "enum_exposures_rectification_status" DEFAULT 'pending',
  	"rectification_reply" varchar,
  	"rectification_rectified_at" timestamp(3) with time zone,
  	"supervision_state" "enum_exposures_supervision_state" DEFAULT 'none',
  	"supervision_label" varchar,
  	"supervision_year" numeric,
  	"supervision_number" numeric,
  	"supervision_issued_at" timestamp(3) with time zone,
  	"supervision_verified_at" timestamp(3) with time zone,
  	"supervision_verified_by_id" integer,
  	"supervision_return_reason" varchar,
  	"supervision_returned_at" timestamp(3) with time zone,
  	"urgency" numeric,
  	"reporter_name" varchar,
  	"reporter_phone" varchar,
  	"internal_notes" varchar,
  	"slug" varchar,
  	"review_state" "enum_exposures_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_exposures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "exposures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_exposures_v_version_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum__exposures_v_version_status_history_status",
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exposures_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__exposures_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exposures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_place" varchar,
  	"version_coordinates_lat" numeric,
  	"version_coordinates_lng" numeric,
  	"version_found_at" timestamp(3) with time zone,
  	"version_unit_id" integer,
  	"version_deadline" timestamp(3) with time zone,
  	"version_original_deadline" timestamp(3) with time zone,
  	"version_rectification_status" "enum__exposures_v_version_rectification_status" DEFAULT 'pending',
  	"version_rectification_reply" varchar,
  	"version_rectification_rectified_at" timestamp(3) with time zone,
  	"version_supervision_state" "enum__exposures_v_version_supervision_state" DEFAULT 'none',
  	"version_supervision_label" varchar,
  	"version_supervision_year" numeric,
  	"version_supervision_number" numeric,
  	"version_supervision_issued_at" timestamp(3) with time zone,
  	"version_supervision_verified_at" timestamp(3) with time zone,
  	"version_supervision_verified_by_id" integer,
  	"version_supervision_return_reason" varchar,
  	"version_supervision_returned_at" timestamp(3) with time zone,
  	"version_urgency" numeric,
  	"version_reporter_name" varchar,
  	"version_reporter_phone" varchar,
  	"version_internal_notes" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__exposures_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__exposures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_exposures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "tv_episodes_officials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"post" varchar,
  	"unit_id" integer
  );
  
  CREATE TABLE "tv_episodes_issues_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"text" varchar,
  	"result" "enum_tv_episodes_issues_follow_ups_result"
  );
  
  CREATE TABLE "tv_episodes_issues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"unit_id" integer,
  	"status" "enum_tv_episodes_issues_status" DEFAULT 'open',
  	"promise" varchar,
  	"promise_deadline" timestamp(3) with time zone,
  	"exposure_id" integer
  );
  
  CREATE TABLE "tv_episodes_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_tv_episodes_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "tv_episodes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"series" varchar,
  	"episode_number" numeric,
  	"air_date" timestamp(3) with time zone,
  	"cover_id" integer,
  	"video_id" integer,
  	"embed_url" varchar,
  	"summary" jsonb,
  	"issues_raised" numeric,
  	"issues_solved" numeric,
  	"open_promise_deadline" timestamp(3) with time zone,
  	"slug" varchar,
  	"review_state" "enum_tv_episodes_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tv_episodes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "tv_episodes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "_tv_episodes_v_version_officials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"post" varchar,
  	"unit_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tv_episodes_v_version_issues_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"text" varchar,
  	"result" "enum__tv_episodes_v_version_issues_follow_ups_result",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tv_episodes_v_version_issues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"unit_id" integer,
  	"status" "enum__tv_episodes_v_version_issues_status" DEFAULT 'open',
  	"promise" varchar,
  	"promise_deadline" timestamp(3) with time zone,
  	"exposure_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tv_episodes_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__tv_episodes_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tv_episodes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_series" varchar,
  	"version_episode_number" numeric,
  	"version_air_date" timestamp(3) with time zone,
  	"version_cover_id" integer,
  	"version_video_id" integer,
  	"version_embed_url" varchar,
  	"version_summary" jsonb,
  	"version_issues_raised" numeric,
  	"version_issues_solved" numeric,
  	"version_open_promise_deadline" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_review_state" "enum__tv_episodes_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tv_episodes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_tv_episodes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "good_people_promotions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_good_people_promotions_level",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "good_people_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_good_people_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "good_people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"photo_id" integer,
  	"story" jsonb,
  	"category" "enum_good_people_category",
  	"channel" "enum_good_people_channel",
  	"unit_id" integer,
  	"round_id" integer,
  	"level" "enum_good_people_level",
  	"slug" varchar,
  	"review_state" "enum_good_people_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_good_people_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_good_people_v_version_promotions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__good_people_v_version_promotions_level",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_good_people_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__good_people_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_good_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_title" varchar,
  	"version_photo_id" integer,
  	"version_story" jsonb,
  	"version_category" "enum__good_people_v_version_category",
  	"version_channel" "enum__good_people_v_version_channel",
  	"version_unit_id" integer,
  	"version_round_id" integer,
  	"version_level" "enum__good_people_v_version_level",
  	"version_slug" varchar,
  	"version_review_state" "enum__good_people_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__good_people_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "selection_rounds_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_selection_rounds_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "selection_rounds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"status" "enum_selection_rounds_round_status" DEFAULT 'nominating',
  	"description" varchar,
  	"notice_from" timestamp(3) with time zone,
  	"notice_to" timestamp(3) with time zone,
  	"slug" varchar,
  	"review_state" "enum_selection_rounds_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_selection_rounds_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_selection_rounds_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__selection_rounds_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_selection_rounds_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_status" "enum__selection_rounds_v_version_round_status" DEFAULT 'nominating',
  	"version_description" varchar,
  	"version_notice_from" timestamp(3) with time zone,
  	"version_notice_to" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_review_state" "enum__selection_rounds_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__selection_rounds_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "public_ads_placements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_public_ads_placements_kind",
  	"unit_id" integer,
  	"address" varchar
  );
  
  CREATE TABLE "public_ads_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_public_ads_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "public_ads_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_public_ads_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "public_ads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"series" varchar,
  	"format" "enum_public_ads_format",
  	"image_id" integer,
  	"video_id" integer,
  	"video_url" varchar,
  	"slogan" varchar,
  	"valid_from" timestamp(3) with time zone,
  	"valid_to" timestamp(3) with time zone,
  	"slug" varchar,
  	"review_state" "enum_public_ads_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_public_ads_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_public_ads_v_version_placements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__public_ads_v_version_placements_kind",
  	"unit_id" integer,
  	"address" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_public_ads_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__public_ads_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_public_ads_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__public_ads_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_public_ads_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_series" varchar,
  	"version_format" "enum__public_ads_v_version_format",
  	"version_image_id" integer,
  	"version_video_id" integer,
  	"version_video_url" varchar,
  	"version_slogan" varchar,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_to" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_review_state" "enum__public_ads_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__public_ads_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "knowledge_quiz_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "knowledge_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_knowledge_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "knowledge" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"topic" "enum_knowledge_topic",
  	"kind" "enum_knowledge_kind" DEFAULT 'qa',
  	"order" numeric DEFAULT 1,
  	"quiz_enabled" boolean DEFAULT false,
  	"quiz_question" varchar,
  	"quiz_correct" numeric,
  	"quiz_explanation" varchar,
  	"slug" varchar,
  	"review_state" "enum_knowledge_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_knowledge_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_knowledge_v_version_quiz_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_knowledge_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__knowledge_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_knowledge_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_topic" "enum__knowledge_v_version_topic",
  	"version_kind" "enum__knowledge_v_version_kind" DEFAULT 'qa',
  	"version_order" numeric DEFAULT 1,
  	"version_quiz_enabled" boolean DEFAULT false,
  	"version_quiz_question" varchar,
  	"version_quiz_correct" numeric,
  	"version_quiz_explanation" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__knowledge_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__knowledge_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"parent_id" integer,
  	"code" varchar,
  	"slug" varchar,
  	"accountability_flagged" boolean DEFAULT false,
  	"accountability_checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exposures_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"pending_change_alt" varchar,
  	"pending_change_credit" varchar,
  	"pending_change_requested_by_id" integer,
  	"pending_change_requested_at" timestamp(3) with time zone,
  	"pending_change_rejected_reason" varchar,
  	"public_use" boolean DEFAULT false,
  	"uploaded_by_id" integer,
  	"duration" numeric,
  	"video_codec" varchar,
  	"audio_codec" varchar,
  	"poster_id" integer,
  	"captions_id" integer,
  	"poster_file" varchar,
  	"captions_file" varchar,
  	"prefix" varchar DEFAULT 'uploads',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "issue_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"series" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"number" numeric NOT NULL,
  	"bulletin_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"suggestion" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accountability_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"form" "enum_accountability_records_form" NOT NULL,
  	"summary" varchar NOT NULL,
  	"bulletin_id" integer,
  	"status" "enum_accountability_records_status" DEFAULT 'confirmed',
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accountability_records_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exposures_id" integer
  );
  
  CREATE TABLE "deadline_extensions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"exposure_id" integer NOT NULL,
  	"unit_id" integer,
  	"reason" varchar NOT NULL,
  	"requested_deadline" timestamp(3) with time zone NOT NULL,
  	"status" "enum_deadline_extensions_status" DEFAULT 'pending',
  	"granted_deadline" timestamp(3) with time zone,
  	"decision_reason" varchar,
  	"requested_by_id" integer,
  	"requested_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "resident_reports_photo_hashes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"hash" varchar
  );
  
  CREATE TABLE "resident_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_resident_reports_status" DEFAULT 'received' NOT NULL,
  	"reject_reason" varchar,
  	"merged_into_id" integer,
  	"category" "enum_resident_reports_category" NOT NULL,
  	"description" varchar NOT NULL,
  	"place" varchar NOT NULL,
  	"coordinates_lat" numeric,
  	"coordinates_lng" numeric,
  	"unit_id" integer,
  	"convert_unit_id" integer,
  	"exposure_id" integer,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"contact_erased_at" timestamp(3) with time zone,
  	"handled_by_id" integer,
  	"tracking_hash" varchar,
  	"text_hash" varchar,
  	"photo_status" "enum_resident_reports_photo_status" DEFAULT 'none',
  	"photo_problem" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "resident_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "endorsements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nominee_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"browser" varchar NOT NULL,
  	"ip_hash" varchar,
  	"suspicious" boolean DEFAULT false,
  	"burst_last_hour" numeric,
  	"burst_previous_week" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "objections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"nominee_id" integer,
  	"title_id" integer,
  	"message" varchar NOT NULL,
  	"status" "enum_objections_status" DEFAULT 'received' NOT NULL,
  	"note" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"contact_erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "builder_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"holder" varchar,
  	"expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bucket" varchar NOT NULL,
  	"slot" numeric NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "documents_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_documents_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_documents_kind",
  	"doc_number" varchar,
  	"issuer_id" integer,
  	"issuer_name" varchar,
  	"signed_date" timestamp(3) with time zone,
  	"publish_date" timestamp(3) with time zone,
  	"validity" "enum_documents_validity" DEFAULT 'effective',
  	"replaced_by_id" integer,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"review_state" "enum_documents_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_documents_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__documents_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__documents_v_version_kind",
  	"version_doc_number" varchar,
  	"version_issuer_id" integer,
  	"version_issuer_name" varchar,
  	"version_signed_date" timestamp(3) with time zone,
  	"version_publish_date" timestamp(3) with time zone,
  	"version_validity" "enum__documents_v_version_validity" DEFAULT 'effective',
  	"version_replaced_by_id" integer,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_review_state" "enum__documents_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "projects_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"due_date" timestamp(3) with time zone,
  	"done_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "projects_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_projects_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"campaign" "enum_projects_campaign",
  	"year" numeric,
  	"unit_id" integer,
  	"target" varchar,
  	"description" jsonb,
  	"progress" numeric DEFAULT 0,
  	"progress_text" varchar,
  	"progress_date" timestamp(3) with time zone,
  	"status" "enum_projects_stage" DEFAULT 'planned',
  	"open_milestone_due" timestamp(3) with time zone,
  	"slug" varchar,
  	"review_state" "enum_projects_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_projects_v_version_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"due_date" timestamp(3) with time zone,
  	"done_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_projects_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__projects_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_campaign" "enum__projects_v_version_campaign",
  	"version_year" numeric,
  	"version_unit_id" integer,
  	"version_target" varchar,
  	"version_description" jsonb,
  	"version_progress" numeric DEFAULT 0,
  	"version_progress_text" varchar,
  	"version_progress_date" timestamp(3) with time zone,
  	"version_status" "enum__projects_v_version_stage" DEFAULT 'planned',
  	"version_open_milestone_due" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_review_state" "enum__projects_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_projects_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "civility_titles_reviews" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"result" "enum_civility_titles_reviews_result",
  	"note" varchar
  );
  
  CREATE TABLE "civility_titles_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_civility_titles_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "civility_titles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum_civility_titles_category",
  	"unit_id" integer,
  	"holder" varchar,
  	"level" "enum_civility_titles_level",
  	"year" numeric,
  	"issuer" varchar,
  	"citation" jsonb,
  	"notice_from" timestamp(3) with time zone,
  	"notice_to" timestamp(3) with time zone,
  	"revocation_date" timestamp(3) with time zone,
  	"revocation_reason" varchar,
  	"revocation_proposal_id" integer,
  	"slug" varchar,
  	"review_state" "enum_civility_titles_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_civility_titles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_civility_titles_v_version_reviews" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"result" "enum__civility_titles_v_version_reviews_result",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_civility_titles_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__civility_titles_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_civility_titles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_category" "enum__civility_titles_v_version_category",
  	"version_unit_id" integer,
  	"version_holder" varchar,
  	"version_level" "enum__civility_titles_v_version_level",
  	"version_year" numeric,
  	"version_issuer" varchar,
  	"version_citation" jsonb,
  	"version_notice_from" timestamp(3) with time zone,
  	"version_notice_to" timestamp(3) with time zone,
  	"version_revocation_date" timestamp(3) with time zone,
  	"version_revocation_reason" varchar,
  	"version_revocation_proposal_id" integer,
  	"version_slug" varchar,
  	"version_review_state" "enum__civility_titles_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__civility_titles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "title_revocations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"title_id" integer NOT NULL,
  	"record_id" integer NOT NULL,
  	"status" "enum_title_revocations_status" DEFAULT 'pending' NOT NULL,
  	"reason" varchar,
  	"revoked_on" timestamp(3) with time zone,
  	"reject_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "volunteer_activities_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_volunteer_activities_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "volunteer_activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"unit_id" integer,
  	"centre_id" integer,
  	"places" numeric,
  	"bring" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"review_state" "enum_volunteer_activities_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_volunteer_activities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "volunteer_activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_volunteer_activities_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__volunteer_activities_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_volunteer_activities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_unit_id" integer,
  	"version_centre_id" integer,
  	"version_places" numeric,
  	"version_bring" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_review_state" "enum__volunteer_activities_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__volunteer_activities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_volunteer_activities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "practice_centres_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"service" varchar
  );
  
  CREATE TABLE "practice_centres_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_practice_centres_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "practice_centres" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"level" "enum_practice_centres_level",
  	"unit_id" integer,
  	"street_id" integer,
  	"address" varchar,
  	"opening_hours" varchar,
  	"phone" varchar,
  	"intro" varchar,
  	"slug" varchar,
  	"review_state" "enum_practice_centres_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practice_centres_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_practice_centres_v_version_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"service" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practice_centres_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__practice_centres_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practice_centres_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_level" "enum__practice_centres_v_version_level",
  	"version_unit_id" integer,
  	"version_street_id" integer,
  	"version_address" varchar,
  	"version_opening_hours" varchar,
  	"version_phone" varchar,
  	"version_intro" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__practice_centres_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practice_centres_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "volunteer_signups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"activity_id" integer NOT NULL,
  	"unit_id" integer,
  	"status" "enum_volunteer_signups_status" DEFAULT 'signed' NOT NULL,
  	"roster" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"public_name" varchar,
  	"attended" boolean DEFAULT false,
  	"hours" numeric DEFAULT 0,
  	"recorded_by_id" integer,
  	"cancelled_at" timestamp(3) with time zone,
  	"contact_erased_at" timestamp(3) with time zone,
  	"phone_key" varchar,
  	"slot" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_news_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"date" timestamp(3) with time zone,
  	"source" varchar DEFAULT '示范市创城办',
  	"author" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"review_state" "enum_news_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "_news_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__news_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_source" varchar DEFAULT '示范市创城办',
  	"version_author" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_review_state" "enum__news_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "topics_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_topics_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"date" timestamp(3) with time zone,
  	"header_image_id" integer,
  	"intro" varchar,
  	"slug" varchar,
  	"review_state" "enum_topics_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bulletins_id" integer,
  	"exposures_id" integer,
  	"evaluation_rounds_id" integer,
  	"tv_episodes_id" integer,
  	"good_people_id" integer,
  	"selection_rounds_id" integer,
  	"public_ads_id" integer,
  	"knowledge_id" integer,
  	"documents_id" integer,
  	"projects_id" integer,
  	"civility_titles_id" integer,
  	"volunteer_activities_id" integer,
  	"practice_centres_id" integer,
  	"news_id" integer,
  	"surveys_id" integer,
  	"messages_id" integer
  );
  
  CREATE TABLE "_topics_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__topics_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_header_image_id" integer,
  	"version_intro" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__topics_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bulletins_id" integer,
  	"exposures_id" integer,
  	"evaluation_rounds_id" integer,
  	"tv_episodes_id" integer,
  	"good_people_id" integer,
  	"selection_rounds_id" integer,
  	"public_ads_id" integer,
  	"knowledge_id" integer,
  	"documents_id" integer,
  	"projects_id" integer,
  	"civility_titles_id" integer,
  	"volunteer_activities_id" integer,
  	"practice_centres_id" integer,
  	"news_id" integer,
  	"surveys_id" integer,
  	"messages_id" integer
  );
  
  CREATE TABLE "quiz_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"knowledge_id" integer NOT NULL,
  	"outcome" "enum_quiz_answers_outcome" NOT NULL,
  	"chosen" numeric,
  	"day" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_addresses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "surveys_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"correct" boolean
  );
  
  CREATE TABLE "surveys_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"kind" "enum_surveys_questions_kind" DEFAULT 'single',
  	"required" boolean DEFAULT true
  );
  
  CREATE TABLE "surveys_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_surveys_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"intro" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"ask_district" boolean DEFAULT false,
  	"public_results" boolean DEFAULT false,
  	"slug" varchar,
  	"review_state" "enum_surveys_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_surveys_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_surveys_v_version_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"correct" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"kind" "enum__surveys_v_version_questions_kind" DEFAULT 'single',
  	"required" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__surveys_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_surveys_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_ask_district" boolean DEFAULT false,
  	"version_public_results" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_review_state" "enum__surveys_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__surveys_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "survey_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"browser_key" varchar NOT NULL,
  	"network" varchar,
  	"net_slot" varchar,
  	"district_id" integer,
  	"answers" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "survey_tallies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"after" numeric NOT NULL,
  	"through" numeric NOT NULL,
  	"counts" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_photo_hashes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"hash" varchar
  );
  
  CREATE TABLE "messages_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_messages_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"category" "enum_messages_category",
  	"text" varchar,
  	"allow_public" boolean DEFAULT false,
  	"unit_id" integer,
  	"reply" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"received_at" timestamp(3) with time zone,
  	"routed_at" timestamp(3) with time zone,
  	"deadline" timestamp(3) with time zone,
  	"answered_at" timestamp(3) with time zone,
  	"rating" "enum_messages_rating",
  	"rated_at" timestamp(3) with time zone,
  	"contact_erased_at" timestamp(3) with time zone,
  	"tracking_hash" varchar,
  	"text_hash" varchar,
  	"photo_status" "enum_messages_photo_status" DEFAULT 'none',
  	"photo_problem" varchar,
  	"slug" varchar,
  	"review_state" "enum_messages_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"publish_reason" varchar,
  	"sensitive_override" varchar,
  	"last_edited_by_id" integer,
  	"feed_id" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_messages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_messages_v_version_photo_hashes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_messages_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__messages_v_version_review_log_action",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_messages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_category" "enum__messages_v_version_category",
  	"version_text" varchar,
  	"version_allow_public" boolean DEFAULT false,
  	"version_unit_id" integer,
  	"version_reply" varchar,
  	"version_contact_name" varchar,
  	"version_contact_phone" varchar,
  	"version_received_at" timestamp(3) with time zone,
  	"version_routed_at" timestamp(3) with time zone,
  	"version_deadline" timestamp(3) with time zone,
  	"version_answered_at" timestamp(3) with time zone,
  	"version_rating" "enum__messages_v_version_rating",
  	"version_rated_at" timestamp(3) with time zone,
  	"version_contact_erased_at" timestamp(3) with time zone,
  	"version_tracking_hash" varchar,
  	"version_text_hash" varchar,
  	"version_photo_status" "enum__messages_v_version_photo_status" DEFAULT 'none',
  	"version_photo_problem" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__messages_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_publish_reason" varchar,
  	"version_sensitive_override" varchar,
  	"version_last_edited_by_id" integer,
  	"version_feed_id" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__messages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_messages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "pending_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner" varchar NOT NULL,
  	"owner_id" varchar NOT NULL,
  	"position" numeric NOT NULL,
  	"alt" varchar,
  	"data" varchar NOT NULL,
  	"failure" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bulletins_id" integer,
  	"evaluation_rounds_id" integer,
  	"exposures_id" integer,
  	"tv_episodes_id" integer,
  	"good_people_id" integer,
  	"selection_rounds_id" integer,
  	"public_ads_id" integer,
  	"knowledge_id" integer,
  	"units_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"issue_claims_id" integer,
  	"sensitive_words_id" integer,
  	"accountability_records_id" integer,
  	"deadline_extensions_id" integer,
  	"resident_reports_id" integer,
  	"endorsements_id" integer,
  	"objections_id" integer,
  	"builder_leases_id" integer,
  	"rate_slots_id" integer,
  	"documents_id" integer,
  	"projects_id" integer,
  	"civility_titles_id" integer,
  	"title_revocations_id" integer,
  	"volunteer_activities_id" integer,
  	"practice_centres_id" integer,
  	"volunteer_signups_id" integer,
  	"news_id" integer,
  	"topics_id" integer,
  	"quiz_answers_id" integer,
  	"site_addresses_id" integer,
  	"surveys_id" integer,
  	"survey_responses_id" integer,
  	"survey_tallies_id" integer,
  	"messages_id" integer,
  	"pending_photos_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workbench_settings_stale_thresholds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"section" "enum_workbench_settings_stale_thresholds_section" NOT NULL,
  	"days" numeric DEFAULT 14 NOT NULL
  );
  
  CREATE TABLE "workbench_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_site_status_state" DEFAULT 'idle',
  	"retry_at" timestamp(3) with time zone,
  	"next_clock_change_at" timestamp(3) with time zone,
  	"pending" boolean,
  	"last_success_at" timestamp(3) with time zone,
  	"last_duration_ms" numeric,
  	"last_page_count" numeric,
  	"last_error" varchar,
  	"last_error_at" timestamp(3) with time zone,
  	"last_log" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_identity_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_identity" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar,
  	"sponsor" varchar,
  	"operator" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"address" varchar,
  	"site_code" varchar,
  	"icp" varchar,
  	"psb" varchar,
  	"identity_mark_id" integer,
  	"identity_mark_url" varchar,
  	"error_report_url" varchar,
  	"wechat_name" varchar,
  	"wechat_qr_id" integer,
  	"embed_origins" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "bulletins_review_log" ADD CONSTRAINT "bulletins_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins_review_log" ADD CONSTRAINT "bulletins_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_evaluation_rounds_fk" FOREIGN KEY ("evaluation_rounds_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_version_review_log" ADD CONSTRAINT "_bulletins_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v_version_review_log" ADD CONSTRAINT "_bulletins_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_parent_id_bulletins_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_evaluation_rounds_fk" FOREIGN KEY ("evaluation_rounds_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_indicators" ADD CONSTRAINT "evaluation_rounds_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_scores" ADD CONSTRAINT "evaluation_rounds_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_scores" ADD CONSTRAINT "evaluation_rounds_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_results" ADD CONSTRAINT "evaluation_rounds_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_results" ADD CONSTRAINT "evaluation_rounds_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_review_log" ADD CONSTRAINT "evaluation_rounds_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluation_rounds_review_log" ADD CONSTRAINT "evaluation_rounds_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_indicators" ADD CONSTRAINT "_evaluation_rounds_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_evaluation_rounds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_scores" ADD CONSTRAINT "_evaluation_rounds_v_version_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_scores" ADD CONSTRAINT "_evaluation_rounds_v_version_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_evaluation_rounds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_results" ADD CONSTRAINT "_evaluation_rounds_v_version_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_results" ADD CONSTRAINT "_evaluation_rounds_v_version_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_evaluation_rounds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_review_log" ADD CONSTRAINT "_evaluation_rounds_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v_version_review_log" ADD CONSTRAINT "_evaluation_rounds_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_evaluation_rounds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v" ADD CONSTRAINT "_evaluation_rounds_v_parent_id_evaluation_rounds_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evaluation_rounds_v" ADD CONSTRAINT "_evaluation_rounds_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exposures_status_history" ADD CONSTRAINT "exposures_status_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exposures_status_history" ADD CONSTRAINT "exposures_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exposures_review_log" ADD CONSTRAINT "exposures_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exposures_review_log" ADD CONSTRAINT "exposures_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exposures" ADD CONSTRAINT "exposures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exposures" ADD CONSTRAINT "exposures_supervision_verified_by_id_users_id_fk" FOREIGN KEY ("supervision_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exposures" ADD CONSTRAINT "exposures_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exposures_rels" ADD CONSTRAINT "exposures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exposures_rels" ADD CONSTRAINT "exposures_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exposures_v_version_status_history" ADD CONSTRAINT "_exposures_v_version_status_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exposures_v_version_status_history" ADD CONSTRAINT "_exposures_v_version_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exposures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exposures_v_version_review_log" ADD CONSTRAINT "_exposures_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exposures_v_version_review_log" ADD CONSTRAINT "_exposures_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exposures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exposures_v" ADD CONSTRAINT "_exposures_v_parent_id_exposures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exposures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exposures_v" ADD CONSTRAINT "_exposures_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exposures_v" ADD CONSTRAINT "_exposures_v_version_supervision_verified_by_id_users_id_fk" FOREIGN KEY ("version_supervision_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exposures_v" ADD CONSTRAINT "_exposures_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exposures_v_rels" ADD CONSTRAINT "_exposures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exposures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exposures_v_rels" ADD CONSTRAINT "_exposures_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_episodes_officials" ADD CONSTRAINT "tv_episodes_officials_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes_officials" ADD CONSTRAINT "tv_episodes_officials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_episodes_issues_follow_ups" ADD CONSTRAINT "tv_episodes_issues_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_episodes_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_episodes_issues" ADD CONSTRAINT "tv_episodes_issues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes_issues" ADD CONSTRAINT "tv_episodes_issues_exposure_id_exposures_id_fk" FOREIGN KEY ("exposure_id") REFERENCES "public"."exposures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes_issues" ADD CONSTRAINT "tv_episodes_issues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_episodes_review_log" ADD CONSTRAINT "tv_episodes_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes_review_log" ADD CONSTRAINT "tv_episodes_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_episodes" ADD CONSTRAINT "tv_episodes_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes" ADD CONSTRAINT "tv_episodes_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes" ADD CONSTRAINT "tv_episodes_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tv_episodes_rels" ADD CONSTRAINT "tv_episodes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tv_episodes_rels" ADD CONSTRAINT "tv_episodes_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_officials" ADD CONSTRAINT "_tv_episodes_v_version_officials_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_officials" ADD CONSTRAINT "_tv_episodes_v_version_officials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_issues_follow_ups" ADD CONSTRAINT "_tv_episodes_v_version_issues_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_episodes_v_version_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_issues" ADD CONSTRAINT "_tv_episodes_v_version_issues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_issues" ADD CONSTRAINT "_tv_episodes_v_version_issues_exposure_id_exposures_id_fk" FOREIGN KEY ("exposure_id") REFERENCES "public"."exposures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_issues" ADD CONSTRAINT "_tv_episodes_v_version_issues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_review_log" ADD CONSTRAINT "_tv_episodes_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_version_review_log" ADD CONSTRAINT "_tv_episodes_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tv_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v" ADD CONSTRAINT "_tv_episodes_v_parent_id_tv_episodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tv_episodes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v" ADD CONSTRAINT "_tv_episodes_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v" ADD CONSTRAINT "_tv_episodes_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v" ADD CONSTRAINT "_tv_episodes_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_rels" ADD CONSTRAINT "_tv_episodes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tv_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tv_episodes_v_rels" ADD CONSTRAINT "_tv_episodes_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "good_people_promotions" ADD CONSTRAINT "good_people_promotions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "good_people_promotions" ADD CONSTRAINT "good_people_promotions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."good_people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "good_people_review_log" ADD CONSTRAINT "good_people_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "good_people_review_log" ADD CONSTRAINT "good_people_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."good_people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "good_people" ADD CONSTRAINT "good_people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "good_people" ADD CONSTRAINT "good_people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "good_people" ADD CONSTRAINT "good_people_round_id_selection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "good_people" ADD CONSTRAINT "good_people_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v_version_promotions" ADD CONSTRAINT "_good_people_v_version_promotions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v_version_promotions" ADD CONSTRAINT "_good_people_v_version_promotions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_good_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_good_people_v_version_review_log" ADD CONSTRAINT "_good_people_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v_version_review_log" ADD CONSTRAINT "_good_people_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_good_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_good_people_v" ADD CONSTRAINT "_good_people_v_parent_id_good_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."good_people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v" ADD CONSTRAINT "_good_people_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v" ADD CONSTRAINT "_good_people_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v" ADD CONSTRAINT "_good_people_v_version_round_id_selection_rounds_id_fk" FOREIGN KEY ("version_round_id") REFERENCES "public"."selection_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_good_people_v" ADD CONSTRAINT "_good_people_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "selection_rounds_review_log" ADD CONSTRAINT "selection_rounds_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "selection_rounds_review_log" ADD CONSTRAINT "selection_rounds_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."selection_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "selection_rounds" ADD CONSTRAINT "selection_rounds_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_rounds_v_version_review_log" ADD CONSTRAINT "_selection_rounds_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_rounds_v_version_review_log" ADD CONSTRAINT "_selection_rounds_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_selection_rounds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_selection_rounds_v" ADD CONSTRAINT "_selection_rounds_v_parent_id_selection_rounds_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."selection_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_rounds_v" ADD CONSTRAINT "_selection_rounds_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_ads_placements" ADD CONSTRAINT "public_ads_placements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_ads_placements" ADD CONSTRAINT "public_ads_placements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_ads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_ads_themes" ADD CONSTRAINT "public_ads_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."public_ads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_ads_review_log" ADD CONSTRAINT "public_ads_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_ads_review_log" ADD CONSTRAINT "public_ads_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_ads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "public_ads" ADD CONSTRAINT "public_ads_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_ads" ADD CONSTRAINT "public_ads_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_ads" ADD CONSTRAINT "public_ads_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_ads_v_version_placements" ADD CONSTRAINT "_public_ads_v_version_placements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_ads_v_version_placements" ADD CONSTRAINT "_public_ads_v_version_placements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_public_ads_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_public_ads_v_version_themes" ADD CONSTRAINT "_public_ads_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_public_ads_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_public_ads_v_version_review_log" ADD CONSTRAINT "_public_ads_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_ads_v_version_review_log" ADD CONSTRAINT "_public_ads_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_public_ads_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_public_ads_v" ADD CONSTRAINT "_public_ads_v_parent_id_public_ads_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."public_ads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_ads_v" ADD CONSTRAINT "_public_ads_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_ads_v" ADD CONSTRAINT "_public_ads_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_ads_v" ADD CONSTRAINT "_public_ads_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_quiz_options" ADD CONSTRAINT "knowledge_quiz_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_review_log" ADD CONSTRAINT "knowledge_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_review_log" ADD CONSTRAINT "knowledge_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v_version_quiz_options" ADD CONSTRAINT "_knowledge_v_version_quiz_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v_version_review_log" ADD CONSTRAINT "_knowledge_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v_version_review_log" ADD CONSTRAINT "_knowledge_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_parent_id_knowledge_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_rels" ADD CONSTRAINT "units_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_rels" ADD CONSTRAINT "units_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_pending_change_requested_by_id_users_id_fk" FOREIGN KEY ("pending_change_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issue_claims" ADD CONSTRAINT "issue_claims_bulletin_id_bulletins_id_fk" FOREIGN KEY ("bulletin_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_bulletin_id_bulletins_id_fk" FOREIGN KEY ("bulletin_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_records_rels" ADD CONSTRAINT "accountability_records_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accountability_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accountability_records_rels" ADD CONSTRAINT "accountability_records_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_exposure_id_exposures_id_fk" FOREIGN KEY ("exposure_id") REFERENCES "public"."exposures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resident_reports_photo_hashes" ADD CONSTRAINT "resident_reports_photo_hashes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resident_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resident_reports" ADD CONSTRAINT "resident_reports_merged_into_id_resident_reports_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."resident_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resident_reports" ADD CONSTRAINT "resident_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resident_reports" ADD CONSTRAINT "resident_reports_convert_unit_id_units_id_fk" FOREIGN KEY ("convert_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resident_reports" ADD CONSTRAINT "resident_reports_exposure_id_exposures_id_fk" FOREIGN KEY ("exposure_id") REFERENCES "public"."exposures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resident_reports" ADD CONSTRAINT "resident_reports_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resident_reports_rels" ADD CONSTRAINT "resident_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resident_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resident_reports_rels" ADD CONSTRAINT "resident_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_nominee_id_good_people_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."good_people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "objections" ADD CONSTRAINT "objections_nominee_id_good_people_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."good_people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "objections" ADD CONSTRAINT "objections_title_id_civility_titles_id_fk" FOREIGN KEY ("title_id") REFERENCES "public"."civility_titles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_review_log" ADD CONSTRAINT "documents_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_review_log" ADD CONSTRAINT "documents_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_issuer_id_units_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_replaced_by_id_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_review_log" ADD CONSTRAINT "_documents_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_version_review_log" ADD CONSTRAINT "_documents_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_issuer_id_units_id_fk" FOREIGN KEY ("version_issuer_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_replaced_by_id_documents_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_milestones" ADD CONSTRAINT "projects_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_review_log" ADD CONSTRAINT "projects_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_review_log" ADD CONSTRAINT "projects_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_milestones" ADD CONSTRAINT "_projects_v_version_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_review_log" ADD CONSTRAINT "_projects_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_version_review_log" ADD CONSTRAINT "_projects_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "civility_titles_reviews" ADD CONSTRAINT "civility_titles_reviews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."civility_titles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "civility_titles_review_log" ADD CONSTRAINT "civility_titles_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "civility_titles_review_log" ADD CONSTRAINT "civility_titles_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."civility_titles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "civility_titles" ADD CONSTRAINT "civility_titles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "civility_titles" ADD CONSTRAINT "civility_titles_revocation_proposal_id_title_revocations_id_fk" FOREIGN KEY ("revocation_proposal_id") REFERENCES "public"."title_revocations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "civility_titles" ADD CONSTRAINT "civility_titles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_civility_titles_v_version_reviews" ADD CONSTRAINT "_civility_titles_v_version_reviews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_civility_titles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_civility_titles_v_version_review_log" ADD CONSTRAINT "_civility_titles_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_civility_titles_v_version_review_log" ADD CONSTRAINT "_civility_titles_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_civility_titles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_civility_titles_v" ADD CONSTRAINT "_civility_titles_v_parent_id_civility_titles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."civility_titles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_civility_titles_v" ADD CONSTRAINT "_civility_titles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_civility_titles_v" ADD CONSTRAINT "_civility_titles_v_version_revocation_proposal_id_title_revocations_id_fk" FOREIGN KEY ("version_revocation_proposal_id") REFERENCES "public"."title_revocations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_civility_titles_v" ADD CONSTRAINT "_civility_titles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "title_revocations" ADD CONSTRAINT "title_revocations_title_id_civility_titles_id_fk" FOREIGN KEY ("title_id") REFERENCES "public"."civility_titles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "title_revocations" ADD CONSTRAINT "title_revocations_record_id_accountability_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."accountability_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "title_revocations" ADD CONSTRAINT "title_revocations_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_activities_review_log" ADD CONSTRAINT "volunteer_activities_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_activities_review_log" ADD CONSTRAINT "volunteer_activities_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_activities" ADD CONSTRAINT "volunteer_activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_activities" ADD CONSTRAINT "volunteer_activities_centre_id_practice_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."practice_centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_activities" ADD CONSTRAINT "volunteer_activities_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_activities_rels" ADD CONSTRAINT "volunteer_activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_activities_rels" ADD CONSTRAINT "volunteer_activities_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v_version_review_log" ADD CONSTRAINT "_volunteer_activities_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v_version_review_log" ADD CONSTRAINT "_volunteer_activities_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v" ADD CONSTRAINT "_volunteer_activities_v_parent_id_volunteer_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v" ADD CONSTRAINT "_volunteer_activities_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v" ADD CONSTRAINT "_volunteer_activities_v_version_centre_id_practice_centres_id_fk" FOREIGN KEY ("version_centre_id") REFERENCES "public"."practice_centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v" ADD CONSTRAINT "_volunteer_activities_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v_rels" ADD CONSTRAINT "_volunteer_activities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_activities_v_rels" ADD CONSTRAINT "_volunteer_activities_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_centres_services" ADD CONSTRAINT "practice_centres_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practice_centres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_centres_review_log" ADD CONSTRAINT "practice_centres_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_centres_review_log" ADD CONSTRAINT "practice_centres_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practice_centres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_centres" ADD CONSTRAINT "practice_centres_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_centres" ADD CONSTRAINT "practice_centres_street_id_units_id_fk" FOREIGN KEY ("street_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_centres" ADD CONSTRAINT "practice_centres_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_centres_v_version_services" ADD CONSTRAINT "_practice_centres_v_version_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practice_centres_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practice_centres_v_version_review_log" ADD CONSTRAINT "_practice_centres_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_centres_v_version_review_log" ADD CONSTRAINT "_practice_centres_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practice_centres_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practice_centres_v" ADD CONSTRAINT "_practice_centres_v_parent_id_practice_centres_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practice_centres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_centres_v" ADD CONSTRAINT "_practice_centres_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_centres_v" ADD CONSTRAINT "_practice_centres_v_version_street_id_units_id_fk" FOREIGN KEY ("version_street_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practice_centres_v" ADD CONSTRAINT "_practice_centres_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_signups" ADD CONSTRAINT "volunteer_signups_activity_id_volunteer_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_signups" ADD CONSTRAINT "volunteer_signups_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_signups" ADD CONSTRAINT "volunteer_signups_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_review_log" ADD CONSTRAINT "news_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_review_log" ADD CONSTRAINT "news_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_review_log" ADD CONSTRAINT "_news_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_version_review_log" ADD CONSTRAINT "_news_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_review_log" ADD CONSTRAINT "topics_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_review_log" ADD CONSTRAINT "topics_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_header_image_id_media_id_fk" FOREIGN KEY ("header_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_bulletins_fk" FOREIGN KEY ("bulletins_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_evaluation_rounds_fk" FOREIGN KEY ("evaluation_rounds_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_tv_episodes_fk" FOREIGN KEY ("tv_episodes_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_good_people_fk" FOREIGN KEY ("good_people_id") REFERENCES "public"."good_people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_selection_rounds_fk" FOREIGN KEY ("selection_rounds_id") REFERENCES "public"."selection_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_public_ads_fk" FOREIGN KEY ("public_ads_id") REFERENCES "public"."public_ads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_civility_titles_fk" FOREIGN KEY ("civility_titles_id") REFERENCES "public"."civility_titles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_volunteer_activities_fk" FOREIGN KEY ("volunteer_activities_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_practice_centres_fk" FOREIGN KEY ("practice_centres_id") REFERENCES "public"."practice_centres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_review_log" ADD CONSTRAINT "_topics_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_version_review_log" ADD CONSTRAINT "_topics_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_header_image_id_media_id_fk" FOREIGN KEY ("version_header_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_bulletins_fk" FOREIGN KEY ("bulletins_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_evaluation_rounds_fk" FOREIGN KEY ("evaluation_rounds_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_tv_episodes_fk" FOREIGN KEY ("tv_episodes_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_good_people_fk" FOREIGN KEY ("good_people_id") REFERENCES "public"."good_people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_selection_rounds_fk" FOREIGN KEY ("selection_rounds_id") REFERENCES "public"."selection_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_public_ads_fk" FOREIGN KEY ("public_ads_id") REFERENCES "public"."public_ads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_civility_titles_fk" FOREIGN KEY ("civility_titles_id") REFERENCES "public"."civility_titles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_volunteer_activities_fk" FOREIGN KEY ("volunteer_activities_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_practice_centres_fk" FOREIGN KEY ("practice_centres_id") REFERENCES "public"."practice_centres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quiz_answers" ADD CONSTRAINT "quiz_answers_knowledge_id_knowledge_id_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys_questions_options" ADD CONSTRAINT "surveys_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_questions" ADD CONSTRAINT "surveys_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_review_log" ADD CONSTRAINT "surveys_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys_review_log" ADD CONSTRAINT "surveys_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys" ADD CONSTRAINT "surveys_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_questions_options" ADD CONSTRAINT "_surveys_v_version_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_questions" ADD CONSTRAINT "_surveys_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_review_log" ADD CONSTRAINT "_surveys_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v_version_review_log" ADD CONSTRAINT "_surveys_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_surveys_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_surveys_v" ADD CONSTRAINT "_surveys_v_parent_id_surveys_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_surveys_v" ADD CONSTRAINT "_surveys_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_district_id_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_photo_hashes" ADD CONSTRAINT "messages_photo_hashes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_review_log" ADD CONSTRAINT "messages_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_review_log" ADD CONSTRAINT "messages_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_messages_v_version_photo_hashes" ADD CONSTRAINT "_messages_v_version_photo_hashes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_messages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_messages_v_version_review_log" ADD CONSTRAINT "_messages_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_messages_v_version_review_log" ADD CONSTRAINT "_messages_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_messages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_messages_v" ADD CONSTRAINT "_messages_v_parent_id_messages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_messages_v" ADD CONSTRAINT "_messages_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_messages_v" ADD CONSTRAINT "_messages_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_messages_v_rels" ADD CONSTRAINT "_messages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_messages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_messages_v_rels" ADD CONSTRAINT "_messages_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletins_fk" FOREIGN KEY ("bulletins_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_rounds_fk" FOREIGN KEY ("evaluation_rounds_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exposures_fk" FOREIGN KEY ("exposures_id") REFERENCES "public"."exposures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tv_episodes_fk" FOREIGN KEY ("tv_episodes_id") REFERENCES "public"."tv_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_good_people_fk" FOREIGN KEY ("good_people_id") REFERENCES "public"."good_people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_selection_rounds_fk" FOREIGN KEY ("selection_rounds_id") REFERENCES "public"."selection_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_ads_fk" FOREIGN KEY ("public_ads_id") REFERENCES "public"."public_ads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issue_claims_fk" FOREIGN KEY ("issue_claims_id") REFERENCES "public"."issue_claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accountability_records_fk" FOREIGN KEY ("accountability_records_id") REFERENCES "public"."accountability_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deadline_extensions_fk" FOREIGN KEY ("deadline_extensions_id") REFERENCES "public"."deadline_extensions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resident_reports_fk" FOREIGN KEY ("resident_reports_id") REFERENCES "public"."resident_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_endorsements_fk" FOREIGN KEY ("endorsements_id") REFERENCES "public"."endorsements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_objections_fk" FOREIGN KEY ("objections_id") REFERENCES "public"."objections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_builder_leases_fk" FOREIGN KEY ("builder_leases_id") REFERENCES "public"."builder_leases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_slots_fk" FOREIGN KEY ("rate_slots_id") REFERENCES "public"."rate_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_civility_titles_fk" FOREIGN KEY ("civility_titles_id") REFERENCES "public"."civility_titles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_title_revocations_fk" FOREIGN KEY ("title_revocations_id") REFERENCES "public"."title_revocations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_activities_fk" FOREIGN KEY ("volunteer_activities_id") REFERENCES "public"."volunteer_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practice_centres_fk" FOREIGN KEY ("practice_centres_id") REFERENCES "public"."practice_centres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_signups_fk" FOREIGN KEY ("volunteer_signups_id") REFERENCES "public"."volunteer_signups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_answers_fk" FOREIGN KEY ("quiz_answers_id") REFERENCES "public"."quiz_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_addresses_fk" FOREIGN KEY ("site_addresses_id") REFERENCES "public"."site_addresses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_responses_fk" FOREIGN KEY ("survey_responses_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_tallies_fk" FOREIGN KEY ("survey_tallies_id") REFERENCES "public"."survey_tallies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pending_photos_fk" FOREIGN KEY ("pending_photos_id") REFERENCES "public"."pending_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workbench_settings_stale_thresholds" ADD CONSTRAINT "workbench_settings_stale_thresholds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workbench_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_identity_footer_links" ADD CONSTRAINT "site_identity_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_identity"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_identity" ADD CONSTRAINT "site_identity_identity_mark_id_media_id_fk" FOREIGN KEY ("identity_mark_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_identity" ADD CONSTRAINT "site_identity_wechat_qr_id_media_id_fk" FOREIGN KEY ("wechat_qr_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "bulletins_review_log_order_idx" ON "bulletins_review_log" USING btree ("_order");
  CREATE INDEX "bulletins_review_log_parent_id_idx" ON "bulletins_review_log" USING btree ("_parent_id");
  CREATE INDEX "bulletins_review_log_by_idx" ON "bulletins_review_log" USING btree ("by_id");
  CREATE INDEX "bulletins_series_idx" ON "bulletins" USING btree ("series");
  CREATE INDEX "bulletins_date_idx" ON "bulletins" USING btree ("date");
  CREATE INDEX "bulletins_cover_idx" ON "bulletins" USING btree ("cover_id");
  CREATE UNIQUE INDEX "bulletins_slug_idx" ON "bulletins" USING btree ("slug");
  CREATE INDEX "bulletins_review_state_idx" ON "bulletins" USING btree ("review_state");
  CREATE INDEX "bulletins_last_edited_by_idx" ON "bulletins" USING btree ("last_edited_by_id");
  CREATE INDEX "bulletins_feed_id_idx" ON "bulletins" USING btree ("feed_id");
  CREATE INDEX "bulletins_updated_at_idx" ON "bulletins" USING btree ("updated_at");
  CREATE INDEX "bulletins_created_at_idx" ON "bulletins" USING btree ("created_at");
  CREATE INDEX "bulletins__status_idx" ON "bulletins" USING btree ("_status");
  CREATE INDEX "_status_date_idx" ON "bulletins" USING btree ("_status","date");
  CREATE INDEX "bulletins_rels_order_idx" ON "bulletins_rels" USING btree ("order");
  CREATE INDEX "bulletins_rels_parent_idx" ON "bulletins_rels" USING btree ("parent_id");
  CREATE INDEX "bulletins_rels_path_idx" ON "bulletins_rels" USING btree ("path");
  CREATE INDEX "bulletins_rels_media_id_idx" ON "bulletins_rels" USING btree ("media_id");
  CREATE INDEX "bulletins_rels_units_id_idx" ON "bulletins_rels" USING btree ("units_id");
  CREATE INDEX "bulletins_rels_exposures_id_idx" ON "bulletins_rels" USING btree ("exposures_id");
  CREATE INDEX "bulletins_rels_evaluation_rounds_id_idx" ON "bulletins_rels" USING btree ("evaluation_rounds_id");
  CREATE INDEX "_bulletins_v_version_review_log_order_idx" ON "_bulletins_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_bulletins_v_version_review_log_parent_id_idx" ON "_bulletins_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_bulletins_v_version_review_log_by_idx" ON "_bulletins_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_bulletins_v_parent_idx" ON "_bulletins_v" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_version_version_series_idx" ON "_bulletins_v" USING btree ("version_series");
  CREATE INDEX "_bulletins_v_version_version_date_idx" ON "_bulletins_v" USING btree ("version_date");
  CREATE INDEX "_bulletins_v_version_version_cover_idx" ON "_bulletins_v" USING btree ("version_cover_id");
  CREATE INDEX "_bulletins_v_version_version_slug_idx" ON "_bulletins_v" USING btree ("version_slug");
  CREATE INDEX "_bulletins_v_version_version_review_state_idx" ON "_bulletins_v" USING btree ("version_review_state");
  CREATE INDEX "_bulletins_v_version_version_last_edited_by_idx" ON "_bulletins_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_bulletins_v_version_version_feed_id_idx" ON "_bulletins_v" USING btree ("version_feed_id");
  CREATE INDEX "_bulletins_v_version_version_updated_at_idx" ON "_bulletins_v" USING btree ("version_updated_at");
  CREATE INDEX "_bulletins_v_version_version_created_at_idx" ON "_bulletins_v" USING btree ("version_created_at");
  CREATE INDEX "_bulletins_v_version_version__status_idx" ON "_bulletins_v" USING btree ("version__status");
  CREATE INDEX "_bulletins_v_created_at_idx" ON "_bulletins_v" USING btree ("created_at");
  CREATE INDEX "_bulletins_v_updated_at_idx" ON "_bulletins_v" USING btree ("updated_at");
  CREATE INDEX "_bulletins_v_latest_idx" ON "_bulletins_v" USING btree ("latest");
  CREATE INDEX "version__status_version_date_idx" ON "_bulletins_v" USING btree ("version__status","version_date");
  CREATE INDEX "_bulletins_v_rels_order_idx" ON "_bulletins_v_rels" USING btree ("order");
  CREATE INDEX "_bulletins_v_rels_parent_idx" ON "_bulletins_v_rels" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_rels_path_idx" ON "_bulletins_v_rels" USING btree ("path");
  CREATE INDEX "_bulletins_v_rels_media_id_idx" ON "_bulletins_v_rels" USING btree ("media_id");
  CREATE INDEX "_bulletins_v_rels_units_id_idx" ON "_bulletins_v_rels" USING btree ("units_id");
  CREATE INDEX "_bulletins_v_rels_exposures_id_idx" ON "_bulletins_v_rels" USING btree ("exposures_id");
  CREATE INDEX "_bulletins_v_rels_evaluation_rounds_id_idx" ON "_bulletins_v_rels" USING btree ("evaluation_rounds_id");
  CREATE INDEX "evaluation_rounds_indicators_order_idx" ON "evaluation_rounds_indicators" USING btree ("_order");
  CREATE INDEX "evaluation_rounds_indicators_parent_id_idx" ON "evaluation_rounds_indicators" USING btree ("_parent_id");
  CREATE INDEX "evaluation_rounds_scores_order_idx" ON "evaluation_rounds_scores" USING btree ("_order");
  CREATE INDEX "evaluation_rounds_scores_parent_id_idx" ON "evaluation_rounds_scores" USING btree ("_parent_id");
  CREATE INDEX "evaluation_rounds_scores_unit_idx" ON "evaluation_rounds_scores" USING btree ("unit_id");
  CREATE INDEX "evaluation_rounds_results_order_idx" ON "evaluation_rounds_results" USING btree ("_order");
  CREATE INDEX "evaluation_rounds_results_parent_id_idx" ON "evaluation_rounds_results" USING btree ("_parent_id");
  CREATE INDEX "evaluation_rounds_results_unit_idx" ON "evaluation_rounds_results" USING btree ("unit_id");
  CREATE INDEX "evaluation_rounds_review_log_order_idx" ON "evaluation_rounds_review_log" USING btree ("_order");
  CREATE INDEX "evaluation_rounds_review_log_parent_id_idx" ON "evaluation_rounds_review_log" USING btree ("_parent_id");
  CREATE INDEX "evaluation_rounds_review_log_by_idx" ON "evaluation_rounds_review_log" USING btree ("by_id");
  CREATE INDEX "evaluation_rounds_series_idx" ON "evaluation_rounds" USING btree ("series");
  CREATE INDEX "evaluation_rounds_period_period_start_idx" ON "evaluation_rounds" USING btree ("period_start");
  CREATE UNIQUE INDEX "evaluation_rounds_slug_idx" ON "evaluation_rounds" USING btree ("slug");
  CREATE INDEX "evaluation_rounds_review_state_idx" ON "evaluation_rounds" USING btree ("review_state");
  CREATE INDEX "evaluation_rounds_last_edited_by_idx" ON "evaluation_rounds" USING btree ("last_edited_by_id");
  CREATE INDEX "evaluation_rounds_feed_id_idx" ON "evaluation_rounds" USING btree ("feed_id");
  CREATE INDEX "evaluation_rounds_updated_at_idx" ON "evaluation_rounds" USING btree ("updated_at");
  CREATE INDEX "evaluation_rounds_created_at_idx" ON "evaluation_rounds" USING btree ("created_at");
  CREATE INDEX "evaluation_rounds__status_idx" ON "evaluation_rounds" USING btree ("_status");
  CREATE INDEX "_status_period_start_idx" ON "evaluation_rounds" USING btree ("_status","period_start");
  CREATE INDEX "_evaluation_rounds_v_version_indicators_order_idx" ON "_evaluation_rounds_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_evaluation_rounds_v_version_indicators_parent_id_idx" ON "_evaluation_rounds_v_version_indicators" USING btree ("_parent_id");
  CREATE INDEX "_evaluation_rounds_v_version_scores_order_idx" ON "_evaluation_rounds_v_version_scores" USING btree ("_order");
  CREATE INDEX "_evaluation_rounds_v_version_scores_parent_id_idx" ON "_evaluation_rounds_v_version_scores" USING btree ("_parent_id");
  CREATE INDEX "_evaluation_rounds_v_version_scores_unit_idx" ON "_evaluation_rounds_v_version_scores" USING btree ("unit_id");
  CREATE INDEX "_evaluation_rounds_v_version_results_order_idx" ON "_evaluation_rounds_v_version_results" USING btree ("_order");
  CREATE INDEX "_evaluation_rounds_v_version_results_parent_id_idx" ON "_evaluation_rounds_v_version_results" USING btree ("_parent_id");
  CREATE INDEX "_evaluation_rounds_v_version_results_unit_idx" ON "_evaluation_rounds_v_version_results" USING btree ("unit_id");
  CREATE INDEX "_evaluation_rounds_v_version_review_log_order_idx" ON "_evaluation_rounds_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_evaluation_rounds_v_version_review_log_parent_id_idx" ON "_evaluation_rounds_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_evaluation_rounds_v_version_review_log_by_idx" ON "_evaluation_rounds_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_evaluation_rounds_v_parent_idx" ON "_evaluation_rounds_v" USING btree ("parent_id");
  CREATE INDEX "_evaluation_rounds_v_version_version_series_idx" ON "_evaluation_rounds_v" USING btree ("version_series");
  CREATE INDEX "_evaluation_rounds_v_version_period_version_period_start_idx" ON "_evaluation_rounds_v" USING btree ("version_period_start");
  CREATE INDEX "_evaluation_rounds_v_version_version_slug_idx" ON "_evaluation_rounds_v" USING btree ("version_slug");
  CREATE INDEX "_evaluation_rounds_v_version_version_review_state_idx" ON "_evaluation_rounds_v" USING btree ("version_review_state");
  CREATE INDEX "_evaluation_rounds_v_version_version_last_edited_by_idx" ON "_evaluation_rounds_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_evaluation_rounds_v_version_version_feed_id_idx" ON "_evaluation_rounds_v" USING btree ("version_feed_id");
  CREATE INDEX "_evaluation_rounds_v_version_version_updated_at_idx" ON "_evaluation_rounds_v" USING btree ("version_updated_at");
  CREATE INDEX "_evaluation_rounds_v_version_version_created_at_idx" ON "_evaluation_rounds_v" USING btree ("version_created_at");
  CREATE INDEX "_evaluation_rounds_v_version_version__status_idx" ON "_evaluation_rounds_v" USING btree ("version__status");
  CREATE INDEX "_evaluation_rounds_v_created_at_idx" ON "_evaluation_rounds_v" USING btree ("created_at");
  CREATE INDEX "_evaluation_rounds_v_updated_at_idx" ON "_evaluation_rounds_v" USING btree ("updated_at");
  CREATE INDEX "_evaluation_rounds_v_latest_idx" ON "_evaluation_rounds_v" USING btree ("latest");
  CREATE INDEX "version__status_version_period_start_idx" ON "_evaluation_rounds_v" USING btree ("version__status","version_period_start");
  CREATE INDEX "exposures_status_history_order_idx" ON "exposures_status_history" USING btree ("_order");
  CREATE INDEX "exposures_status_history_parent_id_idx" ON "exposures_status_history" USING btree ("_parent_id");
  CREATE INDEX "exposures_status_history_by_idx" ON "exposures_status_history" USING btree ("by_id");
  CREATE INDEX "exposures_review_log_order_idx" ON "exposures_review_log" USING btree ("_order");
  CREATE INDEX "exposures_review_log_parent_id_idx" ON "exposures_review_log" USING btree ("_parent_id");
  CREATE INDEX "exposures_review_log_by_idx" ON "exposures_review_log" USING btree ("by_id");
  CREATE INDEX "exposures_unit_idx" ON "exposures" USING btree ("unit_id");
  CREATE INDEX "exposures_deadline_idx" ON "exposures" USING btree ("deadline");
  CREATE INDEX "exposures_rectification_rectification_status_idx" ON "exposures" USING btree ("rectification_status");
  CREATE INDEX "exposures_supervision_supervision_state_idx" ON "exposures" USING btree ("supervision_state");
  CREATE INDEX "exposures_supervision_supervision_verified_by_idx" ON "exposures" USING btree ("supervision_verified_by_id");
  CREATE INDEX "exposures_urgency_idx" ON "exposures" USING btree ("urgency");
  CREATE UNIQUE INDEX "exposures_slug_idx" ON "exposures" USING btree ("slug");
  CREATE INDEX "exposures_review_state_idx" ON "exposures" USING btree ("review_state");
  CREATE INDEX "exposures_last_edited_by_idx" ON "exposures" USING btree ("last_edited_by_id");
  CREATE INDEX "exposures_feed_id_idx" ON "exposures" USING btree ("feed_id");
  CREATE INDEX "exposures_updated_at_idx" ON "exposures" USING btree ("updated_at");
  CREATE INDEX "exposures_created_at_idx" ON "exposures" USING btree ("created_at");
  CREATE INDEX "exposures__status_idx" ON "exposures" USING btree ("_status");
  CREATE INDEX "_status_urgency_deadline_idx" ON "exposures" USING btree ("_status","urgency","deadline");
  CREATE INDEX "exposures_rels_order_idx" ON "exposures_rels" USING btree ("order");
  CREATE INDEX "exposures_rels_parent_idx" ON "exposures_rels" USING btree ("parent_id");
  CREATE INDEX "exposures_rels_path_idx" ON "exposures_rels" USING btree ("path");
  CREATE INDEX "exposures_rels_media_id_idx" ON "exposures_rels" USING btree ("media_id");
  CREATE INDEX "_exposures_v_version_status_history_order_idx" ON "_exposures_v_version_status_history" USING btree ("_order");
  CREATE INDEX "_exposures_v_version_status_history_parent_id_idx" ON "_exposures_v_version_status_history" USING btree ("_parent_id");
  CREATE INDEX "_exposures_v_version_status_history_by_idx" ON "_exposures_v_version_status_history" USING btree ("by_id");
  CREATE INDEX "_exposures_v_version_review_log_order_idx" ON "_exposures_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_exposures_v_version_review_log_parent_id_idx" ON "_exposures_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_exposures_v_version_review_log_by_idx" ON "_exposures_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_exposures_v_parent_idx" ON "_exposures_v" USING btree ("parent_id");
  CREATE INDEX "_exposures_v_version_version_unit_idx" ON "_exposures_v" USING btree ("version_unit_id");
  CREATE INDEX "_exposures_v_version_version_deadline_idx" ON "_exposures_v" USING btree ("version_deadline");
  CREATE INDEX "_exposures_v_version_rectification_version_rectification_idx" ON "_exposures_v" USING btree ("version_rectification_status");
  CREATE INDEX "_exposures_v_version_supervision_version_supervision_sta_idx" ON "_exposures_v" USING btree ("version_supervision_state");
  CREATE INDEX "_exposures_v_version_supervision_version_supervision_ver_idx" ON "_exposures_v" USING btree ("version_supervision_verified_by_id");
  CREATE INDEX "_exposures_v_version_version_urgency_idx" ON "_exposures_v" USING btree ("version_urgency");
  CREATE INDEX "_exposures_v_version_version_slug_idx" ON "_exposures_v" USING btree ("version_slug");
  CREATE INDEX "_exposures_v_version_version_review_state_idx" ON "_exposures_v" USING btree ("version_review_state");
  CREATE INDEX "_exposures_v_version_version_last_edited_by_idx" ON "_exposures_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_exposures_v_version_version_feed_id_idx" ON "_exposures_v" USING btree ("version_feed_id");
  CREATE INDEX "_exposures_v_version_version_updated_at_idx" ON "_exposures_v" USING btree ("version_updated_at");
  CREATE INDEX "_exposures_v_version_version_created_at_idx" ON "_exposures_v" USING btree ("version_created_at");
  CREATE INDEX "_exposures_v_version_version__status_idx" ON "_exposures_v" USING btree ("version__status");
  CREATE INDEX "_exposures_v_created_at_idx" ON "_exposures_v" USING btree ("created_at");
  CREATE INDEX "_exposures_v_updated_at_idx" ON "_exposures_v" USING btree ("updated_at");
  CREATE INDEX "_exposures_v_latest_idx" ON "_exposures_v" USING btree ("latest");
  CREATE INDEX "version__status_version_urgency_version_deadline_idx" ON "_exposures_v" USING btree ("version__status","version_urgency","version_deadline");
  CREATE INDEX "_exposures_v_rels_order_idx" ON "_exposures_v_rels" USING btree ("order");
  CREATE INDEX "_exposures_v_rels_parent_idx" ON "_exposures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_exposures_v_rels_path_idx" ON "_exposures_v_rels" USING btree ("path");
  CREATE INDEX "_exposures_v_rels_media_id_idx" ON "_exposures_v_rels" USING btree ("media_id");
  CREATE INDEX "tv_episodes_officials_order_idx" ON "tv_episodes_officials" USING btree ("_order");
  CREATE INDEX "tv_episodes_officials_parent_id_idx" ON "tv_episodes_officials" USING btree ("_parent_id");
  CREATE INDEX "tv_episodes_officials_unit_idx" ON "tv_episodes_officials" USING btree ("unit_id");
  CREATE INDEX "tv_episodes_issues_follow_ups_order_idx" ON "tv_episodes_issues_follow_ups" USING btree ("_order");
  CREATE INDEX "tv_episodes_issues_follow_ups_parent_id_idx" ON "tv_episodes_issues_follow_ups" USING btree ("_parent_id");
  CREATE INDEX "tv_episodes_issues_order_idx" ON "tv_episodes_issues" USING btree ("_order");
  CREATE INDEX "tv_episodes_issues_parent_id_idx" ON "tv_episodes_issues" USING btree ("_parent_id");
  CREATE INDEX "tv_episodes_issues_unit_idx" ON "tv_episodes_issues" USING btree ("unit_id");
  CREATE INDEX "tv_episodes_issues_exposure_idx" ON "tv_episodes_issues" USING btree ("exposure_id");
  CREATE INDEX "tv_episodes_review_log_order_idx" ON "tv_episodes_review_log" USING btree ("_order");
  CREATE INDEX "tv_episodes_review_log_parent_id_idx" ON "tv_episodes_review_log" USING btree ("_parent_id");
  CREATE INDEX "tv_episodes_review_log_by_idx" ON "tv_episodes_review_log" USING btree ("by_id");
  CREATE INDEX "tv_episodes_series_idx" ON "tv_episodes" USING btree ("series");
  CREATE INDEX "tv_episodes_air_date_idx" ON "tv_episodes" USING btree ("air_date");
  CREATE INDEX "tv_episodes_cover_idx" ON "tv_episodes" USING btree ("cover_id");
  CREATE INDEX "tv_episodes_video_idx" ON "tv_episodes" USING btree ("video_id");
  CREATE INDEX "tv_episodes_open_promise_deadline_idx" ON "tv_episodes" USING btree ("open_promise_deadline");
  CREATE UNIQUE INDEX "tv_episodes_slug_idx" ON "tv_episodes" USING btree ("slug");
  CREATE INDEX "tv_episodes_review_state_idx" ON "tv_episodes" USING btree ("review_state");
  CREATE INDEX "tv_episodes_last_edited_by_idx" ON "tv_episodes" USING btree ("last_edited_by_id");
  CREATE INDEX "tv_episodes_feed_id_idx" ON "tv_episodes" USING btree ("feed_id");
  CREATE INDEX "tv_episodes_updated_at_idx" ON "tv_episodes" USING btree ("updated_at");
  CREATE INDEX "tv_episodes_created_at_idx" ON "tv_episodes" USING btree ("created_at");
  CREATE INDEX "tv_episodes__status_idx" ON "tv_episodes" USING btree ("_status");
  CREATE UNIQUE INDEX "series_episodeNumber_idx" ON "tv_episodes" USING btree ("series","episode_number");
  CREATE INDEX "_status_airDate_idx" ON "tv_episodes" USING btree ("_status","air_date");
  CREATE INDEX "tv_episodes_rels_order_idx" ON "tv_episodes_rels" USING btree ("order");
  CREATE INDEX "tv_episodes_rels_parent_idx" ON "tv_episodes_rels" USING btree ("parent_id");
  CREATE INDEX "tv_episodes_rels_path_idx" ON "tv_episodes_rels" USING btree ("path");
  CREATE INDEX "tv_episodes_rels_units_id_idx" ON "tv_episodes_rels" USING btree ("units_id");
  CREATE INDEX "_tv_episodes_v_version_officials_order_idx" ON "_tv_episodes_v_version_officials" USING btree ("_order");
  CREATE INDEX "_tv_episodes_v_version_officials_parent_id_idx" ON "_tv_episodes_v_version_officials" USING btree ("_parent_id");
  CREATE INDEX "_tv_episodes_v_version_officials_unit_idx" ON "_tv_episodes_v_version_officials" USING btree ("unit_id");
  CREATE INDEX "_tv_episodes_v_version_issues_follow_ups_order_idx" ON "_tv_episodes_v_version_issues_follow_ups" USING btree ("_order");
  CREATE INDEX "_tv_episodes_v_version_issues_follow_ups_parent_id_idx" ON "_tv_episodes_v_version_issues_follow_ups" USING btree ("_parent_id");
  CREATE INDEX "_tv_episodes_v_version_issues_order_idx" ON "_tv_episodes_v_version_issues" USING btree ("_order");
  CREATE INDEX "_tv_episodes_v_version_issues_parent_id_idx" ON "_tv_episodes_v_version_issues" USING btree ("_parent_id");
  CREATE INDEX "_tv_episodes_v_version_issues_unit_idx" ON "_tv_episodes_v_version_issues" USING btree ("unit_id");
  CREATE INDEX "_tv_episodes_v_version_issues_exposure_idx" ON "_tv_episodes_v_version_issues" USING btree ("exposure_id");
  CREATE INDEX "_tv_episodes_v_version_review_log_order_idx" ON "_tv_episodes_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_tv_episodes_v_version_review_log_parent_id_idx" ON "_tv_episodes_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_tv_episodes_v_version_review_log_by_idx" ON "_tv_episodes_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_tv_episodes_v_parent_idx" ON "_tv_episodes_v" USING btree ("parent_id");
  CREATE INDEX "_tv_episodes_v_version_version_series_idx" ON "_tv_episodes_v" USING btree ("version_series");
  CREATE INDEX "_tv_episodes_v_version_version_air_date_idx" ON "_tv_episodes_v" USING btree ("version_air_date");
  CREATE INDEX "_tv_episodes_v_version_version_cover_idx" ON "_tv_episodes_v" USING btree ("version_cover_id");
  CREATE INDEX "_tv_episodes_v_version_version_video_idx" ON "_tv_episodes_v" USING btree ("version_video_id");
  CREATE INDEX "_tv_episodes_v_version_version_open_promise_deadline_idx" ON "_tv_episodes_v" USING btree ("version_open_promise_deadline");
  CREATE INDEX "_tv_episodes_v_version_version_slug_idx" ON "_tv_episodes_v" USING btree ("version_slug");
  CREATE INDEX "_tv_episodes_v_version_version_review_state_idx" ON "_tv_episodes_v" USING btree ("version_review_state");
  CREATE INDEX "_tv_episodes_v_version_version_last_edited_by_idx" ON "_tv_episodes_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_tv_episodes_v_version_version_feed_id_idx" ON "_tv_episodes_v" USING btree ("version_feed_id");
  CREATE INDEX "_tv_episodes_v_version_version_updated_at_idx" ON "_tv_episodes_v" USING btree ("version_updated_at");
  CREATE INDEX "_tv_episodes_v_version_version_created_at_idx" ON "_tv_episodes_v" USING btree ("version_created_at");
  CREATE INDEX "_tv_episodes_v_version_version__status_idx" ON "_tv_episodes_v" USING btree ("version__status");
  CREATE INDEX "_tv_episodes_v_created_at_idx" ON "_tv_episodes_v" USING btree ("created_at");
  CREATE INDEX "_tv_episodes_v_updated_at_idx" ON "_tv_episodes_v" USING btree ("updated_at");
  CREATE INDEX "_tv_episodes_v_latest_idx" ON "_tv_episodes_v" USING btree ("latest");
  CREATE INDEX "version_series_version_episodeNumber_idx" ON "_tv_episodes_v" USING btree ("version_series","version_episode_number");
  CREATE INDEX "version__status_version_airDate_idx" ON "_tv_episodes_v" USING btree ("version__status","version_air_date");
  CREATE INDEX "_tv_episodes_v_rels_order_idx" ON "_tv_episodes_v_rels" USING btree ("order");
  CREATE INDEX "_tv_episodes_v_rels_parent_idx" ON "_tv_episodes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_tv_episodes_v_rels_path_idx" ON "_tv_episodes_v_rels" USING btree ("path");
  CREATE INDEX "_tv_episodes_v_rels_units_id_idx" ON "_tv_episodes_v_rels" USING btree ("units_id");
  CREATE INDEX "good_people_promotions_order_idx" ON "good_people_promotions" USING btree ("_order");
  CREATE INDEX "good_people_promotions_parent_id_idx" ON "good_people_promotions" USING btree ("_parent_id");
  CREATE INDEX "good_people_promotions_by_idx" ON "good_people_promotions" USING btree ("by_id");
  CREATE INDEX "good_people_review_log_order_idx" ON "good_people_review_log" USING btree ("_order");
  CREATE INDEX "good_people_review_log_parent_id_idx" ON "good_people_review_log" USING btree ("_parent_id");
  CREATE INDEX "good_people_review_log_by_idx" ON "good_people_review_log" USING btree ("by_id");
  CREATE INDEX "good_people_photo_idx" ON "good_people" USING btree ("photo_id");
  CREATE INDEX "good_people_category_idx" ON "good_people" USING btree ("category");
  CREATE INDEX "good_people_unit_idx" ON "good_people" USING btree ("unit_id");
  CREATE INDEX "good_people_round_idx" ON "good_people" USING btree ("round_id");
  CREATE INDEX "good_people_level_idx" ON "good_people" USING btree ("level");
  CREATE UNIQUE INDEX "good_people_slug_idx" ON "good_people" USING btree ("slug");
  CREATE INDEX "good_people_review_state_idx" ON "good_people" USING btree ("review_state");
  CREATE INDEX "good_people_last_edited_by_idx" ON "good_people" USING btree ("last_edited_by_id");
  CREATE INDEX "good_people_feed_id_idx" ON "good_people" USING btree ("feed_id");
  CREATE INDEX "good_people_updated_at_idx" ON "good_people" USING btree ("updated_at");
  CREATE INDEX "good_people_created_at_idx" ON "good_people" USING btree ("created_at");
  CREATE INDEX "good_people__status_idx" ON "good_people" USING btree ("_status");
  CREATE INDEX "_status_createdAt_idx" ON "good_people" USING btree ("_status","created_at");
  CREATE INDEX "_good_people_v_version_promotions_order_idx" ON "_good_people_v_version_promotions" USING btree ("_order");
  CREATE INDEX "_good_people_v_version_promotions_parent_id_idx" ON "_good_people_v_version_promotions" USING btree ("_parent_id");
  CREATE INDEX "_good_people_v_version_promotions_by_idx" ON "_good_people_v_version_promotions" USING btree ("by_id");
  CREATE INDEX "_good_people_v_version_review_log_order_idx" ON "_good_people_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_good_people_v_version_review_log_parent_id_idx" ON "_good_people_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_good_people_v_version_review_log_by_idx" ON "_good_people_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_good_people_v_parent_idx" ON "_good_people_v" USING btree ("parent_id");
  CREATE INDEX "_good_people_v_version_version_photo_idx" ON "_good_people_v" USING btree ("version_photo_id");
  CREATE INDEX "_good_people_v_version_version_category_idx" ON "_good_people_v" USING btree ("version_category");
  CREATE INDEX "_good_people_v_version_version_unit_idx" ON "_good_people_v" USING btree ("version_unit_id");
  CREATE INDEX "_good_people_v_version_version_round_idx" ON "_good_people_v" USING btree ("version_round_id");
  CREATE INDEX "_good_people_v_version_version_level_idx" ON "_good_people_v" USING btree ("version_level");
  CREATE INDEX "_good_people_v_version_version_slug_idx" ON "_good_people_v" USING btree ("version_slug");
  CREATE INDEX "_good_people_v_version_version_review_state_idx" ON "_good_people_v" USING btree ("version_review_state");
  CREATE INDEX "_good_people_v_version_version_last_edited_by_idx" ON "_good_people_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_good_people_v_version_version_feed_id_idx" ON "_good_people_v" USING btree ("version_feed_id");
  CREATE INDEX "_good_people_v_version_version_updated_at_idx" ON "_good_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_good_people_v_version_version_created_at_idx" ON "_good_people_v" USING btree ("version_created_at");
  CREATE INDEX "_good_people_v_version_version__status_idx" ON "_good_people_v" USING btree ("version__status");
  CREATE INDEX "_good_people_v_created_at_idx" ON "_good_people_v" USING btree ("created_at");
  CREATE INDEX "_good_people_v_updated_at_idx" ON "_good_people_v" USING btree ("updated_at");
  CREATE INDEX "_good_people_v_latest_idx" ON "_good_people_v" USING btree ("latest");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_good_people_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "selection_rounds_review_log_order_idx" ON "selection_rounds_review_log" USING btree ("_order");
  CREATE INDEX "selection_rounds_review_log_parent_id_idx" ON "selection_rounds_review_log" USING btree ("_parent_id");
  CREATE INDEX "selection_rounds_review_log_by_idx" ON "selection_rounds_review_log" USING btree ("by_id");
  CREATE INDEX "selection_rounds_status_idx" ON "selection_rounds" USING btree ("status");
  CREATE UNIQUE INDEX "selection_rounds_slug_idx" ON "selection_rounds" USING btree ("slug");
  CREATE INDEX "selection_rounds_review_state_idx" ON "selection_rounds" USING btree ("review_state");
  CREATE INDEX "selection_rounds_last_edited_by_idx" ON "selection_rounds" USING btree ("last_edited_by_id");
  CREATE INDEX "selection_rounds_feed_id_idx" ON "selection_rounds" USING btree ("feed_id");
  CREATE INDEX "selection_rounds_updated_at_idx" ON "selection_rounds" USING btree ("updated_at");
  CREATE INDEX "selection_rounds_created_at_idx" ON "selection_rounds" USING btree ("created_at");
  CREATE INDEX "selection_rounds__status_idx" ON "selection_rounds" USING btree ("_status");
  CREATE INDEX "_status_period_start_1_idx" ON "selection_rounds" USING btree ("_status","period_start");
  CREATE INDEX "_selection_rounds_v_version_review_log_order_idx" ON "_selection_rounds_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_selection_rounds_v_version_review_log_parent_id_idx" ON "_selection_rounds_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_selection_rounds_v_version_review_log_by_idx" ON "_selection_rounds_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_selection_rounds_v_parent_idx" ON "_selection_rounds_v" USING btree ("parent_id");
  CREATE INDEX "_selection_rounds_v_version_version_status_idx" ON "_selection_rounds_v" USING btree ("version_status");
  CREATE INDEX "_selection_rounds_v_version_version_slug_idx" ON "_selection_rounds_v" USING btree ("version_slug");
  CREATE INDEX "_selection_rounds_v_version_version_review_state_idx" ON "_selection_rounds_v" USING btree ("version_review_state");
  CREATE INDEX "_selection_rounds_v_version_version_last_edited_by_idx" ON "_selection_rounds_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_selection_rounds_v_version_version_feed_id_idx" ON "_selection_rounds_v" USING btree ("version_feed_id");
  CREATE INDEX "_selection_rounds_v_version_version_updated_at_idx" ON "_selection_rounds_v" USING btree ("version_updated_at");
  CREATE INDEX "_selection_rounds_v_version_version_created_at_idx" ON "_selection_rounds_v" USING btree ("version_created_at");
  CREATE INDEX "_selection_rounds_v_version_version__status_idx" ON "_selection_rounds_v" USING btree ("version__status");
  CREATE INDEX "_selection_rounds_v_created_at_idx" ON "_selection_rounds_v" USING btree ("created_at");
  CREATE INDEX "_selection_rounds_v_updated_at_idx" ON "_selection_rounds_v" USING btree ("updated_at");
  CREATE INDEX "_selection_rounds_v_latest_idx" ON "_selection_rounds_v" USING btree ("latest");
  CREATE INDEX "version__status_version_period_start_1_idx" ON "_selection_rounds_v" USING btree ("version__status","version_period_start");
  CREATE INDEX "public_ads_placements_order_idx" ON "public_ads_placements" USING btree ("_order");
  CREATE INDEX "public_ads_placements_parent_id_idx" ON "public_ads_placements" USING btree ("_parent_id");
  CREATE INDEX "public_ads_placements_unit_idx" ON "public_ads_placements" USING btree ("unit_id");
  CREATE INDEX "public_ads_themes_order_idx" ON "public_ads_themes" USING btree ("order");
  CREATE INDEX "public_ads_themes_parent_idx" ON "public_ads_themes" USING btree ("parent_id");
  CREATE INDEX "public_ads_review_log_order_idx" ON "public_ads_review_log" USING btree ("_order");
  CREATE INDEX "public_ads_review_log_parent_id_idx" ON "public_ads_review_log" USING btree ("_parent_id");
  CREATE INDEX "public_ads_review_log_by_idx" ON "public_ads_review_log" USING btree ("by_id");
  CREATE INDEX "public_ads_series_idx" ON "public_ads" USING btree ("series");
  CREATE INDEX "public_ads_image_idx" ON "public_ads" USING btree ("image_id");
  CREATE INDEX "public_ads_video_idx" ON "public_ads" USING btree ("video_id");
  CREATE INDEX "public_ads_valid_to_idx" ON "public_ads" USING btree ("valid_to");
  CREATE UNIQUE INDEX "public_ads_slug_idx" ON "public_ads" USING btree ("slug");
  CREATE INDEX "public_ads_review_state_idx" ON "public_ads" USING btree ("review_state");
  CREATE INDEX "public_ads_last_edited_by_idx" ON "public_ads" USING btree ("last_edited_by_id");
  CREATE INDEX "public_ads_feed_id_idx" ON "public_ads" USING btree ("feed_id");
  CREATE INDEX "public_ads_updated_at_idx" ON "public_ads" USING btree ("updated_at");
  CREATE INDEX "public_ads_created_at_idx" ON "public_ads" USING btree ("created_at");
  CREATE INDEX "public_ads__status_idx" ON "public_ads" USING btree ("_status");
  CREATE INDEX "_status_createdAt_1_idx" ON "public_ads" USING btree ("_status","created_at");
  CREATE INDEX "_public_ads_v_version_placements_order_idx" ON "_public_ads_v_version_placements" USING btree ("_order");
  CREATE INDEX "_public_ads_v_version_placements_parent_id_idx" ON "_public_ads_v_version_placements" USING btree ("_parent_id");
  CREATE INDEX "_public_ads_v_version_placements_unit_idx" ON "_public_ads_v_version_placements" USING btree ("unit_id");
  CREATE INDEX "_public_ads_v_version_themes_order_idx" ON "_public_ads_v_version_themes" USING btree ("order");
  CREATE INDEX "_public_ads_v_version_themes_parent_idx" ON "_public_ads_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_public_ads_v_version_review_log_order_idx" ON "_public_ads_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_public_ads_v_version_review_log_parent_id_idx" ON "_public_ads_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_public_ads_v_version_review_log_by_idx" ON "_public_ads_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_public_ads_v_parent_idx" ON "_public_ads_v" USING btree ("parent_id");
  CREATE INDEX "_public_ads_v_version_version_series_idx" ON "_public_ads_v" USING btree ("version_series");
  CREATE INDEX "_public_ads_v_version_version_image_idx" ON "_public_ads_v" USING btree ("version_image_id");
  CREATE INDEX "_public_ads_v_version_version_video_idx" ON "_public_ads_v" USING btree ("version_video_id");
  CREATE INDEX "_public_ads_v_version_version_valid_to_idx" ON "_public_ads_v" USING btree ("version_valid_to");
  CREATE INDEX "_public_ads_v_version_version_slug_idx" ON "_public_ads_v" USING btree ("version_slug");
  CREATE INDEX "_public_ads_v_version_version_review_state_idx" ON "_public_ads_v" USING btree ("version_review_state");
  CREATE INDEX "_public_ads_v_version_version_last_edited_by_idx" ON "_public_ads_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_public_ads_v_version_version_feed_id_idx" ON "_public_ads_v" USING btree ("version_feed_id");
  CREATE INDEX "_public_ads_v_version_version_updated_at_idx" ON "_public_ads_v" USING btree ("version_updated_at");
  CREATE INDEX "_public_ads_v_version_version_created_at_idx" ON "_public_ads_v" USING btree ("version_created_at");
  CREATE INDEX "_public_ads_v_version_version__status_idx" ON "_public_ads_v" USING btree ("version__status");
  CREATE INDEX "_public_ads_v_created_at_idx" ON "_public_ads_v" USING btree ("created_at");
  CREATE INDEX "_public_ads_v_updated_at_idx" ON "_public_ads_v" USING btree ("updated_at");
  CREATE INDEX "_public_ads_v_latest_idx" ON "_public_ads_v" USING btree ("latest");
  CREATE INDEX "version__status_version_createdAt_1_idx" ON "_public_ads_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "knowledge_quiz_options_order_idx" ON "knowledge_quiz_options" USING btree ("_order");
  CREATE INDEX "knowledge_quiz_options_parent_id_idx" ON "knowledge_quiz_options" USING btree ("_parent_id");
  CREATE INDEX "knowledge_review_log_order_idx" ON "knowledge_review_log" USING btree ("_order");
  CREATE INDEX "knowledge_review_log_parent_id_idx" ON "knowledge_review_log" USING btree ("_parent_id");
  CREATE INDEX "knowledge_review_log_by_idx" ON "knowledge_review_log" USING btree ("by_id");
  CREATE INDEX "knowledge_topic_idx" ON "knowledge" USING btree ("topic");
  CREATE INDEX "knowledge_quiz_quiz_enabled_idx" ON "knowledge" USING btree ("quiz_enabled");
  CREATE UNIQUE INDEX "knowledge_slug_idx" ON "knowledge" USING btree ("slug");
  CREATE INDEX "knowledge_review_state_idx" ON "knowledge" USING btree ("review_state");
  CREATE INDEX "knowledge_last_edited_by_idx" ON "knowledge" USING btree ("last_edited_by_id");
  CREATE INDEX "knowledge_feed_id_idx" ON "knowledge" USING btree ("feed_id");
  CREATE INDEX "knowledge_updated_at_idx" ON "knowledge" USING btree ("updated_at");
  CREATE INDEX "knowledge_created_at_idx" ON "knowledge" USING btree ("created_at");
  CREATE INDEX "knowledge__status_idx" ON "knowledge" USING btree ("_status");
  CREATE INDEX "_status_topic_order_idx" ON "knowledge" USING btree ("_status","topic","order");
  CREATE INDEX "_knowledge_v_version_quiz_options_order_idx" ON "_knowledge_v_version_quiz_options" USING btree ("_order");
  CREATE INDEX "_knowledge_v_version_quiz_options_parent_id_idx" ON "_knowledge_v_version_quiz_options" USING btree ("_parent_id");
  CREATE INDEX "_knowledge_v_version_review_log_order_idx" ON "_knowledge_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_knowledge_v_version_review_log_parent_id_idx" ON "_knowledge_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_knowledge_v_version_review_log_by_idx" ON "_knowledge_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_knowledge_v_parent_idx" ON "_knowledge_v" USING btree ("parent_id");
  CREATE INDEX "_knowledge_v_version_version_topic_idx" ON "_knowledge_v" USING btree ("version_topic");
  CREATE INDEX "_knowledge_v_version_quiz_version_quiz_enabled_idx" ON "_knowledge_v" USING btree ("version_quiz_enabled");
  CREATE INDEX "_knowledge_v_version_version_slug_idx" ON "_knowledge_v" USING btree ("version_slug");
  CREATE INDEX "_knowledge_v_version_version_review_state_idx" ON "_knowledge_v" USING btree ("version_review_state");
  CREATE INDEX "_knowledge_v_version_version_last_edited_by_idx" ON "_knowledge_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_knowledge_v_version_version_feed_id_idx" ON "_knowledge_v" USING btree ("version_feed_id");
  CREATE INDEX "_knowledge_v_version_version_updated_at_idx" ON "_knowledge_v" USING btree ("version_updated_at");
  CREATE INDEX "_knowledge_v_version_version_created_at_idx" ON "_knowledge_v" USING btree ("version_created_at");
  CREATE INDEX "_knowledge_v_version_version__status_idx" ON "_knowledge_v" USING btree ("version__status");
  CREATE INDEX "_knowledge_v_created_at_idx" ON "_knowledge_v" USING btree ("created_at");
  CREATE INDEX "_knowledge_v_updated_at_idx" ON "_knowledge_v" USING btree ("updated_at");
  CREATE INDEX "_knowledge_v_latest_idx" ON "_knowledge_v" USING btree ("latest");
  CREATE INDEX "version__status_version_topic_version_order_idx" ON "_knowledge_v" USING btree ("version__status","version_topic","version_order");
  CREATE INDEX "units_name_idx" ON "units" USING btree ("name");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "units_rels_order_idx" ON "units_rels" USING btree ("order");
  CREATE INDEX "units_rels_parent_idx" ON "units_rels" USING btree ("parent_id");
  CREATE INDEX "units_rels_path_idx" ON "units_rels" USING btree ("path");
  CREATE INDEX "units_rels_exposures_id_idx" ON "units_rels" USING btree ("exposures_id");
  CREATE INDEX "media_pending_change_pending_change_requested_by_idx" ON "media" USING btree ("pending_change_requested_by_id");
  CREATE INDEX "media_public_use_idx" ON "media" USING btree ("public_use");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_poster_idx" ON "media" USING btree ("poster_id");
  CREATE INDEX "media_captions_idx" ON "media" USING btree ("captions_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_social_sizes_social_filename_idx" ON "media" USING btree ("sizes_social_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "issue_claims_bulletin_idx" ON "issue_claims" USING btree ("bulletin_id");
  CREATE INDEX "issue_claims_updated_at_idx" ON "issue_claims" USING btree ("updated_at");
  CREATE INDEX "issue_claims_created_at_idx" ON "issue_claims" USING btree ("created_at");
  CREATE UNIQUE INDEX "series_year_number_idx" ON "issue_claims" USING btree ("series","year","number");
  CREATE UNIQUE INDEX "sensitive_words_word_idx" ON "sensitive_words" USING btree ("word");
  CREATE INDEX "sensitive_words_active_idx" ON "sensitive_words" USING btree ("active");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE INDEX "accountability_records_unit_idx" ON "accountability_records" USING btree ("unit_id");
  CREATE INDEX "accountability_records_date_idx" ON "accountability_records" USING btree ("date");
  CREATE INDEX "accountability_records_bulletin_idx" ON "accountability_records" USING btree ("bulletin_id");
  CREATE INDEX "accountability_records_status_idx" ON "accountability_records" USING btree ("status");
  CREATE INDEX "accountability_records_confirmed_by_idx" ON "accountability_records" USING btree ("confirmed_by_id");
  CREATE INDEX "accountability_records_updated_at_idx" ON "accountability_records" USING btree ("updated_at");
  CREATE INDEX "accountability_records_created_at_idx" ON "accountability_records" USING btree ("created_at");
  CREATE INDEX "accountability_records_rels_order_idx" ON "accountability_records_rels" USING btree ("order");
  CREATE INDEX "accountability_records_rels_parent_idx" ON "accountability_records_rels" USING btree ("parent_id");
  CREATE INDEX "accountability_records_rels_path_idx" ON "accountability_records_rels" USING btree ("path");
  CREATE INDEX "accountability_records_rels_exposures_id_idx" ON "accountability_records_rels" USING btree ("exposures_id");
  CREATE INDEX "deadline_extensions_exposure_idx" ON "deadline_extensions" USING btree ("exposure_id");
  CREATE INDEX "deadline_extensions_unit_idx" ON "deadline_extensions" USING btree ("unit_id");
  CREATE INDEX "deadline_extensions_status_idx" ON "deadline_extensions" USING btree ("status");
  CREATE INDEX "deadline_extensions_requested_by_idx" ON "deadline_extensions" USING btree ("requested_by_id");
  CREATE INDEX "deadline_extensions_requested_at_idx" ON "deadline_extensions" USING btree ("requested_at");
  CREATE INDEX "deadline_extensions_decided_by_idx" ON "deadline_extensions" USING btree ("decided_by_id");
  CREATE INDEX "deadline_extensions_updated_at_idx" ON "deadline_extensions" USING btree ("updated_at");
  CREATE INDEX "deadline_extensions_created_at_idx" ON "deadline_extensions" USING btree ("created_at");
  CREATE INDEX "resident_reports_photo_hashes_order_idx" ON "resident_reports_photo_hashes" USING btree ("_order");
  CREATE INDEX "resident_reports_photo_hashes_parent_id_idx" ON "resident_reports_photo_hashes" USING btree ("_parent_id");
  CREATE INDEX "resident_reports_photo_hashes_hash_idx" ON "resident_reports_photo_hashes" USING btree ("hash");
  CREATE INDEX "resident_reports_status_idx" ON "resident_reports" USING btree ("status");
  CREATE INDEX "resident_reports_merged_into_idx" ON "resident_reports" USING btree ("merged_into_id");
  CREATE INDEX "resident_reports_category_idx" ON "resident_reports" USING btree ("category");
  CREATE INDEX "resident_reports_unit_idx" ON "resident_reports" USING btree ("unit_id");
  CREATE INDEX "resident_reports_convert_unit_idx" ON "resident_reports" USING btree ("convert_unit_id");
  CREATE INDEX "resident_reports_exposure_idx" ON "resident_reports" USING btree ("exposure_id");
  CREATE INDEX "resident_reports_closed_at_idx" ON "resident_reports" USING btree ("closed_at");
  CREATE INDEX "resident_reports_handled_by_idx" ON "resident_reports" USING btree ("handled_by_id");
  CREATE UNIQUE INDEX "resident_reports_tracking_hash_idx" ON "resident_reports" USING btree ("tracking_hash");
  CREATE INDEX "resident_reports_text_hash_idx" ON "resident_reports" USING btree ("text_hash");
  CREATE INDEX "resident_reports_photo_status_idx" ON "resident_reports" USING btree ("photo_status");
  CREATE INDEX "resident_reports_updated_at_idx" ON "resident_reports" USING btree ("updated_at");
  CREATE INDEX "resident_reports_created_at_idx" ON "resident_reports" USING btree ("created_at");
  CREATE INDEX "resident_reports_rels_order_idx" ON "resident_reports_rels" USING btree ("order");
  CREATE INDEX "resident_reports_rels_parent_idx" ON "resident_reports_rels" USING btree ("parent_id");
  CREATE INDEX "resident_reports_rels_path_idx" ON "resident_reports_rels" USING btree ("path");
  CREATE INDEX "resident_reports_rels_media_id_idx" ON "resident_reports_rels" USING btree ("media_id");
  CREATE INDEX "endorsements_nominee_idx" ON "endorsements" USING btree ("nominee_id");
  CREATE INDEX "endorsements_day_idx" ON "endorsements" USING btree ("day");
  CREATE INDEX "endorsements_ip_hash_idx" ON "endorsements" USING btree ("ip_hash");
  CREATE INDEX "endorsements_suspicious_idx" ON "endorsements" USING btree ("suspicious");
  CREATE INDEX "endorsements_updated_at_idx" ON "endorsements" USING btree ("updated_at");
  CREATE INDEX "endorsements_created_at_idx" ON "endorsements" USING btree ("created_at");
  CREATE UNIQUE INDEX "nominee_day_browser_idx" ON "endorsements" USING btree ("nominee_id","day","browser");
  CREATE INDEX "objections_nominee_idx" ON "objections" USING btree ("nominee_id");
  CREATE INDEX "objections_title_idx" ON "objections" USING btree ("title_id");
  CREATE INDEX "objections_status_idx" ON "objections" USING btree ("status");
  CREATE INDEX "objections_closed_at_idx" ON "objections" USING btree ("closed_at");
  CREATE INDEX "objections_updated_at_idx" ON "objections" USING btree ("updated_at");
  CREATE INDEX "objections_created_at_idx" ON "objections" USING btree ("created_at");
  CREATE UNIQUE INDEX "builder_leases_name_idx" ON "builder_leases" USING btree ("name");
  CREATE INDEX "builder_leases_updated_at_idx" ON "builder_leases" USING btree ("updated_at");
  CREATE INDEX "builder_leases_created_at_idx" ON "builder_leases" USING btree ("created_at");
  CREATE INDEX "rate_slots_bucket_idx" ON "rate_slots" USING btree ("bucket");
  CREATE INDEX "rate_slots_expires_at_idx" ON "rate_slots" USING btree ("expires_at");
  CREATE INDEX "rate_slots_updated_at_idx" ON "rate_slots" USING btree ("updated_at");
  CREATE INDEX "rate_slots_created_at_idx" ON "rate_slots" USING btree ("created_at");
  CREATE UNIQUE INDEX "bucket_slot_idx" ON "rate_slots" USING btree ("bucket","slot");
  CREATE INDEX "documents_review_log_order_idx" ON "documents_review_log" USING btree ("_order");
  CREATE INDEX "documents_review_log_parent_id_idx" ON "documents_review_log" USING btree ("_parent_id");
  CREATE INDEX "documents_review_log_by_idx" ON "documents_review_log" USING btree ("by_id");
  CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");
  CREATE UNIQUE INDEX "documents_doc_number_idx" ON "documents" USING btree ("doc_number");
  CREATE INDEX "documents_issuer_idx" ON "documents" USING btree ("issuer_id");
  CREATE INDEX "documents_publish_date_idx" ON "documents" USING btree ("publish_date");
  CREATE INDEX "documents_validity_idx" ON "documents" USING btree ("validity");
  CREATE INDEX "documents_replaced_by_idx" ON "documents" USING btree ("replaced_by_id");
  CREATE UNIQUE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_review_state_idx" ON "documents" USING btree ("review_state");
  CREATE INDEX "documents_last_edited_by_idx" ON "documents" USING btree ("last_edited_by_id");
  CREATE INDEX "documents_feed_id_idx" ON "documents" USING btree ("feed_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE INDEX "_status_publishDate_idx" ON "documents" USING btree ("_status","publish_date");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_media_id_idx" ON "documents_rels" USING btree ("media_id");
  CREATE INDEX "_documents_v_version_review_log_order_idx" ON "_documents_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_documents_v_version_review_log_parent_id_idx" ON "_documents_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_review_log_by_idx" ON "_documents_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_kind_idx" ON "_documents_v" USING btree ("version_kind");
  CREATE INDEX "_documents_v_version_version_doc_number_idx" ON "_documents_v" USING btree ("version_doc_number");
  CREATE INDEX "_documents_v_version_version_issuer_idx" ON "_documents_v" USING btree ("version_issuer_id");
  CREATE INDEX "_documents_v_version_version_publish_date_idx" ON "_documents_v" USING btree ("version_publish_date");
  CREATE INDEX "_documents_v_version_version_validity_idx" ON "_documents_v" USING btree ("version_validity");
  CREATE INDEX "_documents_v_version_version_replaced_by_idx" ON "_documents_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_review_state_idx" ON "_documents_v" USING btree ("version_review_state");
  CREATE INDEX "_documents_v_version_version_last_edited_by_idx" ON "_documents_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_documents_v_version_version_feed_id_idx" ON "_documents_v" USING btree ("version_feed_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "version__status_version_publishDate_idx" ON "_documents_v" USING btree ("version__status","version_publish_date");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_media_id_idx" ON "_documents_v_rels" USING btree ("media_id");
  CREATE INDEX "projects_milestones_order_idx" ON "projects_milestones" USING btree ("_order");
  CREATE INDEX "projects_milestones_parent_id_idx" ON "projects_milestones" USING btree ("_parent_id");
  CREATE INDEX "projects_review_log_order_idx" ON "projects_review_log" USING btree ("_order");
  CREATE INDEX "projects_review_log_parent_id_idx" ON "projects_review_log" USING btree ("_parent_id");
  CREATE INDEX "projects_review_log_by_idx" ON "projects_review_log" USING btree ("by_id");
  CREATE INDEX "projects_campaign_idx" ON "projects" USING btree ("campaign");
  CREATE INDEX "projects_year_idx" ON "projects" USING btree ("year");
  CREATE INDEX "projects_unit_idx" ON "projects" USING btree ("unit_id");
  CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");
  CREATE INDEX "projects_open_milestone_due_idx" ON "projects" USING btree ("open_milestone_due");
  CREATE UNIQUE INDEX "projects_slug_idx" ON "projects" USING btree ("slug");
  CREATE INDEX "projects_review_state_idx" ON "projects" USING btree ("review_state");
  CREATE INDEX "projects_last_edited_by_idx" ON "projects" USING btree ("last_edited_by_id");
  CREATE INDEX "projects_feed_id_idx" ON "projects" USING btree ("feed_id");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE INDEX "_status_year_title_idx" ON "projects" USING btree ("_status","year","title");
  CREATE INDEX "projects_rels_order_idx" ON "projects_rels" USING btree ("order");
  CREATE INDEX "projects_rels_parent_idx" ON "projects_rels" USING btree ("parent_id");
  CREATE INDEX "projects_rels_path_idx" ON "projects_rels" USING btree ("path");
  CREATE INDEX "projects_rels_media_id_idx" ON "projects_rels" USING btree ("media_id");
  CREATE INDEX "_projects_v_version_milestones_order_idx" ON "_projects_v_version_milestones" USING btree ("_order");
  CREATE INDEX "_projects_v_version_milestones_parent_id_idx" ON "_projects_v_version_milestones" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_version_review_log_order_idx" ON "_projects_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_projects_v_version_review_log_parent_id_idx" ON "_projects_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_projects_v_version_review_log_by_idx" ON "_projects_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_campaign_idx" ON "_projects_v" USING btree ("version_campaign");
  CREATE INDEX "_projects_v_version_version_year_idx" ON "_projects_v" USING btree ("version_year");
  CREATE INDEX "_projects_v_version_version_unit_idx" ON "_projects_v" USING btree ("version_unit_id");
  CREATE INDEX "_projects_v_version_version_status_idx" ON "_projects_v" USING btree ("version_status");
  CREATE INDEX "_projects_v_version_version_open_milestone_due_idx" ON "_projects_v" USING btree ("version_open_milestone_due");
  CREATE INDEX "_projects_v_version_version_slug_idx" ON "_projects_v" USING btree ("version_slug");
  CREATE INDEX "_projects_v_version_version_review_state_idx" ON "_projects_v" USING btree ("version_review_state");
  CREATE INDEX "_projects_v_version_version_last_edited_by_idx" ON "_projects_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_projects_v_version_version_feed_id_idx" ON "_projects_v" USING btree ("version_feed_id");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "_projects_v_latest_idx" ON "_projects_v" USING btree ("latest");
  CREATE INDEX "version__status_version_year_version_title_idx" ON "_projects_v" USING btree ("version__status","version_year","version_title");
  CREATE INDEX "_projects_v_rels_order_idx" ON "_projects_v_rels" USING btree ("order");
  CREATE INDEX "_projects_v_rels_parent_idx" ON "_projects_v_rels" USING btree ("parent_id");
  CREATE INDEX "_projects_v_rels_path_idx" ON "_projects_v_rels" USING btree ("path");
  CREATE INDEX "_projects_v_rels_media_id_idx" ON "_projects_v_rels" USING btree ("media_id");
  CREATE INDEX "civility_titles_reviews_order_idx" ON "civility_titles_reviews" USING btree ("_order");
  CREATE INDEX "civility_titles_reviews_parent_id_idx" ON "civility_titles_reviews" USING btree ("_parent_id");
  CREATE INDEX "civility_titles_review_log_order_idx" ON "civility_titles_review_log" USING btree ("_order");
  CREATE INDEX "civility_titles_review_log_parent_id_idx" ON "civility_titles_review_log" USING btree ("_parent_id");
  CREATE INDEX "civility_titles_review_log_by_idx" ON "civility_titles_review_log" USING btree ("by_id");
  CREATE INDEX "civility_titles_category_idx" ON "civility_titles" USING btree ("category");
  CREATE INDEX "civility_titles_unit_idx" ON "civility_titles" USING btree ("unit_id");
  CREATE INDEX "civility_titles_level_idx" ON "civility_titles" USING btree ("level");
  CREATE INDEX "civility_titles_year_idx" ON "civility_titles" USING btree ("year");
  CREATE INDEX "civility_titles_revocation_revocation_proposal_idx" ON "civility_titles" USING btree ("revocation_proposal_id");
  CREATE UNIQUE INDEX "civility_titles_slug_idx" ON "civility_titles" USING btree ("slug");
  CREATE INDEX "civility_titles_review_state_idx" ON "civility_titles" USING btree ("review_state");
  CREATE INDEX "civility_titles_last_edited_by_idx" ON "civility_titles" USING btree ("last_edited_by_id");
  CREATE INDEX "civility_titles_feed_id_idx" ON "civility_titles" USING btree ("feed_id");
  CREATE INDEX "civility_titles_updated_at_idx" ON "civility_titles" USING btree ("updated_at");
  CREATE INDEX "civility_titles_created_at_idx" ON "civility_titles" USING btree ("created_at");
  CREATE INDEX "civility_titles__status_idx" ON "civility_titles" USING btree ("_status");
  CREATE INDEX "_status_year_holder_idx" ON "civility_titles" USING btree ("_status","year","holder");
  CREATE INDEX "_civility_titles_v_version_reviews_order_idx" ON "_civility_titles_v_version_reviews" USING btree ("_order");
  CREATE INDEX "_civility_titles_v_version_reviews_parent_id_idx" ON "_civility_titles_v_version_reviews" USING btree ("_parent_id");
  CREATE INDEX "_civility_titles_v_version_review_log_order_idx" ON "_civility_titles_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_civility_titles_v_version_review_log_parent_id_idx" ON "_civility_titles_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_civility_titles_v_version_review_log_by_idx" ON "_civility_titles_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_civility_titles_v_parent_idx" ON "_civility_titles_v" USING btree ("parent_id");
  CREATE INDEX "_civility_titles_v_version_version_category_idx" ON "_civility_titles_v" USING btree ("version_category");
  CREATE INDEX "_civility_titles_v_version_version_unit_idx" ON "_civility_titles_v" USING btree ("version_unit_id");
  CREATE INDEX "_civility_titles_v_version_version_level_idx" ON "_civility_titles_v" USING btree ("version_level");
  CREATE INDEX "_civility_titles_v_version_version_year_idx" ON "_civility_titles_v" USING btree ("version_year");
  CREATE INDEX "_civility_titles_v_version_revocation_version_revocation_idx" ON "_civility_titles_v" USING btree ("version_revocation_proposal_id");
  CREATE INDEX "_civility_titles_v_version_version_slug_idx" ON "_civility_titles_v" USING btree ("version_slug");
  CREATE INDEX "_civility_titles_v_version_version_review_state_idx" ON "_civility_titles_v" USING btree ("version_review_state");
  CREATE INDEX "_civility_titles_v_version_version_last_edited_by_idx" ON "_civility_titles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_civility_titles_v_version_version_feed_id_idx" ON "_civility_titles_v" USING btree ("version_feed_id");
  CREATE INDEX "_civility_titles_v_version_version_updated_at_idx" ON "_civility_titles_v" USING btree ("version_updated_at");
  CREATE INDEX "_civility_titles_v_version_version_created_at_idx" ON "_civility_titles_v" USING btree ("version_created_at");
  CREATE INDEX "_civility_titles_v_version_version__status_idx" ON "_civility_titles_v" USING btree ("version__status");
  CREATE INDEX "_civility_titles_v_created_at_idx" ON "_civility_titles_v" USING btree ("created_at");
  CREATE INDEX "_civility_titles_v_updated_at_idx" ON "_civility_titles_v" USING btree ("updated_at");
  CREATE INDEX "_civility_titles_v_latest_idx" ON "_civility_titles_v" USING btree ("latest");
  CREATE INDEX "version__status_version_year_version_holder_idx" ON "_civility_titles_v" USING btree ("version__status","version_year","version_holder");
  CREATE INDEX "title_revocations_title_idx" ON "title_revocations" USING btree ("title_id");
  CREATE INDEX "title_revocations_record_idx" ON "title_revocations" USING btree ("record_id");
  CREATE INDEX "title_revocations_status_idx" ON "title_revocations" USING btree ("status");
  CREATE INDEX "title_revocations_decided_by_idx" ON "title_revocations" USING btree ("decided_by_id");
  CREATE INDEX "title_revocations_updated_at_idx" ON "title_revocations" USING btree ("updated_at");
  CREATE INDEX "title_revocations_created_at_idx" ON "title_revocations" USING btree ("created_at");
  CREATE INDEX "volunteer_activities_review_log_order_idx" ON "volunteer_activities_review_log" USING btree ("_order");
  CREATE INDEX "volunteer_activities_review_log_parent_id_idx" ON "volunteer_activities_review_log" USING btree ("_parent_id");
  CREATE INDEX "volunteer_activities_review_log_by_idx" ON "volunteer_activities_review_log" USING btree ("by_id");
  CREATE INDEX "volunteer_activities_starts_at_idx" ON "volunteer_activities" USING btree ("starts_at");
  CREATE INDEX "volunteer_activities_ends_at_idx" ON "volunteer_activities" USING btree ("ends_at");
  CREATE INDEX "volunteer_activities_unit_idx" ON "volunteer_activities" USING btree ("unit_id");
  CREATE INDEX "volunteer_activities_centre_idx" ON "volunteer_activities" USING btree ("centre_id");
  CREATE UNIQUE INDEX "volunteer_activities_slug_idx" ON "volunteer_activities" USING btree ("slug");
  CREATE INDEX "volunteer_activities_review_state_idx" ON "volunteer_activities" USING btree ("review_state");
  CREATE INDEX "volunteer_activities_last_edited_by_idx" ON "volunteer_activities" USING btree ("last_edited_by_id");
  CREATE INDEX "volunteer_activities_feed_id_idx" ON "volunteer_activities" USING btree ("feed_id");
  CREATE INDEX "volunteer_activities_updated_at_idx" ON "volunteer_activities" USING btree ("updated_at");
  CREATE INDEX "volunteer_activities_created_at_idx" ON "volunteer_activities" USING btree ("created_at");
  CREATE INDEX "volunteer_activities__status_idx" ON "volunteer_activities" USING btree ("_status");
  CREATE INDEX "_status_startsAt_idx" ON "volunteer_activities" USING btree ("_status","starts_at");
  CREATE INDEX "volunteer_activities_rels_order_idx" ON "volunteer_activities_rels" USING btree ("order");
  CREATE INDEX "volunteer_activities_rels_parent_idx" ON "volunteer_activities_rels" USING btree ("parent_id");
  CREATE INDEX "volunteer_activities_rels_path_idx" ON "volunteer_activities_rels" USING btree ("path");
  CREATE INDEX "volunteer_activities_rels_media_id_idx" ON "volunteer_activities_rels" USING btree ("media_id");
  CREATE INDEX "_volunteer_activities_v_version_review_log_order_idx" ON "_volunteer_activities_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_volunteer_activities_v_version_review_log_parent_id_idx" ON "_volunteer_activities_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_volunteer_activities_v_version_review_log_by_idx" ON "_volunteer_activities_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_volunteer_activities_v_parent_idx" ON "_volunteer_activities_v" USING btree ("parent_id");
  CREATE INDEX "_volunteer_activities_v_version_version_starts_at_idx" ON "_volunteer_activities_v" USING btree ("version_starts_at");
  CREATE INDEX "_volunteer_activities_v_version_version_ends_at_idx" ON "_volunteer_activities_v" USING btree ("version_ends_at");
  CREATE INDEX "_volunteer_activities_v_version_version_unit_idx" ON "_volunteer_activities_v" USING btree ("version_unit_id");
  CREATE INDEX "_volunteer_activities_v_version_version_centre_idx" ON "_volunteer_activities_v" USING btree ("version_centre_id");
  CREATE INDEX "_volunteer_activities_v_version_version_slug_idx" ON "_volunteer_activities_v" USING btree ("version_slug");
  CREATE INDEX "_volunteer_activities_v_version_version_review_state_idx" ON "_volunteer_activities_v" USING btree ("version_review_state");
  CREATE INDEX "_volunteer_activities_v_version_version_last_edited_by_idx" ON "_volunteer_activities_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_volunteer_activities_v_version_version_feed_id_idx" ON "_volunteer_activities_v" USING btree ("version_feed_id");
  CREATE INDEX "_volunteer_activities_v_version_version_updated_at_idx" ON "_volunteer_activities_v" USING btree ("version_updated_at");
  CREATE INDEX "_volunteer_activities_v_version_version_created_at_idx" ON "_volunteer_activities_v" USING btree ("version_created_at");
  CREATE INDEX "_volunteer_activities_v_version_version__status_idx" ON "_volunteer_activities_v" USING btree ("version__status");
  CREATE INDEX "_volunteer_activities_v_created_at_idx" ON "_volunteer_activities_v" USING btree ("created_at");
  CREATE INDEX "_volunteer_activities_v_updated_at_idx" ON "_volunteer_activities_v" USING btree ("updated_at");
  CREATE INDEX "_volunteer_activities_v_latest_idx" ON "_volunteer_activities_v" USING btree ("latest");
  CREATE INDEX "version__status_version_startsAt_idx" ON "_volunteer_activities_v" USING btree ("version__status","version_starts_at");
  CREATE INDEX "_volunteer_activities_v_rels_order_idx" ON "_volunteer_activities_v_rels" USING btree ("order");
  CREATE INDEX "_volunteer_activities_v_rels_parent_idx" ON "_volunteer_activities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_volunteer_activities_v_rels_path_idx" ON "_volunteer_activities_v_rels" USING btree ("path");
  CREATE INDEX "_volunteer_activities_v_rels_media_id_idx" ON "_volunteer_activities_v_rels" USING btree ("media_id");
  CREATE INDEX "practice_centres_services_order_idx" ON "practice_centres_services" USING btree ("_order");
  CREATE INDEX "practice_centres_services_parent_id_idx" ON "practice_centres_services" USING btree ("_parent_id");
  CREATE INDEX "practice_centres_review_log_order_idx" ON "practice_centres_review_log" USING btree ("_order");
  CREATE INDEX "practice_centres_review_log_parent_id_idx" ON "practice_centres_review_log" USING btree ("_parent_id");
  CREATE INDEX "practice_centres_review_log_by_idx" ON "practice_centres_review_log" USING btree ("by_id");
  CREATE INDEX "practice_centres_level_idx" ON "practice_centres" USING btree ("level");
  CREATE INDEX "practice_centres_unit_idx" ON "practice_centres" USING btree ("unit_id");
  CREATE INDEX "practice_centres_street_idx" ON "practice_centres" USING btree ("street_id");
  CREATE UNIQUE INDEX "practice_centres_slug_idx" ON "practice_centres" USING btree ("slug");
  CREATE INDEX "practice_centres_review_state_idx" ON "practice_centres" USING btree ("review_state");
  CREATE INDEX "practice_centres_last_edited_by_idx" ON "practice_centres" USING btree ("last_edited_by_id");
  CREATE INDEX "practice_centres_feed_id_idx" ON "practice_centres" USING btree ("feed_id");
  CREATE INDEX "practice_centres_updated_at_idx" ON "practice_centres" USING btree ("updated_at");
  CREATE INDEX "practice_centres_created_at_idx" ON "practice_centres" USING btree ("created_at");
  CREATE INDEX "practice_centres__status_idx" ON "practice_centres" USING btree ("_status");
  CREATE INDEX "_status_level_name_idx" ON "practice_centres" USING btree ("_status","level","name");
  CREATE INDEX "_practice_centres_v_version_services_order_idx" ON "_practice_centres_v_version_services" USING btree ("_order");
  CREATE INDEX "_practice_centres_v_version_services_parent_id_idx" ON "_practice_centres_v_version_services" USING btree ("_parent_id");
  CREATE INDEX "_practice_centres_v_version_review_log_order_idx" ON "_practice_centres_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_practice_centres_v_version_review_log_parent_id_idx" ON "_practice_centres_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_practice_centres_v_version_review_log_by_idx" ON "_practice_centres_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_practice_centres_v_parent_idx" ON "_practice_centres_v" USING btree ("parent_id");
  CREATE INDEX "_practice_centres_v_version_version_level_idx" ON "_practice_centres_v" USING btree ("version_level");
  CREATE INDEX "_practice_centres_v_version_version_unit_idx" ON "_practice_centres_v" USING btree ("version_unit_id");
  CREATE INDEX "_practice_centres_v_version_version_street_idx" ON "_practice_centres_v" USING btree ("version_street_id");
  CREATE INDEX "_practice_centres_v_version_version_slug_idx" ON "_practice_centres_v" USING btree ("version_slug");
  CREATE INDEX "_practice_centres_v_version_version_review_state_idx" ON "_practice_centres_v" USING btree ("version_review_state");
  CREATE INDEX "_practice_centres_v_version_version_last_edited_by_idx" ON "_practice_centres_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_practice_centres_v_version_version_feed_id_idx" ON "_practice_centres_v" USING btree ("version_feed_id");
  CREATE INDEX "_practice_centres_v_version_version_updated_at_idx" ON "_practice_centres_v" USING btree ("version_updated_at");
  CREATE INDEX "_practice_centres_v_version_version_created_at_idx" ON "_practice_centres_v" USING btree ("version_created_at");
  CREATE INDEX "_practice_centres_v_version_version__status_idx" ON "_practice_centres_v" USING btree ("version__status");
  CREATE INDEX "_practice_centres_v_created_at_idx" ON "_practice_centres_v" USING btree ("created_at");
  CREATE INDEX "_practice_centres_v_updated_at_idx" ON "_practice_centres_v" USING btree ("updated_at");
  CREATE INDEX "_practice_centres_v_latest_idx" ON "_practice_centres_v" USING btree ("latest");
  CREATE INDEX "version__status_version_level_version_name_idx" ON "_practice_centres_v" USING btree ("version__status","version_level","version_name");
  CREATE INDEX "volunteer_signups_activity_idx" ON "volunteer_signups" USING btree ("activity_id");
  CREATE INDEX "volunteer_signups_unit_idx" ON "volunteer_signups" USING btree ("unit_id");
  CREATE INDEX "volunteer_signups_status_idx" ON "volunteer_signups" USING btree ("status");
  CREATE INDEX "volunteer_signups_recorded_by_idx" ON "volunteer_signups" USING btree ("recorded_by_id");
  CREATE INDEX "volunteer_signups_contact_erased_at_idx" ON "volunteer_signups" USING btree ("contact_erased_at");
  CREATE UNIQUE INDEX "volunteer_signups_phone_key_idx" ON "volunteer_signups" USING btree ("phone_key");
  CREATE INDEX "volunteer_signups_updated_at_idx" ON "volunteer_signups" USING btree ("updated_at");
  CREATE INDEX "volunteer_signups_created_at_idx" ON "volunteer_signups" USING btree ("created_at");
  CREATE INDEX "news_review_log_order_idx" ON "news_review_log" USING btree ("_order");
  CREATE INDEX "news_review_log_parent_id_idx" ON "news_review_log" USING btree ("_parent_id");
  CREATE INDEX "news_review_log_by_idx" ON "news_review_log" USING btree ("by_id");
  CREATE INDEX "news_date_idx" ON "news" USING btree ("date");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_review_state_idx" ON "news" USING btree ("review_state");
  CREATE INDEX "news_last_edited_by_idx" ON "news" USING btree ("last_edited_by_id");
  CREATE INDEX "news_feed_id_idx" ON "news" USING btree ("feed_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_status_date_1_idx" ON "news" USING btree ("_status","date");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_units_id_idx" ON "news_rels" USING btree ("units_id");
  CREATE INDEX "_news_v_version_review_log_order_idx" ON "_news_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_news_v_version_review_log_parent_id_idx" ON "_news_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_news_v_version_review_log_by_idx" ON "_news_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_date_idx" ON "_news_v" USING btree ("version_date");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_review_state_idx" ON "_news_v" USING btree ("version_review_state");
  CREATE INDEX "_news_v_version_version_last_edited_by_idx" ON "_news_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_news_v_version_version_feed_id_idx" ON "_news_v" USING btree ("version_feed_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "version__status_version_date_1_idx" ON "_news_v" USING btree ("version__status","version_date");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_units_id_idx" ON "_news_v_rels" USING btree ("units_id");
  CREATE INDEX "topics_review_log_order_idx" ON "topics_review_log" USING btree ("_order");
  CREATE INDEX "topics_review_log_parent_id_idx" ON "topics_review_log" USING btree ("_parent_id");
  CREATE INDEX "topics_review_log_by_idx" ON "topics_review_log" USING btree ("by_id");
  CREATE INDEX "topics_date_idx" ON "topics" USING btree ("date");
  CREATE INDEX "topics_header_image_idx" ON "topics" USING btree ("header_image_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_review_state_idx" ON "topics" USING btree ("review_state");
  CREATE INDEX "topics_last_edited_by_idx" ON "topics" USING btree ("last_edited_by_id");
  CREATE INDEX "topics_feed_id_idx" ON "topics" USING btree ("feed_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE INDEX "_status_date_2_idx" ON "topics" USING btree ("_status","date");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_bulletins_id_idx" ON "topics_rels" USING btree ("bulletins_id");
  CREATE INDEX "topics_rels_exposures_id_idx" ON "topics_rels" USING btree ("exposures_id");
  CREATE INDEX "topics_rels_evaluation_rounds_id_idx" ON "topics_rels" USING btree ("evaluation_rounds_id");
  CREATE INDEX "topics_rels_tv_episodes_id_idx" ON "topics_rels" USING btree ("tv_episodes_id");
  CREATE INDEX "topics_rels_good_people_id_idx" ON "topics_rels" USING btree ("good_people_id");
  CREATE INDEX "topics_rels_selection_rounds_id_idx" ON "topics_rels" USING btree ("selection_rounds_id");
  CREATE INDEX "topics_rels_public_ads_id_idx" ON "topics_rels" USING btree ("public_ads_id");
  CREATE INDEX "topics_rels_knowledge_id_idx" ON "topics_rels" USING btree ("knowledge_id");
  CREATE INDEX "topics_rels_documents_id_idx" ON "topics_rels" USING btree ("documents_id");
  CREATE INDEX "topics_rels_projects_id_idx" ON "topics_rels" USING btree ("projects_id");
  CREATE INDEX "topics_rels_civility_titles_id_idx" ON "topics_rels" USING btree ("civility_titles_id");
  CREATE INDEX "topics_rels_volunteer_activities_id_idx" ON "topics_rels" USING btree ("volunteer_activities_id");
  CREATE INDEX "topics_rels_practice_centres_id_idx" ON "topics_rels" USING btree ("practice_centres_id");
  CREATE INDEX "topics_rels_news_id_idx" ON "topics_rels" USING btree ("news_id");
  CREATE INDEX "topics_rels_surveys_id_idx" ON "topics_rels" USING btree ("surveys_id");
  CREATE INDEX "topics_rels_messages_id_idx" ON "topics_rels" USING btree ("messages_id");
  CREATE INDEX "_topics_v_version_review_log_order_idx" ON "_topics_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_topics_v_version_review_log_parent_id_idx" ON "_topics_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_review_log_by_idx" ON "_topics_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_date_idx" ON "_topics_v" USING btree ("version_date");
  CREATE INDEX "_topics_v_version_version_header_image_idx" ON "_topics_v" USING btree ("version_header_image_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_review_state_idx" ON "_topics_v" USING btree ("version_review_state");
  CREATE INDEX "_topics_v_version_version_last_edited_by_idx" ON "_topics_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_topics_v_version_version_feed_id_idx" ON "_topics_v" USING btree ("version_feed_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "version__status_version_date_2_idx" ON "_topics_v" USING btree ("version__status","version_date");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_bulletins_id_idx" ON "_topics_v_rels" USING btree ("bulletins_id");
  CREATE INDEX "_topics_v_rels_exposures_id_idx" ON "_topics_v_rels" USING btree ("exposures_id");
  CREATE INDEX "_topics_v_rels_evaluation_rounds_id_idx" ON "_topics_v_rels" USING btree ("evaluation_rounds_id");
  CREATE INDEX "_topics_v_rels_tv_episodes_id_idx" ON "_topics_v_rels" USING btree ("tv_episodes_id");
  CREATE INDEX "_topics_v_rels_good_people_id_idx" ON "_topics_v_rels" USING btree ("good_people_id");
  CREATE INDEX "_topics_v_rels_selection_rounds_id_idx" ON "_topics_v_rels" USING btree ("selection_rounds_id");
  CREATE INDEX "_topics_v_rels_public_ads_id_idx" ON "_topics_v_rels" USING btree ("public_ads_id");
  CREATE INDEX "_topics_v_rels_knowledge_id_idx" ON "_topics_v_rels" USING btree ("knowledge_id");
  CREATE INDEX "_topics_v_rels_documents_id_idx" ON "_topics_v_rels" USING btree ("documents_id");
  CREATE INDEX "_topics_v_rels_projects_id_idx" ON "_topics_v_rels" USING btree ("projects_id");
  CREATE INDEX "_topics_v_rels_civility_titles_id_idx" ON "_topics_v_rels" USING btree ("civility_titles_id");
  CREATE INDEX "_topics_v_rels_volunteer_activities_id_idx" ON "_topics_v_rels" USING btree ("volunteer_activities_id");
  CREATE INDEX "_topics_v_rels_practice_centres_id_idx" ON "_topics_v_rels" USING btree ("practice_centres_id");
  CREATE INDEX "_topics_v_rels_news_id_idx" ON "_topics_v_rels" USING btree ("news_id");
  CREATE INDEX "_topics_v_rels_surveys_id_idx" ON "_topics_v_rels" USING btree ("surveys_id");
  CREATE INDEX "_topics_v_rels_messages_id_idx" ON "_topics_v_rels" USING btree ("messages_id");
  CREATE INDEX "quiz_answers_knowledge_idx" ON "quiz_answers" USING btree ("knowledge_id");
  CREATE INDEX "quiz_answers_day_idx" ON "quiz_answers" USING btree ("day");
  CREATE INDEX "quiz_answers_updated_at_idx" ON "quiz_answers" USING btree ("updated_at");
  CREATE INDEX "quiz_answers_created_at_idx" ON "quiz_answers" USING btree ("created_at");
  CREATE INDEX "knowledge_outcome_chosen_idx" ON "quiz_answers" USING btree ("knowledge_id","outcome","chosen");
  CREATE INDEX "site_addresses_collection_idx" ON "site_addresses" USING btree ("collection");
  CREATE INDEX "site_addresses_doc_id_idx" ON "site_addresses" USING btree ("doc_id");
  CREATE INDEX "site_addresses_updated_at_idx" ON "site_addresses" USING btree ("updated_at");
  CREATE INDEX "site_addresses_created_at_idx" ON "site_addresses" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_docId_slug_idx" ON "site_addresses" USING btree ("collection","doc_id","slug");
  CREATE INDEX "surveys_questions_options_order_idx" ON "surveys_questions_options" USING btree ("_order");
  CREATE INDEX "surveys_questions_options_parent_id_idx" ON "surveys_questions_options" USING btree ("_parent_id");
  CREATE INDEX "surveys_questions_order_idx" ON "surveys_questions" USING btree ("_order");
  CREATE INDEX "surveys_questions_parent_id_idx" ON "surveys_questions" USING btree ("_parent_id");
  CREATE INDEX "surveys_review_log_order_idx" ON "surveys_review_log" USING btree ("_order");
  CREATE INDEX "surveys_review_log_parent_id_idx" ON "surveys_review_log" USING btree ("_parent_id");
  CREATE INDEX "surveys_review_log_by_idx" ON "surveys_review_log" USING btree ("by_id");
  CREATE INDEX "surveys_opens_at_idx" ON "surveys" USING btree ("opens_at");
  CREATE INDEX "surveys_closes_at_idx" ON "surveys" USING btree ("closes_at");
  CREATE UNIQUE INDEX "surveys_slug_idx" ON "surveys" USING btree ("slug");
  CREATE INDEX "surveys_review_state_idx" ON "surveys" USING btree ("review_state");
  CREATE INDEX "surveys_last_edited_by_idx" ON "surveys" USING btree ("last_edited_by_id");
  CREATE INDEX "surveys_feed_id_idx" ON "surveys" USING btree ("feed_id");
  CREATE INDEX "surveys_updated_at_idx" ON "surveys" USING btree ("updated_at");
  CREATE INDEX "surveys_created_at_idx" ON "surveys" USING btree ("created_at");
  CREATE INDEX "surveys__status_idx" ON "surveys" USING btree ("_status");
  CREATE INDEX "_status_opensAt_idx" ON "surveys" USING btree ("_status","opens_at");
  CREATE INDEX "_surveys_v_version_questions_options_order_idx" ON "_surveys_v_version_questions_options" USING btree ("_order");
  CREATE INDEX "_surveys_v_version_questions_options_parent_id_idx" ON "_surveys_v_version_questions_options" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_version_questions_order_idx" ON "_surveys_v_version_questions" USING btree ("_order");
  CREATE INDEX "_surveys_v_version_questions_parent_id_idx" ON "_surveys_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_version_review_log_order_idx" ON "_surveys_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_surveys_v_version_review_log_parent_id_idx" ON "_surveys_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_surveys_v_version_review_log_by_idx" ON "_surveys_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_surveys_v_parent_idx" ON "_surveys_v" USING btree ("parent_id");
  CREATE INDEX "_surveys_v_version_version_opens_at_idx" ON "_surveys_v" USING btree ("version_opens_at");
  CREATE INDEX "_surveys_v_version_version_closes_at_idx" ON "_surveys_v" USING btree ("version_closes_at");
  CREATE INDEX "_surveys_v_version_version_slug_idx" ON "_surveys_v" USING btree ("version_slug");
  CREATE INDEX "_surveys_v_version_version_review_state_idx" ON "_surveys_v" USING btree ("version_review_state");
  CREATE INDEX "_surveys_v_version_version_last_edited_by_idx" ON "_surveys_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_surveys_v_version_version_feed_id_idx" ON "_surveys_v" USING btree ("version_feed_id");
  CREATE INDEX "_surveys_v_version_version_updated_at_idx" ON "_surveys_v" USING btree ("version_updated_at");
  CREATE INDEX "_surveys_v_version_version_created_at_idx" ON "_surveys_v" USING btree ("version_created_at");
  CREATE INDEX "_surveys_v_version_version__status_idx" ON "_surveys_v" USING btree ("version__status");
  CREATE INDEX "_surveys_v_created_at_idx" ON "_surveys_v" USING btree ("created_at");
  CREATE INDEX "_surveys_v_updated_at_idx" ON "_surveys_v" USING btree ("updated_at");
  CREATE INDEX "_surveys_v_latest_idx" ON "_surveys_v" USING btree ("latest");
  CREATE INDEX "version__status_version_opensAt_idx" ON "_surveys_v" USING btree ("version__status","version_opens_at");
  CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");
  CREATE UNIQUE INDEX "survey_responses_browser_key_idx" ON "survey_responses" USING btree ("browser_key");
  CREATE INDEX "survey_responses_network_idx" ON "survey_responses" USING btree ("network");
  CREATE UNIQUE INDEX "survey_responses_net_slot_idx" ON "survey_responses" USING btree ("net_slot");
  CREATE INDEX "survey_responses_district_idx" ON "survey_responses" USING btree ("district_id");
  CREATE INDEX "survey_responses_updated_at_idx" ON "survey_responses" USING btree ("updated_at");
  CREATE INDEX "survey_responses_created_at_idx" ON "survey_responses" USING btree ("created_at");
  CREATE INDEX "survey_tallies_survey_idx" ON "survey_tallies" USING btree ("survey_id");
  CREATE INDEX "survey_tallies_updated_at_idx" ON "survey_tallies" USING btree ("updated_at");
  CREATE INDEX "survey_tallies_created_at_idx" ON "survey_tallies" USING btree ("created_at");
  CREATE UNIQUE INDEX "survey_after_idx" ON "survey_tallies" USING btree ("survey_id","after");
  CREATE INDEX "messages_photo_hashes_order_idx" ON "messages_photo_hashes" USING btree ("_order");
  CREATE INDEX "messages_photo_hashes_parent_id_idx" ON "messages_photo_hashes" USING btree ("_parent_id");
  CREATE INDEX "messages_photo_hashes_hash_idx" ON "messages_photo_hashes" USING btree ("hash");
  CREATE INDEX "messages_review_log_order_idx" ON "messages_review_log" USING btree ("_order");
  CREATE INDEX "messages_review_log_parent_id_idx" ON "messages_review_log" USING btree ("_parent_id");
  CREATE INDEX "messages_review_log_by_idx" ON "messages_review_log" USING btree ("by_id");
  CREATE INDEX "messages_category_idx" ON "messages" USING btree ("category");
  CREATE INDEX "messages_allow_public_idx" ON "messages" USING btree ("allow_public");
  CREATE INDEX "messages_unit_idx" ON "messages" USING btree ("unit_id");
  CREATE INDEX "messages_received_at_idx" ON "messages" USING btree ("received_at");
  CREATE INDEX "messages_deadline_idx" ON "messages" USING btree ("deadline");
  CREATE INDEX "messages_answered_at_idx" ON "messages" USING btree ("answered_at");
  CREATE UNIQUE INDEX "messages_tracking_hash_idx" ON "messages" USING btree ("tracking_hash");
  CREATE INDEX "messages_text_hash_idx" ON "messages" USING btree ("text_hash");
  CREATE INDEX "messages_photo_status_idx" ON "messages" USING btree ("photo_status");
  CREATE UNIQUE INDEX "messages_slug_idx" ON "messages" USING btree ("slug");
  CREATE INDEX "messages_review_state_idx" ON "messages" USING btree ("review_state");
  CREATE INDEX "messages_last_edited_by_idx" ON "messages" USING btree ("last_edited_by_id");
  CREATE INDEX "messages_feed_id_idx" ON "messages" USING btree ("feed_id");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "messages__status_idx" ON "messages" USING btree ("_status");
  CREATE INDEX "_status_receivedAt_idx" ON "messages" USING btree ("_status","received_at");
  CREATE INDEX "messages_rels_order_idx" ON "messages_rels" USING btree ("order");
  CREATE INDEX "messages_rels_parent_idx" ON "messages_rels" USING btree ("parent_id");
  CREATE INDEX "messages_rels_path_idx" ON "messages_rels" USING btree ("path");
  CREATE INDEX "messages_rels_media_id_idx" ON "messages_rels" USING btree ("media_id");
  CREATE INDEX "_messages_v_version_photo_hashes_order_idx" ON "_messages_v_version_photo_hashes" USING btree ("_order");
  CREATE INDEX "_messages_v_version_photo_hashes_parent_id_idx" ON "_messages_v_version_photo_hashes" USING btree ("_parent_id");
  CREATE INDEX "_messages_v_version_photo_hashes_hash_idx" ON "_messages_v_version_photo_hashes" USING btree ("hash");
  CREATE INDEX "_messages_v_version_review_log_order_idx" ON "_messages_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_messages_v_version_review_log_parent_id_idx" ON "_messages_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_messages_v_version_review_log_by_idx" ON "_messages_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_messages_v_parent_idx" ON "_messages_v" USING btree ("parent_id");
  CREATE INDEX "_messages_v_version_version_category_idx" ON "_messages_v" USING btree ("version_category");
  CREATE INDEX "_messages_v_version_version_allow_public_idx" ON "_messages_v" USING btree ("version_allow_public");
  CREATE INDEX "_messages_v_version_version_unit_idx" ON "_messages_v" USING btree ("version_unit_id");
  CREATE INDEX "_messages_v_version_version_received_at_idx" ON "_messages_v" USING btree ("version_received_at");
  CREATE INDEX "_messages_v_version_version_deadline_idx" ON "_messages_v" USING btree ("version_deadline");
  CREATE INDEX "_messages_v_version_version_answered_at_idx" ON "_messages_v" USING btree ("version_answered_at");
  CREATE INDEX "_messages_v_version_version_tracking_hash_idx" ON "_messages_v" USING btree ("version_tracking_hash");
  CREATE INDEX "_messages_v_version_version_text_hash_idx" ON "_messages_v" USING btree ("version_text_hash");
  CREATE INDEX "_messages_v_version_version_photo_status_idx" ON "_messages_v" USING btree ("version_photo_status");
  CREATE INDEX "_messages_v_version_version_slug_idx" ON "_messages_v" USING btree ("version_slug");
  CREATE INDEX "_messages_v_version_version_review_state_idx" ON "_messages_v" USING btree ("version_review_state");
  CREATE INDEX "_messages_v_version_version_last_edited_by_idx" ON "_messages_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_messages_v_version_version_feed_id_idx" ON "_messages_v" USING btree ("version_feed_id");
  CREATE INDEX "_messages_v_version_version_updated_at_idx" ON "_messages_v" USING btree ("version_updated_at");
  CREATE INDEX "_messages_v_version_version_created_at_idx" ON "_messages_v" USING btree ("version_created_at");
  CREATE INDEX "_messages_v_version_version__status_idx" ON "_messages_v" USING btree ("version__status");
  CREATE INDEX "_messages_v_created_at_idx" ON "_messages_v" USING btree ("created_at");
  CREATE INDEX "_messages_v_updated_at_idx" ON "_messages_v" USING btree ("updated_at");
  CREATE INDEX "_messages_v_latest_idx" ON "_messages_v" USING btree ("latest");
  CREATE INDEX "version__status_version_receivedAt_idx" ON "_messages_v" USING btree ("version__status","version_received_at");
  CREATE INDEX "_messages_v_rels_order_idx" ON "_messages_v_rels" USING btree ("order");
  CREATE INDEX "_messages_v_rels_parent_idx" ON "_messages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_messages_v_rels_path_idx" ON "_messages_v_rels" USING btree ("path");
  CREATE INDEX "_messages_v_rels_media_id_idx" ON "_messages_v_rels" USING btree ("media_id");
  CREATE INDEX "pending_photos_owner_idx" ON "pending_photos" USING btree ("owner");
  CREATE INDEX "pending_photos_owner_id_idx" ON "pending_photos" USING btree ("owner_id");
  CREATE INDEX "pending_photos_updated_at_idx" ON "pending_photos" USING btree ("updated_at");
  CREATE INDEX "pending_photos_created_at_idx" ON "pending_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletins_id");
  CREATE INDEX "payload_locked_documents_rels_evaluation_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_rounds_id");
  CREATE INDEX "payload_locked_documents_rels_exposures_id_idx" ON "payload_locked_documents_rels" USING btree ("exposures_id");
  CREATE INDEX "payload_locked_documents_rels_tv_episodes_id_idx" ON "payload_locked_documents_rels" USING btree ("tv_episodes_id");
  CREATE INDEX "payload_locked_documents_rels_good_people_id_idx" ON "payload_locked_documents_rels" USING btree ("good_people_id");
  CREATE INDEX "payload_locked_documents_rels_selection_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("selection_rounds_id");
  CREATE INDEX "payload_locked_documents_rels_public_ads_id_idx" ON "payload_locked_documents_rels" USING btree ("public_ads_id");
  CREATE INDEX "payload_locked_documents_rels_knowledge_id_idx" ON "payload_locked_documents_rels" USING btree ("knowledge_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_issue_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("issue_claims_id");
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");
  CREATE INDEX "payload_locked_documents_rels_accountability_records_id_idx" ON "payload_locked_documents_rels" USING btree ("accountability_records_id");
  CREATE INDEX "payload_locked_documents_rels_deadline_extensions_id_idx" ON "payload_locked_documents_rels" USING btree ("deadline_extensions_id");
  CREATE INDEX "payload_locked_documents_rels_resident_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("resident_reports_id");
  CREATE INDEX "payload_locked_documents_rels_endorsements_id_idx" ON "payload_locked_documents_rels" USING btree ("endorsements_id");
  CREATE INDEX "payload_locked_documents_rels_objections_id_idx" ON "payload_locked_documents_rels" USING btree ("objections_id");
  CREATE INDEX "payload_locked_documents_rels_builder_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("builder_leases_id");
  CREATE INDEX "payload_locked_documents_rels_rate_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_slots_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_civility_titles_id_idx" ON "payload_locked_documents_rels" USING btree ("civility_titles_id");
  CREATE INDEX "payload_locked_documents_rels_title_revocations_id_idx" ON "payload_locked_documents_rels" USING btree ("title_revocations_id");
  CREATE INDEX "payload_locked_documents_rels_volunteer_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_activities_id");
  CREATE INDEX "payload_locked_documents_rels_practice_centres_id_idx" ON "payload_locked_documents_rels" USING btree ("practice_centres_id");
  CREATE INDEX "payload_locked_documents_rels_volunteer_signups_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_signups_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_answers_id");
  CREATE INDEX "payload_locked_documents_rels_site_addresses_id_idx" ON "payload_locked_documents_rels" USING btree ("site_addresses_id");
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_responses_id");
  CREATE INDEX "payload_locked_documents_rels_survey_tallies_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_tallies_id");
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_pending_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("pending_photos_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "workbench_settings_stale_thresholds_order_idx" ON "workbench_settings_stale_thresholds" USING btree ("_order");
  CREATE INDEX "workbench_settings_stale_thresholds_parent_id_idx" ON "workbench_settings_stale_thresholds" USING btree ("_parent_id");
  CREATE INDEX "site_identity_footer_links_order_idx" ON "site_identity_footer_links" USING btree ("_order");
  CREATE INDEX "site_identity_footer_links_parent_id_idx" ON "site_identity_footer_links" USING btree ("_parent_id");
  CREATE INDEX "site_identity_identity_mark_idx" ON "site_identity" USING btree ("identity_mark_id");
  CREATE INDEX "site_identity_wechat_qr_idx" ON "site_identity" USING btree ("wechat_qr_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "bulletins_review_log" CASCADE;
  DROP TABLE "bulletins" CASCADE;
  DROP TABLE "bulletins_rels" CASCADE;
  DROP TABLE "_bulletins_v_version_review_log" CASCADE;
  DROP TABLE "_bulletins_v" CASCADE;
  DROP TABLE "_bulletins_v_rels" CASCADE;
  DROP TABLE "evaluation_rounds_indicators" CASCADE;
  DROP TABLE "evaluation_rounds_scores" CASCADE;
  DROP TABLE "evaluation_rounds_results" CASCADE;
  DROP TABLE "evaluation_rounds_review_log" CASCADE;
  DROP TABLE "evaluation_rounds" CASCADE;
  DROP TABLE "_evaluation_rounds_v_version_indicators" CASCADE;
  DROP TABLE "_evaluation_rounds_v_version_scores" CASCADE;
  DROP TABLE "_evaluation_rounds_v_version_results" CASCADE;
  DROP TABLE "_evaluation_rounds_v_version_review_log" CASCADE;
  DROP TABLE "_evaluation_rounds_v" CASCADE;
  DROP TABLE "exposures_status_history" CASCADE;
  DROP TABLE "exposures_review_log" CASCADE;
  DROP TABLE "exposures" CASCADE;
  DROP TABLE "exposures_rels" CASCADE;
  DROP TABLE "_exposures_v_version_status_history" CASCADE;
  DROP TABLE "_exposures_v_version_review_log" CASCADE;
  DROP TABLE "_exposures_v" CASCADE;
  DROP TABLE "_exposures_v_rels" CASCADE;
  DROP TABLE "tv_episodes_officials" CASCADE;
  DROP TABLE "tv_episodes_issues_follow_ups" CASCADE;
  DROP TABLE "tv_episodes_issues" CASCADE;
  DROP TABLE "tv_episodes_review_log" CASCADE;
  DROP TABLE "tv_episodes" CASCADE;
  DROP TABLE "tv_episodes_rels" CASCADE;
  DROP TABLE "_tv_episodes_v_version_officials" CASCADE;
  DROP TABLE "_tv_episodes_v_version_issues_follow_ups" CASCADE;
  DROP TABLE "_tv_episodes_v_version_issues" CASCADE;
  DROP TABLE "_tv_episodes_v_version_review_log" CASCADE;
  DROP TABLE "_tv_episodes_v" CASCADE;
  DROP TABLE "_tv_episodes_v_rels" CASCADE;
  DROP TABLE "good_people_promotions" CASCADE;
  DROP TABLE "good_people_review_log" CASCADE;
  DROP TABLE "good_people" CASCADE;
  DROP TABLE "_good_people_v_version_promotions" CASCADE;
  DROP TABLE "_good_people_v_version_review_log" CASCADE;
  DROP TABLE "_good_people_v" CASCADE;
  DROP TABLE "selection_rounds_review_log" CASCADE;
  DROP TABLE "selection_rounds" CASCADE;
  DROP TABLE "_selection_rounds_v_version_review_log" CASCADE;
  DROP TABLE "_selection_rounds_v" CASCADE;
  DROP TABLE "public_ads_placements" CASCADE;
  DROP TABLE "public_ads_themes" CASCADE;
  DROP TABLE "public_ads_review_log" CASCADE;
  DROP TABLE "public_ads" CASCADE;
  DROP TABLE "_public_ads_v_version_placements" CASCADE;
  DROP TABLE "_public_ads_v_version_themes" CASCADE;
  DROP TABLE "_public_ads_v_version_review_log" CASCADE;
  DROP TABLE "_public_ads_v" CASCADE;
  DROP TABLE "knowledge_quiz_options" CASCADE;
  DROP TABLE "knowledge_review_log" CASCADE;
  DROP TABLE "knowledge" CASCADE;
  DROP TABLE "_knowledge_v_version_quiz_options" CASCADE;
  DROP TABLE "_knowledge_v_version_review_log" CASCADE;
  DROP TABLE "_knowledge_v" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "issue_claims" CASCADE;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "accountability_records" CASCADE;
  DROP TABLE "accountability_records_rels" CASCADE;
  DROP TABLE "deadline_extensions" CASCADE;
  DROP TABLE "resident_reports_photo_hashes" CASCADE;
  DROP TABLE "resident_reports" CASCADE;
  DROP TABLE "resident_reports_rels" CASCADE;
  DROP TABLE "endorsements" CASCADE;
  DROP TABLE "objections" CASCADE;
  DROP TABLE "builder_leases" CASCADE;
  DROP TABLE "rate_slots" CASCADE;
  DROP TABLE "documents_review_log" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v_version_review_log" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "projects_milestones" CASCADE;
  DROP TABLE "projects_review_log" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_rels" CASCADE;
  DROP TABLE "_projects_v_version_milestones" CASCADE;
  DROP TABLE "_projects_v_version_review_log" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "_projects_v_rels" CASCADE;
  DROP TABLE "civility_titles_reviews" CASCADE;
  DROP TABLE "civility_titles_review_log" CASCADE;
  DROP TABLE "civility_titles" CASCADE;
  DROP TABLE "_civility_titles_v_version_reviews" CASCADE;
  DROP TABLE "_civility_titles_v_version_review_log" CASCADE;
  DROP TABLE "_civility_titles_v" CASCADE;
  DROP TABLE "title_revocations" CASCADE;
  DROP TABLE "volunteer_activities_review_log" CASCADE;
  DROP TABLE "volunteer_activities" CASCADE;
  DROP TABLE "volunteer_activities_rels" CASCADE;
  DROP TABLE "_volunteer_activities_v_version_review_log" CASCADE;
  DROP TABLE "_volunteer_activities_v" CASCADE;
  DROP TABLE "_volunteer_activities_v_rels" CASCADE;
  DROP TABLE "practice_centres_services" CASCADE;
  DROP TABLE "practice_centres_review_log" CASCADE;
  DROP TABLE "practice_centres" CASCADE;
  DROP TABLE "_practice_centres_v_version_services" CASCADE;
  DROP TABLE "_practice_centres_v_version_review_log" CASCADE;
  DROP TABLE "_practice_centres_v" CASCADE;
  DROP TABLE "volunteer_signups" CASCADE;
  DROP TABLE "news_review_log" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_version_review_log" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "topics_review_log" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v_version_review_log" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "quiz_answers" CASCADE;
  DROP TABLE "site_addresses" CASCADE;
  DROP TABLE "surveys_questions_options" CASCADE;
  DROP TABLE "surveys_questions" CASCADE;
  DROP TABLE "surveys_review_log" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "_surveys_v_version_questions_options" CASCADE;
  DROP TABLE "_surveys_v_version_questions" CASCADE;
  DROP TABLE "_surveys_v_version_review_log" CASCADE;
  DROP TABLE "_surveys_v" CASCADE;
  DROP TABLE "survey_responses" CASCADE;
  DROP TABLE "survey_tallies" CASCADE;
  DROP TABLE "messages_photo_hashes" CASCADE;
  DROP TABLE "messages_review_log" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "messages_rels" CASCADE;
  DROP TABLE "_messages_v_version_photo_hashes" CASCADE;
  DROP TABLE "_messages_v_version_review_log" CASCADE;
  DROP TABLE "_messages_v" CASCADE;
  DROP TABLE "_messages_v_rels" CASCADE;
  DROP TABLE "pending_photos" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "workbench_settings_stale_thresholds" CASCADE;
  DROP TABLE "workbench_settings" CASCADE;
  DROP TABLE "site_status" CASCADE;
  DROP TABLE "site_identity_footer_links" CASCADE;
  DROP TABLE "site_identity" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_bulletins_review_log_action";
  DROP TYPE "public"."enum_bulletins_series";
  DROP TYPE "public"."enum_bulletins_review_state";
  DROP TYPE "public"."enum_bulletins_status";
  DROP TYPE "public"."enum__bulletins_v_version_review_log_action";
  DROP TYPE "public"."enum__bulletins_v_version_series";
  DROP TYPE "public"."enum__bulletins_v_version_review_state";
  DROP TYPE "public"."enum__bulletins_v_version_status";
  DROP TYPE "public"."enum_evaluation_rounds_results_list";
  DROP TYPE "public"."enum_evaluation_rounds_review_log_action";
  DROP TYPE "public"."enum_evaluation_rounds_evaluator";
  DROP TYPE "public"."enum_evaluation_rounds_review_state";
  DROP TYPE "public"."enum_evaluation_rounds_status";
  DROP TYPE "public"."enum__evaluation_rounds_v_version_results_list";
  DROP TYPE "public"."enum__evaluation_rounds_v_version_review_log_action";
  DROP TYPE "public"."enum__evaluation_rounds_v_version_evaluator";
  DROP TYPE "public"."enum__evaluation_rounds_v_version_review_state";
  DROP TYPE "public"."enum__evaluation_rounds_v_version_status";
  DROP TYPE "public"."enum_exposures_status_history_status";
  DROP TYPE "public"."enum_exposures_review_log_action";
  DROP TYPE "public"."enum_exposures_rectification_status";
  DROP TYPE "public"."enum_exposures_supervision_state";
  DROP TYPE "public"."enum_exposures_review_state";
  DROP TYPE "public"."enum_exposures_status";
  DROP TYPE "public"."enum__exposures_v_version_status_history_status";
  DROP TYPE "public"."enum__exposures_v_version_review_log_action";
  DROP TYPE "public"."enum__exposures_v_version_rectification_status";
  DROP TYPE "public"."enum__exposures_v_version_supervision_state";
  DROP TYPE "public"."enum__exposures_v_version_review_state";
  DROP TYPE "public"."enum__exposures_v_version_status";
  DROP TYPE "public"."enum_tv_episodes_issues_follow_ups_result";
  DROP TYPE "public"."enum_tv_episodes_issues_status";
  DROP TYPE "public"."enum_tv_episodes_review_log_action";
  DROP TYPE "public"."enum_tv_episodes_review_state";
  DROP TYPE "public"."enum_tv_episodes_status";
  DROP TYPE "public"."enum__tv_episodes_v_version_issues_follow_ups_result";
  DROP TYPE "public"."enum__tv_episodes_v_version_issues_status";
  DROP TYPE "public"."enum__tv_episodes_v_version_review_log_action";
  DROP TYPE "public"."enum__tv_episodes_v_version_review_state";
  DROP TYPE "public"."enum__tv_episodes_v_version_status";
  DROP TYPE "public"."enum_good_people_promotions_level";
  DROP TYPE "public"."enum_good_people_review_log_action";
  DROP TYPE "public"."enum_good_people_category";
  DROP TYPE "public"."enum_good_people_channel";
  DROP TYPE "public"."enum_good_people_level";
  DROP TYPE "public"."enum_good_people_review_state";
  DROP TYPE "public"."enum_good_people_status";
  DROP TYPE "public"."enum__good_people_v_version_promotions_level";
  DROP TYPE "public"."enum__good_people_v_version_review_log_action";
  DROP TYPE "public"."enum__good_people_v_version_category";
  DROP TYPE "public"."enum__good_people_v_version_channel";
  DROP TYPE "public"."enum__good_people_v_version_level";
  DROP TYPE "public"."enum__good_people_v_version_review_state";
  DROP TYPE "public"."enum__good_people_v_version_status";
  DROP TYPE "public"."enum_selection_rounds_review_log_action";
  DROP TYPE "public"."enum_selection_rounds_round_status";
  DROP TYPE "public"."enum_selection_rounds_review_state";
  DROP TYPE "public"."enum_selection_rounds_status";
  DROP TYPE "public"."enum__selection_rounds_v_version_review_log_action";
  DROP TYPE "public"."enum__selection_rounds_v_version_round_status";
  DROP TYPE "public"."enum__selection_rounds_v_version_review_state";
  DROP TYPE "public"."enum__selection_rounds_v_version_status";
  DROP TYPE "public"."enum_public_ads_placements_kind";
  DROP TYPE "public"."enum_public_ads_themes";
  DROP TYPE "public"."enum_public_ads_review_log_action";
  DROP TYPE "public"."enum_public_ads_format";
  DROP TYPE "public"."enum_public_ads_review_state";
  DROP TYPE "public"."enum_public_ads_status";
  DROP TYPE "public"."enum__public_ads_v_version_placements_kind";
  DROP TYPE "public"."enum__public_ads_v_version_themes";
  DROP TYPE "public"."enum__public_ads_v_version_review_log_action";
  DROP TYPE "public"."enum__public_ads_v_version_format";
  DROP TYPE "public"."enum__public_ads_v_version_review_state";
  DROP TYPE "public"."enum__public_ads_v_version_status";
  DROP TYPE "public"."enum_knowledge_review_log_action";
  DROP TYPE "public"."enum_knowledge_topic";
  DROP TYPE "public"."enum_knowledge_kind";
  DROP TYPE "public"."enum_knowledge_review_state";
  DROP TYPE "public"."enum_knowledge_status";
  DROP TYPE "public"."enum__knowledge_v_version_review_log_action";
  DROP TYPE "public"."enum__knowledge_v_version_topic";
  DROP TYPE "public"."enum__knowledge_v_version_kind";
  DROP TYPE "public"."enum__knowledge_v_version_review_state";
  DROP TYPE "public"."enum__knowledge_v_version_status";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_accountability_records_form";
  DROP TYPE "public"."enum_accountability_records_status";
  DROP TYPE "public"."enum_deadline_extensions_status";
  DROP TYPE "public"."enum_resident_reports_status";
  DROP TYPE "public"."enum_resident_reports_category";
  DROP TYPE "public"."enum_resident_reports_photo_status";
  DROP TYPE "public"."enum_objections_status";
  DROP TYPE "public"."enum_documents_review_log_action";
  DROP TYPE "public"."enum_documents_kind";
  DROP TYPE "public"."enum_documents_validity";
  DROP TYPE "public"."enum_documents_review_state";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_review_log_action";
  DROP TYPE "public"."enum__documents_v_version_kind";
  DROP TYPE "public"."enum__documents_v_version_validity";
  DROP TYPE "public"."enum__documents_v_version_review_state";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum_projects_review_log_action";
  DROP TYPE "public"."enum_projects_campaign";
  DROP TYPE "public"."enum_projects_stage";
  DROP TYPE "public"."enum_projects_review_state";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum__projects_v_version_review_log_action";
  DROP TYPE "public"."enum__projects_v_version_campaign";
  DROP TYPE "public"."enum__projects_v_version_stage";
  DROP TYPE "public"."enum__projects_v_version_review_state";
  DROP TYPE "public"."enum__projects_v_version_status";
  DROP TYPE "public"."enum_civility_titles_reviews_result";
  DROP TYPE "public"."enum_civility_titles_review_log_action";
  DROP TYPE "public"."enum_civility_titles_category";
  DROP TYPE "public"."enum_civility_titles_level";
  DROP TYPE "public"."enum_civility_titles_review_state";
  DROP TYPE "public"."enum_civility_titles_status";
  DROP TYPE "public"."enum__civility_titles_v_version_reviews_result";
  DROP TYPE "public"."enum__civility_titles_v_version_review_log_action";
  DROP TYPE "public"."enum__civility_titles_v_version_category";
  DROP TYPE "public"."enum__civility_titles_v_version_level";
  DROP TYPE "public"."enum__civility_titles_v_version_review_state";
  DROP TYPE "public"."enum__civility_titles_v_version_status";
  DROP TYPE "public"."enum_title_revocations_status";
  DROP TYPE "public"."enum_volunteer_activities_review_log_action";
  DROP TYPE "public"."enum_volunteer_activities_review_state";
  DROP TYPE "public"."enum_volunteer_activities_status";
  DROP TYPE "public"."enum__volunteer_activities_v_version_review_log_action";
  DROP TYPE "public"."enum__volunteer_activities_v_version_review_state";
  DROP TYPE "public"."enum__volunteer_activities_v_version_status";
  DROP TYPE "public"."enum_practice_centres_review_log_action";
  DROP TYPE "public"."enum_practice_centres_level";
  DROP TYPE "public"."enum_practice_centres_review_state";
  DROP TYPE "public"."enum_practice_centres_status";
  DROP TYPE "public"."enum__practice_centres_v_version_review_log_action";
  DROP TYPE "public"."enum__practice_centres_v_version_level";
  DROP TYPE "public"."enum__practice_centres_v_version_review_state";
  DROP TYPE "public"."enum__practice_centres_v_version_status";
  DROP TYPE "public"."enum_volunteer_signups_status";
  DROP TYPE "public"."enum_news_review_log_action";
  DROP TYPE "public"."enum_news_review_state";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_review_log_action";
  DROP TYPE "public"."enum__news_v_version_review_state";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_topics_review_log_action";
  DROP TYPE "public"."enum_topics_review_state";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_review_log_action";
  DROP TYPE "public"."enum__topics_v_version_review_state";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_quiz_answers_outcome";
  DROP TYPE "public"."enum_surveys_questions_kind";
  DROP TYPE "public"."enum_surveys_review_log_action";
  DROP TYPE "public"."enum_surveys_review_state";
  DROP TYPE "public"."enum_surveys_status";
  DROP TYPE "public"."enum__surveys_v_version_questions_kind";
  DROP TYPE "public"."enum__surveys_v_version_review_log_action";
  DROP TYPE "public"."enum__surveys_v_version_review_state";
  DROP TYPE "public"."enum__surveys_v_version_status";
  DROP TYPE "public"."enum_messages_review_log_action";
  DROP TYPE "public"."enum_messages_category";
  DROP TYPE "public"."enum_messages_rating";
  DROP TYPE "public"."enum_messages_photo_status";
  DROP TYPE "public"."enum_messages_review_state";
  DROP TYPE "public"."enum_messages_status";
  DROP TYPE "public"."enum__messages_v_version_review_log_action";
  DROP TYPE "public"."enum__messages_v_version_category";
  DROP TYPE "public"."enum__messages_v_version_rating";
  DROP TYPE "public"."enum__messages_v_version_photo_status";
  DROP TYPE "public"."enum__messages_v_version_review_state";
  DROP TYPE "public"."enum__messages_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_workbench_settings_stale_thresholds_section";
  DROP TYPE "public"."enum_site_status_state";`)
}
