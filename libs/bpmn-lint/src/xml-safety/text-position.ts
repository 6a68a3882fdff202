/** 1-based line and column of a character offset, for messages an admin can act on. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text.charCodeAt(i);
    // CRLF counts once: the LF after a CR does not open another line.
    if (char === 0x0a && text.charCodeAt(i - 1) === 0x0d) {
      lineStart = i + 1;
    } else if (char === 0x0a || char === 0x0d) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
