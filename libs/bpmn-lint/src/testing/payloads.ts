/** Hostile documents, each a classic attack on XML parsers. */

/** Nine levels of tenfold entity expansion: 10^9 "lol"s (about 3 GB) from under 1 KB. */
export function billionLaughs(): string {
  const levels = Array.from({ length: 9 }, (_, index) => {
    const level = index + 1;
    const previous = level === 1 ? 'lol' : `&lol${level - 1};`;
    return `  <!ENTITY lol${level} "${previous.repeat(10)}">`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE lolz [',
    '  <!ENTITY lol "lol">',
    ...levels,
    ']>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">',
    '  <bpmn:process id="p" name="&lol9;" isExecutable="true"/>',
    '</bpmn:definitions>',
  ].join('\n');
}

/** External entity reading a server file into the model (XXE). */
export function externalEntity(doctype = '<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    doctype,
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">',
    '  <bpmn:process id="p" name="&xxe;" isExecutable="true"/>',
    '</bpmn:definitions>',
  ].join('\n');
}
