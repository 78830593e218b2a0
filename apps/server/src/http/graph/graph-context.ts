import type { Parley } from '../../compose.js';
import type { App } from '../app-instance.js';
import type { GraphNodes } from './graph-nodes.js';

/** What each area of the Graph surface registers its routes with. */
export interface GraphContext {
  readonly graph: App;
  readonly parley: Parley;
  readonly nodes: GraphNodes;
}
