import { z } from 'astro/zod';
import { slugId, sourceField, text } from './common';

/** One of the seven groups of thematic topics, in `content/topic-groups.yaml`. */
export const topicGroupSchema = z.strictObject({
  /** Stable id, referenced by topics. */
  id: slugId,
  /** Short title. */
  title: text,
  /** The group as the source words it. */
  description: text,
  /** Where the group comes from. */
  source: sourceField,
});
export type TopicGroup = z.infer<typeof topicGroupSchema>;

/** One thematic topic of a year. */
export const topicSchema = z
  .strictObject({
    /** Stable id, unique within the year (across all its lists); the topic's anchor. */
    id: slugId,
    /** The topic's title, without the word "Chuyên đề" and without quotes; a work it names keeps its quotes. */
    title: text,
    /** Id of its group in `content/topic-groups.yaml`. */
    group: slugId,
    /** Quarter in which it is held, when the issuer sets one. */
    quarter: z.number().int().min(1).max(4).optional(),
    /** Month in which it is held, when the issuer sets one. */
    month: z.number().int().min(1).max(12).optional(),
  })
  .refine((t) => !(t.quarter && t.month) || Math.ceil(t.month / 3) === t.quarter, {
    message: 'tháng không thuộc quý đã ghi',
    path: ['month'],
  });
export type Topic = z.infer<typeof topicSchema>;

/**
 * One committee's topic list for one year, in `content/topics/<year>/<issuer-id>.yaml`: a year can
 * hold several lists, one per issuing committee; a cell follows its own upper committee's list.
 */
export const topicListSchema = z.strictObject({
  /** The year; must equal the folder name. */
  year: z.number().int().min(2000).max(2100),
  /** Who set the list (e.g. Ban Thường vụ Đảng ủy Khối). */
  issuer: text,
  /** Province or locality of the issuer, when known. */
  province: text.optional(),
  /** True when the province is the handbook's inference, not stated by the source. */
  provinceInferred: z.boolean().default(false),
  /** Number and date of the document that set the list, when known. */
  document: text.optional(),
  /** Where the list comes from: an example case of the seed, or a basis document. */
  source: sourceField,
  /** The topics. */
  topics: z.array(topicSchema).min(1, 'cần ít nhất một chuyên đề'),
});
export type TopicList = z.infer<typeof topicListSchema>;

/** A topic list as the handbook holds it: with the issuer's id, the name of its file. */
export type IssuedTopicList = TopicList & { issuerId: string };
