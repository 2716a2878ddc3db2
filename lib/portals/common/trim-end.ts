/**
 * `text` without the trailing characters `drop` accepts. A scan from the end, linear in the
 * text's length: the regex `[…]+$` it replaces is quadratic on page text that a page controls (a
 * long run of such characters followed by one that is not: each start position scans the run
 * to its end again), and every text these functions see comes from a portal page.
 */
export function trimEndWhile(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading characters `drop` accepts; linear, as `trimEndWhile`. */
export function trimStartWhile(text: string, drop: (ch: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}
