import type { Condition } from './listing-filter';

export interface Expression {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** Turns filter conditions into one DynamoDB FilterExpression with placeholder names and values. */
export function toFilterExpression(conditions: readonly Condition[]): Expression | undefined {
  if (conditions.length === 0) return undefined;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const nameOf = (segment: string) => {
    const placeholder = `#${segment.replace(/[^A-Za-z0-9_]/g, '_')}`;
    names[placeholder] = segment;
    return placeholder;
  };
  const valueOf = (value: unknown) => {
    const placeholder = `:v${Object.keys(values).length}`;
    values[placeholder] = value;
    return placeholder;
  };
  const render = (c: Condition): string => {
    if (c.op === 'or') return `(${c.conditions.map(render).join(' OR ')})`;
    const path = c.path.map(nameOf).join('.');
    switch (c.op) {
      case 'notExists':
        return `attribute_not_exists(${path})`;
      case 'eq':
        return `${path} = ${valueOf(c.value)}`;
      case 'gte':
        return `${path} >= ${valueOf(c.value)}`;
      case 'lte':
        return `${path} <= ${valueOf(c.value)}`;
      case 'in':
        return `${path} IN (${c.values.map(valueOf).join(', ')})`;
      case 'contains':
        return `contains(${path}, ${valueOf(c.value)})`;
    }
  };
  return { expression: conditions.map(render).join(' AND '), names, values };
}
