// saxen ships no type declarations; this covers the part of its API the well-formedness
// check uses (saxen is the parser inside moddle-xml, so both stages agree on what XML is).
declare module 'saxen' {
  /** 0-based position of the current token. */
  export interface SaxenContext {
    line: number;
    column: number;
    data?: string;
  }
  export type SaxenGetContext = () => SaxenContext;
  export type SaxenDecode = (text: string) => string;

  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      callback: (
        name: string,
        getAttrs: () => Record<string, string> | false,
        decodeEntities: SaxenDecode,
        selfClosing: boolean,
        getContext: SaxenGetContext,
      ) => void,
    ): this;
    on(
      event: 'closeTag',
      callback: (name: string, decodeEntities: SaxenDecode, selfClosing: boolean, getContext: SaxenGetContext) => void,
    ): this;
    on(event: 'error' | 'warn', callback: (error: Error, getContext: SaxenGetContext) => void): this;
    ns(nsMap?: Record<string, string>): this;
    parse(xml: string): Error | null;
    stop(): void;
  }
}
