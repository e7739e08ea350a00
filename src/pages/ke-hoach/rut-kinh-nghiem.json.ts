// The planner's self-review points, which the planner fetches when it starts (they are no part of a first visit).
import type { APIRoute } from 'astro';
import { getSourceData } from '../../lib/handbook';
import { getPlanModel } from '../../lib/planner/build';
import { shownReview } from '../../lib/planner/model';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(shownReview((await getPlanModel()).review, await getSourceData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
