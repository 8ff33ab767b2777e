import * as migration_20261122_004221_initial from './20261122_004221_initial';

export const migrations = [
  {
    up: migration_20261122_004221_initial.up,
    down: migration_20261122_004221_initial.down,
    name: '20261122_004221_initial'
  },
];
