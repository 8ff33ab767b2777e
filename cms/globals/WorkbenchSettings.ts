import type { GlobalConfig } from 'payload'
import { isAdmin, isStaff } from '../access/index.ts'
import { DEFAULT_STALE_DAYS, SECTIONS } from '../domain/dashboard.ts'
import { label, selectOptions } from '../fields/label.ts'
import { globalSlugs } from '../slugs.ts'

export const WORKBENCH_SETTINGS_SLUG = globalSlugs.workbenchSettings

/** 工作台设置: how many days each public section may go without an update before the workbench shows it red. Admins only write. */
export const WorkbenchSettings: GlobalConfig = {
  slug: WORKBENCH_SETTINGS_SLUG,
  label: label('工作台设置', 'Workbench settings'),
  admin: {
    group: label('系统', 'System'),
    description: label(
      `各栏目超过多少天未更新即在工作台标红（未设置的栏目为 ${DEFAULT_STALE_DAYS} 天）。`,
      `Days without an update before a section shows red on the workbench (default ${DEFAULT_STALE_DAYS}).`,
    ),
  },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'staleThresholds',
      type: 'array',
      label: label('栏目更新期限', 'Section thresholds'),
      maxRows: Object.keys(SECTIONS).length,
      fields: [
        { name: 'section', type: 'select', required: true, label: label('栏目', 'Section'), options: selectOptions(SECTIONS) },
        { name: 'days', type: 'number', required: true, min: 1, max: 365, label: label('天数', 'Days'), defaultValue: DEFAULT_STALE_DAYS },
      ],
    },
  ],
}
