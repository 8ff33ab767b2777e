import type { CollectionConfig } from 'payload'
import { anyone, isAdmin, isStaffField } from '../../access/index.ts'
import { label, selectOptions } from '../../fields/label.ts'
import { slugField } from '../../fields/slug.ts'
import { recordAddress, recordAddressOnDelete, rememberPublishedAddress } from '../../hooks/recordAddress.ts'
import { requestSiteRebuild, requestSiteRebuildOnDelete } from '../../hooks/requestSiteRebuild.ts'
import { slugs } from '../../slugs.ts'
import { checkUnitTree } from './hooks/checkUnitTree.ts'

export const UNIT_KINDS = {
  city: label('市', 'City'),
  district: label('区县', 'District / county'),
  street: label('街道（镇）', 'Street / town'),
  community: label('社区（村）', 'Community / village'),
  grid: label('网格', 'Grid'),
  department: label('部门', 'Department'),
}

/** 单位: the administrative grid and departments every item points at. Only admins manage it. */
export const Units: CollectionConfig = {
  slug: slugs.units,
  labels: { singular: label('单位', 'Unit'), plural: label('单位', 'Units') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'code', 'accountability.flagged'],
    listSearchableFields: ['name', 'code'],
    group: label('系统', 'System'),
    description: label(
      '市 → 区县 → 街道 → 社区 → 网格，以及各部门。只有管理员可以修改。',
      'City → district → street → community → grid, plus departments. Admins only.',
    ),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeValidate: [checkUnitTree],
    beforeChange: [rememberPublishedAddress],
    afterChange: [recordAddress, requestSiteRebuild],
    afterDelete: [recordAddressOnDelete, requestSiteRebuildOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', label: label('名称', 'Name'), required: true, maxLength: 60, index: true },
    {
      name: 'kind',
      type: 'select',
      label: label('类型', 'Kind'),
      required: true,
      options: selectOptions(UNIT_KINDS),
    },
    { name: 'parent', type: 'relationship', relationTo: slugs.units, label: label('上级单位', 'Parent unit'), index: true },
    { name: 'code', type: 'text', label: label('单位代码', 'Code'), unique: true, index: true, maxLength: 40 },
    slugField(),
    {
      name: 'accountability',
      type: 'group',
      label: label('问责（曝光三次未整改）', 'Accountability (three strikes)'),
      admin: { readOnly: true, description: label('系统根据曝光台自动计算。', 'Computed from the exposure board.') },
      access: { update: isStaffField },
      fields: [
        { name: 'flagged', type: 'checkbox', label: label('已启动问责', 'Flagged'), defaultValue: false },
        {
          name: 'items',
          type: 'relationship',
          relationTo: slugs.exposures,
          hasMany: true,
          label: label('未整改曝光事项', 'Unrectified items'),
        },
        { name: 'checkedAt', type: 'date', label: label('计算时间', 'Checked at') },
      ],
    },
    {
      name: 'accountabilityRecords',
      type: 'join',
      collection: 'accountability-records',
      on: 'unit',
      label: label('问责记录', 'Accountability records'),
      admin: {
        description: label('永久记录，由审核员在“问责记录”中添加或确认。', 'Permanent; reviewers add or confirm them under 问责记录.'),
      },
    },
  ],
}
