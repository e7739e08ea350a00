/**
 * The year's topic lists as the template forms use them: a topic named in a link (the year page
 * links each topic to the lead-paper form with `?chuyen-de=<year>/<id>`), and a year plan filled from
 * one list, one topic a quarter. Pure; the link part runs in the browser too.
 */
import type { IssuedTopicList, Topic, TopicList } from '../../schemas/topic';

/** The URL parameter that names a topic for a template form to choose. */
export const TOPIC_PARAM = 'chuyen-de';

/** A topic's key across years, as the parameter and the form's options carry it: "2023/tu-soi-tu-sua-2023". */
export function topicKey(year: number, topicId: string): string {
  return `${year}/${topicId}`;
}

/** The search part of a link that opens a template form with a topic chosen: "?chuyen-de=2023%2Ftu-soi-tu-sua-2023". */
export function topicQuery(year: number, topicId: string): string {
  return `?${new URLSearchParams({ [TOPIC_PARAM]: topicKey(year, topicId) })}`;
}

/** One quarter of a year plan: its topic's title and, when the list sets one, its month. */
export interface PlannedQuarter {
  topic: string;
  month?: number;
}

/** A year plan from one list: its year and four quarters (a topic "" where the list has none left). */
export interface QuarterPlan {
  year: number;
  quarters: [PlannedQuarter, PlannedQuarter, PlannedQuarter, PlannedQuarter];
}

/** The quarter a topic is set in by its list (by quarter, or by month), if any. */
const quarterOf = (topic: Pick<Topic, 'quarter' | 'month'>): number | undefined =>
  topic.quarter ?? (topic.month ? Math.ceil(topic.month / 3) : undefined);

/**
 * One topic a quarter from a list: a topic the list sets in a quarter goes there (the first one,
 * when several share it); topics without a quarter fill the empty quarters in the list's order.
 * What does not fit is left for the cell to choose.
 */
export function quarterPlan(list: Pick<TopicList, 'year' | 'topics'>): QuarterPlan {
  const slots: (Topic | undefined)[] = [undefined, undefined, undefined, undefined];
  const rest: Topic[] = [];
  for (const topic of list.topics) {
    const quarter = quarterOf(topic);
    if (!quarter) rest.push(topic);
    else slots[quarter - 1] ??= topic;
  }
  for (let i = 0; i < slots.length && rest.length > 0; i++) slots[i] ??= rest.shift();
  const quarter = (topic: Topic | undefined): PlannedQuarter => ({ topic: topic?.title ?? '', ...(topic?.month ? { month: topic.month } : {}) });
  return { year: list.year, quarters: [quarter(slots[0]), quarter(slots[1]), quarter(slots[2]), quarter(slots[3])] };
}

/** One topic list as the forms offer it: its key and name, its topics keyed for links, and the year plan it gives. */
export interface TopicChoice {
  /** "2023/ban-thuong-vu-dang-uy-khoi". */
  key: string;
  /** "Năm 2023", or "Năm 2023: Ban Thường vụ Đảng ủy Khối" when the year has several lists. */
  label: string;
  issuer: string;
  topics: { key: string; title: string }[];
  plan: QuarterPlan;
}

/**
 * The year's topic lists as the template forms offer them, newest first (the order given): the forms
 * fetch this once, when they load, to fill the topic list and the year plan's choice of list.
 */
export function topicChoices(lists: readonly IssuedTopicList[]): TopicChoice[] {
  return lists.map((list) => ({
    key: `${list.year}/${list.issuerId}`,
    label: lists.filter((l) => l.year === list.year).length > 1 ? `Năm ${list.year}: ${list.issuer}` : `Năm ${list.year}`,
    issuer: list.issuer,
    topics: list.topics.map((t) => ({ key: topicKey(list.year, t.id), title: t.title })),
    plan: quarterPlan(list),
  }));
}
