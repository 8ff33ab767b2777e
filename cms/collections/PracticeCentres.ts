import { publishedOrOwnUnit, staffOrOwnUnit } from '../access/index.ts'
import { CONTENT_TYPES, PRACTICE_LEVELS } from '../domain/contentTypes/index.ts'
import { label, selectOptions } from '../fields/label.ts'
import { slugs } from '../slugs.ts'
import { publicContent } from './publicContent.ts'
import { keepLiaisonUnit } from './VolunteerActivities/hooks/keepLiaisonUnit.ts'

const streetsOnly = { kind: { equals: 'street' } }

/**
 * 新时代文明实践中心 / 所 / 站: the practice network by street and community. The station's own
 * public phone (not a person's) is shown on the site; the directory is grouped by street.
 */
export const PracticeCentres = publicContent(slugs.practiceCentres, {
  labels: CONTENT_TYPES.practiceCentres.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.practiceCentres.titleField,
    defaultColumns: ['name', 'level', 'street', 'unit', '_status'],
    listSearchableFields: ['name', 'address'],
    description: label(
      '区（市）设中心、街道设所、社区设站。电话填写站点的公开值班电话，不要填写个人手机号。',
      'Centres per district, institutes per street, stations per community. The phone is the station’s public duty phone, never a personal mobile.',
    ),
  },
  access: { read: publishedOrOwnUnit, create: staffOrOwnUnit, update: staffOrOwnUnit },
  hooks: { beforeChange: [keepLiaisonUnit] },
  defaultSort: ['level', 'name'],
  fields: [
    { name: 'name', type: 'text', label: label('名称', 'Name'), required: true, maxLength: 60 },
    { name: 'level', type: 'select', label: label('层级', 'Level'), required: true, index: true, options: selectOptions(PRACTICE_LEVELS) },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      required: true,
      index: true,
      label: label('所属单位（社区、街道或区）', 'Unit (community, street or district)'),
    },
    {
      name: 'street',
      type: 'relationship',
      relationTo: slugs.units,
      index: true,
      filterOptions: streetsOnly,
      label: label('所在街道（区级中心可不填）', 'Street (empty for a district centre)'),
    },
    { name: 'address', type: 'text', label: label('地址', 'Address'), required: true, maxLength: 120 },
    { name: 'openingHours', type: 'text', label: label('开放时间', 'Opening hours'), required: true, maxLength: 80 },
    {
      name: 'phone',
      type: 'text',
      label: label('站点公开电话', 'Public phone of the station'),
      maxLength: 20,
      validate: validatePublicPhone,
    },
    {
      name: 'services',
      type: 'array',
      label: label('服务项目', 'Services'),
      maxRows: 12,
      fields: [{ name: 'service', type: 'text', label: label('项目', 'Service'), required: true, maxLength: 40 }],
    },
    { name: 'intro', type: 'textarea', label: label('简介', 'Introduction'), maxLength: 300 },
  ],
})

/** A station's phone is a landline or hotline (0533-1234567, 12345), never an 11-digit personal mobile. */
function validatePublicPhone(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  return /^(0\d{2,3}-?\d{7,8}|\d{5})$/.test(String(value))
    ? true
    : '站点公开电话：请填写带区号的固定电话（如 0533-1234567）或 5 位热线，不要填写个人手机号。 / Public phone: a landline with area code or a 5-digit hotline.'
}
