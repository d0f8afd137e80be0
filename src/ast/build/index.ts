export { BuildContext } from './context.js';
export { buildTarget } from './statement.js';
