export { BuildContext, type Conventions } from './context.js';
export { buildTarget } from './statement.js';
