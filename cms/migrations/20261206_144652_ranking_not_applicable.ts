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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` ADD \`previous_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` ADD \`movement\` numeric;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_results\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` ADD \`previous_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` ADD \`movement\` numeric;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_results\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_rounds_scores\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`_evaluation_rounds_v_version_scores\` DROP COLUMN \`not_applicable\`;`)
}
