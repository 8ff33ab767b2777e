import * as migration_20261207_010410_initial from './20261207_010410_initial';
import * as migration_20261207_062814_issue26_votes_index from './20261207_062814_issue26_votes_index';
import * as migration_20261207_130256_issue26_pending_photo_bytes from './20261207_130256_issue26_pending_photo_bytes';

export const migrations = [
  {
    up: migration_20261207_010410_initial.up,
    down: migration_20261207_010410_initial.down,
    name: '20261207_010410_initial'
  },
  {
    up: migration_20261207_062814_issue26_votes_index.up,
    down: migration_20261207_062814_issue26_votes_index.down,
    name: '20261207_062814_issue26_votes_index'
  },
  {
    up: migration_20261207_130256_issue26_pending_photo_bytes.up,
    down: migration_20261207_130256_issue26_pending_photo_bytes.down,
    name: '20261207_130256_issue26_pending_photo_bytes'
  },
];
