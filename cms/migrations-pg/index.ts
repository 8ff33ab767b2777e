import * as migration_20261207_000432_initial from './20261207_000432_initial';

export const migrations = [
  {
    up: migration_20261207_000432_initial.up,
    down: migration_20261207_000432_initial.down,
    name: '20261207_000432_initial'
  },
];
