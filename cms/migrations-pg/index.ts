import * as migration_20261207_010410_initial from './20261207_010410_initial';
import * as migration_20261207_062814_zz_votes from './20261207_062814_zz_votes';

export const migrations = [
  {
    up: migration_20261207_010410_initial.up,
    down: migration_20261207_010410_initial.down,
    name: '20261207_010410_initial'
  },
  {
    up: migration_20261207_062814_zz_votes.up,
    down: migration_20261207_062814_zz_votes.down,
    name: '20261207_062814_zz_votes'
  },
];
