/**
 * Walking a plan: its targets and tasks in document order, each with the sections it sits in.
 */
import type { Plan, PlanEntry, PlanNode, PlanSection, PlanTarget, PlanTask } from './types.js';

/**
 * An entry with the sections that hold it, outermost first.
 *
 * @example
 * listEntries(parsePlan(camPha))[0]
 * // { entry: { kind: 'target', stt: '1.1', ... }, sections: [{ number: 'I', ... }, { number: '1', title: 'Công tác tuyên truyền, phòng ngừa tội phạm', ... }] }
 */
export interface PlacedEntry<E extends PlanEntry = PlanEntry> {
  readonly entry: E;
  readonly sections: readonly PlanSection[];
}

function* walk(nodes: readonly PlanNode[], trail: readonly PlanSection[]): Generator<PlacedEntry> {
  for (const node of nodes) {
    if (node.kind === 'section') yield* walk(node.children, [...trail, node]);
    else yield { entry: node, sections: trail };
  }
}

/**
 * Every target and key task of a plan, in document order, with its sections.
 *
 * @example
 * listEntries(plan).map(({ entry, sections }) => `${sections.map((s) => s.number).join('/')} ${entry.stt}`)
 * // ["I/1 1.1", "I/1 1.2", ..., "II 1", ...]
 */
export function listEntries(plan: Plan): PlacedEntry[] {
  return [...walk(plan.body, [])];
}

/**
 * Every target of a plan, in document order.
 *
 * @example
 * listTargets(plan).map((t) => t.stt) // ["1.1", "1.2", ...]
 */
export function listTargets(plan: Plan): PlanTarget[] {
  return listEntries(plan).flatMap(({ entry }) => (entry.kind === 'target' ? [entry] : []));
}

/**
 * Every key task of a plan, in document order.
 *
 * @example
 * listTasks(plan).map((t) => t.id) // ["II.1", "II.2", ...]
 */
export function listTasks(plan: Plan): PlanTask[] {
  return listEntries(plan).flatMap(({ entry }) => (entry.kind === 'task' ? [entry] : []));
}
