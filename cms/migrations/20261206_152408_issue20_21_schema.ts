import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`evaluation_rounds_scores\` ADD \`not_applicable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` ADD \`not_applicable\` text;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` DROP COLUMN \`previous_rank\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` DROP COLUMN \`movement\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_scores\` ADD \`not_applicable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` ADD \`not_applicable\` text;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` DROP COLUMN \`previous_rank\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` DROP COLUMN \`movement\`;`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`good_people_promotions\` DROP COLUMN \`reason\`;`)
  await db.run(sql`ALTER TABLE \`_good_people_v_version_promotions\` DROP COLUMN \`reason\`;`)
}
