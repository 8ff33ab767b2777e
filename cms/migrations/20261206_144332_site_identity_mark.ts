import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`identity_mark_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`identity_mark_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_identity\` ADD \`error_report_url\` text;`)
  await db.run(sql`CREATE INDEX \`site_identity_identity_mark_idx\` ON \`site_identity\` (\`identity_mark_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_identity\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`site_name\` text,
  	\`sponsor\` text,
  	\`operator\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`address\` text,
  	\`site_code\` text,
  	\`icp\` text,
  	\`psb\` text,
  	\`wechat_name\` text,
  	\`wechat_qr_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`wechat_qr_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_identity\`("id", "site_name", "sponsor", "operator", "phone", "email", "address", "site_code", "icp", "psb", "wechat_name", "wechat_qr_id", "updated_at", "created_at") SELECT "id", "site_name", "sponsor", "operator", "phone", "email", "address", "site_code", "icp", "psb", "wechat_name", "wechat_qr_id", "updated_at", "created_at" FROM \`site_identity\`;`)
  await db.run(sql`DROP TABLE \`site_identity\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_identity\` RENAME TO \`site_identity\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_identity_wechat_qr_idx\` ON \`site_identity\` (\`wechat_qr_id\`);`)
}
