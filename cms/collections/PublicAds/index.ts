import { publishedAndValid } from '../../access/index.ts'
import { AD_FORMATS, AD_THEMES, CONTENT_TYPES, PLACEMENT_KINDS } from '../../domain/contentTypes/index.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { videoUpload } from '../../fields/videoUpload.ts'
import { requireVideoCaptions } from '../../hooks/requireVideoCaptions.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { checkAdContent } from './hooks/checkAdContent.ts'

/** 公益广告: posters, slogans, banners, videos and e-screen items in a series, with placements and validity. */
export const PublicAds = publicContent(slugs.publicAds, {
  labels: CONTENT_TYPES.publicAds.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.publicAds.titleField,
    defaultColumns: ['title', 'series', 'format', 'validTo', '_status'],
    description: label('过了有效期的广告会自动从公众网站消失。', 'An ad past its validity leaves the public site by itself.'),
  },
  access: { read: publishedAndValid },
  hooks: { beforeChange: [checkAdContent, requireVideoCaptions] },
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    {
      name: 'series',
      type: 'text',
      label: label('系列', 'Series'),
      index: true,
      admin: { description: label('例如《管子说·创城》', 'e.g. 《管子说·创城》') },
    },
    { name: 'format', type: 'select', label: label('形式', 'Format'), required: true, options: selectOptions(AD_FORMATS) },
    { name: 'image', type: 'upload', relationTo: slugs.media, label: label('图片', 'Image') },
    videoUpload(),
    { name: 'videoUrl', type: 'text', label: label('视频链接', 'Video URL') },
    { name: 'slogan', type: 'textarea', label: label('标语内容', 'Slogan text'), maxLength: 200 },
    {
      name: 'placements',
      type: 'array',
      label: label('投放点位', 'Placements'),
      fields: [
        { name: 'kind', type: 'select', label: label('载体', 'Kind'), required: true, options: selectOptions(PLACEMENT_KINDS) },
        { name: 'unit', type: 'relationship', relationTo: slugs.units, label: label('所在单位', 'Unit') },
        { name: 'address', type: 'text', label: label('地址', 'Address') },
      ],
    },
    {
      name: 'validFrom',
      type: 'date',
      label: label('有效期开始', 'Valid from'),
      required: true,
      admin: { date: dayPicker, position: 'sidebar' },
    },
    { name: 'validTo', type: 'date', label: label('有效期结束', 'Valid to'), index: true, admin: { date: dayPicker, position: 'sidebar' } },
    { name: 'themes', type: 'select', hasMany: true, label: label('主题', 'Themes'), options: selectOptions(AD_THEMES) },
  ],
})
