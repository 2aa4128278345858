// The code behind each `specialChecks` name of the rules file (schema SpecialCheck). Rules are data; these
// are the few judgements data cannot express. monthly-parts works across candidates (checks/monthly.ts).
import type { SpecialCheck } from '../../../../rules/schema';
import type { JudgeContext, JudgeDoc } from '../context';
import { pass, type Outcome } from '../outcome';
import { channel } from './channel';
import { corruptionRiskActions, corruptionRiskAssessment } from './corruption-risk';
import { currentHead, executiveOwnActivity } from './executive';
import { hrFiveAreas } from './hr';
import { integrityMeasures, measuresImplementation } from './measures';

export type DocCheck = (ctx: JudgeContext, doc: JudgeDoc) => Outcome;

export const SPECIAL_CHECKS: Record<SpecialCheck, DocCheck> = {
  'executive-own-activity': executiveOwnActivity,
  'corruption-risk-assessment': corruptionRiskAssessment,
  'corruption-risk-actions': corruptionRiskActions,
  'integrity-measures': integrityMeasures,
  'measures-implementation': measuresImplementation,
  'monthly-parts': () => pass('special:monthly-parts'),
  'hr-five-areas': hrFiveAreas,
  'current-head': currentHead,
  channel,
};

export { channel, corruptionRiskActions, corruptionRiskAssessment, currentHead, executiveOwnActivity, hrFiveAreas, integrityMeasures, measuresImplementation };
