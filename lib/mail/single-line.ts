// A name, an address or a subject is one line. A line break smuggled into one would start a new
// mail header or a forged log line, so every control character becomes a space.
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function singleLine(value: string): string {
  return value.replace(controls, " ").replace(/ {2,}/g, " ").trim();
}
