import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import { bulletinsLoader } from './loaders/bulletins.ts'

const image = z.object({
  src: z.string(),
  srcset: z.string(),
  width: z.number(),
  height: z.number(),
  alt: z.string(),
  social: z.string().optional(),
})

export const collections = {
  bulletins: defineCollection({
    loader: bulletinsLoader,
    schema: z.object({
      cmsId: z.string(),
      title: z.string(),
      date: z.string(),
      updatedAt: z.string(),
      summary: z.string(),
      html: z.string(),
      cover: image.optional(),
    }),
  }),
}
