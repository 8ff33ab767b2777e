import type { Condition, Field, FilterOptions } from 'payload'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { CAPTIONS_MIME, VIDEO_MIME } from '../../domain/video.ts'
import { label } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'

const isVideo: Condition = (data) => data?.mimeType === VIDEO_MIME
const readFromFile = { create: serverOnlyField, update: serverOnlyField }
const fromFile = { readOnly: true, condition: isVideo, position: 'sidebar' as const }
const imagesOnly: FilterOptions = () => ({ mimeType: { like: 'image/' } })
const captionsOnly: FilterOptions = () => ({ mimeType: { equals: CAPTIONS_MIME } })

/**
 * A video's own facts (read from the file by cms/media/videoProbe.ts; width/height are Payload's
 * upload fields, filled the same way), its poster and its captions. Feeds and the site read
 * filesize, mimeType, duration, width, height, poster and captions.
 */
export const VIDEO_FIELDS: Field[] = [
  {
    name: 'duration',
    type: 'number',
    label: label('时长（秒）', 'Duration (seconds)'),
    access: readFromFile,
    admin: { ...fromFile, description: label('从视频文件读取', 'Read from the video file') },
  },
  { name: 'videoCodec', type: 'text', label: label('视频编码', 'Video codec'), access: readFromFile, admin: fromFile },
  { name: 'audioCodec', type: 'text', label: label('音频编码', 'Audio codec'), access: readFromFile, admin: fromFile },
  {
    name: 'poster',
    type: 'upload',
    relationTo: slugs.media,
    filterOptions: imagesOnly,
    label: label('视频封面', 'Poster image'),
    admin: {
      condition: isVideo,
      description: label(
        '播放前显示的图片。上传视频时自动从第 1 秒截取一帧；也可换成上传的图片。',
        'Shown before playback. Taken from the video at 1 s on upload; you may choose an uploaded image instead.',
      ),
    },
  },
  {
    name: 'captions',
    type: 'upload',
    relationTo: slugs.media,
    filterOptions: captionsOnly,
    label: label('字幕（WebVTT）', 'Captions (WebVTT)'),
    admin: {
      condition: isVideo,
      description: label(
        '发布前必须上传 WebVTT 字幕文件（.vtt，以 WEBVTT 开头）：听障居民和长辈模式用户需要字幕。',
        'A WebVTT captions file (.vtt, starting with WEBVTT) is required before publishing: residents with hearing loss and elder-mode users need it.',
      ),
    },
  },
  // Kept by the server (hooks/recordCompanionFiles.ts): what pages and feeds link, without reading the items.
  { name: 'posterFile', type: 'text', access: readFromFile, admin: { hidden: true } },
  { name: 'captionsFile', type: 'text', access: readFromFile, admin: { hidden: true } },
]
