/** Events of `<plan-coverage-panel>` (bubbling, composed). */
import type { CoverageOutcome } from '../../analysis-worker/coverage-protocol';
import type { CoverageParams } from './params';

/** `plan-coverage-change`: the user changed the parameters (or ran them). `encoded` is what the permalink stores. */
export interface PlanCoverageChangeDetail {
  params: CoverageParams;
  encoded: string;
}

/** `plan-coverage-result`: a run finished. */
export interface PlanCoverageResultDetail {
  kind: CoverageOutcome['kind'];
  /** Headline share (population share when weighted). */
  share: number;
  elapsedMs: number;
}
