import type { Lang } from '../../diagnostics/types.js';
import { dateLabel } from '../../periods/label.js';
import type { DeadlineCheck } from '../verdict.js';
import { periodText } from './check-text.js';

/**
 * One delivery of a task in words.
 *
 * @example
 * deadlineText({ status: 'not_met', due: '2023-03-31', completed: '2023-04-05', daysLate: 5, reason: 'late' }, 'vi', '2023-12-31')
 * // "hoàn thành 05/04/2023, trễ 5 ngày so với hạn 31/03/2023"
 */
export function deadlineText(d: DeadlineCheck, lang: Lang, asOf: string): string {
  const vi = lang === 'vi';
  const due = `${dateLabel(d.due, lang)}${d.period ? ` (${periodText(d.period, lang)})` : ''}`;
  if (d.completed !== undefined) {
    const done = dateLabel(d.completed, lang);
    const late = d.daysLate ?? 0;
    if (late > 0) return vi ? `hoàn thành ${done}, trễ ${late} ngày so với hạn ${due}` : `completed ${done}, ${late} days after the deadline ${due}`;
    if (late === 0) return vi ? `hoàn thành ${done}, đúng hạn chót ${due}` : `completed ${done}, on the deadline ${due}`;
    return vi ? `hoàn thành ${done}, sớm ${-late} ngày so với hạn ${due}` : `completed ${done}, ${-late} days before the deadline ${due}`;
  }
  const at = dateLabel(asOf, lang);
  if (d.status === 'not_met') {
    return vi ? `chưa hoàn thành, quá hạn ${d.daysLate} ngày so với hạn ${due}, tính đến ${at}` : `not completed, ${d.daysLate} days past the deadline ${due}, as of ${at}`;
  }
  if (d.daysLeft === 0) return vi ? `chưa hoàn thành, hôm nay là hạn chót ${due}` : `not completed yet, due today: ${due}`;
  return vi ? `chưa hoàn thành, còn ${d.daysLeft} ngày đến hạn ${due}` : `not completed yet, ${d.daysLeft} days left until ${due}`;
}
