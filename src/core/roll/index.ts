export * from './plan';
export * from './run';
export { monthsBetween, periodMentions, shiftMention, type PeriodMention } from './mentions';
