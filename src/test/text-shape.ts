/**
 * What a text must keep in every language: the values it is given (a function's arguments, `{name}`
 * placeholders) and the numbers it states ("6 digits", "30 seconds"), in order of appearance sorted.
 */
export function textShape(value: unknown): string[] {
  if (typeof value === 'function') {
    const marks = ['⟦1⟧', '⟦2⟧', '⟦3⟧'];
    const text = String((value as (...args: string[]) => string)(...marks));
    return [...marks.filter((mark) => text.includes(mark)), ...textShape(text.replace(/⟦\d⟧/g, ''))].sort();
  }
  if (Array.isArray(value)) return value.flatMap((item) => textShape(item));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap((item) => textShape(item));
  const text = String(value);
  return [...(text.match(/\{\w+\}/g) ?? []), ...(text.match(/\d+/g) ?? [])].sort();
}
