/**
 * One attribute-mapping row as Entra shows it (the Attribute mapping page, the classic Mappings
 * list, the Edit attribute pane) or as Graph serializes it (synchronizationSchema). Pure data:
 * shared by the content script, the background, the side panel and the CLI.
 */

export type MappingObject = 'user' | 'group';

/** Entra's Mapping type; Graph calls them Attribute, Constant and Function. */
export type MappingKind = 'direct' | 'constant' | 'expression';

export interface MappingRow {
  object: MappingObject;
  kind: MappingKind;
  /** The source attribute's name, the constant's value, or the expression's text. */
  source: string;
  /** The target attribute exactly as Entra names it: `userName`, `emails[type eq "work"].value`. */
  target: string;
  /** Matching precedence: 1 is "Match objects using this attribute" first; null when not used. */
  matching: number | null;
  /** Default value if null, when the page or file shows it; null when none or not shown. */
  defaultValue: string | null;
}

/** A row that could not be read whole: reported, never guessed. */
export interface UnreadRow {
  object: MappingObject;
  /** 1-based row number in its table, as the admin counts them. */
  row: number;
  /** What was missing, e.g. "target cell empty", "source truncated without a title". */
  reason: string;
}
