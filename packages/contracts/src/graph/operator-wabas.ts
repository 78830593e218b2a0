import { Type, type Static } from '@sinclair/typebox';
import { GraphId, Strict } from '../common.js';

/** The operator's standing of a WABA: disabled WABAs send nothing until reinstated. */
export const OperatorWabaParams = Type.Object({ wabaId: GraphId }, Strict);
export type OperatorWabaParams = Static<typeof OperatorWabaParams>;

export const OperatorWabaBody = Type.Object({ disabled: Type.Boolean() }, Strict);
export type OperatorWabaBody = Static<typeof OperatorWabaBody>;

export const OperatorWabaView = Type.Object({
  id: Type.String(),
  portfolioId: Type.String(),
  name: Type.String(),
  disabledAt: Type.Union([Type.Integer(), Type.Null()]),
});
export type OperatorWabaView = Static<typeof OperatorWabaView>;
