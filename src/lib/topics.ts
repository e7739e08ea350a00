import type { IssuedTopicList, Topic, TopicGroup, TopicList } from '../schemas/topic';
import type { Example } from '../schemas/example';

/** A topic group with the topics of one year that belong to it. */
export interface GroupedTopics {
  group: TopicGroup;
  topics: Topic[];
}

/** Groups a year's topics by topic group, in the groups' order, leaving out empty groups. */
export function groupTopics(list: TopicList, groups: readonly TopicGroup[]): GroupedTopics[] {
  return groups
    .map((group) => ({ group, topics: list.topics.filter((t) => t.group === group.id) }))
    .filter((g) => g.topics.length > 0);
}

/** When a topic is held, in words ("Quý II", "Tháng 5 (quý II)"), or "" when not set. */
export function topicTiming(topic: Pick<Topic, 'quarter' | 'month'>): string {
  const roman = ['I', 'II', 'III', 'IV'];
  if (topic.month) return `Tháng ${topic.month} (quý ${roman[Math.ceil(topic.month / 3) - 1]})`;
  if (topic.quarter) return `Quý ${roman[topic.quarter - 1]}`;
  return '';
}

/** The anchor of a topic group on the thematic-meeting page: "nhom-xay-dung-dang". */
export function topicGroupAnchor(groupId: string): string {
  return `nhom-${groupId}`;
}

/** The anchor of a topic group within one list on a year's page: "ban-thuong-vu-dang-uy-khoi-nhom-xay-dung-dang". */
export function listGroupAnchor(list: Pick<IssuedTopicList, 'issuerId'>, groupId: string): string {
  return `${list.issuerId}-${topicGroupAnchor(groupId)}`;
}

/**
 * Where a list's issuer is: the list's own province, else its example case's place, with a note when
 * the handbook inferred it rather than the source stating it; undefined when unknown.
 */
export function listPlace(
  list: Pick<IssuedTopicList, 'province' | 'provinceInferred' | 'source'>,
  examples: readonly Example[],
): { name: string; inferred?: string } | undefined {
  if (list.province) return { name: list.province, inferred: list.provinceInferred ? 'sổ tay suy ra' : undefined };
  const place = examples.find((e) => list.source.includes(e.id))?.place;
  if (!place) return undefined;
  return { name: place.name, inferred: place.inferred ? (place.reason ?? 'sổ tay suy ra') : undefined };
}
