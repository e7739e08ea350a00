/** The planner's model as the build makes it, from the loaded handbook. */
import { getBasisDocuments, getExamples, getPlannerDefaults, getProcedures, getRules, getTemplates } from '../handbook';
import { buildPlanModel, type PlanModel } from './model';

/** The model of the planner page. */
export async function getPlanModel(): Promise<PlanModel> {
  const [procedures, planner, rules, examples, templates, basisDocuments] = await Promise.all([
    getProcedures(),
    getPlannerDefaults(),
    getRules(),
    getExamples(),
    getTemplates(),
    getBasisDocuments(),
  ]);
  return buildPlanModel({ procedures, planner, rules, examples, templates, basisDocuments });
}
