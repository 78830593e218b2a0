/**
 * `?fields=a,b` picks what a node shows; without it, the node's default fields. `id` is always
 * there. Modifier syntax (`analytics.start(…)`) keeps only the field's name.
 */
export function selectFields(
  node: Record<string, unknown>,
  fieldsParam: unknown,
  defaults: readonly string[],
): Record<string, unknown> {
  const wanted =
    typeof fieldsParam === 'string' && fieldsParam.trim() !== ''
      ? fieldsParam.split(',').map((f) => f.trim().split(/[.{(]/)[0]!)
      : defaults;
  const selected: Record<string, unknown> = {};
  for (const field of wanted) {
    if (field in node && node[field] !== undefined) selected[field] = node[field];
  }
  selected.id = node.id;
  return selected;
}
