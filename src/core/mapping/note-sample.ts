/**
 * A note as the mapping reads it: every host builds these from its own vault (a `.base` file
 * too, its YAML as the body).
 */
export interface NoteSample {
  path: string;
  frontmatter: Record<string, unknown>;
  /** The note after its frontmatter: placeholders, query blocks, inline fields and tags are read from it. */
  body?: string;
}
