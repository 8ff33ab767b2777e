import * as migration_20261207_010410_initial from './20261207_010410_initial';

export const migrations = [
  {
    up: migration_20261207_010410_initial.up,
    down: migration_20261207_010410_initial.down,
    name: '20261207_010410_initial'
  },
];
