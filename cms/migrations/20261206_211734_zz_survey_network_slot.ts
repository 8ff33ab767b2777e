import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`survey_responses\` ADD \`network\` text;`)
  await db.run(sql`ALTER TABLE \`survey_responses\` ADD \`net_slot\` text;`)
  await db.run(sql`CREATE INDEX \`survey_responses_network_idx\` ON \`survey_responses\` (\`network\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_responses_net_slot_idx\` ON \`survey_responses\` (\`net_slot\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`survey_responses_network_idx\`;`)
  await db.run(sql`DROP INDEX \`survey_responses_net_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`survey_responses\` DROP COLUMN \`network\`;`)
  await db.run(sql`ALTER TABLE \`survey_responses\` DROP COLUMN \`net_slot\`;`)
}
