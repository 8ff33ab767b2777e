import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_good_people\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`photo_id\` integer,
  	\`story\` text,
  	\`category\` text,
  	\`channel\` text,
  	\`unit_id\` integer,
  	\`round_id\` integer,
  	\`level\` text,
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
  await db.run(sql`INSERT INTO \`__new_good_people\`("id", "name", "title", "photo_id", "story", "category", "channel", "unit_id", "round_id", "level", "slug", "review_state", "review_comment", "publish_reason", "last_edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "name", "title", "photo_id", "story", "category", "channel", "unit_id", "round_id", "level", "slug", "review_state", "review_comment", "publish_reason", "last_edited_by_id", "updated_at", "created_at", "_status" FROM \`good_people\`;`)
  await db.run(sql`DROP TABLE \`good_people\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_people\` RENAME TO \`good_people\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__good_people_v\` (
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
  	\`version_level\` text,
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
  await db.run(sql`INSERT INTO \`__new__good_people_v\`("id", "parent_id", "version_name", "version_title", "version_photo_id", "version_story", "version_category", "version_channel", "version_unit_id", "version_round_id", "version_level", "version_slug", "version_review_state", "version_review_comment", "version_publish_reason", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_title", "version_photo_id", "version_story", "version_category", "version_channel", "version_unit_id", "version_round_id", "version_level", "version_slug", "version_review_state", "version_review_comment", "version_publish_reason", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_good_people_v\`;`)
  await db.run(sql`DROP TABLE \`_good_people_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_people_v\` RENAME TO \`_good_people_v\`;`)
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_good_people\` (
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
  await db.run(sql`INSERT INTO \`__new_good_people\`("id", "name", "title", "photo_id", "story", "category", "channel", "unit_id", "round_id", "level", "slug", "review_state", "review_comment", "publish_reason", "last_edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "name", "title", "photo_id", "story", "category", "channel", "unit_id", "round_id", "level", "slug", "review_state", "review_comment", "publish_reason", "last_edited_by_id", "updated_at", "created_at", "_status" FROM \`good_people\`;`)
  await db.run(sql`DROP TABLE \`good_people\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_people\` RENAME TO \`good_people\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__good_people_v\` (
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
  await db.run(sql`INSERT INTO \`__new__good_people_v\`("id", "parent_id", "version_name", "version_title", "version_photo_id", "version_story", "version_category", "version_channel", "version_unit_id", "version_round_id", "version_level", "version_slug", "version_review_state", "version_review_comment", "version_publish_reason", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_title", "version_photo_id", "version_story", "version_category", "version_channel", "version_unit_id", "version_round_id", "version_level", "version_slug", "version_review_state", "version_review_comment", "version_publish_reason", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_good_people_v\`;`)
  await db.run(sql`DROP TABLE \`_good_people_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_people_v\` RENAME TO \`_good_people_v\`;`)
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
}
