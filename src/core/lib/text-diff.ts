/**
 * The smallest single replacement that turns one text into another: the common start and end
 * stay, only the middle changes. An editor applying just that keeps the cursor, the selection
 * and the undo history of everything around it.
 */
export interface TextChange {
  from: number;
  to: number;
  text: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function minimalChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (
    start > 0 &&
    (isHighSurrogate(before.charCodeAt(start - 1)) || (before[start - 1] === "\r" && before[start] === "\n"))
  )
    start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  while (
    end > 0 &&
    (isHighSurrogate(before.charCodeAt(before.length - end - 1)) ||
      (before[before.length - end - 1] === "\r" && before[before.length - end] === "\n"))
  )
    end--;
  return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}
