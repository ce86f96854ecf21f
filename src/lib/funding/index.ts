/** Funding types, recognising them in notices' wording, and the labour-pay share rule. */
export {
  FUND_TYPES,
  fundType,
  fundTypeNamed,
  isFundTypeId,
  type FundType,
  type FundTypeId,
  type Share,
} from './types.ts';
export { recogniseFunding, recogniseFundName, fenToWan, type FundPart, type FundingRecognition } from './recognise.ts';
export { fundingOfProjectType } from './projectType.ts';
export {
  parseShareRequirement,
  payShareRule,
  payShare,
  shareFloorFen,
  shareOfPercent,
  PROJECT_SOURCE,
  type PayRule,
  type PayShare,
  type RuleOrigin,
  type ShareText,
} from './share.ts';
export type { FundingSettings, FundSetting } from '../../schemas/funding.ts';
