import * as migration_20261122_004221_initial from './20261122_004221_initial';
import * as migration_20261201_144043_media_privacy from './20261201_144043_media_privacy';
import * as migration_20261201_150449_ladder_entry_level from './20261201_150449_ladder_entry_level';
import * as migration_20261201_153023_workbench_residents_publish_status from './20261201_153023_workbench_residents_publish_status';
import * as migration_20261201_153612_builder_lease_list_indexes from './20261201_153612_builder_lease_list_indexes';
import * as migration_20261206_135802_trust_rate_slots_media_review from './20261206_135802_trust_rate_slots_media_review';
import * as migration_20261206_153156_issue20_21_schema from './20261206_153156_issue20_21_schema';
import * as migration_20261206_183809_issue23_sections from './20261206_183809_issue23_sections';
import * as migration_20261206_214540_issue24_25_residents_partners from './20261206_214540_issue24_25_residents_partners';
import * as migration_20261206_215336_issue24_messages from './20261206_215336_issue24_messages';
import * as migration_20261207_001055_issue26_residents_photos from './20261207_001055_issue26_residents_photos';
import * as migration_20261207_062814_issue26_votes_index from './20261207_062814_issue26_votes_index';
import * as migration_20261207_130256_issue26_pending_photo_bytes from './20261207_130256_issue26_pending_photo_bytes';

export const migrations = [
  {
    up: migration_20261122_004221_initial.up,
    down: migration_20261122_004221_initial.down,
    name: '20261122_004221_initial',
  },
  {
    up: migration_20261201_144043_media_privacy.up,
    down: migration_20261201_144043_media_privacy.down,
    name: '20261201_144043_media_privacy',
  },
  {
    up: migration_20261201_150449_ladder_entry_level.up,
    down: migration_20261201_150449_ladder_entry_level.down,
    name: '20261201_150449_ladder_entry_level',
  },
  {
    up: migration_20261201_153023_workbench_residents_publish_status.up,
    down: migration_20261201_153023_workbench_residents_publish_status.down,
    name: '20261201_153023_workbench_residents_publish_status',
  },
  {
    up: migration_20261201_153612_builder_lease_list_indexes.up,
    down: migration_20261201_153612_builder_lease_list_indexes.down,
    name: '20261201_153612_builder_lease_list_indexes',
  },
  {
    up: migration_20261206_135802_trust_rate_slots_media_review.up,
    down: migration_20261206_135802_trust_rate_slots_media_review.down,
    name: '20261206_135802_trust_rate_slots_media_review',
  },
  {
    up: migration_20261206_153156_issue20_21_schema.up,
    down: migration_20261206_153156_issue20_21_schema.down,
    name: '20261206_153156_issue20_21_schema',
  },
  {
    up: migration_20261206_183809_issue23_sections.up,
    down: migration_20261206_183809_issue23_sections.down,
    name: '20261206_183809_issue23_sections',
  },
  {
    up: migration_20261206_214540_issue24_25_residents_partners.up,
    down: migration_20261206_214540_issue24_25_residents_partners.down,
    name: '20261206_214540_issue24_25_residents_partners',
  },
  {
    up: migration_20261206_215336_issue24_messages.up,
    down: migration_20261206_215336_issue24_messages.down,
    name: '20261206_215336_issue24_messages',
  },
  {
    up: migration_20261207_001055_issue26_residents_photos.up,
    down: migration_20261207_001055_issue26_residents_photos.down,
    name: '20261207_001055_issue26_residents_photos',
  },
  {
    up: migration_20261207_062814_issue26_votes_index.up,
    down: migration_20261207_062814_issue26_votes_index.down,
    name: '20261207_062814_issue26_votes_index',
  },
  {
    up: migration_20261207_130256_issue26_pending_photo_bytes.up,
    down: migration_20261207_130256_issue26_pending_photo_bytes.down,
    name: '20261207_130256_issue26_pending_photo_bytes'
  },
];
