/**
 * Times of day said in words, as digits the schedule reader takes: "half past eight", "nine in the morning",
 * "quarter to six in the evening", "at seven".
 */

/** Hours said in words: "half past eight", "nine in the morning", "at seven". */
export const HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
export const HOUR = `(${Object.keys(HOURS).join('|')}|\\d{1,2})`;
export const hourOf = (h: string) => HOURS[h.toLowerCase()] ?? Number(h);
/** "in the morning" → am, "in the evening", "at night" → pm (a bare hour stays as said). */
export function meridiem(part: string | undefined): string {
  if (!part) return '';
  return /morning/i.test(part) ? 'am' : 'pm';
}
/** A time said in words, as digits: "half past eight" → "8:30", "quarter to ten in the evening" → "9:45pm". */
export function spokenTime(_m: string, frac: string, rel: string, hour: string, part?: string): string {
  let h = hourOf(hour);
  let min = /half/i.test(frac) ? 30 : 15;
  if (/to/i.test(rel)) { h = h === 1 ? 12 : h - 1; min = 60 - min; }
  return `${h}:${String(min).padStart(2, '0')}${meridiem(part)}`;
}
export const PART = `(\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))?`;
