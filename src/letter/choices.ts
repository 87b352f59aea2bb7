/** The letter's formats, reasons and identifiers: plain data, so the CLI can declare its options without loading the letter. */
export const LETTER_FORMATS = ['text', 'markdown', 'email', 'pdf'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];
export const LETTER_REASONS = ['move', 'price-increase', 'withdrawal', 'extraordinary'] as const;
export type LetterReason = (typeof LETTER_REASONS)[number];
export const IDENTIFIER_KINDS = ['member', 'customer', 'contract', 'email'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
