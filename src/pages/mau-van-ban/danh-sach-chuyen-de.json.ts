// The year's topic lists, as the template forms offer them (src/lib/templates/topic-plan.ts): fetched
// when a form that asks for a topic or a year plan loads, so the pages do not carry the lists.
import type { APIRoute } from 'astro';
import { getTopicLists } from '../../lib/handbook';
import { topicChoices } from '../../lib/templates/topic-plan';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(topicChoices(await getTopicLists())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
