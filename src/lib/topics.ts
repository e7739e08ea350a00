import type { Topic, TopicGroup, TopicList } from '../schemas/topic';

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

/** The anchor of a topic group, on the thematic-meeting page and on each year's page: "nhom-xay-dung-dang". */
export function topicGroupAnchor(groupId: string): string {
  return `nhom-${groupId}`;
}
