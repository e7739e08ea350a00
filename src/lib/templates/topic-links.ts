/**
 * Where a topic of a year's list leads: the lead-paper form with the topic already chosen, and the
 * steps of a thematic meeting. Build time only (it reads the page registry).
 */
import { href, procedurePage, routes } from '../routes';
import { topicQuery } from './topic-plan';

/** The template a topic's lead paper is written in. */
export const LEAD_PAPER_TEMPLATE = 'de-dan-chuyen-de';

/** The procedure a thematic meeting starts with: choosing the topic, preparing the lead paper. */
export const THEMATIC_PREPARATION = 'chuan-bi-chuyen-de';

/** The link to the lead-paper form with the topic chosen: "/mau-van-ban/de-dan-chuyen-de/?chuyen-de=2023%2F…#dien-mau". */
export function leadPaperLink(year: number, topicId: string): string {
  return href(routes.template(LEAD_PAPER_TEMPLATE) + topicQuery(year, topicId), 'dien-mau');
}

/** The link to the steps of a thematic meeting, from its preparation on. */
export function thematicStepsLink(firstStepId: string): string {
  return href(procedurePage(THEMATIC_PREPARATION).path, firstStepId);
}
