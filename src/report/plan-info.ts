import type { Plan } from '../plan/types.js';
import type { ReportPlanInfo } from './types.js';

/**
 * The plan's header as the report prints it.
 *
 * @example
 * planInfo(plan) // { number: '102/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Cẩm Phả', year: 2023, implements: ['56/KH-UBND'], ... }
 */
export function planInfo(plan: Plan): ReportPlanInfo {
  const h = plan.header;
  return {
    ...(h.number !== undefined && { number: h.number }),
    ...(h.title !== undefined && { title: h.title }),
    ...(h.issuer !== undefined && { issuer: h.issuer }),
    ...(h.date !== undefined && { date: h.date }),
    ...(h.year !== undefined && { year: h.year }),
    implements: h.implements.map((r) => r.number),
    ...(h.implements.length > 0 && { implementsText: h.implements.map((r) => r.text) }),
    ...(plan.file !== undefined && { file: plan.file }),
  };
}
